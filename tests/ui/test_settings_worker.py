"""Sign-in, the lock screen and the Settings sections ask the database on the desk's worker, never on the GUI thread:
a service call that waits (a server that does not answer, a lock) leaves the desk turning, the dialog or section says
it is waiting, and the outcome arrives when the call returns. Signed out, nothing starts."""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton
from signin_support import PASSWORD, commit, settle

from actors import TEST_ACTOR
from frontdesk.core.access import Actor
from frontdesk.core.errors import EnvironmentProblem, ProblemKind
from frontdesk.core.models import ArchiveReason, Role
from frontdesk.core.services.audit_log import AuditLogService
from frontdesk.core.services.backups import BackupService
from frontdesk.core.services.center_settings import CenterSettings
from frontdesk.core.services.privacy import PrivacyService
from frontdesk.core.services.residents import ResidentService
from frontdesk.core.services.staff import StaffService
from frontdesk.core.validation import ResidentInput
from frontdesk.ui.access.signin import ChangePasswordDialog, SignInDialog
from frontdesk.ui.failures import problems

ASK = "ask"
TICK_MS = 10
MAX_GAP_MS = 100
MANAGER = Actor(0, "张主任", Role.MANAGER)


class Calls:
    """A service method wrapped: on which thread each call ran; with ``block`` each call waits for :meth:`release`."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, owner: type, name: str, *, block: bool = False) -> None:
        self.threads: list[threading.Thread] = []
        self._gate = threading.Event()
        if not block:
            self._gate.set()
        original = getattr(owner, name)

        def wrapped(*args, **kwargs):
            self.threads.append(threading.current_thread())
            if not self._gate.wait(10):
                raise AssertionError(f"{name} was never released")
            return original(*args, **kwargs)

        monkeypatch.setattr(owner, name, wrapped)

    def release(self) -> None:
        self._gate.set()

    @property
    def count(self) -> int:
        return len(self.threads)

    def off_the_gui_thread(self) -> bool:
        gui = threading.main_thread()
        return bool(self.threads) and all(thread is not gui for thread in self.threads)


class Gaps:
    """A 10 ms timer on the GUI thread: the longest wait between two ticks is the longest the event loop was stuck."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.last = time.monotonic()
        self.longest_ms = 0.0
        self.ticks = 0

    def _tick(self) -> None:
        now = time.monotonic()
        self.longest_ms = max(self.longest_ms, (now - self.last) * 1000)
        self.last = now
        self.ticks += 1


@pytest.fixture
def gaps(qtbot) -> Iterator[Gaps]:
    made = Gaps()
    made.timer.start()
    made.last = time.monotonic()
    yield made
    made.timer.stop()


def waiting(qtbot, calls: Calls, gaps: Gaps) -> None:
    """The call is under way and blocked: the event loop keeps turning for a while (measured from here on)."""
    qtbot.waitUntil(lambda: calls.count >= 1, timeout=5_000)
    # A desk just built leaves its widgets in the young generation: the desk's collector's first tick after it
    # collects them all (~0.1 s, once). And a window just shown lays out its pages once, every page's flowing rows
    # asked their heights (~0.1 s with the classes page's tabs; the start-up benchmark counts it). Both done here,
    # the window measures the loop as it turns from then on, while the worker is blocked.
    gc.collect()
    qtbot.wait(150)
    gaps.last, gaps.longest_ms, gaps.ticks = time.monotonic(), 0.0, 0
    qtbot.wait(300)
    assert gaps.ticks >= 10
    assert gaps.longest_ms < MAX_GAP_MS, f"the event loop was stuck for {gaps.longest_ms:.0f} ms"


def shown_desk(qtbot, desk):
    desk.window.show()
    qtbot.waitExposed(desk.window)
    settle(qtbot, desk)
    return desk


def visible_dialog(desk, kind):
    dialogs = [d for d in desk.window.findChildren(kind) if d.isVisible()]
    assert len(dialogs) == 1
    return dialogs[0]


# -- signing in ------------------------------------------------------------------------------------------------------


