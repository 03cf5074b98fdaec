"""导出表格: a table of the desk from its context-menu entry (or Ctrl+Shift+E) to a file on disk, audited."""

from __future__ import annotations

import errno
import zipfile
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QTableView
from sqlalchemy import select

from frontdesk.core.access import Actor
from frontdesk.core.models import AuditEntry, Role
from frontdesk.core.spreadsheets import writing
from frontdesk.ui.common.prefs import DeskPrefs
from frontdesk.ui.common.services import make_services
from frontdesk.ui.common.table_export import (
    ACTION_NAME,
    EXPORT_ROLE,
    TableExport,
    add_export_action,
    file_name,
    sheet_from_model,
)
from frontdesk.ui.common.worker import DatabaseWorker

FRONT_DESK = Actor(0, "李娜", Role.FRONT_DESK)
HEADERS = ("姓名", "年龄", "服务卡号", "备注", "体温")
ROWS = [
    ("王秀兰", 81, "00012345", '=HYPERLINK("http://x")', 36.6),
    ("李建国", 77, "00012346", "+86 要回电", 36.2),
    ("@张桂英", 90, "", "", None),
]


class Model(QAbstractTableModel):
    """Like the desk's models: text for display, an age as an int, a temperature given for export only."""

    def __init__(self, rows=ROWS) -> None:
        super().__init__()
        self.rows = list(rows)

    def rowCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        value = self.rows[index.row()][index.column()]
        if index.column() == 4:  # shown as "36.6 ℃", exported as the number
            if role == EXPORT_ROLE:
                return value
            return f"{value} ℃" if value is not None and role == Qt.ItemDataRole.DisplayRole else None
        return value if role == Qt.ItemDataRole.DisplayRole else None


@pytest.fixture
def worker(qtbot) -> Iterator[DatabaseWorker]:
    made = DatabaseWorker()
    yield made
    made.stop()


@pytest.fixture
def services(db, clock):
    return make_services(db, clock)


@pytest.fixture
def prefs(tmp_path) -> DeskPrefs:
    return DeskPrefs(tmp_path)


def shown_view(qtbot, model: Model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    return view


class SaveDialog:
    """Stands in for QFileDialog.getSaveFileName: answers ``answer`` and records what it was offered."""

    def __init__(self, answer: tuple[str, str]) -> None:
        self.answer = answer
        self.offered: list[str] = []

    def __call__(self, parent, caption, start, filters, selected=""):
        self.offered.append(start)
        return self.answer


def entries(db, action: str) -> list[AuditEntry]:
    with db.read() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.action == action)))


def test_the_model_is_read_as_shown_numbers_as_numbers_digits_as_text(qtbot) -> None:
    sheet = sheet_from_model(Model(), "在馆", heading="在馆 2026-11-28")
    assert sheet.headers == HEADERS
    assert sheet.heading == "在馆 2026-11-28"
    assert list(sheet.rows[0]) == ["王秀兰", 81, "00012345", '=HYPERLINK("http://x")', 36.6]
    assert sheet.rows[2][4] is None  # nothing shown, nothing written


def test_a_file_name_never_holds_a_path() -> None:
    assert file_name("在馆/签到: 2026-11-28.xlsx") == "在馆_签到_ 2026-11-28"
    assert file_name("..") != ""


