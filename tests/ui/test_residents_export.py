"""居民 page → 导出…: the residents the filter shows, to a file on disk — masked for the front desk, full numbers only
for a manager who types a reason (said beside the field when missing, and nothing written)."""

from __future__ import annotations

import csv
import io

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QCheckBox, QFileDialog, QLabel, QLineEdit, QPushButton, QRadioButton
from residents_driver import ResidentsDriver
from sqlalchemy import select

from actors import TEST_ACTOR
from frontdesk.core.access import Actor
from frontdesk.core.models import AuditEntry, Role
from frontdesk.core.services.residents import ResidentService
from frontdesk.core.validation import ResidentInput
from frontdesk.ui.pages.residents.export_dialog import ResidentsExportDialog

LI_ID = "110105195501010019"
MANAGER = Actor(0, "张主任", Role.MANAGER)


@pytest.fixture
def people(opened, clock) -> None:
    service = ResidentService(opened.db, clock)
    service.create(ResidentInput(name="王秀兰", community="局前社区", lives_alone=True, notes="=1+1 不是公式"),
                   actor=TEST_ACTOR)  # fmt: skip
    service.create(ResidentInput(name="李建国", id_number=LI_ID, phone="13912345678", community="局前社区"),
                   actor=TEST_ACTOR)  # fmt: skip


class SaveDialog:
    def __init__(self, path: str, kind: str = "") -> None:
        self.answer = (path, kind)
        self.asked = 0

    def __call__(self, *args, **kwargs):
        self.asked += 1
        return self.answer


def entries(opened) -> list[AuditEntry]:
    with opened.db.read() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.action == "export.residents")))


def open_dialog(qtbot, desk) -> ResidentsExportDialog:
    residents = ResidentsDriver(qtbot, desk)
    residents.back_to_window()
    desk.residents.table.setFocus()
    qtbot.keyClick(
        desk.residents.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    dialog = desk.residents.register_export.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.activateWindow()  # a window manager does this; offscreen Qt does not
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert dialog.objectName() == "residentsExportDialog"
    return dialog


def test_the_front_desk_exports_masked_numbers_only(qtbot, make_desk, people, opened, monkeypatch, tmp_path) -> None:
    target = tmp_path / "居民.csv"
    save = SaveDialog(str(target))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    desk = make_desk()
    dialog = open_dialog(qtbot, desk)
    assert "2" in dialog.findChild(QLabel, "exportCount").text()
    full = dialog.findChild(QCheckBox, "exportFullIds")
    assert not full.isEnabled()
    assert not dialog.findChild(QCheckBox, "exportHealth").isVisibleTo(dialog)  # front desk: no health data
    dialog.findChild(QRadioButton, "exportCsv").click()
    exporter = desk.residents.register_export.exporter
    with qtbot.waitSignal(exporter.exported, timeout=10_000) as said:
        qtbot.mouseClick(dialog.findChild(QPushButton, "exportStart"), Qt.MouseButton.LeftButton)
    assert said.args[0].rows == 2
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert [r["姓名"] for r in rows] == ["李建国", "王秀兰"]
    assert rows[0]["身份证号"] == "1101**********0019"
    assert rows[0]["手机"] == "139****5678"
    assert rows[1]["备注"] == "'=1+1 不是公式"
    assert LI_ID not in raw.decode("utf-8-sig")
    [entry] = entries(opened)
    assert entry.details["full_ids"] is False
    assert entry.details["rows"] == 2
    assert exporter.last_message.objectName() == "tableExportDone"


def test_full_numbers_need_a_reason_said_beside_the_field(qtbot, make_desk, people, opened, monkeypatch, tmp_path):
    target = tmp_path / "居民"
    save = SaveDialog(str(target), "Excel workbook (*.xlsx)")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    desk = make_desk(actor=MANAGER, username="zhang")
    dialog = open_dialog(qtbot, desk)
    full = dialog.findChild(QCheckBox, "exportFullIds")
    assert full.isEnabled()
    reason = dialog.findChild(QLineEdit, "exportReason")
    assert not reason.isEnabled()
    full.click()
    assert reason.isEnabled()
    qtbot.waitUntil(reason.hasFocus)
    start = dialog.findChild(QPushButton, "exportStart")
    qtbot.mouseClick(start, Qt.MouseButton.LeftButton)
    error = dialog.findChild(QLabel, "exportReasonError")
    assert error.isVisible()
    assert "reason" in error.text()
    assert dialog.isVisible()  # not accepted
    assert save.asked == 0
    assert entries(opened) == []
    assert list(tmp_path.glob("居民*")) == []

    event = QInputMethodEvent()
    event.setCommitString("民政局高龄补贴核对")
    QApplication.sendEvent(reason, event)
    reason.textEdited.emit(reason.text())
    assert not error.isVisible()
    exporter = desk.residents.register_export.exporter
    with qtbot.waitSignal(exporter.exported, timeout=10_000):
        qtbot.mouseClick(start, Qt.MouseButton.LeftButton)
    written = tmp_path / "居民.xlsx"
    sheet = openpyxl.load_workbook(written).active
    header = [c.value for c in sheet[1]]
    li = dict(zip(header, [c.value for c in sheet[2]], strict=True))
    assert li["身份证号"] == LI_ID
    assert li["手机"] == "13912345678"
    [entry] = entries(opened)
    assert entry.details["full_ids"] is True
    assert entry.details["reason"] == "民政局高龄补贴核对"


def test_the_filter_shown_is_the_filter_exported(qtbot, make_desk, people, opened, monkeypatch, tmp_path) -> None:
    target = tmp_path / "独居.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", SaveDialog(str(target)))
    desk = make_desk()
    residents = ResidentsDriver(qtbot, desk)
    desk.residents.findChild(QCheckBox, "residentsFlag_lives_alone").click()
    residents.settle()
    qtbot.mouseClick(desk.residents.findChild(QPushButton, "residentsExport"), Qt.MouseButton.LeftButton)
    dialog = desk.residents.register_export.dialog
    qtbot.waitExposed(dialog)
    assert "1" in dialog.findChild(QLabel, "exportCount").text()
    exporter = desk.residents.register_export.exporter
    with qtbot.waitSignal(exporter.exported, timeout=10_000):
        qtbot.mouseClick(dialog.findChild(QPushButton, "exportStart"), Qt.MouseButton.LeftButton)
    sheet = openpyxl.load_workbook(target).active
    assert [row[0].value for row in sheet.iter_rows(min_row=2)] == ["王秀兰"]
    [entry] = entries(opened)
    assert entry.details["filter"]["situations"] == ["lives_alone"]
