"""The small parts the 课程 tab's dialogs share: the words of a refusal beside its field, a time typed as 09:30, a
choice box, a number box, and a dialog's runner of work on the database worker."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QSpinBox

from frontdesk.ui.common.form_parts import FieldMessages, line
from frontdesk.ui.pages.classes import course_words as words

if TYPE_CHECKING:
    from frontdesk.ui.common.jobs import Jobs


class CourseMessages(FieldMessages):
    """FieldMessages in the courses' words."""

    def __init__(self, general: QLabel) -> None:
        super().__init__(general, words.refusal_text)


def time_line(name: str, placeholder: str = "09:00") -> QLineEdit:
    field = line(name, 5, placeholder)
    field.setMaximumWidth(90)
    return field


def choice_box(name: str, items: Iterable[tuple[str, Any]]) -> QComboBox:
    """A picker as wide as the form gives it, not as its longest entry (an instructor with their partner's name
    would widen the dialog past a 1024×768 screen at 150 %)."""
    box = QComboBox()
    box.setObjectName(name)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(6)
    for text, value in items:
        box.addItem(text, value)
    return box


def select_data(box: QComboBox, value: Any) -> None:
    index = box.findData(value)
    if index >= 0:
        box.setCurrentIndex(index)


def number_box(name: str, least: int, most: int, value: int) -> QSpinBox:
    box = QSpinBox()
    box.setObjectName(name)
    box.setRange(least, most)
    box.setValue(value)
    return box


def run_change(
    jobs: Jobs, work: Callable[[], Any], done: Callable[[Any], None], messages: CourseMessages, changes: Iterable[str]
) -> None:
    messages.clear()
    jobs.run(work, done, refused=messages.show, trouble=messages.trouble, changes=tuple(changes))
