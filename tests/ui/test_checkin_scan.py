"""Telling a scanner from a person by keystroke timing (frontdesk.ui.pages.checkin.scan), on a bare line edit."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from frontdesk.ui.pages.checkin.scan import ScanDetector, looks_like_scan, scan_payload


class Keys:
    """Types into a line edit with a scan detector, at a chosen pace (ms between keys)."""

    def __init__(self, qtbot, *, timestamps: bool = False) -> None:
        self.now = 1000.0
        self.box = QLineEdit()
        qtbot.addWidget(self.box)
        self.detector = ScanDetector(None if timestamps else lambda: self.now)
        self.box.installEventFilter(self.detector)
        self.scans: list[str] = []
        self.detector.scanned.connect(self.scans.append)
        self.entered = 0
        self.box.returnPressed.connect(self._enter)
        self.timestamps = timestamps

    def _enter(self) -> None:
        self.entered += 1

    def _send(self, key: int, text: str) -> None:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text)
            if self.timestamps:
                event.setTimestamp(int(self.now))
            QApplication.sendEvent(self.box, event)

    def type(self, text: str, every_ms: float) -> None:
        for char in text:
            self.now += every_ms
            key = ord(char.upper()) if char.isascii() and char.isalnum() else 0
            self._send(key, char)

    def enter(self, after_ms: float) -> None:
        self.now += after_ms
        self._send(Qt.Key.Key_Return, "\r")

    def commit(self, text: str) -> None:
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(self.box, event)


def test_fast_digits_and_enter_are_a_scan(qtbot) -> None:
    keys = Keys(qtbot)
    keys.type("8221102682", every_ms=6)
    keys.enter(after_ms=6)
    assert keys.scans == ["8221102682"]
    assert keys.entered == 0  # the scan's Enter is swallowed: the page acts on the scan instead


def test_typing_at_a_persons_pace_is_not(qtbot) -> None:
    keys = Keys(qtbot)
    keys.type("8221102682", every_ms=90)
    keys.enter(after_ms=90)
    assert keys.scans == []
    assert keys.entered == 1


def test_too_few_digits_are_not_a_card(qtbot) -> None:
    keys = Keys(qtbot)
    keys.type("12345", every_ms=5)
    keys.enter(after_ms=5)
    assert keys.scans == []
    assert keys.entered == 1


def test_a_pause_before_enter_means_a_person_pressed_it(qtbot) -> None:
    keys = Keys(qtbot)
    keys.type("8221102682", every_ms=5)
    keys.enter(after_ms=400)
    assert keys.scans == []


def test_scan_after_half_typed_text_is_still_a_scan(qtbot) -> None:
    keys = Keys(qtbot)
    keys.type("wan", every_ms=180)
    keys.type("8221102682", every_ms=7)
    keys.enter(after_ms=7)
    assert keys.scans == ["8221102682"]
    assert keys.box.text() == "wan8221102682"  # what to do with the box is the page's business


def test_slip_payload_is_digits_and_letters_are_never_a_scan(qtbot) -> None:
    keys = Keys(qtbot)
    keys.type("8100000000001234", every_ms=5)
    keys.enter(after_ms=5)
    keys.type("FD", every_ms=5)  # letters would start a pinyin composition with an input method active
    keys.enter(after_ms=5)
    assert keys.scans == ["8100000000001234"]


def test_text_from_the_input_method_breaks_a_run(qtbot) -> None:
    keys = Keys(qtbot)
    keys.type("822", every_ms=5)
    keys.commit("王")  # Chinese from the IME: a person is typing
    keys.type("1102", every_ms=5)
    keys.enter(after_ms=5)
    assert keys.scans == []
    assert keys.box.text() == "822王1102"


def test_event_timestamps_are_used_without_a_clock(qtbot) -> None:
    keys = Keys(qtbot, timestamps=True)
    keys.type("8221102682", every_ms=4)
    keys.enter(after_ms=4)
    keys.type("8221102682", every_ms=120)
    keys.enter(after_ms=120)
    assert keys.scans == ["8221102682"]
    assert keys.entered == 1


@pytest.mark.parametrize(
    ("run", "payload"),
    [("8221102682", "8221102682"), ("wan8221102682", "8221102682"), ("fd77", None), ("12345", None), ("wxl", None)],
)
def test_payload_is_the_tail_of_the_run(run: str, payload: str | None) -> None:
    assert scan_payload(run) == payload


def test_whole_text_shaped_like_a_scan() -> None:
    assert looks_like_scan(" 1000000001 ")
    assert looks_like_scan("8100000000000015")
    assert not looks_like_scan("FD15")
    assert not looks_like_scan("7391")
    assert not looks_like_scan("王秀兰")
