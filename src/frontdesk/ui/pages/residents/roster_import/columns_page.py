"""Step 2, 对应列: which row is the header and which field each column fills, over the file's first rows.

The detected mapping comes filled in; the user changes a column's field in its chooser (the table's first row) or
picks another header row. Only the name is required; a field chosen for two columns is refused in words, and the
fields the file does not have are said, so nobody wonders where the ID numbers went.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTableView, QVBoxLayout, QWizardPage

from frontdesk.ui.common.widgets import WrappedLabel
from frontdesk.ui.pages.residents.roster_import import words
from frontdesk.ui.pages.residents.roster_import.models import FIELD_ROW, ColumnsModel, cell_text, column_letter

if TYPE_CHECKING:
    from frontdesk.core.importing.plan import ColumnMapping, SheetTable
    from frontdesk.ui.pages.residents.roster_import.wizard import RosterImportWizard

HEADER_CHOICES = 12  # the rows offered as the header: a roster's header is among its first few
REQUIRED = ("name",)  # 姓名: a resident needs no more
COMBO_CHARACTERS = 7  # a field chooser's width, in characters: 出生日期, 身份证号 show whole
WORTH_SAYING = ("gender", "birth_date", "id_number", "phone", "community")  # said when the file lacks them


def header_texts(table: SheetTable, header_rows: Sequence[int]) -> tuple[str, ...]:
    """Each column's header as shown and matched: the levels of a two-row header joined by a space, as the core
    detects them ("紧急联系人 电话"); a cell merged over both levels is said once."""
    width = max((len(table.rows[i]) for i in header_rows), default=0)
    texts = []
    for column in range(width):
        parts: list[str] = []
        for i in header_rows:
            cells = table.rows[i]
            text = " ".join(cell_text(cells[column]).split()) if column < len(cells) else ""
            if text and text not in parts:
                parts.append(text)
        texts.append(" ".join(parts))
    return tuple(texts)


def detected_fields(headers: Sequence[str]) -> tuple[str | None, ...]:
    """The field each header names (the core's spellings), each field for its first column only; a serial-number
    or reason column, and one nobody knows, are not imported."""
    from frontdesk.core.importing.columns import IGNORED, field_for

    taken: set[str] = set()
    fields: list[str | None] = []
    for header in headers:
        field = field_for(header) if header else None
        if field == IGNORED or field in taken:
            field = None
        if field is not None:
            taken.add(field)
        fields.append(field)
    return tuple(fields)


def duplicated(fields: Sequence[str | None]) -> dict[str, list[int]]:
    """Fields chosen for more than one column, with those columns."""
    seen: dict[str, list[int]] = {}
    for column, field in enumerate(fields):
        if field:
            seen.setdefault(field, []).append(column)
    return {field: columns for field, columns in seen.items() if len(columns) > 1}


class ColumnsPage(QWizardPage):
    def __init__(self, owner: RosterImportWizard) -> None:
        super().__init__()
        self.setObjectName("importColumnsPage")
        self._owner = owner
        self.setTitle(self.tr("Match the columns"))
        intro = WrappedLabel(
            self.tr(
                "Check which detail each column of the file holds; the first rows of the file are shown under "
                "its header. Only the name is required. Columns set to “Not imported” are left out."
            )
        )
        self.header_row = QComboBox()
        self.header_row.setObjectName("importHeaderRow")
        self.header_row.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.header_row.setMinimumContentsLength(12)
        header_label = QLabel(self.tr("&Header row"))
        header_label.setBuddy(self.header_row)
        self.model = ColumnsModel(self)
        self.table = QTableView()
        self.table.setObjectName("importColumns")
        self.table.setModel(self.model)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the choosers and the wizard's buttons
        self.message = WrappedLabel()
        self.message.setObjectName("importColumnsMessage")
        self.combos: list[QComboBox] = []

        row = QHBoxLayout()
        row.addWidget(header_label)
        row.addWidget(self.header_row, 1)
        column = QVBoxLayout(self)
        column.addWidget(intro)
        column.addLayout(row)
        column.addWidget(self.table, 1)
        column.addWidget(self.message)
        self.header_row.activated.connect(self._header_chosen)

    # -- filling ------------------------------------------------------------------------------------------------
    def initializePage(self) -> None:
        table, mapping = self._owner.table, self._owner.mapping
        if table is None or mapping is None:
            return
        self._offer_header_rows(table, mapping)
        self._show(table, mapping)
        if self.combos:
            self.combos[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def _offer_header_rows(self, table: SheetTable, mapping: ColumnMapping) -> None:
        self.header_row.clear()
        choices: list[tuple[int, ...]] = []
        if len(mapping.header_rows) > 1:
            choices.append(tuple(mapping.header_rows))
        choices += [(i,) for i in range(min(HEADER_CHOICES, len(table.rows)))]
        for rows in choices:
            self.header_row.addItem(self._header_choice_text(table, rows), rows)
        self.header_row.setCurrentIndex(max(0, choices.index(tuple(mapping.header_rows))
                                            if tuple(mapping.header_rows) in choices else 0))  # fmt: skip

    def _header_choice_text(self, table: SheetTable, rows: tuple[int, ...]) -> str:
        texts = [text for text in header_texts(table, rows) if text][:4]
        lines = [table.lines[i] for i in rows]
        where = (
            self.tr("Row {line}").format(line=lines[0])
            if len(lines) == 1
            else self.tr("Rows {first}–{last}").format(first=lines[0], last=lines[-1])
        )
        return f"{where}: {'、'.join(texts)}" if texts else where

    def _show(self, table: SheetTable, mapping: ColumnMapping) -> None:
        self.model.show(table, mapping.header_rows, mapping.headers, mapping.fields)
        self._make_combos(mapping)
        self._check()

    def _make_combos(self, mapping: ColumnMapping) -> None:
        self.combos = []
        header = self.table.horizontalHeader()
        minimums: dict[str, int] = {}
        previous = self.header_row
        for column in range(self.model.columnCount()):
            combo = self._field_combo(column, mapping.fields[column] if column < len(mapping.fields) else None)
            self.table.setIndexWidget(self.model.index(FIELD_ROW, column), combo)
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            width = max(combo.sizeHint().width(), header.fontMetrics().horizontalAdvance(title) + 16) + 8
            header.resizeSection(column, width)
            minimums[str(column)] = width
            self.setTabOrder(previous, combo)
            previous = combo
            self.combos.append(combo)
        self.table.setProperty("columnMinimums", minimums)
        self.table.verticalHeader().resizeSection(FIELD_ROW, max(
            self.table.verticalHeader().defaultSectionSize(), *(c.sizeHint().height() + 4 for c in self.combos[:1])
        ))  # fmt: skip

    def _field_combo(self, column: int, field: str | None) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(f"importField_{column}")
        combo.setToolTip(self.tr("What column {letter} holds").format(letter=column_letter(column)))
        combo.addItem(self.tr("Not imported"), None)
        for name in self._owner.offered_fields():
            combo.addItem(words.field_name(name), name)
        combo.setCurrentIndex(max(0, combo.findData(field)) if field else 0)
        # As narrow as a short field's name (the columns sit side by side); the list opens as wide as its longest.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(COMBO_CHARACTERS)
        combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
        combo.activated.connect(lambda _index, c=column: self._field_chosen(c))
        return combo

    # -- choosing -----------------------------------------------------------------------------------------------
    def _field_chosen(self, column: int) -> None:
        mapping = self._owner.mapping
        if mapping is None:
            return
        fields = list(mapping.fields) + [None] * (len(self.combos) - len(mapping.fields))
        fields[column] = self.combos[column].currentData()
        self._owner.mapping = replace(mapping, fields=tuple(fields))
        self.model.fields = fields
        index = self.model.index(FIELD_ROW, column)
        self.model.dataChanged.emit(index, index)
        self._check()

    def choose_field(self, column: int, field: str | None) -> None:
        """Set column ``column`` to ``field`` (None: not imported), as choosing it in its chooser does."""
        combo = self.combos[column]
        combo.setCurrentIndex(combo.findData(field) if field else 0)
        self._field_chosen(column)

    def _header_chosen(self, index: int) -> None:
        table = self._owner.table
        rows = self.header_row.itemData(index)
        if table is None or rows is None:
            return
        self._owner.mapping = self._owner.mapping_for(table, tuple(rows))
        self._show(table, self._owner.mapping)

    # -- what is missing ----------------------------------------------------------------------------------------
    def problems(self) -> list[str]:
        """Why the columns cannot be used as chosen (nothing: they can)."""
        mapping = self._owner.mapping
        if mapping is None:
            return []
        found: list[str] = []
        for field, columns in duplicated(mapping.fields).items():
            found.append(
                self.tr("“{field}” is chosen for columns {columns}: choose it for one column only.").format(
                    field=words.field_name(field), columns=QCoreApplication.translate("RosterImport", ", ").join(
                        column_letter(c) for c in columns)
                )
            )  # fmt: skip
        for field in REQUIRED:
            if field not in mapping.fields:
                found.append(
                    self.tr("Choose the column that holds the {field}: it is required.").format(
                        field=words.field_name(field)
                    )
                )
        return found

    def _check(self) -> None:
        found = self.problems()
        mapping = self._owner.mapping
        if found:
            self.message.setText("\n".join(found))
            self.message.setProperty("tone", "refusal")
        else:
            lacking = [field for field in WORTH_SAYING if mapping is not None and field not in mapping.fields]
            self.message.setText(
                self.tr("Not in the file: {fields}. Those details stay empty for new residents.").format(
                    fields=QCoreApplication.translate("RosterImport", ", ").join(words.field_name(f) for f in lacking)
                )
                if lacking
                else self.tr("The name and the main details are matched. Next checks each row.")
            )
            self.message.setProperty("tone", "hint")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._owner.mapping is not None and not self.problems()
