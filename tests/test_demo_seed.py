"""Demo data: realistic enough to show every screen, deterministic, and refusing to touch a real register."""

from __future__ import annotations

import re
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Row, Select, func, select

from frontdesk import paths
from frontdesk.core import idnumber
from frontdesk.core.db import Database
from frontdesk.core.db.migrate import ensure_schema
from frontdesk.core.demo import SeedSummary, names, seed_database
from frontdesk.core.models import Partner, PartnerKind, Resident, Role, Room, Staff, Visit

TODAY = date(2026, 6, 17)  # a Wednesday, away from holidays
NOW = datetime.combine(TODAY, time(10, 30))
RESIDENTS, DAYS, PER_DAY = 400, 14, 60
COMPOUND_SURNAMES = tuple(s for s, _ in names.SURNAMES if len(s) == 2)


def _seeded(path: Path, **kwargs: object) -> tuple[Database, SeedSummary]:
    db = Database(path)
    ensure_schema(db)
    args: dict[str, object] = {"residents": RESIDENTS, "days": DAYS, "today": TODAY, "visits_per_day": PER_DAY}
    return db, seed_database(db, **{**args, **kwargs})


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, SeedSummary]]:
    db, summary = _seeded(tmp_path_factory.mktemp("demo") / "demo.sqlite3")
    yield db, summary
    db.dispose()


def _rows(db: Database, statement: Select) -> list[Row]:
    """Plain rows (the read session expires ORM objects when it ends)."""
    with db.read() as session:
        return list(session.execute(statement))


@pytest.fixture(scope="module")
def residents(seeded: tuple[Database, SeedSummary]) -> list[Row]:
    return _rows(seeded[0], select(Resident.__table__).order_by(Resident.id))


@pytest.fixture(scope="module")
def visits(seeded: tuple[Database, SeedSummary]) -> list[Row]:
    return _rows(seeded[0], select(Visit.__table__).order_by(Visit.visit_date, Visit.queue_number))


def _age(born: date) -> int:
    return TODAY.year - born.year - ((TODAY.month, TODAY.day) < (born.month, born.day))


def _surname(name: str) -> str:
    return name[:2] if name.startswith(COMPOUND_SURNAMES) else name[0]


# -- residents ----------------------------------------------------------------------------------------------------


def test_summary_counts_match_the_tables(seeded: tuple[Database, SeedSummary], visits: list[Row]) -> None:
    db, summary = seeded
    with db.read() as session:
        count = lambda model: session.scalar(select(func.count()).select_from(model))  # noqa: E731
        assert summary.residents == count(Resident) == RESIDENTS
        assert (summary.staff, summary.partners, summary.rooms) == (count(Staff), count(Partner), count(Room))
    assert summary.visits == len(visits) > 0
    assert summary.seconds > 0


def test_id_numbers_are_valid_unique_and_match_birth_date_and_sex(residents: list[Row]) -> None:
    numbers = [r.id_number for r in residents if r.id_number]
    assert len(numbers) == len(set(numbers))
    assert 0.9 <= len(numbers) / len(residents) < 1.0  # a few did not bring their card
    for resident in residents:
        if resident.id_number:
            info = idnumber.parse(resident.id_number, today=TODAY)
            assert info.number == resident.id_number
            assert (info.birth_date, info.gender) == (resident.birth_date, resident.gender)
            assert info.region[:2] in ("14", "13", "15")  # Shanxi, Hebei, Inner Mongolia


def test_ages_follow_a_pyramid_between_60_and_100(residents: list[Row]) -> None:
    ages = [_age(r.birth_date) for r in residents]
    assert min(ages) >= 60
    assert max(ages) <= 100
    sixties = sum(60 <= a < 70 for a in ages) / len(ages)
    assert 0.4 < sixties < 0.7
    assert sum(a >= 95 for a in ages) / len(ages) < 0.02


def test_surnames_follow_the_census(residents: list[Row]) -> None:
    counts = Counter(_surname(r.name) for r in residents)
    top = counts.most_common(10)
    assert top[0][0] in ("王", "李")
    assert 0.35 <= sum(n for _, n in top) / len(residents) <= 0.55
    assert len(counts) > 60  # a long tail


def test_names_include_heteronym_surnames_and_rare_characters(residents: list[Row]) -> None:
    surnames = {_surname(r.name) for r in residents}
    assert set(names.HETERONYM_SURNAMES) <= surnames
    given = {r.name[len(_surname(r.name)) :] for r in residents}
    assert set(names.RARE_GIVEN_NAMES) <= given
    assert all(1 <= len(g) <= 3 for g in given)
    assert sum(len(r.name) == 2 for r in residents) / len(residents) > 0.05  # one-character given names


