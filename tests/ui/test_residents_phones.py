"""居民 form, phone numbers: masked on edit like the ID number, one audited 显示 for all of them, typing replaces."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QWidget
from residents_driver import STANDARD_EXAMPLE, ResidentsDriver

from actors import TEST_ACTOR
from frontdesk.core import validation
from frontdesk.core.errors import RuleViolation
from frontdesk.core.services.residents import ResidentService
from frontdesk.core.validation import ResidentInput
from frontdesk.ui.pages.residents import form_fields
from frontdesk.ui.pages.residents.masked_edit import MaskState

PHONES = {"phone": "13912341234", "phone2": "0352-2081234", "emergency_phone": "13800001111"}
MASKED = {"phone": "139****1234", "phone2": "0352-*****34", "emergency_phone": "138****1111"}
FULL = [*PHONES.values(), "2081234", STANDARD_EXAMPLE]  # nothing of these may show before 显示


@pytest.fixture
def residents(qtbot, desk) -> ResidentsDriver:
    return ResidentsDriver(qtbot, desk)


def register(driver: ResidentsDriver, clock, data: ResidentInput) -> int:
    """Someone registered earlier (at another desk): straight through the service."""
    resident_id = ResidentService(driver.db, clock).create(data, actor=TEST_ACTOR)
    driver.desk.hub.residents_changed.emit()
    driver.settle()
    return resident_id


def open_wang(driver: ResidentsDriver, clock, **fields: str) -> int:
    values = {"name": "王秀兰", "id_number": STANDARD_EXAMPLE, "emergency_name": "李强", **PHONES, **fields}
    resident_id = register(driver, clock, ResidentInput(**values))
    driver.select("王秀兰")
    driver.open_selected()
    return resident_id


def texts(form: QWidget) -> list[str]:
    """Everything the form's widgets show or tell: text, tooltips, placeholders, accessible names."""
    found = [form.windowTitle()]
    for widget in form.findChildren(QWidget):
        found += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, QLineEdit):
            found += [widget.text(), widget.placeholderText(), widget.displayText()]
        elif isinstance(widget, QLabel | QAbstractButton):
            found.append(widget.text())
        elif isinstance(widget, QPlainTextEdit):
            found.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            found += [widget.currentText(), *(widget.itemText(i) for i in range(widget.count()))]
    return found


def reveal_button(driver: ResidentsDriver) -> QPushButton:
    button = driver.form.findChild(QPushButton, "residentRevealPhones")
    assert button is not None
    return button


def test_the_form_masks_the_fields_the_core_keeps() -> None:
    assert (form_fields.PHONE_FIELDS, form_fields.MASKED_FIELDS) == (validation.PHONE_FIELDS, validation.MASKED_FIELDS)


def test_an_existing_residents_phones_open_masked(residents: ResidentsDriver, clock) -> None:
    open_wang(residents, clock)
    assert {name: residents.field(name).text() for name in PHONES} == MASKED
    assert residents.field("id_number").text() == "1101**********002X"
    shown = "\n".join(texts(residents.form))
    assert [number for number in FULL if number in shown] == []
    button = reveal_button(residents)
    assert button.isVisible()
    assert button.text() == "显示"
    assert "操作日志" in button.toolTip()
    residents.field("phone2").setFocus()
    residents.leave()
    assert residents.focus is button  # after the phone fields it reveals
    residents.leave()
    assert residents.focus is residents.field("community")
    assert [residents.error(name) for name in PHONES] == ["", "", ""]  # a masked number is not checked as typed
    residents.field("emergency_phone").setFocus()
    residents.leave()
    assert residents.error("emergency_phone") == ""


def test_show_reveals_every_phone_once_on_the_worker_and_audits_it(
    residents: ResidentsDriver, clock, monkeypatch: pytest.MonkeyPatch, prompts
) -> None:
    rid = open_wang(residents, clock)
    service = residents.desk.services.residents
    threads: list[str] = []
    original = service.reveal_phones

    def recorded(*args, **kwargs):
        threads.append(threading.current_thread().name)
        return original(*args, **kwargs)

    monkeypatch.setattr(service, "reveal_phones", recorded)
    button = reveal_button(residents)
    button.click()
    assert not button.isEnabled()  # once: a second click must not reveal (and audit) twice
    button.click()
    residents.settle()
    assert threads == ["database-worker"]
    assert {name: residents.field(name).text() for name in PHONES} == PHONES
    assert residents.field("id_number").text() == "1101**********002X"  # its own 显示
    assert (button.text(), button.isEnabled()) == ("已显示", False)
    [entry] = residents.audit("resident.reveal_phones")
    assert (entry.entity_id, entry.details) == (rid, {"fields": ["phone", "phone2", "emergency_phone"]})
    assert residents.audit("resident.reveal_id_number") == []
    residents.form.reject()  # revealing is not a change: no question
    assert residents.page.form is None
    assert prompts.confirms == []
    [row] = residents.residents()
    assert (row.phone, row.phone2, row.emergency_phone) == tuple(PHONES.values())


