"""居民 page on the desk's database worker: every read and write runs off the GUI thread, and a database that takes
its time leaves the window turning while the page (or the form) says it is waiting."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QApplication, QCheckBox, QPushButton
from residents_driver import STANDARD_EXAMPLE, ResidentsDriver

from actors import TEST_ACTOR
from frontdesk.core.models import Resident
from frontdesk.core.services.residents import ResidentService
from frontdesk.core.validation import ResidentInput
from frontdesk.ui.pages.residents.merge_dialog import MergeDialog

TICK_MS = 10
MAX_GAP_MS = 100
GATE_S = 10  # a blocked call gives up after this long (the test has failed by then)


class Gaps:
    """A 10 ms timer on the GUI thread: the longest wait between two of its ticks is the longest the loop was stuck."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.longest_ms = 0.0
        self.ticks = 0

    def start(self) -> None:
        self.last = time.monotonic()
        self.timer.start()

    def _tick(self) -> None:
        now = time.monotonic()
        self.longest_ms = max(self.longest_ms, (now - self.last) * 1000)
        self.last = now
        self.ticks += 1

    def stop(self) -> None:
        self.timer.stop()


def record_threads(monkeypatch: pytest.MonkeyPatch, service: object, names: list[str], seen: list) -> None:
    """Each call of these service methods notes the thread it ran on (and its arguments)."""
    for name in names:
        original = getattr(service, name)

        def wrapped(*args, _original=original, _name=name, **kwargs):
            seen.append((_name, threading.current_thread(), kwargs))
            return _original(*args, **kwargs)

        monkeypatch.setattr(service, name, wrapped)


def dialog_of(kind):
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    assert len(found) == 1, found
    return found[0]


def test_every_read_and_write_of_the_page_and_its_form_runs_on_the_worker(
    qtbot, desk, clock, monkeypatch, tmp_path: Path
) -> None:
    service = ResidentService(desk.opened.db, clock)
    wang = service.create(
        ResidentInput(name="王秀兰", id_number=STANDARD_EXAMPLE, emergency_name="李强", emergency_phone="13800001111"),
        actor=TEST_ACTOR,
    )
    li = service.create(ResidentInput(name="李建国"), actor=TEST_ACTOR)
    residents = ResidentsDriver(qtbot, desk)
    page, services = residents.page, desk.services
    seen: list = []
    record_threads(monkeypatch, services.registry, ["communities", "count", "page"], seen)
    record_threads(
        monkeypatch,
        services.residents,
        ["form_data", "create", "update", "reveal_id_number", "reveal_phones", "archive", "restore", "merge_preview"],
        seen,
    )
    record_threads(monkeypatch, services.residents, ["merge", "undo_merge"], seen)
    record_threads(monkeypatch, services.privacy, ["consent", "record_consent", "export_resident"], seen)

    page.model.page_size = 1  # the table's rows a page at a time, here one: the second is read as it scrolls
    page.model.clear()
    page.refresh()
    residents.settle()
    if page.model.rowCount() == 1:  # the view asks for more by itself once the last row shows
        page.model.fetchMore(QModelIndex())
    qtbot.waitUntil(lambda: page.settled() and page.model.rowCount() == 2)
    assert residents.names() == ["李建国", "王秀兰"]

    residents.select("王秀兰")
    residents.open_selected()  # form_data, consent
    residents.form.findChild(QPushButton, "residentRevealId").click()
    residents.settle()
    assert residents.field("id_number").text() == STANDARD_EXAMPLE
    residents.form.findChild(QPushButton, "residentRevealPhones").click()
    residents.settle()
    assert residents.field("emergency_phone").text() == "13800001111"
    residents.field("phone").setFocus()
    residents.type("13912341234")
    residents.click(residents.form.findChild(QCheckBox, "consent_basic"))
    residents.fill("consent_date", "2026-11-28")
    residents.save()  # update, record_consent
    assert page.form is None
    assert residents.residents(Resident.id == wang)[0].phone == "13912341234"

    residents.new()
    residents.commit("赵桂芳")
    residents.save()  # create
    assert residents.status() == "已登记：赵桂芳"

    page.archive(li, "moved", name="李建国")
    residents.settle()
    page.restore(li, "李建国")
    residents.settle()
    assert residents.residents(Resident.id == li)[0].archived_at is None

    residents.select("王秀兰", "李建国")
    page.ask_merge()
    residents.settle()
    dialog = dialog_of(MergeDialog)
    dialog.findChild(QPushButton, "mergeConfirm").click()
    residents.settle()
    assert residents.status().startswith("已合并到")
    page.status.action.click()  # 撤销合并
    assert residents.status().startswith("已撤销合并")

    residents.select("王秀兰")
    page.export_current()
    residents.settle()
    qtbot.waitUntil(lambda: page.documents.last_preview is not None, timeout=10_000)  # laid out on the worker too

    gui = threading.current_thread()
    called = {name for name, _thread, _kwargs in seen}
    assert called == {
        "communities", "count", "page", "form_data", "consent", "reveal_id_number", "reveal_phones", "update",
        "record_consent", "create", "archive", "restore", "merge_preview", "merge", "undo_merge", "export_resident",
    }  # fmt: skip
    assert [name for name, thread, _kwargs in seen if thread is gui] == []
    assert {thread.name for _name, thread, _kwargs in seen} == {"database-worker"}
    assert any(kwargs.get("offset") == 1 for name, _thread, kwargs in seen if name == "page")  # as it scrolled


