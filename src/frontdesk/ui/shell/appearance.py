"""Fonts and the style sheet: the bundled Noto Sans SC as the application font, and the "large text" option.

The font is registered at start, so Chinese renders on a machine with no Chinese fonts installed. Sizes are in
points and go into the style sheet template (``resources/styles/frontdesk.qss``) as ``$base_pt`` and friends, so the
large-text option changes every size at once, live.
"""

from __future__ import annotations

import logging
from string import Template

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from frontdesk import paths

log = logging.getLogger(__name__)

FONT_FILES = ("NotoSansSC-Regular.ttf", "NotoSansSC-Bold.ttf")
FALLBACK_FAMILY = "Noto Sans SC"
NORMAL_PT = 11  # readable from a step back
LARGE_PT = 14  # for staff with weak eyes


def register_fonts() -> str:
    """Register the bundled fonts with Qt (once per process); return the family name to use."""
    if FALLBACK_FAMILY in QFontDatabase.families():
        return FALLBACK_FAMILY  # already registered (or installed on this machine)
    family = FALLBACK_FAMILY
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(paths.resource("fonts", name)))
        if font_id < 0:
            log.warning("could not register font %s", name)
            continue
        families = QFontDatabase.applicationFontFamilies(font_id)
        if families:
            family = families[0]
    return family


def sizes(large: bool) -> dict[str, int]:
    base = LARGE_PT if large else NORMAL_PT
    return {
        "base_pt": base,
        "hint_pt": base - 1,
        "heading_pt": base + 3,
        "title_pt": base + 7,
        "nav_pt": base + 1,
    }


class Appearance:
    """Applies font and style sheet to the application; call :meth:`apply` again when large text is toggled."""

    def __init__(self, app: QApplication, family: str) -> None:
        self._app = app
        self._family = family
        self._template = Template(paths.resource("styles", "frontdesk.qss").read_text(encoding="utf-8"))

    @property
    def family(self) -> str:
        return self._family

    def apply(self, *, large: bool) -> None:
        values = sizes(large)
        font = QFont(self._family)
        font.setPointSize(values["base_pt"])
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        self._app.setFont(font)
        icons = paths.resource("icons").as_posix()  # QSS wants forward slashes, on Windows too
        self._app.setStyleSheet(self._template.substitute(family=self._family, icons=icons, **values))
