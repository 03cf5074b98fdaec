"""课程与教室 → 周视图 (``roomsWeekTab``): the rooms' week (:class:`RoomsWeekView`) with its navigation (‹ 本周 ›), a
room filter, the day / whole-week switch, the legend of categories and 打印本周课表… for one room (教室周课表).

The week is read on the database worker and read again when anything of the classes changes (``classes_changed``,
from this desk or another). A block dragged to a free place is moved by the service (which checks again in its
write transaction); a refusal is said in words under the view and the block stays where it was.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QPainter, QPixmap, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from frontdesk.ui.common.changes import CLASSES
from frontdesk.ui.common.day_words import day_text
from frontdesk.ui.common.flow_layout import FlowLayout
from frontdesk.ui.common.form_parts import DeskTab
from frontdesk.ui.pages.classes import week_words as words
from frontdesk.ui.pages.classes.week_view import DAY, LOOKS, WEEK, RoomsWeekView, look_of

if TYPE_CHECKING:
    from frontdesk.core.errors import RuleViolation
    from frontdesk.core.services.room_week import WeekPlan
    from frontdesk.ui.common.changes import ChangeHub
    from frontdesk.ui.common.clock import Clock
    from frontdesk.ui.common.worker import DatabaseWorker
    from frontdesk.ui.printing.desk_printer import DeskPrinter

KIND = "room-week"  # as frontdesk.printing.kinds names the 教室周课表
Opener = Callable[[str, int], None]


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


class RoomsWeekTab(DeskTab):
    def __init__(
        self, hub: ChangeHub, worker: DatabaseWorker, clock: Clock, printer: DeskPrinter, prompts: Any
    ) -> None:
        super().__init__(worker)
        self.setObjectName("roomsWeekTab")
        self._clock = clock
        self._printer = printer
        self._prompts = prompts
        self._opener: Opener | None = None
        self.first_day = monday_of(clock().date())
        self.plan: WeekPlan | None = None
        self.dialog: QWidget | None = None  # the dialog opened last (tests look at it)
        self.printing: Any = None  # DocumentPrint, once something is printed
        self._build()
        hub.classes_changed.connect(self.refresh)

    # -- building --------------------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.prev = self._button("roomsWeekPrev", "‹", self.tr("The week before (PageUp)"))
        self.next = self._button("roomsWeekNext", "›", self.tr("The week after (PageDown)"))
        self.today = self._button("roomsWeekToday", self.tr("This week"), self.tr("This week (Home)"))
        self.title = QLabel()
        self.title.setObjectName("roomsWeekTitle")
        self.title.setWordWrap(True)
        self.room = QComboBox()
        self.room.setObjectName("roomsWeekRoom")
        self.room.setToolTip(self.tr("Show one room (Alt+R)"))
        self.room.addItem(self.tr("All rooms"), None)
        self.mode = self._button("roomsWeekMode", self.tr("Whole week"),
                                 self.tr("One day's rooms, or the whole week side by side (Alt+W)"))  # fmt: skip
        self.mode.setCheckable(True)
        self.print_button = self._button("roomsWeekPrint", self.tr("Print this week's timetable…"),
                                         self.tr("The chosen room's week for its door (Ctrl+P)"))  # fmt: skip
        self.print_button.setEnabled(False)
        bar_box = QWidget()  # a widget of its own: the window then asks the flow its height for the width
        bar = FlowLayout(bar_box, spacing=8)
        for widget in (self.prev, self.today, self.next, self.title, self.room, self.mode, self.print_button):
            bar.addWidget(widget)
        self.view = RoomsWeekView()
        scroll = QScrollArea()
        scroll.setObjectName("roomsWeekScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.view)
        self.legend = _legend()
        self.status = QLabel()
        self.status.setObjectName("roomsWeekStatus")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(bar_box)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.legend)
        layout.addWidget(self.status)

        self.prev.clicked.connect(lambda: self.step(-1))
        self.next.clicked.connect(lambda: self.step(1))
        self.today.clicked.connect(lambda: self.step(0))
        self.view.step_requested.connect(self.step)
        self.view.blockActivated.connect(self.open_block)
        self.view.move_requested.connect(self.move)
        self.view.move_refused.connect(lambda text: self.say(text, ok=False))
        self.room.currentIndexChanged.connect(self._room_chosen)
        self.mode.toggled.connect(lambda on: self.view.set_mode(WEEK if on else DAY))
        self.print_button.clicked.connect(self.print_week)
        for keys, then in (("Alt+R", self.room.setFocus), ("Alt+W", self.mode.toggle), ("Ctrl+P", self.print_week)):
            QShortcut(QKeySequence(keys), self, then, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.setTabOrder(self.view, self.prev)
        self._show_title()

    def _button(self, name: str, text: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setToolTip(tip)
        return button

    # -- the desk --------------------------------------------------------------------------------------------------
    def set_opener(self, opener: Opener | None) -> None:
        """What a block opens instead (None: a session's roster, a booking's read-only details here)."""
        self._opener = opener

    def refresh(self) -> None:
        if not self.may_read():
            return
        services, actor, first = self._services, self._actor, self.first_day
        assert services is not None
        self._jobs.run(lambda: services.room_week.week(first, actor=actor), self._show, key="room-week")

    def clear(self) -> None:
        self.plan = None
        self.view.plan = None
        self.view.set_mode(self.view.mode)
        self.status.clear()

    def step(self, weeks: int) -> None:
        """A week before (-1) or after (+1); 0: this week."""
        self.first_day = monday_of(self._clock().date()) if weeks == 0 else self.first_day + timedelta(weeks=weeks)
        self._show_title()
        self.refresh()

    def _show(self, plan: WeekPlan) -> None:
        if plan.first_day != self.first_day:
            return  # a week asked for before the last step
        self.plan = plan
        chosen = self.room.currentData()
        self.room.blockSignals(True)
        self.room.clear()
        self.room.addItem(self.tr("All rooms"), None)
        for room in plan.rooms:
            self.room.addItem(room.name, room.room_id)
        found = self.room.findData(chosen)
        self.room.setCurrentIndex(found if found >= 0 else 0)
        self.room.blockSignals(False)
        self.view.set_room_filter(self._room_filter())
        self.view.set_plan(plan)
        self.print_button.setEnabled(self.room.currentData() is not None)

    def _show_title(self) -> None:
        last = self.first_day + timedelta(days=6)
        self.title.setText(f"{day_text(self.first_day)} – {day_text(last)}")

    def _room_filter(self) -> set[int] | None:
        chosen = self.room.currentData()
        return {chosen} if chosen is not None else None

    def _room_chosen(self) -> None:
        self.view.set_room_filter(self._room_filter())
        self.print_button.setEnabled(self.room.currentData() is not None)

    def say(self, text: str, *, ok: bool = True) -> None:
        self.status.setText(text if ok else f"⚠ {text}")
        self.status.setProperty("tone", "ok" if ok else "refusal")
        self.status.style().polish(self.status)

    def _refused(self, refusal: RuleViolation) -> None:
        self.say(words.refusal_text(refusal.code, refusal.params), ok=False)

    # -- actions ---------------------------------------------------------------------------------------------------
    def move(self, kind: str, item_id: int, starts_at: datetime, room_id: int) -> None:
        """A block dropped where the plan shown had room: the service checks again and moves it."""
        if not self.may_read():
            return
        services, actor = self._services, self._actor
        assert services is not None
        block = next((b for b in self.plan.blocks if b.key == (kind, item_id)), None) if self.plan else None
        title = block.title if block else ""
        room = next((r.name for r in self.plan.rooms if r.room_id == room_id), "") if self.plan else ""
        self.status.clear()
        self._jobs.run(
            lambda: services.room_week.move(kind, item_id, starts_at=starts_at, room_id=room_id, actor=actor),
            lambda _: self.say(words.moved_text(title, starts_at, room)),
            refused=self._refused, changes=(CLASSES,),
        )  # fmt: skip

    def open_block(self, kind: str, item_id: int) -> None:
        if self._opener is not None:
            self._opener(kind, item_id)
            return
        if kind == "session":  # a class: its roster, to tick and scan at the door
            self._open_roster(item_id)
            return
        block = self.view.selected_block()  # a booking: its details
        if block is None or block.key != (kind, item_id) or not self.may_read():
            return
        self._details(block, self.view.room_name(block.room_id), None)

    def _open_roster(self, session_id: int) -> None:
        """A session's block opens its roster (点名, door scan, 签到表)."""
        if not self.may_read():
            return
        from frontdesk.ui.pages.classes.roster_dialog import RosterDialog

        dialog = RosterDialog(self._jobs.worker, session_id, services=self._services, actor=self._actor,
                              printer=self._printer, prompts=self._prompts, parent=self.window())  # fmt: skip
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()

    def _details(self, block: Any, room: str, roster: Any) -> None:
        from frontdesk.ui.pages.classes.week_dialogs import BlockDetails

        dialog = BlockDetails(block, room, roster, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()

    def print_week(self) -> None:
        """打印预览 of the chosen room's week (教室周课表), for its door."""
        room_id = self.room.currentData()
        if room_id is None or not self.may_read():
            return
        services, actor, first = self._services, self._actor, self.first_day
        assert services is not None
        documents = services.documents
        name = self.room.currentText()
        self._printing().preview(
            documents, actor, KIND, lambda: documents.room_week(room_id, first, actor=actor),
            title=self.tr("{room}: the week's timetable").format(room=name),
            file_name=f"{KIND}-{room_id}-{first}.pdf", parent=self,
        )  # fmt: skip

    def _printing(self) -> Any:
        if self.printing is None:
            from frontdesk.ui.printing.document_print import DocumentPrint

            self.printing = DocumentPrint(
                self._printer, self._prompts,
                lambda work, done, trouble=None: self._jobs.run(work, done, refused=self._refused),
                lambda ok, text: self.say(text, ok=ok),
            )  # fmt: skip
        return self.printing


def _legend() -> QWidget:
    """Each category's colour and pattern, and its word (the blocks carry their titles too)."""
    legend = QWidget()
    legend.setObjectName("roomsWeekLegend")
    flow = FlowLayout(legend, spacing=12, row_spacing=4)
    for category in LOOKS:
        item = QWidget()
        row = QHBoxLayout(item)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        swatch = QLabel()
        swatch.setPixmap(_swatch(category, QSize(22, 14)))
        row.addWidget(swatch)
        row.addWidget(QLabel(words.category_text(category)))
        flow.addWidget(item)
    return legend


def _swatch(category: str, size: QSize) -> QPixmap:
    colour, pattern = look_of(category)
    pixmap = QPixmap(size)
    pixmap.fill(colour)
    painter = QPainter(pixmap)
    if pattern != Qt.BrushStyle.NoBrush:
        painter.fillRect(pixmap.rect(), QBrush(colour.darker(135), pattern))
    painter.setPen(QColor(colour.darker(170)))
    painter.drawRect(pixmap.rect().adjusted(0, 0, -1, -1))
    painter.end()
    return pixmap