def test_every_name_character_is_in_the_bundled_font(residents: list[Row]) -> None:
    from reportlab.pdfbase.ttfonts import TTFontFile

    covered = TTFontFile(str(paths.resource("fonts", "NotoSansSC-Regular.ttf"))).charToGlyph
    used = {ch for r in residents for ch in r.name + (r.emergency_name or "")}
    used |= {ch for surname, _ in names.SURNAMES for ch in surname}
    assert {ch for ch in used if ord(ch) not in covered} == set()


def test_phones(residents: list[Row]) -> None:
    mobile, landline = re.compile(r"1[3-9]\d{9}"), re.compile(r"0352-\d{7}")
    phones = [r.phone for r in residents]
    for phone in [*phones, *(r.phone2 for r in residents), *(r.emergency_phone for r in residents)]:
        assert phone is None or mobile.fullmatch(phone) or landline.fullmatch(phone), phone
    assert 0.75 <= sum(bool(p and mobile.fullmatch(p)) for p in phones) / len(phones) <= 0.95
    assert any(p and landline.fullmatch(p) for p in phones)
    assert 0 < phones.count(None) < 0.15 * len(phones)
    assert any(r.phone2 for r in residents)


def test_card_numbers_are_digits_and_unique(residents: list[Row]) -> None:
    cards = [r.card_number for r in residents if r.card_number]
    assert len(cards) == len(set(cards))
    assert all(re.fullmatch(r"\d{10}", c) for c in cards)
    assert 0.6 <= len(cards) / len(residents) <= 0.8


def test_flags_and_health_have_plausible_shares(residents: list[Row]) -> None:
    n = len(residents)
    share = lambda test: sum(1 for r in residents if test(r)) / n  # noqa: E731
    assert 0.06 <= share(lambda r: r.lives_alone) <= 0.2
    assert 0.2 <= share(lambda r: r.empty_nest) <= 0.4
    assert all(r.empty_nest for r in residents if r.lives_alone)
    assert 0.02 <= share(lambda r: r.disability == "semi") <= 0.12
    assert share(lambda r: r.disability == "full") <= 0.05
    assert share(lambda r: r.low_income) <= 0.1
    assert 0.3 <= share(lambda r: r.chronic_conditions and "高血压" in r.chronic_conditions) <= 0.75
    assert 0 < share(lambda r: r.allergies) < 0.15
    assert share(lambda r: r.mobility_aid == "wheelchair" and r.disability == "none") == 0
    assert 0.8 <= share(lambda r: r.emergency_name) <= 0.97
    assert all(bool(r.emergency_name) == bool(r.emergency_relation) == bool(r.emergency_phone) for r in residents)
    assert 0.8 <= share(lambda r: r.consent_date) < 1


def test_addresses_span_several_communities(residents: list[Row]) -> None:
    communities = Counter(r.community for r in residents)
    assert len(communities) >= 6
    assert max(communities.values()) < 0.3 * len(residents)
    for r in residents:
        assert r.address_detail
        assert (r.building is None) == (r.unit is None) == (r.room is None)


def test_archived_residents_have_a_reason_and_no_later_visits(residents: list[Row], visits: list[Row]) -> None:
    archived = {r.id: r for r in residents if r.archived_at}
    assert 0 < len(archived) <= 0.05 * len(residents)
    assert all(r.archive_reason in ("moved", "deceased", "other") and r.archive_note for r in archived.values())
    for visit in visits:
        if visit.resident_id in archived:
            assert visit.visit_date < archived[visit.resident_id].archived_at.date()


def test_staff_partners_and_rooms(seeded: tuple[Database, SeedSummary]) -> None:
    staff = _rows(seeded[0], select(Staff.__table__))
    partners = _rows(seeded[0], select(Partner.__table__))
    rooms = _rows(seeded[0], select(Room.__table__))
    roles = Counter(s.role for s in staff)
    assert roles[Role.MANAGER] == 1
    assert 3 <= roles[Role.FRONT_DESK] <= 4
    assert roles[Role.CARE] == 2
    assert all(s.password_hash.startswith("$argon2id$") for s in staff)  # demo2026, as the README says
    assert {p.kind for p in partners} == set(PartnerKind)
    assert all(p.contact_name and p.agreement_start and p.agreement_end for p in partners)
    assert any(not p.active and p.agreement_end < TODAY for p in partners)  # an agreement to renew
    assert all(p.active == (p.agreement_end >= TODAY) for p in partners)
    assert {"书法室", "舞蹈室", "康复理疗室", "多功能厅", "阅览室"} <= {r.name for r in rooms}
    assert all(r.floor and r.capacity > 0 for r in rooms)


