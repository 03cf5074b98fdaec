"""操作日志 for managers: who may browse it, what each filter returns, paging, and the audited chain check."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import pytest
from sqlalchemy import select, text

from actors import TEST_ACTOR
from clocks import SettableClock
from frontdesk.core.access import Actor
from frontdesk.core.db import Database
from frontdesk.core.errors import RuleViolation
from frontdesk.core.models import AuditEntry, Role
from frontdesk.core.services.audit_log import AuditFilter, AuditLogService
from frontdesk.core.services.residents import ResidentService
from frontdesk.core.services.staff import StaffService
from frontdesk.core.validation import ResidentInput

PASSWORD = "desk2026pw"


@dataclass
class Log:
    db: Database
    service: AuditLogService
    manager: Actor
    lina: Actor
    wang: int  # 王秀兰
    li: int  # 李建国


@pytest.fixture
def log(any_db: Database) -> Log:
    """Three days of work: 张主任 sets up the desk on the 26th, 李娜 registers two residents on the 27th and edits
    one on the 28th."""
    clock = SettableClock(datetime(2026, 11, 26, 8, 0))
    staff = StaffService(any_db, clock)
    residents = ResidentService(any_db, clock)
    manager = staff.create_first_manager("zhang", "张主任", PASSWORD)
    staff.create_staff(manager, "lina", "李娜", Role.CARE, PASSWORD)  # care staff: she records an allergy
    clock.now = datetime(2026, 11, 27, 9, 0)
    lina = staff.sign_in("lina", PASSWORD)
    wang = residents.create(ResidentInput(name="王秀兰", phone="13912341234"), actor=lina)
    clock.advance(minutes=5)
    li = residents.create(ResidentInput(name="李建国"), actor=lina)
    clock.now = datetime(2026, 11, 28, 10, 0)
    edited = ResidentInput(name="王秀兰", phone="13800005678", allergies="青霉素")
    residents.update(wang, edited, actor=lina)
    return Log(any_db, AuditLogService(any_db, clock), manager, lina, wang, li)


def actions(rows) -> list[str]:
    return [row.action for row in rows]


def test_staff_who_are_not_managers_may_not_read_or_check_the_log(log: Log) -> None:
    for attempt in (
        lambda: log.service.browse(log.lina, AuditFilter()),
        lambda: log.service.kinds(log.lina),
        lambda: log.service.staff(log.lina),
        lambda: log.service.verify(log.lina),
    ):
        with pytest.raises(RuleViolation) as refused:
            attempt()
        assert refused.value.code == "not_allowed"
    with pytest.raises(RuleViolation, match="not_signed_in"):
        log.service.browse(None, AuditFilter())  # type: ignore[arg-type]


def test_newest_first_with_who_and_whom(log: Log) -> None:
    rows = log.service.browse(log.manager, AuditFilter())
    assert actions(rows) == [
        "resident.update", "resident.create", "resident.create", "staff.sign_in", "staff.create",
        "staff.create_first_manager",
    ]  # fmt: skip
    update = rows[0]
    assert (update.staff_name, update.entity_type, update.entity_id, update.target_name) == (
        "李娜", "resident", log.wang, "王秀兰"
    )  # fmt: skip
    assert update.details["before"]["phone"] == "139****1234"  # masked as recorded
    assert update.details["after"]["phone"] == "138****5678"
    assert rows[4].target_name == "李娜"  # staff.create names the new member of staff


def test_each_filter(log: Log) -> None:
    def browse(**where) -> list[str]:
        return actions(log.service.browse(log.manager, AuditFilter(**where)))

    assert browse(since=date(2026, 11, 27), until=date(2026, 11, 27)) == [
        "resident.create", "resident.create", "staff.sign_in"
    ]  # fmt: skip
    assert browse(until=date(2026, 11, 26)) == ["staff.create", "staff.create_first_manager"]
    assert browse(staff_id=log.manager.staff_id) == ["staff.create", "staff.create_first_manager"]
    assert browse(action="resident.create") == ["resident.create", "resident.create"]
    assert browse(resident=str(log.li)) == ["resident.create"]
    assert browse(resident="秀兰") == ["resident.update", "resident.create"]
    assert browse(text="青霉素") == ["resident.update"]  # in the details
    assert browse(text="李建") == ["resident.create"]  # the target's name
    assert browse(text="张主任") == ["staff.create", "staff.create_first_manager"]  # who did it
    assert browse(text="100%") == []
    assert browse(staff_id=log.lina.staff_id, action="resident.create", resident="李") == ["resident.create"]


def test_paging_by_offset_and_after_the_last_row(log: Log) -> None:
    everything = log.service.browse(log.manager, AuditFilter())
    ids = [row.entry_id for row in everything]
    by_offset = [row.entry_id for start in (0, 2, 4) for row in log.service.browse(log.manager, AuditFilter(),
                                                                                   offset=start, limit=2)]  # fmt: skip
    assert by_offset == ids
    pages, after = [], None
    while page := log.service.browse(log.manager, AuditFilter(), limit=4, after=after):
        pages.append([row.entry_id for row in page])
        after = page[-1]
    assert pages == [ids[:4], ids[4:]]


def test_entries_of_the_same_second_page_without_gaps(any_db: Database) -> None:
    from frontdesk.core import audit

    with any_db.write() as session:
        for number in range(7):
            audit.record(
                session, "test.same_second", at=datetime(2026, 11, 28, 9, 0), actor=TEST_ACTOR, details={"n": number}
            )
    service = AuditLogService(any_db, SettableClock(datetime(2026, 11, 28, 9, 0)))
    manager = Actor(0, "m", Role.MANAGER)
    seen, after = [], None
    while page := service.browse(manager, AuditFilter(), limit=3, after=after):
        seen += [row.details["n"] for row in page]
        after = page[-1]
    assert seen == [6, 5, 4, 3, 2, 1, 0]


def test_kinds_and_staff_for_the_filter_lists(log: Log) -> None:
    assert log.service.kinds(log.manager) == [
        "resident.create", "resident.update", "staff.create", "staff.create_first_manager", "staff.sign_in"
    ]  # fmt: skip
    assert [choice.display_name for choice in log.service.staff(log.manager)] == ["张主任", "李娜"]


def test_verify_is_recorded_and_finds_an_edited_entry(log: Log) -> None:
    result = log.service.verify(log.manager)
    assert (result.ok, result.entries) == (True, 6)
    newest = log.service.browse(log.manager, AuditFilter(), limit=1)[0]
    assert (newest.action, newest.staff_id, newest.details) == (
        "audit.verify", log.manager.staff_id, {"ok": True, "entries": 6}
    )  # fmt: skip

    with log.db.write() as session:  # someone edits the log behind the program's back
        second = session.scalars(select(AuditEntry.id).order_by(AuditEntry.id)).all()[1]
        session.execute(text("UPDATE audit_entry SET action = 'staff.delete' WHERE id = :id"), {"id": second})
    result = log.service.verify(log.manager)
    assert (result.ok, result.entries, result.first_bad_id, result.problem) == (False, 1, second, "hash")
    newest = log.service.browse(log.manager, AuditFilter(), limit=1)[0]
    assert newest.details == {"ok": False, "entries": 1, "first_bad_id": second, "problem": "hash"}


def test_verify_tells_its_progress(log: Log) -> None:
    seen: list[int] = []
    assert log.service.count(log.manager) == 6
    assert log.service.verify(log.manager, seen.append).ok
    assert seen == [6]
