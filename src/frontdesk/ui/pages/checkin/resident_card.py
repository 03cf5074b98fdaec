"""The selected resident's card: who they are (identifiers masked), what staff should know, and their day here.

Meaning is never carried by colour alone: each alert has an icon and words, and the in-building state is said in
words next to its green mark.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from frontdesk.ui.common import icons
from frontdesk.ui.common.key_button import KeyButton
from frontdesk.ui.pages.checkin import words
from frontdesk.ui.pages.checkin.restyle import restyle

if TYPE_CHECKING:
    from frontdesk.core.services.alerts import Alert
    from frontdesk.core.services.lookup import ResidentCard

OFFER_SOURCE = "waitlist"  # an agenda item of this source is a 候补 place offered to the resident (appointment_agenda)
CLASS_PLACE_SOURCE = "class_waitlist"  # a place in a course moved up from its waiting list (class_agenda)

# Colours of meaning (see frontdesk.qss): the icon's colour matches the row's words.
COLOURS = {"in": "#2E7D4F", "warning": "#C0392B", "attention": "#B7791F", "info": "#4A5D6E"}


def _label(name: str, text: str = "", *, wrap: bool = False) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return label


class Chip(QFrame):
    """An icon and a few words on a tinted background: the card's state, one alert."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._look: tuple[str, str] | None = None
        self.icon = QLabel()
        self.icon.setObjectName("chipIcon")
        self.text = _label("chipText", wrap=True)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 5, 12, 5)
        row.setSpacing(8)
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.text, 1)

    def set(self, kind: str, icon_name: str, text: str) -> None:
        self.text.setText(text)
        if (kind, icon_name) != self._look:  # the card changes at every keystroke; its chips' looks seldom do
            self._look = (kind, icon_name)
            self.icon.setPixmap(icons.pixmap(icon_name, 18, COLOURS[kind]))
            restyle(self, "kind", kind)


class _EmptyCard(QWidget):
    """The card before anyone is found: a symbol over the invitation, the symbol left out where the screen is short
    (large text on 1280×720 at 150 %), so it never makes the window taller than the screen."""

    def __init__(self) -> None:
        super().__init__()
        self.symbol = QLabel()

    def _symbol_room(self) -> int:
        return self.symbol.sizeHint().height() + self.layout().spacing()

    def _without_symbol(self, height: int) -> int:
        return height if self.symbol.isHidden() else height - self._symbol_room()

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(hint.width(), self._without_symbol(hint.height()))

    def heightForWidth(self, width: int) -> int:  # the invitation's lines; the symbol only if there is room
        return self._without_symbol(super().heightForWidth(width))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        size = event.size()
        shown = size.height() >= self.heightForWidth(size.width()) + self._symbol_room()
        if shown != self.symbol.isVisibleTo(self):
            self.symbol.setVisible(shown)
            self.updateGeometry()


class OfferBar(QFrame):
    """A 候补 place offered to the resident (候补名额：理疗 14:00 — 请确认) with 确认 and 不要了 (done by the page)."""

    accepted = Signal(int)  # the waiting-list entry
    declined = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cardOffer")
        self.entry_id: int | None = None
        self.hide()
        self.chip = Chip("cardOfferText")
        self.accept = QPushButton(self.tr("Accept"))
        self.accept.setObjectName("checkinAcceptOffer")
        self.accept.setToolTip(self.tr("Book the offered place for the resident"))
        self.decline = QPushButton(self.tr("Decline"))
        self.decline.setObjectName("checkinDeclineOffer")
        self.decline.setToolTip(self.tr("The resident does not want it: leave the waiting list"))
        for button in (self.accept, self.decline):
            button.setAutoDefault(False)
        self.accept.clicked.connect(lambda: self.entry_id is not None and self.accepted.emit(self.entry_id))
        self.decline.clicked.connect(lambda: self.entry_id is not None and self.declined.emit(self.entry_id))
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.accept)
        buttons.addWidget(self.decline)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(self.chip)
        column.addLayout(buttons)

    def show_offer(self, item) -> None:
        """``item``: the first offer's agenda item, or None (the bar hides)."""
        self.entry_id = item.item_id if item is not None else None
        if item is not None:
            self.chip.set("attention", "attention", words.offer_text(item.title, item.starts_at))
        self.setVisible(item is not None)