# -- visits -------------------------------------------------------------------------------------------------------


def test_weekday_counts_are_near_visits_per_day(visits: list[Row]) -> None:
    per_day = Counter(v.visit_date for v in visits if v.visit_date < TODAY)
    weekdays = [n for day, n in per_day.items() if day.weekday() < 5]
    sundays = [n for day, n in per_day.items() if day.weekday() == 6]
    assert 0.8 * PER_DAY <= statistics.mean(weekdays) <= 1.2 * PER_DAY
    assert statistics.mean(sundays) < 0.7 * statistics.mean(weekdays)
    assert len(per_day) == DAYS - 1


def test_queue_numbers_are_contiguous_in_check_in_order(visits: list[Row]) -> None:
    days: dict[date, list[Row]] = defaultdict(list)
    for visit in visits:
        days[visit.visit_date].append(visit)
    for day_visits in days.values():
        assert [v.queue_number for v in day_visits] == list(range(1, len(day_visits) + 1))
        times = [v.checked_in_at for v in day_visits]
        assert times == sorted(times)


def test_visit_times_and_check_outs(visits: list[Row]) -> None:
    for visit in visits:
        assert visit.checked_in_at.date() == visit.visit_date
        assert time(8, 0) <= visit.checked_in_at.time() <= time(17, 30)
        if visit.visit_date < TODAY:
            assert visit.checked_out_at is not None  # past days are closed
        if visit.checked_out_at is not None:
            minutes = (visit.checked_out_at - visit.checked_in_at).total_seconds() / 60
            assert minutes >= 20 or visit.auto_checkout
            assert minutes <= 181 or visit.auto_checkout  # forgot to check out: closed at closing time
            assert visit.checked_out_at.time() <= time(17, 30)
            assert visit.visit_date < TODAY or visit.checked_out_at <= NOW
        if visit.auto_checkout:
            assert visit.checked_out_at.time() == time(17, 30)  # by the closing-time job
    assert any(v.auto_checkout for v in visits)
    assert 0 < sum(v.companions > 0 for v in visits) < 0.2 * len(visits)
    purposes = Counter(v.purpose for v in visits)
    assert len(purposes) == 7
    assert purposes.most_common(1)[0][0] == "activity"
    mornings = sum(v.checked_in_at.hour < 12 for v in visits)
    assert mornings > 0.55 * len(visits)


def test_today_has_visitors_still_in_the_building(visits: list[Row]) -> None:
    today = [v for v in visits if v.visit_date == TODAY]
    assert all(v.checked_in_at <= NOW for v in today)
    open_visits = [v for v in today if v.checked_out_at is None]
    assert len(open_visits) >= 0.3 * len(today) > 0
    assert len({v.resident_id for v in open_visits}) == len(open_visits)  # at most one open visit each


def test_visits_are_by_front_desk_staff_and_after_registration(
    seeded: tuple[Database, SeedSummary], residents: list[Row], visits: list[Row]
) -> None:
    with seeded[0].read() as session:
        desk = set(session.scalars(select(Staff.id).where(Staff.role == Role.FRONT_DESK)))
    registered = {r.id: r.created_at.date() for r in residents}
    for visit in visits:
        assert visit.staff_id in desk
        assert visit.visit_date > registered[visit.resident_id]


def test_visiting_is_heavy_tailed(visits: list[Row]) -> None:
    per_resident = Counter(v.resident_id for v in visits)
    never = RESIDENTS - len(per_resident)
    assert never > 0.3 * RESIDENTS
    regulars = [n for n in per_resident.values() if n >= 0.7 * DAYS]
    assert regulars
    assert sum(n <= 2 for n in per_resident.values()) > len(regulars)


# -- the seed itself ----------------------------------------------------------------------------------------------


def test_same_seed_same_rows_other_seed_other_rows(tmp_path: Path) -> None:
    def rows(path: Path, seed: int) -> list[tuple]:
        db, _ = _seeded(path, residents=150, days=7, rng_seed=seed)
        with db.read() as session:
            conn = session.connection()
            result = [tuple(row) for row in conn.execute(select(Resident.__table__).order_by(Resident.id))]
            result += [tuple(row) for row in conn.execute(select(Visit.__table__).order_by(Visit.id))]
        db.dispose()
        return result

    first = rows(tmp_path / "a.sqlite3", 7)
    assert first == rows(tmp_path / "b.sqlite3", 7)
    assert first != rows(tmp_path / "c.sqlite3", 8)


