"""What the layout test shows: every page (from the window's page specs, so a new page joins by existing) and every
dialog listed in :data:`DIALOGS`. A new dialog joins the test by one entry here: how to open it on a signed-in
desk, and (when closing it is not enough) how to put the desk back.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QDialog, QWidget

if TYPE_CHECKING:
    from frontdesk.ui.shell.app import Desk


def _close(_desk: Desk, shown: QWidget | None) -> None:
    if shown is not None and shown.isWindow() and shown is not _desk.window:
        if isinstance(shown, QDialog):
            shown.reject()
        shown.close()


@dataclass(frozen=True)
class Subject:
    name: str
    show: Callable[[Desk], QWidget | None]  # the top-level window to check
    hide: Callable[[Desk, QWidget | None], None] = _close


def _page(page_id: str) -> Subject:
    def show(desk: Desk) -> QWidget:
        desk.window.show_page(page_id)
        return desk.window

    return Subject(f"page:{page_id}", show, lambda _d, _s: None)


def _top_level(object_name: str) -> QWidget | None:
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == object_name and widget.isVisible():
            return widget
    return None


def _appearing(object_name: str, seconds: float = 5) -> QWidget | None:
    """The top-level ``object_name`` once it shows (it may wait for the database worker)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QApplication.processEvents()
        shown = _top_level(object_name)
        if shown is not None:
            return shown
        time.sleep(0.002)
    return None


def _resident_id(desk: Desk) -> tuple[int, str]:
    from sqlalchemy import select

    from frontdesk.core.models import Resident

    with desk.opened.db.read() as session:
        row = session.execute(
            select(Resident.id, Resident.name).where(Resident.archived_at.is_(None)).order_by(Resident.id).limit(1)
        ).one()
    return row[0], row[1]


def _signed_out(desk: Desk) -> QWidget | None:
    """As after a restore: nobody at the desk, the cover up and the sign-in dialog on it."""
    desk.gate.sign_out()
    desk.gate.begin(desk.services.staff)
    return _appearing("signInDialog")


def _sign_back_in(desk: Desk, shown: QWidget | None) -> None:
    _close(desk, shown)
    from frontdesk.core.access import Actor
    from frontdesk.core.models import Role

    desk.gate.become(Actor(1, "王静", Role.MANAGER), "wangjing")


def _locked(desk: Desk) -> QWidget:
    desk.gate.lock()
    return desk.window


def _new_form(desk: Desk) -> QWidget | None:
    desk.window.show_page("residents")
    return desk.residents.open_new()


def _edit_form(desk: Desk) -> QWidget | None:
    desk.window.show_page("residents")
    resident_id, _name = _resident_id(desk)
    desk.residents.open_resident(resident_id)
    deadline = datetime.now().timestamp() + 5
    while desk.residents.form is None and datetime.now().timestamp() < deadline:  # it may read off the GUI thread
        QApplication.processEvents()
    return desk.residents.form


def _archive(desk: Desk) -> QWidget:
    desk.window.show_page("residents")
    resident_id, name = _resident_id(desk)
    return desk.residents.ask_archive_of(resident_id, name)


def _crash(desk: Desk) -> QWidget:
    from frontdesk.ui.failures.crash import CrashReport
    from frontdesk.ui.failures.crash_dialog import CrashDialog

    try:
        raise RuntimeError("layout test")
    except RuntimeError as exc:
        report = CrashReport.from_exception(type(exc), exc, exc.__traceback__, None)
    dialog = CrashDialog(report, desk.window)
    dialog.open()
    return dialog


def _merge(desk: Desk) -> QWidget | None:
    """合并 with the register's first two rows selected: the dialog opens once the previews are read."""
    from PySide6.QtCore import QItemSelectionModel

    desk.window.show_page("residents")
    page = desk.residents
    deadline = time.monotonic() + 5
    while page.model.rowCount() < 2 and time.monotonic() < deadline:
        QApplication.processEvents()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    page.table.clearSelection()
    for row in (0, 1):
        page.table.selectionModel().select(page.model.index(row, 0), flags)
    page.ask_merge()
    return _appearing("mergeDialog")


