"""What a block of the rooms' week opens until the roster dialog of the attendance tab takes over (the week tab's
``set_opener``): a session's enrolled residents and who is marked present, or a booking's facts. Read-only."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from frontdesk.ui.common.form_parts import CellsModel
from frontdesk.ui.pages.classes import week_words as words

if TYPE_CHECKING:
    from frontdesk.core.services.room_week import RosterRow, WeekBlock


class BlockDetails(QDialog):
    """A block's facts (what, when, where, who) and, for a session, its roster: name and 已到 / 未到."""

    def __init__(self, block: WeekBlock, room: str, roster: Sequence[RosterRow] | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("roomsWeekDetails")
        self.setWindowTitle(block.title)
        layout = QVBoxLayout(self)
        facts = QLabel(words.block_tip(block, room))
        facts.setObjectName("roomsWeekDetailsFacts")
        facts.setWordWrap(True)
        facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(facts)
        self.roster: CellsModel | None = None
        if roster is not None:
            present = sum(1 for row in roster if row.present)
            count = QLabel(
                QCoreApplication.translate("RoomsWeek", "Enrolled: {n} · present: {present}").format(
                    n=len(roster), present=present
                )
            )
            count.setWordWrap(True)
            layout.addWidget(count)
            self.roster = CellsModel(
                [QCoreApplication.translate("RoomsWeek", "Resident"),
                 QCoreApplication.translate("RoomsWeek", "Present")],
                _roster_cells, self,
            )  # fmt: skip
            self.roster.set_rows(roster)
            table = QTableView()
            table.setObjectName("roomsWeekRoster")
            table.setModel(self.roster)
            table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
            table.verticalHeader().hide()
            table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
            layout.addWidget(table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def _roster_cells(row: Any) -> Sequence[str]:
    if row.present:
        return [row.name, QCoreApplication.translate("RoomsWeek", "✓ present")]
    return [row.name, QCoreApplication.translate("RoomsWeek", "— not yet")]
