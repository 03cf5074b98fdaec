"""Staff accounts: first manager, sign-in and lock-out, passwords, and services refusing the wrong role."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from clocks import SettableClock
from frontdesk.core.access import Actor, Permission, require
from frontdesk.core.db import Database
from frontdesk.core.errors import RuleViolation
from frontdesk.core.models import AuditEntry, Role, Staff
from frontdesk.core.services.staff import LOCK_MINUTES, MAX_FAILURES, StaffService


@pytest.fixture
def staff(db: Database, clock: SettableClock) -> StaffService:
    return StaffService(db, clock)


@pytest.fixture
def manager(staff: StaffService) -> Actor:
    assert staff.needs_first_manager()
    return staff.create_first_manager("Admin", "张主任", "center2026")


def test_first_run_creates_one_manager(staff: StaffService, manager: Actor) -> None:
    assert manager.role is Role.MANAGER
    assert not staff.needs_first_manager()
    with pytest.raises(RuleViolation, match="first_manager_exists"):
        staff.create_first_manager("other", "李", "center2026")


def test_password_is_stored_as_argon2id(db: Database, manager: Actor) -> None:
    with db.read() as session:
        digest = session.scalar(select(Staff.password_hash))
    assert digest.startswith("$argon2id$v=19$m=19456,t=2,p=1$")
    assert "center2026" not in digest


def test_sign_in_is_case_insensitive_on_the_name_and_audited(db: Database, staff: StaffService, manager) -> None:
    actor = staff.sign_in(" ADMIN ", "center2026")
    assert actor == manager
    with db.read() as session:
        assert "staff.sign_in" in session.scalars(select(AuditEntry.action)).all()


def test_wrong_passwords_lock_the_account_for_a_while(staff: StaffService, manager, clock: SettableClock) -> None:
    for _ in range(MAX_FAILURES):
        with pytest.raises(RuleViolation, match="sign_in_failed"):
            staff.sign_in("admin", "wrong-password")
    with pytest.raises(RuleViolation, match="account_locked"):
        staff.sign_in("admin", "center2026")  # even the right password waits
    clock.now += timedelta(minutes=LOCK_MINUTES, seconds=1)
    assert staff.sign_in("admin", "center2026").staff_id == manager.staff_id


def test_unknown_user_fails_like_a_wrong_password(staff: StaffService, manager) -> None:
    with pytest.raises(RuleViolation, match="sign_in_failed"):
        staff.sign_in("nobody", "center2026")


@pytest.mark.parametrize(("password", "code"), [("short1", "password_too_short"), ("12345678", "password_too_simple")])
def test_password_rules(staff: StaffService, manager, password: str, code: str) -> None:
    with pytest.raises(RuleViolation, match=code):
        staff.change_password(manager, "center2026", password)


def test_change_password(staff: StaffService, manager) -> None:
    with pytest.raises(RuleViolation, match="wrong_password"):
        staff.change_password(manager, "not-it-123", "newpass2026")
    staff.change_password(manager, "center2026", "newpass2026")
    assert staff.sign_in("admin", "newpass2026") == manager


def test_manager_creates_staff_and_roles_are_enforced_by_the_service(staff: StaffService, manager) -> None:
    desk_id = staff.create_staff(manager, "lina", "李娜", Role.FRONT_DESK, "desk2026a")
    desk = staff.sign_in("lina", "desk2026a")
    assert desk.staff_id == desk_id
    with pytest.raises(RuleViolation, match="not_allowed"):
        staff.create_staff(desk, "x", "某某", Role.MANAGER, "desk2026a")  # the front desk may not add staff
    with pytest.raises(RuleViolation, match="not_allowed"):
        staff.list_staff(desk)
    with pytest.raises(RuleViolation, match="username_taken"):
        staff.create_staff(manager, "LINA", "李娜", Role.CARE, "desk2026a")
    staff.set_active(manager, desk_id, False)
    with pytest.raises(RuleViolation, match="sign_in_failed"):
        staff.sign_in("lina", "desk2026a")
    with pytest.raises(RuleViolation, match="cannot_deactivate_self"):
        staff.set_active(manager, manager.staff_id, False)
    assert [row.username for row in staff.list_staff(manager)] == ["admin", "lina"]


def test_permissions_by_role() -> None:
    desk = Actor(1, "李娜", Role.FRONT_DESK)
    care = Actor(2, "赵护士", Role.CARE)
    boss = Actor(3, "张主任", Role.MANAGER)
    assert not desk.may(Permission.HEALTH)
    assert care.may(Permission.HEALTH)
    assert not care.may(Permission.RESTORE)
    assert all(boss.may(p) for p in Permission)
    with pytest.raises(RuleViolation, match="not_signed_in"):
        require(None, Permission.FRONT_DESK)
