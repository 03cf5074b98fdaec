"""归档: why a resident leaves the register (moved away, deceased, other) and a note; the record is kept."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from frontdesk.ui.common import resident_words as words
from frontdesk.ui.common.widgets import fit_wrapped_height

REASONS = ("moved", "deceased", "other")  # the core's ArchiveReason values a person can choose (not "merged")
NOTE_LIMIT = 200


class ArchiveDialog(QDialog):
    """Opened with ``open()``; :attr:`chosen` says the resident, the reason and the note when accepted."""

    chosen = Signal(int, str, str)  # resident id, reason, note

    def __init__(self, resident_id: int, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("archiveDialog")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.resident_id = resident_id
        title = self.tr("Archive {name}").format(name=name)
        self.setWindowTitle(title)
        headline = QLabel(title)
        headline.setObjectName("dialogHeadline")
        explain = QLabel(
            self.tr(
                "The record is kept with its history, but leaves search and the lists. It can be restored from "
                "“Archived” at any time."
            )
        )
        explain.setObjectName("hint")
        explain.setWordWrap(True)
        self.reasons = QButtonGroup(self)
        column = QVBoxLayout(self)
        column.setContentsMargins(20, 16, 20, 14)
        column.setSpacing(10)
        column.addWidget(headline)
        column.addWidget(explain)
        self.buttons: dict[str, QRadioButton] = {}
        for key in REASONS:
            button = QRadioButton(words.choice(words.ARCHIVE_REASONS, key))
            button.setObjectName(f"archive_{key}")
            self.reasons.addButton(button)
            self.buttons[key] = button
            column.addWidget(button)
        self.buttons["moved"].setChecked(True)
        self.note = QLineEdit()
        self.note.setObjectName("archiveNote")
        self.note.setMaxLength(NOTE_LIMIT)
        self.note.setPlaceholderText(self.tr("Note, e.g. moved to her daughter's in Taiyuan"))
        note_label = QLabel(self.tr("Note"))
        note_label.setBuddy(self.note)
        column.addWidget(note_label)
        column.addWidget(self.note)
        box = QDialogButtonBox()
        self.archive_button = box.addButton(self.tr("Archive"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.archive_button.setObjectName("archiveConfirm")
        box.addButton(QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        column.addWidget(box)
        self.setMinimumWidth(460)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_wrapped_height(self)  # the explanation wraps: as many lines as it takes at this width

    def reason(self) -> str:
        return next(key for key, button in self.buttons.items() if button.isChecked())

    def accept(self) -> None:
        super().accept()
        self.chosen.emit(self.resident_id, self.reason(), self.note.text().strip())
