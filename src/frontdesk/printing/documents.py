"""The printable documents: each is a kind with its sizes and a layout over the record its data function returns.

Adding a document is one data function (in :mod:`frontdesk.core.services`) and one layout here; page set-up,
fonts, styles, codes, masking and the audit entry (:meth:`DocumentService.record_print`) are shared.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from frontdesk.core.reports.figures import MonthlyReport
from frontdesk.core.reports.statements import PartnerStatements
from frontdesk.core.services.care_documents import AppointmentSlip, ReminderCallList, StationDayList
from frontdesk.core.services.class_documents import EnrollmentSlip, Roster, Timetable
from frontdesk.core.services.course_records import CallList
from frontdesk.core.services.documents import InBuildingList, MemberCards, VisitSlip, WelfareCallList
from frontdesk.core.services.room_week_sheet import RoomWeekSheet
from frontdesk.printing.appointment_slip import appointment_slip_pdf
from frontdesk.printing.cards import cards_pdf
from frontdesk.printing.care_lists import call_list_pdf, day_list_pdf
from frontdesk.printing.class_calls import session_calls_pdf
from frontdesk.printing.class_lists import roster_pdf, timetable_pdf
from frontdesk.printing.consent_form import consent_form_pdf
from frontdesk.printing.enrollment_slip import enrollment_slip_pdf
from frontdesk.printing.kinds import FACTS, KindFacts
from frontdesk.printing.layout import SIZES, PageSize
from frontdesk.printing.lists import in_building_pdf, welfare_calls_pdf
from frontdesk.printing.monthly_report import monthly_report_pdf
from frontdesk.printing.partner_statement import partner_statements_pdf
from frontdesk.printing.resident_export import resident_export_pdf
from frontdesk.printing.room_week import room_week_pdf
from frontdesk.printing.slip import visit_slip_pdf


@dataclass(frozen=True)
class DocumentKind:
    """A kind's facts (:mod:`frontdesk.printing.kinds`) with its layout and whom a printed one names."""

    facts: KindFacts
    layout: Callable[[Any, PageSize, bool], bytes]  # (record, size, reprint) -> PDF
    # whom the printed record names, for record_print's audit entry; None: the data function itself writes the entry
    # (PrivacyService.export_resident audits every export it hands out: it holds the full ID number)
    residents: Callable[[Any], list[int]] | None

    def __getattr__(self, name: str) -> Any:  # name, title, sizes… are the facts'
        return getattr(self.facts, name)


def _slip(record: VisitSlip, size: PageSize, reprint: bool) -> bytes:
    return visit_slip_pdf(record, size, reprint=reprint)


_LAYOUTS: dict[str, tuple[Callable[[Any, PageSize, bool], bytes], Callable[[Any], list[int]] | None]] = {
    "visit-slip": (_slip, lambda r: [r.resident_id]),
    "cards": (lambda r, size, _reprint: cards_pdf(r, size), lambda r: [c.resident_id for c in r.cards]),
    "in-building": (lambda r, size, _reprint: in_building_pdf(r, size), lambda r: [p.resident_id for p in r.rows]),
    "welfare-calls": (lambda r, size, _reprint: welfare_calls_pdf(r, size), lambda r: [p.resident_id for p in r.rows]),
    "consent-form": (lambda r, size, _reprint: consent_form_pdf(r, size), lambda r: [r.resident_id]),
    "own-data": (lambda r, size, _reprint: resident_export_pdf(r, size), None),
    "appointment-slip": (
        lambda r, size, reprint: appointment_slip_pdf(r, size, reprint=reprint),
        lambda r: [r.resident_id],
    ),
    "call-list": (lambda r, size, _reprint: call_list_pdf(r, size), lambda r: [p.resident_id for p in r.rows]),
    "day-list": (
        lambda r, size, _reprint: day_list_pdf(r, size),
        lambda r: [row.resident_id for g in r.groups for row in g.rows],
    ),
    "roster": (lambda r, size, _reprint: roster_pdf(r, size), lambda r: [row.resident_id for row in r.rows]),
    "enrollment-slip": (
        lambda r, size, reprint: enrollment_slip_pdf(r, size, reprint=reprint),
        lambda r: [r.resident_id],
    ),
    "timetable": (lambda r, size, _reprint: timetable_pdf(r, size), lambda r: [r.resident_id]),
    "session-calls": (lambda r, size, _reprint: session_calls_pdf(r, size), lambda r: [p.resident_id for p in r.rows]),
    "room-week": (lambda r, size, _reprint: room_week_pdf(r, size), lambda _r: []),  # names no resident
    "monthly-report": (lambda r, size, _reprint: monthly_report_pdf(r, size), lambda _r: []),  # figures only
    "partner-statement": (lambda r, size, _reprint: partner_statements_pdf(r, size), lambda _r: []),
}
KINDS: dict[str, DocumentKind] = {name: DocumentKind(FACTS[name], *_LAYOUTS[name]) for name in FACTS}
RECORDS: dict[str, type] = {  # the record each kind is built from (consent form and own data: PrivacyService's)
    "visit-slip": VisitSlip,
    "cards": MemberCards,
    "in-building": InBuildingList,
    "welfare-calls": WelfareCallList,
    "appointment-slip": AppointmentSlip,
    "call-list": ReminderCallList,
    "day-list": StationDayList,
    "roster": Roster,
    "enrollment-slip": EnrollmentSlip,
    "timetable": Timetable,
    "session-calls": CallList,
    "room-week": RoomWeekSheet,
    "monthly-report": MonthlyReport,
    "partner-statement": PartnerStatements,
}


def render(kind: str, record: Any, size: str | None = None, *, reprint: bool = False) -> bytes:
    """The PDF of ``record`` as document ``kind`` on ``size`` (default: the kind's first size)."""
    document = KINDS[kind]
    chosen = size or document.sizes[0]
    if chosen not in document.sizes:
        raise ValueError(f"{kind} comes in {', '.join(document.sizes)}, not {chosen}")
    return document.layout(record, SIZES[chosen], reprint)
