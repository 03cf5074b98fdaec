"""Every document in every size it comes in, built from fixture data and read back as a reader and a scanner would.

The text (pypdf) holds the expected Chinese, rare name characters included; every font is embedded (FontFile2);
nothing a resident takes away shows a full ID or mobile number; each page rendered at 203 dpi, 1 bit, gives back
its codes to a real decoder (zxing-cpp), and a decoded code finds the right resident at the desk.
"""

from __future__ import annotations

import io
from datetime import date, datetime
from typing import Any

import pypdf
import pytest
from reportlab.lib.units import mm
from sqlalchemy.orm import Session

from actors import TEST_ACTOR, TEST_DESK
from frontdesk.core.db import Database
from frontdesk.core.services.agenda import AgendaItem
from frontdesk.core.services.documents import DocumentService
from frontdesk.core.services.lookup import LookupService
from frontdesk.core.services.privacy import PrivacyService
from frontdesk.printing.documents import KINDS, render
from pdf_checks import decoded, full_identifiers, pages_at_203_dpi, text_of, unembedded_fonts
from print_data import CENTER, FULL_NUMBERS, NOW, PEOPLE, Printed, populate

CASES = [(kind.name, size) for kind in KINDS.values() for size in kind.sizes]
CARD_NAMES = ["刘䶮", "曾𬌗", "张喆", "李昇"]  # 王堃 has no card number
EXPECTED = {
    "visit-slip": [CENTER, "来访凭条", "刘䶮", "1101**********0038", "排队号", "康养", "+2", "书法班", "书法室",
                   "开放时间"],
    "cards": [CENTER, "服务卡", *CARD_NAMES, "20260001", "卡号", "南关社区"],
    "in-building": ["内部资料", "在馆名单", "刘䶮", "曾𬌗", "张喆", "轮椅", "独居", "13900000000", "儿子"],
    "welfare-calls": ["内部资料", "关怀回访名单", "王堃", "15012340000", "西街社区", "12 天前"],
    "consent-form": [CENTER, "知情同意书", "曾𬌗", "1101**********002X"],
    "own-data": [CENTER, "居民本人信息", "李昇", "140202194110224228"],  # their own data: the number in full
}  # fmt: skip


class Calligraphy:
    """An agenda source standing in for classes (not built yet): 刘䶮 has 书法班 at 10:00 today."""

    name = "class"

    def __init__(self, resident_id: int) -> None:
        self.resident_id = resident_id

    def items_for(self, session: Session, resident_id: int, day: date) -> list[AgendaItem]:
        if resident_id != self.resident_id:
            return []
        return [AgendaItem("class", 1, datetime.combine(day, datetime.min.time()).replace(hour=10), "书法班", "书法室")]

    def mark_arrived(self, session: Session, resident_id: int, day: date, visit_id: int, at: datetime) -> list[int]:
        return []


@pytest.fixture
def printed(db: Database) -> Printed:
    return populate(db)


def record_for(db: Database, printed: Printed, kind: str) -> Any:
    documents = DocumentService(db, lambda: NOW, [Calligraphy(printed.ids["刘䶮"])])
    if kind == "visit-slip":
        return documents.visit_slip(printed.visits["刘䶮"], actor=TEST_DESK)
    if kind == "cards":
        return documents.member_cards(actor=TEST_DESK, resident_ids=list(printed.ids.values()))
    if kind == "in-building":
        return documents.in_building(actor=TEST_DESK)
    if kind == "welfare-calls":
        return documents.welfare_calls(actor=TEST_DESK)
    if kind == "consent-form":
        return PrivacyService(db, lambda: NOW).consent_form(TEST_DESK, printed.ids["曾𬌗"])
    return PrivacyService(db, lambda: NOW).export_resident(TEST_ACTOR, printed.ids["李昇"])


@pytest.mark.parametrize(("kind", "size"), CASES, ids=[f"{k}-{s}" for k, s in CASES])
def test_document_reads_back_embeds_its_fonts_and_masks_what_residents_carry(
    db: Database, printed: Printed, kind: str, size: str
) -> None:
    pdf = render(kind, record_for(db, printed, kind), size)
    text = text_of(pdf)
    squeezed = "".join(text.split())  # a long name or number may wrap in a narrow column
    for expected in EXPECTED[kind]:
        assert "".join(expected.split()) in squeezed, expected
    assert unembedded_fonts(pdf) == []
    if KINDS[kind].masked:
        assert full_identifiers(text) == []
        assert not any(number in text for number in FULL_NUMBERS)
    pages = pages_at_203_dpi(pdf)
    assert all(page.mode == "1" for page in pages)
    codes = [code for page in pages for code in decoded(page)]
    lookup = LookupService(db, lambda: NOW)
    if kind == "visit-slip":
        (code,) = codes
        assert code[0] == "QRCode"
        assert lookup.find_by_scan(code[1], actor=TEST_DESK) == printed.ids["刘䶮"]
    elif kind == "cards":
        numbers = {name: PEOPLE[name][3] for name in CARD_NAMES}
        assert sorted(codes) == sorted((f, n) for n in numbers.values() for f in ("Code128", "QRCode"))
        for name, number in numbers.items():
            assert lookup.find_by_scan(number, actor=TEST_DESK) == printed.ids[name]
            assert [hit.resident_id for hit in lookup.search(number, actor=TEST_DESK)] == [printed.ids[name]]
    else:
        assert codes == []


@pytest.mark.parametrize("size", ["80mm", "58mm"])
def test_a_roll_is_its_width_and_as_tall_as_its_content(db: Database, printed: Printed, size: str) -> None:
    documents = DocumentService(db, lambda: NOW)
    heights = []
    for visit in (printed.visits["曾𬌗"], printed.visits["刘䶮"]):
        pdf = render("visit-slip", documents.visit_slip(visit, actor=TEST_DESK), size)
        (page,) = pypdf.PdfReader(io.BytesIO(pdf)).pages
        assert float(page.mediabox.width) == pytest.approx(int(size[:2]) * mm)
        heights.append(float(page.mediabox.height))
    assert 80 * mm < heights[0] < 200 * mm
    assert heights[0] == heights[1]  # the same lines: neither has an agenda without a source


def test_an_agenda_lengthens_the_slip_and_a_reprint_says_so(db: Database, printed: Printed) -> None:
    plain = DocumentService(db, lambda: NOW).visit_slip(printed.visits["刘䶮"], actor=TEST_DESK)
    with_agenda = record_for(db, printed, "visit-slip")
    short, long = (pypdf.PdfReader(io.BytesIO(render("visit-slip", r, "80mm"))).pages[0] for r in (plain, with_agenda))
    assert float(long.mediabox.height) > float(short.mediabox.height)
    assert "今日安排" not in short.extract_text()
    assert "补打" in text_of(render("visit-slip", plain, "58mm", reprint=True))
    with pytest.raises(ValueError, match="comes in"):
        render("visit-slip", plain, "a4")


def test_cards_ten_per_a4_sheet_or_one_per_card_page(db: Database, printed: Printed) -> None:
    cards = record_for(db, printed, "cards")
    many = type(cards)(cards.center_name, cards.cards * 3)  # 12 cards
    sheet = pypdf.PdfReader(io.BytesIO(render("cards", many, "a4"))).pages
    assert len(sheet) == 2
    single = pypdf.PdfReader(io.BytesIO(render("cards", cards, "card"))).pages
    assert len(single) == len(cards.cards)
    assert (float(single[0].mediabox.width), float(single[0].mediabox.height)) == pytest.approx((85.6 * mm, 54 * mm))
