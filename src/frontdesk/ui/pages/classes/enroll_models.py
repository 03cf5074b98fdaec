"""The enroll dialog's table: the courses open to enroll, filtered by what is typed (the title's first characters, any
part of it, or its pinyin initials). Whole rows set at once; no I/O."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from frontdesk.ui.pages.classes import enroll_words as words

if TYPE_CHECKING:
    from frontdesk.core.services.enrollment_offer import OpenCourse


class OfferColumn(enum.IntEnum):
    TITLE = 0
    WHEN = 1
    ROOM = 2
    INSTRUCTOR = 3
    PLACES = 4
    FEE = 5
    MINE = 6


def _headers() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("Enrollment", "Course"),
        QCoreApplication.translate("Enrollment", "When"),
        QCoreApplication.translate("Enrollment", "Room"),
        QCoreApplication.translate("Enrollment", "Instructor"),
        QCoreApplication.translate("Enrollment", "Places"),
        QCoreApplication.translate("Enrollment", "Fee"),
        QCoreApplication.translate("Enrollment", "Resident"),
    )


def matches(course: OpenCourse, typed: str) -> bool:
    typed = typed.strip().lower()
    if not typed:
        return True
    return typed in course.title.lower() or course.initials.startswith(typed.replace(" ", ""))


class OfferModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[OpenCourse] = []
        self._typed = ""
        self.rows: list[OpenCourse] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_courses(self, courses: Iterable[OpenCourse]) -> None:
        self._all = list(courses)
        self._refilter()

    def set_filter(self, typed: str) -> None:
        self._typed = typed
        self._refilter()

    def _refilter(self) -> None:
        self.beginResetModel()
        self.rows = [course for course in self._all if matches(course, self._typed)]
        self.endResetModel()

    def course(self, row: int) -> OpenCourse | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, course_id: int | None) -> int | None:
        return next((i for i, c in enumerate(self.rows) if c.course_id == course_id), None)

    def titles(self) -> list[str]:
        return [course.title for course in self.rows]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(OfferColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _headers()[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        course = self.course(index.row()) if index.isValid() else None
        if course is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cell(course, OfferColumn(index.column()))
        if role == Qt.ItemDataRole.FontRole and index.column() == OfferColumn.TITLE:
            return self._bold
        return None

    @staticmethod
    def cell(course: OpenCourse, column: OfferColumn) -> str:
        if column == OfferColumn.TITLE:
            return course.title
        if column == OfferColumn.WHEN:
            meetings = [(m.weekday, m.starts, m.ends) for m in course.meetings]
            return words.meetings_text(meetings, course.next_session)
        if column == OfferColumn.ROOM:
            return course.room_name
        if column == OfferColumn.INSTRUCTOR:
            return course.instructor_name or "—"
        if column == OfferColumn.PLACES:
            return words.places_text(course.free, course.waiting)
        if column == OfferColumn.FEE:
            return words.fee_text(course.fee_cents)
        return words.standing_text(str(course.mine) if course.mine else None, course.position)
