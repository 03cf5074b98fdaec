"""Erasure that erases (PIPL): after anonymisation the person is in no byte of the database file, its WAL or a
backup taken afterwards — in UTF-8 or as JSON's \\uXXXX escapes — and the audit chain still verifies."""

from __future__ import annotations

import json
import shutil
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import inspect, select, text, update

from actors import TEST_ACTOR
from clocks import SettableClock
from frontdesk.core import sealing
from frontdesk.core.audit import REDACTED, verify_chain
from frontdesk.core.db import Database
from frontdesk.core.db.backups import BackupManager
from frontdesk.core.db.migrate import ensure_schema
from frontdesk.core.errors import RuleViolation
from frontdesk.core.models import ArchiveReason, AuditEntry, ResidentKey, ResidentMerge
from frontdesk.core.services.audit_log import AuditFilter, AuditLogService
from frontdesk.core.services.privacy import PrivacyService
from frontdesk.core.services.residents import ResidentService
from frontdesk.core.services.staff import StaffService
from frontdesk.core.services.visits import VisitService
from frontdesk.core.validation import ResidentInput

FIXTURES = Path(__file__).parent / "fixtures" / "databases"
START = datetime(2026, 11, 28, 9, 0)
PERSON = {  # what identifies 欧阳秀英, each looked for in every form it may be stored in
    "name": "欧阳秀英",
    "id_number": "11010519491231002X",
    "id_masked": "1101**********002X",
    "phone": "13912345678",
    "phone_masked": "139****5678",
    "phone2": "13600002468",
    "emergency_phone": "13700007777",
    "emergency_name": "欧阳明",
    "address": "幸福路88号",
    "new_address": "和平街9号",
    "allergies": "青霉素过敏",
    "card_number": "1000000009",
    "pinyin": "ouyang",
}


def forms(value: str) -> list[bytes]:
    """The bytes ``value`` may be stored as: UTF-8, and JSON's ASCII escapes (\\u6b27…)."""
    return sorted({value.encode("utf-8"), json.dumps(value)[1:-1].encode("ascii")})


def found_in(data: bytes) -> list[str]:
    return [key for key, value in PERSON.items() if any(form in data for form in forms(value))]


def file_bytes(path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in (path, path.with_name(path.name + "-wal")) if p.exists())


def live_a_life(db: Database, clock: SettableClock) -> tuple[int, int]:
    """Registered twice, merged, edited, ID shown, consent form printed, checked in and out, archived."""
    residents, visits = ResidentService(db, clock), VisitService(db, clock)
    kept = residents.create(
        ResidentInput(name=PERSON["name"], gender="F", birth_date=date(1949, 12, 31), phone=PERSON["phone"],
                      building="3", unit="2", room="401", address_detail=PERSON["address"],
                      emergency_name=PERSON["emergency_name"], emergency_relation="儿子",
                      emergency_phone=PERSON["emergency_phone"], allergies=PERSON["allergies"], notes="爱下象棋"),
        actor=TEST_ACTOR,
    )  # fmt: skip
    duplicate = residents.create(
        ResidentInput(name=PERSON["name"], gender="F", id_number=PERSON["id_number"], phone2=PERSON["phone2"],
                      card_number=PERSON["card_number"]),
        actor=TEST_ACTOR, allow_duplicate=True,
    )  # fmt: skip
    clock.advance(minutes=5)
    merge = residents.merge(kept, duplicate, actor=TEST_ACTOR)
    form = residents.form_data(kept, actor=TEST_ACTOR).values
    moved = ResidentInput(**{**form.__dict__, "address_detail": PERSON["new_address"]})
    residents.update(kept, moved, actor=TEST_ACTOR, allow_duplicate=True)  # the merged record shares a phone
    assert residents.reveal_id_number(kept, actor=TEST_ACTOR) == PERSON["id_number"]
    PrivacyService(db, clock).consent_form(TEST_ACTOR, kept)
    visits.check_in(kept, actor=TEST_ACTOR)
    clock.advance(minutes=30)
    visits.check_out(kept, actor=TEST_ACTOR)
    residents.archive(kept, ArchiveReason.MOVED, note="搬去女儿家", actor=TEST_ACTOR)
    return kept, merge.merge_id


def anonymise(db: Database, clock: SettableClock) -> None:
    clock.advance(days=400)
    assert PrivacyService(db, clock).anonymise_expired(TEST_ACTOR, retention_days=365) == 2  # and the duplicate


def test_nothing_identifies_the_person_in_the_file_its_wal_or_a_later_backup(db: Database, db_path: Path,
                                                                              tmp_path: Path) -> None:  # fmt: skip
    clock = SettableClock(START)
    _, merge_id = live_a_life(db, clock)
    before = found_in(file_bytes(db_path))
    assert {"name", "phone", "address", "allergies", "id_number"} <= set(before)  # the search can find them
    with db.read() as session:
        assert session.get(ResidentMerge, merge_id).moved_unique["id_number"] == PERSON["id_number"]

    anonymise(db, clock)
    backup = BackupManager(db_path, tmp_path / "backups", clock).take("manual")

    assert found_in(file_bytes(db_path)) == []
    assert found_in(backup.path.read_bytes()) == []
    with db.read() as session:
        assert verify_chain(session).ok
        assert session.scalars(select(ResidentKey)).all() == []
        assert session.get(ResidentMerge, merge_id).moved_unique == {}
    with pytest.raises(RuleViolation, match="merge_undo_anonymised"):
        ResidentService(db, clock).undo_merge(merge_id, actor=TEST_ACTOR)