def _backup(desk: Desk, label: str = "periodic"):
    from pathlib import Path

    from frontdesk.core.db.backups import BackupInfo

    counts = {"resident": 3000, "visit": 41250, "staff": 6}
    return BackupInfo(Path("backup.sqlite3"), datetime(2026, 11, 28, 8, 0), label, None, counts, None, 52_428_800)


def _restore_preview(desk: Desk) -> QWidget:
    from frontdesk.ui.common.restore_dialog import RestorePreview

    dialog = RestorePreview(_backup(desk), {"resident": 3012, "visit": 41390, "staff": 6}, desk.window)
    dialog.open()
    return dialog


def _damaged(desk: Desk) -> QWidget:
    from pathlib import Path

    from frontdesk.bootstrap import DamagedDatabase
    from frontdesk.core.db.backups import StartCheck

    check = StartCheck(
        False, Path("desk.damaged-20261128-0930.sqlite3"), _backup(desk), "database disk image is malformed"
    )
    from frontdesk.ui.failures.damaged_dialog import DamagedDatabaseDialog

    dialog = DamagedDatabaseDialog(DamagedDatabase(check, Path("desk.sqlite3")), desk.window)
    dialog.open()
    return dialog


def _first_run(desk: Desk) -> QWidget:
    """The first start of a real desk: the cover up, and the dialog that asks for the administrator on it."""
    from frontdesk.ui.access.signin import FirstRunDialog

    desk.gate.sign_out()
    desk.window.set_cover(desk.gate.cover)
    desk.gate.cover.show_signed_out()
    dialog = FirstRunDialog(desk.services.staff, desk.worker, desk.window)
    desk.gate.cover.open_below_heading(dialog)
    return dialog


def _print_preview(desk: Desk) -> QWidget | None:
    """打印预览 of the in-building list, as the check-in page opens it."""
    desk.window.show_page("checkin")
    desk.checkin.preview_in_building()
    return _appearing("printPreview")


# -- the 预约 page and the care station's dialogs ----------------------------------------------------------------
BUSY_DAY = date(2026, 11, 27)  # a Friday of the seeded database with the most bookings (24) before its today


def _appointments_tab(index: int) -> Subject:
    def show(desk: Desk) -> QWidget:
        desk.window.show_page("appointments")
        desk.appointments.tabs.setCurrentIndex(index)
        return desk.window

    def hide(desk: Desk, _shown: QWidget | None) -> None:
        desk.appointments.tabs.setCurrentIndex(0)

    name = {1: "catalogue", 2: "partners"}[index]
    return Subject(f"appointments: {name}", show, hide)


def _agenda(desk: Desk):
    desk.window.show_page("appointments")
    desk.appointments.tabs.setCurrentIndex(0)
    return desk.appointments.tabs.widget(0)


def _week(desk: Desk) -> QWidget:
    _agenda(desk).set_week_mode(True)
    return desk.window


def _busy_day(desk: Desk) -> QWidget:
    _agenda(desk).set_day(BUSY_DAY)
    return desk.window


def _back_to_today(desk: Desk, _shown: QWidget | None) -> None:
    agenda = _agenda(desk)
    agenda.set_week_mode(False)
    agenda.go_today()


def _most(desk: Desk, what: str) -> tuple[int, str]:
    """The resident with the most coming appointments (``booked``) or the most readings (``readings``)."""
    from sqlalchemy import func, select

    from frontdesk.core.models import Resident
    from frontdesk.core.models.care import Appointment, AppointmentStatus
    from frontdesk.core.models.vitals import VitalReading

    if what == "booked":
        counted = select(Appointment.resident_id.label("rid"), func.count().label("n")).where(
            Appointment.status == AppointmentStatus.BOOKED
        )
        counted = counted.group_by(Appointment.resident_id).subquery()
    else:
        counted = select(VitalReading.resident_id.label("rid"), func.count().label("n"))
        counted = counted.group_by(VitalReading.resident_id).subquery()
    with desk.opened.db.read() as session:
        row = session.execute(
            select(Resident.id, Resident.name)
            .join(counted, counted.c.rid == Resident.id)
            .order_by(counted.c.n.desc(), Resident.id)
            .limit(1)
        ).one()
    return row[0], row[1]


