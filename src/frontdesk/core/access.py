"""Who is acting, and the one guard every service uses to check what their role may do.

Each service method that acts takes ``actor``; ``require(actor, Permission.X)`` refuses with a RuleViolation the UI
shows in words. The UI hides what a role may not do, but the services refuse it too, so nothing depends on the UI.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from frontdesk.core.errors import RuleViolation
from frontdesk.core.models import Role


class Permission(enum.StrEnum):
    FRONT_DESK = "front_desk"  # register, check in, search, book, enroll
    REVEAL_IDENTIFIERS = "reveal_identifiers"  # show a full ID number
    HEALTH = "health"  # see and record health readings
    MANAGE_STAFF = "manage_staff"
    SETTINGS = "settings"
    FULL_EXPORT = "full_export"
    RESTORE = "restore"
    AUDIT = "audit"  # browse and verify the audit log


ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.FRONT_DESK: frozenset({Permission.FRONT_DESK, Permission.REVEAL_IDENTIFIERS}),
    Role.CARE: frozenset({Permission.FRONT_DESK, Permission.REVEAL_IDENTIFIERS, Permission.HEALTH}),
    Role.MANAGER: frozenset(Permission),
}


@dataclass(frozen=True)
class Actor:
    """The signed-in staff member an action is done by."""

    staff_id: int
    display_name: str
    role: Role

    def may(self, permission: Permission) -> bool:
        return permission in ROLE_PERMISSIONS[Role(self.role)]

    @property
    def audit_staff_id(self) -> int | None:
        """The staff row an audit entry names: ``None`` for the built-in smoke/test actor (id 0), which has none."""
        return self.staff_id if self.staff_id > 0 else None


def require(actor: Actor | None, permission: Permission) -> Actor:
    if actor is None:
        raise RuleViolation("not_signed_in")
    if not actor.may(permission):
        raise RuleViolation("not_allowed", {"permission": permission.value, "role": str(actor.role)})
    return actor
