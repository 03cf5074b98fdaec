"""The shell: pages, keyboard navigation, status bar, geometry, About box, settings page."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit

from frontdesk import __version__
from frontdesk.ui.common.prefs import DeskPrefs
from frontdesk.ui.common.widgets import ElidedLabel
from frontdesk.ui.shell.app import Desk
from frontdesk.ui.shell.appearance import LARGE_PT, NORMAL_PT
from frontdesk.ui.shell.main_window import MainWindow

PAGES = ["checkin", "residents", "appointments", "classes", "reports", "settings"]
TITLES_ZH = ["签到", "居民", "预约", "课程与教室", "统计", "设置"]


def shown(qtbot, desk: Desk) -> MainWindow:
    window = desk.window
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def test_six_pages_with_stable_names(qtbot, desk: Desk) -> None:
    window = shown(qtbot, desk)
    assert window.objectName() == "mainWindow"
    assert window.findChild(object, "navBar") is not None
    assert [page.page_id for page in window.pages] == PAGES
    for page_id, title in zip(PAGES, TITLES_ZH, strict=True):
        page = window.findChild(object, f"page_{page_id}")
        assert page is not None, page_id
        assert window.findChild(object, f"nav_{page_id}").title_label.text() == title
    assert window.current_page().page_id == "checkin"


def test_no_page_is_a_placeholder_any_more(qtbot, desk: Desk) -> None:
    window = shown(qtbot, desk)
    for page in window.pages:  # check-in, residents, appointments, classes, reports and settings are all built
        texts = " ".join(label.text() for label in page.findChildren(QLabel))
        assert "此功能将在后续版本提供" not in texts, page.page_id
    assert window.findChild(object, "reportsTabs").count() == 3  # 概览, 月报, 合伙人


@pytest.mark.parametrize("index", range(6))
def test_function_keys_and_ctrl_digits_switch_pages(qtbot, desk: Desk, index: int) -> None:
    window = shown(qtbot, desk)
    window.show_page(5 if index == 0 else 0)
    qtbot.keyClick(window, getattr(Qt.Key, f"Key_F{index + 2}"))
    assert window.current_page().page_id == PAGES[index]
    window.show_page(5 if index == 0 else 0)
    qtbot.keyClick(window, getattr(Qt.Key, f"Key_{index + 1}"), Qt.KeyboardModifier.ControlModifier)
    assert window.current_page().page_id == PAGES[index]
    assert window.findChild(object, f"nav_{PAGES[index]}").isChecked()


def test_shortcuts_shown_in_tooltips(qtbot, desk: Desk) -> None:
    window = shown(qtbot, desk)
    tip = window.findChild(object, "nav_residents").toolTip()
    assert tip.startswith("居民")
    assert "F3" in tip
    assert "Ctrl+2" in tip


def test_mouse_switches_pages(qtbot, desk: Desk) -> None:
    window = shown(qtbot, desk)
    qtbot.mouseClick(window.findChild(object, "nav_reports"), Qt.MouseButton.LeftButton)
    assert window.current_page().page_id == "reports"


def test_status_bar_shows_database_staff_and_date(qtbot, desk: Desk, opened) -> None:
    window = shown(qtbot, desk)
    database = window.findChild(ElidedLabel, "statusDatabase")
    assert str(opened.db.path) in database.full_text()
    assert database.full_text().startswith("数据库：")
    assert window.findChild(QLabel, "statusStaff").text() == "前台：测试"  # the fixture signs in a test actor
    assert window.findChild(QLabel, "statusDate").text() == "2026-11-28 周六"
    window.set_staff("李娜")
    assert window.findChild(QLabel, "statusStaff").text() == "前台：李娜"
    window.set_staff(None)
    assert window.findChild(QLabel, "statusStaff").text() == "未登录"


def test_date_rolls_over_at_midnight(qtbot, desk: Desk, clock) -> None:
    window = shown(qtbot, desk)
    clock.now = datetime(2026, 11, 28, 23, 59, 59)
    window.refresh_date()
    assert window._midnight.isActive()
    assert window._midnight.interval() == 2000  # one second to midnight, plus one
    clock.now = datetime(2026, 11, 29, 0, 0, 1)
    window._midnight.timeout.emit()
    assert window.findChild(QLabel, "statusDate").text() == "2026-11-29 周日"


def test_geometry_remembered_across_windows(qtbot, make_desk) -> None:
    first = make_desk().window
    first.show()
    qtbot.waitExposed(first)
    # The offscreen screen (800 wide) is narrower than the window's minimum width, so restoring moves and
    # narrows it to fit; the height shows the saved geometry was used.
    first.resize(first.width(), 500)
    first.close()
    second = make_desk().window
    assert second.height() == 500
    assert second.width() <= second.screen().availableSize().width()


def test_geometry_saved_on_a_bigger_monitor_is_fitted_to_this_screen(qtbot, make_desk) -> None:
    first = make_desk().window
    first.show()
    qtbot.waitExposed(first)
    first.setGeometry(1700, 900, 2400, 1300)  # a 2560×1440 monitor, far right and low: off this 800×600 screen
    first.close()
    second = make_desk().window
    available = second.screen().availableGeometry()
    assert available.contains(second.frameGeometry())
    second.show()
    qtbot.waitExposed(second)
    qtbot.waitUntil(lambda: available.contains(second.frameGeometry()))  # once framed, too


def test_first_window_has_a_desk_size_within_the_screen(qtbot, desk: Desk) -> None:
    window = desk.window
    assert window.size() == QSize(1280, 760).boundedTo(window.screen().availableSize())
    assert window.screen().availableGeometry().contains(window.frameGeometry())


def test_navigation_bar_gives_way_on_a_narrow_window(qtbot, desk: Desk) -> None:
    """Key hints go first, then the program's name, then every title but the current page's; none is cut."""
    from frontdesk.ui.shell.nav import NavBar

    window = desk.window
    nav = NavBar(window.windowTitle())  # the window's own bar is as wide as the window: this one is resized
    qtbot.addWidget(nav)
    for action, spec in zip(window.page_actions.actions(), window.specs, strict=True):
        nav.add(action, spec.icon_name, action.shortcuts()[0].toString())
    nav.show()
    qtbot.waitExposed(nav)
    steps = []
    for width in (nav.width_at(0) + 10, nav.width_at(1) + 2, nav.width_at(2) + 2, nav.width_at(3)):
        nav.resize(width, nav.height())
        QApplication.processEvents()  # the buttons lay out again
        steps.append(nav.step())
        for button in nav.buttons:
            for label in (button.title_label, button.key_label):
                if label.isVisibleTo(nav):
                    assert label.width() >= label.minimumSizeHint().width() - 1, label.text()
        assert all(b.key_label.isHidden() for b in nav.buttons) == (nav.step() >= 1)
    assert steps == [0, 1, 2, 3]
    assert nav.minimumSizeHint().width() == nav.width_at(3)
    current = next(button for button in nav.buttons if button.isChecked())
    assert [b for b in nav.buttons if b.title_label.isVisibleTo(nav)] == [current]
    assert "F2" in current.toolTip()  # the keys stay in the tooltips


def test_about_box_has_version_and_licences(qtbot, desk: Desk) -> None:
    window = shown(qtbot, desk)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    about = window.findChild(object, "aboutDialog")
    assert about.isVisible()
    text = about.text()
    assert __version__ in text
    for part, licence in [
        ("Qt 6 / PySide6", "LGPLv3"),
        ("SQLAlchemy", "MIT"),
        ("Alembic", "MIT"),
        ("ReportLab", "BSD"),
        ("pypinyin", "MIT"),
        ("platformdirs", "MIT"),
        ("Noto Sans SC", "SIL Open Font License 1.1"),
        ("frontdesk", ""),
    ]:
        assert part in text
        assert licence in text
    assert "数据文件夹" in text
    about.close()


def test_settings_page_shows_database_facts(qtbot, desk: Desk, opened) -> None:
    window = shown(qtbot, desk)
    window.show_page("settings")
    page = window.current_page()
    assert page.findChild(QLineEdit, "databaseLocation").text() == str(opened.db.path)
    assert page.findChild(QLabel, "databaseRevision").text() == opened.schema.after
    assert page.findChild(QLabel, "databaseSize").text().endswith("KiB")


def test_large_text_applies_at_once_and_is_saved(qtbot, desk: Desk, qapp) -> None:
    window = shown(qtbot, desk)
    window.show_page("settings")
    assert qapp.font().pointSize() == NORMAL_PT >= 11
    window.current_page().findChild(object, "largeTextCheck").setChecked(True)
    assert qapp.font().pointSize() == LARGE_PT
    assert f"{LARGE_PT}pt" in qapp.styleSheet()
    assert desk.prefs.large_text is True
    window.current_page().findChild(object, "largeTextCheck").setChecked(False)
    assert qapp.font().pointSize() == NORMAL_PT


def test_language_choice_saved_for_next_start(qtbot, desk: Desk, frontdesk_home) -> None:
    window = shown(qtbot, desk)
    window.show_page("settings")
    combo = window.current_page().findChild(QComboBox, "languageCombo")
    combo.setCurrentIndex(combo.findData("en"))
    assert DeskPrefs(frontdesk_home).language == "en"
    assert "下次启动" in window.current_page().language_note.text()
