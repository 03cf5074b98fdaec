"""预约 Appointments: the care station's day, its services and providers, and the community partners.

The page is a set of tabs, each a widget of its own module that takes the desk's services when the database opens
(``attach``) and the person at the desk when they sign in (``set_actor``): the station's agenda, the service
catalogue with the providers' hours, and the 社区合伙人 registry.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from frontdesk.ui.pages.specs import page_title

if TYPE_CHECKING:
    from frontdesk.core.access import Actor
    from frontdesk.ui.common.services import DeskServices


class PageTab(Protocol):
    """What a tab of this page offers the page."""

    def attach(self, services: DeskServices) -> None: ...

    def set_actor(self, actor: Actor | None) -> None: ...


class AppointmentsPage(QWidget):
    page_id = "appointments"
    icon_name = "appointments"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_appointments")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("appointmentsTabs")
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

    def title(self) -> str:
        return page_title(self.page_id)
