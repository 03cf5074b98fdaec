"""How a page opens the enroll dialog (报名…) without importing the classes page's package (a page never imports
another): the composition root (:mod:`frontdesk.ui.shell.app`) hands each page that offers 报名… one
:class:`OpenEnroll`, as :mod:`frontdesk.ui.common.booking_entry` does for 预约…; and one :class:`OpenClasses` for the
resident's own courses (课程…)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QWidget

    from frontdesk.ui.common.services import DeskServices


class OpenEnroll(Protocol):
    def __call__(self, services: DeskServices, actor: Any, resident_id: int, name: str, *, parent: QWidget) -> QDialog:
        """Open (non-blocking) the enroll dialog for the resident; return it."""
        ...


class OpenClasses(Protocol):
    def __call__(self, services: DeskServices, actor: Any, resident_id: int, name: str, *, parent: QWidget) -> QDialog:
        """Open (non-blocking) the dialog of the resident's courses (enrollments, rates, coming sessions)."""
        ...
