"""居民 page: member cards of the selected residents, previewed, printed (cards per page or a sheet) and audited."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from residents_driver import ResidentsDriver
from sqlalchemy import select

from actors import TEST_ACTOR
from frontdesk.core.models import AuditEntry
from frontdesk.core.services.residents import ResidentService
from frontdesk.core.validation import ResidentInput
from frontdesk.ui.common.prefs import PrintSetup
from frontdesk.ui.printing.send import Destination
from pdf_checks import decoded, pages_at_203_dpi, text_of


@pytest.fixture
def people(opened, clock) -> dict[str, int]:
    service = ResidentService(opened.db, clock)
    return {
        "王秀兰": service.create(ResidentInput(name="王秀兰", card_number="20260001"), actor=TEST_ACTOR),
        "李建国": service.create(ResidentInput(name="李建国", card_number="20260002"), actor=TEST_ACTOR),
        "赵桂芳": service.create(ResidentInput(name="赵桂芳"), actor=TEST_ACTOR),  # no card number yet
    }


def cards_preview(qtbot, desk, residents: ResidentsDriver, *names: str, key: bool = False):
    residents.select(*names)
    if key:
        qtbot.keyClick(desk.residents.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    else:
        qtbot.mouseClick(desk.residents.findChild(QPushButton, "residentsPrintCards"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: desk.residents.documents.last_preview is not None, timeout=10_000)
    preview = desk.residents.documents.last_preview
    qtbot.waitExposed(preview)
    return preview


def card_entries(opened) -> list[dict]:
    with opened.db.read() as session:
        details = session.scalars(select(AuditEntry.details).where(AuditEntry.action == "resident.print"))
        return [d for d in details if d.get("document") == "member_cards"]


def test_ctrl_p_previews_the_selected_cards_and_prints_them_on_the_card_printer(
    qtbot, make_desk, people, opened, printers, prompts
) -> None:
    desk = make_desk()
    desk.printer.set_setup("cards", PrintSetup(printer="证卡打印机", size="card", copies=1))
    residents = ResidentsDriver(qtbot, desk)
    preview = cards_preview(qtbot, desk, residents, "王秀兰", "李建国", key=True)
    assert preview.windowTitle() == "打印预览：2 位居民的服务卡"
    assert preview.page.maximum() == 2  # one card a page, for the card printer
    prompts.printer_choice = ("证卡打印机", 1)
    qtbot.mouseClick(preview.findChild(QPushButton, "previewPrint"), Qt.MouseButton.LeftButton)
    assert prompts.printer_offered == "证卡打印机"  # the dialog starts on this desk's card printer
    qtbot.waitUntil(lambda: bool(card_entries(opened)), timeout=10_000)
    ((pdf, destination, _title),) = printers.sent
    assert destination == Destination("证卡打印机", 1, thermal=False)
    pages = pages_at_203_dpi(pdf)
    assert [dict(decoded(page))["QRCode"] for page in pages] == ["20260001", "20260002"]
    (entry,) = card_entries(opened)
    assert sorted(entry["residents"]) == sorted([people["王秀兰"], people["李建国"]])
    assert residents.status() == "2 位居民的服务卡 已发送到 证卡打印机"


def test_a_sheet_leaves_out_who_has_no_card_number_and_says_so(qtbot, make_desk, people, prompts, tmp_path) -> None:
    desk = make_desk()
    desk.printer.set_setup("cards", PrintSetup(size="a4"))
    residents = ResidentsDriver(qtbot, desk)
    preview = cards_preview(qtbot, desk, residents, "王秀兰", "赵桂芳")
    assert residents.status() == "所选居民中有 1 位还没有卡号，未印他们的卡。"
    assert preview.page.maximum() == 1  # an A4 sheet holds ten
    prompts.save_path = str(tmp_path / "cards.pdf")
    qtbot.mouseClick(preview.findChild(QPushButton, "previewSave"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil((tmp_path / "cards.pdf").exists, timeout=10_000)
    text = text_of((tmp_path / "cards.pdf").read_bytes())
    assert "王秀兰" in text
    assert "赵桂芳" not in text


def test_nobody_with_a_card_number_opens_no_preview(qtbot, make_desk, people) -> None:
    desk = make_desk()
    residents = ResidentsDriver(qtbot, desk)
    residents.select("赵桂芳")
    desk.residents.print_cards()
    assert residents.status() == "没有可打印的服务卡：所选居民还没有卡号。"
    assert desk.residents.documents.last_preview is None
    assert not [w for w in QApplication.topLevelWidgets() if w.objectName() == "printPreview" and w.isVisible()]


def test_a_new_card_voids_the_old_one_and_opens_for_printing(qtbot, make_desk, people, opened, prompts) -> None:
    desk = make_desk()
    residents = ResidentsDriver(qtbot, desk)
    residents.select("王秀兰")
    menu = desk.residents.context_menu(desk.residents.table.visualRect(desk.residents.table.currentIndex()).center())
    assert desk.residents.issue_card_action in menu.actions()
    assert desk.residents.issue_card_action.text() == "补办服务卡…"
    desk.residents.issue_card_action.trigger()
    ((title, text, action),) = prompts.confirms
    assert (title, action) == ("补办服务卡", "补办新卡")
    assert "王秀兰 将得到一个新卡号" in text
    qtbot.waitUntil(lambda: desk.residents.documents.last_preview is not None, timeout=10_000)
    assert residents.status() == "王秀兰 的新卡号是 10000004；旧卡 20260001 已作废。"
    preview = desk.residents.documents.last_preview
    assert dict(decoded(pages_at_203_dpi(preview._pdf)[0]))["QRCode"] == "10000004"  # the new card, to print now
    with opened.db.read() as session:
        from frontdesk.core.models import Resident, RetiredCard

        assert session.get(Resident, people["王秀兰"]).card_number == "10000004"
        assert session.get(RetiredCard, "20260001").resident_id == people["王秀兰"]


def test_declining_the_new_card_changes_nothing(qtbot, make_desk, people, opened, prompts) -> None:
    prompts.answer = False
    desk = make_desk()
    residents = ResidentsDriver(qtbot, desk)
    residents.select("李建国")
    desk.residents.ask_issue_card()
    residents.settle()
    with opened.db.read() as session:
        from frontdesk.core.models import Resident

        assert session.get(Resident, people["李建国"]).card_number == "20260002"
