"""数据库服务器 in Settings → Database (managers only): the PostgreSQL server several desks share.

Fields as on the installer's sheet (address, port, database, user, password) rather than one URL; the URL is shown
below them without the password. 测试连接 runs off the GUI thread and says what is wrong in words. 使用此服务器
tests first and saves only a server that works, into this desk's preferences (the password never shown again);
改回本机数据库 forgets it. Both take effect at the next start.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget

from frontdesk.ui.common.fields import error_label, password_field, show_error
from frontdesk.ui.common.flow_layout import FlowLayout

if TYPE_CHECKING:
    from frontdesk.core.access import Actor
    from frontdesk.core.db.server import ServerAddress, ServerCheck
    from frontdesk.ui.common.prefs import DeskPrefs


def check_text(check: ServerCheck, database: str) -> str:
    """What a connection test found, in words a manager can act on."""
    outcome, contents = str(check.outcome), str(check.contents)
    if outcome == "connected":
        texts = {
            "empty": QCoreApplication.translate(
                "ServerSettings", "Connected. The database is empty: frontdesk creates its tables at the first start."
            ),
            "frontdesk": QCoreApplication.translate("ServerSettings", "Connected. The database holds frontdesk data."),
            "too_new": QCoreApplication.translate(
                "ServerSettings",
                "Connected, but a newer frontdesk wrote this database: update frontdesk on this computer first.",
            ),
            "foreign": QCoreApplication.translate(
                "ServerSettings", "Connected, but the database holds another program's tables: use an empty one."
            ),
        }
        return texts.get(contents, texts["frontdesk"])
    texts = {
        "wrong_password": QCoreApplication.translate("ServerSettings", "Wrong user name or password."),
        "unreachable": QCoreApplication.translate(
            "ServerSettings",
            "The server cannot be reached: check the address and port, that the server is on, and the network.",
        ),
        "no_database": QCoreApplication.translate(
            "ServerSettings", "The server has no database called {name}: check the name, or ask for it to be created."
        ).format(name=database),
        "refused": QCoreApplication.translate(
            "ServerSettings", "The server does not accept this computer or this user: ask for access to be allowed."
        ),
    }
    return texts[outcome]


def usable(check: ServerCheck) -> bool:
    return str(check.outcome) == "connected" and str(check.contents) in ("empty", "frontdesk")


class ServerTester(QObject):
    """One connection test on a worker thread (an address nobody answers at takes seconds)."""

    finished = Signal(object)  # ServerCheck, or the exception (a bug) the test raised

    def __init__(self, address: ServerAddress) -> None:
        super().__init__()
        self._address = address
        self._thread = threading.Thread(target=self._run, name="test-server", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def is_running(self) -> bool:
        return self._thread.is_alive()

    def _run(self) -> None:
        try:
            from frontdesk.core.db.server import check_server

            outcome: object = check_server(self._address)
        except Exception as exc:  # a bug: raised again on the GUI thread, for the crash handler
            outcome = exc
        self.finished.emit(outcome)


class ServerPart(QWidget):
    """Shown only to those who may change settings; built once, filled from this desk's saved server."""

    def __init__(self, prefs: DeskPrefs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("serverSettings")
        self._prefs = prefs
        self._tester: ServerTester | None = None
        self._save_after_test = False

        heading = QLabel(self.tr("Database server (several desks)"))
        heading.setObjectName("serverHeading")
        form = self._build_form()
        buttons = self._build_buttons()

        self.result = QLabel()
        self.result.setObjectName("serverResult")
        self.result.setWordWrap(True)
        self.saved = QLabel()
        self.saved.setObjectName("serverSaved")
        self.saved.setWordWrap(True)
        hint = QLabel(
            self.tr(
                "Changes take effect the next time frontdesk starts. The password is kept only on this computer, "
                "readable by this user account, and is never shown again."
            )
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 8, 0, 0)
        column.addWidget(heading)
        column.addLayout(form)
        column.addLayout(buttons)
        column.addWidget(self.result)
        column.addWidget(self.saved)
        column.addWidget(hint)

        for field in (self.host, self.database, self.user):
            field.textChanged.connect(self._show_url)
        self.port.valueChanged.connect(self._show_url)
        self._loaded = False  # filled when a manager first sees it: reading a saved URL imports SQLAlchemy
        self.setVisible(False)

    def _build_form(self) -> QFormLayout:
        self.host = self._line("serverHost", "192.168.1.10")
        self.port = QSpinBox()
        self.port.setObjectName("serverPort")
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.port.setMaximumWidth(120)
        self.database = self._line("serverDatabase", "frontdesk")
        self.user = self._line("serverUser", "")
        self.password = password_field("serverPassword")
        self.password.setMaximumWidth(320)
        self.errors = {name: error_label(f"serverError_{name}") for name in ("host", "database", "user")}
        self.url_label = QLabel()
        self.url_label.setObjectName("serverUrl")
        self.url_label.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Server address"), self._stack(self.host, self.errors["host"]))
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Database name"), self._stack(self.database, self.errors["database"]))
        form.addRow(self.tr("User name"), self._stack(self.user, self.errors["user"]))
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Address"), self.url_label)
        return form

    def _build_buttons(self) -> FlowLayout:
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.setObjectName("serverTest")
        self.test_button.clicked.connect(self.test)
        self.use_button = QPushButton(self.tr("Use this server"))
        self.use_button.setObjectName("serverUse")
        self.use_button.clicked.connect(self.use)
        self.local_button = QPushButton(self.tr("Back to the local database"))
        self.local_button.setObjectName("serverLocal")
        self.local_button.clicked.connect(self.use_local)
        buttons = FlowLayout(spacing=8)  # wrapped onto a second row on a narrow screen
        for button in (self.test_button, self.use_button, self.local_button):
            buttons.addWidget(button)
        return buttons

    @staticmethod
    def _line(name: str, placeholder: str) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(name)
        field.setPlaceholderText(placeholder)
        field.setMaximumWidth(320)
        return field

    @staticmethod
    def _stack(field: QWidget, error: QLabel) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(field)
        column.addWidget(error)
        return column

    # -- who may see it ---------------------------------------------------------------------------------------------
    def set_actor(self, actor: Actor | None) -> None:
        from frontdesk.core.access import Permission

        allowed = actor is not None and actor.may(Permission.SETTINGS)
        if allowed and not self._loaded:
            self._loaded = True
            self._load_saved()
        self.setVisible(allowed)
        if not allowed:
            self.password.clear()
            self.result.clear()

    # -- what is saved ------------------------------------------------------------------------------------------------
    def _saved_address(self) -> ServerAddress | None:
        url = self._prefs.server_url
        if not url:
            return None
        from frontdesk.core.db.server import ServerAddress

        return ServerAddress.from_url(url)

    def _load_saved(self) -> None:
        url = self._prefs.server_url
        if not url:
            self.saved.setText(self.tr("This desk uses the database file on this computer."))
            self.local_button.setEnabled(False)
            self._show_url()
            return
        saved = self._saved_address()
        assert saved is not None
        self.host.setText(saved.host)
        self.port.setValue(saved.port)
        self.database.setText(saved.database)
        self.user.setText(saved.user)
        self.password.setPlaceholderText(self.tr("(saved, not shown)"))
        self.saved.setText(self.tr("This desk uses the server {url} (from the next start).").format(url=saved.shown()))
        self.local_button.setEnabled(True)
        self._show_url()

    def typed(self) -> ServerAddress:
        """The fields as an address; an empty password keeps the saved one for the same server and user."""
        from frontdesk.core.db.server import ServerAddress

        password = self.password.text()
        saved = self._saved_address()
        host, user = self.host.text().strip(), self.user.text().strip()
        if not password and saved is not None and (saved.host, saved.user) == (host, user):
            password = saved.password
        return ServerAddress(host, self.port.value(), self.database.text().strip(), user, password)

    def _show_url(self, *_args) -> None:
        host, database, user = self.host.text().strip(), self.database.text().strip(), self.user.text().strip()
        who = f"{user}@" if user else ""
        self.url_label.setText(f"postgresql://{who}{host or '…'}:{self.port.value()}/{database or '…'}")

    def _complete(self) -> bool:
        """Each missing field says so beside itself."""
        texts = {
            "host": self.tr("Enter the server's address, as on the installer's sheet."),
            "database": self.tr("Enter the database name."),
            "user": self.tr("Enter the user name."),
        }
        fields = {"host": self.host, "database": self.database, "user": self.user}
        missing = [name for name in texts if not fields[name].text().strip()]
        for name, label in self.errors.items():
            show_error(label, texts[name] if name in missing else "")
        if missing:
            fields[missing[0]].setFocus()
        return not missing

    # -- actions ----------------------------------------------------------------------------------------------------
    def test(self) -> None:
        """测试连接: on a worker thread; the result is shown in words."""
        self._save_after_test = False
        self._start_test()

    def use(self) -> None:
        """使用此服务器: test, and save if it works."""
        self._save_after_test = True
        self._start_test()

    def _start_test(self) -> None:
        if self.testing or not self._complete():
            return
        tester = ServerTester(self.typed())
        tester.finished.connect(self._tested)
        self._tester = tester
        self.test_button.setEnabled(False)
        self.use_button.setEnabled(False)
        self.result.setProperty("tone", "")
        self.result.setText(self.tr("Connecting…"))
        tester.start()

    @property
    def testing(self) -> bool:
        return self._tester is not None and self._tester.is_running()

    def _tested(self, outcome: object) -> None:
        self.test_button.setEnabled(True)
        self.use_button.setEnabled(True)
        if isinstance(outcome, BaseException):
            raise outcome
        address = self.typed()
        text = check_text(outcome, address.database)  # type: ignore[arg-type]
        ok = usable(outcome)  # type: ignore[arg-type]
        if ok and self._save_after_test:
            self._prefs.set_server_url(address.url_text())
            self.password.clear()
            self._load_saved()
            text += " " + self.tr("Saved: frontdesk on this desk uses this server from the next start.")
        self.result.setText(text)
        self.result.setProperty("tone", "ok" if ok else "refusal")
        self.result.style().unpolish(self.result)
        self.result.style().polish(self.result)

    def use_local(self) -> None:
        """改回本机数据库: forget the server (and its password)."""
        self._prefs.set_server_url(None)
        self.password.clear()
        self.password.setPlaceholderText("")
        self._load_saved()
        self.result.setProperty("tone", "ok")
        self.result.setText(self.tr("Back to the database file on this computer from the next start."))
