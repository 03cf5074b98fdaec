"""Bad input never crashes, on screen: a lone surrogate or a control character in the check-in search box and in
the resident form leaves the page working and says what happened in words.

PySide6 (6.8–6.11) drops lone surrogates whenever a string crosses between Python and Qt, in either direction, so
a test cannot put one *into* a QLineEdit; a broken input method can, and other bindings or versions may hand it to
Python. So these tests give the page such text where it reads it from its widgets (the box's ``textChanged``
slot and ``text()``, the form fields' ``text()``), which is where it would arrive.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit
from residents_driver import ResidentsDriver

from frontdesk.core.models import Resident
from frontdesk.ui.common import resident_words as words

BROKEN_NAME = "司马\ud800秀兰\x00"


@pytest.fixture
def opened(seeded_opened):
    return seeded_opened


def test_the_binding_itself_drops_a_lone_surrogate(checkin) -> None:
    """Why the tests below hand the text over where the page reads it: typed through the input method, the
    surrogate never reaches the box."""
    checkin.commit(BROKEN_NAME)
    assert "\ud800" not in checkin.page.search.text()
    assert checkin.results() == ["司马秀兰"]


def test_surrogates_in_the_search_box_find_and_check_in(checkin, known, monkeypatch, prompts) -> None:
    page = checkin.page
    page._search(BROKEN_NAME)  # what textChanged delivers when the box holds such text
    assert checkin.results() == ["司马秀兰"]
    page._search("\ud800\udfff")  # nothing left to search for: no results, no error
    assert checkin.results() == []
    page._search(BROKEN_NAME)
    monkeypatch.setattr(page.search, "text", lambda: BROKEN_NAME)
    checkin.enter()  # Enter checks in the selected result
    assert len(checkin.visits(known.sima)) == 1
    assert checkin.status().startswith("司马秀兰 已签到")
    assert prompts.crashes == []


def test_a_scan_with_stray_characters_checks_in_the_card(checkin, known, prompts) -> None:
    checkin.page.scanned("\ud800" + "1000000001" + "\x1b")
    assert len(checkin.visits(known.sima)) == 1
    checkin.page.scanned("81\ud80099999999999999")  # a slip no center printed: said in words
    assert "司马秀兰" not in checkin.status()
    assert checkin.tone() in ("warning", "refusal")
    assert prompts.crashes == []


@pytest.fixture
def residents(qtbot, desk) -> ResidentsDriver:
    return ResidentsDriver(qtbot, desk)


def _holding(widget, text: str, monkeypatch) -> None:
    """Make ``widget`` read back ``text``, as the form reads it."""
    if isinstance(widget, QComboBox):
        monkeypatch.setattr(widget, "currentText", lambda: text)
    elif isinstance(widget, QPlainTextEdit):
        monkeypatch.setattr(widget, "toPlainText", lambda: text)
    else:
        assert isinstance(widget, QLineEdit)
        monkeypatch.setattr(widget, "text", lambda: text)


def test_surrogates_in_the_resident_form_are_saved_clean(qtbot, residents: ResidentsDriver, monkeypatch) -> None:
    residents.new()
    residents.fill("name", "欧阳明珠")
    _holding(residents.field("name"), "欧阳\ud800明珠\x00", monkeypatch)
    _holding(residents.field("community"), "局前\ud800社区", monkeypatch)
    _holding(residents.field("address_detail"), "3\udfff号", monkeypatch)
    _holding(residents.field("notes"), "一\ud800\r\n二", monkeypatch)
    with qtbot.waitSignal(residents.desk.hub.residents_changed):
        residents.save()
    [row] = residents.residents(Resident.name == "欧阳明珠")  # the check-in tests' seeded center is the database
    assert (row.community, row.address_detail, row.notes) == ("局前社区", "3号", "一\n二")
    assert residents.status() == "已登记：欧阳明珠"


def test_a_surrogate_in_a_phone_is_refused_beside_the_field(residents: ResidentsDriver, monkeypatch) -> None:
    form = residents.new()
    residents.fill("name", "欧阳明珠")
    _holding(residents.field("phone"), "139\ud800", monkeypatch)
    _holding(residents.field("building"), "楼" * 21, monkeypatch)  # longer than the column: refused, not cut
    residents.save()
    assert residents.error("phone") == words.field_error("phone_format", field="phone")
    assert residents.error("building") == words.field_error("too_long", {"max": 20}, field="building")
    assert residents.page.form is form  # still open, with what was typed
    assert residents.residents(Resident.name == "欧阳明珠") == []
