"""导入名单: a manager brings a roster in from keystroke to row — the file typed, the columns detected and one changed,
the rows checked and counted, one update accepted, the run, the register told; the rows with problems saved, fixed
and imported again; a file that cannot be imported said in words; only managers see the way in."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QPushButton
from roster_import_support import FRONT_DESK, MANAGER, ImportDriver, write_roster
from sqlalchemy import func, select

from actors import TEST_ACTOR
from frontdesk.core.access import Actor
from frontdesk.core.models import AuditEntry, Role
from frontdesk.core.services.residents import ResidentService
from frontdesk.core.validation import ResidentInput
from frontdesk.ui.pages.residents.roster_import.models import RowColumn

pytestmark = pytest.mark.parametrize("language", ["en"], indirect=True)  # the words checked are the source's


def _registered(opened, clock) -> None:
    """Two residents on file the roster matches: 陈淑珍 gets a new phone (accepted), 周国强 a phone (not)."""
    residents = ResidentService(opened.db, clock)
    residents.create(ResidentInput(name="陈淑珍", gender="F", birth_date=date(1947, 6, 1), phone="13700000001",
                                   community="南关社区"), actor=TEST_ACTOR)  # fmt: skip
    residents.create(ResidentInput(name="周国强", gender="M", birth_date=date(1944, 2, 2), community="局前社区"),
                     actor=TEST_ACTOR)  # fmt: skip


ROWS = [
    (1, "王秀兰", "女", date(1945, 3, 12), "13900001111", "局前社区", ""),
    (2, "李建国", "男", "1950年5月20日", "13900002222", "西马路社区", "腿脚不便"),
    (3, "张桂芳", "女", "19480312", "13900003333", "局前社区", ""),
    (4, "陈淑珍", "女", date(1947, 6, 1), "13800000009", "南关社区", ""),
    (5, "周国强", "男", date(1944, 2, 2), "13600000002", "局前社区", ""),
    (6, "孙小红", "女", date(1949, 1, 1), "12345", "局前社区", ""),
]


def _to_check_page(driver: ImportDriver, path: Path) -> None:
    driver.open_wizard()
    driver.type_path(path)
    assert driver.page_name() == "importColumnsPage"
    driver.next()
    assert driver.page_name() == "importCheckPage"


def test_a_roster_comes_in_from_file_to_rows(qtbot, make_desk, opened, clock, tmp_path: Path) -> None:
    _registered(opened, clock)
    desk = make_desk(actor=MANAGER)
    driver = ImportDriver(qtbot, desk)
    path = write_roster(tmp_path / "roster.xlsx", ROWS)
    wizard = driver.open_wizard()
    assert wizard.objectName() == "rosterImportWizard"
    assert driver.page_name() == "importFilePage"

    driver.type_path(path)  # Enter reads it and goes on
    assert driver.page_name() == "importColumnsPage"
    assert driver.combo("importHeaderRow").currentText().startswith("Row 3: ")  # the title rows are not the header
    # 序号 is not imported; 居住小区 is no spelling the core knows, so nothing fills it yet
    assert driver.fields() == [None, "name", "gender", "birth_date", "phone", None, "notes"]
    assert "Community" in driver.text("importColumnsMessage")  # what the file seems to lack is said
    assert wizard.columns_page.model.index(1, 1).data() == "王秀兰"  # the first data row under the header

    driver.choose_field(5, "community")
    assert driver.fields()[5] == "community"
    driver.next()  # Alt+N: the rows are checked on the worker

    check = wizard.check_page
    counts = driver.text("importCounts")
    assert "Rows read: 6" in counts
    assert "New residents to register: 3" in counts
    assert "Registered residents with new or different details: 2" in counts
    assert "Rows with problems, not imported: 1" in counts
    check.show_status("bad")
    assert check.proxy.rowCount() == 1
    bad = check.proxy.index(0, RowColumn.REASON).data()
    assert bad.startswith("Mobile: Not a phone number"), bad  # the form's own words, the field named
    check.show_status("update")
    assert check.proxy.rowCount() == 2

    check.select_line(7)  # 陈淑珍's row: her new phone offered, masked
    assert "Mobile: 137****0001 → 138****0009" in driver.text("importRowDetail")
    accept = check.accept_update
    assert accept.isVisible()
    assert not accept.isChecked()
    accept.setFocus()
    qtbot.keyClick(accept, Qt.Key.Key_Space)
    assert check.model.accepted_lines() == frozenset({7})
    assert "Changes accepted for 1 of 2 registered residents." in driver.text("importRejectsSaved")

    with qtbot.waitSignal(desk.hub.residents_changed, timeout=20_000):
        driver.next()  # Alt+I: 导入; the run goes on to 完成 by itself
    driver.settle()
    qtbot.waitUntil(lambda: driver.page_name() == "importDonePage", timeout=20_000)
    result = driver.text("importDoneResult")
    assert "Registered: 3" in result
    assert "Updated: 1" in result
    assert "Already registered, left as they were: 1" in result
    assert "Rows with problems, not imported: 1" in result
    assert "Backup taken before the import: " in result
    assert wizard.done_page.save_rejects.isVisible()

    found = driver.residents()
    assert {"王秀兰", "李建国", "张桂芳"} <= set(found)
    assert "孙小红" not in found
    assert found["李建国"].community == "西马路社区"  # the column chosen by hand
    assert found["李建国"].birth_date == date(1950, 5, 20)
    assert found["张桂芳"].birth_date == date(1948, 3, 12)
    assert found["陈淑珍"].phone == "13800000009"  # accepted
    assert not found["周国强"].phone  # not accepted
    assert len(found) == 5
    with driver.db.read() as session:
        assert session.scalar(select(func.count()).where(AuditEntry.action == "resident.import")) >= 1
    qtbot.waitUntil(lambda: desk.residents.model.rowCount() == 5)  # the register read again
    assert "3 registered" in desk.residents.status.text()


def test_rows_with_problems_saved_fixed_and_imported_again(qtbot, make_desk, tmp_path: Path) -> None:
    desk = make_desk(actor=MANAGER)
    driver = ImportDriver(qtbot, desk)
    rows = [
        (1, "王秀兰", "女", date(1945, 3, 12), "13900001111", "局前社区", ""),
        (2, "李建国", "男", date(1950, 5, 20), "139000", "局前社区", ""),
        (3, "张桂芳", "女", "not a date", "13900003333", "局前社区", ""),
    ]
    path = write_roster(tmp_path / "roster.xlsx", rows)
    _to_check_page(driver, path)
    wizard = driver.wizard
    assert "Rows with problems, not imported: 2" in driver.text("importCounts")

    saved_to = tmp_path / "to fix.xlsx"
    driver.chooser.rejects_path = str(saved_to)
    wizard.check_page.save_rejects.click()
    driver.settle()
    assert driver.chooser.suggested == [str(tmp_path / "roster - rows to fix.xlsx")]
    assert f"Saved 2 rows with problems to {saved_to}" in driver.text("importRejectsSaved")
    book = openpyxl.load_workbook(saved_to)
    sheet = book.active
    table = [[cell.value for cell in row] for row in sheet.iter_rows()]
    header = next(row for row in table if "姓名" in row)
    assert "原因" in header
    reason_at, name_at = header.index("原因"), header.index("姓名")
    data = [row for row in table[table.index(header) + 1 :] if any(row)]
    assert sorted(row[name_at] for row in data) == ["张桂芳", "李建国"]
    assert all(row[reason_at] for row in data)

    driver.next()  # 导入 the good row
    qtbot.waitUntil(lambda: driver.page_name() == "importDonePage", timeout=20_000)
    assert set(driver.residents()) == {"王秀兰"}

    # The manager fixes the two rows in the saved file and imports that.
    phone_at, birth_at = header.index("联系电话"), header.index("出生日期")
    for row in sheet.iter_rows(min_row=table.index(header) + 2):
        if row[name_at].value == "李建国":
            row[phone_at].value = "13900002222"
        if row[name_at].value == "张桂芳":
            row[birth_at].value = "1948-03-12"
    book.save(saved_to)
    again = wizard.findChild(QPushButton, "importAgain")
    again.click()
    assert driver.page_name() == "importFilePage"
    driver.type_path(saved_to)
    assert driver.fields()[driver.fields().index("name")] == "name"  # the reason column is not a field
    assert "原因" not in [wizard.mapping.headers[i] for i, f in enumerate(driver.fields()) if f]
    driver.next()
    assert "New residents to register: 2" in driver.text("importCounts")
    driver.next()
    qtbot.waitUntil(lambda: driver.page_name() == "importDonePage", timeout=20_000)
    found = driver.residents()
    assert set(found) == {"王秀兰", "李建国", "张桂芳"}
    assert found["张桂芳"].birth_date == date(1948, 3, 12)


def test_a_file_that_cannot_be_imported_is_said_in_words(qtbot, make_desk, prompts, tmp_path: Path) -> None:
    desk = make_desk(actor=MANAGER)
    driver = ImportDriver(qtbot, desk)
    driver.open_wizard()
    fake = tmp_path / "roster.xlsx"
    fake.write_bytes(b"This is a letter, not a table.\n" * 20)
    driver.type_path(fake)
    assert driver.page_name() == "importFilePage"  # it stays, and says why
    assert driver.text("importFileError") == (
        "This file is not a table, although its name says so. Open it in Excel or WPS and save it again as .xlsx, "
        "then import that."
    )
    assert prompts.crashes == []

    driver.type_path(tmp_path / "nowhere.xlsx")
    assert driver.text("importFileError").startswith("There is no file at this place.")

    letter = tmp_path / "letter.docx"
    letter.write_bytes(b"PK\x03\x04")
    driver.type_path(letter)
    assert driver.text("importFileError").startswith("This kind of file cannot be imported.")

    good = tmp_path / "roster.csv"
    good.write_text("姓名,性别,联系电话\n王秀兰,女,13900001111\n", encoding="utf-8")
    driver.chooser.roster_path = str(good)
    driver.wizard.file_page.browse.click()  # 浏览…
    driver.settle()
    assert driver.text("importFileError") == ""
    assert driver.text("importFileStatus") == "Read roster.csv: 2 rows with something in them."
    driver.next()
    assert driver.page_name() == "importColumnsPage"
    assert driver.fields() == ["name", "gender", "phone"]


def test_an_encrypted_file_is_said_in_words(qtbot, make_desk, tmp_path: Path) -> None:
    """A password-protected .xlsx is an OLE compound file, as Excel and WPS write it."""
    desk = make_desk(actor=MANAGER)
    driver = ImportDriver(qtbot, desk)
    driver.open_wizard()
    locked = tmp_path / "locked.xlsx"
    locked.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + b"\x00" * 1024)
    driver.type_path(locked)
    assert driver.text("importFileError") == (
        "This file has a password. Remove the password in Excel or WPS, save it again, then import it."
    )


def test_columns_chosen_twice_or_without_a_name_are_refused_in_words(qtbot, make_desk, tmp_path: Path) -> None:
    desk = make_desk(actor=MANAGER)
    driver = ImportDriver(qtbot, desk)
    driver.open_wizard()
    driver.type_path(write_roster(tmp_path / "roster.xlsx", ROWS[:2]))
    next_button = driver.wizard.button(driver.wizard.WizardButton.NextButton)
    assert next_button.isEnabled()
    driver.choose_field(6, "phone")  # 备注 as the mobile too
    assert driver.text("importColumnsMessage") == "“Mobile” is chosen for columns E, G: choose it for one column only."
    assert not next_button.isEnabled()
    driver.choose_field(6, "notes")
    driver.choose_field(1, None)  # the name column left out
    assert driver.text("importColumnsMessage") == "Choose the column that holds the Name: it is required."
    assert not next_button.isEnabled()
    driver.next(moves=False)
    assert driver.page_name() == "importColumnsPage"
    driver.choose_field(1, "name")
    assert next_button.isEnabled()

    # Another header row: the fields are detected again from its texts.
    header_row = driver.combo("importHeaderRow")
    header_row.setFocus()
    qtbot.keyClick(header_row, Qt.Key.Key_Up)
    assert driver.combo("importHeaderRow").currentText().startswith("Row 2: ")
    assert set(driver.fields()) == {None}  # 填表日期 names no field
    assert not next_button.isEnabled()
    qtbot.keyClick(header_row, Qt.Key.Key_Down)
    assert "name" in driver.fields()


def test_esc_asks_before_dropping_a_check(qtbot, make_desk, prompts, tmp_path: Path) -> None:
    desk = make_desk(actor=MANAGER)
    driver = ImportDriver(qtbot, desk)
    _to_check_page(driver, write_roster(tmp_path / "roster.xlsx", ROWS[:3]))
    prompts.answer = False
    driver.key(Qt.Key.Key_Escape)
    assert prompts.confirms[-1][0] == "Close the import?"
    assert driver.wizard.isVisible()
    prompts.answer = True
    driver.key(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not driver.wizard.isVisible())
    assert driver.residents() == {}  # nothing was imported


def test_a_cancelled_run_leaves_whole_batches(qtbot, make_desk, monkeypatch, tmp_path: Path) -> None:
    from frontdesk.core.services import resident_import

    monkeypatch.setattr(resident_import, "BATCH_ROWS", 10)
    desk = make_desk(actor=MANAGER)
    driver = ImportDriver(qtbot, desk)
    rows = [(i, f"居民{chr(0x4E00 + i)}", "女", date(1940, 1, 1 + i % 28), f"139{i:08d}", "局前社区", "")
            for i in range(1, 61)]  # fmt: skip
    _to_check_page(driver, write_roster(tmp_path / "roster.xlsx", rows))
    assert "New residents to register: 60" in driver.text("importCounts")
    run = driver.wizard.run_page
    slow = run.relay.report

    def one_batch_at_a_time(done: int, total: int) -> None:  # on the worker thread: the run waits between batches
        slow(done, total)
        import time

        time.sleep(0.15)

    run.relay.report = one_batch_at_a_time  # type: ignore[method-assign]
    driver.next(settle=False)  # 导入
    assert driver.page_name() == "importRunPage"
    qtbot.waitUntil(lambda: run.progress.value() >= 10, timeout=20_000)  # the first batch is in
    assert run.findChild(QPushButton, "importCancel").isEnabled()
    qtbot.mouseClick(run.cancel, Qt.MouseButton.LeftButton)
    assert run.said.text() == "Stopping after the batch being written…"
    driver.settle()
    qtbot.waitUntil(lambda: driver.page_name() == "importDonePage", timeout=20_000)
    result = driver.wizard.result
    assert result is not None
    assert result.cancelled
    count = len(driver.residents())
    assert count % 10 == 0
    assert 10 <= count < 60
    assert result.created == count
    assert driver.text("importDoneHeading").startswith(f"Stopped. {count} rows were written before it stopped")


def test_escape_during_a_run_asks_to_stop_not_to_close(qtbot, make_desk, prompts, monkeypatch, tmp_path) -> None:
    from frontdesk.core.services import resident_import

    monkeypatch.setattr(resident_import, "BATCH_ROWS", 5)
    desk = make_desk(actor=MANAGER)
    driver = ImportDriver(qtbot, desk)
    rows = [(i, f"居民{chr(0x4E00 + i)}", "男", date(1941, 2, 1 + i % 28), f"138{i:08d}", "局前社区", "")
            for i in range(1, 31)]  # fmt: skip
    _to_check_page(driver, write_roster(tmp_path / "roster.xlsx", rows))
    run = driver.wizard.run_page
    slow = run.relay.report

    def slowly(done: int, total: int) -> None:
        slow(done, total)
        import time

        time.sleep(0.15)

    run.relay.report = slowly  # type: ignore[method-assign]
    driver.next(settle=False)
    qtbot.waitUntil(lambda: run.progress.value() >= 5, timeout=20_000)
    prompts.answer = True
    driver.key(Qt.Key.Key_Escape)
    assert prompts.confirms[-1][0] == "Stop the import?"
    assert driver.wizard.isVisible()  # it stays to say what came in
    qtbot.waitUntil(lambda: driver.page_name() == "importDonePage", timeout=20_000)
    assert driver.wizard.result is not None
    assert driver.wizard.result.cancelled


def test_only_managers_see_the_import(qtbot, make_desk) -> None:
    desk = make_desk(actor=FRONT_DESK)
    page = desk.residents
    desk.window.show()
    qtbot.waitExposed(desk.window)
    desk.window.show_page("residents")
    qtbot.waitUntil(page.settled)
    assert page.import_action.objectName() == "actionResidentsImport"
    assert not page.import_action.isVisible()
    assert page.import_action not in page.context_menu(page.table.rect().center()).actions()
    assert not page.status.action.isVisible()  # an empty register offers no import to the front desk
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert page.roster_import is None
    assert page.open_import() is None

    desk.gate.become(MANAGER, "wangjing")
    qtbot.waitUntil(page.settled)
    assert page.import_action.isVisible()
    assert page.import_action in page.context_menu(page.table.rect().center()).actions()
    assert page.status.text() == "The register is empty: bring the center's roster in from Excel, WPS or CSV (Ctrl+I)."
    assert page.status.action.text() == "Import roster…"
    page.status.action.click()
    assert page.roster_import is not None
    qtbot.waitExposed(page.roster_import)
    page.roster_import.reject()
    qtbot.waitUntil(lambda: page.roster_import is None)
    desk.gate.become(FRONT_DESK, "li")
    assert not page.import_action.isVisible()
    assert QApplication.activeModalWidget() is None


def test_a_file_dropped_on_the_first_step_is_read(qtbot, make_desk, tmp_path: Path) -> None:
    desk = make_desk(actor=MANAGER)
    driver = ImportDriver(qtbot, desk)
    wizard = driver.open_wizard()
    roster = tmp_path / "roster.csv"
    roster.write_text("姓名,性别\n王秀兰,女\n", encoding="gb18030")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(roster))])
    page = wizard.file_page
    at = QPointF(page.rect().center())
    actions, button, keys = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(at.toPoint(), actions, data, button, keys)
    QApplication.sendEvent(page, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(page, QDropEvent(at, actions, data, button, keys))
    driver.settle()
    assert page.path.text() == str(roster)
    assert driver.text("importFileStatus") == "Read roster.csv: 2 rows with something in them."
    assert driver.page_name() == "importFilePage"  # dropped, read, and left for the manager to go on


def test_someone_else_at_the_desk_closes_the_wizard(qtbot, make_desk, tmp_path: Path) -> None:
    desk = make_desk(actor=MANAGER)
    driver = ImportDriver(qtbot, desk)
    _to_check_page(driver, write_roster(tmp_path / "roster.xlsx", ROWS[:2]))
    wizard = driver.wizard
    desk.gate.become(Actor(2, "赵主任", Role.MANAGER), "zhao")
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert desk.residents.roster_import is None


def test_the_wizard_s_models_keep_qt_s_rules(qtmodeltester, language) -> None:
    from frontdesk.core.importing.plan import FieldUpdate, PlannedRow, RowStatus, SheetTable
    from frontdesk.core.validation import FieldError
    from frontdesk.ui.pages.residents.roster_import.models import ColumnsModel, PlanRowsModel, StatusFilter

    table = SheetTable("roster.xlsx", "花名册", ("花名册",), (("名单",), ("姓名", "性别"), ("王秀兰", "女"),
                       ("李建国", "男", 1950.0)), (1, 3, 4, 6))  # fmt: skip
    columns = ColumnsModel()
    columns.show(table, (1,), ("姓名", "性别"), ("name", "gender"))
    qtmodeltester.check(columns, force_py=True)
    assert columns.columnCount() == 3  # a cell beyond the header is shown too
    assert columns.index(2, 2).data() == "1950"
    assert columns.headerData(2, Qt.Orientation.Vertical) == "6"  # the sheet's own row number

    rows = [
        PlannedRow(4, RowStatus.NEW, ("王秀兰", "女"), None),
        PlannedRow(
            5,
            RowStatus.UPDATE,
            ("陈淑珍", "女"),
            None,
            resident_id=1,
            match_reason="name_birth",
            updates=(FieldUpdate("phone", "137****0001", "138****0009"),),
        ),
        PlannedRow(6, RowStatus.BAD, ("孙小红", "女"), None, problems=(FieldError("phone", "phone_format"),)),
    ]
    plan_rows = PlanRowsModel()
    plan_rows.set_rows(rows, 0)
    qtmodeltester.check(plan_rows, force_py=True)
    assert plan_rows.setData(plan_rows.index(1, RowColumn.ACCEPT), Qt.CheckState.Checked.value,
                             Qt.ItemDataRole.CheckStateRole)  # fmt: skip
    assert not plan_rows.setData(plan_rows.index(0, RowColumn.ACCEPT), Qt.CheckState.Checked.value,
                                 Qt.ItemDataRole.CheckStateRole)  # a new row has nothing to accept  # fmt: skip
    assert plan_rows.accepted_lines() == frozenset({5})
    assert plan_rows.index(2, RowColumn.NAME).data() == "孙小红"  # from the cells: a refused row has no data
    filtered = StatusFilter()
    filtered.setSourceModel(plan_rows)
    filtered.set_status("bad")
    qtmodeltester.check(filtered, force_py=True)
    assert filtered.rowCount() == 1
    assert filtered.index(0, RowColumn.REASON).data() == (
        "Mobile: Not a phone number: a mobile has 11 digits, starting with 1; a landline needs its area code."
    )