def test_sign_in_waits_on_the_worker_with_the_desk_turning_and_starts_once(
    qtbot, make_desk, monkeypatch, manager, gaps
) -> None:
    asked = Calls(monkeypatch, StaffService, "needs_first_manager")
    desk = shown_desk(qtbot, make_desk(actor=ASK))
    assert asked.off_the_gui_thread()
    dialog = visible_dialog(desk, SignInDialog)
    sign_in = Calls(monkeypatch, StaffService, "sign_in", block=True)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "signInUser"), "zhang")
    password = dialog.findChild(QLineEdit, "signInPassword")
    qtbot.keyClicks(password, PASSWORD)
    qtbot.keyClick(password, Qt.Key.Key_Return)
    waiting(qtbot, sign_in, gaps)

    assert dialog.busy()
    assert not dialog.findChild(QPushButton, "signInButton").isEnabled()
    assert dialog.waiting.isVisible()
    assert dialog.waiting.text() == "正在登录…"
    assert password.isReadOnly()  # what the answer is about stays what was typed
    qtbot.keyClick(password, Qt.Key.Key_Return)  # impatient: a second Enter starts nothing
    dialog.buttons.accepted.emit()
    assert desk.actor is None

    sign_in.release()
    settle(qtbot, desk)
    assert sign_in.count == 1
    assert sign_in.off_the_gui_thread()
    assert desk.actor == manager
    assert not dialog.isVisible()


def test_a_server_that_does_not_answer_at_sign_in_is_said_beside_the_fields(
    qtbot, make_desk, monkeypatch, manager, prompts
) -> None:
    desk = shown_desk(qtbot, make_desk(actor=ASK))
    dialog = visible_dialog(desk, SignInDialog)

    def gone(self, username: str, password: str):
        raise EnvironmentProblem(ProblemKind.CONNECTION, "connection refused")

    monkeypatch.setattr(StaffService, "sign_in", gone)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "signInUser"), "zhang")
    password = dialog.findChild(QLineEdit, "signInPassword")
    qtbot.keyClicks(password, PASSWORD)
    qtbot.keyClick(password, Qt.Key.Key_Return)
    settle(qtbot, desk)
    assert dialog.findChild(QLabel, "signInError").text() == problems.problem_text(ProblemKind.CONNECTION)
    assert dialog.findChild(QLineEdit, "signInUser").text() == "zhang"
    assert password.text() == ""  # cleared, as on any failed sign-in
    assert not password.isReadOnly()
    assert dialog.findChild(QPushButton, "signInButton").isEnabled()  # try again
    assert desk.worker.unreachable is ProblemKind.CONNECTION
    assert prompts.crashes == []
    assert desk.actor is None


def test_first_run_creates_the_administrator_on_the_worker(qtbot, make_desk, monkeypatch, staff, gaps) -> None:
    desk = shown_desk(qtbot, make_desk(actor=ASK))
    from frontdesk.ui.access.signin import FirstRunDialog

    dialog = visible_dialog(desk, FirstRunDialog)
    create = Calls(monkeypatch, StaffService, "create_first_manager", block=True)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "firstRunUser"), "zhang")
    commit(dialog.findChild(QLineEdit, "firstRunName"), "张主任")
    for name in ("firstRunPassword", "firstRunRepeat"):
        qtbot.keyClicks(dialog.findChild(QLineEdit, name), PASSWORD)
    qtbot.keyClick(dialog.findChild(QLineEdit, "firstRunRepeat"), Qt.Key.Key_Return)
    waiting(qtbot, create, gaps)
    assert not dialog.findChild(QPushButton, "firstRunButton").isEnabled()
    assert dialog.waiting.text() == "请稍候…"
    create.release()
    settle(qtbot, desk)
    assert create.off_the_gui_thread()
    assert not staff.needs_first_manager()
    assert desk.actor is not None
    assert desk.actor.role == Role.MANAGER


def test_the_lock_screen_checks_the_password_on_the_worker(qtbot, make_desk, monkeypatch, manager, gaps) -> None:
    desk = shown_desk(qtbot, make_desk(actor=manager, username="zhang"))
    desk.window.lock_action.trigger()
    sign_in = Calls(monkeypatch, StaffService, "sign_in", block=True)
    password = desk.window.findChild(QLineEdit, "lockPassword")
    qtbot.keyClicks(password, PASSWORD)
    qtbot.keyClick(password, Qt.Key.Key_Return)
    waiting(qtbot, sign_in, gaps)
    cover = desk.gate.cover
    assert cover.message.text() == "请稍候…"
    assert not cover.unlock_button.isEnabled()
    qtbot.keyClick(password, Qt.Key.Key_Return)  # a second Enter starts nothing
    assert desk.gate.locked
    sign_in.release()
    settle(qtbot, desk)
    assert sign_in.count == 1
    assert sign_in.off_the_gui_thread()
    assert not desk.gate.locked
    assert cover.unlock_button.isEnabled()


