"""Migrations: the models and the scripts agree, and every released schema upgrades to head with nothing lost."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, select
from sqlalchemy.exc import IntegrityError

from frontdesk.core.db import Database
from frontdesk.core.db.migrate import HEAD_REVISION, current_revision, ensure_schema, head_of_scripts, upgrade
from frontdesk.core.errors import EnvironmentProblem, ProblemKind
from frontdesk.core.models import Base, Resident, Visit

FIXTURES = Path(__file__).parent / "fixtures" / "databases"
SAVED = sorted(FIXTURES.glob("rev_*.sqlite3"))


def test_head_constant_matches_the_scripts() -> None:
    assert head_of_scripts() == HEAD_REVISION


def test_models_and_migrations_agree(any_db: Database) -> None:
    with any_db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    assert diff == []


def test_new_database_is_created_at_head(db_path: Path) -> None:
    db = Database(db_path)
    result = ensure_schema(db)
    assert (result.before, result.after, result.backup) == (None, HEAD_REVISION, None)
    assert ensure_schema(db).changed is False
    db.dispose()


# Derived from other rows, and derived again by a revision whose rules for them changed (0008): not data to keep
# as it was. Their own upgrade test checks them (test_0008_…).
DERIVED = ("resident_search_key",)
DERIVED_COLUMNS = {("resident", "name_sort")}


def _dump(path: Path) -> dict[str, list[dict[str, object]]]:
    with sqlite3.connect(path) as conn:
        conn.row_factory = sqlite3.Row
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        dump = {}
        for table in tables:  # ordered by every column: some tables are WITHOUT ROWID
            rows = [dict(row) for row in conn.execute(f'SELECT * FROM "{table}"')]
            dump[table] = sorted(rows, key=lambda row: [(v is None, str(v)) for v in row.values()])
        return dump


def test_saved_databases_exist_for_every_released_revision() -> None:
    assert {p.stem.removeprefix("rev_") for p in SAVED} >= {HEAD_REVISION}


@pytest.mark.parametrize("saved", SAVED, ids=[p.stem for p in SAVED])
def test_saved_database_upgrades_without_loss(saved: Path, tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite3"
    shutil.copy(saved, path)
    before = _dump(path)
    assert sum(len(rows) for table, rows in before.items() if table != "alembic_version") > 10

    db = Database(path)
    result = ensure_schema(db, backup_dir=tmp_path / "backups")
    assert result.after == HEAD_REVISION
    if result.changed:
        assert result.backup is not None
        assert _dump(result.backup.path) == before  # the backup is the database as it was
    after = _dump(path)
    for table, rows in before.items():
        if table in ("alembic_version", *DERIVED):
            continue
        assert len(after[table]) == len(rows), table
        for old, new in zip(rows, after[table], strict=True):
            kept = {k: v for k, v in old.items() if (table, k) not in DERIVED_COLUMNS}
            assert {k: new[k] for k in kept} == kept, table  # every old value kept; new columns may be added
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    with db.read() as session:  # and the ORM reads it
        names = session.scalars(select(Resident.name).order_by(Resident.id)).all()
        assert "王秀兰" in names
    db.dispose()


def test_upgrade_backs_up_an_existing_database_first(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite3"
    shutil.copy(SAVED[0], path)
    db = Database(path)
    result = upgrade(db, before=current_revision(db), backup_dir=tmp_path / "bk", now=datetime(2026, 11, 28, 7, 30))
    assert result.backup is not None
    assert result.backup.path.name.startswith("desk-20261128-073000-before-upgrade-from-")
    assert result.backup.integrity == "ok"
    assert _dump(result.backup.path) == _dump(SAVED[0])  # the database as it was before the upgrade
    db.dispose()


def test_database_from_a_newer_program_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    shutil.copy(SAVED[-1], path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    before = _dump(path)
    db = Database(path)
    with pytest.raises(EnvironmentProblem) as caught:
        ensure_schema(db, backup_dir=tmp_path / "bk")
    assert caught.value.kind is ProblemKind.TOO_NEW
    db.dispose()
    assert _dump(path) == before
    assert not (tmp_path / "bk").exists()


def test_migrated_schema_enforces_one_open_visit_per_resident(any_db: Database) -> None:
    with any_db.write() as session:
        resident = Resident(name="王秀兰")
        session.add(resident)
        session.flush()
        at = datetime(2026, 11, 28, 9, 0)
        session.add(Visit(resident_id=resident.id, visit_date=date(2026, 11, 28), queue_number=1, checked_in_at=at))
    with pytest.raises(IntegrityError), any_db.write() as session:
        session.add(Visit(resident_id=resident.id, visit_date=date(2026, 11, 28), queue_number=2, checked_in_at=at))


def test_chinese_text_round_trips(any_db: Database) -> None:
    names = ["王秀兰", "单䶮", "曾𬌗", "覃喆", "朴堃", "解昇"]
    with any_db.write() as session:
        session.add_all(Resident(name=n) for n in names)
    with any_db.read() as session:
        assert session.scalars(select(Resident.name).order_by(Resident.id)).all() == names
    with any_db.engine.connect() as conn:
        assert "resident" in inspect(conn).get_table_names()


def test_0007_keeps_old_entries_verifying_by_their_label_and_reads_sealed_ones(tmp_path: Path) -> None:
    """Entries from before 0007 get their actor label and still verify, even once a staff row they name is gone;
    the saved 0007 database's sealed edit reads back with 王秀兰's key."""
    from frontdesk.core import sealing
    from frontdesk.core.audit import verify_chain
    from frontdesk.core.models import AuditEntry, Staff

    path = tmp_path / "desk.sqlite3"
    shutil.copy(FIXTURES / "rev_0006.sqlite3", path)
    with sqlite3.connect(path) as conn:  # a merge of a resident anonymised under 0006 still held the moved ID
        conn.execute('UPDATE resident_merge SET moved_unique = \'{"id_number": "140213194503081023"}\'')
        conn.execute("UPDATE resident SET anonymised_at = '2026-11-28 12:00:00' WHERE id = 4")
    db = Database(path)
    ensure_schema(db)
    with db.read() as session:
        entries = session.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
        assert [(e.actor, e.hash_version) for e in entries] == [("staff:2", 1), ("staff:1", 1)]
        assert verify_chain(session).ok
    with db.write() as session:
        session.execute(Staff.__table__.delete().where(Staff.id == 1))  # the merge's staff row goes: SET NULL
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT moved_unique FROM resident_merge").fetchone()[0] == "{}"
        assert conn.execute("SELECT staff_id FROM audit_entry WHERE id = 2").fetchone()[0] is None
    with db.read() as session:
        assert verify_chain(session).ok
    db.dispose()

    path = tmp_path / "desk7.sqlite3"
    shutil.copy(FIXTURES / "rev_0007.sqlite3", path)
    db = Database(path)
    ensure_schema(db)
    with db.read() as session:
        assert verify_chain(session).ok
        edit = session.scalars(select(AuditEntry).where(AuditEntry.hash_version == 2)).one()
        key = sealing.keys_for(session, {1})[1]
        assert sealing.unseal(edit.details, key, 1)["after"] == {"allergies": "青霉素、磺胺过敏"}
        assert sealing.unseal(edit.details, None, 1)["after"] == {"allergies": sealing.ERASED}
    db.dispose()


def test_0008_derives_every_resident_s_search_keys_again_by_the_usual_reading(tmp_path: Path) -> None:
    """The saved 0007 database upgraded: its residents are found by mixed pinyin, and the rare readings of their
    names' heteronyms are kept under kinds of their own, ranked after the usual reading."""
    path = tmp_path / "desk.sqlite3"
    shutil.copy(FIXTURES / "rev_0007.sqlite3", path)
    with sqlite3.connect(path) as conn:
        names = dict(conn.execute("SELECT id, name FROM resident"))
        old_kinds = {kind for (kind,) in conn.execute("SELECT DISTINCT kind FROM resident_search_key")}
    assert "m" not in old_kinds  # no mixed pinyin before
    db = Database(path)
    ensure_schema(db, backup_dir=tmp_path / "backups")
    db.dispose()
    with sqlite3.connect(path) as conn:
        keys = {
            (rid, kind, key)
            for key, kind, rid in conn.execute("SELECT key, kind, resident_id FROM resident_search_key")
        }
    wang = next(rid for rid, name in names.items() if name == "王秀兰")
    assert {(wang, "m", "wangxl"), (wang, "m", "wxiul"), (wang, "i", "wxl"), (wang, "p", "wangxiulan")} <= keys
    shan = next(rid for rid, name in names.items() if name.startswith("单"))
    shan_kinds = {(kind, key[:4]) for rid, kind, key in keys if rid == shan}
    assert ("p", "shan") in shan_kinds  # 单 read as a surname first…
    assert ("pr", "dany") in shan_kinds  # …and as dan after
    assert {rid for rid, _, _ in keys} == set(names)  # every resident has keys again


