"""PIPL at the desk: consent with its scope in the resident form, the printed consent form, health data only for care
staff, the resident's own data exported for them, and anonymisation after the retention period (managers)."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QPushButton, QWidget
from residents_driver import STANDARD_EXAMPLE, ResidentsDriver
from signin_support import settle
from sqlalchemy import func, select

from actors import TEST_ACTOR
from frontdesk.core.access import Actor
from frontdesk.core.models import ArchiveReason, AuditEntry, Resident, Role, Visit
from frontdesk.core.services.residents import ResidentService
from frontdesk.core.services.visits import VisitService
from frontdesk.core.validation import ResidentInput

CARE = Actor(0, "刘护士", Role.CARE)
MANAGER = Actor(0, "张主任", Role.MANAGER)


def pdf_text(path: Path) -> str:
    return "".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


@pytest.fixture
def wang(opened, clock) -> int:
    return ResidentService(opened.db, clock).create(
        ResidentInput(name="王秀兰", id_number=STANDARD_EXAMPLE, allergies="青霉素过敏", chronic_conditions="高血压"),
        actor=TEST_ACTOR,
    )


def open_wang(qtbot, desk) -> ResidentsDriver:
    residents = ResidentsDriver(qtbot, desk)
    residents.select("王秀兰")
    residents.open_selected()
    return residents


def test_tick_consent_scopes_save_and_the_row_has_them(qtbot, make_desk, wang: int, clock) -> None:
    residents = open_wang(qtbot, make_desk())
    form = residents.form
    assert form.findChild(QLabel, "consentRecordedBy").text() == "尚未记录"
    residents.click(form.findChild(QCheckBox, "consent_health"))
    assert form.findChild(QCheckBox, "consent_basic").isChecked()  # any scope needs 基本信息
    residents.save()
    assert residents.error("consent_date") == "请填写签署知情同意书的日期。"  # ticked but not dated: nothing written
    residents.fill("consent_date", "2026-11-28")
    residents.save()
    qtbot.waitUntil(lambda: residents.page.form is None)
    row = residents.residents(Resident.id == wang)[0]
    assert (row.consent_date.isoformat(), sorted(row.consent_scope)) == ("2026-11-28", ["basic", "health"])
    with residents.db.read() as session:
        actions = session.scalars(select(AuditEntry.action).where(AuditEntry.entity_id == wang)).all()
    assert "resident.consent" in actions
    assert row.allergies == "青霉素过敏"  # saved by the front desk, which never saw it: kept


def shown_preview(qtbot, desk):
    qtbot.waitUntil(lambda: desk.residents.documents.last_preview is not None, timeout=10_000)
    preview = desk.residents.documents.last_preview
    qtbot.waitExposed(preview)
    return preview


def test_print_consent_form_previews_it_as_ticked_and_saves_it(
    qtbot, make_desk, wang: int, prompts, tmp_path: Path
) -> None:
    desk = make_desk()
    residents = open_wang(qtbot, desk)
    form = residents.form
    residents.click(form.findChild(QCheckBox, "consent_id_number"))
    button = form.findChild(QPushButton, "residentPrintConsent")
    assert button.text() == "打印同意书"
    residents.click(button)
    preview = shown_preview(qtbot, desk)  # read, audited and laid out on the desk's database worker
    assert preview.windowTitle() == "打印预览：王秀兰 - 知情同意书"
    assert preview.parent() is form  # over the form it was asked from
    prompts.save_path = str(tmp_path / "同意书.pdf")
    qtbot.mouseClick(preview.findChild(QPushButton, "previewSave"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: Path(prompts.save_path).exists(), timeout=10_000)
    qtbot.waitUntil(desk.printer.queue.idle, timeout=10_000)  # written on the print queue's thread
    assert prompts.saved_as == ["王秀兰 - 知情同意书.pdf"]
    text = pdf_text(Path(prompts.save_path))
    assert "个人信息处理知情同意书" in text
    assert "王秀兰" in text
    assert "1101**********002X" in text
    assert STANDARD_EXAMPLE not in text
    residents.settle()  # the 操作日志 entry follows the file, on the worker
    with residents.db.read() as session:
        assert session.scalar(select(func.count()).where(AuditEntry.action == "resident.print")) == 1


def test_health_fields_are_absent_for_the_front_desk(qtbot, make_desk, wang: int) -> None:
    residents = open_wang(qtbot, make_desk())
    form = residents.form
    assert form.findChild(QGroupBox, "healthGroup") is None
    assert form.findChild(QWidget, "field_allergies") is None
    assert not any("青霉素" in label.text() or "高血压" in label.text() for label in form.findChildren(QLabel))


def test_care_staff_see_and_edit_health_fields(qtbot, make_desk, wang: int) -> None:
    residents = open_wang(qtbot, make_desk(actor=CARE))
    assert residents.field("allergies").text() == "青霉素过敏"
    residents.field("allergies").clear()
    residents.fill("allergies", "磺胺类药物")
    residents.save()
    qtbot.waitUntil(lambda: residents.page.form is None)
    assert residents.residents(Resident.id == wang)[0].allergies == "磺胺类药物"


@pytest.mark.parametrize(("actor", "expected"), [(None, []), (CARE, ["过敏：青霉素过敏", "慢性病：高血压"])])
def test_check_in_card_shows_health_alerts_only_to_care_staff(qtbot, make_desk, wang: int, actor, expected) -> None:
    desk = make_desk() if actor is None else make_desk(actor=actor)
    desk.window.show()
    desk.window.show_page("checkin")
    desk.checkin.show_resident(wang)
    qtbot.waitUntil(desk.checkin.settled)  # the card is read on the desk's database worker
    card = desk.checkin.card
    assert card.card.name == "王秀兰"
    assert [t for t in card.alert_texts() if "青霉素" in t or "高血压" in t] == expected


def test_export_own_data_previews_and_saves_a_pdf_for_them(qtbot, make_desk, wang: int, prompts, tmp_path) -> None:
    desk = make_desk()
    residents = ResidentsDriver(qtbot, desk)
    residents.select("王秀兰")
    assert desk.residents.export_action.text() == "导出本人信息…"
    desk.residents.export_action.trigger()
    preview = shown_preview(qtbot, desk)  # read and audited on the desk's database worker
    prompts.save_path = str(tmp_path / "export.pdf")
    qtbot.mouseClick(preview.findChild(QPushButton, "previewSave"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil((tmp_path / "export.pdf").exists, timeout=10_000)
    qtbot.waitUntil(desk.printer.queue.idle, timeout=10_000)  # written on the print queue's thread
    text = pdf_text(tmp_path / "export.pdf")
    assert prompts.saved_as == ["王秀兰 - 本人信息.pdf"]
    assert "王秀兰" in text
    assert STANDARD_EXAMPLE in text  # their own data, in full
    assert "青霉素" not in text  # …but health data only through care staff
    assert "已另存为" in residents.status()
    with residents.db.read() as session:
        assert session.scalar(select(func.count()).where(AuditEntry.action == "resident.export")) == 1


def test_anonymise_button_removes_names_and_keeps_visit_counts(qtbot, make_desk, opened, clock, prompts) -> None:
    service = ResidentService(opened.db, clock)
    gone = service.create(ResidentInput(name="钱老伯"), actor=TEST_ACTOR)
    VisitService(opened.db, clock).check_in(gone, actor=TEST_ACTOR)
    VisitService(opened.db, clock).check_out(gone, actor=TEST_ACTOR)
    service.archive(gone, ArchiveReason.MOVED, actor=TEST_ACTOR)
    clock.now = clock.now + timedelta(days=4 * 365)
    front = make_desk()
    assert not front.privacy.isVisibleTo(front.window)  # front desk: no 隐私 section
    desk = make_desk(actor=MANAGER)
    section = desk.privacy
    desk.window.show()
    desk.window.show_page("settings")
    settle(qtbot, desk)  # the section reads on the database worker
    assert section.isVisible()
    assert section.years.value() == 3
    assert section.due.text() == "已超过保存期限的归档居民：1 人"
    qtbot.mouseClick(section.anonymise_button, Qt.MouseButton.LeftButton)
    settle(qtbot, desk)
    title, text, action = prompts.confirms[-1]
    assert (title, action) == ("匿名化归档居民？", "匿名化")
    assert "姓名" in text
    assert "来访" in text
    with opened.db.read() as session:
        row = session.get(Resident, gone)
        assert row.name == f"#{gone}"
        assert session.scalar(select(func.count(Visit.id)).where(Visit.resident_id == gone)) == 1
    assert "已匿名化" in section.status.text()
    assert section.due.text() == "没有超过保存期限的归档居民。"


def test_anonymise_can_be_declined(qtbot, make_desk, opened, clock, prompts) -> None:
    service = ResidentService(opened.db, clock)
    gone = service.create(ResidentInput(name="钱老伯"), actor=TEST_ACTOR)
    service.archive(gone, ArchiveReason.MOVED, actor=TEST_ACTOR)
    clock.now = datetime(2031, 1, 1, 9, 0)
    prompts.answer = False
    desk = make_desk(actor=MANAGER)
    settle(qtbot, desk)
    desk.privacy.anonymise()
    assert prompts.confirms  # it was asked, and declined
    settle(qtbot, desk)
    with opened.db.read() as session:
        assert session.get(Resident, gone).name == "钱老伯"


def archived_long_ago(opened, clock) -> int:
    service = ResidentService(opened.db, clock)
    gone = service.create(ResidentInput(name="钱老伯"), actor=TEST_ACTOR)
    service.archive(gone, ArchiveReason.MOVED, actor=TEST_ACTOR)
    clock.now = clock.now + timedelta(days=4 * 365)
    return gone


def test_anonymise_takes_a_safety_backup_first(qtbot, make_desk, opened, clock, prompts) -> None:
    gone = archived_long_ago(opened, clock)
    desk = make_desk(actor=MANAGER)
    settle(qtbot, desk)
    desk.privacy.anonymise()
    settle(qtbot, desk)
    with opened.db.read() as session:
        assert session.get(Resident, gone).name == f"#{gone}"
    assert desk.privacy.status.text().startswith("已匿名化 1 ")
    safety = [b for b in opened.backups.backups() if b.label == "before-anonymise"]
    assert len(safety) == 1
    with sqlite3.connect(safety[0].path) as conn:  # the data as it was, for 30 days
        assert conn.execute("SELECT name FROM resident WHERE id = ?", (gone,)).fetchone()[0] == "钱老伯"
    status = desk.privacy.status.text()
    assert "已匿名化" in status
    assert str(safety[0].path) in status
    assert "30 天" in status


def test_no_safety_backup_no_anonymisation(qtbot, make_desk, opened, clock, prompts, monkeypatch) -> None:
    from frontdesk.core.errors import EnvironmentProblem, ProblemKind

    gone = archived_long_ago(opened, clock)
    desk = make_desk(actor=MANAGER)

    def full(label: str):
        raise EnvironmentProblem(ProblemKind.DISK_FULL, "database or disk is full")

    monkeypatch.setattr(opened.backups, "take", full)
    settle(qtbot, desk)
    desk.privacy.anonymise()
    settle(qtbot, desk)
    with opened.db.read() as session:
        assert session.get(Resident, gone).name == "钱老伯"  # nothing anonymised
    error = desk.privacy.findChild(QLabel, "privacyError").text()
    assert error.startswith("没有匿名化任何人")
    assert "磁盘已满" in error
