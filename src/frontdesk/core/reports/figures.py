"""The figures a report holds, as plain frozen data: the dashboard, the monthly report (月报), a partner's record.

Every count says what it counts: ``people`` (人数: different residents) or ``visits`` (人次: check-ins, attendances,
appointments — one person twice is two). Ages are taken at the report date (the last day of the period), so a
resident who turns 80 during the month is in 80–89. Archived residents' past visits count; their rows are not
erased by archiving. Keys are machine values (a purpose's value, an age band's key, a community's name); the
printing module and the UI give them words.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

AGE_BANDS: tuple[tuple[str, int, int | None], ...] = (
    ("under_60", 0, 59),
    ("60_69", 60, 69),
    ("70_79", 70, 79),
    ("80_89", 80, 89),
    ("90_plus", 90, None),
    ("unknown", -1, -1),  # no birth date on file
)
# Living situations (居住与照护情况) a resident can be counted under; one resident may be under several.
SITUATIONS: tuple[str, ...] = ("lives_alone", "empty_nest", "semi_disabled", "disabled", "low_income", "none")


@dataclass(frozen=True)
class Period:
    """The days a report covers, both ends included, and optionally one community (社区) only."""

    first_day: date
    last_day: date
    community: str | None = None

    def __post_init__(self) -> None:
        if self.last_day < self.first_day:
            raise ValueError("a period ends on or after its first day")

    @property
    def days(self) -> int:
        return (self.last_day - self.first_day).days + 1


@dataclass(frozen=True)
class Tally:
    """People (人数) and visits (人次) of one group: ``key`` is the group (a purpose, an age band, a community)."""

    key: str
    people: int
    visits: int


@dataclass(frozen=True)
class DayTally:
    day: date
    people: int
    visits: int


@dataclass(frozen=True)
class HourTally:
    hour: int  # 0–23, by check-in time
    visits: int


@dataclass(frozen=True)
class CourseLine:
    """One course (or event) over the period: its sessions held and who came."""

    course_id: int
    title: str
    category: str  # CourseCategory value
    kind: str  # CourseKind value: "course" or "event"
    partner: str | None
    sessions_held: int  # scheduled sessions in the period not cancelled, up to the report's day
    sessions_cancelled: int
    enrolled: int  # people enrolled (status enrolled) at the period's end
    attendances: int  # 人次: marks of presence, companions not included
    companions: int  # family members who came along (events)
    people: int  # 人数: different residents present at least once
    expected: int  # enrolled places expected over the sessions held (the attendance rate's denominator)

    @property
    def rate(self) -> float | None:
        """Attendance rate: attendances / expected, ``None`` when nothing was expected."""
        return self.attendances / self.expected if self.expected else None


@dataclass(frozen=True)
class CareLine:
    """One care-station service (血压血糖, 理疗…) over the period."""

    service_id: int
    name: str
    partner: str | None
    completed: int  # 人次: appointments completed (walk-ins included)
    people: int  # 人数: different residents served
    no_shows: int
    cancelled: int
    walk_ins: int
    minutes: int  # service time delivered: the completed appointments' length


@dataclass(frozen=True)
class AppointmentTally:
    booked: int  # every appointment of the period that was not cancelled
    completed: int
    no_shows: int
    cancelled: int
    open: int  # still booked, arrived or in service (today or later)


@dataclass(frozen=True)
class TrainingLine:
    """A vocational course's outcomes (职业技能培训): enrolled, finished (结业), employed (已就业)."""

    course_id: int
    title: str
    partner: str | None
    enrolled: int
    completed: int
    employed: int


@dataclass(frozen=True)
class PartnerLine:
    """A partner's contribution over the period (the monthly report's 合伙人贡献 table)."""

    partner_id: int
    name: str
    kind: str  # PartnerKind value
    sessions: int  # class and event sessions held
    care_completed: int  # care appointments completed
    people: int  # 人数: different residents served by classes or care
    visits: int  # 人次: attendances + completed appointments
    hours: float  # service hours: session hours + completed appointments' hours


@dataclass(frozen=True)
class DashboardFigures:
    """The 统计 page: today and the chosen period at a glance."""

    period: Period
    today: date
    made_at: datetime
    today_by_hour: tuple[HourTally, ...]  # visits per hour today (every hour the center was open, zeros kept)
    today_total: Tally  # key "today"
    in_building: int  # people in the building now (open visits)
    total: Tally  # key "period": people and visits over the period
    by_day: tuple[DayTally, ...]  # every day of the period, zeros kept
    by_purpose: tuple[Tally, ...]  # VisitPurpose values, every purpose, zeros kept
    by_age_band: tuple[Tally, ...]  # AGE_BANDS keys at period.last_day, every band, zeros kept
    by_community: tuple[Tally, ...]  # largest first; residents without a community under key ""
    by_situation: tuple[Tally, ...]  # SITUATIONS keys, every one, zeros kept
    classes: tuple[CourseLine, ...]  # courses with a session in the period, highest attendance first
    appointments: AppointmentTally
    welfare_open: int  # residents on the welfare-watch list now (关怀提醒: living alone, usually come, not seen)
    new_residents: int  # registered in the period


@dataclass(frozen=True)
class MonthlyReport:
    """月报: one calendar month (optionally one community), for the manager, the sub-district and 民政."""

    period: Period
    center_name: str
    made_at: datetime
    made_by: str  # who made it (填报人 is left to sign by hand; this is who pressed the button)
    total: Tally  # key "month"
    by_day: tuple[DayTally, ...]
    by_purpose: tuple[Tally, ...]
    by_age_band: tuple[Tally, ...]
    by_community: tuple[Tally, ...]
    by_situation: tuple[Tally, ...]
    new_residents: int  # registered in the month
    archived_residents: int  # archived in the month (moved, deceased…)
    residents_on_file: int  # not archived at the month's end
    classes: tuple[CourseLine, ...]  # courses (kind "course") with a session in the month
    events: tuple[CourseLine, ...]  # events (kind "event") held in the month
    care: tuple[CareLine, ...]  # every care service with anything in the month
    appointments: AppointmentTally
    partners: tuple[PartnerLine, ...]  # partners with anything in the month, largest contribution first
    training: tuple[TrainingLine, ...]  # vocational courses (category "vocational") running in the month
    welfare_open: int  # at the month's end, or now for the running month


@dataclass(frozen=True)
class PartnerCourse:
    course_id: int
    title: str
    kind: str
    sessions: int
    people: int
    attendances: int
    hours: float


@dataclass(frozen=True)
class PartnerCare:
    service_id: int
    name: str
    completed: int
    people: int
    hours: float


@dataclass(frozen=True)
class PartnerRecord:
    """社区合伙人 record of one partner over a period: what they ran, whom they served, their agreement."""

    partner_id: int
    name: str
    kind: str  # PartnerKind value
    services: str | None  # what they offer, as registered
    contact_name: str | None
    contact_phone: str | None  # a partner's contact: not a resident's, shown in full
    active: bool
    agreement_start: date | None
    agreement_end: date | None
    renewal_due: bool  # the agreement ends within RENEWAL_NOTICE_DAYS of the period's end, or has ended
    period: Period
    courses: tuple[PartnerCourse, ...]
    care: tuple[PartnerCare, ...]
    people: int  # 人数: different residents served by any of it
    visits: int  # 人次: attendances + completed appointments
    hours: float  # service hours


RENEWAL_NOTICE_DAYS = 60