def _booking(desk: Desk) -> QWidget:
    from frontdesk.ui.pages.appointments.booking_dialog import BookingDialog

    resident_id, name = _most(desk, "booked")
    dialog = BookingDialog(desk.worker, desk.clock, resident_id, name, services=desk.services, actor=desk.actor,
                           printer=desk.printer, parent=desk.window)  # fmt: skip
    dialog.open()
    return dialog


def _cancel(desk: Desk) -> QWidget:
    from frontdesk.ui.pages.appointments.agenda_dialogs import CancelDialog

    dialog = CancelDialog("严䶮", "12月1日 周二 09:30", in_series=True, parent=_agenda(desk))
    dialog.open()
    return dialog


def _picker(desk: Desk) -> QWidget | None:
    """新预约's resident picker with hits in its list (a search for 张)."""
    from frontdesk.ui.pages.appointments.agenda_dialogs import ResidentPicker

    agenda = _agenda(desk)
    agenda.ask_book()
    dialog = agenda.dialog
    if not isinstance(dialog, ResidentPicker):
        return None
    dialog.text.setText("张")
    deadline = time.monotonic() + 5
    while not dialog.hits.rows and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.002)
    return dialog


def _record_vitals(desk: Desk) -> QWidget:
    from frontdesk.ui.health.record_dialog import RecordVitalsDialog

    resident_id, name = _most(desk, "readings")
    dialog = RecordVitalsDialog(desk.worker, resident_id, name, service=desk.services.vitals, actor=desk.actor,
                                parent=desk.window)  # fmt: skip
    dialog.open()
    return dialog


def _vitals_history(desk: Desk) -> QWidget:
    from frontdesk.ui.health.history_dialog import VitalsHistoryDialog

    resident_id, name = _most(desk, "readings")
    dialog = VitalsHistoryDialog(desk.worker, resident_id, name, service=desk.services.vitals, actor=desk.actor,
                                 parent=desk.window)  # fmt: skip
    dialog.open()
    return dialog


def _resident_appointments(desk: Desk) -> QWidget:
    from frontdesk.ui.pages.residents.appointments_dialog import ResidentAppointmentsDialog

    desk.window.show_page("residents")
    resident_id, name = _most(desk, "booked")
    dialog = ResidentAppointmentsDialog(desk.worker, resident_id, name, services=desk.services, actor=desk.actor,
                                        parent=desk.window)  # fmt: skip
    dialog.open()
    return dialog


def _checkin_card(desk: Desk) -> QWidget:
    """The check-in card of a resident with coming appointments: its 预约… row and what it offers."""
    desk.window.show_page("checkin")
    desk.checkin.show_resident(_most(desk, "booked")[0])
    return desk.window


CARE_STATION: tuple[Subject, ...] = (
    _appointments_tab(1),
    _appointments_tab(2),
    Subject("agenda: week", _week, _back_to_today),
    Subject("agenda: busy day", _busy_day, _back_to_today),
    Subject("booking", _booking),
    Subject("agenda: cancel", _cancel),
    Subject("agenda: resident picker", _picker),
    Subject("record readings", _record_vitals),
    Subject("readings history", _vitals_history),
    Subject("resident appointments", _resident_appointments),
    Subject("check-in card", _checkin_card, lambda desk, _shown: desk.checkin.show_resident(None)),
)


# -- the 课程与教室 page's 教室与预订 tab -------------------------------------------------------------------------
def _rooms_tab(desk: Desk):
    from PySide6.QtWidgets import QWidget

    desk.window.show_page("classes")
    tab = desk.window.findChild(QWidget, "roomsTab")
    desk.classes.tabs.setCurrentWidget(tab)
    deadline = time.monotonic() + 5
    while tab.busy() and time.monotonic() < deadline:
        QApplication.processEvents()
    return tab