def test_change_password_runs_on_the_worker(qtbot, make_desk, monkeypatch, staff, lina, gaps) -> None:
    desk = shown_desk(qtbot, make_desk(actor=lina, username="lina"))
    change = Calls(monkeypatch, StaffService, "change_password", block=True)
    dialog = desk.gate.change_password()
    assert isinstance(dialog, ChangePasswordDialog)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "oldPassword"), "lina2026pw")
    for name in ("newPassword", "newPasswordRepeat"):
        qtbot.keyClicks(dialog.findChild(QLineEdit, name), "mine2026pw")
    dialog.buttons.accepted.emit()
    waiting(qtbot, change, gaps)
    assert dialog.busy()
    dialog.buttons.accepted.emit()  # starts nothing more
    change.release()
    settle(qtbot, desk)
    assert change.count == 1
    assert change.off_the_gui_thread()
    assert not dialog.isVisible()
    assert staff.sign_in("lina", "mine2026pw") == lina


# -- the Settings sections -------------------------------------------------------------------------------------------


def settings_desk(qtbot, make_desk, actor):
    desk = make_desk(actor=actor, username="zhang")
    desk.window.show()
    qtbot.waitExposed(desk.window)
    desk.window.show_page("settings")
    settle(qtbot, desk)
    return desk


def test_staff_management_reads_and_writes_on_the_worker(qtbot, make_desk, monkeypatch, staff, manager, gaps) -> None:
    listed = Calls(monkeypatch, StaffService, "list_staff")
    desk = settings_desk(qtbot, make_desk, manager)
    section = desk.staff_admin
    assert listed.off_the_gui_thread()

    create = Calls(monkeypatch, StaffService, "create_staff", block=True)
    qtbot.keyClicks(section.findChild(QLineEdit, "staffNewUser"), "lina")
    commit(section.findChild(QLineEdit, "staffNewName"), "李娜")
    qtbot.keyClicks(section.findChild(QLineEdit, "staffNewPassword"), "lina2026pw")
    section.findChild(QPushButton, "staffAdd").click()
    waiting(qtbot, create, gaps)
    assert section.busy()
    assert section.findChild(QLabel, "staffStatus").text() == "正在保存…"
    assert not section.findChild(QPushButton, "staffAdd").isEnabled()
    create.release()
    settle(qtbot, desk)
    assert create.off_the_gui_thread()
    assert section.findChild(QLabel, "staffStatus").text() == "已添加 李娜（lina）。"
    assert section.selected().username == "lina"

    reset = Calls(monkeypatch, StaffService, "reset_password")
    qtbot.keyClicks(section.findChild(QLineEdit, "staffResetField"), "fresh2026pw")
    section.findChild(QPushButton, "staffReset").click()
    settle(qtbot, desk)
    toggle = Calls(monkeypatch, StaffService, "set_active")
    section.findChild(QPushButton, "staffToggleActive").click()
    settle(qtbot, desk)
    assert reset.off_the_gui_thread()
    assert toggle.off_the_gui_thread()
    assert not {row.username: row for row in staff.list_staff(manager)}["lina"].active


def test_privacy_reads_and_writes_on_the_worker(qtbot, make_desk, monkeypatch, opened, clock, prompts, gaps) -> None:
    residents = ResidentService(opened.db, clock)
    gone = residents.create(ResidentInput(name="钱老伯"), actor=TEST_ACTOR)
    residents.archive(gone, ArchiveReason.MOVED, actor=TEST_ACTOR)
    clock.now = clock.now + timedelta(days=4 * 365)
    kept = Calls(monkeypatch, PrivacyService, "retention_days")
    counted = Calls(monkeypatch, PrivacyService, "count_expired", block=True)
    desk = make_desk(actor=MANAGER)
    desk.window.show()
    desk.window.show_page("settings")
    section = desk.privacy
    waiting(qtbot, counted, gaps)
    assert section.busy()
    assert not section.anonymise_button.isEnabled()
    counted.release()
    settle(qtbot, desk)
    assert section.due.text() == "已超过保存期限的归档居民：1 人"
    assert section.anonymise_button.isEnabled()

    saved = Calls(monkeypatch, PrivacyService, "set_retention_days")
    section.years.setValue(2)  # archived four years ago: still past it
    section.save_button.click()
    settle(qtbot, desk)
    safety = Calls(monkeypatch, BackupService, "take_safety")
    anonymised = Calls(monkeypatch, PrivacyService, "anonymise_expired")
    section.anonymise()
    settle(qtbot, desk)
    for calls in (kept, counted, saved, safety, anonymised):
        assert calls.off_the_gui_thread()
    assert "已匿名化 1 " in section.status.text()