def test_the_log_shows_erased_values_as_erased(db: Database) -> None:
    clock = SettableClock(START)
    live_a_life(db, clock)
    service = AuditLogService(db, clock)
    update_row = service.browse(TEST_ACTOR, AuditFilter(action="resident.update"))[0]
    assert update_row.details["after"]["address_detail"] == PERSON["new_address"]  # readable while the key exists
    anonymise(db, clock)
    update_row = service.browse(TEST_ACTOR, AuditFilter(action="resident.update"))[0]
    assert update_row.details == {"before": {"address_detail": sealing.ERASED},
                                  "after": {"address_detail": sealing.ERASED}}  # fmt: skip
    assert service.browse(TEST_ACTOR, AuditFilter(text="幸福路")) == []


@pytest.mark.postgres
def test_nothing_identifies_the_person_in_any_row_on_postgresql(pg_database_url) -> None:
    db = Database(pg_database_url)
    ensure_schema(db)
    try:
        clock = SettableClock(START)
        live_a_life(db, clock)
        assert {"name", "phone", "new_address"} <= set(found_in(_all_rows(db)))
        anonymise(db, clock)
        assert found_in(_all_rows(db)) == []
        with db.read() as session:
            assert verify_chain(session).ok
    finally:
        db.dispose()


def _all_rows(db: Database) -> bytes:
    """Every row of every table, as PostgreSQL writes it in JSON (Chinese as is) — and the JSON columns' own text."""
    with db.engine.connect() as conn:
        tables = inspect(conn).get_table_names()
        return b"\n".join(
            str(row[0]).encode("utf-8") for table in tables
            for row in conn.execute(text(f'SELECT row_to_json(t)::text FROM "{table}" t'))
        )  # fmt: skip


def test_a_database_from_before_sealing_is_erased_too(tmp_path: Path) -> None:
    """Entries written before revision 0007 hold values in clear: anonymisation redacts them, and the chain still
    verifies — but not if a redacted entry is then edited."""
    path = tmp_path / "desk.sqlite3"
    shutil.copy(FIXTURES / "rev_0006.sqlite3", path)
    db = Database(path)
    ensure_schema(db)
    clock = SettableClock(START)
    VisitService(db, clock).check_out(1, actor=TEST_ACTOR)
    ResidentService(db, clock).archive(1, ArchiveReason.DECEASED, actor=TEST_ACTOR)
    assert "王秀兰".encode() in file_bytes(path)
    clock.advance(days=400)
    assert PrivacyService(db, clock).anonymise_expired(TEST_ACTOR, retention_days=365) == 3  # 曾𬌗 and the duplicate
    for needle in ("王秀兰", "140213194503081023", "13912341234", "李强"):
        assert not any(form in file_bytes(path) for form in forms(needle)), needle
    with db.read() as session:
        assert verify_chain(session).ok
        first = session.scalars(select(AuditEntry).order_by(AuditEntry.id)).first()
        assert first.details == REDACTED
    with db.write() as session:
        session.execute(update(AuditEntry).where(AuditEntry.id == first.id).values(action="resident.delete"))
    with db.read() as session:
        assert (verify_chain(session).ok, verify_chain(session).first_bad_id) == (False, first.id)
    db.dispose()


def test_a_user_name_typed_at_sign_in_is_not_stored(db: Database, db_path: Path) -> None:
    """People type their password into the user-name box: an unknown name is refused and stored nowhere."""
    staff = StaffService(db, SettableClock(START))
    staff.create_first_manager("zhang", "张主任", "desk2026pw")
    typed = "我的密码是Mima2026"
    with pytest.raises(RuleViolation, match="sign_in_failed"):
        staff.sign_in(typed, "whatever")
    with db.read() as session:
        assert (
            session.scalar(select(AuditEntry.action).order_by(AuditEntry.id.desc()).limit(1)) == "staff.sign_in_failed"
        )
    data = file_bytes(db_path)
    assert not any(form in data for form in forms(typed) + forms("Mima2026"))
    assert "张主任".encode() in data  # the search does see what is stored


def test_anonymisation_leaves_statistics_and_other_residents_readable(db: Database) -> None:
    clock = SettableClock(START)
    live_a_life(db, clock)
    other = ResidentService(db, clock).create(ResidentInput(name="李建国", allergies="花粉过敏"), actor=TEST_ACTOR)
    anonymise(db, clock)
    rows = AuditLogService(db, clock).browse(TEST_ACTOR, AuditFilter(text="花粉"))
    assert [(r.action, r.entity_id) for r in rows] == [("resident.create", other)]
