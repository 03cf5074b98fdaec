"""The care station's papers: 预约单 read back and scanned, its health line only with consent, the call list with full
numbers and its 内部资料 mark, the day list's statuses and totals, and everything inside the paper on a narrow roll."""

from __future__ import annotations

import io
from datetime import date

import pypdf
import pytest
from PIL import ImageOps
from reportlab.lib.units import mm
from sqlalchemy import select

from actors import TEST_ACTOR, TEST_DESK
from frontdesk.core import checkdigit
from frontdesk.core.db import Database
from frontdesk.core.errors import RuleViolation
from frontdesk.core.models import Appointment, AppointmentStatus, AuditEntry, CareService
from frontdesk.core.services.documents import DocumentService
from frontdesk.core.services.lookup import LookupService, ScanRefusal, appointment_payload
from frontdesk.printing.documents import KINDS, render
from frontdesk.printing.layout import SIZES
from pdf_checks import PRINTER_DPI, decoded, full_identifiers, pages_at_203_dpi, text_of, unembedded_fonts
from print_data import FULL_NUMBERS, NOW, THERAPY, Printed, populate

LONG_NAME = "社区老年人综合健康评估与慢性病长期随访管理服务（含血压血糖血脂检测）"[:40]  # the column's length


@pytest.fixture
def printed(db: Database) -> Printed:
    return populate(db)


def documents(db: Database) -> DocumentService:
    return DocumentService(db, lambda: NOW)


def squeezed(pdf: bytes) -> str:
    return "".join(text_of(pdf).split())  # a long line may wrap anywhere on a narrow roll


def ink_inside_the_margins(pdf: bytes, size: str) -> None:
    """Nothing printed beyond the page's side margins (a word running off a roll is lost to the cutter's edge)."""
    margin = SIZES[size].margin * PRINTER_DPI / 72
    for page in pages_at_203_dpi(pdf):
        left, _top, right, _bottom = ImageOps.invert(page.convert("L")).getbbox()
        assert left >= margin - 2, (size, left, margin)
        assert right <= page.width - margin + 2, (size, right, page.width - margin)


@pytest.mark.parametrize("size", ["80mm", "58mm", "a5"])
def test_the_slip_says_when_where_who_and_what_it_costs(db: Database, printed: Printed, size: str) -> None:
    slip = documents(db).appointment_slip(printed.appointments["刘䶮"], actor=TEST_ACTOR)
    pdf = render("appointment-slip", slip, size)
    text = squeezed(pdf)
    for expected in ("预约单", "刘䶮", THERAPY, "11月28日周六", "10:00–10:30", "排队号", "A012", "第2次/共3次",
                     "理疗室", "王建国（仁和养老院）", "¥20（市场价¥60）", "既往病历、医保卡", slip.code):  # fmt: skip
        assert expected in text, expected
    assert "需空腹" not in text
    assert unembedded_fonts(pdf) == []
    assert full_identifiers(text_of(pdf)) == []
    assert not any(number in text for number in FULL_NUMBERS)
    pages = pypdf.PdfReader(io.BytesIO(pdf)).pages
    assert len(pages) == 1  # A5 too: one sheet
    if SIZES[size].roll:
        assert float(pages[0].mediabox.width) == pytest.approx(int(size[:2]) * mm)
    ink_inside_the_margins(pdf, size)
    assert "补打" in text_of(render("appointment-slip", slip, size, reprint=True))


def test_a_fasting_service_says_so_in_bold_and_a_free_one_says_free(db: Database, printed: Printed) -> None:
    slip = documents(db).appointment_slip(printed.appointments["张喆-tomorrow"], actor=TEST_DESK)
    pdf = render("appointment-slip", slip, "58mm")
    text = squeezed(pdf)
    for expected in ("张喆", "空腹血糖检测", "11月29日周日", "08:00–08:15", "免费", "医保卡", "需空腹", "康养服务站"):
        assert expected in text, expected
    assert "排队号" not in text  # no queue number before the day
    assert "第" not in text.split("需空腹")[0].split("08:15")[1]  # not part of a series: no 第n次
    bold: list[str] = []

    def seen(said: str, _cm, _tm, font, _size) -> None:
        if font is not None and "Bold" in str(font.get("/BaseFont")):
            bold.append(said)

    pypdf.PdfReader(io.BytesIO(pdf)).pages[0].extract_text(visitor_text=seen)
    assert "需空腹" in "".join(bold)


