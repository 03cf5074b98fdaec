"""The classes' papers: 签到表 (enrolled in pinyin order, ticks for who is there, a code per row that a scan of the
sheet resolves), 报名回执 (standing, times, place, fee, its QR on every size), a resident's own 课表 (the coming four
weeks, a cancelled session marked), the 84… enrollment code read back, and the audit entry of each print."""

from __future__ import annotations

import io

import pypdf
import pypdfium2
import pytest
from PIL import ImageOps
from reportlab.lib.units import mm
from sqlalchemy import select

from actors import TEST_DESK
from class_papers_data import CENTER_NAME, ID_NUMBER, NOW, PHONE, TERM, ClassPapers, populate_classes
from frontdesk.core import checkdigit
from frontdesk.core.db import Database
from frontdesk.core.errors import RuleViolation
from frontdesk.core.models import AuditEntry, ClassSession, EnrollmentStatus, SessionStatus
from frontdesk.core.services.documents import DocumentService
from frontdesk.core.services.lookup import LookupService, ScanRefusal, enrollment_payload
from frontdesk.printing.documents import KINDS, render
from frontdesk.printing.layout import SIZES
from pdf_checks import PRINTER_DPI, decoded, full_identifiers, pages_at_203_dpi, text_of, unembedded_fonts


@pytest.fixture
def papers(db: Database) -> ClassPapers:
    return populate_classes(db)


@pytest.fixture
def papers_any(any_db: Database) -> ClassPapers:
    return populate_classes(any_db)


def documents(db: Database) -> DocumentService:
    return DocumentService(db, lambda: NOW)


def squeezed(pdf: bytes) -> str:
    return "".join(text_of(pdf).split())  # a long line may wrap anywhere in a narrow column or roll


def no_identifiers(pdf: bytes) -> None:
    text = text_of(pdf)
    assert full_identifiers(text) == []
    assert ID_NUMBER not in squeezed(pdf)
    assert PHONE not in squeezed(pdf)
    assert unembedded_fonts(pdf) == []


def test_an_enrollment_code_finds_its_resident_and_enrollment(any_db: Database, papers_any: ClassPapers) -> None:
    enrollment = papers_any.enrollments["张桂英"]
    code = enrollment_payload(enrollment)
    assert (code[:2], len(code), checkdigit.is_valid(code)) == ("84", 16, True)
    lookup = LookupService(any_db, lambda: NOW)
    found = lookup.resolve_scan(code, actor=TEST_DESK)
    assert (found.resident_id, found.refusal, found.kind, found.enrollment_id) == (
        papers_any.people["张桂英"], None, "enrollment", enrollment)  # fmt: skip
    assert lookup.find_by_scan(f" {code}\n", actor=TEST_DESK) == papers_any.people["张桂英"]


def test_a_mistyped_or_foreign_enrollment_code_finds_nobody(any_db: Database) -> None:
    lookup = LookupService(any_db, lambda: NOW)
    good = enrollment_payload(4321)
    swapped = good[:11] + good[12] + good[11] + good[13:]  # 43 typed as 34
    assert good != swapped
    mistyped = lookup.resolve_scan(swapped, actor=TEST_DESK)
    assert (mistyped.resident_id, mistyped.refusal, mistyped.kind) == (None, ScanRefusal.MISTYPED, "enrollment")
    unknown = lookup.resolve_scan(good, actor=TEST_DESK)  # well formed, but no such enrollment here
    assert (unknown.resident_id, unknown.refusal, unknown.kind, unknown.enrollment_id) == (
        None, ScanRefusal.UNKNOWN_SLIP, "enrollment", None)  # fmt: skip
    with pytest.raises(ValueError, match="not an enrollment number"):
        enrollment_payload(0)


def test_the_roster_lists_the_enrolled_in_pinyin_order_with_who_is_there(
    any_db: Database, papers_any: ClassPapers
) -> None:
    roster = documents(any_db).roster(papers_any.sessions["12-01"], actor=TEST_DESK)
    people = papers_any.people
    assert [(r.name, r.enrollment_id is not None, r.present, r.companions) for r in roster.rows] == [
        ("李建国", True, True, 0),  # li
        ("王秀兰", True, False, 1),  # wang, +1
        ("张桂英", True, False, 0),  # zhang
        ("陈志强", False, True, 1),  # waiting, but came and was scanned in: a walk-in, last
    ]  # 刘淑珍 waits and did not come: not on the sheet
    assert [r.code for r in roster.rows] == [enrollment_payload(papers_any.enrollments[n])
                                             for n in ("李建国", "王秀兰", "张桂英")] + [None]  # fmt: skip
    assert (roster.enrolled, roster.places, roster.present, roster.capacity) == (3, 4, 2, 20)
    assert roster.rows[1].resident_id == people["王秀兰"]
    assert roster.rows[1].age == 81
    assert (roster.course, roster.term, roster.instructor, roster.partner) == ("书法班", TERM, "张德明", "银发艺术团")