def _a_booking():
    from frontdesk.core.models import BookingKind, BookingStatus
    from frontdesk.core.services.rooms import BookingRow

    starts, ends = datetime(2026, 12, 10, 13, 30), datetime(2026, 12, 10, 15, 45)
    return BookingRow(1, 1, "多功能厅", "健康讲座：冬季防跌倒与居家安全", BookingKind.LECTURE,
                      "大同市第三人民医院康复科", None, None, "", 170, starts, ends, 30, 15, "", BookingStatus.BOOKED,
                      "")  # fmt: skip


def _room_booking(desk: Desk) -> QWidget:
    """预订教室 with a clash said beside the form and its alternatives as buttons."""
    from frontdesk.core.errors import RuleViolation
    from frontdesk.ui.pages.classes.room_booking_dialog import RoomBookingDialog

    tab = _rooms_tab(desk)
    dialog = RoomBookingDialog(desk.worker, services=desk.services, actor=desk.actor, rooms=tab.rooms_model.rows,
                               day=date(2026, 12, 10), parent=tab)  # fmt: skip
    row = _a_booking()
    params = {"room": "多功能厅", "kind": "booking", "title": row.title, "who": row.organiser,
              "taken_from": row.taken_from, "taken_until": row.taken_until, "starts_at": row.starts_at,
              "ends_at": row.ends_at, "free_rooms": [r.name for r in tab.rooms_model.rows],
              "next_free": row.taken_until}  # fmt: skip
    dialog.show_refusal(RuleViolation("room_taken", params))
    dialog.open()
    return dialog


def _room_form(desk: Desk) -> QWidget:
    from frontdesk.ui.pages.classes.room_dialog import RoomDialog

    tab = _rooms_tab(desk)
    rows = tab.rooms_model.rows
    dialog = RoomDialog(desk.worker, services=desk.services, actor=desk.actor, room=rows[0] if rows else None,
                        parent=tab)  # fmt: skip
    dialog.open()
    return dialog


def _room_cancel(desk: Desk) -> QWidget:
    from frontdesk.ui.pages.classes.room_cancel_dialog import CancelBookingDialog

    dialog = CancelBookingDialog(desk.worker, services=desk.services, actor=desk.actor, booking=_a_booking(),
                                 parent=_rooms_tab(desk))  # fmt: skip
    dialog.open()
    return dialog


def _classes_tab(name: str) -> Subject:
    def show(desk: Desk) -> QWidget:
        return _classes_tab_shown(desk, name)

    def hide(desk: Desk, _shown: QWidget | None) -> None:
        desk.classes.tabs.setCurrentIndex(0)

    return Subject(f"classes: {name}", show, hide)


def _classes_tab_shown(desk: Desk, name: str):
    from PySide6.QtWidgets import QWidget

    desk.window.show_page("classes")
    tab = desk.window.findChild(QWidget, name)
    desk.classes.tabs.setCurrentWidget(tab)
    _settle(lambda: not tab.busy())
    return tab


def _settle(ready, seconds: float = 5) -> None:
    deadline = time.monotonic() + seconds
    while not ready() and time.monotonic() < deadline:
        QApplication.processEvents()


def _course_form(desk: Desk) -> QWidget:
    """The course form of the term's first course, with its weekly meetings."""
    from PySide6.QtWidgets import QDialog

    tab = _classes_tab_shown(desk, "coursesTab")
    _settle(lambda: tab.table.model().rowCount() > 0)
    tab.table.selectRow(0)
    _settle(lambda: tab.detail is not None and not tab.busy())
    tab.open_course(edit=True)
    return desk.window.findChild(QDialog, "courseDialog")


