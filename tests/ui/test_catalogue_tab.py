"""预约 → 服务项目: a manager saves a service and its provider's weekly hours from the tab; a closed day is set; an
overlap is refused in words; the front desk sees the services but no form."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import Qt, QTime
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTimeEdit,
    QWidget,
)
from signin_support import settle
from sqlalchemy import select

from frontdesk.core.access import Actor
from frontdesk.core.models import CareService, CenterDay, ProviderHours, Role
from frontdesk.core.services.partners import PartnerInput, PartnerService, PersonInput

MANAGER = Actor(0, "张主任", Role.MANAGER)
FRONT_DESK = Actor(0, "李前台", Role.FRONT_DESK)


def typed_chinese(qtbot, field: QLineEdit, text: str) -> None:
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    field.selectAll()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(field, event)


def shown_tab(qtbot, desk) -> QWidget:
    desk.window.show()
    desk.window.show_page("appointments")
    tab = desk.window.findChild(QWidget, "catalogueTab")
    desk.appointments.tabs.setCurrentWidget(tab)
    settle(qtbot, desk)
    wait(qtbot, desk, tab)
    return tab


def wait(qtbot, desk, tab) -> None:
    qtbot.waitUntil(lambda: not tab.busy() and desk.worker.idle(), timeout=10_000)


def _nurse(opened, clock) -> int:
    partners = PartnerService(opened.db, clock)
    partner = partners.create_partner(PartnerInput("康寿养老院", "enterprise"), actor=MANAGER)
    return partners.add_person(partner.partner_id, PersonInput("刘护士", "nurse"), actor=MANAGER).person_id


def _add_stretch(qtbot, tab, weekday: int, starts: QTime, ends: QTime) -> None:
    tab.findChild(QComboBox, "hoursWeekday").setCurrentIndex(weekday)
    tab.findChild(QTimeEdit, "hoursFrom").setTime(starts)
    tab.findChild(QTimeEdit, "hoursTo").setTime(ends)
    qtbot.mouseClick(tab.findChild(QPushButton, "hoursAdd"), Qt.MouseButton.LeftButton)


def test_a_service_with_hours_is_saved_from_the_tab(qtbot, make_desk, opened, clock) -> None:
    nurse = _nurse(opened, clock)
    desk = make_desk(actor=MANAGER)
    tab = shown_tab(qtbot, desk)
    typed_chinese(qtbot, tab.findChild(QLineEdit, "serviceName"), "血压测量")
    tab.findChild(QSpinBox, "servicePlaces").setValue(10)
    partner = tab.findChild(QComboBox, "servicePartner")
    partner.setCurrentIndex(partner.findText("康寿养老院"))
    qtbot.mouseClick(tab.findChild(QPushButton, "serviceSave"), Qt.MouseButton.LeftButton)
    wait(qtbot, desk, tab)
    with opened.db.read() as session:
        service = session.scalars(select(CareService)).one()
    assert (service.name, service.duration_min, service.places, service.price_cents) == ("血压测量", 15, 10, 0)
    services = tab.findChild(QTableView, "catalogueServices")
    qtbot.waitUntil(lambda: services.model().rowCount() == 1 and services.currentIndex().isValid())

    assert tab.findChild(QComboBox, "hoursPerson").currentData() == nurse
    _add_stretch(qtbot, tab, 1, QTime(8, 30), QTime(11, 30))
    _add_stretch(qtbot, tab, 1, QTime(14, 0), QTime(16, 30))
    assert tab.findChild(QTableView, "catalogueHours").model().rowCount() == 2
    qtbot.mouseClick(tab.findChild(QPushButton, "hoursSave"), Qt.MouseButton.LeftButton)
    wait(qtbot, desk, tab)
    with opened.db.read() as session:
        hours = session.execute(select(ProviderHours.weekday, ProviderHours.starts, ProviderHours.ends)).all()
    assert sorted(hours) == [(1, time(8, 30), time(11, 30)), (1, time(14), time(16, 30))]
    assert tab.findChild(QTableView, "catalogueHours").model().rowCount() == 2  # read back


def test_overlapping_hours_are_refused_in_words(qtbot, make_desk, opened, clock) -> None:
    from frontdesk.core.services.care_catalog import CareCatalog, ServiceInput

    _nurse(opened, clock)
    CareCatalog(opened.db, clock).create_service(ServiceInput("理疗", 30), actor=MANAGER)
    desk = make_desk(actor=MANAGER)
    tab = shown_tab(qtbot, desk)
    tab.findChild(QTableView, "catalogueServices").selectRow(0)
    _add_stretch(qtbot, tab, 2, QTime(8, 0), QTime(12, 0))
    _add_stretch(qtbot, tab, 2, QTime(11, 0), QTime(13, 0))
    qtbot.mouseClick(tab.findChild(QPushButton, "hoursSave"), Qt.MouseButton.LeftButton)
    wait(qtbot, desk, tab)
    message = tab.findChild(QLabel, "hoursError")
    qtbot.waitUntil(message.isVisible)
    assert "2" in message.text()  # the second row, counted as shown
    with opened.db.read() as session:
        assert session.scalar(select(ProviderHours.id)) is None
    assert tab.findChild(QTableView, "catalogueHours").model().rowCount() == 2  # the draft stays


def test_a_closed_day_is_set(qtbot, make_desk, opened) -> None:
    desk = make_desk(actor=MANAGER)
    tab = shown_tab(qtbot, desk)
    typed_chinese(qtbot, tab.findChild(QLineEdit, "centerDayNote"), "停电检修")
    qtbot.mouseClick(tab.findChild(QPushButton, "centerDaySet"), Qt.MouseButton.LeftButton)
    wait(qtbot, desk, tab)
    with opened.db.read() as session:
        day = session.scalars(select(CenterDay)).one()
    assert (day.open, day.note) == (False, "停电检修")
    qtbot.waitUntil(lambda: tab.findChild(QTableView, "catalogueCenterDays").model().rowCount() == 1)


def test_the_front_desk_sees_the_services_but_cannot_edit(qtbot, make_desk, opened, clock) -> None:
    from frontdesk.core.services.care_catalog import CareCatalog, ServiceInput

    CareCatalog(opened.db, clock).create_service(ServiceInput("血压测量"), actor=MANAGER)
    desk = make_desk(actor=FRONT_DESK)
    tab = shown_tab(qtbot, desk)
    qtbot.waitUntil(lambda: tab.findChild(QTableView, "catalogueServices").model().rowCount() == 1)
    for name in ("serviceForm", "serviceAdd"):
        assert not tab.findChild(QWidget, name).isVisibleTo(desk.window), name
    tab.save_service()
    wait(qtbot, desk, tab)
    with opened.db.read() as session:
        assert session.scalars(select(CareService.name)).all() == ["血压测量"]
