"""记录新读数: the nurse types one set of readings for a resident, from the keyboard, and saves it.

Every field is checked as it is typed, by the same rules the service applies (:mod:`frontdesk.core.vitals_ranges`):
an impossible figure says so beside its field (what was typed stays, to correct), a flagged one says 偏高 / 偏低
there too, in words and colour. Enter moves to the next field, and from the note saves; Ctrl+Enter saves from
anywhere. The save runs on the desk's database worker; the service checks everything again (and refuses a role that
may not record health data), and a refusal lands beside the field it names.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRegularExpression, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QRegularExpressionValidator, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from frontdesk.core.vitals_ranges import NOTE_MAX, VitalsInput, level, problems
from frontdesk.ui.common.jobs import Jobs
from frontdesk.ui.health import words

if TYPE_CHECKING:
    from frontdesk.core.access import Actor
    from frontdesk.core.errors import EnvironmentProblem, RuleViolation
    from frontdesk.core.services.vitals import ReadingRow, VitalsService
    from frontdesk.ui.common.worker import DatabaseWorker

STYLE = """
QLabel[tone="refusal"] { color: #8E2419; font-weight: bold; }
QLabel[tone="attention"] { color: #7A4F00; font-weight: bold; }
QLabel#vitalsHeadline { font-size: 15pt; font-weight: bold; }
"""
# Digits only, with one decimal for sugar and weight: any figure can be typed (400 too, to be told it is wrong),
# letters cannot.
WHOLE = QRegularExpression(r"\d{0,3}")
DECIMAL = QRegularExpression(r"\d{0,3}([.,]\d?)?")
# The rows of the form: (message row key, the fields whose problems and levels it shows)
ROWS = {"pressure": ("systolic", "diastolic"), "pulse": ("pulse",), "glucose": ("glucose_mmol", "fasting"),
        "weight": ("weight_kg",), "note": ("note",)}  # fmt: skip


class RecordVitalsDialog(QDialog):
    """Opened with ``open()``; :attr:`recorded` carries the saved reading (a ``ReadingRow``) once it is stored."""

    recorded = Signal(object)

    def __init__(
        self,
        worker: DatabaseWorker,
        resident_id: int,
        name: str,
        appointment_id: int | None = None,
        *,
        service: VitalsService,
        actor: Actor,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("vitalsDialog")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setStyleSheet(STYLE)
        self.resident_id, self.appointment_id, self._name = resident_id, appointment_id, name
        self._service, self._actor = service, actor
        self._jobs = Jobs(worker, self._show_busy)
        self.setWindowTitle(self.tr("Record readings: {name}").format(name=name))

        headline = QLabel(self.tr("New readings for {name}").format(name=name))
        headline.setObjectName("vitalsHeadline")
        self.systolic = self._number("vitalsSystolic", WHOLE, self.tr("upper, e.g. 135"))
        self.diastolic = self._number("vitalsDiastolic", WHOLE, self.tr("lower, e.g. 85"))
        self.pulse = self._number("vitalsPulse", WHOLE, self.tr("e.g. 72"))
        self.glucose = self._number("vitalsGlucose", DECIMAL, self.tr("e.g. 6.1"))
        self.weight = self._number("vitalsWeight", DECIMAL, self.tr("e.g. 58.5"))
        self.note = QLineEdit()
        self.note.setObjectName("vitalsNote")
        self.note.setMaxLength(NOTE_MAX)
        self.note.setPlaceholderText(self.tr("e.g. dizzy this morning; took the pill before coming"))
        self.fasting = QWidget()
        self.fasting.setObjectName("vitalsFasting")
        self.fasting_yes = QRadioButton(self.tr("Fasting"))
        self.fasting_yes.setObjectName("vitalsFastingYes")
        self.fasting_no = QRadioButton(self.tr("After a meal / random"))
        self.fasting_no.setObjectName("vitalsFastingNo")
        self.fasting_group = QButtonGroup(self)
        for button in (self.fasting_yes, self.fasting_no):
            self.fasting_group.addButton(button)
        choice = QHBoxLayout(self.fasting)
        choice.setContentsMargins(0, 0, 0, 0)
        choice.addWidget(self.fasting_yes)
        choice.addWidget(self.fasting_no)
        choice.addStretch(1)

        self.messages: dict[str, QLabel] = {}
        for key in ROWS:
            label = QLabel()
            label.setObjectName(f"vitals{key.capitalize()}Message")
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            self.messages[key] = label
        self.error = QLabel()
        self.error.setObjectName("vitalsError")
        self.error.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save (Ctrl+Enter)"))
        self.save_button.setObjectName("vitalsSave")
        self.save_button.setAutoDefault(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("vitalsCancel")
        self.cancel_button.setAutoDefault(False)
        self._layout(headline)
        self._connect()
        self._refresh()

    def _number(self, name: str, pattern: QRegularExpression, placeholder: str) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(name)
        field.setValidator(QRegularExpressionValidator(pattern, field))
        field.setPlaceholderText(placeholder)
        field.setMaxLength(5)
        field.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
        return field

    def _layout(self, headline: QLabel) -> None:
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)

        def unit(text: str) -> QLabel:
            return QLabel(text)

        def label(text: str, buddy: QWidget) -> QLabel:
            made = QLabel(text)
            made.setBuddy(buddy)
            return made

        pressure = QHBoxLayout()
        pressure.addWidget(self.systolic)
        pressure.addWidget(QLabel("/"))
        pressure.addWidget(self.diastolic)
        rows = [
            (label(self.tr("&Blood pressure"), self.systolic), pressure, unit("mmHg"), "pressure"),
            (label(self.tr("&Pulse"), self.pulse), self.pulse, unit(self.tr("/min")), "pulse"),
            (label(self.tr("Blood &sugar"), self.glucose), self.glucose, unit("mmol/L"), "glucose"),
            (None, self.fasting, None, None),
            (label(self.tr("&Weight"), self.weight), self.weight, unit("kg"), "weight"),
            (label(self.tr("&Note"), self.note), self.note, None, "note"),
        ]
        for row, (name, field, units, message) in enumerate(rows):
            if name is not None:
                grid.addWidget(name, row, 0)
            if isinstance(field, QHBoxLayout):
                grid.addLayout(field, row, 1)
            elif message is None:  # the fasting choice: its two buttons need not widen the fields' column
                grid.addWidget(field, row, 1, 1, 3)
            else:
                grid.addWidget(field, row, 1)
            if units is not None:
                grid.addWidget(units, row, 2)
            if message is not None:
                grid.addWidget(self.messages[message], row, 3)
        grid.setColumnStretch(3, 1)
        grid.setColumnMinimumWidth(3, 180)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(20, 16, 20, 14)
        column.setSpacing(12)
        column.addWidget(headline)
        column.addLayout(grid)
        column.addLayout(buttons)
        order = [self.systolic, self.diastolic, self.pulse, self.glucose, self.fasting_yes, self.fasting_no,
                 self.weight, self.note, self.save_button, self.cancel_button]  # fmt: skip
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def _connect(self) -> None:
        following = {self.systolic: self.diastolic, self.diastolic: self.pulse, self.pulse: self.glucose,
                     self.glucose: self.weight, self.weight: self.note}  # fmt: skip
        for field, after in following.items():
            field.textEdited.connect(self._typed)
            field.returnPressed.connect(lambda f=field, a=after: self._enter(f, a))
        self.note.textEdited.connect(self._typed)
        self.note.returnPressed.connect(self.save)
        self.fasting_group.buttonToggled.connect(lambda *_: self._refresh())
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        for watched in (self.fasting_yes, self.fasting_no, self.save_button, self.cancel_button):
            watched.installEventFilter(self)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save)

    def _enter(self, field: QLineEdit, after: QWidget) -> None:
        """Enter moves on; from the sugar, to the fasting choice first when it is not made yet."""
        if field is self.glucose and field.text() and self.fasting_group.checkedButton() is None:
            self.fasting_yes.setFocus(Qt.FocusReason.TabFocusReason)
            return
        after.setFocus(Qt.FocusReason.TabFocusReason)
        if isinstance(after, QLineEdit):
            after.selectAll()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter is the fields' own (it moves on): never a default button's, which would save half a form."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            event.accept()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter on the fasting choice chooses the focused answer and moves on to the weight; on a button, presses
        it."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers()
            if enter and isinstance(watched, QRadioButton):
                watched.setChecked(True)
                self.weight.setFocus(Qt.FocusReason.TabFocusReason)
                return True
            if enter and isinstance(watched, QPushButton):
                watched.click()
                return True
        return super().eventFilter(watched, event)

    # -- what is typed ----------------------------------------------------------------------------------------------
    def reading(self) -> tuple[VitalsInput, dict[str, str]]:
        """What is typed, and the fields whose text is not a number at all (e.g. a lone ".")."""
        bad: dict[str, str] = {}

        def number(field: QLineEdit, name: str, whole: bool) -> float | int | None:
            text = field.text().strip().replace(",", ".")
            if not text:
                return None
            try:
                return int(text) if whole else float(text)
            except ValueError:
                bad[name] = text
                return None

        checked = self.fasting_group.checkedButton()
        values = VitalsInput(
            systolic=number(self.systolic, "systolic", True),  # type: ignore[arg-type]
            diastolic=number(self.diastolic, "diastolic", True),  # type: ignore[arg-type]
            pulse=number(self.pulse, "pulse", True),  # type: ignore[arg-type]
            glucose_mmol=number(self.glucose, "glucose_mmol", False),
            fasting=None if checked is None else checked is self.fasting_yes,
            weight_kg=number(self.weight, "weight_kg", False),
            note=self.note.text(),
        )
        return values, bad

    def _typed(self, _text: str) -> None:
        self._refresh()

    def _refresh(self, *, saving: bool = False) -> bool:
        """Show each row's problem or flag; ``saving``: the rules only a whole form breaks (both numbers of the
        pressure, the fasting choice, at least one reading) too. Whether the form can be saved."""
        values, bad = self.reading()
        by_field: dict[str, str] = {name: words.problem("vital_not_a_number", {"field": name}) for name in bad}
        whole_form = ("vital_pressure_pair", "vital_glucose_needs_fasting", "vital_none")
        general = ""
        for found in problems(values):
            if found.code in whole_form and not saving:
                continue
            field = str(found.params.get("field", ""))
            if not field:
                general = words.problem(found.code, found.params)
            else:
                by_field.setdefault(field, words.problem(found.code, found.params))
        if bad and general:  # "type at least one reading" is wrong when something was typed
            general = ""
        for key, fields in ROWS.items():
            text = next((by_field[f] for f in fields if f in by_field), "")
            if text:
                self._say(self.messages[key], text, "refusal")
                continue
            levels = [level(f, getattr(values, f, None), fasting=values.fasting) for f in fields if f != "note"]
            shown = next((lv for lv in levels if lv is not None), None)
            self._say(self.messages[key], words.level_word(shown.value) if shown else "", "attention")
        self._say(self.error, general, "refusal")
        return not by_field and not general

    @staticmethod
    def _say(label: QLabel, text: str, tone: str) -> None:
        label.setText(text)
        if label.property("tone") != tone:
            label.setProperty("tone", tone)
            label.style().unpolish(label)
            label.style().polish(label)

    def message(self, row: str) -> str:
        """The words beside a row ("pressure", "pulse", "glucose", "weight", "note"), as shown."""
        return self.messages[row].text()

    # -- saving -------------------------------------------------------------------------------------------------
    def save(self) -> None:
        if self._jobs.busy:
            return
        if not self._refresh(saving=True):
            self._focus_first_problem()
            return
        values, _ = self.reading()
        service, actor, rid, appointment = self._service, self._actor, self.resident_id, self.appointment_id
        from frontdesk.ui.common.changes import APPOINTMENTS

        self._jobs.run(
            lambda: service.record(rid, values, actor=actor, appointment_id=appointment),
            self._saved,
            refused=self._refused,
            trouble=self._trouble,
            changes=(APPOINTMENTS,),
        )

    def _focus_first_problem(self) -> None:
        fields = {"pressure": self.systolic, "pulse": self.pulse, "glucose": self.glucose, "weight": self.weight,
                  "note": self.note}  # fmt: skip
        for key, field in fields.items():
            if self.messages[key].property("tone") == "refusal" and self.messages[key].text():
                if key == "glucose" and self.glucose.text() and self.fasting_group.checkedButton() is None:
                    self.fasting_yes.setFocus(Qt.FocusReason.OtherFocusReason)
                    return
                field.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        self.systolic.setFocus(Qt.FocusReason.OtherFocusReason)

    def _saved(self, row: ReadingRow) -> None:
        self.recorded.emit(row)
        self.accept()

    def _refused(self, refusal: RuleViolation) -> None:
        field = str(refusal.params.get("field", ""))
        row = next((key for key, fields in ROWS.items() if field in fields), None)
        self._say(self.messages[row] if row else self.error, words.refusal(refusal), "refusal")

    def _trouble(self, problem: EnvironmentProblem) -> None:
        self._say(self.error, words.not_saved(problem.kind), "refusal")

    def _show_busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)
        self.save_button.setText(self.tr("Saving…") if busy else self.tr("Save (Ctrl+Enter)"))
