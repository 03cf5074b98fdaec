"""健康监测 at the desk: a nurse types readings from the keyboard, impossible ones are refused beside the field, the
history shows them as a table and a chart, and the front desk never gets the action."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QTableView, QWidget
from residents_driver import ResidentsDriver
from sqlalchemy import func, select

from actors import TEST_ACTOR
from clocks import SettableClock
from frontdesk.core.access import Actor
from frontdesk.core.models import AuditEntry, Role, VitalReading
from frontdesk.core.services.residents import ResidentService
from frontdesk.core.services.vitals import VitalsService
from frontdesk.core.validation import ResidentInput
from frontdesk.core.vitals_ranges import VitalsInput
from frontdesk.ui.health import words
from frontdesk.ui.health.history_dialog import VitalsHistoryDialog
from frontdesk.ui.health.history_model import Column
from frontdesk.ui.health.record_dialog import RecordVitalsDialog

CARE = Actor(0, "刘护士", Role.CARE)
SCREENSHOT = "/tmp/vitals_history.png"


@pytest.fixture
def wang(opened, clock) -> int:
    return ResidentService(opened.db, clock).create(ResidentInput(name="王秀兰"), actor=TEST_ACTOR)


def readings(db) -> list[VitalReading]:
    with db.read() as session:
        rows = session.scalars(select(VitalReading).order_by(VitalReading.id)).all()
        session.expunge_all()
        return list(rows)


def record_dialog(qtbot, desk, wang: int) -> RecordVitalsDialog:
    dialog = RecordVitalsDialog(desk.worker, wang, "王秀兰", service=desk.services.vitals, actor=CARE)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.systolic.setFocus()
    return dialog


def focused(dialog: QWidget) -> QWidget:
    widget = dialog.focusWidget()
    assert widget is not None
    return widget


def press(qtbot, dialog: QWidget, key: Qt.Key) -> None:
    qtbot.keyClick(focused(dialog), key)


def type_in(qtbot, dialog: QWidget, text: str) -> None:
    qtbot.keyClicks(focused(dialog), text)


def test_a_nurse_types_150_95_the_high_flag_shows_as_typed_and_the_row_is_stored(qtbot, make_desk, wang) -> None:
    desk = make_desk(actor=CARE)
    dialog = record_dialog(qtbot, desk, wang)
    saved: list[object] = []
    dialog.recorded.connect(saved.append)
    type_in(qtbot, dialog, "150")
    assert dialog.message("pressure") == words.level_word("high")  # as typed, before the lower number
    press(qtbot, dialog, Qt.Key.Key_Return)
    assert focused(dialog) is dialog.diastolic  # Enter moves on
    type_in(qtbot, dialog, "95")
    press(qtbot, dialog, Qt.Key.Key_Return)
    type_in(qtbot, dialog, "72")
    press(qtbot, dialog, Qt.Key.Key_Return)
    assert focused(dialog) is dialog.glucose
    type_in(qtbot, dialog, "7.2")
    assert dialog.message("glucose") == ""  # not yet known to be fasting: not yet high
    press(qtbot, dialog, Qt.Key.Key_Return)
    assert focused(dialog) is dialog.fasting_yes  # the fasting choice, not skipped
    press(qtbot, dialog, Qt.Key.Key_Return)  # chooses 空腹 and moves on
    assert dialog.fasting_yes.isChecked()
    assert dialog.message("glucose") == words.level_word("high")
    assert focused(dialog) is dialog.weight
    press(qtbot, dialog, Qt.Key.Key_Return)
    assert focused(dialog) is dialog.note
    press(qtbot, dialog, Qt.Key.Key_Return)  # from the note: save
    qtbot.waitUntil(lambda: bool(saved), timeout=10_000)
    assert not dialog.isVisible()
    [row] = readings(desk.opened.db)
    assert (row.resident_id, row.systolic, row.diastolic, row.pulse) == (wang, 150, 95, 72)
    assert (row.glucose_mmol, row.fasting, row.weight_kg) == (7.2, True, None)
    assert words.recorded("王秀兰", [str(f) for f in saved[0].flags]).count(words.flags_text(["pressure_high"])) == 1


def test_an_impossible_systolic_is_refused_beside_the_field_keeps_the_text_and_saves_nothing(
    qtbot, make_desk, wang
) -> None:
    desk = make_desk(actor=CARE)
    dialog = record_dialog(qtbot, desk, wang)
    type_in(qtbot, dialog, "400")
    expected = words.problem("vital_out_of_range", {"field": "systolic", "low": 50, "high": 260, "unit": "mmHg"})
    assert dialog.message("pressure") == expected
    assert all(part in expected for part in ("50", "260", "mmHg"))
    assert dialog.messages["pressure"].property("tone") == "refusal"
    press(qtbot, dialog, Qt.Key.Key_Return)
    type_in(qtbot, dialog, "95")
    for _ in range(4):  # on through pulse, sugar and weight to the note
        press(qtbot, dialog, Qt.Key.Key_Return)
    assert focused(dialog) is dialog.note
    press(qtbot, dialog, Qt.Key.Key_Return)  # Enter in the note saves: refused here, in the dialog
    qtbot.waitUntil(lambda: focused(dialog) is dialog.systolic)  # back to the field to correct
    assert dialog.isVisible()
    assert dialog.systolic.text() == "400"  # what was typed stays, to correct
    assert readings(desk.opened.db) == []
    dialog.systolic.selectAll()
    type_in(qtbot, dialog, "140")
    assert dialog.message("pressure") == words.level_word("high")


def test_letters_cannot_be_typed_and_a_half_pressure_is_refused_on_saving(qtbot, make_desk, wang) -> None:
    desk = make_desk(actor=CARE)
    dialog = record_dialog(qtbot, desk, wang)
    type_in(qtbot, dialog, "1a3x0")
    assert dialog.systolic.text() == "130"
    dialog.save_button.click()
    assert dialog.message("pressure") == words.problem("vital_pressure_pair", {"field": "diastolic"})
    assert readings(desk.opened.db) == []


def test_the_service_refusal_lands_in_the_dialog_for_a_role_that_may_not(qtbot, make_desk, wang) -> None:
    desk = make_desk(actor=CARE)
    dialog = RecordVitalsDialog(desk.worker, wang, "王秀兰", service=desk.services.vitals, actor=TEST_DESK_ACTOR)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.pulse.setText("70")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=10_000)
    assert dialog.isVisible()
    assert readings(desk.opened.db) == []


TEST_DESK_ACTOR = Actor(0, "李娜", Role.FRONT_DESK)


def seed_readings(db, wang: int, count: int = 15) -> None:
    clock = SettableClock(datetime(2026, 8, 1, 9, 30))
    service = VitalsService(db, clock)
    for i in range(count):
        systolic = 128 + (i * 3) % 22 + (i // 5) * 4
        glucose = 5.6 + (i % 4) * 0.9 if i % 3 != 2 else None
        service.record(
            wang,
            VitalsInput(systolic=systolic, diastolic=78 + (i * 5) % 16, pulse=66 + i % 9, glucose_mmol=glucose,
                        fasting=(i % 2 == 0) if glucose is not None else None, weight_kg=58.0 + (i % 3) * 0.5),
            actor=TEST_ACTOR,
        )  # fmt: skip
        clock.advance(days=7, minutes=i * 13)


def painted_share(image: QImage, box: tuple[int, int, int, int]) -> float:
    """How much of the box is not white."""
    x0, y0, x1, y1 = box
    white, drawn, total = QColor("white").rgb(), 0, 0
    for x in range(x0, x1, 3):
        for y in range(y0, y1, 3):
            total += 1
            drawn += image.pixel(x, y) != white
    return drawn / total


def history(qtbot, desk, wang: int) -> VitalsHistoryDialog:
    dialog = VitalsHistoryDialog(desk.worker, wang, "王秀兰", service=desk.services.vitals, actor=CARE)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=10_000)
    return dialog


def test_the_history_shows_the_rows_newest_first_and_the_chart_paints(qtbot, make_desk, wang) -> None:
    desk = make_desk(actor=CARE)
    seed_readings(desk.opened.db, wang)
    dialog = history(qtbot, desk, wang)
    table = dialog.findChild(QTableView, "vitalsTable")
    assert table is not None
    assert table.model().rowCount() == 15
    model = dialog.model
    first, last = model.row(0), model.row(14)
    assert first.taken_at > last.taken_at
    assert model.index(0, Column.PRESSURE).data() == f"{first.systolic}/{first.diastolic}"
    flagged = next(i for i in range(15) if model.row(i).flags)
    assert model.index(flagged, Column.FLAGS).data() == words.flags_text(str(f) for f in model.row(flagged).flags)
    assert "(" in next(model.index(i, Column.GLUCOSE).data() for i in range(15) if model.row(i).glucose_mmol)
    assert dialog.trend.text() in {words.direction_text(d) for d in ("rising", "falling", "steady")}

    chart = dialog.findChild(QWidget, "vitalsChart")
    dialog.resize(1100, 760)
    dialog.show()
    qtbot.waitExposed(dialog)
    image = chart.grab().toImage()
    w, h = image.width(), image.height()
    assert painted_share(image, (w // 5, h // 6, w * 4 // 5, h // 2)) > 0.02  # lines and markers in the plot
    assert painted_share(image, (w // 5, h // 6, w * 4 // 5, h // 2)) < 0.6  # …not a filled block
    dialog.grab().save(SCREENSHOT)
    dialog.resize(600, 400)
    qtbot.wait(50)
    dialog.grab().save(SCREENSHOT.replace(".png", "_small.png"))
    with desk.opened.db.read() as session:
        assert session.scalar(select(func.count()).where(AuditEntry.action == "vitals.view")) == 1  # the look


def test_an_empty_history_says_so_and_records_from_it(qtbot, make_desk, wang) -> None:
    desk = make_desk(actor=CARE)
    dialog = VitalsHistoryDialog(desk.worker, wang, "王秀兰", service=desk.services.vitals, actor=CARE)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitUntil(lambda: "王秀兰" in dialog.status.text(), timeout=10_000)
    assert dialog.record_button.isVisible()
    record = dialog.open_record()
    record.pulse.setText("110")
    record.save()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=10_000)
    assert dialog.model.index(0, Column.PULSE).data() == "110"
    assert dialog.model.index(0, Column.FLAGS).data() == words.flags_text(["pulse_high"])


def open_menu(qtbot, desk) -> list[str]:
    residents = ResidentsDriver(qtbot, desk)
    residents.select("王秀兰")
    page = desk.residents
    rect = page.table.visualRect(page.model.index(0, 0))
    menu = page.context_menu(QPoint(rect.center()))
    return [a.objectName() for a in menu.actions() if a.isVisible()]


def test_the_front_desk_does_not_get_the_health_record_action(qtbot, make_desk, wang) -> None:
    desk = make_desk(actor=TEST_DESK_ACTOR)
    assert "actionResidentVitals" not in open_menu(qtbot, desk)
    assert not desk.residents.vitals_action.isVisible()
    assert desk.residents.open_vitals() is None


def test_care_staff_open_the_history_from_the_residents_menu(qtbot, make_desk, wang) -> None:
    desk = make_desk(actor=CARE)
    assert "actionResidentVitals" in open_menu(qtbot, desk)
    desk.residents.vitals_action.trigger()
    qtbot.waitUntil(lambda: desk.window.findChild(VitalsHistoryDialog, "vitalsHistory") is not None, timeout=5_000)
    dialog = desk.window.findChild(VitalsHistoryDialog, "vitalsHistory")
    qtbot.waitUntil(lambda: dialog.status.text() != dialog.tr("Reading…"), timeout=10_000)
    assert dialog.resident_id == wang
    dialog.reject()


@pytest.mark.parametrize("days", [0, 1])
def test_the_chart_paints_one_reading_and_two_on_one_day(qtbot, make_desk, wang, days) -> None:
    desk = make_desk(actor=CARE)
    clock = SettableClock(datetime(2026, 11, 20, 9, 0))
    VitalsService(desk.opened.db, clock).record(wang, VitalsInput(systolic=135, diastolic=85), actor=TEST_ACTOR)
    if days:
        clock.advance(hours=2)
        VitalsService(desk.opened.db, clock).record(wang, VitalsInput(systolic=145, diastolic=92), actor=TEST_ACTOR)
    dialog = history(qtbot, desk, wang)
    dialog.resize(700, 500)
    image = dialog.chart.grab().toImage()
    assert painted_share(image, (0, 0, image.width(), image.height())) > 0.01
    assert timedelta(0) <= dialog.model.row(0).taken_at - dialog.model.row(dialog.model.rowCount() - 1).taken_at
