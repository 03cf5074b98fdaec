"""Regression guard: PySide6 6.12.0 on CPython 3.11 dropped a reference to None on every signal delivered to a Python
slot, and aborted after ~5,000 emissions (pyproject pins PySide6 < 6.12 on 3.11). From 3.12 None is immortal and its
count constant, so the check holds there too."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

EMISSIONS = 20_000


class Source(QObject):
    plain = Signal()
    with_int = Signal(int)
    with_object = Signal(object)


class Sink(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.calls = 0

    def returns_none(self) -> None:
        self.calls += 1

    def returns_true(self, _value: int) -> bool:
        self.calls += 1
        return True

    def returns_false(self, _value: object) -> bool:
        self.calls += 1
        return False


def test_signals_to_python_slots_do_not_leak_singletons(qapp) -> None:
    source, sink = Source(), Sink()
    plain_function_calls: list[None] = []
    source.plain.connect(sink.returns_none)
    source.plain.connect(lambda: plain_function_calls.append(None))
    source.with_int.connect(sink.returns_true)
    source.with_object.connect(sink.returns_false)

    before = (sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False))
    for i in range(EMISSIONS):
        source.plain.emit()
        source.with_int.emit(i)
        source.with_object.emit(None)

    assert sink.calls == 3 * EMISSIONS
    assert len(plain_function_calls) == EMISSIONS
    plain_function_calls.clear()  # the list held EMISSIONS references to None
    after = (sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False))
    # A leak loses one reference per delivery (tens of thousands); allow a little noise from the interpreter.
    assert after[0] >= before[0] - 100, (before, after)
    assert after[1] >= before[1] - 100, (before, after)
    assert after[2] >= before[2] - 100, (before, after)
