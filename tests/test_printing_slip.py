"""The visit slip: a roll as tall as its content, the agenda slot, 补打, and its code checking the resident in."""

from __future__ import annotations

import io

import pypdf
import pytest
from reportlab.lib.units import mm

from actors import TEST_DESK
from frontdesk.core.db import Database
from frontdesk.core.services.documents import DocumentService
from frontdesk.core.services.lookup import LookupService
from frontdesk.printing.documents import render
from pdf_checks import decoded, pages_at_203_dpi, text_of
from print_data import NOW, Printed, populate, record_for


@pytest.fixture
def printed(db: Database) -> Printed:
    return populate(db)


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


@pytest.mark.parametrize("size", ["80mm", "58mm", "a5"])
def test_the_decoded_slip_code_typed_at_the_desk_finds_its_resident(db: Database, printed: Printed, size: str) -> None:
    slip = DocumentService(db, lambda: NOW).visit_slip(printed.visits["张喆"], actor=TEST_DESK)
    (page,) = pages_at_203_dpi(render("visit-slip", slip, size))
    ((kind, payload),) = decoded(page)
    assert (kind, payload) == ("QRCode", slip.code)
    assert payload in text_of(render("visit-slip", slip, size))  # printed under the code, to type by hand
    assert LookupService(db, lambda: NOW).find_by_scan(payload, actor=TEST_DESK) == printed.ids["张喆"]
