"""The filters over the registry table: community, flags (独居, 低保 …), archived, and the order of the rows."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFrame, QLabel, QWidget

from frontdesk.ui.common import resident_words as words
from frontdesk.ui.common.flow_layout import FlowLayout, group


@dataclass(frozen=True)
class TableQuery:
    """What the table shows, in plain values (turned into the core's RegistryFilter and Sort by the page)."""

    community: str | None = None
    flags: frozenset[str] = frozenset()  # keys of words.FLAGS: the core's registry Flag values
    archived: bool = False
    sort: str = "name"  # a key of words.SORTS: the core's registry Sort value


class FilterBar(QFrame):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("residentsFilters")
        self.community = QComboBox()
        self.community.setObjectName("residentsFilterCommunity")
        self.community.setToolTip(self.tr("Show the residents of one community"))
        self.community.addItem(self.tr("All communities"), None)
        self.sort = QComboBox()
        self.sort.setObjectName("residentsSort")
        for key, source in words.SORTS.items():
            self.sort.addItem(words.t(source), key)
        self.flags: dict[str, QCheckBox] = {}
        for key, source in words.FLAGS.items():
            box = QCheckBox(words.t(source))
            box.setObjectName(f"residentsFlag_{key}")
            box.toggled.connect(self.changed)
            self.flags[key] = box
        self.archived = QCheckBox(self.tr("Archived"))
        self.archived.setObjectName("residentsArchived")
        self.archived.setToolTip(self.tr("Show the archived residents (moved away, deceased, merged) instead"))
        self.archived.toggled.connect(self.changed)
        for combo in (self.community, self.sort):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.community.currentIndexChanged.connect(self.changed)
        self.sort.currentIndexChanged.connect(self.changed)

        row = FlowLayout(self, spacing=14)  # wraps onto a second row on a narrow screen
        caption = QLabel(self.tr("Only:"))
        caption.setObjectName("hint")
        boxes = list(self.flags.values())
        row.addWidget(group(caption, boxes[0], spacing=14))
        for box in boxes[1:]:
            row.addWidget(box)
        row.addWidget(self.archived)

    def query(self) -> TableQuery:
        return TableQuery(
            community=self.community.currentData(),
            flags=frozenset(key for key, box in self.flags.items() if box.isChecked()),
            archived=self.archived.isChecked(),
            sort=self.sort.currentData() or "name",
        )

    def set_communities(self, names: Sequence[str]) -> None:
        """Refill the community list, keeping the chosen one (quietly: no ``changed`` for a refill)."""
        chosen = self.community.currentData()
        self.community.blockSignals(True)
        try:
            while self.community.count() > 1:
                self.community.removeItem(1)
            for name in names:
                self.community.addItem(name, name)
            found = self.community.findData(chosen) if chosen else 0
            self.community.setCurrentIndex(max(found, 0))
        finally:
            self.community.blockSignals(False)
        if chosen and self.community.currentData() != chosen:
            self.changed.emit()  # the chosen community has no residents left
