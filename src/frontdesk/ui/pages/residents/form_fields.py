"""The resident form's fields, grouped as staff read a paper form, each with its own error line underneath.

Widgets are keyed by the core's ``ResidentInput`` attribute names, so a ``FieldError(field, code)`` from the
service lands beside the right box (``error_<field>``). Dates are typed (``1949-12-31``); what is typed is never
thrown away, even when it is not a date yet. On edit, the ID and phone numbers show masked (:mod:`.masked_edit`),
each kind with its own audited 显示.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from frontdesk.ui.common import resident_words as words
from frontdesk.ui.common.flow_layout import FlowLayout, group
from frontdesk.ui.pages.residents.masked_edit import MaskedLineEdit

TEXT_LIMITS = {  # the database's column sizes (PostgreSQL refuses longer text)
    "name": 40, "phone": 20, "phone2": 20, "community": 40, "building": 20, "unit": 20, "room": 20,
    "address_detail": 120, "emergency_name": 40, "emergency_relation": 20, "emergency_phone": 20,
    "card_number": 32, "chronic_conditions": 500, "allergies": 500,
}  # fmt: skip
DATE_FIELDS = ("birth_date", "consent_date")
PHONE_FIELDS = ("phone", "phone2", "emergency_phone")  # core: validation.PHONE_FIELDS
MASKED_FIELDS = ("id_number", *PHONE_FIELDS)  # shown masked on edit (core: validation.MASKED_FIELDS)
HEALTH_FIELDS = ("chronic_conditions", "allergies")  # only for staff who may see health data (core: HEALTH_FIELDS)
CHECK_FIELDS = ("lives_alone", "empty_nest", "low_income")
CHOICE_FIELDS = {"gender": words.GENDERS, "disability": words.DISABILITY, "mobility_aid": words.MOBILITY_AIDS}
_DATE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")


def parse_date(text: str) -> date | None:
    """A typed date: ``1949-12-31``, ``1949/12/31``, ``1949.12.31``, ``1949年12月31日`` or ``19491231``; ``None``
    when empty. Raises ValueError for anything else."""
    value = text.strip().translate({0xFF10 + d: str(d) for d in range(10)})
    if not value:
        return None
    if len(value) == 8 and value.isascii() and value.isdigit():
        return date(int(value[:4]), int(value[4:6]), int(value[6:]))
    found = _DATE.fullmatch(value)
    if not found:
        raise ValueError(text)
    return date(*(int(part) for part in found.groups()))


class FormFields(QWidget):
    """Every input of the form in two columns of groups; reads and fills them and shows their errors."""

    edited = Signal(str)  # a field changed (its name)

    def __init__(self, communities: Iterable[str], *, health: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.health = health  # False: the health fields are not made at all (not merely hidden or greyed)
        self.widgets: dict[str, QWidget] = {}
        self.groups: dict[str, QGroupBox] = {}
        self.errors: dict[str, QLabel] = {}
        self.id_number = MaskedLineEdit(24)  # room for spaces staff may type between groups of digits
        self.id_number.setObjectName("field_id_number")
        self.id_number.setPlaceholderText(self.tr("18 characters; fills date of birth and sex"))
        self.masked: dict[str, MaskedLineEdit] = {"id_number": self.id_number}
        self.masked.update((name, MaskedLineEdit(TEXT_LIMITS[name], "151****90970")) for name in PHONE_FIELDS)
        self.reveal = QPushButton(self.tr("Show"))
        self.reveal.setObjectName("residentRevealId")
        self.reveal.setToolTip(self.tr("Show the full ID number (written to the audit log)"))
        self.reveal_phones = QPushButton(self.tr("Show"))
        self.reveal_phones.setObjectName("residentRevealPhones")
        self.reveal_phones.setToolTip(
            self.tr("Show the full phone numbers, the emergency contact's too (written to the audit log)")
        )
        self.id_feedback = QLabel()
        self.id_feedback.setObjectName("idFeedback")
        self.id_feedback.setWordWrap(True)
        self.id_feedback.hide()
        self._build(list(communities))

    # -- building -----------------------------------------------------------------------------------------------
    def _build(self, communities: list[str]) -> None:
        self._make_widgets(communities)
        self._connect()
        left = self._column([
            ("basicGroup", self.tr("Basic information"), [("name",), ("gender", "birth_date"), ("id_number",)]),
            ("contactGroup", self.tr("Contact"), [
                ("phone", "phone2"), ("community",), ("building", "unit", "room"), ("address_detail",),
            ]),
            ("emergencyGroup", self.tr("Emergency contact"), [
                ("emergency_name", "emergency_relation"), ("emergency_phone",),
            ]),
        ])  # fmt: skip
        right = self._column([
            ("careGroup", self.tr("Living situation and care"), [CHECK_FIELDS, ("disability",), ("mobility_aid",)]),
            *([("healthGroup", self.tr("Health"), [("chronic_conditions",), ("allergies",)])] if self.health else []),
            ("otherGroup", self.tr("Card and notes"), [("card_number",), ("notes",)]),
        ])  # fmt: skip
        right.insertWidget(right.count() - 1, self._consent_group())
        columns = QHBoxLayout(self)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(16)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        self._columns = columns
        self._halves = (left, right)

    def two_columns_width(self) -> int:
        """The least width for the groups side by side; narrower (a small screen), they go one under the other."""
        left, right = self._halves
        return left.minimumSize().width() + right.minimumSize().width() + self._columns.spacing()

    def fit_width(self, width: int) -> None:
        """Side by side in ``width`` px if they fit there, else in one column (the same reading order)."""
        direction = QBoxLayout.Direction.LeftToRight
        if width < self.two_columns_width():
            direction = QBoxLayout.Direction.TopToBottom
        if self._columns.direction() != direction:
            self._columns.setDirection(direction)
            self.updateGeometry()

    def one_column(self) -> bool:
        return self._columns.direction() == QBoxLayout.Direction.TopToBottom

    def _make_widgets(self, communities: list[str]) -> None:
        for name, limit in TEXT_LIMITS.items():
            if name == "community" or (name in HEALTH_FIELDS and not self.health):
                continue
            edit = self.masked.get(name) or QLineEdit()
            edit.setMaxLength(limit)
            self._add(name, edit)
        example = self.fontMetrics().horizontalAdvance("如 1949-12-31") + 40  # the placeholder shows in full
        for name in DATE_FIELDS:
            edit = QLineEdit()
            edit.setMaxLength(16)
            edit.setPlaceholderText(self.tr("e.g. {example}").format(example=words.DATE_EXAMPLE))
            edit.setMinimumWidth(example)
            self._add(name, edit)
        for name, choices in CHOICE_FIELDS.items():
            combo = QComboBox()
            for key, source in choices.items():
                combo.addItem(words.t(source), key)
            combo.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            self._add(name, combo)
        community = QComboBox()
        community.setEditable(True)
        community.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        community.addItems(communities)
        community.setCurrentIndex(-1)
        community.lineEdit().setMaxLength(TEXT_LIMITS["community"])
        community.lineEdit().setPlaceholderText(self.tr("Choose or type"))
        self._add("community", community)
        for name in CHECK_FIELDS:
            self._add(name, QCheckBox(words.t(words.FLAGS[name])))  # the short words: 独居 空巢 低保
        notes = QPlainTextEdit()
        notes.setTabChangesFocus(True)
        notes.setFixedHeight(notes.fontMetrics().lineSpacing() * 3 + 16)
        self._add("notes", notes)
        self._add("id_number", self.id_number)
        self.consent_boxes: dict[str, QCheckBox] = {}
        for key, source in words.CONSENT_SCOPES.items():
            box = QCheckBox(words.t(source))
            box.setObjectName(f"consent_{key}")
            box.setToolTip(words.t(words.CONSENT_SCOPE_HINTS[key]))
            self.consent_boxes[key] = box
        self.consent_by = QLabel()
        self.consent_by.setObjectName("consentRecordedBy")
        self.consent_by.setWordWrap(True)
        self.consent_error = QLabel()
        self.consent_error.setObjectName("error_consent_scope")
        self.consent_error.setWordWrap(True)
        self.consent_error.setProperty("role", "fieldError")
        self.consent_error.hide()
        self.print_consent = QPushButton(self.tr("Print consent form"))
        self.print_consent.setObjectName("residentPrintConsent")
        self.print_consent.setToolTip(
            self.tr("Print the consent form for the resident to sign, with the boxes ticked as in this form (Ctrl+P)")
        )

    def _consent_group(self) -> QGroupBox:
        """The scope boxes (two by two), the date, who recorded it, and the button to print the form."""
        box = QGroupBox(self.tr("Consent to personal information processing"))
        box.setObjectName("consentGroup")
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(1, 1)
        scopes = FlowLayout(spacing=16)  # two by two on a desk screen, one under another on a narrow one
        for check in self.consent_boxes.values():
            scopes.addWidget(check)
        label = QLabel(self.tr("Agreed to"))
        label.setObjectName("label_consent_scope")
        grid.addWidget(label, 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addLayout(scopes, 0, 1)
        grid.addWidget(self.consent_error, 1, 1)
        date_edit = self.widgets["consent_date"]
        date_row = QHBoxLayout()
        date_row.addWidget(date_edit)
        date_row.addStretch(1)
        grid.addWidget(self._label("consent_date", date_edit), 2, 0)
        grid.addLayout(date_row, 2, 1)
        grid.addWidget(self.errors["consent_date"], 3, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.consent_by, 1)
        bottom.addWidget(self.print_consent)
        grid.addLayout(bottom, 4, 1)
        self.groups["consentGroup"] = box
        return box

    def _column(self, groups: list[tuple[str, str, list[tuple[str, ...]]]]) -> QVBoxLayout:
        """Groups one above the other, their labels one width so the fields line up from group to group."""
        column = QVBoxLayout()
        column.setSpacing(12)
        grids = []
        for object_name, title, rows in groups:
            box = self._group(object_name, title, rows)
            self.groups[object_name] = box
            grids.append(box.layout())
            column.addWidget(box)
        column.addStretch(1)
        labels = [grid.itemAtPosition(row, 0) for grid in grids for row in range(grid.rowCount())]
        width = max(item.widget().sizeHint().width() for item in labels if item is not None and item.widget())
        for grid in grids:
            grid.setColumnMinimumWidth(0, width)
        return column

    def _add(self, name: str, widget: QWidget) -> None:
        if not widget.objectName():
            widget.setObjectName(f"field_{name}")
        widget.setAccessibleName(words.field_name(name))
        self.widgets[name] = widget
        error = QLabel()
        error.setObjectName(f"error_{name}")
        error.setWordWrap(True)
        error.setProperty("role", "fieldError")
        error.hide()
        self.errors[name] = error

    def _group(self, object_name: str, title: str, rows: list[tuple[str, ...]]) -> QGroupBox:
        """A group of rows; a row's first field is labelled on the left, the others inline; errors go below."""
        box = QGroupBox(title)
        box.setObjectName(object_name)
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(1, 1)
        for number, fields in enumerate(rows):
            if len(fields) > 1:  # "手机 [____] 其他电话 [____]": the second field wraps under when there is no room
                grid.addLayout(self._flowing_row(fields), number * 2, 1)
                grid.addLayout(self._errors_below(fields), number * 2 + 1, 1)
                first = self.widgets[fields[0]]
                if not isinstance(first, QCheckBox):
                    grid.addWidget(self._label(fields[0], first), number * 2, 0)
                continue
            line = QHBoxLayout()
            line.setSpacing(8)
            below = QVBoxLayout()
            below.setSpacing(2)
            for position, name in enumerate(fields):
                widget = self.widgets[name]
                if isinstance(widget, QCheckBox):
                    line.addWidget(widget)
                elif position == 0:
                    grid.addWidget(self._label(name, widget), number * 2, 0)
                    line.addWidget(
                        widget, 0 if widget.sizePolicy().horizontalPolicy() == QSizePolicy.Policy.Fixed else 1
                    )
                else:
                    line.addSpacing(6)
                    line.addWidget(self._label(name, widget))
                    line.addWidget(widget, 1)
                if name == "id_number":
                    line.addWidget(self.reveal)
                    below.addWidget(self.id_feedback)
                if name == "phone2":
                    line.addWidget(self.reveal_phones)
                below.addWidget(self.errors[name])
            last = self.widgets[fields[-1]]
            if isinstance(last, QCheckBox) or last.sizePolicy().horizontalPolicy() == QSizePolicy.Policy.Fixed:
                line.addStretch(1)  # a box that does not grow stays at the start of its row
            grid.addLayout(line, number * 2, 1)
            grid.addLayout(below, number * 2 + 1, 1)
        return box

    def _flowing_row(self, fields: tuple[str, ...]) -> FlowLayout:
        """A row of several fields (the first labelled in the label column) or of check boxes, wrapping."""
        line = FlowLayout(spacing=14, fill=True)
        for position, name in enumerate(fields):
            widget = self.widgets[name]
            pieces: list[QWidget] = [widget]
            if position > 0 and not isinstance(widget, QCheckBox):
                pieces.insert(0, self._label(name, widget))
            if name == "phone2":
                pieces.append(self.reveal_phones)
            if len(pieces) == 1:
                line.addWidget(widget)
            else:
                grows = widget if widget.sizePolicy().horizontalPolicy() != QSizePolicy.Policy.Fixed else None
                line.addWidget(group(*pieces, grows=grows))
        return line

    def _errors_below(self, fields: tuple[str, ...]) -> QVBoxLayout:
        below = QVBoxLayout()
        below.setSpacing(2)
        for name in fields:
            below.addWidget(self.errors[name])
        return below

    def _label(self, name: str, buddy: QWidget) -> QLabel:
        text = words.field_name(name)
        label = QLabel(self.tr("{field} *").format(field=text) if name == "name" else text)
        label.setObjectName(f"label_{name}")
        if name == "name":
            label.setToolTip(self.tr("Required"))
        label.setBuddy(buddy)
        return label

    def _connect(self) -> None:
        for name, widget in self.widgets.items():
            if isinstance(widget, QLineEdit):
                widget.textChanged.connect(lambda _t, n=name: self.edited.emit(n))
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(lambda _i, n=name: self.edited.emit(n))
                if widget.isEditable():
                    widget.editTextChanged.connect(lambda _t, n=name: self.edited.emit(n))
            elif isinstance(widget, QCheckBox):
                widget.toggled.connect(lambda _c, n=name: self.edited.emit(n))
            elif isinstance(widget, QPlainTextEdit):
                widget.textChanged.connect(lambda n=name: self.edited.emit(n))
        for key, box in self.consent_boxes.items():
            box.toggled.connect(lambda on, k=key: self._scope_toggled(k, on))

    def _scope_toggled(self, key: str, on: bool) -> None:
        """Any scope needs 基本信息 too: ticking another ticks it."""
        if on and key != "basic":
            self.consent_boxes["basic"].setChecked(True)
        self.consent_error.clear()
        self.consent_error.hide()
        self.edited.emit("consent_scope")

    def focus_chain(self) -> list[QWidget]:
        """The fields in reading order: left column top to bottom, then the right one."""
        order = [
            "name", "gender", "birth_date", "id_number", "phone", "phone2", "community", "building", "unit", "room",
            "address_detail", "emergency_name", "emergency_relation", "emergency_phone", "lives_alone", "empty_nest",
            "low_income", "disability", "mobility_aid", "chronic_conditions", "allergies", "card_number", "notes",
        ]  # fmt: skip
        chain = [self.widgets[name] for name in order if name in self.widgets]
        chain.insert(chain.index(self.id_number) + 1, self.reveal)
        chain.insert(chain.index(self.widgets["phone2"]) + 1, self.reveal_phones)
        return [*chain, *self.consent_boxes.values(), self.widgets["consent_date"], self.print_consent]

    # -- consent ------------------------------------------------------------------------------------------------
    def consent_scopes(self) -> frozenset[str]:
        return frozenset(key for key, box in self.consent_boxes.items() if box.isChecked())

    def set_consent(self, scopes: Iterable[str], recorded_by: str | None) -> None:
        chosen = set(scopes)
        for key, box in self.consent_boxes.items():
            box.blockSignals(True)
            box.setChecked(key in chosen)
            box.blockSignals(False)
        self.consent_by.setText(
            self.tr("Recorded by {name}").format(name=recorded_by) if recorded_by else self.tr("Not recorded yet")
        )

    def show_consent_error(self, message: str) -> None:
        self.consent_error.setText(message)
        self.consent_error.show()

    # -- values -------------------------------------------------------------------------------------------------
    def raw(self) -> dict[str, object]:
        """Every field as typed: text (dates too), the choice's key, or a tick. The masked fields (ID and phone
        numbers) are not here: see :meth:`masked_values`."""
        values: dict[str, object] = {}
        for name, widget in self.widgets.items():
            if name in self.masked:
                continue
            if isinstance(widget, QCheckBox):
                values[name] = widget.isChecked()
            elif isinstance(widget, QComboBox):
                values[name] = widget.currentText() if widget.isEditable() else widget.currentData()
            elif isinstance(widget, QPlainTextEdit):
                values[name] = widget.toPlainText()
            else:
                assert isinstance(widget, QLineEdit)
                values[name] = widget.text()
        return values

    def masked_values(self) -> dict[str, str | None]:
        """The ID and phone numbers to save: ``None`` keeps the stored one (:meth:`MaskedLineEdit.value`)."""
        return {name: edit.value() for name, edit in self.masked.items()}

    def show_masked(self, masked: Mapping[str, str]) -> None:
        """Edit form: the stored identifiers, masked (field → masked text, a field with nothing stored absent); each
        显示 only where there is something to show."""
        for name, edit in self.masked.items():
            edit.show_stored(masked.get(name, ""))
        self.reveal.setVisible(bool(masked.get("id_number")))
        self.reveal_phones.setVisible(any(masked.get(name) for name in PHONE_FIELDS))

    def load(self, values: Mapping[str, object]) -> None:
        """Fill the fields from the service's form data (dates as ``date``, choices as their keys); the masked fields
        are filled by :meth:`show_masked`."""
        for name, value in values.items():
            widget = self.widgets.get(name)
            if widget is None or name in self.masked:
                continue
            if isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QComboBox) and widget.isEditable():
                widget.setEditText(str(value or ""))
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(widget.findData(value), 0))
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(str(value or ""))
            elif isinstance(widget, QLineEdit):
                widget.setText(value.isoformat() if isinstance(value, date) else str(value or ""))

    def text_of(self, name: str) -> str:
        widget = self.widgets[name]
        return widget.text() if isinstance(widget, QLineEdit) else ""

    def set_text(self, name: str, text: str) -> None:
        widget = self.widgets[name]
        assert isinstance(widget, QLineEdit)
        widget.setText(text)

    def choice_of(self, name: str) -> str:
        widget = self.widgets[name]
        assert isinstance(widget, QComboBox)
        return str(widget.currentData())

    def set_choice(self, name: str, key: str) -> None:
        widget = self.widgets[name]
        assert isinstance(widget, QComboBox)
        widget.setCurrentIndex(max(widget.findData(key), 0))

    # -- errors -------------------------------------------------------------------------------------------------
    def show_error(self, name: str, message: str) -> None:
        label = self.errors[name]
        label.setText(message)
        label.show()
        _mark(self.widgets[name], True)

    def clear_error(self, name: str) -> None:
        label = self.errors.get(name)
        if label is None or not label.text():
            return
        label.clear()
        label.hide()
        _mark(self.widgets[name], False)

    def clear_errors(self) -> None:
        for name in self.errors:
            self.clear_error(name)
        self.consent_error.clear()
        self.consent_error.hide()

    def has_error(self, name: str) -> bool:
        return bool(self.errors[name].text())

    def first_in_order(self, names: Iterable[str]) -> QWidget | None:
        wanted = set(names)
        for widget in self.focus_chain():
            for name, candidate in self.widgets.items():
                if candidate is widget and name in wanted:
                    return widget
        return None

    def show_feedback(self, text: str) -> None:
        self.id_feedback.setText(text)
        self.id_feedback.setVisible(bool(text))


def _mark(widget: QWidget, invalid: bool) -> None:
    """Highlight a field with a problem (the style sheet draws it; the message under it says what)."""
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    if isinstance(widget, QComboBox) and widget.isEditable():
        _mark(widget.lineEdit(), invalid)