def _most_enrolled(desk: Desk) -> tuple[int, str, int]:
    """The resident enrolled in the most courses, and the session with the most enrolled of the seeded week."""
    from sqlalchemy import func, select

    from frontdesk.core.models import ClassSession, Enrollment, EnrollmentStatus, Resident

    with desk.opened.db.read() as session:
        rid, name = session.execute(
            select(Resident.id, Resident.name)
            .join(Enrollment, Enrollment.resident_id == Resident.id)
            .where(Enrollment.status == EnrollmentStatus.ENROLLED)
            .group_by(Resident.id, Resident.name)
            .order_by(func.count().desc(), Resident.id)
            .limit(1)
        ).one()
        session_id = session.scalar(
            select(ClassSession.id)
            .join(Enrollment, Enrollment.course_id == ClassSession.course_id)
            .where(Enrollment.status == EnrollmentStatus.ENROLLED, ClassSession.day <= date(2026, 11, 28))
            .group_by(ClassSession.id)
            .order_by(func.count().desc(), ClassSession.day.desc())
            .limit(1)
        )
    return rid, name, session_id


def _enroll(desk: Desk) -> QWidget:
    from frontdesk.ui.pages.classes.enroll_dialog import EnrollDialog

    rid, name, _session = _most_enrolled(desk)
    dialog = EnrollDialog(desk.worker, rid, name, services=desk.services, actor=desk.actor, printer=desk.printer,
                          parent=desk.window)  # fmt: skip
    dialog.open()
    return dialog


def _roster(desk: Desk) -> QWidget:
    from frontdesk.ui.pages.classes.roster_dialog import RosterDialog

    _rid, _name, session_id = _most_enrolled(desk)
    dialog = RosterDialog(desk.worker, session_id, services=desk.services, actor=desk.actor, printer=desk.printer,
                          parent=desk.window)  # fmt: skip
    dialog.open()
    return dialog


def _resident_classes(desk: Desk) -> QWidget:
    from frontdesk.ui.pages.classes.resident_classes_dialog import ResidentClassesDialog

    rid, name, _session = _most_enrolled(desk)
    dialog = ResidentClassesDialog(desk.worker, desk.clock, rid, name, services=desk.services, actor=desk.actor,
                                   printer=desk.printer, parent=desk.window)  # fmt: skip
    dialog.open()
    return dialog


ROOMS: tuple[Subject, ...] = (
    _classes_tab("coursesTab"),
    _classes_tab("roomsTab"),
    Subject("course form", _course_form),
    Subject("enroll", _enroll),
    Subject("roster", _roster),
    Subject("resident classes", _resident_classes),
    Subject("rooms: booking with a clash", _room_booking),
    Subject("rooms: room", _room_form),
    Subject("rooms: cancel booking", _room_cancel),
)


# -- 居民档案 → 导入名单: the import wizard at its busiest steps ------------------------------------------------------
def _roster(desk: Desk) -> str:
    """A roster as centers keep them, 12 columns wide, written once per probe: a title row, the header, new rows,
    rows of residents already registered with a new phone (offered as updates), and rows with problems."""
    import openpyxl
    from sqlalchemy import select

    from frontdesk import paths
    from frontdesk.core.models import Resident

    folder = paths.data_dir() / "layout-roster"  # the probe's own home (FRONTDESK_HOME), removed after it
    path = folder / "局前社区老年人花名册.xlsx"
    if path.exists():
        return str(path)
    folder.mkdir(parents=True, exist_ok=True)
    with desk.opened.db.read() as session:
        known = session.execute(
            select(Resident.name, Resident.gender, Resident.birth_date)
            .where(Resident.archived_at.is_(None), Resident.birth_date.is_not(None))
            .order_by(Resident.id)
            .limit(6)
        ).all()
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "花名册"
    sheet.append(["局前社区60周岁以上老年人花名册（2026年11月）"])
    sheet.append(["序号", "姓名", "性别", "出生年月", "身份证号码", "联系电话", "所属社区", "家庭住址", "紧急联系人",
                  "紧急联系人电话", "是否独居", "备注"])  # fmt: skip
    for i in range(1, 25):
        sheet.append([i, f"欧阳秀{chr(0x5170 + i)}", "女", f"1948年{i % 12 + 1}月", "", f"139{i:08d}", "局前社区",
                      f"局前街{i}号院3单元402室", "欧阳明", "13800001111", "是" if i % 3 == 0 else "否",
                      "行动不便，需要有人陪同"])  # fmt: skip
    for i, (name, gender, born) in enumerate(known, start=25):
        sex = "女" if gender == "F" else "男"
        sheet.append([i, name, sex, born, "", f"136{i:08d}", "局前社区", "", "", "", "", ""])
    sheet.append([40, "孙小红", "女", "1949.13", "11010519491231002", "12345", "局前社区", "", "", "", "", ""])
    sheet.append(["注：本表由社区居委会填报"])
    book.save(path)
    return str(path)


