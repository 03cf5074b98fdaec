"""The agenda's table models: the day's slots, the selected slot's bookings, the station's queue, the waiting list,
the 未到 to review and the week. Each is fed whole rows (``set_rows``) and does no I/O."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from frontdesk.ui.pages.appointments import agenda_words as words
from frontdesk.ui.pages.appointments.agenda_day import DayAgenda, SlotLine, WeekAgenda

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex
ROW_KEY = Qt.ItemDataRole.UserRole + 1  # a stable key of the row, to keep the selection across a refresh


class RowsModel(QAbstractTableModel, Generic[R]):
    """Rows of ``R`` shown through one function per column."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[R] = []

    def headers(self) -> list[str]:
        raise NotImplementedError

    def cell(self, row: R, column: int) -> str:
        raise NotImplementedError

    def key(self, row: R) -> Any:
        return id(row)

    def colour(self, row: R, column: int) -> Any:
        return None

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, index: int) -> R | None:
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def find(self, key: Any) -> int:
        for number, row in enumerate(self.rows):
            if self.key(row) == key:
                return number
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            headers = self.headers()
            return headers[section] if 0 <= section < len(headers) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(row, index.column())
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.colour(row, index.column())
        if role == ROW_KEY:
            return self.key(row)
        return None


class SlotModel(RowsModel[SlotLine]):
    TIME, SERVICE, PROVIDER, BOOKED, FREE = range(5)

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("AgendaModels", "Time"),
            QCoreApplication.translate("AgendaModels", "Service"),
            QCoreApplication.translate("AgendaModels", "Provider"),
            QCoreApplication.translate("AgendaModels", "Booked / places"),
            QCoreApplication.translate("AgendaModels", "Free"),
        ]

    def cell(self, row: SlotLine, column: int) -> str:
        if column == self.TIME:
            return f"{row.starts_at:%H:%M}–{row.ends_at:%H:%M}"
        if column == self.SERVICE:
            return row.service_name
        if column == self.PROVIDER:
            return row.person_name
        if column == self.BOOKED:
            return f"{row.taken}/{row.places}"
        if column == self.FREE:
            return QCoreApplication.translate("AgendaModels", "Full") if row.free == 0 else str(row.free)
        return ""

    def colour(self, row: SlotLine, column: int) -> Any:
        if column == self.FREE and row.free == 0:
            return words.AMBER
        return None

    def key(self, row: SlotLine) -> Any:
        return row.key


class BookingModel(RowsModel[Any]):
    """The selected slot's appointments: who, status in words, 现场, 第n次, 排队号."""

    NAME, STATUS, WALK_IN, SERIES, NUMBER = range(5)

    def __init__(self) -> None:
        super().__init__()
        self.numbers: dict[int, int] = {}
        self.series: dict[int, int] = {}

    def show(self, rows: Sequence[Any], agenda: DayAgenda | None) -> None:
        self.numbers = dict(agenda.numbers) if agenda else {}
        self.series = dict(agenda.series) if agenda else {}
        self.set_rows(rows)

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("AgendaModels", "Resident"),
            QCoreApplication.translate("AgendaModels", "Status"),
            QCoreApplication.translate("AgendaModels", "Walk-in"),
            QCoreApplication.translate("AgendaModels", "Series"),
            QCoreApplication.translate("AgendaModels", "Queue no."),
        ]

    def cell(self, row: Any, column: int) -> str:
        if column == self.NAME:
            return row.resident_name
        if column == self.STATUS:
            text = words.status_text(row.status.value)
            return f"{text}（{row.cancel_reason}）" if row.cancel_reason and row.status.value == "cancelled" else text
        if column == self.WALK_IN:
            return QCoreApplication.translate("AgendaModels", "Walk-in") if row.walk_in else ""
        if column == self.SERIES:
            return words.series_text(self.series.get(row.appointment_id))
        if column == self.NUMBER:
            return words.queue_number(self.numbers.get(row.appointment_id))
        return ""

    def colour(self, row: Any, column: int) -> Any:
        return words.status_colour(row.status.value) if column in (self.NAME, self.STATUS) else None

    def key(self, row: Any) -> Any:
        return row.appointment_id

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.FontRole and index.isValid() and index.column() == self.STATUS:
            row = self.rows[index.row()]
            if row.status.value in ("arrived", "in_service"):
                font = QFont()
                font.setBold(True)
                return font
        return super().data(index, role)