class ResidentCardView(QFrame):
    """Shows one :class:`ResidentCard` (or an invitation to find someone); no I/O, the page hands the card in."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("residentCard")
        self.card: ResidentCard | None = None

        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_empty())
        self.stack.addWidget(self._build_filled())
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.stack)
        self.show_card(None)

    # -- building -----------------------------------------------------------------------------------------------
    def _build_empty(self) -> QWidget:
        page = _EmptyCard()
        page.setObjectName("cardEmpty")
        symbol = page.symbol
        symbol.setPixmap(icons.pixmap("residents", 48, "#9AA8B4"))
        symbol.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_text = _label("cardEmptyText", self.tr("Find a resident by typing or scanning their card."))
        self.empty_text.setWordWrap(True)
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column = QVBoxLayout(page)
        column.addStretch(1)
        column.addWidget(symbol)
        column.addWidget(self.empty_text)
        column.addStretch(2)
        return page

    def _build_filled(self) -> QWidget:
        self.name = _label("cardName")
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state = Chip("cardState")
        self.facts = _label("cardFacts", wrap=True)
        self.id_number = _label("cardIdNumber")
        self.phone = _label("cardPhone")
        self.emergency = _label("cardEmergency", wrap=True)

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        for row, (title, value) in enumerate(
            [
                (self.tr("ID number"), self.id_number),
                (self.tr("Phone"), self.phone),
                (self.tr("Emergency contact"), self.emergency),
            ]
        ):
            caption = _label("cardCaption", title)
            grid.addWidget(caption, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value, row, 1)
        grid.setColumnStretch(1, 1)

        self.alerts = QVBoxLayout()
        self.alerts.setSpacing(4)
        self._chips: list[Chip] = []
        self.notes = Chip("cardNotes")  # the information-level alerts, together on one wrapped line
        self.today_title = _label("cardSection", self.tr("Today"))
        self.today = _label("cardToday", wrap=True)
        self.offer = OfferBar()  # hidden until an offer is shown

        body = QWidget()
        body.setObjectName("cardBody")
        header = QHBoxLayout()  # 王秀兰  女 · 81岁 · 局前社区, as the eye reads a person
        header.setSpacing(14)
        header.addWidget(self.name, 0, Qt.AlignmentFlag.AlignBottom)
        header.addWidget(self.facts, 1, Qt.AlignmentFlag.AlignBottom)

        column = QVBoxLayout(body)
        column.setContentsMargins(18, 12, 18, 12)
        column.setSpacing(7)
        column.addLayout(header)
        column.addWidget(self.state)
        column.addLayout(grid)
        column.addLayout(self.alerts)
        column.addWidget(self.notes)
        column.addLayout(self._today_row())
        column.addWidget(self.today)
        column.addWidget(self.offer)
        column.addStretch(1)

        scroll = QScrollArea()  # a resident with many alerts scrolls instead of being cut off
        scroll.setObjectName("cardScroll")
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        scroll.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        return scroll

    def _today_row(self) -> QHBoxLayout:
        """今日 with 预约… and 报名… beside it."""
        self.book = self._book_button()
        self.enroll = self._enroll_button()
        KeyButton.in_a_row(self.book, self.enroll)
        row = QHBoxLayout()
        row.addWidget(self.today_title, 1)
        row.addWidget(self.book)
        row.addWidget(self.enroll)
        return row

    def _book_button(self) -> KeyButton:
        """预约… beside 今日 (the page's F10 does the same); in the card, which scrolls: it costs the page no room."""
        book = KeyButton(self.tr("Book…"), "F10")
        book.setObjectName("checkinBook")
        book.setToolTip(self.tr("Book a care-station appointment for the resident (F10)"))
        book.setAutoDefault(False)
        return book

    def _enroll_button(self) -> KeyButton:
        """报名… beside 预约… (the page's F11 does the same)."""
        enroll = KeyButton(self.tr("Enroll…"), "F11")
        enroll.setObjectName("checkinEnroll")
        enroll.setToolTip(self.tr("Enroll the resident in a course or event (F11)"))
        enroll.setAutoDefault(False)
        return enroll

    # -- showing ------------------------------------------------------------------------------------------------
    @property
    def resident_id(self) -> int | None:
        return self.card.resident_id if self.card else None

    def show_card(self, card: ResidentCard | None) -> None:
        self.card = card
        if card is None:
            self.stack.setCurrentIndex(0)
            return
        self.name.setText(card.name)
        self._show_state(card)
        self.facts.setText(self._facts(card))
        self.id_number.setText(card.id_masked or "—")
        self.phone.setText(card.phone_masked or "—")
        self.emergency.setText(self._emergency(card))
        self._show_alerts(card.alerts)
        self.today.setText(self._today(card))
        self.offer.show_offer(next((item for item in card.agenda if item.source == OFFER_SOURCE), None))
        self.stack.setCurrentIndex(1)

    def _show_state(self, card: ResidentCard) -> None:
        open_visit = next((v for v in card.today_visits if v.checked_out_at is None), None)
        if card.archived:
            self.state.set("warning", "refusal", self.tr("Record archived: cannot check in"))
        elif open_visit is not None:
            text = self.tr("In the building · queue number {queue} · since {time}").format(
                queue=words.queue_text(open_visit.queue_number), time=words.clock_text(open_visit.checked_in_at)
            )
            self.state.set("in", "check-circle", text)
        elif card.today_visits:
            last = card.today_visits[-1]
            assert last.checked_out_at is not None
            text = self.tr("Came today, checked out at {time}").format(time=words.clock_text(last.checked_out_at))
            self.state.set("info", "info", text)
        else:
            self.state.set("info", "info", self.tr("Not checked in today"))

    def _facts(self, card: ResidentCard) -> str:
        parts = [words.gender_text(card.gender)]
        if card.age is not None:
            parts.append(self.tr("{age} years").format(age=card.age))
        place = card.community or ""
        if card.building and card.unit and card.room:
            home = self.tr("building {building}, unit {unit}, room {room}").format(
                building=card.building, unit=card.unit, room=card.room
            )
            place = f"{place} {home}".strip()
        parts.append(place)
        return " · ".join(part for part in parts if part)

    def _emergency(self, card: ResidentCard) -> str:
        if not card.emergency_name:
            return "—"
        text = card.emergency_name
        if card.emergency_relation:
            text = self.tr("{name} ({relation})").format(name=text, relation=card.emergency_relation)
        if card.emergency_phone_masked:
            text += "  " + card.emergency_phone_masked
        return text

    def _show_alerts(self, alerts: tuple[Alert, ...]) -> None:
        """Amber and red alerts one per row (reusing the rows: the card changes at every keystroke); the
        information-level ones together on one line."""
        severe = [alert for alert in alerts if int(alert.severity) >= words.ATTENTION]
        while len(self._chips) < len(severe):
            chip = Chip("alertRow")
            self.alerts.addWidget(chip)
            self._chips.append(chip)
        for chip, alert in zip(self._chips, severe, strict=False):
            kind = "warning" if int(alert.severity) >= words.WARNING else "attention"
            chip.set(kind, "attention", words.alert_text(alert))
        for index, chip in enumerate(self._chips):
            chip.setVisible(index < len(severe))
        notes = [words.alert_text(alert) for alert in alerts if int(alert.severity) < words.ATTENTION]
        self.notes.set("info", "info", " · ".join(notes))
        self.notes.setVisible(bool(notes))

    def alert_texts(self) -> list[str]:
        """The amber and red alerts shown, in order (for tests and screen readers)."""
        return [chip.text.text() for chip in self._chips if not chip.isHidden()]

    def _today(self, card: ResidentCard) -> str:
        lines = []
        for item in card.agenda:
            if item.source == OFFER_SOURCE:  # not booked yet: said as an offer, apart from the appointments
                lines.append(words.offer_text(item.title, item.starts_at))
                continue
            if item.source == CLASS_PLACE_SOURCE:  # 候补转正: news, not today's plan; the time is the next session's
                lines.append(words.class_place_text(item.title, item.starts_at, item.place))
                continue
            line = f"{words.clock_text(item.starts_at)}  {item.title}"
            if item.place:
                line += self.tr(" ({place})").format(place=item.place)
            if item.arrived:
                line += " · " + self.tr("arrived")
            lines.append(line)
        for visit in card.today_visits:
            line = self.tr("No. {queue} · in {time} · {purpose}").format(
                queue=words.queue_text(visit.queue_number),
                time=words.clock_text(visit.checked_in_at),
                purpose=words.purpose_text(str(visit.purpose)),
            )
            if visit.checked_out_at is not None:
                line += " · " + self.tr("out {time}").format(time=words.clock_text(visit.checked_out_at))
            lines.append(line)
        return "\n".join(lines) if lines else self.tr("No visits, appointments or classes yet today.")
