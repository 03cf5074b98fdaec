"""Member cards: ten to an A4 sheet or one per card page, and a scanned card checking its holder in today."""

from __future__ import annotations

import io

import pypdf
import pytest
from reportlab.lib.units import mm

from actors import TEST_DESK
from frontdesk.core.db import Database
from frontdesk.core.services.documents import DocumentService
from frontdesk.core.services.lookup import LookupService
from frontdesk.core.services.visits import VisitService
from frontdesk.printing.documents import render
from pdf_checks import decoded, pages_at_203_dpi
from print_data import NOW, Printed, populate, record_for


@pytest.fixture
def printed(db: Database) -> Printed:
    return populate(db)


def test_cards_ten_per_a4_sheet_or_one_per_card_page(db: Database, printed: Printed) -> None:
    cards = record_for(db, printed, "cards")
    many = type(cards)(cards.center_name, cards.cards * 3)  # 12 cards
    sheet = pypdf.PdfReader(io.BytesIO(render("cards", many, "a4"))).pages
    assert len(sheet) == 2
    single = pypdf.PdfReader(io.BytesIO(render("cards", cards, "card"))).pages
    assert len(single) == len(cards.cards)
    assert (float(single[0].mediabox.width), float(single[0].mediabox.height)) == pytest.approx((85.6 * mm, 54 * mm))


def test_a_scanned_card_checks_its_holder_in_today(db: Database, printed: Printed) -> None:
    card = DocumentService(db, lambda: NOW).member_cards(actor=TEST_DESK, resident_ids=[printed.ids["李昇"]])
    (page,) = pages_at_203_dpi(render("cards", card, "card"))
    scanned = dict(decoded(page))
    assert scanned == {"Code128": "20260005", "QRCode": "20260005"}
    holder = LookupService(db, lambda: NOW).find_by_scan(scanned["Code128"], actor=TEST_DESK)
    assert holder == printed.ids["李昇"]
    visit = VisitService(db, lambda: NOW).check_in(holder, actor=TEST_DESK)
    assert visit.checked_in_at.date() == NOW.date()
