"""Telling a keyboard-wedge scanner from a person typing, by keystroke timing.

A scanner "types" a member card number or a slip's payload (both digits only, which an input method passes through)
and Enter, every key within a few milliseconds of the last; nobody types that fast. So: a run of keys each less than
:data:`SCAN_GAP_MS` after the one before, ending in Enter, whose tail is at least :data:`MIN_CARD_DIGITS` digits, is a
scan —
whatever the box held before the run (a half-typed name does not break it). Text the input method commits
(Chinese typed with pinyin) arrives as :class:`QInputMethodEvent`, never as fast key presses, and ends any run.

Times come from the key event's own timestamp (when the operating system saw the key, so a busy moment in the
program does not make a scanner look slow), or from a clock passed in (tests simulate typing speed with it).
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent

SCAN_GAP_MS = 40  # a scanner sends a key every few ms; the fastest typists need 60 ms or more
MIN_CARD_DIGITS = 6

# The tail of a fast run that is a scan: a card number, or a slip's payload (16 digits, see core/services/lookup.py).
_PAYLOAD = re.compile(rf"\d{{{MIN_CARD_DIGITS},}}$")
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_MODIFIER_KEYS = (Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta, Qt.Key.Key_AltGr)

_COMMAND_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
)

KeyClock = Callable[[], float]  # milliseconds, any origin


def scan_payload(run: str) -> str | None:
    """The card number or slip payload at the end of a fast run of keys, or ``None`` if there is none."""
    match = _PAYLOAD.search(run)
    return match.group(0).upper() if match else None


def looks_like_scan(text: str) -> bool:
    """Whether the whole of ``text`` has the shape of a card number or slip payload (typed slowly, say)."""
    return _PAYLOAD.fullmatch(text.strip()) is not None


def _monotonic_ms() -> float:
    return time.monotonic() * 1000.0


class ScanDetector(QObject):
    """An event filter for the search box: emits :attr:`scanned` and swallows the Enter that ends a scan.

    Any other key passes through untouched; the box types, searches and handles Enter as usual.
    """

    scanned = Signal(str)  # the payload: a card "8221102682" or a slip "8100000000159226"

    def __init__(self, clock: KeyClock | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._run: list[str] = []
        self._last: float | None = None

    def _time(self, event: QKeyEvent) -> float:
        if self._clock is not None:
            return self._clock()
        stamp = event.timestamp()
        return float(stamp) if stamp else _monotonic_ms()  # synthetic events carry no timestamp

    def reset(self) -> None:
        self._run.clear()
        self._last = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            return self._key(event)
        if kind in (QEvent.Type.InputMethod, QEvent.Type.FocusOut):
            self.reset()  # committed Chinese text is typed by a person; leaving the box ends any run
        return False

    def _key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key in _MODIFIER_KEYS:
            return False  # Shift for the F and D of a slip: neither part of the run nor the end of it
        now = self._time(event)
        fast = self._last is not None and now - self._last < SCAN_GAP_MS
        self._last = now
        if key in _ENTER:
            payload = scan_payload("".join(self._run)) if fast else None
            self.reset()
            if payload is None:
                return False
            self.scanned.emit(payload)
            return True
        text = event.text()
        if len(text) != 1 or not text.isprintable() or event.modifiers() & _COMMAND_MODIFIERS:
            self.reset()  # Backspace, arrows, shortcuts: a person is at the keyboard
            return False
        if not fast:
            self._run.clear()
        self._run.append(text)
        return False
