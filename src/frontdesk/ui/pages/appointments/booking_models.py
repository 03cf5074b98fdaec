"""The booking dialog's lists: the services, the free slots grouped by day (a day's title row, then its slots), and a
previewed series' dates. Fed whole rows, no I/O."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from frontdesk.ui.pages.appointments import booking_words as words

if TYPE_CHECKING:
    from frontdesk.core.services.appointments import BookableService, FreeSlot, SeriesDate

Index = QModelIndex | QPersistentModelIndex
GREY = QColor("#8A96A3")
REFUSAL = QColor("#C0392B")


class ServiceModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[BookableService] = []

    def set_rows(self, rows: Sequence[BookableService]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def service(self, row: int) -> BookableService:
        return self._rows[row]

    def row_of(self, service_id: int) -> int | None:
        return next((i for i, s in enumerate(self._rows) if s.service_id == service_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        service = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return words.service_text(service.name, service.duration_min, service.fasting, service.price_cents)
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [service.partner_name or "", service.place or ""]
            if service.bring:
                parts.append(QCoreApplication.translate("Booking", "Bring: {what}").format(what=service.bring))
            return " · ".join(p for p in parts if p) or None
        return None


@dataclass(frozen=True)
class SlotRow:
    """A day's title (``slot`` None) or one slot under it."""

    day: date
    slot: FreeSlot | None = None


class SlotModel(QAbstractListModel):
    """Free slots of the coming days, a title row before each day's (the view's arrows skip the titles). A full slot
    is shown greyed, with 已满 in words, and is not booked: the cursor may rest on it to join that day's 候补."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[SlotRow] = []

    def set_slots(self, slots: Sequence[FreeSlot], person_id: int | None = None) -> None:
        self.beginResetModel()
        self._rows = []
        last: date | None = None
        for slot in sorted(slots, key=lambda s: (s.starts_at, s.person_name)):
            if person_id is not None and slot.person_id != person_id:
                continue
            day = slot.starts_at.date()
            if day != last:
                self._rows.append(SlotRow(day))
                last = day
            self._rows.append(SlotRow(day, slot))
        self.endResetModel()

    def row(self, row: int) -> SlotRow:
        return self._rows[row]

    def first_bookable(self) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.slot is not None and r.slot.free > 0), None)

    def row_of(self, starts_at, person_id: int) -> int | None:
        return next(
            (
                i
                for i, r in enumerate(self._rows)
                if r.slot is not None and r.slot.starts_at == starts_at and r.slot.person_id == person_id
            ),
            None,
        )

    def day_full(self, day: date) -> bool:
        """Every slot of ``day`` shown is full (候补 then makes sense)."""
        slots = [r.slot for r in self._rows if r.day == day and r.slot is not None]
        return bool(slots) and all(s.free <= 0 for s in slots)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        row = self._rows[index.row()]
        if row.slot is None:
            return Qt.ItemFlag.NoItemFlags  # a day's title
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        slot = row.slot
        if role == Qt.ItemDataRole.DisplayRole:
            if slot is None:
                return words.day_text(row.day)
            text = f"    {words.time_text(slot.starts_at)}–{words.time_text(slot.ends_at)}  {slot.person_name}"
            return f"{text}  · {words.free_text(slot.free)}"
        if role == Qt.ItemDataRole.FontRole and slot is None:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and slot is not None and slot.free <= 0:
            return QBrush(GREY)
        return None


class SeriesModel(QAbstractListModel):
    """A previewed series: each date, bookable or why not (in red, with words: colour is never the only sign)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[SeriesDate] = []

    def set_rows(self, rows: Sequence[SeriesDate]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def dates(self) -> list[SeriesDate]:
        return list(self._rows)

    def texts(self) -> list[str]:
        return [self.data(self.index(row)) for row in range(len(self._rows))]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return words.series_date_text(row.day, row.starts_at, row.problem)
        if role == Qt.ItemDataRole.ForegroundRole and row.problem is not None:
            return QBrush(REFUSAL)
        return None
