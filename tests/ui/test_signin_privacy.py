"""A locked desk shows no resident and takes no action: the page under the lock keeps its keys to itself."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit


@pytest.fixture
def opened(seeded_opened):
    return seeded_opened


def test_keys_do_nothing_to_the_page_while_locked(qtbot, checkin, known) -> None:
    checkin.commit("司马秀兰")
    assert checkin.card_name() == "司马秀兰"
    desk = checkin.desk
    desk.window.lock_action.trigger()
    assert desk.gate.locked
    assert not checkin.page.isVisible()
    assert not checkin.page.card.isVisible()
    assert QApplication.focusWidget() is desk.window.findChild(QLineEdit, "lockPassword")
    for key, modifier in (
        (Qt.Key.Key_F8, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_F3, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
    ):
        checkin.key(key, modifier)
    assert checkin.visits(known.sima) == []
    assert desk.window.current_page().page_id == "checkin"  # page keys wait too
    assert desk.gate.locked