def test_refuses_a_database_that_has_residents(seeded: tuple[Database, SeedSummary]) -> None:
    with pytest.raises(ValueError, match="already has residents"):
        seed_database(seeded[0], residents=10, days=1, today=TODAY)


def test_bad_arguments(db: Database) -> None:
    with pytest.raises(ValueError, match="negative"):
        seed_database(db, residents=-1, days=1, today=TODAY)
    with pytest.raises(ValueError, match="today"):
        seed_database(db, residents=10, days=1, today=TODAY, now=NOW - timedelta(days=1))


def test_lone_regulars_who_stopped_coming_exist(db: Database) -> None:
    """The welfare watch looks for people living alone who came often and have not come for 10–30 days."""
    seed_database(db, residents=300, days=60, today=TODAY, visits_per_day=50)
    with db.read() as session:
        rows = session.execute(
            select(Visit.resident_id, func.count(), func.max(Visit.visit_date))
            .join(Resident, Resident.id == Visit.resident_id)
            .where(Resident.lives_alone, Resident.archived_at.is_(None))
            .group_by(Visit.resident_id)
        ).all()
    stopped = [r for r in rows if r[1] >= 10 and TODAY - timedelta(days=30) <= r[2] <= TODAY - timedelta(days=10)]
    assert stopped


def test_progress_and_clock(db: Database) -> None:
    calls: list[tuple[str, float]] = []
    late = datetime.combine(TODAY, time(18, 0))
    summary = seed_database(
        db, residents=80, days=3, today=TODAY, visits_per_day=15, now=late, progress=lambda s, f: calls.append((s, f))
    )
    fractions = [f for _, f in calls]
    assert fractions == sorted(fractions)
    assert fractions[0] == 0.0
    assert fractions[-1] == 1.0
    assert all(isinstance(stage, str) and stage for stage, _ in calls)
    with db.read() as session:
        still_in = session.scalar(select(func.count()).where(Visit.checked_out_at.is_(None)))
    assert still_in == 0  # after closing everyone has left (or was checked out by the closing job)
    assert summary.visits > 0


def test_zero_days_gives_a_register_without_visits(db: Database) -> None:
    summary = seed_database(db, residents=30, days=0, today=TODAY)
    assert (summary.residents, summary.visits) == (30, 0)


def test_new_rows_get_fresh_ids_after_seeding(any_db: Database) -> None:
    """Seeding writes ids explicitly; PostgreSQL's sequences must be moved past them."""
    seed_database(any_db, residents=40, days=2, today=TODAY, visits_per_day=10)
    with any_db.write() as session:
        resident = Resident(name="测试", gender="U")
        staff = Staff(username="newcomer", display_name="新同事")
        session.add_all([resident, staff])
        session.flush()
        assert resident.id == 41
        assert staff.id == 8


def test_no_visits_per_day_means_no_visits(db: Database) -> None:
    summary = seed_database(db, residents=200, days=40, today=TODAY, visits_per_day=0)
    assert (summary.residents, summary.visits) == (200, 0)


def test_demo_staff_sign_in_with_the_readme_password(tmp_path) -> None:
    from frontdesk.core.db import Database
    from frontdesk.core.db.migrate import ensure_schema
    from frontdesk.core.demo import seed_database
    from frontdesk.core.demo.catalog import DEMO_PASSWORD
    from frontdesk.core.models import Role
    from frontdesk.core.services.staff import StaffService

    db = Database(tmp_path / "demo.sqlite3")
    ensure_schema(db)
    seed_database(db, residents=30, days=1, today=date(2026, 11, 28))
    staff = StaffService(db, lambda: datetime(2026, 11, 28, 9, 0))
    assert not staff.needs_first_manager()
    assert staff.sign_in("wangjing", DEMO_PASSWORD).role is Role.MANAGER
    assert staff.sign_in("liuyan", DEMO_PASSWORD).role is Role.FRONT_DESK
    db.dispose()


def test_the_seeding_is_in_the_audit_log_as_the_program_not_a_person(seeded: tuple[Database, SeedSummary]) -> None:
    from frontdesk.core.audit import verify_chain
    from frontdesk.core.models import AuditEntry

    db, summary = seeded
    with db.read() as session:
        entries = session.scalars(select(AuditEntry)).all()
        assert [(e.action, e.staff_id) for e in entries] == [("demo.seed", None)]
        assert entries[0].details["residents"] == summary.residents
        assert verify_chain(session).ok
