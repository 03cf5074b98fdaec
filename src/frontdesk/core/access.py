"""Who is acting, and the one guard every service uses to check what their role may do.

Each service method that acts takes ``actor``; ``require(actor, Permission.X)`` refuses with a RuleViolation the UI
shows in words. The UI hides what a role may not do, but the services refuse it too, so nothing depends on the UI.
"""

from __future__ import annotations

import enum
import functools
import inspect
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from frontdesk.core.errors import RuleViolation
from frontdesk.core.models import Role


class Permission(enum.StrEnum):
    FRONT_DESK = "front_desk"  # register, check in, search, book, enroll
    REVEAL_IDENTIFIERS = "reveal_identifiers"  # show a full ID number
    HEALTH = "health"  # see and record health readings
    MANAGE_STAFF = "manage_staff"
    SETTINGS = "settings"
    FULL_EXPORT = "full_export"  # export full ID numbers (with a reason, audited)
    IMPORT = "import"  # bring residents in from a roster file, in bulk
    RESTORE = "restore"
    AUDIT = "audit"  # browse and verify the audit log


ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.FRONT_DESK: frozenset({Permission.FRONT_DESK, Permission.REVEAL_IDENTIFIERS}),
    Role.CARE: frozenset({Permission.FRONT_DESK, Permission.REVEAL_IDENTIFIERS, Permission.HEALTH}),
    Role.MANAGER: frozenset(Permission),
}


@dataclass(frozen=True)
class Actor:
    """Who an action is done by: a signed-in staff member, or a named part of the program itself.

    There is no anonymous "trusted" caller. Work done without anyone signed in (the smoke run, demo seeding,
    ``frontdesk-admin``, the background backup, a sign-in attempt) uses :func:`system_actor`, whose name the audit
    log records, so every entry says who or what did it.
    """

    staff_id: int
    display_name: str
    role: Role
    system: str | None = None  # e.g. "smoke", "demo", "admin-cli", "backup", "sign-in"; None for a person

    def may(self, permission: Permission) -> bool:
        return permission in ROLE_PERMISSIONS[Role(self.role)]

    @property
    def audit_staff_id(self) -> int | None:
        """The staff row an audit entry names: ``None`` for a system actor or a staff-less test actor (id 0)."""
        return self.staff_id if self.staff_id > 0 and self.system is None else None

    @property
    def audit_label(self) -> str:
        """Who the audit entry names, as text that stays true when staff rows change: ``staff:12`` or
        ``system:backup``."""
        if self.system is not None:
            return f"system:{self.system}"
        return f"staff:{self.staff_id}"


def system_actor(name: str, role: Role = Role.MANAGER) -> Actor:
    """The program acting by itself (``name`` says which part); audited under that name, never as a person."""
    if not name or not name.isascii():
        raise ValueError("a system actor needs a short ASCII name")
    return Actor(0, name, role, system=name)


def require(actor: Actor | None, permission: Permission) -> Actor:
    """``actor`` may do ``permission``, or a RuleViolation in words: a missing actor is refused, never trusted."""
    if not isinstance(actor, Actor):
        raise RuleViolation("not_signed_in")
    if not actor.may(permission):
        raise RuleViolation("not_allowed", {"permission": permission.value, "role": str(actor.role)})
    return actor


F = TypeVar("F", bound=Callable[..., Any])


def guarded(permission: Permission) -> Callable[[F], F]:
    """Mark a service method as needing ``permission``: its ``actor`` argument is checked before the body runs.

    The mark (``method.permission``) lets a test walk every public service method and prove each one refuses a
    missing or wrong-role actor, so a new method cannot forget its check.
    """

    def wrap(method: F) -> F:
        parameters = list(inspect.signature(method).parameters)
        if "actor" not in parameters:
            raise TypeError(f"{method.__qualname__} takes no actor")
        position = parameters.index("actor")

        @functools.wraps(method)
        def checked(*args: Any, **kwargs: Any) -> Any:
            actor = kwargs["actor"] if "actor" in kwargs else (args[position] if position < len(args) else None)
            require(actor, permission)
            return method(*args, **kwargs)

        checked.permission = permission  # type: ignore[attr-defined]
        return checked  # type: ignore[return-value]

    return wrap
