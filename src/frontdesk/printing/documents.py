"""The printable documents: each is a kind with its sizes and a layout over the record its data function returns.

Adding a document is one data function (in :mod:`frontdesk.core.services`) and one layout here; page set-up,
fonts, styles, codes, masking and the audit entry (:meth:`DocumentService.record_print`) are shared.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from frontdesk.core.services.documents import InBuildingList, MemberCards, VisitSlip, WelfareCallList
from frontdesk.printing.cards import cards_pdf
from frontdesk.printing.consent_form import consent_form_pdf
from frontdesk.printing.layout import SIZES, PageSize
from frontdesk.printing.lists import in_building_pdf, welfare_calls_pdf
from frontdesk.printing.resident_export import resident_export_pdf
from frontdesk.printing.slip import visit_slip_pdf


@dataclass(frozen=True)
class DocumentKind:
    name: str  # as the command line spells it
    audit_kind: str  # the audit entry's "document"
    title: str
    sizes: tuple[str, ...]  # the first is the default
    for_resident: bool  # taken away by the resident (the others are staff lists)
    masked: bool  # shows the ID number masked and no full phone number (all but the resident's own data)
    layout: Callable[[Any, PageSize, bool], bytes]  # (record, size, reprint) -> PDF
    # whom the printed record names, for record_print's audit entry; None: the data function itself writes the entry
    # (PrivacyService.consent_form and export_resident audit every form and export they hand out)
    residents: Callable[[Any], list[int]] | None
    options: str  # what the command line needs to make one


def _slip(record: VisitSlip, size: PageSize, reprint: bool) -> bytes:
    return visit_slip_pdf(record, size, reprint=reprint)


KINDS: dict[str, DocumentKind] = {
    k.name: k
    for k in (
        DocumentKind("visit-slip", "visit_slip", "来访凭条", ("80mm", "58mm", "a5"), True, True, _slip,
                     lambda r: [r.resident_id], "--visit ID"),
        DocumentKind("cards", "member_cards", "服务卡", ("a4", "card"), True, True,
                     lambda r, size, _reprint: cards_pdf(r, size), lambda r: [c.resident_id for c in r.cards],
                     "--resident ID ... | --new-since YYYY-MM-DD"),
        DocumentKind("in-building", "in_building", "在馆名单", ("a4", "80mm"), False, False,
                     lambda r, size, _reprint: in_building_pdf(r, size), lambda r: [p.resident_id for p in r.rows],
                     ""),
        DocumentKind("welfare-calls", "welfare_calls", "关怀回访名单", ("a4", "80mm"), False, False,
                     lambda r, size, _reprint: welfare_calls_pdf(r, size), lambda r: [p.resident_id for p in r.rows],
                     "[--absent-days N]"),
        DocumentKind("consent-form", "consent_form", "知情同意书", ("a4", "a5"), True, True,
                     lambda r, size, _reprint: consent_form_pdf(r, size), None, "--resident ID"),
        DocumentKind("own-data", "own_data", "居民本人信息", ("a4", "a5"), True, False,
                     lambda r, size, _reprint: resident_export_pdf(r, size), None, "--resident ID"),
    )
}  # fmt: skip
RECORDS: dict[str, type] = {  # the record each kind is built from (consent form and own data: PrivacyService's)
    "visit-slip": VisitSlip,
    "cards": MemberCards,
    "in-building": InBuildingList,
    "welfare-calls": WelfareCallList,
}


def render(kind: str, record: Any, size: str | None = None, *, reprint: bool = False) -> bytes:
    """The PDF of ``record`` as document ``kind`` on ``size`` (default: the kind's first size)."""
    document = KINDS[kind]
    chosen = size or document.sizes[0]
    if chosen not in document.sizes:
        raise ValueError(f"{kind} comes in {', '.join(document.sizes)}, not {chosen}")
    return document.layout(record, SIZES[chosen], reprint)
