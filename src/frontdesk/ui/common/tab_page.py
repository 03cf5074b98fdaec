"""A page made of tabs, each a widget of its own module that takes the desk's services when the database opens
(``attach``) and the person at the desk when they sign in (``set_actor``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from frontdesk.core.access import Actor
    from frontdesk.ui.common.services import DeskServices


class PageTab(Protocol):
    """What a tab offers its page."""

    def attach(self, services: DeskServices) -> None: ...

    def set_actor(self, actor: Actor | None) -> None: ...


class TabbedPage(QWidget):
    """The tabs fill the page (document mode: no frame around them); ``tabs_name`` is the tab widget's objectName."""

    def __init__(self, page_name: str, tabs_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(page_name)
        self.tabs = QTabWidget()
        self.tabs.setObjectName(tabs_name)
        self.tabs.setDocumentMode(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self._parts: list[PageTab] = []

    def add_tab(self, tab: QWidget, title: str) -> None:
        """Add ``tab`` (a :class:`PageTab`) in the order called."""
        self.tabs.addTab(tab, title)
        self._parts.append(tab)  # type: ignore[arg-type]

    def attach(self, services: DeskServices) -> None:
        for part in self._parts:
            part.attach(services)

    def set_actor(self, actor: Actor | None) -> None:
        for part in self._parts:
            part.set_actor(actor)