@pytest.mark.parametrize("size", ["80mm", "58mm", "a5"])
def test_the_code_decoded_at_203_dpi_finds_the_resident_and_the_appointment(
    db: Database, printed: Printed, size: str
) -> None:
    appointment = printed.appointments["王堃-tomorrow"]
    slip = documents(db).appointment_slip(appointment, actor=TEST_DESK)
    (page,) = pages_at_203_dpi(render("appointment-slip", slip, size))
    ((kind, payload),) = decoded(page)
    assert (kind, payload) == ("QRCode", appointment_payload(appointment))
    assert payload.startswith("83")
    assert len(payload) == 16
    assert checkdigit.is_valid(payload)
    result = LookupService(db, lambda: NOW).resolve_scan(payload, actor=TEST_DESK)
    assert (result.resident_id, result.appointment_id, result.kind) == (printed.ids["王堃"], appointment, "appointment")


def test_a_mistyped_or_foreign_appointment_code_finds_nobody(any_db: Database) -> None:
    lookup = LookupService(any_db, lambda: NOW)
    good = appointment_payload(4321)
    swapped = good[:11] + good[12] + good[11] + good[13:]  # 43 typed as 34
    assert good != swapped
    mistyped = lookup.resolve_scan(swapped, actor=TEST_DESK)
    assert (mistyped.resident_id, mistyped.refusal, mistyped.kind) == (None, ScanRefusal.MISTYPED, "appointment")
    unknown = lookup.resolve_scan(good, actor=TEST_DESK)  # well formed, but no such appointment here
    assert (unknown.resident_id, unknown.refusal, unknown.appointment_id) == (None, ScanRefusal.UNKNOWN_SLIP, None)


def test_the_health_line_needs_consent_and_a_reader_of_health_data(db: Database, printed: Printed) -> None:
    service = documents(db)
    agreed = service.appointment_slip(printed.appointments["刘䶮"], actor=TEST_ACTOR)  # a manager: may see readings
    text = squeezed(render("appointment-slip", agreed, "80mm"))
    assert "上次血压146/92（偏高）2026-11-24↑比前次高" in text
    assert "上次血糖6.1（空腹，正常）2026-11-24" in text
    with db.read() as session:
        looks = session.scalars(select(AuditEntry).where(AuditEntry.action == "vitals.view")).all()
    assert [(e.entity_id, e.details["appointment"]) for e in looks] == [(printed.ids["刘䶮"], agreed.appointment_id)]
    # 张喆 has a reading but agreed to no health data: none on the slip, whoever prints it
    no_consent = service.appointment_slip(printed.appointments["张喆"], actor=TEST_ACTOR)
    assert (no_consent.pressure, no_consent.glucose) == (None, None)
    assert "上次" not in squeezed(render("appointment-slip", no_consent, "80mm"))
    assert "128/80" not in text_of(render("appointment-slip", no_consent, "80mm"))
    # the front desk (no Permission.HEALTH) prints 刘䶮's slip without it, and nothing of health was looked at
    desk = service.appointment_slip(printed.appointments["刘䶮"], actor=TEST_DESK)
    assert (desk.pressure, desk.glucose) == (None, None)
    assert "上次血压" not in squeezed(render("appointment-slip", desk, "58mm"))
    with db.read() as session:
        assert len(session.scalars(select(AuditEntry).where(AuditEntry.action == "vitals.view")).all()) == 1


@pytest.mark.parametrize("size", ["58mm", "80mm"])
def test_a_long_service_name_and_things_to_bring_stay_on_the_roll(db: Database, printed: Printed, size: str) -> None:
    with db.write() as session:
        therapy = session.scalar(select(CareService).where(CareService.name == THERAPY))
        therapy.name = LONG_NAME
        therapy.bring = "医保卡、身份证、既往病历、近三个月的化验单和正在服用的全部药品（请装在袋子里带来）" * 2
        therapy.fasting = True
    slip = documents(db).appointment_slip(printed.appointments["刘䶮"], actor=TEST_DESK)
    pdf = render("appointment-slip", slip, size)
    assert LONG_NAME in squeezed(pdf)
    ink_inside_the_margins(pdf, size)
    (page,) = pages_at_203_dpi(pdf)
    assert [code for _, code in decoded(page)] == [slip.code]