def test_backups_read_and_restore_on_the_worker(qtbot, make_desk, monkeypatch, manager, opened, clock, gaps) -> None:
    listed = Calls(monkeypatch, BackupService, "backups", block=True)
    folder = Calls(monkeypatch, BackupService, "second_folder")
    desk = make_desk(actor=manager, username="zhang")
    desk.window.show()
    desk.window.show_page("settings")
    section = desk.backups
    waiting(qtbot, listed, gaps)
    assert section.busy()
    listed.release()
    settle(qtbot, desk)
    assert not section.busy()

    with qtbot.waitSignal(section.backup_finished, timeout=10_000):  # its own thread, as the periodic backups
        section.findChild(QPushButton, "backupNow").click()
    settle(qtbot, desk)
    assert section.model.rowCount() == 1

    counted = Calls(monkeypatch, BackupService, "current_counts")
    section.table.selectRow(0)
    section.ask_restore()
    qtbot.waitUntil(lambda: section.preview is not None and section.preview.isVisible(), timeout=10_000)
    section.preview.reject()
    restore = Calls(monkeypatch, BackupService, "restore", block=True)
    section.restore(section.model.row(0).path)
    waiting(qtbot, restore, gaps)
    assert section.findChild(QLabel, "backupsStatus").text() == "正在恢复…"
    assert not section.findChild(QPushButton, "backupNow").isEnabled()
    assert not desk.window.stack.isEnabled()  # held: the pages take no input while the file is replaced
    assert not desk.housekeeping._poll_timer.isActive()
    restore.release()
    settle(qtbot, desk)
    assert desk.window.stack.isEnabled()
    assert desk.opened is not opened
    for calls in (listed, folder, counted, restore):
        assert calls.off_the_gui_thread()
    desk.opened.db.dispose()


def test_the_audit_log_reads_on_the_worker(qtbot, make_desk, monkeypatch, manager, gaps) -> None:
    staff_read = Calls(monkeypatch, AuditLogService, "staff")
    kinds = Calls(monkeypatch, AuditLogService, "kinds")
    browse = Calls(monkeypatch, AuditLogService, "browse", block=True)
    desk = settings_desk(qtbot, make_desk, manager)
    dialog = desk.audit_log.open_log()
    waiting(qtbot, browse, gaps)
    assert not dialog.settled()
    assert dialog.status.text() == "正在读取日志…"
    browse.release()
    qtbot.waitUntil(dialog.settled, timeout=10_000)
    assert dialog.model.rowCount() == 1  # the first manager's account
    assert dialog.staff.findData(manager.staff_id) > 0
    for calls in (staff_read, kinds, browse):
        assert calls.off_the_gui_thread()
    dialog.reject()


def test_the_center_name_is_read_on_the_worker(qtbot, make_desk, monkeypatch, opened) -> None:
    read = Calls(monkeypatch, CenterSettings, "center_name")
    desk = shown_desk(qtbot, make_desk(actor=ASK))
    assert read.off_the_gui_thread()
    assert desk.gate.cover.center.text()


def test_signed_out_nothing_starts(qtbot, make_desk, monkeypatch, manager) -> None:
    desk = shown_desk(qtbot, make_desk(actor=ASK))
    watched = [
        Calls(monkeypatch, StaffService, "list_staff"),
        Calls(monkeypatch, PrivacyService, "retention_days"),
        Calls(monkeypatch, BackupService, "backups"),
        Calls(monkeypatch, AuditLogService, "browse"),
    ]
    for section in (desk.staff_admin, desk.privacy, desk.backups):
        section.refresh()
    assert desk.audit_log.open_log() is None
    desk.settings.refresh_size()
    assert desk.worker.idle()
    settle(qtbot, desk)
    assert [calls.count for calls in watched] == [0, 0, 0, 0]
