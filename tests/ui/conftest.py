"""Fixtures for the GUI tests: a desk (main window and pages) on a fresh database, a fixed clock, fake prompts."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from frontdesk import paths
from frontdesk.bootstrap import OpenResult, open_database
from frontdesk.core.errors import EnvironmentProblem
from frontdesk.ui.app import Desk, build_desk
from frontdesk.ui.appearance import Appearance, register_fonts
from frontdesk.ui.crash import CrashReport
from frontdesk.ui.i18n import Translations
from frontdesk.ui.prefs import DeskPrefs

SATURDAY = datetime(2026, 11, 28, 9, 30)

# The offscreen platform warns whenever a shown window's minimum size changes; it means nothing on a real screen.
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


class FakeClock:
    def __init__(self, now: datetime = SATURDAY) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


class RecordingPrompts:
    """Stands in for :class:`frontdesk.ui.prompts.Prompts`: records instead of showing dialogs."""

    def __init__(self) -> None:
        self.crashes: list[CrashReport] = []
        self.problems: list[tuple[EnvironmentProblem, str, bool]] = []

    def crash(self, report: CrashReport, *, blocking: bool = False) -> None:
        self.crashes.append(report)

    def problem(self, problem: EnvironmentProblem, *, location: str = "", blocking: bool = False) -> None:
        self.problems.append((problem, location, blocking))


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def prompts() -> RecordingPrompts:
    return RecordingPrompts()


@pytest.fixture
def opened(tmp_path: Path) -> Iterator[OpenResult]:
    result = open_database(str(tmp_path / "desk.sqlite3"))
    yield result
    result.db.dispose()


@pytest.fixture
def appearance(qapp: QApplication) -> Iterator[Appearance]:
    font = qapp.font()
    result = Appearance(qapp, register_fonts())
    result.apply(large=False)
    yield result
    qapp.setFont(font)  # the style sheet stays (see frontdesk.ui.app.run): clearing it crashed later tests


@pytest.fixture(params=["zh_CN"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    translations = Translations(qapp, request.param)
    yield request.param
    translations.remove()


@pytest.fixture
def make_desk(qtbot, opened: OpenResult, appearance: Appearance, language: str, clock: FakeClock):
    """Build a desk like the app does (a new one per call, sharing the database and desk.ini)."""

    def make() -> Desk:
        desk = build_desk(
            prefs=DeskPrefs(paths.data_dir()),
            appearance=appearance,
            language=language,
            clock=clock,
            demo=False,
            log_file=paths.log_dir() / "frontdesk.log",
        )
        desk.attach(opened)
        qtbot.addWidget(desk.window)
        return desk

    return make


@pytest.fixture
def desk(make_desk) -> Desk:
    return make_desk()