def test_a_slow_database_leaves_the_window_turning_and_nothing_typed_is_lost(
    qtbot, desk, clock, monkeypatch, collector
) -> None:
    service = ResidentService(desk.opened.db, clock)
    service.create(ResidentInput(name="李建国"), actor=TEST_ACTOR)
    residents = ResidentsDriver(qtbot, desk)
    page, services = residents.page, desk.services
    desk.hub.residents_changed.emit()
    residents.settle()
    assert page.count.text() == "共 1 人"
    gate = threading.Event()
    started = threading.Event()

    def held(original):
        def call(*args, **kwargs):
            started.set()
            assert gate.wait(GATE_S), "never let through"
            return original(*args, **kwargs)

        return call

    # The table's read waits: the page says so after a moment, and the window keeps turning.
    monkeypatch.setattr(services.registry, "count", held(services.registry.count))
    gaps = Gaps()
    gaps.start()
    service.create(ResidentInput(name="王秀兰"), actor=TEST_ACTOR)
    desk.hub.residents_changed.emit()
    assert started.wait(GATE_S)
    qtbot.waitUntil(page.busy.isVisible)
    assert page.busy.text() == "正在读取…"
    assert not page.settled()
    qtbot.wait(300)
    assert page.count.text() == "共 1 人"  # the old count until the new one arrives
    gate.set()
    qtbot.waitUntil(page.settled)
    assert page.count.text() == "共 2 人"
    assert not page.busy.isVisible()
    assert residents.names() == ["李建国", "王秀兰"]
    gaps.stop()
    assert gaps.ticks > 20
    assert gaps.longest_ms < MAX_GAP_MS, f"the event loop was stuck for {gaps.longest_ms:.0f} ms"

    # A save waits: Save starts nothing more, Esc does not close, and what is typed meanwhile stays in the form.
    gate.clear()
    started.clear()
    creates: list[str] = []
    original_create = services.residents.create

    def create(data, **kwargs):
        creates.append(data.name)
        return held(original_create)(data, **kwargs)

    monkeypatch.setattr(services.residents, "create", create)
    form = residents.new()
    residents.commit("赵桂芳")
    gaps = Gaps()
    gaps.start()
    residents.key(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert started.wait(GATE_S)
    assert form.saving
    assert not form.findChild(QPushButton, "residentSave").isEnabled()
    assert form.note.isVisible()
    assert form.note.text() == "正在保存…"
    residents.key(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # again: nothing more starts
    residents.key(Qt.Key.Key_Return)
    residents.key(Qt.Key.Key_Escape)  # the save under way decides
    assert page.form is form
    assert form.isVisible()
    residents.fill("phone", "13912341234")  # typed while it saves
    qtbot.wait(300)
    assert creates == ["赵桂芳"]
    assert not page.settled()
    gate.set()
    qtbot.waitUntil(page.settled)
    gaps.stop()
    assert gaps.longest_ms < MAX_GAP_MS, f"the event loop was stuck for {gaps.longest_ms:.0f} ms"
    assert creates == ["赵桂芳"]
    [row] = residents.residents(Resident.name == "赵桂芳")
    assert row.phone is None  # saved as it was when Save was pressed…
    assert residents.status() == "已登记：赵桂芳"
    assert page.form is form  # …and the form stays open with what was typed since
    assert residents.field("phone").text() == "13912341234"
    assert form.note.text() == "已保存。保存期间输入的内容还没有保存，请再保存一次。"
    assert form.findChild(QPushButton, "residentSave").isEnabled()
    residents.save()  # the second save updates the same record
    assert page.form is None
    assert [r.phone for r in residents.residents(Resident.name == "赵桂芳")] == ["13912341234"]
    assert creates == ["赵桂芳"]


def test_signed_out_nothing_is_started(qtbot, desk, clock) -> None:
    residents = ResidentsDriver(qtbot, desk)
    page = residents.page
    ResidentService(desk.opened.db, clock).create(ResidentInput(name="王秀兰"), actor=TEST_ACTOR)
    page.set_actor(None)
    outstanding = desk.worker.outstanding
    page.refresh()
    assert page.open_resident(1) is None
    assert page.archive(1, "moved", name="王秀兰") is None
    assert page.restore(1, "王秀兰") is None
    assert page.merge(1, 2) is None
    assert page.undo_merge(1) is None
    assert desk.worker.outstanding == outstanding
    assert residents.names() == []
