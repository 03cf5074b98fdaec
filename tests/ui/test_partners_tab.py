"""预约 → 社区合伙人: a manager types a partner and a person in; a bad phone is said beside its field; the front
desk sees the table but no form."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QTableView, QWidget
from signin_support import settle
from sqlalchemy import select

from frontdesk.core.access import Actor
from frontdesk.core.models import Partner, PartnerPerson, Role

MANAGER = Actor(0, "张主任", Role.MANAGER)
FRONT_DESK = Actor(0, "李前台", Role.FRONT_DESK)


def typed_chinese(qtbot, field: QLineEdit, text: str) -> None:
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    field.selectAll()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(field, event)


def typed(qtbot, field: QLineEdit, text: str) -> None:
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    field.selectAll()
    qtbot.keyClicks(field, text)


def shown_tab(qtbot, desk) -> QWidget:
    desk.window.show()
    desk.window.show_page("appointments")
    tab = desk.window.findChild(QWidget, "partnersTab")
    desk.appointments.tabs.setCurrentWidget(tab)
    settle(qtbot, desk)
    qtbot.waitUntil(lambda: not tab.busy(), timeout=10_000)
    return tab


def wait(qtbot, desk, tab) -> None:
    qtbot.waitUntil(lambda: not tab.busy() and desk.worker.idle(), timeout=10_000)


def test_a_manager_adds_a_partner_and_a_person_by_typing(qtbot, make_desk, opened) -> None:
    desk = make_desk(actor=MANAGER)
    tab = shown_tab(qtbot, desk)
    typed_chinese(qtbot, tab.findChild(QLineEdit, "partnerName"), "康寿养老院")
    typed_chinese(qtbot, tab.findChild(QLineEdit, "partnerServices"), "护理、理疗")
    typed(qtbot, tab.findChild(QLineEdit, "partnerPhone"), "13912345678")
    qtbot.mouseClick(tab.findChild(QPushButton, "partnerSave"), Qt.MouseButton.LeftButton)
    wait(qtbot, desk, tab)
    with opened.db.read() as session:
        partner = session.scalars(select(Partner)).one()
    assert (partner.name, partner.services, partner.contact_phone) == ("康寿养老院", "护理、理疗", "13912345678")
    table = tab.findChild(QTableView, "partnerTable")
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)
    assert table.model().index(0, 0).data() == "康寿养老院"
    assert "5678" in table.model().index(0, 3).data()
    assert "13912345678" not in table.model().index(0, 3).data()

    typed_chinese(qtbot, tab.findChild(QLineEdit, "personName"), "刘护士")
    person_phone = tab.findChild(QLineEdit, "personPhone")
    typed(qtbot, person_phone, "13700002222")
    qtbot.keyClick(person_phone, Qt.Key.Key_Return)  # Enter saves, as the button does
    wait(qtbot, desk, tab)
    with opened.db.read() as session:
        person = session.scalars(select(PartnerPerson)).one()
    assert (person.name, person.partner_id, person.phone) == ("刘护士", partner.id, "13700002222")
    people = tab.findChild(QTableView, "partnerPeople")
    qtbot.waitUntil(lambda: people.model().rowCount() == 1)
    assert people.model().index(0, 0).data() == "刘护士"


def test_a_bad_phone_is_said_beside_its_field_and_the_typing_stays(qtbot, make_desk, opened) -> None:
    desk = make_desk(actor=MANAGER)
    tab = shown_tab(qtbot, desk)
    typed_chinese(qtbot, tab.findChild(QLineEdit, "partnerName"), "夕阳红志愿队")
    phone = tab.findChild(QLineEdit, "partnerPhone")
    typed(qtbot, phone, "12345")
    qtbot.keyClick(phone, Qt.Key.Key_Return)
    wait(qtbot, desk, tab)
    message = tab.findChild(QLabel, "partnerPhoneError")
    qtbot.waitUntil(message.isVisible)
    assert "phone" in message.text().lower() or "电话" in message.text()
    assert not tab.findChild(QLabel, "partnerNameError").isVisible()
    assert (tab.findChild(QLineEdit, "partnerName").text(), phone.text()) == ("夕阳红志愿队", "12345")
    with opened.db.read() as session:
        assert session.scalar(select(Partner.id)) is None


def test_the_front_desk_sees_the_partners_but_cannot_edit(qtbot, make_desk, opened, clock) -> None:
    from frontdesk.core.services.partners import PartnerInput, PartnerService

    PartnerService(opened.db, clock).create_partner(PartnerInput("康寿养老院", "enterprise"), actor=MANAGER)
    desk = make_desk(actor=FRONT_DESK)
    tab = shown_tab(qtbot, desk)
    table = tab.findChild(QTableView, "partnerTable")
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)
    assert table.model().index(0, 0).data() == "康寿养老院"
    for name in ("partnerForm", "personForm", "partnerAdd"):
        assert not tab.findChild(QWidget, name).isVisibleTo(desk.window), name
    tab.save_partner()  # even asked directly, nothing is written
    wait(qtbot, desk, tab)
    with opened.db.read() as session:
        assert session.scalars(select(Partner.name)).all() == ["康寿养老院"]
