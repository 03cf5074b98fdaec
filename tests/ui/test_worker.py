"""The desk's one database worker: work off the GUI thread, outcomes back on it, sorted as on the GUI thread."""

from __future__ import annotations

import sqlite3
import sys
import threading

import pytest

from frontdesk.core.errors import EnvironmentProblem, ProblemKind, RuleViolation
from frontdesk.ui.common.changes import ChangeHub
from frontdesk.ui.common.worker import DatabaseWorker


@pytest.fixture
def hub(qtbot) -> ChangeHub:
    return ChangeHub()


@pytest.fixture
def worker(hub: ChangeHub):
    made = DatabaseWorker(hub)
    yield made
    made.stop()


def test_work_runs_off_the_gui_thread_and_its_result_comes_back_on_it(qtbot, worker) -> None:
    gui = threading.current_thread()
    ran_on: list[threading.Thread] = []
    got: list[tuple[int, threading.Thread]] = []
    worker.run(
        lambda: ran_on.append(threading.current_thread()) or 42,
        lambda value: got.append((value, threading.current_thread())),
    )
    qtbot.waitUntil(worker.idle)
    assert len(ran_on) == 1
    assert ran_on[0] is not gui
    assert got == [(42, gui)]


def test_one_thread_one_operation_at_a_time_in_order(qtbot, worker) -> None:
    order: list[int] = []
    threads: set[int] = set()
    for n in range(20):
        worker.run(lambda n=n: threads.add(threading.get_ident()) or n, order.append)
    qtbot.waitUntil(worker.idle)
    assert order == list(range(20))
    assert len(threads) == 1


def test_a_newer_operation_with_the_same_key_makes_the_older_stale(qtbot, worker) -> None:
    gate = threading.Event()
    ran: list[str] = []
    got: list[str] = []

    def step(text: str, wait: bool = False):
        def work() -> str:
            ran.append(text)
            if wait:
                gate.wait(5)
            return text

        return work

    worker.run(step("w", wait=True), got.append, key="search")  # running when the next keys come
    qtbot.waitUntil(lambda: ran == ["w"])
    worker.run(step("wx"), got.append, key="search")  # waiting: never runs
    worker.run(step("wxl"), got.append, key="search")
    assert worker.busy("search")
    gate.set()
    qtbot.waitUntil(worker.idle)
    assert ran == ["w", "wxl"]
    assert got == ["wxl"]
    assert not worker.busy("search")


def test_refusal_trouble_and_bugs_are_told_apart(qtbot, worker, monkeypatch) -> None:
    refused: list[RuleViolation] = []
    trouble: list[EnvironmentProblem] = []
    bugs: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda _type, exc, _tb: bugs.append(exc))

    def refuse():
        raise RuleViolation("already_checked_in")

    def locked():
        raise sqlite3.OperationalError("database is locked")

    def bug():
        raise KeyError("oops")

    worker.run(refuse, refused=refused.append, trouble=trouble.append)
    worker.run(locked, refused=refused.append, trouble=trouble.append)
    worker.run(bug, refused=refused.append, trouble=trouble.append)
    worker.run(refuse)  # a refusal nobody expected is a bug, as on the GUI thread
    qtbot.waitUntil(worker.idle)
    assert [r.code for r in refused] == ["already_checked_in"]
    assert [t.kind for t in trouble] == [ProblemKind.LOCKED]
    assert [type(b) for b in bugs] == [KeyError, RuleViolation]


def test_the_database_not_answering_is_one_state_until_it_answers(qtbot, worker, monkeypatch) -> None:
    seen: list[object] = []
    worker.reachability_changed.connect(seen.append)

    def gone():
        raise EnvironmentProblem(ProblemKind.CONNECTION, "connection refused")

    for _ in range(5):
        worker.run(gone, trouble=lambda _p: None)
    qtbot.waitUntil(worker.idle)
    assert seen == [ProblemKind.CONNECTION]
    assert worker.unreachable is ProblemKind.CONNECTION
    worker.run(lambda: 4096, asks_database=False)  # a file's size, a picture read: no news of the server
    qtbot.waitUntil(worker.idle)
    assert worker.unreachable is ProblemKind.CONNECTION
    worker.run(lambda: None)
    qtbot.waitUntil(worker.idle)
    assert seen == [ProblemKind.CONNECTION, None]
    assert worker.unreachable is None


def test_a_change_is_told_after_its_result_with_what_else_the_feed_showed(qtbot, hub, worker) -> None:
    """The worker looks at the change feed right after the change commits; the views of this desk's change and of
    whatever else changed meanwhile (another desk's new resident) refresh once the result is in."""
    events: list[object] = []

    class Probe:
        def look(self) -> frozenset[str]:
            events.append("look")
            return frozenset({"residents", "audit"})

    worker.set_probe(Probe())  # type: ignore[arg-type]
    hub.visits_changed.connect(lambda: events.append("visits_changed"))
    hub.residents_changed.connect(lambda: events.append("residents_changed"))
    worker.run(lambda: events.append("work"), lambda _r: events.append("done"), changes={"visits"})
    qtbot.waitUntil(worker.idle)
    assert events == ["work", "look", "done", "visits_changed", "residents_changed"]
    events.clear()
    worker.run(lambda: events.append("read"), lambda _r: events.append("done"))  # a read: no look
    qtbot.waitUntil(worker.idle)
    assert events == ["read", "done"]


def test_nothing_comes_back_after_stop(qtbot, worker) -> None:
    gate = threading.Event()
    got: list[int] = []
    worker.run(lambda: gate.wait(5) and 1, got.append)
    worker.run(lambda: 2, got.append)
    gate.set()
    worker.stop()
    qtbot.wait(100)
    assert got == []
    assert worker.run(lambda: 3, got.append).cancelled