def test_the_roster_prints_on_a4_and_a_scan_of_each_row_finds_its_resident(db: Database, papers: ClassPapers) -> None:
    roster = documents(db).roster(papers.sessions["12-01"], actor=TEST_DESK)
    pdf = render("roster", roster)
    text = squeezed(pdf)
    for expected in (CENTER_NAME, "签到表", "书法班（2026冬季班）", "2026年12月1日周二09:00–10:30", "书法室（2楼）",
                     "张德明老师（银发艺术团）", "序号", "签名", "签到", "编码", "81岁", "+1", "陈志强（现场）",
                     "合计：报名3人，同行1人，共4位（名额20）；已签到2人（其中现场1人）", "授课老师签字"):  # fmt: skip
        assert expected in text, expected
    assert text.index("李建国") < text.index("王秀兰") < text.index("张桂英") < text.index("陈志强")
    assert "刘淑珍" not in text
    for row in roster.rows[:3]:
        assert row.code is not None
        assert row.code in text
    for n in range(5, 10):  # four rows and five blank ones, numbered
        assert f"\n{n}\n" in text_of(pdf)
    no_identifiers(pdf)
    (page,) = pypdf.PdfReader(io.BytesIO(pdf)).pages
    assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx((210 * mm, 297 * mm), abs=1)
    lookup = LookupService(db, lambda: NOW)
    codes = [code for image in pages_at_203_dpi(pdf) for code in decoded(image)]
    assert sorted(codes) == sorted(("QRCode", r.code) for r in roster.rows[:3])
    for row in roster.rows[:3]:
        found = lookup.resolve_scan(row.code or "", actor=TEST_DESK)
        assert (found.resident_id, found.enrollment_id) == (row.resident_id, row.enrollment_id)


def test_a_long_roster_runs_onto_more_pages_with_its_head_on_each(db: Database) -> None:
    from class_center import add_course, add_session, make_center
    from frontdesk.core.models import Enrollment

    center = make_center(db, residents=45)
    course = add_course(db, center, capacity=60, instructor_id=center.chen)
    meeting = add_session(db, course, NOW.date(), NOW.time(), NOW.replace(hour=10).time())
    with db.write() as session:
        session.add_all(Enrollment(course_id=course, resident_id=r, joined_at=NOW) for r in center.residents)
    roster = documents(db).roster(meeting, actor=TEST_DESK)
    assert len(roster.rows) == 45
    pdf = render("roster", roster)
    pages = pypdf.PdfReader(io.BytesIO(pdf)).pages
    assert len(pages) >= 2
    assert all("签名" in page.extract_text() for page in pages)
    codes = {code for image in pages_at_203_dpi(pdf) for _, code in decoded(image)}
    assert codes == {r.code for r in roster.rows}


def test_no_roster_for_a_cancelled_or_unknown_session(db: Database, papers: ClassPapers) -> None:
    with pytest.raises(RuleViolation) as cancelled:
        documents(db).roster(papers.sessions["12-10"], actor=TEST_DESK)
    assert cancelled.value.code == "session_cancelled"
    with pytest.raises(RuleViolation) as missing:
        documents(db).roster(99_999, actor=TEST_DESK)
    assert missing.value.code == "session_not_found"


def ink_inside_the_margins(pdf: bytes, size: str) -> None:
    """Nothing printed beyond the page's side margins (a word running off a roll is lost to the cutter's edge)."""
    margin = SIZES[size].margin * PRINTER_DPI / 72
    for page in pages_at_203_dpi(pdf):
        left, _top, right, _bottom = ImageOps.invert(page.convert("L")).getbbox()
        assert left >= margin - 2, (size, left, margin)
        assert right <= page.width - margin + 2, (size, right, page.width - margin)