def test_a_series_counts_what_is_not_cancelled_and_a_cancelled_slip_is_refused(db: Database, printed: Printed) -> None:
    with db.write() as session:
        last = session.get(Appointment, printed.appointments["series-3"])
        last.status, last.cancel_reason = AppointmentStatus.CANCELLED, "住院"
    slip = documents(db).appointment_slip(printed.appointments["刘䶮"], actor=TEST_DESK)
    assert (slip.series_index, slip.series_total) == (2, 2)
    with pytest.raises(RuleViolation) as cancelled:
        documents(db).appointment_slip(printed.appointments["series-3"], actor=TEST_DESK)
    assert cancelled.value.code == "appointment_cancelled"
    with pytest.raises(RuleViolation) as missing:
        documents(db).appointment_slip(99_999, actor=TEST_DESK)
    assert missing.value.code == "appointment_not_found"


def test_the_call_list_is_tomorrows_booked_by_time_then_name_with_full_numbers(
    any_db: Database, printed_any: Printed
) -> None:
    calls = documents(any_db).call_list(actor=TEST_DESK)  # tomorrow by default
    assert calls.day == date(2026, 11, 29)
    assert [(f"{r.starts_at:%H:%M}", r.name) for r in calls.rows] == [("08:00", "张喆"), ("09:00", "刘䶮"),
                                                                       ("09:00", "王堃")]  # fmt: skip
    assert calls.rows[0].fasting
    assert calls.rows[0].bring == "医保卡"
    pdf = render("call-list", calls, "a4")
    text = text_of(pdf)
    squeezed_text = "".join(text.split())
    for expected in ("内部资料", "明日电话回访单", "2026年11月29日周日", "13712345670", "13912341234", "15012340000",
                     "08:00–08:15", "09:00–09:15", "需空腹", "带医保卡", "已通知", "血压测量", "李芳"):  # fmt: skip
        assert expected in squeezed_text, expected
    assert "李昇" not in text  # cancelled
    assert squeezed_text.index("张喆") < squeezed_text.index("刘䶮") < squeezed_text.index("王堃")
    assert unembedded_fonts(pdf) == []
    today = documents(any_db).call_list(actor=TEST_DESK, day=NOW.date())
    assert today.rows == ()  # everyone today arrived, was served, cancelled or did not come
    assert "电话回访单" in text_of(render("call-list", today, "a4"))
    assert "明日" not in text_of(render("call-list", today, "a4"))


def test_the_call_list_is_audited_when_printed(db: Database, printed: Printed) -> None:
    calls = documents(db).call_list(actor=TEST_DESK, day=date(2026, 11, 29))
    kind = KINDS["call-list"]
    documents(db).record_print(kind.audit_kind, kind.residents(calls), actor=TEST_DESK, reprint=False, size="a4")
    with db.read() as session:
        (entry,) = session.scalars(select(AuditEntry).where(AuditEntry.action == "resident.print")).all()
    assert entry.details["document"] == "call_list"
    assert entry.details["residents"] == sorted([printed.ids[n] for n in ("张喆", "刘䶮", "王堃")])


def test_the_day_list_groups_by_provider_and_service_and_adds_up(any_db: Database, printed_any: Printed) -> None:
    day = documents(any_db).day_list(actor=TEST_DESK)  # today by default
    assert day.day == NOW.date()
    assert [(g.provider, g.service, [r.name for r in g.rows]) for g in day.groups] == [
        ("李芳", "血压测量", ["张喆", "王堃"]),
        ("王建国", THERAPY, ["刘䶮", "曾𬌗", "李昇"]),
    ]
    walk_in = day.groups[0].rows[1]
    assert (walk_in.walk_in, walk_in.queue_number, walk_in.status) == (True, 13, AppointmentStatus.IN_SERVICE)
    t = day.totals
    assert (t.booked, t.arrived, t.completed, t.cancelled, t.no_show, t.waiting) == (5, 3, 1, 1, 1, 0)
    pdf = render("day-list", day, "a4")
    text = "".join(text_of(pdf).split())
    for expected in ("康养服务站每日安排", "2026年11月28日周六", "李芳（仁和养老院）", "已完成", "服务中", "已到",
                     "已取消", "未到", "现场", "A012", "A013", "取消：身体不适", "76岁", "备注",
                     "预约5人次，已到3，已完成1，已取消1，未到1，待到0"):  # fmt: skip
        assert expected in text, expected
    assert full_identifiers(text_of(pdf)) == []
    assert unembedded_fonts(pdf) == []
    tomorrow = documents(any_db).day_list(actor=TEST_DESK, day=date(2026, 11, 29))
    assert tomorrow.totals.booked == 4
    assert tomorrow.totals.waiting == 3


@pytest.fixture
def printed_any(any_db: Database) -> Printed:
    return populate(any_db)