def _import_wizard(desk: Desk, step: int):
    desk.window.show_page("residents")
    wizard = desk.residents.open_import()
    if wizard is None:
        return None
    wizard.file_page.open_path(_roster(desk), advance=True)
    _settle(lambda: wizard.currentId() == wizard.COLUMNS and not wizard.busy())
    if step == wizard.CHECK:
        wizard.next()
        _settle(lambda: wizard.plan is not None and not wizard.busy())
        updates = [row.line for row in wizard.plan.rows if str(row.status) == "update"] if wizard.plan else []
        if updates:
            wizard.check_page.select_line(updates[0])  # the old → new lines and the check box shown
    return wizard


def _import_file_error(desk: Desk):
    """The file step saying why a file cannot be imported (the longest of its sentences)."""
    desk.window.show_page("residents")
    wizard = desk.residents.open_import()
    if wizard is None:
        return None
    from frontdesk.ui.common.fields import show_error
    from frontdesk.ui.pages.residents.roster_import import words

    wizard.file_page.path.setText(_roster(desk))
    show_error(wizard.file_page.error, words.file_error("unpacks_too_large", {"max_mb": 200}))
    return wizard


def _close_import(_desk: Desk, shown: QWidget | None) -> None:
    """Closed without its question (a check is on screen): the probe has no one to answer it."""
    if isinstance(shown, QDialog):
        shown.done(QDialog.DialogCode.Rejected)


ROSTER_IMPORT: tuple[Subject, ...] = (
    Subject("import: file error", _import_file_error, _close_import),
    Subject("import: columns", lambda desk: _import_wizard(desk, 1), _close_import),
    Subject("import: check", lambda desk: _import_wizard(desk, 2), _close_import),
)


# -- the 统计 page's tabs: 概览 with its figures drawn, 月报, 合伙人 ------------------------------------------------
def _reports_tab(name: str) -> Subject:
    def show(desk: Desk) -> QWidget:
        from PySide6.QtWidgets import QWidget

        desk.window.show_page("reports")
        tab = desk.window.findChild(QWidget, name)
        desk.reports.tabs.setCurrentWidget(tab)
        _settle(lambda: not tab.busy() and desk.worker.idle())
        return desk.window

    def hide(desk: Desk, _shown: QWidget | None) -> None:
        desk.reports.tabs.setCurrentIndex(0)

    return Subject(f"reports: {name}", show, hide)


REPORTS: tuple[Subject, ...] = (
    _reports_tab("reportsDashboard"),
    _reports_tab("reportsMonthly"),
    _reports_tab("reportsPartners"),
)


DIALOGS: tuple[Subject, ...] = (
    Subject("sign-in", _signed_out, _sign_back_in),
    Subject("lock screen", _locked, _sign_back_in),
    Subject("change password", lambda desk: desk.gate.change_password()),
    Subject("about", lambda desk: desk.window.show_about()),
    Subject("resident form (new)", _new_form),
    Subject("resident form (edit)", _edit_form),
    Subject("archive", _archive),
    Subject("merge", _merge),
    Subject("residents export", lambda desk: desk.residents.ask_export()),
    Subject("restore preview", _restore_preview),
    Subject("damaged database", _damaged),
    Subject("first run", _first_run, _sign_back_in),
    Subject("audit log", lambda desk: desk.audit_log.open_log()),
    Subject("print preview", _print_preview),
    Subject("crash", _crash),
    *CARE_STATION,
    *ROOMS,
    *ROSTER_IMPORT,
    *REPORTS,
)


def subjects() -> list[Subject]:
    from frontdesk.ui.pages.specs import PAGE_SPECS

    return [_page(spec.page_id) for spec in PAGE_SPECS] + list(DIALOGS)
