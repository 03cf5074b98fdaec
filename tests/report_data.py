"""A month's report and partners' records built by hand (the figures a ReportService would give), for the documents'
tests: every figure different, so a figure found on paper is the one meant."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from frontdesk.core.reports.figures import (
    AppointmentTally,
    CareLine,
    CourseLine,
    DayTally,
    MonthlyReport,
    PartnerCare,
    PartnerCourse,
    PartnerLine,
    PartnerRecord,
    Period,
    Tally,
    TrainingLine,
)

NOVEMBER = Period(date(2026, 11, 1), date(2026, 11, 30))
MADE_AT = datetime(2026, 12, 1, 9, 30)
CENTER = "局前街社区服务中心"


def november(*, community: str | None = None, days: int = 30) -> MonthlyReport:
    period = Period(date(2026, 11, 1), date(2026, 11, days), community)
    by_day = tuple(DayTally(period.first_day + timedelta(days=i), 40 + i, 50 + 2 * i) for i in range(days))
    return MonthlyReport(
        period=period,
        center_name=CENTER,
        made_at=MADE_AT,
        made_by="李娜",
        total=Tally("month", 613, sum(d.visits for d in by_day)),
        by_day=by_day,
        by_purpose=(Tally("activity", 211, 587), Tally("class", 143, 402), Tally("care", 97, 188),
                    Tally("consult", 31, 36), Tally("errand", 22, 25), Tally("meal", 64, 301), Tally("other", 9, 11)),
        by_age_band=(Tally("under_60", 17, 23), Tally("60_69", 158, 392), Tally("70_79", 241, 613),
                     Tally("80_89", 151, 389), Tally("90_plus", 29, 71), Tally("unknown", 17, 62)),
        by_community=(Tally("局前社区", 304, 811), Tally("西马路社区", 227, 604), Tally("", 82, 135)),
        by_situation=(Tally("lives_alone", 88, 276), Tally("empty_nest", 131, 344), Tally("semi_disabled", 19, 41),
                      Tally("disabled", 6, 8), Tally("low_income", 27, 58), Tally("none", 377, 903)),
        new_residents=46,
        archived_residents=3,
        residents_on_file=2718,
        classes=(
            CourseLine(11, "书法班", "arts", "course", "银发艺术团", 8, 1, 24, 173, 0, 23, 192),
            CourseLine(12, "八段锦", "fitness", "course", None, 12, 0, 30, 301, 0, 29, 360),
            CourseLine(13, "智能手机入门", "digital", "course", "联通营业厅", 0, 2, 15, 0, 0, 0, 0),
        ),
        events=(CourseLine(21, "重阳敬老午餐会", "event", "event", "仁和养老院", 1, 0, 172, 168, 37, 168, 172),),
        care=(
            CareLine(31, "血压血糖测量", "仁和养老院", 142, 97, 7, 4, 55, 2130),
            CareLine(32, "中医理疗", None, 46, 21, 5, 2, 0, 1380),
        ),
        appointments=AppointmentTally(booked=205, completed=188, no_shows=12, cancelled=6, open=5),
        partners=(
            PartnerLine(41, "仁和养老院", "enterprise", 1, 142, 252, 310, 38.5),
            PartnerLine(42, "银发艺术团", "social_org", 8, 0, 23, 173, 12.0),
        ),
        training=(TrainingLine(51, "育婴员培训", "阳光家政", 18, 16, 9),),
        welfare_open=4,
    )  # fmt: skip


def partner_records(period: Period = NOVEMBER) -> tuple[PartnerRecord, ...]:
    return (
        PartnerRecord(
            partner_id=41, name="仁和养老院", kind="enterprise", services="康养服务站、助餐",
            contact_name="王建国", contact_phone="13512345678", active=True,
            agreement_start=date(2025, 12, 1), agreement_end=date(2026, 12, 31), renewal_due=True, period=period,
            courses=(PartnerCourse(21, "重阳敬老午餐会", "event", 1, 168, 168, 3.0),),
            care=(PartnerCare(31, "血压血糖测量", 142, 97, 35.5),),
            people=252, visits=310, hours=38.5,
        ),
        PartnerRecord(
            partner_id=42, name="银发艺术团", kind="social_org", services="书法、国画", contact_name="张德明",
            contact_phone="0352-2041234", active=True, agreement_start=date(2024, 3, 1),
            agreement_end=date(2026, 10, 31), renewal_due=True, period=period,
            courses=(PartnerCourse(11, "书法班", "course", 8, 23, 173, 12.0),), care=(),
            people=23, visits=173, hours=12.0,
        ),
        PartnerRecord(
            partner_id=43, name="刘阿姨剪纸", kind="volunteer", services=None, contact_name=None, contact_phone=None,
            active=True, agreement_start=None, agreement_end=None, renewal_due=False, period=period,
            courses=(), care=(), people=0, visits=0, hours=0.0,
        ),
    )  # fmt: skip


def squeezed(text: str) -> str:
    """A PDF's text without white space: a cell's text may wrap, a row's cells come one after the other."""
    return "".join(text.split())


def page_texts(pdf: bytes) -> list[str]:
    import io

    import pypdf

    return [squeezed(page.extract_text()) for page in pypdf.PdfReader(io.BytesIO(pdf)).pages]


def workbook_rows(path) -> dict[str, list[tuple]]:
    """Each sheet's rows as read back (openpyxl), a day as a date, and whether any cell is a formula."""
    import openpyxl

    book = openpyxl.load_workbook(path)
    rows: dict[str, list[tuple]] = {}
    for sheet in book.worksheets:
        found = []
        for row in sheet.iter_rows():
            assert all(cell.data_type != "f" for cell in row), f"a formula in {sheet.title}"
            found.append(tuple(_plain(cell.value) for cell in row))
        rows[sheet.title] = found
    return rows


def _plain(value):
    return value.date() if isinstance(value, datetime) and value.time() == datetime.min.time() else value


def printed_row(row: tuple) -> str:
    """How a table row reads on paper (frontdesk.printing.report_parts.cell_text), without white space."""
    from frontdesk.printing.report_parts import cell_text

    return squeezed("".join(cell_text(value) for value in row))