def test_0009_adds_the_retired_cards_and_an_upgraded_desk_refuses_an_old_card(tmp_path: Path) -> None:
    from actors import TEST_DESK
    from frontdesk.core.models import RetiredCard
    from frontdesk.core.services.lookup import LookupService, ScanRefusal

    path = tmp_path / "desk.sqlite3"
    shutil.copy(FIXTURES / "rev_0008.sqlite3", path)
    db = Database(path)
    assert ensure_schema(db, backup_dir=tmp_path / "backups").after == HEAD_REVISION
    with db.read() as session:
        assert session.scalars(select(RetiredCard)).all() == []  # nothing retired before the program could
    db.dispose()
    shutil.copy(FIXTURES / "rev_0009.sqlite3", path)  # a 0009 desk where 王秀兰's card was replaced
    db = Database(path)
    ensure_schema(db, backup_dir=tmp_path / "backups")
    lookup = LookupService(db, lambda: datetime(2026, 12, 1, 9, 0))
    assert lookup.resolve_scan("1000000001", actor=TEST_DESK).refusal is ScanRefusal.REPLACED_CARD
    assert lookup.resolve_scan("1000000002", actor=TEST_DESK).resident_id == 1
    db.dispose()


def test_0010_adds_the_care_station_and_keeps_its_rows_on_the_next_start(tmp_path: Path) -> None:
    from frontdesk.core.models import Appointment, AppointmentStatus, ProviderHours, VitalReading

    path = tmp_path / "desk.sqlite3"
    shutil.copy(FIXTURES / "rev_0009.sqlite3", path)
    db = Database(path)
    assert ensure_schema(db, backup_dir=tmp_path / "backups").after == HEAD_REVISION
    with db.read() as session:
        assert session.scalars(select(Appointment)).all() == []  # nothing booked before the program could
    db.dispose()
    shutil.copy(FIXTURES / "rev_0010.sqlite3", path)  # a 0010 desk with the station in use
    db = Database(path)
    ensure_schema(db, backup_dir=tmp_path / "backups")
    with db.read() as session:
        statuses = session.scalars(select(Appointment.status).order_by(Appointment.id)).all()
        assert statuses == [AppointmentStatus.COMPLETED, AppointmentStatus.CANCELLED, AppointmentStatus.BOOKED]
        hours = session.scalars(select(ProviderHours).order_by(ProviderHours.id)).all()
        assert [(h.weekday, h.starts.isoformat(), h.ends.isoformat()) for h in hours][:2] == [
            (1, "08:30:00", "11:30:00"),
            (1, "14:00:00", "16:30:00"),
        ]
        reading = session.scalars(select(VitalReading)).one()
        assert (reading.systolic, reading.diastolic, reading.glucose_mmol, reading.fasting) == (146, 92, 6.1, True)
    db.dispose()


