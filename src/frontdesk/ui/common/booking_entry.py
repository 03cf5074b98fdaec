"""How a page opens the booking dialog without importing the 预约 page's package (a page never imports another): the
composition root (:mod:`frontdesk.ui.shell.app`) hands each page that offers 预约… one :class:`OpenBooking`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QWidget

    from frontdesk.ui.common.services import DeskServices


class OpenBooking(Protocol):
    def __call__(self, services: DeskServices, actor: Any, resident_id: int, name: str, *, parent: QWidget) -> QDialog:
        """Open (non-blocking) the booking dialog for the resident; return it."""
        ...
