"""A button that names its key ("签到  Enter") when there is room and says only its words when there is not.

The key hint is a help for new staff, not the button's meaning: on a narrow screen (1024×768 at 150 %) or with large
text the words must show whole rather than "签到 Ente". The tooltip always names the key.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from frontdesk.ui.common.short_text import ShortButton


class KeyButton(ShortButton):
    def __init__(self, words: str, key: str, parent: QWidget | None = None) -> None:
        super().__init__(f"{words}  {key}", words, parent)
        self._row: list[KeyButton] = [self]

    @staticmethod
    def in_a_row(*buttons: KeyButton) -> None:
        """Buttons side by side name their keys together or not at all (not "签到  Enter" beside a bare "签退")."""
        for button in buttons:
            button._row = list(buttons)

    def words(self) -> str:
        return self.short_text()

    def _choose(self) -> None:
        with_key = all(button.room_for_long() for button in getattr(self, "_row", [self]))
        for button in getattr(self, "_row", [self]):
            text = button.long_text() if with_key else button.short_text()
            if text != button.text():
                button.setText(text)