def test_a_refused_reveal_may_be_asked_again(residents: ResidentsDriver, clock, monkeypatch) -> None:
    open_wang(residents, clock)

    def refused(*_args, **_kwargs):
        raise RuleViolation("not_allowed", {"permission": "reveal_identifiers"})

    monkeypatch.setattr(residents.desk.services.residents, "reveal_phones", refused)
    button = reveal_button(residents)
    button.click()
    residents.settle()
    assert residents.form.findChild(QLabel, "formProblem").isVisible()
    assert button.isEnabled()
    assert residents.field("phone").text() == MASKED["phone"]
    assert residents.audit("resident.reveal_phones") == []


def test_typing_over_a_masked_phone_replaces_it(residents: ResidentsDriver, clock) -> None:
    open_wang(residents, clock)
    residents.fill("phone", "137 0000 5678")
    assert residents.field("phone").text() == "137 0000 5678"
    residents.fill("emergency_phone", "１３６００００２２２２")  # full-width digits, as a Chinese input method commits
    assert residents.field("emergency_phone").text() == "１３６００００２２２２"
    assert residents.field("phone2").text() == MASKED["phone2"]
    residents.save()
    assert residents.page.form is None
    [row] = residents.residents()
    assert (row.phone, row.phone2, row.emergency_phone) == ("13700005678", PHONES["phone2"], "13600002222")
    assert row.id_number == STANDARD_EXAMPLE
    [entry] = residents.audit("resident.update")
    assert "13700005678" not in str(entry.details)


def test_saving_without_touching_the_phones_keeps_them(residents: ResidentsDriver, clock) -> None:
    open_wang(residents, clock)
    residents.fill("community", "局前社区")
    residents.save()
    assert residents.status() == "已保存：王秀兰"
    [row] = residents.residents()
    assert (row.phone, row.phone2, row.emergency_phone, row.community) == (*PHONES.values(), "局前社区")

    residents.select("王秀兰")
    residents.open_selected()
    reveal_button(residents).click()
    residents.settle()
    residents.field("building").setFocus()
    residents.type("3")
    residents.save()  # shown in full and left as they were: still the stored numbers
    [row] = residents.residents()
    assert (row.phone, row.phone2, row.emergency_phone, row.building) == (*PHONES.values(), "3")


def test_clearing_a_masked_phone_clears_it(residents: ResidentsDriver, clock) -> None:
    open_wang(residents, clock)
    residents.field("phone2").setFocus()
    residents.key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    residents.key(Qt.Key.Key_Delete)
    assert residents.field("phone2").text() == ""
    residents.field("emergency_phone").setFocus()
    residents.key(Qt.Key.Key_Backspace)
    assert residents.field("emergency_phone").text() == ""
    residents.save()
    [row] = residents.residents()
    assert (row.phone, row.phone2, row.emergency_phone) == (PHONES["phone"], None, None)


def test_a_typed_over_phone_is_not_overwritten_by_a_reveal(residents: ResidentsDriver, clock) -> None:
    open_wang(residents, clock)
    residents.fill("phone", "13700005678")
    reveal_button(residents).click()
    residents.settle()
    assert residents.field("phone").text() == "13700005678"
    assert residents.field("phone2").text() == PHONES["phone2"]


def test_a_new_residents_form_has_nothing_masked(residents: ResidentsDriver, clock) -> None:
    open_wang(residents, clock)
    residents.form.reject()
    form = residents.new()
    assert not reveal_button(residents).isVisible()
    assert not form.findChild(QPushButton, "residentRevealId").isVisible()
    assert {name: form.fields.masked[name].state for name in form_fields.MASKED_FIELDS} == dict.fromkeys(
        form_fields.MASKED_FIELDS, MaskState.NEW
    )
    assert [residents.field(name).text() for name in PHONES] == ["", "", ""]
    residents.commit("李建国")
    residents.fill("phone", "13700005678")
    residents.save()
    assert [(r.name, r.phone) for r in residents.residents()] == [
        ("王秀兰", PHONES["phone"]),
        ("李建国", "13700005678"),
    ]


def test_no_phone_stored_no_show_button(residents: ResidentsDriver, clock) -> None:
    register(residents, clock, ResidentInput(name="李建国", id_number=STANDARD_EXAMPLE))
    residents.select("李建国")
    residents.open_selected()
    assert not reveal_button(residents).isVisible()
    assert residents.form.findChild(QPushButton, "residentRevealId").isVisible()
    residents.fill("phone", "13700005678")
    residents.save()
    assert residents.residents()[0].phone == "13700005678"