@pytest.mark.parametrize("size", ["80mm", "58mm", "a4"])
def test_the_enrollment_slip_says_what_when_where_and_its_code_scans(
    db: Database, papers: ClassPapers, size: str
) -> None:
    slip = documents(db).enrollment_slip(papers.enrollments["王秀兰"], actor=TEST_DESK)
    assert (slip.status, slip.waiting_place, slip.sessions) == (EnrollmentStatus.ENROLLED, None, 5)
    pdf = render("enrollment-slip", slip, size)
    text = squeezed(pdf)
    for expected in (CENTER_NAME, "报名回执", "王秀兰", "书法班", "已报名", "2026冬季班", "每周二、周四09:00–10:30",
                     "首次12月1日周二09:00–10:30", "共5次", "书法室（2楼）", "张德明老师（银发艺术团）", "¥120",
                     "同行+1", "60岁以上、零基础", slip.code):  # fmt: skip
        assert expected in text, expected
    no_identifiers(pdf)
    pages = pypdf.PdfReader(io.BytesIO(pdf)).pages
    assert len(pages) == 1
    if SIZES[size].roll:
        assert float(pages[0].mediabox.width) == pytest.approx(int(size[:2]) * mm)
    ink_inside_the_margins(pdf, size)
    (image,) = pages_at_203_dpi(pdf)
    assert decoded(image) == [("QRCode", enrollment_payload(papers.enrollments["王秀兰"]))]
    found = LookupService(db, lambda: NOW).resolve_scan(slip.code, actor=TEST_DESK)
    assert (found.resident_id, found.kind) == (papers.people["王秀兰"], "enrollment")
    assert "补打" in text_of(render("enrollment-slip", slip, size, reprint=True))


def test_a_waiting_slip_says_its_place_and_an_event_slip_its_day(db: Database, papers: ClassPapers) -> None:
    service = documents(db)
    first = service.enrollment_slip(papers.enrollments["陈志强"], actor=TEST_DESK)  # joined before 刘淑珍
    second = service.enrollment_slip(papers.enrollments["刘淑珍"], actor=TEST_DESK)
    assert (first.waiting_place, second.waiting_place) == (1, 2)
    text = squeezed(render("enrollment-slip", second, "58mm"))
    assert "候补第2位" in text
    assert "有名额时前台会通知您" in text
    assert "已报名" not in text
    assert "首次" not in text  # no session of theirs until a place frees
    event = service.enrollment_slip(papers.enrollments["张桂英-event"], actor=TEST_DESK)
    text = squeezed(render("enrollment-slip", event, "80mm"))
    for expected in ("冬季防跌倒讲座", "日期12月18日周五14:00–16:00", "多功能厅（1楼，无障碍）", "免费", "同行+2",
                     "主办银发艺术团", "参加活动时"):  # fmt: skip
        assert expected in text, expected
    assert "学期" not in text
    assert "每周" not in text
    assert "首次" not in text
    with pytest.raises(RuleViolation) as withdrawn:
        service.enrollment_slip(papers.enrollments["李建国-dance"], actor=TEST_DESK)
    assert withdrawn.value.code == "enrollment_withdrawn"
    with pytest.raises(RuleViolation) as missing:
        service.enrollment_slip(99_999, actor=TEST_DESK)
    assert missing.value.code == "enrollment_not_found"


def test_the_first_session_is_the_next_one_not_cancelled(db: Database, papers: ClassPapers) -> None:
    later = DocumentService(db, lambda: NOW.replace(day=9, hour=12))  # after 12-08's class; 12-10 is cancelled
    slip = later.enrollment_slip(papers.enrollments["王秀兰"], actor=TEST_DESK)
    assert slip.first_session is not None
    assert f"{slip.first_session[0]:%m-%d %H:%M}" == "12-15 14:00"  # the moved one, at its new time
    assert slip.sessions == 2


def test_the_timetable_has_the_coming_weeks_and_marks_a_cancelled_session(
    any_db: Database, papers_any: ClassPapers
) -> None:
    table = documents(any_db).timetable(papers_any.people["王秀兰"], actor=TEST_DESK)
    assert [(c.title, c.status, c.waiting_place) for c in table.courses] == [
        ("书法班", EnrollmentStatus.ENROLLED, None), ("古典舞班", EnrollmentStatus.WAITING, 1)]  # fmt: skip
    assert [(f"{s.starts_at:%m-%d %H:%M}", s.cancelled) for s in table.sessions] == [
        ("12-01 09:00", False),
        ("12-03 09:00", False),
        ("12-08 09:00", False),
        ("12-10 09:00", True),
        ("12-15 14:00", False),
    ]  # four weeks from today: not January's; none of the course waited for
    assert table.sessions[3].cancel_reason == "老师生病"
    assert table.sessions[4].moved_from is not None
    assert (table.first_day, table.last_day) == (NOW.date(), NOW.date().replace(day=28))
    withdrawn = documents(any_db).timetable(papers_any.people["李建国"], actor=TEST_DESK)
    assert [c.title for c in withdrawn.courses] == ["书法班"]  # not the dance class he left