def test_from_the_shortcut_to_a_workbook_on_disk_audited(qtbot, monkeypatch, tmp_path, db, services, worker, prefs):
    target = tmp_path / "out" / "在馆名单.xlsx"
    target.parent.mkdir()
    dialog = SaveDialog((str(target), "Excel workbook (*.xlsx)"))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    view = shown_view(qtbot, Model())
    exporter = TableExport(worker, prefs=prefs)
    action = add_export_action(view, "在馆", exporter=exporter, services=lambda: services, actor=lambda: FRONT_DESK,
                               suggested_name=lambda: "在馆名单")  # fmt: skip
    assert view.findChild(type(action), ACTION_NAME) is action
    assert action in view.actions()
    assert view.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu

    with qtbot.waitSignal(exporter.exported, timeout=10_000) as said:
        qtbot.keyClick(view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert said.args[0].rows == 3
    assert said.args[0].path == target
    assert dialog.offered[0].endswith("在馆名单.xlsx")

    book = openpyxl.load_workbook(target)
    sheet = book.active
    assert [c.value for c in sheet[1]] == list(HEADERS)
    assert [c.value for c in sheet[2]] == ["王秀兰", 81, "00012345", '=HYPERLINK("http://x")', 36.6]
    formula_cells = [c for row in sheet.iter_rows() for c in row if isinstance(c.value, str) and c.value[:1] in "=+@"]
    assert formula_cells
    assert all(c.data_type == "s" for c in formula_cells)
    with zipfile.ZipFile(target) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml
    assert "<f " not in xml

    box = exporter.last_message
    assert box is not None
    assert box.objectName() == "tableExportDone"
    assert "3" in box.text()
    assert str(target) in box.text()
    opened: list[Path] = []
    monkeypatch.setattr(exporter, "open_folder", opened.append)
    box.findChild(type(box.defaultButton()), "tableExportOpenFolder").click()
    assert opened == [target.parent]

    [entry] = entries(db, "export.table")
    assert entry.details == {"title": "在馆", "rows": 3, "columns": list(HEADERS)}
    assert entry.actor == "staff:0" or entry.staff_id is None
    assert prefs.export_folder == str(target.parent)  # offered first next time


def test_csv_chosen_without_a_suffix_is_csv_with_bom_and_no_formula(qtbot, monkeypatch, tmp_path, db, services,
                                                                    worker, prefs) -> None:  # fmt: skip
    target = tmp_path / "名单"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", SaveDialog((str(target), "CSV, UTF-8, for Excel and WPS (*.csv)"))
    )
    view = shown_view(qtbot, Model())
    exporter = TableExport(worker, prefs=prefs)
    action = add_export_action(view, "在馆", exporter=exporter, services=lambda: services, actor=lambda: FRONT_DESK)
    with qtbot.waitSignal(exporter.exported, timeout=10_000):
        action.trigger()
    written = tmp_path / "名单.csv"
    raw = written.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0] == ",".join(HEADERS)
    assert lines[1].startswith("王秀兰,81,00012345,\"'=HYPERLINK(")
    assert lines[3].startswith("'@张桂英,90")
    assert len(entries(db, "export.table")) == 1


def test_a_file_open_in_excel_is_said_in_words(qtbot, monkeypatch, tmp_path, db, services, worker, prefs) -> None:
    target = tmp_path / "在馆.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", SaveDialog((str(target), "")))

    def locked(sheets, path):
        raise PermissionError(errno.EACCES, "Permission denied", str(path))

    monkeypatch.setattr(writing, "write_table", locked)
    view = shown_view(qtbot, Model())
    exporter = TableExport(worker, prefs=prefs)
    action = add_export_action(view, "在馆", exporter=exporter, services=lambda: services, actor=lambda: FRONT_DESK)
    with qtbot.waitSignal(exporter.failed, timeout=10_000) as said:
        action.trigger()
    assert "Excel or WPS" in said.args[0]
    assert str(target) in said.args[0]
    assert exporter.last_message.objectName() == "tableExportFailed"
    assert exporter.last_message.icon() == QMessageBox.Icon.Warning
    assert not target.exists()
    qtbot.waitUntil(lambda: not exporter.busy)
    assert not exporter.busy  # a second try may start


