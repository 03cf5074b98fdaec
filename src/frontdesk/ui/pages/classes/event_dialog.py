"""新活动: an event — a course of one session with registration (a lecture, a lunch for 170 seniors): its title,
category, room, day and hours with set-up and clean-up, places and companions. Checked like any use of a room."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from frontdesk.ui.common.form_parts import date_box, date_of, line, set_date
from frontdesk.ui.pages.classes import course_words as words
from frontdesk.ui.pages.classes.course_form import choice_box, number_box, select_data, time_line
from frontdesk.ui.pages.classes.session_dialogs import SmallDialog

if TYPE_CHECKING:
    from frontdesk.core.access import Actor
    from frontdesk.core.services.course_records import CourseChoices
    from frontdesk.ui.common.jobs import Jobs
    from frontdesk.ui.common.services import DeskServices


class EventDialog(SmallDialog):
    def __init__(
        self, jobs: Jobs, services: DeskServices, actor: Actor, *, choices: CourseChoices, today: date,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__("eventDialog", "", jobs, parent)
        self.setWindowTitle(self.tr("New event"))
        self._services, self._actor = services, actor
        self.title_field = line("eventTitle", 60, self.tr("e.g. 健康讲座：冬季防跌倒"))
        self.category = choice_box("eventCategory", ((words.t(w), v) for v, w in words.CATEGORIES.items()))
        select_data(self.category, "event")
        self.room = choice_box("eventRoom", ((f"{c.name} ({c.detail})", c.item_id) for c in choices.rooms))
        self.day = date_box("eventDay", optional=False)
        set_date(self.day, today)
        self.starts = time_line("eventStarts")
        self.ends = time_line("eventEnds", "11:00")
        self.setup = number_box("eventSetup", 0, 240, 0)
        self.cleanup = number_box("eventCleanup", 0, 240, 0)
        self.capacity = number_box("eventCapacity", 1, 999, 50)
        self.companions = number_box("eventCompanions", 0, 9, 0)
        self.instructor = choice_box("eventInstructor", [(self.tr("(none)"), None)])
        for c in choices.instructors:
            self.instructor.addItem(f"{c.name} · {c.detail}", c.item_id)
        self.messages.add_rows(
            self.form,
            (
                (self.tr("Title"), self.title_field, "title"),
                (self.tr("Category"), self.category, "category"),
                (self.tr("Room"), self.room, "room"),
                (self.tr("Day"), self.day, "day"),
                (self.tr("Starts"), self.starts, "starts"),
                (self.tr("Ends"), self.ends, "ends"),
                (self.tr("Set-up minutes"), self.setup, "setup_min"),
                (self.tr("Clean-up minutes"), self.cleanup, "cleanup_min"),
                (self.tr("Places"), self.capacity, "capacity"),
                (self.tr("Companions per guest"), self.companions, "max_companions"),
                (self.tr("Speaker or host"), self.instructor, "instructor"),
            ),
        )
        self.primary("eventSave", self.tr("Save event"), self.save)
        self.title_field.setFocus()

    def save(self) -> None:
        from frontdesk.core.services.course_records import EventDraft

        starts, ends = words.parse_time(self.starts.text()), words.parse_time(self.ends.text())
        if starts is None:
            self.messages.say("starts", words.t(words.REFUSALS["time_format"]))
            return
        if ends is None:
            self.messages.say("ends", words.t(words.REFUSALS["time_format"]))
            return
        draft = EventDraft(
            title=self.title_field.text(), category=str(self.category.currentData()), room_id=self.room.currentData(),
            day=date_of(self.day), starts=starts, ends=ends, setup_min=self.setup.value(),
            cleanup_min=self.cleanup.value(), capacity=self.capacity.value(), max_companions=self.companions.value(),
            instructor_id=self.instructor.currentData(),
        )  # fmt: skip
        services, actor = self._services, self._actor
        self.change(lambda: services.courses.create_event(draft, actor=actor))
