"""The widgets that keep a screen whole when it is narrow: two-text buttons and labels, the filling flow layout,
the check-in buttons' margins, and the check-in panels' least widths after large text came on while hidden."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from frontdesk.ui.common.flow_layout import FlowLayout, group
from frontdesk.ui.common.key_button import KeyButton
from frontdesk.ui.common.short_text import ShortButton, ShortLabel, button_hint
from frontdesk.ui.pages.checkin.action_bar import NARROW_SIDE_MARGIN, SIDE_MARGIN, ActionBar


def _holder(qtbot, *widgets: QWidget) -> QWidget:
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        row.addWidget(widget)
    qtbot.addWidget(holder)
    holder.show()
    qtbot.waitExposed(holder)
    return holder


def test_short_button_says_its_long_words_only_where_they_fit(qtbot) -> None:
    button = ShortButton("In the building: 12", "In: 12")
    holder = _holder(qtbot, button)
    assert button.minimumSizeHint().width() == button_hint(button, "In: 12").width()
    assert button.sizeHint().width() > button.minimumSizeHint().width()
    holder.resize(button.sizeHint().width() + 40, 60)
    qtbot.waitUntil(lambda: button.text() == "In the building: 12")
    holder.resize(button.minimumSizeHint().width(), 60)
    qtbot.waitUntil(lambda: button.text() == "In: 12")
    button.set_texts("In the building: 13", "In: 13")  # a new count keeps to the width it has
    assert button.text() == "In: 13"


def test_short_label_shortens_and_names_it_all_in_its_tooltip(qtbot) -> None:
    label = ShortLabel()
    label.set_texts("Today: 123 visits / 98 people", "Today: 123 / 98")
    holder = _holder(qtbot, label)
    assert label.toolTip() == "Today: 123 visits / 98 people"
    holder.resize(label.minimumSizeHint().width(), 40)
    qtbot.waitUntil(lambda: label.text() == "Today: 123 / 98")
    holder.resize(label.sizeHint().width() + 20, 40)
    qtbot.waitUntil(lambda: label.text() == "Today: 123 visits / 98 people")


def test_key_buttons_in_a_row_drop_their_keys_together(qtbot) -> None:
    first, second = KeyButton("Check out selected", "F8"), KeyButton("Closing time for everyone", "F10")
    KeyButton.in_a_row(first, second)
    holder = _holder(qtbot, first, second)
    assert second.minimumSizeHint().width() < second.sizeHint().width()  # (a style's least button width aside)
    holder.resize(first.sizeHint().width() + second.sizeHint().width() + 60, 60)
    qtbot.waitUntil(lambda: second.text() == "Closing time for everyone  F10")
    assert first.text() == "Check out selected  F8"
    holder.resize(first.sizeHint().width() + second.minimumSizeHint().width() + 8, 60)  # room for one key at most
    qtbot.waitUntil(lambda: second.text() == "Closing time for everyone")
    assert first.text() == "Check out selected"  # not a key beside a bare button


def _form_row(qtbot) -> tuple[QWidget, QLineEdit, QWidget, FlowLayout]:
    holder = QWidget()
    column = QVBoxLayout(holder)
    column.setContentsMargins(0, 0, 0, 0)
    phone, other = QLineEdit(), QLineEdit()
    phone.setMinimumWidth(120)
    other.setMinimumWidth(120)
    second = group(QLabel("其他电话"), other, grows=other)
    row = FlowLayout(spacing=10, fill=True)
    row.addWidget(phone)
    row.addWidget(second)
    column.addLayout(row)
    column.addStretch(1)
    qtbot.addWidget(holder)
    holder.show()
    qtbot.waitExposed(holder)
    return holder, phone, second, row


def test_filling_flow_shares_a_wide_row_and_wraps_a_narrow_one(qtbot) -> None:
    holder, phone, second, row = _form_row(qtbot)
    holder.resize(900, 200)
    qtbot.waitUntil(lambda: phone.width() > phone.sizeHint().width())  # the row's spare room is shared out
    assert phone.y() == second.y()
    assert second.geometry().right() == holder.width() - 1  # the row reaches its end
    spare = (phone.width() - phone.sizeHint().width(), second.width() - second.sizeHint().width())
    assert abs(spare[0] - spare[1]) <= 1  # shared evenly (the odd pixel to the first)
    least = row.itemAt(0).minimumSize().width() + 10 + row.itemAt(1).minimumSize().width()
    holder.resize(least - 1, 200)  # not even the least widths fit side by side: the second goes under
    qtbot.waitUntil(lambda: second.y() > phone.y())
    assert second.x() == phone.x() == 0
    assert row.heightForWidth(least - 1) > row.heightForWidth(900)
    holder.resize(least + 2, 200)  # the least widths fit, the hints do not: both shrink and stay on one row
    qtbot.waitUntil(lambda: second.y() == phone.y())
    assert phone.width() >= 120
    assert second.width() >= row.itemAt(1).minimumSize().width()
    assert phone.width() < phone.sizeHint().width() or second.width() < second.sizeHint().width()
    assert second.geometry().right() <= holder.width() - 1


def test_flow_without_fill_keeps_items_at_their_hints(qtbot) -> None:
    holder = QWidget()
    row = FlowLayout(holder, spacing=8)
    buttons = [QPushButton(text) for text in ("测试连接", "使用此服务器", "改回本机数据库")]
    for button in buttons:
        row.addWidget(button)
    qtbot.addWidget(holder)
    holder.show()
    holder.resize(1000, 200)
    qtbot.waitUntil(lambda: buttons[2].y() == buttons[0].y() and buttons[0].width() == buttons[0].sizeHint().width())
    holder.resize(buttons[0].sizeHint().width() + 4, 300)
    qtbot.waitUntil(lambda: buttons[0].y() < buttons[1].y() < buttons[2].y())  # one under another


def test_a_wrapped_row_counts_the_spacing_before_its_second_item(qtbot) -> None:
    """The second row is as full as the first may be: an item that would end past the right edge goes under."""
    holder = QWidget()
    row = FlowLayout(holder, spacing=18)
    buttons = [QPushButton(text) for text in ("新建居民", "所有社区……", "按姓名排序", "打印服务卡…")]
    for button in buttons:
        button.setFixedWidth(100)
        row.addWidget(button)
    qtbot.addWidget(holder)
    holder.show()
    holder.resize(100 + 18 + 100 + 9, 300)  # two to a row, with 9 px to spare
    qtbot.waitUntil(lambda: buttons[2].y() > buttons[0].y())
    assert buttons[3].y() == buttons[2].y()  # two fit on the second row as on the first
    holder.resize(100 + 18 + 100 - 9, 300)  # 9 px short of two: each under the other
    qtbot.waitUntil(lambda: buttons[3].y() > buttons[2].y())
    assert all(button.geometry().right() < holder.width() for button in buttons)


def test_action_bar_narrows_its_margins_before_its_buttons_are_cut(qtbot) -> None:
    bar = ActionBar()
    holder = _holder(qtbot, bar)
    side = bar.layout().contentsMargins
    assert bar.minimumSizeHint().width() == bar._width_with(NARROW_SIDE_MARGIN)
    holder.resize(bar._width_with(SIDE_MARGIN) + 50, 200)
    qtbot.waitUntil(lambda: side().left() == SIDE_MARGIN)
    holder.resize(bar._width_with(SIDE_MARGIN) - 4, 200)
    buttons = (bar.check_in, bar.check_out, bar.print_slip)
    qtbot.waitUntil(lambda: all(button.width() >= button.minimumSizeHint().width() for button in buttons))
    assert side().left() == NARROW_SIDE_MARGIN


@pytest.mark.parametrize("language", ["en"], indirect=True)  # English: the buttons, not 18 characters, set the width
def test_checkin_panels_learn_large_text_that_came_while_the_page_was_hidden(qtbot, desk, appearance, language) -> None:
    """Large text switched on in 设置 while 签到 is hidden: back on 签到, the card column is as wide as its larger
    buttons need (it once kept the old least width, and 签退 / 打印凭条 were cut)."""
    window = desk.window
    window.show()
    qtbot.waitExposed(window)
    page = window.findChild(QWidget, "page_checkin")
    middle = page._middle
    normal = middle.minimumWidth()
    window.show_page("settings")
    qtbot.waitUntil(lambda: not page.isVisible())
    try:
        appearance.apply(large=True)  # as the 大字 box in 设置 does: the style sheet's fonts, the page hidden
        qtbot.wait(20)
        window.show_page("checkin")
        qtbot.waitUntil(lambda: middle.minimumWidth() > normal)
        qtbot.waitUntil(lambda: middle.minimumWidth() >= middle.minimumSizeHint().width())
        actions = (page.actions.check_in, page.actions.check_out, page.actions.print_slip)
        assert all(button.width() >= button.minimumSizeHint().width() for button in actions)
    finally:
        appearance.apply(large=False)