@pytest.mark.parametrize("size", ["a4", "a5"])
def test_the_timetable_prints_large_with_the_cancelled_session_struck_through(
    db: Database, papers: ClassPapers, size: str
) -> None:
    table = documents(db).timetable(papers.people["王秀兰"], actor=TEST_DESK)
    pdf = render("timetable", table, size)
    text = squeezed(pdf)
    for expected in (CENTER_NAME, "个人课表", "王秀兰", "书法班", "每周二、周四09:00–10:30", "书法室（2楼）",
                     "张德明老师", "古典舞班候补第1位", "12月10日周四", "停课：老师生病", "调课（原12月15日周二09:00）",
                     "14:00–15:30", "划线的课次停课"):  # fmt: skip
        assert expected in text, expected
    assert "1月12日" not in text
    no_identifiers(pdf)
    assert pages_at_203_dpi(pdf)
    assert all(decoded(page) == [] for page in pages_at_203_dpi(pdf))
    assert _struck_through(pdf, "12月10")  # cancelled
    assert not _struck_through(pdf, "12月8")


def _struck_through(pdf: bytes, said: str) -> bool:
    """Whether a line runs through ``said`` where it is printed (on whichever page): a row of pixels dark from its
    first character to its last (characters alone leave gaps between them)."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        for page in document:
            text = page.get_textpage()
            found = text.search(said).get_next()
            if found is None:
                continue
            first, count = found
            left, bottom, _, top = text.get_charbox(first)
            _, _, right, _ = text.get_charbox(first + count - 1)
            scale, height = PRINTER_DPI / 72, page.get_height()
            image = page.render(scale=scale).to_pil().convert("L")
            box = image.crop((int(left * scale) + 1, int((height - top) * scale), int(right * scale) - 1,
                              int((height - bottom) * scale)))  # fmt: skip
            return any(all(box.getpixel((x, y)) < 128 for x in range(box.width)) for y in range(box.height))
        raise AssertionError(f"{said} is not printed")
    finally:
        document.close()


def test_an_unknown_resident_has_no_timetable_and_a_resident_without_courses_an_empty_one(
    db: Database, papers: ClassPapers
) -> None:
    with pytest.raises(RuleViolation) as missing:
        documents(db).timetable(99_999, actor=TEST_DESK)
    assert missing.value.code == "resident_not_found"
    with db.write() as session:
        for meeting in session.scalars(select(ClassSession)):
            meeting.status, meeting.cancel_reason = SessionStatus.CANCELLED, "停课"
    table = documents(db).timetable(papers.people["刘淑珍"], actor=TEST_DESK)  # waits; sessions still listed
    assert [c.title for c in table.courses] == ["书法班"]
    assert table.sessions == ()
    assert "这几周没有课" in squeezed(render("timetable", table))


def test_each_class_paper_printed_is_audited_with_whom_it_names(db: Database, papers: ClassPapers) -> None:
    service = documents(db)
    records = {
        "roster": service.roster(papers.sessions["12-01"], actor=TEST_DESK),
        "enrollment-slip": service.enrollment_slip(papers.enrollments["刘淑珍"], actor=TEST_DESK),
        "timetable": service.timetable(papers.people["王秀兰"], actor=TEST_DESK),
    }
    for name, record in records.items():
        kind = KINDS[name]
        service.record_print(kind.audit_kind, kind.residents(record), actor=TEST_DESK, reprint=False, size="a4")
    with db.read() as session:
        entries = session.scalars(select(AuditEntry).where(AuditEntry.action == "resident.print")
                                  .order_by(AuditEntry.id)).all()  # fmt: skip
    p = papers.people
    assert [(e.details["document"], e.details["residents"], e.entity_id) for e in entries] == [
        ("roster", sorted([p["李建国"], p["王秀兰"], p["张桂英"], p["陈志强"]]), None),
        ("enrollment_slip", [p["刘淑珍"]], p["刘淑珍"]),
        ("timetable", [p["王秀兰"]], p["王秀兰"]),
    ]
