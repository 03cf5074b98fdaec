"""前台 / 护理人员 / 管理员 Staff accounts: first-run administrator, sign-in with lock-out, passwords, roles.

Passwords are hashed with Argon2id at OWASP's recommended minimum (19 MiB, 2 passes, 1 lane): ~60 ms on a desk PC,
slow enough to make guessing a stolen hash expensive, quick enough for a sign-in. Five wrong passwords in a row
lock the account for five minutes (another staff member can still sign in on the same desk).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from frontdesk.core import audit
from frontdesk.core.access import Actor, Permission, guarded, system_actor
from frontdesk.core.clock import Clock
from frontdesk.core.db import Database
from frontdesk.core.errors import RuleViolation
from frontdesk.core.models import Role, Staff
from frontdesk.core.text import clean_text, is_clean

log = logging.getLogger(__name__)

MAX_FAILURES = 5
LOCK_MINUTES = 5
MIN_PASSWORD_LENGTH = 8
NAME_MAX = 40  # user names and display names: the column size
SIGN_IN = system_actor("sign-in", Role.FRONT_DESK)  # who records a refused sign-in: no one is signed in yet


def _hasher():
    from argon2 import PasswordHasher  # imported on first use: not needed to show the window

    return PasswordHasher(time_cost=2, memory_cost=19_456, parallelism=1)


def hash_password(password: str) -> str:
    return _hasher().hash(password)


def check_password_rules(password: str) -> None:
    """Refuse a new password that is too short or too simple, or that holds characters nobody can type again (a
    lone surrogate or a control character: see :mod:`frontdesk.core.text`; Argon2 could not even encode the
    former)."""
    if not is_clean(password):
        raise RuleViolation("password_characters")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise RuleViolation("password_too_short", {"minimum": MIN_PASSWORD_LENGTH})
    if password.isdigit() or password.isalpha():
        raise RuleViolation("password_too_simple")


@dataclass(frozen=True)
class StaffRow:
    staff_id: int
    username: str
    display_name: str
    role: Role
    active: bool
    locked: bool


class StaffService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def needs_first_manager(self) -> bool:
        """First run: no active manager with a password yet, so the desk asks to create one."""
        with self._db.read() as session:
            return not session.scalar(
                select(func.count(Staff.id)).where(
                    Staff.role == Role.MANAGER.value, Staff.active.is_(True), Staff.password_hash.is_not(None)
                )
            )

    def create_first_manager(self, username: str, display_name: str, password: str) -> Actor:
        check_password_rules(password)
        now = self._now()
        digest = hash_password(password)

        def work(session: Session) -> Actor:
            if not self._no_manager(session):
                raise RuleViolation("first_manager_exists")
            staff = self._add(session, username, display_name, Role.MANAGER, digest=digest, now=now)
            actor = Actor(staff.id, staff.display_name, Role.MANAGER)
            audit.record(session, "staff.create_first_manager", at=now, actor=actor, entity_type="staff",
                         entity_id=staff.id, details={"username": staff.username})  # fmt: skip
            return actor

        return self._db.run_write(work)

    def sign_in(self, username: str, password: str) -> Actor:
        """Check the password; refuses (RuleViolation) a wrong one, an unknown user, an inactive or locked account."""
        from argon2.exceptions import InvalidHashError, VerificationError

        now = self._now()
        name = _username(username)
        with self._db.read() as session:
            staff = session.scalar(select(Staff).where(func.lower(Staff.username) == name))
        if staff is None or not staff.active or staff.password_hash is None:
            self._log_failure(staff.id if staff is not None else None, now)
            raise RuleViolation("sign_in_failed")
        if staff.locked_until is not None and staff.locked_until > now:
            raise RuleViolation("account_locked", {"until": staff.locked_until})
        try:
            if not is_clean(password):  # no password was ever set with such characters (check_password_rules)
                raise VerificationError("characters no password has")
            _hasher().verify(staff.password_hash, password)
        except (VerificationError, InvalidHashError):
            self._record_failure(staff.id, now)
            raise RuleViolation("sign_in_failed") from None
        rehash = _hasher().check_needs_rehash(staff.password_hash)
        new_hash = hash_password(password) if rehash else None

        def work(session: Session) -> Actor:
            row = session.get(Staff, staff.id)
            row.failed_sign_ins, row.locked_until = 0, None
            if new_hash:
                row.password_hash = new_hash
            actor = Actor(row.id, row.display_name, Role(row.role))
            audit.record(session, "staff.sign_in", at=now, actor=actor, entity_type="staff", entity_id=row.id)
            return actor

        actor = self._db.run_write(work)
        log.info("staff %s signed in", actor.staff_id)
        return actor

    @guarded(Permission.FRONT_DESK)
    def change_password(self, actor: Actor, old: str, new: str) -> None:
        from argon2.exceptions import VerificationError

        check_password_rules(new)
        with self._db.read() as session:
            staff = session.get(Staff, actor.staff_id)
        try:
            _hasher().verify(staff.password_hash or "", old)
        except VerificationError:
            raise RuleViolation("wrong_password") from None
        except Exception:
            raise RuleViolation("wrong_password") from None
        self._set_password(actor.staff_id, hash_password(new), actor, "staff.change_password")

    # -- managers ---------------------------------------------------------------------------------------------

    @guarded(Permission.MANAGE_STAFF)
    def list_staff(self, actor: Actor) -> list[StaffRow]:
        now = self._now()
        with self._db.read() as session:
            rows = session.scalars(select(Staff).order_by(Staff.active.desc(), Staff.username)).all()
        return [
            StaffRow(
                s.id, s.username, s.display_name, Role(s.role), s.active, bool(s.locked_until and s.locked_until > now)
            )
            for s in rows
        ]

    @guarded(Permission.MANAGE_STAFF)
    def create_staff(self, actor: Actor, username: str, display_name: str, role: Role, password: str) -> int:
        check_password_rules(password)
        now = self._now()
        digest = hash_password(password)

        def work(session: Session) -> int:
            staff = self._add(session, username, display_name, role, digest=digest, now=now)
            audit.record(session, "staff.create", at=now, actor=actor, entity_type="staff",
                         entity_id=staff.id, details={"username": staff.username, "role": role.value})  # fmt: skip
            return staff.id

        return self._db.run_write(work)

    @guarded(Permission.MANAGE_STAFF)
    def reset_password(self, actor: Actor, staff_id: int, password: str) -> None:
        check_password_rules(password)
        self._set_password(staff_id, hash_password(password), actor, "staff.reset_password")

    @guarded(Permission.MANAGE_STAFF)
    def set_active(self, actor: Actor, staff_id: int, active: bool) -> None:
        if staff_id == actor.staff_id and not active:
            raise RuleViolation("cannot_deactivate_self")
        now = self._now()

        def work(session: Session) -> None:
            staff = session.get(Staff, staff_id)
            if staff is None:
                raise RuleViolation("staff_not_found")
            staff.active = active
            audit.record(session, "staff.set_active", at=now, actor=actor, entity_type="staff",
                         entity_id=staff_id, details={"active": active})  # fmt: skip

        self._db.run_write(work)

    # -- internals --------------------------------------------------------------------------------------------

    def _add(self, session: Session, username: str, display_name: str, role: Role, *, digest: str, now: datetime):
        name = _username(username)
        if not name or not name.isascii() or not name.replace("_", "").replace(".", "").isalnum():
            raise RuleViolation("username_invalid")
        if len(name) > NAME_MAX:
            raise RuleViolation("name_too_long", {"maximum": NAME_MAX})
        display_name = clean_text(display_name).strip()
        if not display_name:
            raise RuleViolation("display_name_required")
        if len(display_name) > NAME_MAX:
            raise RuleViolation("name_too_long", {"maximum": NAME_MAX})
        if session.scalar(select(Staff.id).where(func.lower(Staff.username) == name)):
            raise RuleViolation("username_taken", {"username": name})
        staff = Staff(
            username=name, display_name=display_name, role=role.value, password_hash=digest,
            password_changed_at=now, created_at=now,
        )  # fmt: skip
        session.add(staff)
        session.flush()
        return staff

    def _no_manager(self, session: Session) -> bool:
        return not session.scalar(
            select(func.count(Staff.id)).where(Staff.role == Role.MANAGER.value, Staff.password_hash.is_not(None))
        )

    def _set_password(self, staff_id: int, digest: str, actor: Actor, action: str) -> None:
        now = self._now()

        def work(session: Session) -> None:
            staff = session.get(Staff, staff_id)
            if staff is None:
                raise RuleViolation("staff_not_found")
            staff.password_hash, staff.password_changed_at = digest, now
            staff.failed_sign_ins, staff.locked_until = 0, None
            audit.record(session, action, at=now, actor=actor, entity_type="staff", entity_id=staff_id)

        self._db.run_write(work)

    def _record_failure(self, staff_id: int, now: datetime) -> None:
        def work(session: Session) -> None:
            staff = session.get(Staff, staff_id)
            staff.failed_sign_ins += 1
            if staff.failed_sign_ins >= MAX_FAILURES:
                staff.locked_until = now + timedelta(minutes=LOCK_MINUTES)
                staff.failed_sign_ins = 0
            audit.record(
                session, "staff.sign_in_failed", at=now, actor=SIGN_IN, entity_type="staff", entity_id=staff_id
            )

        self._db.run_write(work)

    def _log_failure(self, staff_id: int | None, now: datetime) -> None:
        """A refused sign-in. An unknown user name is not stored: people type their password into that box."""

        def work(session: Session) -> None:
            details = {"unknown_user": True} if staff_id is None else {"inactive": True}
            audit.record(session, "staff.sign_in_failed", at=now, actor=SIGN_IN, entity_type="staff",
                         entity_id=staff_id, details=details)  # fmt: skip

        self._db.run_write(work)

    def _now(self) -> datetime:
        return self._clock().replace(microsecond=0)


def _username(typed: str) -> str:
    """A user name as stored and looked up: cleaned, trimmed, lower case."""
    return clean_text(typed).strip().lower()


def _locked(staff: Staff, now: datetime) -> bool:
    return staff.locked_until is not None and staff.locked_until > now
