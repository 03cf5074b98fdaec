"""The resident form (居民档案), for registering and for editing: opened with ``open()``, never blocking.

It saves through :class:`ResidentService` and reports back with signals; the page says what happened and refreshes
its views. Whatever goes wrong — a field the core refuses, a suspected duplicate, a locked database — is said in
the form, beside the field where it can be, and nothing typed is lost.

Every service call runs on the desk's database worker (:mod:`frontdesk.ui.common.worker`): Save starts the save and the
form says 正在保存… until it comes back; meanwhile Save (Ctrl+S, Enter, 仍然保存) starts nothing more and the form
stays open, with whatever is typed meanwhile — which, should the save succeed, keeps the form open to be saved too.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from frontdesk.core import idnumber
from frontdesk.core.errors import RuleViolation
from frontdesk.ui.common import resident_words as words
from frontdesk.ui.common.changes import RESIDENTS
from frontdesk.ui.pages.residents.duplicate_panel import DuplicatePanel
from frontdesk.ui.pages.residents.form_fields import DATE_FIELDS, PHONE_FIELDS, FormFields, parse_date
from frontdesk.ui.pages.residents.masked_edit import MaskState

if TYPE_CHECKING:
    from frontdesk.core.access import Actor
    from frontdesk.core.errors import EnvironmentProblem
    from frontdesk.core.services.documents import DocumentService
    from frontdesk.core.services.privacy import ConsentRecord, PrivacyService
    from frontdesk.core.services.residents import FormData, ResidentService
    from frontdesk.core.validation import FieldError, ResidentInput
    from frontdesk.ui.common.worker import DatabaseWorker, Job
    from frontdesk.ui.failures.prompts import Confirm
    from frontdesk.ui.printing.document_print import DocumentPrint

log = logging.getLogger(__name__)
T = TypeVar("T")
Snapshot = tuple[dict[str, object], dict[str, str | None], frozenset[str]]  # fields, masked fields, consent
_forms = itertools.count(1)  # each form's operations have keys of their own


def may_see_health(actor: Actor | None) -> bool:
    from frontdesk.core.access import Permission

    return actor is not None and actor.may(Permission.HEALTH)


class ResidentForm(QDialog):
    saved = Signal(int, str, bool)  # resident id, name, newly registered
    unchanged = Signal(str)  # saved with nothing changed: the name
    open_existing = Signal(int)  # a suspected duplicate: open that record instead (this form is kept)
    archive_requested = Signal(int, str)
    restore_requested = Signal(int, str)

    def __init__(
        self,
        residents: ResidentService,
        worker: DatabaseWorker,
        *,
        clock: Callable[[], datetime],
        prompts: Confirm,
        communities: Sequence[str] = (),
        privacy: PrivacyService | None = None,
        actor: Actor | None = None,
        documents: DocumentPrint | None = None,
        document_service: DocumentService | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("residentForm")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._residents = residents
        self._worker = worker
        number = next(_forms)
        self._keys = {
            what: f"residentForm{number}.{what}" for what in ("save", "consent", "reveal", "reveal_phones", "print")
        }
        self._saving = False  # a save (and the consent after it) is on its way: Save starts nothing more
        self._privacy = privacy
        self._actor = actor
        self._documents = documents  # the page's: previews, prints and saves the consent form
        self._document_service = document_service  # writes its 操作日志 entry once printed or saved
        self._clock = clock
        self._prompts = prompts
        self._consent: tuple[date | None, frozenset[str]] = (None, frozenset())  # as stored
        self._registered = False  # this form registered its resident (the status line says 已登记, not 已保存)
        self.resident_id: int | None = None
        self._name = ""
        self._initial: Snapshot = ({}, {}, frozenset())
        self._auto: dict[str, str] = {}  # what the ID number filled in, so a corrected ID may fill it again

        self.headline = QLabel()
        self.headline.setObjectName("dialogHeadline")
        self.archived_note = QLabel()
        self.archived_note.setObjectName("formArchived")
        self.archived_note.hide()
        self.problem = QLabel()
        self.problem.setObjectName("formProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.note = QLabel()  # 正在保存… while a save is on its way
        self.note.setObjectName("formNote")
        self.note.setWordWrap(True)
        self.note.hide()
        self.duplicates = DuplicatePanel()
        self.fields = FormFields(communities, health=may_see_health(actor))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("residentSave")
        self.save_button.setToolTip(self.tr("Save (Ctrl+S, Enter)"))
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("residentCancel")
        self.cancel_button.setToolTip(self.tr("Close without saving (Esc)"))
        self.archive_button = QPushButton(self.tr("Archive…"))
        self.archive_button.setObjectName("residentArchive")
        self.archive_button.setToolTip(self.tr("Moved away or deceased: archive the record (it is never deleted)"))
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.setObjectName("residentRestore")
        self.restore_button.setToolTip(self.tr("Bring the archived record back into the register"))
        self._layout()
        self._connect()

    # -- building -----------------------------------------------------------------------------------------------
    def _layout(self) -> None:
        self.scroll = QScrollArea()
        self.scroll.setObjectName("formScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        holder = QWidget()
        holder.setObjectName("formHolder")
        inner = QVBoxLayout(holder)
        inner.setContentsMargins(0, 0, 4, 0)
        inner.addWidget(self.fields)
        self.scroll.setWidget(holder)
        self.scroll.viewport().setObjectName("formViewport")
        self.scroll.viewport().installEventFilter(self)  # its width decides: two columns of groups, or one

        buttons = QHBoxLayout()
        buttons.addWidget(self.archive_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.note)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)

        head = QHBoxLayout()
        head.addWidget(self.headline)
        head.addWidget(self.archived_note)
        head.addStretch(1)

        column = QVBoxLayout(self)
        column.setContentsMargins(20, 14, 20, 14)
        column.setSpacing(10)
        column.addLayout(head)
        column.addWidget(self.problem)
        column.addWidget(self.duplicates)
        column.addWidget(self.scroll, 1)
        column.addLayout(buttons)

        chain = [*self.fields.focus_chain(), self.save_button, self.cancel_button]
        for first, second in itertools.pairwise(chain):
            self.setTabOrder(first, second)

    def _connect(self) -> None:
        self.finished.connect(self._drop_work)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self.archive_button.clicked.connect(lambda: self._leave_for(self.archive_requested))
        self.restore_button.clicked.connect(lambda: self._leave_for(self.restore_requested))
        self.fields.reveal.clicked.connect(self.reveal)
        self.fields.reveal_phones.clicked.connect(self.reveal_phones)
        self.fields.print_consent.clicked.connect(self.print_consent)
        print_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self)
        print_shortcut.activated.connect(self.print_consent)
        self.fields.edited.connect(self._edited)
        self.fields.id_number.editingFinished.connect(self._id_finished)
        for name in PHONE_FIELDS:
            self.fields.widgets[name].editingFinished.connect(lambda n=name: self._check_phone(n))  # type: ignore[attr-defined]
        for name in DATE_FIELDS:
            self.fields.widgets[name].editingFinished.connect(lambda n=name: self._check_date(n))  # type: ignore[attr-defined]
        self.duplicates.open_existing.connect(self.open_existing)
        self.duplicates.save_anyway.connect(self.save_anyway)
        self.duplicates.dismissed.connect(self._back_to_form)
        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save.activated.connect(self.save)

    def _back_to_form(self) -> None:
        self.fields.widgets["name"].setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.scroll.viewport() and event.type() == QEvent.Type.Resize:
            self.fields.fit_width(self.scroll.viewport().width() - 4)  # the holder's right margin
        return super().eventFilter(watched, event)

    def fit_to_screen(self) -> None:
        """Both columns without scrolling where there is room (a 1366×768 desk screen has it); never larger than
        the main window it opens over, nor the screen."""
        window = self.parentWidget().window() if self.parentWidget() is not None else None
        visible = window is not None and window.isVisible()
        room = window.size() if visible else self.screen().availableGeometry().size()  # type: ignore[union-attr]
        hint = self.fields.sizeHint()
        width = min(max(hint.width() + 80, 1000), room.width() - 20)
        height = min(hint.height() + 240, room.height() - 40)  # room for a few messages, too
        self.resize(width, height)

    # -- filling ------------------------------------------------------------------------------------------------
    def start_new(self) -> None:
        self.resident_id = None
        self._name = ""
        title = self.tr("New resident")
        self.setWindowTitle(title)
        self.headline.setText(title)
        self.fields.reveal.hide()
        self.fields.reveal_phones.hide()
        self.fields.print_consent.hide()  # the form prints for a registered resident: save first
        self.fields.set_consent((), None)
        self.archive_button.hide()
        self.restore_button.hide()
        self._remember()

    def start_edit(
        self,
        resident_id: int,
        stored: FormData,
        archived_reason: str | None,
        consent: ConsentRecord | None = None,
    ) -> None:
        """The record as the service gives it for editing: identifiers masked, each kind with its own 显示."""
        from dataclasses import asdict

        data = stored.values
        self.resident_id = resident_id
        self._name = data.name
        scopes = frozenset(str(s) for s in consent.scopes) if consent is not None else frozenset()
        self._consent = (data.consent_date, scopes)
        title = self.tr("Resident record: {name}").format(name=data.name)
        self.setWindowTitle(title)
        self.headline.setText(title)
        self.fields.load(asdict(data))
        self.fields.show_masked(stored.masked)
        self.fields.set_consent(scopes, consent.recorded_by if consent is not None else None)
        self.fields.print_consent.setVisible(self._privacy is not None and self._documents is not None)
        archived = archived_reason is not None
        self.archived_note.setText(
            self.tr("Archived: {reason}").format(reason=words.choice(words.ARCHIVE_REASONS, archived_reason or ""))
        )
        self.archived_note.setVisible(archived)
        self.archive_button.setVisible(not archived)
        self.restore_button.setVisible(archived and archived_reason != "merged")
        self.fields.clear_errors()
        self.fields.show_feedback("")
        self._remember()

    def _remember(self) -> None:
        self._initial = self._snapshot()

    def _snapshot(self) -> Snapshot:
        return self.fields.raw(), self.fields.masked_values(), self.fields.consent_scopes()

    def is_dirty(self) -> bool:
        return self._snapshot() != self._initial

    def draft_name(self) -> str:
        """The name typed so far, for the page's "unsaved form" line."""
        return self.fields.text_of("name").strip() or self._name

    # -- live checks --------------------------------------------------------------------------------------------
    def _today(self) -> date:
        return self._clock().date()

    def _edited(self, name: str) -> None:
        self.fields.clear_error(name)
        if name == "id_number":
            self._id_typed()

    def _id_typed(self) -> None:
        """While typing: a complete 18-character number is checked at once; bad characters are said at once."""
        edit = self.fields.id_number
        if edit.state is not MaskState.NEW:
            self.fields.show_feedback("")
            return
        number = idnumber.normalize(edit.text())
        self.fields.show_feedback("")
        if len(number) >= 18 or (number and not _could_become_id(number)):
            self._check_id(number)

    def _id_finished(self) -> None:
        edit = self.fields.id_number
        if edit.state is MaskState.NEW and (number := idnumber.normalize(edit.text())):
            self._check_id(number)

    def _check_id(self, number: str) -> None:
        try:
            info = idnumber.parse(number, today=self._today())
        except idnumber.IdNumberError as exc:
            self.fields.show_feedback("")
            self.fields.show_error("id_number", words.field_error(f"id_{exc.code}", field="id_number", typed=number))
            return
        self.fields.clear_error("id_number")
        filled = False
        born = info.birth_date.isoformat()
        birth_text = self.fields.text_of("birth_date").strip()
        if not birth_text or birth_text == self._auto.get("birth_date"):
            if birth_text != born:
                self.fields.set_text("birth_date", born)
                filled = True
            self._auto["birth_date"] = born
        elif _date_or_none(birth_text) != info.birth_date:
            self.fields.show_error(
                "birth_date",
                words.field_error("birth_date_mismatch", {"expected": info.birth_date}, field="birth_date"),
            )
        gender = self.fields.choice_of("gender")
        if gender == "U" or gender == self._auto.get("gender"):
            if gender != info.gender:
                self.fields.set_choice("gender", info.gender)
                filled = True
            self._auto["gender"] = info.gender
        elif gender != info.gender:
            self.fields.show_error(
                "gender", words.field_error("gender_mismatch", {"expected": info.gender}, field="gender")
            )
        self.fields.show_feedback(words.id_ok(info.birth_date, info.gender, filled=filled))

    def _check_phone(self, name: str) -> None:
        from frontdesk.core.validation import normalize_phone

        value = self.fields.masked[name].value()  # None: the stored number, shown masked or in full, is kept
        text = (value or "").strip()
        if not text:
            return
        try:
            normalize_phone(text)
        except ValueError:
            self.fields.show_error(name, words.field_error("phone_format", field=name))

    def _check_date(self, name: str) -> None:
        try:
            parse_date(self.fields.text_of(name))
        except ValueError:
            self.fields.show_error(name, words.field_error("date_format", field=name))

    # -- the database ------------------------------------------------------------------------------------------
    def _start(
        self,
        what: str,
        work: Callable[[], T],
        done: Callable[[T], None],
        *,
        refused: Callable[[RuleViolation], None] | None = None,
        trouble: Callable[[EnvironmentProblem], None] | None = None,
        settled: Callable[[], None] | None = None,
        changes: tuple[str, ...] = (),
    ) -> Job[T] | None:
        """Run one operation on the worker; its outcome comes back here. A refusal and machine trouble (database
        locked, server gone) are said above the buttons and the form keeps what was typed; anything else is a bug
        and goes to the crash handler. Nobody signed in: nothing runs (None)."""
        if self._actor is None:
            return None
        return self._worker.run(
            work,
            done,
            key=self._keys[what],
            refused=refused or self._refused,
            trouble=trouble or self._trouble,
            settled=settled,
            changes=changes,
        )

    def settled(self) -> bool:
        """Nothing this form started is still on its way (the page, and tests, wait for this)."""
        return not any(self._worker.busy(key) for key in self._keys.values())

    def _drop_work(self) -> None:
        """The form is closed: outcomes still to come are not wanted (the save is never among them, see reject)."""
        for key in self._keys.values():
            self._worker.cancel(key)

    def _refused(self, refusal: RuleViolation) -> None:
        self._say_problem(words.refusal(refusal))

    def _trouble(self, problem: EnvironmentProblem) -> None:
        log.warning("resident form: %s", problem)
        self._say_problem(words.trouble(problem.kind))

    # -- saving -------------------------------------------------------------------------------------------------
    def save(self) -> None:
        """Ctrl+S / Enter: check, then register or save the edit; problems are shown in the form."""
        if self._saving:
            return  # the save under way decides (a second press must not register twice)
        if self.resident_id is not None and not self.is_dirty():
            self._close_quietly()
            self.unchanged.emit(self._name)
            return
        self._save(allow_duplicate=False)

    def save_anyway(self) -> None:
        """仍然保存: not the same person after all (the database still refuses a second identical ID number)."""
        if not self._saving:
            self._save(allow_duplicate=True)

    @property
    def saving(self) -> bool:
        """A save is on its way."""
        return self._saving

    def _save(self, *, allow_duplicate: bool) -> None:
        from frontdesk.core.validation import ValidationFailed, validate_resident

        self.problem.hide()
        self.duplicates.hide()
        self.note.hide()
        self.fields.clear_errors()
        data, date_errors = self._input()
        consent, consent_errors = self._consent_input()
        date_errors += consent_errors
        blocked = self.fields.has_error("consent_date") or bool(self.fields.consent_error.text())
        if date_errors or blocked:  # a date that is not a date, or consent half filled in: say all, write nothing
            try:
                validate_resident(data, today=self._today())
            except ValidationFailed as failed:
                date_errors += [e for e in failed.errors if e.field not in {d.field for d in date_errors}]
            self.show_errors(date_errors)
            return
        residents, actor, resident_id = self._residents, self._actor, self.resident_id
        sent = self._snapshot()  # what this save stores: whatever is typed from now on is not in it

        def work() -> int | ValidationFailed:
            try:
                if resident_id is None:
                    return residents.create(data, actor=actor, allow_duplicate=allow_duplicate)  # type: ignore[arg-type]
                residents.update(resident_id, data, actor=actor, allow_duplicate=allow_duplicate)  # type: ignore[arg-type]
            except ValidationFailed as failed:  # the fields' own messages, not an error
                return failed
            return resident_id

        def done(outcome: int | ValidationFailed) -> None:
            if isinstance(outcome, ValidationFailed):
                self.show_errors(outcome.errors)
                return
            if resident_id is None:
                self.resident_id, self._registered = outcome, True  # a retry after a consent problem updates
            if consent is not None and self._privacy is not None:  # its own audited action (知情同意), right after
                self._record_consent(outcome, *consent, stored=lambda: self._stored(outcome, data.name, sent))
            else:
                self._stored(outcome, data.name, sent)

        job = self._start(
            "save", work, done, refused=self._save_refused, settled=self._save_settled, changes=(RESIDENTS,)
        )
        if job is not None:
            self._set_saving(True)

    def _save_refused(self, refusal: RuleViolation) -> None:
        from frontdesk.core.services.residents import DuplicateSuspected

        if isinstance(refusal, DuplicateSuspected):
            self.duplicates.show_matches(refusal.matches)
        else:
            self._refused(refusal)

    def _save_settled(self) -> None:
        if not (self._worker.busy(self._keys["save"]) or self._worker.busy(self._keys["consent"])):
            self._set_saving(False)

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.save_button.setEnabled(not saving)
        if saving:
            self.note.setText(words.saving())
            self.note.show()
        elif self.note.text() == words.saving():
            self.note.hide()

    def _stored(self, resident_id: int, name: str, sent: Snapshot) -> None:
        """Saved, consent and all. The form closes — unless staff typed on while it saved: then it stays open
        with that, to be saved too."""
        from frontdesk.core.validation import clean_field

        new = self._registered
        self._initial = sent
        if self._snapshot() != sent:
            self._set_saving(False)
            self.note.setText(words.saved_typed_since())
            self.note.show()
        else:
            self._close_quietly()
        self.saved.emit(resident_id, clean_field(name), new)  # the name as stored

    def _input(self) -> tuple[ResidentInput, list[FieldError]]:
        from frontdesk.core.validation import FieldError, ResidentInput

        raw = self.fields.raw()
        errors: list[FieldError] = []
        for name in DATE_FIELDS:
            try:
                raw[name] = parse_date(str(raw[name]))
            except ValueError:
                raw[name] = None
                errors.append(FieldError(name, "date_format"))
        raw.update(self.fields.masked_values())  # None keeps the stored ID or phone number
        raw["consent_date"] = self._consent[0]  # consent is recorded through PrivacyService (with its scope)
        return ResidentInput(**raw), [e for e in errors if e.field != "consent_date"]  # type: ignore[arg-type]

    def _consent_input(self) -> tuple[tuple[date, frozenset[str]] | None, list[FieldError]]:
        """The consent as ticked and dated, when it differs from what is stored; problems with it, in words."""
        from frontdesk.core.validation import FieldError

        scopes = self.fields.consent_scopes()
        try:
            on = parse_date(self.fields.text_of("consent_date"))
        except ValueError:
            return None, [FieldError("consent_date", "date_format")]
        if (on, scopes) == self._consent or (on is None and not scopes and self._consent[0] is None):
            return None, []
        if scopes and on is None:
            self.fields.show_error("consent_date", words.consent_date_needed())
            return None, []
        if on is not None and on > self._today():
            return None, [FieldError("consent_date", "date_in_future")]
        if not scopes:
            self.fields.show_consent_error(words.consent_scope_needed())
            return None, []
        if "basic" not in scopes:
            self.fields.show_consent_error(words.refusal(RuleViolation("consent_needs_basic")))
            return None, []
        assert on is not None
        return (on, scopes), []

    def _record_consent(
        self, resident_id: int, on: date, scopes: frozenset[str], *, stored: Callable[[], None]
    ) -> None:
        from frontdesk.core.models import ConsentScope

        privacy, actor = self._privacy, self._actor

        def done(_result: None) -> None:
            self._consent = (on, scopes)
            stored()

        self._start(
            "consent",
            lambda: privacy.record_consent(actor, resident_id, [ConsentScope(s) for s in scopes], on=on),  # type: ignore[union-attr, arg-type]
            done,
            settled=self._save_settled,
            changes=(RESIDENTS,),
        )

    def show_errors(self, errors: Sequence[FieldError]) -> None:
        """Each problem under its field, the field marked, the first one focused; nothing typed is touched."""
        unplaced = []
        for error in errors:
            if error.field not in self.fields.errors:
                unplaced.append(error)
                continue
            typed = self.fields.id_number.text() if error.field == "id_number" else ""
            self.fields.show_error(
                error.field, words.field_error(error.code, error.params, field=error.field, typed=typed)
            )
        if unplaced:
            self._say_problem(" ".join(words.field_error(e.code, e.params, field=e.field) for e in unplaced))
        first = self.fields.first_in_order(e.field for e in errors)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
            self.scroll.ensureWidgetVisible(first, 0, 40)

    def _say_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    # -- privacy ------------------------------------------------------------------------------------------------
    def print_consent(self) -> None:
        """打印同意书 (Ctrl+P): the consent form as ticked here, in a preview to print or save (each written to the
        操作日志). It is read on the worker."""
        if self.resident_id is None or self._privacy is None or self._documents is None:
            return
        if self.fields.print_consent.isHidden():
            return
        privacy, actor, resident_id = self._privacy, self._actor, self.resident_id
        try:
            on = parse_date(self.fields.text_of("consent_date"))
        except ValueError:
            on = None
        scopes = self.fields.consent_scopes()

        def read():
            from frontdesk.core.models import ConsentScope

            form = privacy.consent_form(actor, resident_id)  # type: ignore[arg-type]
            return replace(form, scopes=frozenset(ConsentScope(s) for s in scopes), on=on)

        title = self.tr("{name} - consent form").format(name=self._name or self.fields.text_of("name"))
        self._documents.preview(self._document_service, actor, "consent-form", read, title=title,
                                file_name=f"{title}.pdf", parent=self)  # fmt: skip

    def reveal(self) -> Job | None:
        """显示: the full ID number, until the form closes; the service writes the audit entry."""
        if self.resident_id is None or self.fields.id_number.state is not MaskState.MASKED:
            return None
        residents, actor, resident_id = self._residents, self._actor, self.resident_id

        def done(number: str | None) -> None:
            if number and self.fields.id_number.state is MaskState.MASKED:  # not typed over meanwhile
                self.fields.id_number.show_revealed(number)

        return self._reveal(
            "reveal",
            self.fields.reveal,
            lambda: residents.reveal_id_number(resident_id, actor=actor),  # type: ignore[arg-type]
            done,
        )

    def reveal_phones(self) -> Job | None:
        """显示 beside the phones: every stored phone number in full (the emergency contact's too), until the form
        closes; one audit entry, written by the service."""
        if self.resident_id is None or not any(
            self.fields.masked[name].state is MaskState.MASKED for name in PHONE_FIELDS
        ):
            return None
        residents, actor, resident_id = self._residents, self._actor, self.resident_id

        def done(phones: dict[str, str]) -> None:
            for name, number in phones.items():
                edit = self.fields.masked.get(name)
                if edit is not None and edit.state is MaskState.MASKED:  # one typed over meanwhile stays typed
                    edit.show_revealed(number)

        return self._reveal(
            "reveal_phones",
            self.fields.reveal_phones,
            lambda: residents.reveal_phones(resident_id, actor=actor),  # type: ignore[arg-type]
            done,
        )

    def _reveal(self, what: str, button: QPushButton, work: Callable[[], T], show: Callable[[T], None]) -> Job | None:
        """Run a reveal on the worker, once: ``button`` is disabled while it runs and stays so once shown (a second
        click must not reveal, and audit, twice); a refusal or machine trouble enables it again."""

        def done(value: T) -> None:
            show(value)
            button.setText(self.tr("Shown"))

        def again(then: Callable[[Any], None]) -> Callable[[Any], None]:
            def call(problem: Any) -> None:
                button.setEnabled(True)  # not shown: it may be asked for again
                then(problem)

            return call

        job = self._start(what, work, done, refused=again(self._refused), trouble=again(self._trouble))
        if job is not None:
            button.setEnabled(False)
        return job

    # -- closing ------------------------------------------------------------------------------------------------
    def reject(self) -> None:
        """Esc, 取消 or the window's close box: ask first when something typed would be lost. Not while a save is on
        its way: its outcome decides (a refusal is said here, beside the fields)."""
        if self._saving:
            return
        if self.is_dirty() and not self._prompts.confirm(
            self.tr("Discard changes?"),
            self.tr("What you typed in this form has not been saved. Close it anyway and lose the changes?"),
            action=self.tr("Discard changes"),
        ):
            return
        super().reject()

    def _close_quietly(self) -> None:
        self._remember()
        self.accept()

    def _leave_for(self, signal) -> None:
        """Archive or restore from the form: the page does it (and asks for the reason) once the form is closed."""
        if self.resident_id is None or self._saving:
            return
        if self.is_dirty() and not self._prompts.confirm(
            self.tr("Discard changes?"),
            self.tr("What you typed in this form has not been saved. Close it anyway and lose the changes?"),
            action=self.tr("Discard changes"),
        ):
            return
        resident_id, name = self.resident_id, self._name
        self._close_quietly()
        signal.emit(resident_id, name)


def _could_become_id(number: str) -> bool:
    """Fewer than 18 characters, all digits: typing on may still make an ID number of this (X comes last)."""
    return number.isascii() and number.isdigit()


def _date_or_none(text: str) -> date | None:
    try:
        return parse_date(text)
    except ValueError:
        return None
