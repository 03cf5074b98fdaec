"""签到 Check-in: the desk's hot path — type or scan → the resident's card → Enter — and the live view of the day.

The page forwards what staff do to the services and says the outcome on its status line; it never fills a view by
hand. After an action it tells the :class:`ChangeHub`, and every view that shows visits refreshes from that signal
(and from a timer, for what other desks do). It is built before the database is open and waits, disabled, for
:meth:`CheckinPage.attach`.

Every read and write runs on the desk's database worker (:mod:`frontdesk.ui.common.worker`), so a server that does not
answer never freezes the box. Keystrokes search as they come (a newer search makes the older one's result stale);
what staff do next — Enter, a scan, F8, Up/Down, Esc — waits its turn behind the reads it depends on and runs in the
order it was done (:meth:`CheckinPage._in_turn`), so "type, Enter" checks in the resident that was found for what
was typed, however quickly the keys came. Whatever was typed after an action started is kept when it ends.

Three panels side by side — search and results, the card, the live lists — when the window has room for them
(:meth:`CheckinPage.arrange`); on a small screen (1024×768 at 150 % is 683 px wide) the live lists give way, and the
counts strip opens them in the card's place until staff type again.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple, TypeVar

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QSize, Qt, QTimer
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QSplitter, QVBoxLayout, QWidget

from frontdesk.ui.common.changes import APPOINTMENTS, VISITS, ChangeHub
from frontdesk.ui.common.clock import Clock
from frontdesk.ui.common.column_fit import NAME_SAMPLE, Fit
from frontdesk.ui.common.jobs import Epoch
from frontdesk.ui.common.table_export import PageExports
from frontdesk.ui.pages.checkin import words
from frontdesk.ui.pages.checkin.action_bar import BOOK_KEY, ENROLL_KEY, ActionBar
from frontdesk.ui.pages.checkin.live_panel import PRESENT_TAB, WATCH_TAB, CountsStrip, LivePanel
from frontdesk.ui.pages.checkin.resident_card import ResidentCardView
from frontdesk.ui.pages.checkin.results_model import Column, ResultsModel
from frontdesk.ui.pages.checkin.scan import KeyClock, looks_like_scan
from frontdesk.ui.pages.checkin.search_box import SearchBox
from frontdesk.ui.pages.checkin.slip_print import SlipPrint
from frontdesk.ui.pages.checkin.status_line import StatusLine
from frontdesk.ui.pages.checkin.tables import current_row, make_table
from frontdesk.ui.pages.specs import page_title

if TYPE_CHECKING:
    from frontdesk.core.errors import EnvironmentProblem, RuleViolation
    from frontdesk.ui.common.booking_entry import OpenBooking
    from frontdesk.ui.common.enroll_entry import OpenEnroll
    from frontdesk.ui.common.services import DeskServices
    from frontdesk.ui.common.worker import DatabaseWorker
    from frontdesk.ui.failures.prompts import Prompts
    from frontdesk.ui.printing.desk_printer import DeskPrinter

log = logging.getLogger(__name__)
T = TypeVar("T")

LIVE_REFRESH_MS = 30_000  # other desks check people in too (a shared PostgreSQL database)
WATCH_REFRESH_MS = 5 * 60_000  # the welfare list changes by the day; its query reads weeks of visits
WATCH_AFTER_CHANGE_MS = 2_000  # …so after a check-in it is re-read a moment later, off the hot path

# The page's operations on the database worker: one of each at a time, a newer one making the older one stale.
SEARCH = "checkin.search"
CARD = "checkin.card"
LIVE_KEYS = ("checkin.live", "checkin.watch")
LIVE, WATCH = LIVE_KEYS


class _Turn(NamedTuple):
    """Something staff did, waiting for what it depends on (see :meth:`CheckinPage._in_turn`)."""

    run: Callable[[], None]
    card: bool  # it acts on the resident on the card, so waits for the card too
    search: bool = False  # a keystroke's search: the next keystroke replaces it if it has not begun


class _Panels(QSplitter):
    """The page's splitter, whose least width is that of two panels: the live lists give way when there is no room
    for three (:meth:`CheckinPage.arrange`), so they do not make the window wider than a small screen."""

    def __init__(self, page: CheckinPage) -> None:
        super().__init__(Qt.Orientation.Horizontal)
        self._page = page

    def minimumSizeHint(self) -> QSize:
        return QSize(self._page.two_panels_width(), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._page.arrange(event.size().width())
        super().resizeEvent(event)


class CheckinPage(QWidget):
    page_id = "checkin"
    icon_name = "checkin"

    def __init__(
        self,
        hub: ChangeHub,
        worker: DatabaseWorker,
        *,
        clock: Clock,
        prompts: Prompts,
        key_clock: KeyClock | None = None,
        printer: DeskPrinter | None = None,
        booking: OpenBooking | None = None,
        enroll: OpenEnroll | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("page_checkin")
        self._open_booking = booking
        self._open_enroll = enroll
        self._hub = hub
        self._worker = worker
        self._epoch = Epoch()  # moves on when the person at the desk changes: what was read for them is dropped
        self._waiting: deque[_Turn] = deque()  # what staff did, in order, waiting for what it depends on
        self._acting = 0  # 签到 / 签退 / 闭馆签退 (and the scan lookups before them) on their way: never made stale
        self._clock = clock
        self._prompts = prompts
        self._services: DeskServices | None = None
        self._shown: int | None = None  # the resident the card shows
        self._actor = None

        self.search = SearchBox(key_clock=key_clock)
        self.status = StatusLine()
        self._slips = SlipPrint(printer, self._start, self.status.say, prompts) if printer is not None else None
        self.booking = None  # the booking dialog opened last (BookingDialog; tests drive it)
        self.enrolling = None  # the enroll dialog opened last (EnrollDialog; tests drive it)
        self.results_model = ResultsModel(self)
        self._minimums_stale = False  # the font changed while the page was hidden (see changeEvent)
        self._built = False  # the results, card and live view are built when the database is attached
        self._skeleton()
        self._shortcuts()
        self.search.textChanged.connect(self._typed)
        self.search.returnPressed.connect(self.submit)
        self.search.scanned.connect(self.scanned)
        self.search.moved.connect(self._move)
        self._hub.visits_changed.connect(self._visits_changed)
        self._hub.residents_changed.connect(self._residents_changed)
        self._hub.appointments_changed.connect(self._appointments_changed)

        self._live_timer = QTimer(self)
        self._live_timer.setInterval(LIVE_REFRESH_MS)
        self._live_timer.timeout.connect(self._tick)
        self._watch_timer = QTimer(self)
        self._watch_timer.setInterval(WATCH_REFRESH_MS)
        self._watch_timer.timeout.connect(self.refresh_watch)
        self._watch_soon = QTimer(self)
        self._watch_soon.setSingleShot(True)
        self._watch_soon.setInterval(WATCH_AFTER_CHANGE_MS)
        self._watch_soon.timeout.connect(self.refresh_watch)
        # The card follows the selected result once typing pauses (the next turn of the event loop): each keystroke
        # only searches and refills the results, and a fast typist's "wxl" fills the card once, not three times.
        self._card_soon = QTimer(self)
        self._card_soon.setSingleShot(True)
        self._card_soon.setInterval(0)
        self._card_soon.timeout.connect(self._show_selected)

        self.content.setEnabled(False)
        self.status.say(words.opening(), cue=False)

    def set_actor(self, actor) -> None:
        """Who is at the desk now (``None``: signed out, so nothing is read and the card and results empty)."""
        self._actor = actor  # every call names them; the card leaves out health data for those without HEALTH
        self._epoch.advance()
        for key in (SEARCH, CARD, LIVE, WATCH):
            self._worker.cancel(key)
        self._waiting.clear()  # what the last person did, and was waiting for a read, goes with them
        if not self._built:
            return
        if actor is None:
            self.results_model.set_rows([])
            self.card.show_card(None)
            self._update_actions()
        else:  # signed in: what was not read while nobody was (the card as this member of staff may see it)
            self.refresh_visits()
            self.refresh_watch()

    def title(self) -> str:
        return page_title(self.page_id)

    # -- building -----------------------------------------------------------------------------------------------
    def _skeleton(self) -> None:
        """What shows while the database opens: the box and the status line. The window appears before the
        database is open (start-up stays quick), so the rest of the page waits for :meth:`attach`."""
        self._left = QWidget()
        self._left_column = QVBoxLayout(self._left)
        self._left_column.setContentsMargins(0, 0, 0, 0)
        self._left_column.setSpacing(8)
        self._left_column.addWidget(self.search)
        self._left_column.addWidget(self.status)
        self._left_column.addStretch(1)

        self.content = QWidget()
        self._content_column = QVBoxLayout(self.content)
        self._content_column.setContentsMargins(0, 0, 0, 0)
        self._content_column.setSpacing(8)
        self._content_column.addWidget(self._left, 1)

        outer = QHBoxLayout(self)
        outer.setContentsMargins(16, 8, 16, 6)  # 1280×720 at 150 % with large text is 480 px tall
        outer.addWidget(self.content)
        self.setFocusProxy(self.search)  # the main window focuses the page: the box gets it

    def _build(self) -> None:
        """The results, the resident's card with its actions, the live lists and the figures."""
        if self._built:
            return
        self._built = True
        # The name never gives way. First the community shortens and 今日 shrinks to its green tick; then the ID
        # number hides, then the community, the age last.
        self.results = make_table(
            "checkinResults",
            self.results_model,
            stretch=Column.NAME,
            samples={
                Column.NAME: Fit(NAME_SAMPLE, bold=True),
                Column.AGE: Fit("000", hides=True),
                Column.COMMUNITY: Fit("新华街道社区", least="新华街…", hides=True),
                Column.ID_NUMBER: Fit("0000…0000", hides=True),
                Column.TODAY: Fit(self.results_model.present_text(), least="", icon=True),
            },
            give_way=(Column.ID_NUMBER, Column.COMMUNITY, Column.TODAY, Column.AGE),
        )
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing stays in the box; Up/Down move the selection
        self.card = ResidentCardView()
        self.actions = ActionBar()
        self.live = LivePanel()
        self.counts = CountsStrip()

        self._left_column.takeAt(self._left_column.count() - 1)  # the stretch that held the place
        self._left_column.addWidget(self.results, 1)

        middle = QFrame()
        middle.setObjectName("cardColumn")
        middle_column = QVBoxLayout(middle)
        middle_column.setContentsMargins(0, 0, 0, 0)
        middle_column.setSpacing(0)
        middle_column.addWidget(self.card, 1)
        middle_column.addWidget(self.actions)

        self._content_column.removeWidget(self._left)
        splitter = _Panels(self)
        splitter.setObjectName("checkinSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.setHandleWidth(12)
        for index, (widget, stretch) in enumerate([(self._left, 5), (middle, 0), (self.live, 0)]):
            splitter.addWidget(widget)
            splitter.setStretchFactor(index, stretch)
        self._middle = middle
        self.splitter = splitter
        self._list_instead = False  # narrow: the live lists show in the card's place (the counts strip opens them)
        self._wide: bool | None = None
        self._set_minimums()
        self._content_column.addWidget(splitter, 1)
        self._content_column.addWidget(self.counts)

        self.setTabOrder(self.search, self.actions.purpose)
        self.setTabOrder(self.actions.purpose, self.actions.companions)
        self.setTabOrder(self.actions.companions, self.actions.check_in)
        self.setTabOrder(self.actions.check_in, self.actions.check_out)
        self.setTabOrder(self.actions.check_out, self.live)
        self._connect_built()

    def _connect_built(self) -> None:
        self.search.textEdited.connect(self._card_back)
        self.results.selectionModel().currentRowChanged.connect(self._current_changed)
        self.results.doubleClicked.connect(self._double_clicked)
        self.actions.check_in_requested.connect(self._check_in_shown)
        self.actions.check_out_requested.connect(self.check_out_shown)
        self.actions.print_slip.clicked.connect(self.print_shown_slip)
        self.card.book.clicked.connect(self.book_shown)
        self.card.enroll.clicked.connect(self.enroll_shown)
        self.card.offer.accepted.connect(self.accept_offer)
        self.card.offer.declined.connect(self.decline_offer)
        self.live.check_out_selected.connect(self.check_out)
        self.live.close_day_requested.connect(self.close_day)
        self.live.print_present_requested.connect(self.preview_in_building)
        self.live.print_watch_requested.connect(self.preview_welfare_calls)
        self.live.absent_days_changed.connect(self.refresh_watch)
        self.counts.present_clicked.connect(lambda: self._open_list(PRESENT_TAB))
        self.counts.watch_clicked.connect(lambda: self._open_list(WATCH_TAB))
        # 导出表格 (Ctrl+Shift+E in the list): 在馆 and 关怀提醒 as they are shown, masked phones and all
        self.exports = PageExports(self._worker, self, services=lambda: self._services, actor=lambda: self._actor,
                                   clock=self._clock)  # fmt: skip
        self.exports.add(self.live.present_list, self.live.tabText(PRESENT_TAB))
        self.exports.add(self.live.watch_list, self.live.tabText(WATCH_TAB))
        self._update_actions()

    def _shortcuts(self) -> None:
        def add(keys: str, slot: Callable[[], None]) -> None:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        add("F8", self.check_out_shown)
        add("F9", self.print_shown_slip)
        add("Shift+F9", self.preview_shown_slip)
        add(BOOK_KEY, self.book_shown)
        add(ENROLL_KEY, self.enroll_shown)
        add("Esc", self.clear)
        for number in range(1, len(words.PURPOSES) + 1):
            add(f"Alt+{number}", lambda index=number - 1: self._choose_purpose(index))

    def _choose_purpose(self, index: int) -> None:
        if self._built:
            self.actions.choose_purpose(index)

    # -- the database -------------------------------------------------------------------------------------------
    def attach(self, services: DeskServices) -> None:
        """The database is open: build the rest of the page, enable it and fill the live view."""
        self._build()
        self._services = services
        self.content.setEnabled(True)
        self.status.say(words.ready(), cue=False)
        self.refresh_visits()
        self.refresh_watch()
        self._live_timer.start()
        self._watch_timer.start()
        if self.isVisible():
            self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def _start(
        self,
        key: str | None,
        work: Callable[[], T],
        done: Callable[[T], None],
        *,
        refused: Callable[[RuleViolation], None] | None = None,
        trouble: Callable[[EnvironmentProblem], None] | None = None,
        changes: tuple[str, ...] = (),
    ) -> bool:
        """Run one operation on the worker; ``done`` gets its result here, unless the person at the desk changed
        since. Machine trouble (database locked, server gone) is said on the status line, with nothing typed lost;
        a refusal goes to ``refused`` (none given: it is a bug); anything else to the crash handler. Signed out:
        nothing runs (False). ``key`` None: an action, which no later operation makes stale."""
        if self._actor is None:
            return False
        if key is None:
            self._acting += 1
        guard = self._epoch.guard
        self._worker.run(
            work,
            guard(done),
            key=key,
            refused=guard(refused),
            trouble=guard(trouble or self._trouble),
            settled=self._flush if key is not None else self._acted,
            changes=changes,
        )
        return True

    def _acted(self) -> None:
        self._acting -= 1
        self._flush()

    def _trouble(self, problem: EnvironmentProblem) -> None:
        log.warning("check-in page: %s", problem)
        self.status.say(words.trouble(problem.kind))

    # -- in turn ------------------------------------------------------------------------------------------------
    def _reading(self, *, card: bool) -> bool:
        """A search or an action is under way (and with ``card``: the card is still being filled)."""
        if self._acting or self._worker.busy(SEARCH):
            return True
        return card and (self._card_soon.isActive() or self._worker.busy(CARD))

    def _in_turn(self, action: Callable[[], None], *, card: bool = False) -> None:
        """What staff did runs once what it depends on has been read, after whatever they did before it."""
        if self._waiting or self._reading(card=card):
            self._waiting.append(_Turn(action, card))
        else:
            action()

    def _flush(self) -> None:
        while self._waiting and not self._reading(card=self._waiting[0].card):
            self._waiting.popleft().run()

    def settled(self) -> bool:
        """Nothing typed is waiting and nothing read is on its way (tests wait for this)."""
        reads = self._acting or any(self._worker.busy(key) for key in (SEARCH, CARD, LIVE, WATCH))
        return not self._waiting and not reads and not self._card_soon.isActive()

    def _take_typed(self, typed: str) -> None:
        """The action for ``typed`` is over: the box loses that text, and keeps whatever was typed after it."""
        now = self.search.text()
        if now.startswith(typed):
            self.search.setText(now[len(typed) :])

    # -- searching ----------------------------------------------------------------------------------------------
    def _typed(self, text: str) -> None:
        """A keystroke: search at once, or after what staff did just before it (Enter, say) has been done."""
        if not self._waiting:
            self._search(text)
            return
        if self._waiting[-1].search:
            self._waiting.pop()  # a search waiting its turn, overtaken by the next keystroke before it began
        self._waiting.append(_Turn(lambda: self._search(text), card=False, search=True))

    def _search(self, text: str) -> None:
        if self._services is None:
            return
        if not text.strip() or self._actor is None:
            self._worker.cancel(SEARCH)
            self._found([])
            return
        lookup, actor = self._services.lookup, self._actor
        self._start(SEARCH, lambda: lookup.search(text, actor=actor), self._found)

    def _found(self, hits) -> None:
        self.results_model.set_rows(hits or [])
        if hits:
            self.results.setCurrentIndex(self.results_model.index(0, Column.NAME))

    def _move(self, step: int) -> None:
        self._in_turn(lambda: self._move_now(step))

    def _move_now(self, step: int) -> None:
        count = self.results_model.rowCount()
        if not count:
            return
        row = current_row(self.results)
        target = 0 if row is None else max(0, min(count - 1, row + step))
        self.results.setCurrentIndex(self.results_model.index(target, Column.NAME))

    def _current_changed(self, current: QModelIndex | QPersistentModelIndex, _previous) -> None:
        if current.isValid():
            self._card_soon.start()

    def _show_selected(self) -> None:
        self._card_soon.stop()
        row = current_row(self.results)
        if row is not None:
            self.show_resident(self.results_model.hit(row).resident_id)
        self._flush()

    def show_resident(self, resident_id: int | None) -> None:
        """Fill the card with this resident's current facts (or empty it)."""
        if not self._built:
            return
        self._shown = resident_id
        if resident_id is None or self._services is None:
            self._worker.cancel(CARD)
            self._card_read(None)
            return
        lookup, actor = self._services.lookup, self._actor
        self._start(CARD, lambda: lookup.card(resident_id, actor=actor), self._card_read)

    def _card_read(self, card) -> None:
        self.card.show_card(card)
        self._update_actions()

    def _update_actions(self) -> None:
        card = self.card.card
        resident = card is not None and not card.archived
        self.actions.set_state(
            resident=resident,
            checked_in=bool(card and card.checked_in),
            printable=self._slips is not None and bool(card and card.today_visits),
        )
        self.card.book.setEnabled(resident and self._open_booking is not None)
        self.card.enroll.setEnabled(resident and self._open_enroll is not None)

    # -- actions ------------------------------------------------------------------------------------------------
    def submit(self) -> None:
        """Enter in the box: a card number typed (or scanned slowly), else the selected result, is checked in."""
        if self._services is None:
            return
        typed = self.search.text()
        self._in_turn(lambda: self._submit(typed))

    def _submit(self, typed: str) -> None:
        text = typed.strip()
        if looks_like_scan(text):
            lookup, actor = self._services.lookup, self._actor  # type: ignore[union-attr]

            def found(resident_id: int | None) -> None:
                if resident_id is not None:
                    self.check_in(resident_id, typed=typed)
                else:
                    self._enter_on_results(text, typed)

            self._start(None, lambda: lookup.find_by_scan(text, actor=actor), found)
            return
        self._enter_on_results(text, typed)

    def _enter_on_results(self, text: str, typed: str) -> None:
        row = current_row(self.results)
        if row is not None:
            self.check_in(self.results_model.hit(row).resident_id, typed=typed)
        elif text:
            self.status.say(words.nothing_found(text))
        else:
            self.status.say(words.nobody_selected())

    def scanned(self, payload: str) -> None:
        """A card or slip was scanned (see checkin/scan.py): check that resident in at once, whatever was typed."""
        if self._services is None:
            return
        typed = self.search.text()
        self._in_turn(lambda: self._scanned(payload, typed))

    def _scanned(self, payload: str, typed: str) -> None:
        lookup, actor = self._services.lookup, self._actor  # type: ignore[union-attr]

        def found(result) -> None:
            if result.resident_id is None:
                self._take_typed(typed)
                self.status.say(words.scan_refused(str(result.refusal), payload, result.replaced_on))  # why, in words
                self._back_to_search()
                return
            self.check_in(result.resident_id, typed=typed)

        self._start(None, lambda: lookup.resolve_scan(payload, actor=actor), found)

    def _check_in_shown(self) -> None:
        self._in_turn(self._check_in_card, card=True)

    def _check_in_card(self) -> None:
        if self.card.resident_id is None:
            self.status.say(words.nobody_selected())
            self._back_to_search()
            return
        self.check_in(self.card.resident_id, typed=self.search.text())

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            resident_id = self.results_model.hit(index.row()).resident_id
            typed = self.search.text()
            self._in_turn(lambda: self.check_in(resident_id, typed=typed))

    def check_in(self, resident_id: int, *, typed: str | None = None) -> None:
        """签到 with the purpose and companions chosen under the card. ``typed``: what the box held when staff
        acted, which goes with the action (by default, what it holds now)."""
        if self._services is None:
            return
        from frontdesk.core.models import VisitPurpose  # loaded with the services already: costs nothing now

        typed = self.search.text() if typed is None else typed
        purpose, companions = self.actions.choice()
        visits, actor = self._services.visits, self._actor

        def done(result) -> None:
            self.actions.reset_choice()
            self._done(words.checked_in(result), resident_id, changed=True, typed=typed)
            if self._slips is not None and self._slips.on_check_in:  # this desk prints a slip at every check-in
                self._slips.print_visit(self._services, actor, result.visit_id, resident_id, result.name)

        self._start(
            None,
            lambda: visits.check_in(resident_id, actor=actor, purpose=VisitPurpose(purpose), companions=companions),
            done,
            refused=lambda refusal: self._done(words.refused(refusal), resident_id, changed=False, typed=typed),
            changes=(VISITS,),
        )

    def print_shown_slip(self) -> None:
        """F9: the slip of today's visit of the resident on the card, to the slip printer (no dialog)."""
        if self._services is None or self._slips is None:
            return
        self._in_turn(self._print_card_slip, card=True)

    def preview_shown_slip(self) -> None:
        """Shift+F9: the same slip in 打印预览, to look at, print on another printer or save as a PDF."""
        if self._services is None or self._slips is None:
            return
        self._in_turn(lambda: self._print_card_slip(preview=True), card=True)

    def _print_card_slip(self, *, preview: bool = False) -> None:
        card = self.card.card
        if card is None:
            self.status.say(words.nobody_selected())
        elif not card.today_visits:
            self.status.say(words.no_visit_to_print(card.name))
        elif preview:
            visit_id, documents, actor = card.today_visits[-1].visit_id, self._services.documents, self._actor
            title = self.tr("{name}'s visit slip").format(name=card.name)
            self._slips.preview(self._services, actor, "visit-slip",
                                lambda: documents.visit_slip(visit_id, actor=actor), title=title,
                                parent=self.window())  # fmt: skip
            return  # the preview takes the keys
        else:
            visit = card.today_visits[-1]  # the latest: the one the resident is here for now
            self._slips.print_visit(self._services, self._actor, visit.visit_id, card.resident_id, card.name)
        self._back_to_search()

    def preview_in_building(self) -> None:
        """在馆名单 in a preview, to print (an evacuation) or save."""
        if self._services is None or self._slips is None:
            return
        documents, actor = self._services.documents, self._actor
        self._slips.preview(self._services, actor, "in-building", lambda: documents.in_building(actor=actor),
                            title=self.tr("Who is in the building"), parent=self.window())  # fmt: skip

    def preview_welfare_calls(self) -> None:
        """关怀回访名单 (as the 关怀提醒 tab lists it) in a preview."""
        if self._services is None or self._slips is None:
            return
        documents, actor, days = self._services.documents, self._actor, self.live.absent_days.value()
        self._slips.preview(self._services, actor, "welfare-calls",
                            lambda: documents.welfare_calls(actor=actor, absent_days=days),
                            title=self.tr("Welfare call list"), parent=self.window())  # fmt: skip

    def book_shown(self) -> None:
        """F10 预约…: the booking dialog for the resident on the card (the check-in waits: it is a side trip)."""
        if self._services is None:
            return
        self._in_turn(self._book_card, card=True)

    def _book_card(self) -> None:
        card = self.card.card
        if card is None or card.archived or self._open_booking is None:
            self.status.say(words.nobody_selected())
            self._back_to_search()
            return
        dialog = self._open_booking(self._services, self._actor, card.resident_id, card.name, parent=self.window())
        dialog.finished.connect(lambda _result: self._back_to_search())
        dialog.destroyed.connect(lambda: setattr(self, "booking", None))
        self.booking = dialog

    def enroll_shown(self) -> None:
        """F11 报名…: the enroll dialog for the resident on the card (a side trip, as 预约… is)."""
        if self._services is None:
            return
        self._in_turn(self._enroll_card, card=True)

    def _enroll_card(self) -> None:
        card = self.card.card
        if card is None or card.archived or self._open_enroll is None:
            self.status.say(words.nobody_selected())
            self._back_to_search()
            return
        dialog = self._open_enroll(self._services, self._actor, card.resident_id, card.name, parent=self.window())
        dialog.finished.connect(lambda _result: self._back_to_search())
        dialog.destroyed.connect(lambda: setattr(self, "enrolling", None))
        self.enrolling = dialog

    def accept_offer(self, entry_id: int) -> None:
        """确认 a 候补 place offered on the card: it becomes the resident's appointment."""
        if self._services is None or self.card.resident_id is None:
            return
        station, actor, resident_id = self._services.station, self._actor, self.card.resident_id

        def accepted(row) -> None:
            self.status.say(words.offer_accepted(row.service_name, row.starts_at, row.person_name))
            self._back_to_search()

        self._start(None, lambda: station.accept_offer(entry_id, actor=actor), accepted,
                    refused=lambda refusal: self._offer_refused(refusal, resident_id),
                    changes=(APPOINTMENTS,))  # fmt: skip

    def decline_offer(self, entry_id: int) -> None:
        """不要了: the resident leaves the waiting list; the place goes to the next."""
        if self._services is None or self.card.resident_id is None:
            return
        station, actor, resident_id = self._services.station, self._actor, self.card.resident_id

        def declined(_none) -> None:
            self.status.say(words.offer_declined())
            self._back_to_search()

        self._start(None, lambda: station.withdraw(entry_id, actor=actor), declined,
                    refused=lambda refusal: self._offer_refused(refusal, resident_id),
                    changes=(APPOINTMENTS,))  # fmt: skip

    def _offer_refused(self, refusal: RuleViolation, resident_id: int) -> None:
        self.status.say(words.offer_refused(refusal))
        self.show_resident(resident_id)
        self._back_to_search()

    def check_out_shown(self) -> None:
        """F8: 签退 the resident on the card."""
        if self._services is None:
            return
        self._in_turn(self._check_out_card, card=True)

    def _check_out_card(self) -> None:
        if self.card.resident_id is None:
            self.status.say(words.nobody_selected())
            self._back_to_search()
            return
        self.check_out(self.card.resident_id)

    def check_out(self, resident_id: int) -> None:
        if self._services is None:
            return
        typed = self.search.text()
        self._in_turn(lambda: self._check_out(resident_id, typed))

    def _check_out(self, resident_id: int, typed: str) -> None:
        visits, actor = self._services.visits, self._actor  # type: ignore[union-attr]
        self._start(
            None,
            lambda: visits.check_out(resident_id, actor=actor),
            lambda result: self._done(words.checked_out(result), resident_id, changed=True, typed=typed),
            refused=lambda refusal: self._done(words.refused(refusal), resident_id, changed=False, typed=typed),
            changes=(VISITS,),
        )

    def close_day(self) -> None:
        """闭馆签退: everyone still in is checked out, marked automatic — after one confirmation."""
        if self._services is None:
            return
        people = self.live.present_model.rowCount()
        if people == 0:
            self.status.say(words.closed(0))
            self._back_to_search()
            return
        question = self.tr(
            "Check out all {count} people still in the building? Their visits are marked as closed automatically."
        ).format(count=people)
        if not self._prompts.confirm(self.tr("Closing time"), question, action=self.tr("Check everyone out")):
            self._back_to_search()
            return
        visits, actor = self._services.visits, self._actor
        typed = self.search.text()

        def done(count: int) -> None:
            self.status.say(words.closed(count))
            self._take_typed(typed)
            self._back_to_search()

        self._start(None, lambda: visits.check_out_everyone(actor=actor), done, changes=(VISITS,))
        self._back_to_search()

    def _done(self, outcome: words.Outcome, resident_id: int, *, changed: bool, typed: str) -> None:
        """After every action: the outcome in words, the resident's card, the box without what the action was for
        (what was typed since stays), with the focus in it. A change refreshes the card with every other view of
        visits: the worker tells the hub right after this."""
        self.status.say(outcome)
        self._take_typed(typed)
        if changed:
            self._shown = resident_id
        else:
            self.show_resident(resident_id)
        self._back_to_search()

    def clear(self) -> None:
        """Esc: empty the box and the card, and type again."""
        typed = self.search.text()
        self._in_turn(lambda: self._clear(typed))

    def _clear(self, typed: str) -> None:
        self._card_back()
        self._take_typed(typed)
        self.search.scan_detector.reset()
        self.show_resident(None)
        self._back_to_search()

    def _back_to_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_welfare_watch(self) -> None:
        """关怀提醒 opened from elsewhere (the 统计 page's figure): the call list, read afresh."""
        self._open_list(WATCH_TAB)

    def _open_list(self, tab: int) -> None:
        if self._wide is False:  # narrow: the list takes the card's place, or gives it back when clicked again
            back = self._list_instead and self.live.currentIndex() == tab
            self._list_instead = not back
            self.arrange()
        self.live.show_list(tab)
        if tab == WATCH_TAB:
            self.refresh_watch()
        self._back_to_search()  # typing goes on in the box (and, narrow, brings the card back)

    def _card_back(self) -> None:
        """Typing, or Esc: the card (narrow, where the live lists take its place when opened)."""
        if self._list_instead:
            self._list_instead = False
            self.arrange()

    # -- arranging ----------------------------------------------------------------------------------------------
    def _set_minimums(self) -> None:
        """The panels' least usable widths, in characters of the font: large text needs more pixels."""
        em = self.fontMetrics().horizontalAdvance("中")
        for panel, characters in ((self._left, 12), (self._middle, 18), (self.live, 17)):
            panel.setMinimumWidth(0)  # what its content needs, without the last minimum
            panel.setMinimumWidth(max(characters * em, panel.minimumSizeHint().width()))
        self._wide = None
        self.arrange()

    def three_panels_width(self) -> int:
        handles = 2 * self.splitter.handleWidth()
        return self._left.minimumWidth() + self._middle.minimumWidth() + self.live.minimumWidth() + handles

    def two_panels_width(self) -> int:
        second = max(self._middle.minimumWidth(), self.live.minimumWidth())
        return self._left.minimumWidth() + second + self.splitter.handleWidth()

    def arrange(self, width: int | None = None) -> None:
        """All three panels when there is room; else the search with the card, or with the live lists instead."""
        if not self._built:
            return
        width = self.splitter.width() if width is None else width
        wide = width >= self.three_panels_width()
        if wide:
            self._list_instead = False
        self._middle.setVisible(wide or not self._list_instead)
        self.live.setVisible(wide or self._list_instead)
        if wide != self._wide:
            self._wide = wide
            if wide:  # the card and the lists at a comfortable width, the search and results taking the rest
                middle = max(self._middle.minimumWidth(), width * 32 // 100)
                live = max(self.live.minimumWidth(), width * 27 // 100)
                self.splitter.setSizes([max(self._left.minimumWidth(), width - middle - live), middle, live])

    def is_wide(self) -> bool:
        return bool(self._wide)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if self._built and event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            if self.isVisible():
                QTimer.singleShot(0, self, self._set_minimums)  # once the panels' own fonts have changed too
            else:  # a hidden page's layouts do not update: what its panels need is known once it shows
                self._minimums_stale = True

    # -- refreshing ---------------------------------------------------------------------------------------------
    def _visits_changed(self) -> None:
        self.refresh_visits()
        self._watch_soon.start()

    def _appointments_changed(self) -> None:
        """A booking, an arrival, an offer: the card's 今日 shows them."""
        if self._shown is not None:
            self.show_resident(self._shown)

    def _residents_changed(self) -> None:
        self._typed(self.search.text())
        self.refresh_visits()

    def _tick(self) -> None:
        if self.isVisible():
            self.refresh_visits()

    def refresh_visits(self) -> None:
        """Re-read everything that shows visits: 在馆, today's counts, the results' marks and the card."""
        if self._services is None:
            return
        visits, actor = self._services.visits, self._actor
        self._start(LIVE, lambda: (visits.present(actor=actor), visits.day_counts(actor=actor)), self._live_read)

    def _live_read(self, live) -> None:
        present, counts = live
        self.live.set_present(present, self._clock())
        self.results_model.set_present(visitor.resident_id for visitor in present)
        self.counts.set_counts(counts)
        if self._shown is not None:
            self.show_resident(self._shown)

    def refresh_watch(self) -> None:
        """关怀提醒: re-read the call list for the number of days chosen."""
        if self._services is None:
            return
        visits, actor = self._services.visits, self._actor
        days = self.live.absent_days.value()
        self._start(WATCH, lambda: visits.welfare_watch(actor=actor, absent_days=days), self._watch_read)

    def _watch_read(self, entries) -> None:
        self.live.watch_model.set_rows(entries)
        self.counts.set_watch_count(len(entries))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._minimums_stale:
            self._minimums_stale = False
            QTimer.singleShot(0, self, self._set_minimums)
        if self._services is not None:
            self.refresh_visits()  # it may have been hidden for a while
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)
