"""The printable documents' facts — name, title, sizes, whom they are for — without their layouts, so the desk can
list them (设置 → 打印) without loading ReportLab on the GUI thread. :mod:`frontdesk.printing.documents` adds the
layouts."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class KindFacts:
    name: str  # as the command line spells it
    audit_kind: str  # the audit entry's "document"
    title: str
    sizes: tuple[str, ...]  # the first is the default
    for_resident: bool  # taken away by the resident (the others are staff lists)
    masked: bool  # shows the ID number masked and no full phone number (all but the resident's own data)
    options: str  # what the command line needs to make one
    # the kind whose printer and paper this one goes to until the desk chooses its own (预约单: the slip printer)
    printer_of: str | None = None


FACTS: dict[str, KindFacts] = {
    k.name: k
    for k in (
        KindFacts("visit-slip", "visit_slip", "来访凭条", ("80mm", "58mm", "a5"), True, True, "--visit ID"),
        KindFacts("cards", "member_cards", "服务卡", ("a4", "card"), True, True,
                  "--resident ID ... | --new-since YYYY-MM-DD"),
        KindFacts("in-building", "in_building", "在馆名单", ("a4", "80mm"), False, False, ""),
        KindFacts("welfare-calls", "welfare_calls", "关怀回访名单", ("a4", "80mm"), False, False, "[--absent-days N]"),
        KindFacts("consent-form", "consent_form", "知情同意书", ("a4", "a5"), True, True, "--resident ID"),
        KindFacts("own-data", "own_data", "居民本人信息", ("a4", "a5"), True, False, "--resident ID"),
        KindFacts("appointment-slip", "appointment_slip", "预约单", ("80mm", "58mm", "a5"), True, True,
                  "--appointment ID", printer_of="visit-slip"),
        KindFacts("call-list", "call_list", "明日电话回访单", ("a4",), False, False, "[--date YYYY-MM-DD]"),
        KindFacts("day-list", "day_list", "康养服务站每日安排", ("a4",), False, True, "[--date YYYY-MM-DD]"),
        KindFacts("roster", "roster", "签到表", ("a4",), False, True, "--session ID"),
        KindFacts("enrollment-slip", "enrollment_slip", "报名回执", ("80mm", "58mm", "a4"), True, True,
                  "--enrollment ID", printer_of="visit-slip"),
        KindFacts("timetable", "timetable", "个人课表", ("a4", "a5"), True, True, "--resident ID"),
        KindFacts("session-calls", "session_calls", "停课通知电话单", ("a4",), False, False, "--session ID"),
        KindFacts("room-week", "room_week", "教室周课表", ("a4",), False, False,
                  "--room ID --week YYYY-MM-DD"),  # A4 landscape, for the room's door
        # figures only, no person at all: nothing to mask (also written by frontdesk-admin report, with a workbook)
        KindFacts("monthly-report", "monthly_report", "工作月报", ("a4",), False, False,
                  "--month YYYY-MM [--community NAME]"),
        # a partner's contact is the partner's, in full
        KindFacts("partner-statement", "partner_statement", "社区合伙人服务记录", ("a4",), False, False,
                  "--from YYYY-MM-DD --to YYYY-MM-DD [--partner ID]"),
    )
}  # fmt: skip


def paper_for(kind: str, chosen: str) -> str:
    """The paper ``kind`` is printed on: ``chosen`` if it comes in it, else its first size."""
    sizes = FACTS[kind].sizes
    return chosen if chosen in sizes else sizes[0]
