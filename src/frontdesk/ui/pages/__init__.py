"""One module per page of the main window: a ``QWidget`` with ``page_id``, ``icon_name`` and ``title()``."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QWidget


class Page(Protocol):
    """What the main window needs from a page (besides being a QWidget)."""

    page_id: str  # also the objectName suffix: page_<page_id>
    icon_name: str  # an SVG in resources/icons

    def title(self) -> str: ...


def as_widget(page: Page) -> QWidget:
    assert isinstance(page, QWidget)
    return page
