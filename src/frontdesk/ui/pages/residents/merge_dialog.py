"""合并: two records of one person become one. Staff choose the record to keep and see what moves before merging."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from frontdesk.ui.common import resident_words as words
from frontdesk.ui.common.widgets import resize_within_screen
from frontdesk.ui.common.wrapping_button import WrappingRadioButton

if TYPE_CHECKING:
    from frontdesk.core.services.registry import RegistryRow
    from frontdesk.core.services.residents import MergePreview


class MergeDialog(QDialog):
    """Opened with ``open()``. ``previews`` holds what each direction would do, keyed by (kept id, merged id)."""

    chosen = Signal(int, int)  # kept id, merged id

    def __init__(
        self,
        first: RegistryRow,
        second: RegistryRow,
        previews: Mapping[tuple[int, int], MergePreview],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.rows = (first, second)
        self.previews = previews
        title = self.tr("Merge two records")
        self.setWindowTitle(title)
        headline = QLabel(title)
        headline.setObjectName("dialogHeadline")
        explain = QLabel(
            self.tr(
                "For one person registered twice. Choose the record to keep: the other one's visits move to it, "
                "its empty fields are filled from the other, and the other record is archived. A merge can be undone."
            )
        )
        explain.setObjectName("hint")
        explain.setWordWrap(True)
        column = QVBoxLayout(self)
        column.setContentsMargins(20, 16, 20, 14)
        column.setSpacing(10)
        column.addWidget(headline)
        column.addWidget(explain)
        self.group = QButtonGroup(self)
        self.keep_buttons: list[QRadioButton] = []
        for number, row in enumerate(self.rows):
            button = WrappingRadioButton(self.tr("Keep: {record}").format(record=describe(row)))  # long: it wraps
            button.setObjectName("mergeKeepFirst" if number == 0 else "mergeKeepSecond")
            self.group.addButton(button, number)
            self.keep_buttons.append(button)
            column.addWidget(button)
        self.preview = QLabel()
        self.preview.setObjectName("mergePreview")
        self.preview.setWordWrap(True)
        column.addWidget(self.preview)
        box = QDialogButtonBox()
        self.merge_button = box.addButton(self.tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setObjectName("mergeConfirm")
        box.addButton(QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        column.addWidget(box)
        self.group.idToggled.connect(self._show_preview)
        self.keep_buttons[0].setChecked(True)
        resize_within_screen(self, 640, self.sizeHint().height())

    def kept_and_merged(self) -> tuple[RegistryRow, RegistryRow]:
        keep = self.group.checkedId()
        return self.rows[keep], self.rows[1 - keep]

    def _show_preview(self, _id: int, checked: bool) -> None:
        if not checked:
            return
        kept, merged = self.kept_and_merged()
        preview = self.previews.get((kept.resident_id, merged.resident_id))
        if preview is None:
            self.preview.setText("")
            self.merge_button.setEnabled(False)
            return
        if preview.conflict:
            conflict = words.t(words.REFUSALS["merge_conflict"])
            self.preview.setText(conflict.format(field=words.field_name(preview.conflict)))
            self.preview.setProperty("tone", "refusal")
            self.merge_button.setEnabled(False)
        else:
            filled = words.field_list(preview.fields_filled) or self.tr("nothing")
            self.preview.setText(
                self.tr(
                    "{name}'s record will get {visits} visits and these fields: {fields}. The other record is archived."
                ).format(name=kept.name, visits=preview.visits, fields=filled)
            )
            self.preview.setProperty("tone", "hint")
            self.merge_button.setEnabled(True)
        self.preview.style().unpolish(self.preview)
        self.preview.style().polish(self.preview)

    def accept(self) -> None:
        kept, merged = self.kept_and_merged()
        super().accept()
        self.chosen.emit(kept.resident_id, merged.resident_id)


def describe(row: RegistryRow) -> str:
    """王秀兰 · 女 · 81 岁 · 局前社区 · 1402**********2002 · 139****1234"""
    parts = [row.name, words.gender_word(row.gender)]
    if row.age is not None:
        parts.append(words.age_text(row.age))
    parts += [row.community or "", row.id_masked, row.phone_masked]
    return words.SEPARATOR.join(part for part in parts if part)