def test_cancelled_or_empty_nothing_is_written_or_recorded(qtbot, monkeypatch, tmp_path, db, services, worker, prefs):
    dialog = SaveDialog(("", ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    exporter = TableExport(worker, prefs=prefs)
    view = shown_view(qtbot, Model())
    action = add_export_action(view, "在馆", exporter=exporter, services=lambda: services, actor=lambda: FRONT_DESK)
    action.trigger()
    assert dialog.offered
    assert not exporter.busy

    empty = shown_view(qtbot, Model(rows=[]))
    action = add_export_action(empty, "在馆", exporter=exporter, services=lambda: services, actor=lambda: FRONT_DESK)
    action.trigger()
    assert len(dialog.offered) == 1  # not even asked where
    assert exporter.last_message.objectName() == "tableExportFailed"
    worker_done = worker.idle()
    assert worker_done
    assert entries(db, "export.table") == []
    assert list(tmp_path.glob("*.xlsx")) == []


def test_nobody_signed_in_is_refused_before_the_dialog(qtbot, monkeypatch, services, worker, prefs) -> None:
    dialog = SaveDialog(("", ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    exporter = TableExport(worker, prefs=prefs)
    view = shown_view(qtbot, Model())
    action = add_export_action(view, "在馆", exporter=exporter, services=lambda: services, actor=lambda: None)
    action.trigger()
    assert dialog.offered == []
    assert "sign in" in exporter.last_message.text()


# -- on the desk's own lists ------------------------------------------------------------------------------------------
def test_the_in_building_list_from_its_shortcut_to_a_file(qtbot, make_desk, opened, clock, monkeypatch, tmp_path):
    from signin_support import settle

    from actors import TEST_ACTOR
    from frontdesk.core.services.residents import ResidentService
    from frontdesk.core.services.visits import VisitService
    from frontdesk.core.validation import ResidentInput

    wang = ResidentService(opened.db, clock).create(ResidentInput(name="王秀兰"), actor=TEST_ACTOR)
    VisitService(opened.db, clock).check_in(wang, actor=TEST_ACTOR)
    target = tmp_path / "在馆.xlsx"
    dialog = SaveDialog((str(target), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    desk = make_desk()
    desk.window.show()
    qtbot.waitExposed(desk.window)
    desk.window.show_page("checkin")
    settle(qtbot, desk)
    page = desk.checkin
    qtbot.waitUntil(lambda: page.live.present_model.rowCount() == 1, timeout=10_000)
    view = page.live.present_list
    assert view.findChild(type(page.exports.actions["presentList"]), ACTION_NAME) is not None
    with qtbot.waitSignal(page.exports.exporter.exported, timeout=10_000):
        page.exports.actions["presentList"].trigger()
    assert dialog.offered[0].endswith(f"{page.live.tabText(0)} 2026-11-28.xlsx")  # named after the list and the day
    sheet = openpyxl.load_workbook(target).active
    names = [c.value for c in sheet[1]]
    assert len(names) == view.model().columnCount()
    assert "王秀兰" in [c.value for c in sheet[2]]
    [entry] = entries(opened.db, "export.table")
    assert entry.details["rows"] == 1
    assert entry.details["title"] == page.live.tabText(0)


def test_the_whole_audit_log_for_its_filters(qtbot, make_desk, opened, clock, monkeypatch, tmp_path) -> None:
    from signin_support import settle

    from actors import TEST_ACTOR
    from frontdesk.core.services.residents import ResidentService
    from frontdesk.core.validation import ResidentInput
    from frontdesk.ui.pages.settings.audit import export as log_export

    monkeypatch.setattr(log_export, "BATCH", 2)  # several batches: every entry, not only the first page
    residents = ResidentService(opened.db, clock)
    for name in ("王秀兰", "李建国", "张桂英", "赵淑珍", "周玉兰"):
        residents.create(ResidentInput(name=name, notes="=cmd|' /C calc'!A0"), actor=TEST_ACTOR)
    target = tmp_path / "操作日志.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", SaveDialog((str(target), "")))
    desk = make_desk(actor=Actor(0, "张主任", Role.MANAGER), username="zhang")
    desk.window.show()
    desk.window.show_page("settings")
    settle(qtbot, desk)
    log = desk.audit_log.open_log()
    qtbot.waitUntil(log.settled, timeout=10_000)
    button = log.findChild(type(log.verify_button), "auditExport")
    assert button.isVisibleTo(log)
    with qtbot.waitSignal(log.exports.exporter.exported, timeout=10_000) as said:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    created = [e for e in entries(opened.db, "resident.create")]
    assert said.args[0].rows >= len(created) == 5
    text = target.read_bytes().decode("utf-8-sig")
    for name in ("王秀兰", "周玉兰"):
        assert name in text
    import csv
    import io

    cells = [cell for row in csv.reader(io.StringIO(text)) for cell in row]
    assert any("=cmd" in cell for cell in cells)  # the notes recorded, inside the details' text
    assert not [cell for cell in cells if cell.startswith(("=", "+", "-", "@"))]  # no cell a spreadsheet would run
    [entry] = entries(opened.db, "export.table")
    assert entry.details["rows"] == said.args[0].rows
    log.reject()