class QueueModel(RowsModel[Any]):
    NUMBER, NAME, SERVICE, SINCE = range(4)

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("AgendaModels", "No."),
            QCoreApplication.translate("AgendaModels", "Resident"),
            QCoreApplication.translate("AgendaModels", "Service"),
            QCoreApplication.translate("AgendaModels", "Waiting since / called"),
        ]

    def cell(self, row: Any, column: int) -> str:
        if column == self.NUMBER:
            return words.queue_number(row.number)
        if column == self.NAME:
            return row.resident_name
        if column == self.SERVICE:
            return row.service_name
        if column == self.SINCE:
            if row.called_at is not None and row.status.value == "called":
                return QCoreApplication.translate("AgendaModels", "Called {time}").format(time=f"{row.called_at:%H:%M}")
            if row.status.value == "waiting":
                return QCoreApplication.translate("AgendaModels", "Since {time}").format(time=f"{row.joined_at:%H:%M}")
            return words.queue_status_text(row.status.value)
        return ""

    def colour(self, row: Any, column: int) -> Any:
        return words.BLUE if row.status.value == "called" else None

    def key(self, row: Any) -> Any:
        return row.entry_id


class WaitModel(RowsModel[Any]):
    POSITION, NAME, STATUS = range(3)

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("AgendaModels", "No."),
            QCoreApplication.translate("AgendaModels", "Resident"),
            QCoreApplication.translate("AgendaModels", "Status"),
        ]

    def cell(self, row: Any, column: int) -> str:
        if column == self.POSITION:
            return str(row.position)
        if column == self.NAME:
            return row.resident_name
        if column == self.STATUS:
            text = words.wait_status_text(row.status.value)
            if row.offered_starts_at is not None and row.status.value == "offered":
                return f"{text} {row.offered_starts_at:%H:%M}"
            return text
        return ""

    def key(self, row: Any) -> Any:
        return row.entry_id


class NoShowModel(RowsModel[Any]):
    WHEN, NAME, SERVICE = range(3)

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("AgendaModels", "When"),
            QCoreApplication.translate("AgendaModels", "Resident"),
            QCoreApplication.translate("AgendaModels", "Service"),
        ]

    def cell(self, row: Any, column: int) -> str:
        if column == self.WHEN:
            return words.slot_when(row.starts_at)
        if column == self.NAME:
            return row.resident_name
        if column == self.SERVICE:
            return row.service_name
        return ""

    def key(self, row: Any) -> Any:
        return row.appointment_id


class WeekModel(QAbstractTableModel):
    """Rows: the services; columns: Monday to Sunday, each "booked/places" and the free places, or the closed day's
    holiday name."""

    def __init__(self) -> None:
        super().__init__()
        self.week: WeekAgenda | None = None

    def set_week(self, week: WeekAgenda) -> None:
        self.beginResetModel()
        self.week = week
        self.endResetModel()

    def day_of(self, column: int) -> date | None:
        return self.week.days[column] if self.week and 0 <= column < 7 else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.week is None else len(self.week.services)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or self.week is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return words.day_lines(self.week.days[section]) if 0 <= section < 7 else None
        services = self.week.services
        return services[section].name if 0 <= section < len(services) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.week is None:
            return None
        day = self.week.days[index.column()]
        service = self.week.services[index.row()]
        if day in self.week.closed:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):  # elided in a narrow column
                return words.holiday_text(self.week.closed[day])
            if role == Qt.ItemDataRole.ForegroundRole:
                return words.GREY
            return None
        cell = self.week.cells.get((day, service.service_id))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if cell is None or cell.slots == 0:
                return QCoreApplication.translate("AgendaModels", "No slots")
            # two lines: a seventh of a small screen holds "12/12" and "0 free" each, not both side by side
            return QCoreApplication.translate("AgendaModels", "{booked}/{places}\n{free} free").format(
                booked=cell.booked, places=cell.places, free=cell.free
            )
        if role == Qt.ItemDataRole.ForegroundRole and cell is not None and cell.slots and cell.free == 0:
            return words.AMBER
        return None