def test_0011_adds_classes_and_room_bookings_and_keeps_their_rows_on_the_next_start(tmp_path: Path) -> None:
    from frontdesk.core.models import (
        Attendance,
        ClassSession,
        Course,
        Enrollment,
        EnrollmentStatus,
        Room,
        RoomBooking,
        SessionStatus,
    )

    path = tmp_path / "desk.sqlite3"
    shutil.copy(FIXTURES / "rev_0010.sqlite3", path)
    db = Database(path)
    assert ensure_schema(db, backup_dir=tmp_path / "backups").after == HEAD_REVISION
    with db.read() as session:
        rooms = session.scalars(select(Room).order_by(Room.id)).all()
        assert [(r.name, r.capacity, r.step_free, r.opens) for r in rooms] == [
            ("书法室", 24, False, None),
            ("舞蹈室", 30, False, None),
        ]  # the rooms kept, with the new columns' defaults
        assert session.scalars(select(Course)).all() == []
    db.dispose()
    shutil.copy(FIXTURES / "rev_0011.sqlite3", path)  # a 0011 desk with a term under way
    db = Database(path)
    ensure_schema(db, backup_dir=tmp_path / "backups")
    with db.read() as session:
        sessions = session.scalars(select(ClassSession).order_by(ClassSession.id)).all()
        assert [(s.day.isoformat(), s.status) for s in sessions] == [
            ("2026-12-01", SessionStatus.SCHEDULED),
            ("2026-12-03", SessionStatus.CANCELLED),
            ("2026-12-08", SessionStatus.SCHEDULED),
        ]
        enrollments = session.scalars(select(Enrollment).order_by(Enrollment.id)).all()
        assert [(e.resident_id, e.status, e.companions) for e in enrollments] == [
            (1, EnrollmentStatus.ENROLLED, 1),
            (2, EnrollmentStatus.WAITING, 0),
        ]
        assert session.scalars(select(Attendance.resident_id)).all() == [1]
        booking = session.scalars(select(RoomBooking)).one()
        assert (booking.setup_min, booking.cleanup_min, booking.expected) == (30, 15, 40)
        assert session.get(Room, 1).step_free is True
    db.dispose()
