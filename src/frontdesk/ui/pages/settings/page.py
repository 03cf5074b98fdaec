"""设置 Settings: this desk's language and text size, and facts about the database in use.

The database file's size is looked up on the desk's database worker (a file on a network share may not answer at
once), and only while someone is signed in; the sections other modules own do their own reading.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from frontdesk.ui.common.info import DatabaseInfo, DeskInfo
from frontdesk.ui.pages.specs import page_title

if TYPE_CHECKING:
    from frontdesk.ui.common.worker import DatabaseWorker

SIZE = "settings.size"  # the database file's size, looked up on the worker

# Each language is named in its own language, so anyone can find theirs.
LANGUAGE_NAMES = (("zh_CN", "简体中文"), ("en", "English"))


def _read_only(text: str, name: str) -> QLineEdit:
    """A value staff can select and copy but not change; never widens the window, however long."""
    field = QLineEdit(text)
    field.setObjectName(name)
    field.setReadOnly(True)
    field.setCursorPosition(0)
    return field


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("hint")
    label.setWordWrap(True)
    return label


def _stacked(*widgets: QWidget) -> QVBoxLayout:
    column = QVBoxLayout()
    column.setSpacing(4)
    for widget in widgets:
        column.addWidget(widget)
    return column


def _form(box: QGroupBox) -> QFormLayout:
    form = QFormLayout(box)
    form.setHorizontalSpacing(24)
    form.setVerticalSpacing(10)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return form


class SettingsPage(QWidget):
    page_id = "settings"
    icon_name = "settings"

    language_chosen = Signal(str)
    large_text_toggled = Signal(bool)
    lock_minutes_changed = Signal(int)
    about_requested = Signal()

    def __init__(
        self,
        desk: DeskInfo,
        worker: DatabaseWorker,
        *,
        database: DatabaseInfo | None = None,
        language: str,
        saved_language: str,
        large_text: bool,
        lock_minutes: int = 5,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("page_settings")
        self._database: DatabaseInfo | None = None
        self._worker = worker
        self._signed_in = False
        self._running_language = language

        heading = QLabel(self.title())
        heading.setObjectName("pageTitle")

        content = QWidget()
        content.setObjectName("settingsContent")
        content.setMaximumWidth(880)
        column = QVBoxLayout(content)
        column.setContentsMargins(32, 16, 32, 16)
        column.setSpacing(12)
        column.addWidget(heading)
        column.addWidget(self._display_group(saved_language, large_text, lock_minutes))
        column.addWidget(self._database_group())
        column.addWidget(self._desk_group(desk))
        column.addStretch(1)
        self._column = column

        scroll = QScrollArea()
        scroll.setObjectName("settingsScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        holder = QWidget()
        holder.setObjectName("settingsHolder")
        centred = QHBoxLayout(holder)
        centred.setContentsMargins(0, 0, 0, 0)
        centred.addStretch(1)
        centred.addWidget(content, 8)
        centred.addStretch(1)
        scroll.setWidget(holder)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.language.currentIndexChanged.connect(self._language_changed)
        self.large_text.toggled.connect(self.large_text_toggled)
        self._update_language_note()
        if database is not None:
            self.set_database(database)

    def _display_group(self, saved_language: str, large_text: bool, lock_minutes: int) -> QGroupBox:
        self.language = QComboBox()
        self.language.setObjectName("languageCombo")
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(saved_language)))
        self.language.setMaximumWidth(320)
        self.language_note = _hint("")
        self.large_text = QCheckBox(self.tr("Large text (for staff with weak eyesight)"))
        self.large_text.setObjectName("largeTextCheck")
        self.large_text.setChecked(large_text)

        box = QGroupBox(self.tr("Display on this desk"))
        form = _form(box)
        form.addRow(self.tr("Language"), _stacked(self.language, self.language_note))
        form.addRow(self.tr("Text size"), _stacked(self.large_text, _hint(self.tr("Takes effect at once."))))
        self.lock_minutes = QSpinBox()
        self.lock_minutes.setObjectName("lockMinutes")
        self.lock_minutes.setRange(1, 120)
        self.lock_minutes.setValue(lock_minutes)
        self.lock_minutes.setSuffix(self.tr(" min"))
        self.lock_minutes.setMaximumWidth(160)
        self.lock_minutes.valueChanged.connect(self.lock_minutes_changed)
        lock_hint = _hint(self.tr("The screen locks after this long without use (Ctrl+L locks at once)."))
        form.addRow(self.tr("Lock after"), _stacked(self.lock_minutes, lock_hint))
        return box

    def _database_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Database"))
        form = _form(box)
        self.location = _read_only(self.tr("Opening the database…"), "databaseLocation")
        form.addRow(self.tr("Location"), self.location)
        self.backend_label = QLabel("—")
        self.backend_label.setObjectName("databaseKind")
        form.addRow(self.tr("Kind"), self.backend_label)
        self.revision_label = QLabel("—")
        self.revision_label.setObjectName("databaseRevision")
        form.addRow(self.tr("Schema revision"), self.revision_label)
        self.size_label = QLabel("—")
        self.size_label.setObjectName("databaseSize")
        form.addRow(self.tr("File size"), self.size_label)
        self.demo_notice = QLabel(self.tr("This is the demo database: everyone in it is made up."))
        self.demo_notice.setObjectName("notice")
        self.demo_notice.setWordWrap(True)
        self.demo_notice.hide()
        form.addRow("", self.demo_notice)
        self._database_form = form
        return box

    def add_database_part(self, part: QWidget) -> None:
        """A part of the Database group another module owns (数据库服务器, for managers), below the facts."""
        self._database_form.addRow(part)

    def set_database(self, database: DatabaseInfo) -> None:
        """Fill in the facts once the database is open (the page exists before that)."""
        self._database = database
        self.location.setText(database.location)
        self.location.setCursorPosition(0)
        self.backend_label.setText(self.tr("SQLite file") if database.path is not None else self.tr("Database server"))
        self.revision_label.setText(database.revision)
        self.demo_notice.setVisible(database.demo)
        self.refresh_size()

    def _desk_group(self, desk: DeskInfo) -> QGroupBox:
        box = QGroupBox(self.tr("This desk"))
        form = _form(box)
        form.addRow(self.tr("Data folder"), _read_only(str(desk.data_folder), "dataFolder"))
        log_text = str(desk.log_file) if desk.log_file else self.tr("(no log file)")
        form.addRow(self.tr("Log file"), _read_only(log_text, "logFile"))
        about = QPushButton(self.tr("About frontdesk…"))
        about.setObjectName("aboutButton")
        about.setToolTip(self.tr("About frontdesk (F1)"))
        about.clicked.connect(self.about_requested)
        row = QHBoxLayout()
        row.addWidget(about)
        row.addStretch(1)
        form.addRow("", row)
        return box

    def add_section(self, section: QWidget) -> None:
        """A section another part of the desk owns (e.g. 员工 for managers), placed after the others."""
        self._column.insertWidget(self._column.count() - 1, section)

    def title(self) -> str:
        return page_title(self.page_id)

    def set_actor(self, actor: object | None) -> None:
        """Someone is signed in (``None``: nobody, and nothing is looked up)."""
        self._signed_in = actor is not None
        if self._signed_in:
            self.refresh_size()
        else:
            self._worker.cancel(SIZE)

    def refresh_size(self) -> None:
        """The file's size now (it grows while the desk works), looked up on the worker."""
        database = self._database
        if database is None or not self._signed_in:
            return
        self._worker.run(database.size_bytes, self._show_size, key=SIZE, asks_database=False)  # a file's size

    def _show_size(self, size: int | None) -> None:
        self.size_label.setText("—" if size is None else QLocale().formattedDataSize(size))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh_size()

    def _language_changed(self) -> None:
        self.language_chosen.emit(self.language.currentData())
        self._update_language_note()

    def _update_language_note(self) -> None:
        if self.language.currentData() == self._running_language:
            self.language_note.setText(self.tr("The language of the whole program on this desk."))
        else:
            self.language_note.setText(self.tr("The new language is used the next time frontdesk starts."))
