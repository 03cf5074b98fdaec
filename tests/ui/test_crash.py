"""Unhandled errors: a bug opens the crash dialog with redacted, copyable details; machine trouble a plain message."""

from __future__ import annotations

import logging
import sys
import threading

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from frontdesk.core.errors import EnvironmentProblem, ProblemKind
from frontdesk.ui.failures import problems
from frontdesk.ui.failures.crash import CrashHandler, CrashReport
from frontdesk.ui.failures.crash_dialog import CrashDialog
from frontdesk.ui.failures.prompts import Prompts

FAKE_ID = "110101195003071234"
FAKE_PHONE = "13912345678"


class Emitter(QObject):
    fired = Signal()


@pytest.fixture
def handler(prompts, tmp_path):
    crash = CrashHandler(prompts, tmp_path / "frontdesk.log")
    crash.install()
    yield crash
    crash.uninstall()


@pytest.mark.qt_no_exception_capture
def test_slot_exception_opens_crash_dialog_with_redacted_details(qapp, handler, prompts, caplog) -> None:
    def slot() -> None:
        raise ValueError(f"resident {FAKE_ID} phone {FAKE_PHONE}")

    emitter = Emitter()
    emitter.fired.connect(slot)
    with caplog.at_level(logging.ERROR):
        emitter.fired.emit()
    [report] = prompts.crashes
    assert "ValueError" in report.summary
    assert "Traceback" in report.details
    assert "in slot" in report.details
    assert FAKE_ID not in report.details
    assert FAKE_PHONE not in report.details
    assert "139****5678" in report.details
    assert report.log_path is not None
    assert "unhandled exception" in caplog.text


@pytest.mark.qt_no_exception_capture
def test_environment_problem_in_slot_is_a_message_not_a_crash(qapp, handler, prompts) -> None:
    def slot() -> None:
        raise EnvironmentProblem(ProblemKind.DISK_FULL, "database or disk is full")

    emitter = Emitter()
    emitter.fired.connect(slot)
    emitter.fired.emit()
    assert prompts.crashes == []
    [(problem, _location, blocking)] = prompts.problems
    assert problem.kind is ProblemKind.DISK_FULL
    assert not blocking


def test_worker_thread_exception_reaches_the_gui_thread(qtbot, handler, prompts) -> None:
    def work() -> None:
        raise KeyError("from a worker")

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: len(prompts.crashes) == 1)
    assert "KeyError" in prompts.crashes[0].summary


def test_uninstall_restores_previous_hooks(qapp, prompts) -> None:
    before = sys.excepthook
    crash = CrashHandler(prompts, None)
    crash.install()
    assert sys.excepthook == crash.excepthook
    crash.uninstall()
    assert sys.excepthook is before


def report() -> CrashReport:
    try:
        raise RuntimeError(f"boom {FAKE_ID}")
    except RuntimeError as exc:
        return CrashReport.from_exception(type(exc), exc, exc.__traceback__, None)


def test_crash_dialog_is_non_blocking_and_copies_details(qtbot, language) -> None:
    prompts = Prompts()
    prompts.crash(report())
    dialog = QApplication.activeModalWidget() or next(
        w for w in QApplication.topLevelWidgets() if w.objectName() == "crashDialog" and w.isVisible()
    )
    qtbot.addWidget(dialog)
    assert isinstance(dialog, CrashDialog)
    assert dialog.windowTitle() == "出错了"
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "很抱歉" in texts
    assert "日志文件" in texts
    prompts.crash(report())  # a second error joins the open dialog
    assert dialog.details.toPlainText().count("RuntimeError: boom") == 2
    dialog.copy_details()
    copied = QApplication.clipboard().text()
    assert "RuntimeError" in copied
    assert FAKE_ID not in copied
    dialog.close()


@pytest.mark.parametrize("kind", list(ProblemKind))
def test_every_problem_kind_has_a_translated_message(language, kind: ProblemKind) -> None:
    text = problems.problem_text(kind)
    assert text
    assert not any("a" <= ch <= "z" for ch in text.replace("frontdesk", "")), text  # translated, no English left


def test_problem_box_says_what_to_do(qtbot, language) -> None:
    prompts = Prompts()
    prompts.problem(EnvironmentProblem(ProblemKind.LOCKED), location="/data/frontdesk.sqlite3")
    box = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "problemBox" and w.isVisible())
    qtbot.addWidget(box)
    assert isinstance(box, QMessageBox)
    assert "数据库被另一个程序占用" in box.text()
    assert "/data/frontdesk.sqlite3" in box.informativeText()
    assert box.button(QMessageBox.StandardButton.Ok).text() == "确定"  # Qt's own catalog is loaded
    box.close()
