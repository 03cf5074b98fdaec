"""Services fail closed: a walk over every public method of every service class in ``frontdesk.core.services``.

Each one either is marked ``@guarded(Permission.X)`` — and then refuses a missing actor, something that is not an
actor (a bare staff id), and every role without that permission, before it reads or writes anything — or is named
below with the reason it needs no actor. A service added later is walked too, so it cannot forget its check.
"""

from __future__ import annotations

import enum
import importlib
import inspect
import pkgutil
from collections.abc import Iterator
from typing import Any, Protocol

import pytest
from sqlalchemy import func, select

import frontdesk.core.services
from frontdesk.core.access import ROLE_PERMISSIONS, Actor, Permission, system_actor
from frontdesk.core.db import Database
from frontdesk.core.db.backups import BackupManager
from frontdesk.core.errors import RuleViolation
from frontdesk.core.models import AuditEntry, Resident, Role, Visit

# Public methods that take no actor, and why that is safe.
NEEDS_NO_ACTOR = {
    "StaffService.needs_first_manager": "first start: whether to ask for the administrator (a yes/no, no names)",
    "StaffService.create_first_manager": "creates the first actor; refused once a manager exists",
    "StaffService.sign_in": "turns a user name and password into an actor",
    "CenterSettings.get_int": "center-wide numbers (retention, welfare thresholds), nothing personal",
    "CenterSettings.center_name": "the center's name, printed on every slip",
    "CenterSettings.center_info": "the center's own name, address, phone, footer and logo: printed for all to read",
    "ChangeProbe.look": "which parts changed (visits, residents, audit), from entry ids and actions: nothing personal",
    # Agenda sources run inside the session of a guarded check-in, card or slip: they open none of their own.
    "AppointmentAgenda.items_for": "called inside a guarded service's session (check-in, the card, the slip)",
    "AppointmentAgenda.mark_arrived": "called inside VisitService.check_in's transaction, audited as its actor",
    "WaitlistOffers.items_for": "called inside a guarded service's session (check-in, the card, the slip)",
    "WaitlistOffers.mark_arrived": "called inside VisitService.check_in's transaction; changes nothing",
    "ClassAgenda.items_for": "called inside a guarded service's session (check-in, the card, the slip)",
    "ClassAgenda.mark_arrived": "called inside VisitService.check_in's transaction, audited as its actor",
    "EnrollmentNews.items_for": "called inside a guarded service's session (check-in, the card, the slip)",
    "EnrollmentNews.mark_arrived": "called inside VisitService.check_in's transaction, audited as its actor",
    "ResidentImportService.detect": "guesses a sheet's columns from the table handed in: no database, nothing read",
}


def service_classes() -> Iterator[type]:
    for info in pkgutil.iter_modules(frontdesk.core.services.__path__):
        module = importlib.import_module(f"frontdesk.core.services.{info.name}")
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != module.__name__ or hasattr(cls, "__dataclass_fields__"):
                continue
            if issubclass(cls, enum.Enum | BaseException) or Protocol in cls.__mro__:
                continue
            yield cls


def public_methods() -> list[tuple[type, str, Any]]:
    return [
        (cls, name, member)
        for cls in service_classes()
        for name, member in inspect.getmembers(cls, inspect.isfunction)
        if not name.startswith("_")
    ]


METHODS = public_methods()


def test_the_walk_finds_the_services() -> None:
    names = {cls.__name__ for cls, _, _ in METHODS}
    assert {"ResidentService", "LookupService", "VisitService", "RegistryService", "PrivacyService"} <= names
    assert {"StaffService", "AuditLogService", "BackupService", "CenterSettings"} <= names
    assert len(METHODS) >= 40


@pytest.mark.parametrize(("cls", "name", "method"), METHODS, ids=[f"{c.__name__}.{n}" for c, n, _ in METHODS])
def test_every_public_service_method_checks_its_actor_or_says_why_not(cls: type, name: str, method: Any) -> None:
    qualified = f"{cls.__name__}.{name}"
    if qualified in NEEDS_NO_ACTOR:
        assert not hasattr(method, "permission"), f"{qualified} is guarded: take it off the list"
        return
    assert isinstance(getattr(method, "permission", None), Permission), (
        f"{qualified} neither is @guarded nor says why it needs no actor"
    )
    assert "actor" in inspect.signature(method).parameters
    default = inspect.signature(method).parameters["actor"].default
    assert default is inspect.Parameter.empty, f"{qualified}: an actor must be given, never defaulted"


GUARDED = [(c, n, m) for c, n, m in METHODS if hasattr(m, "permission")]


def _instance(cls: type, db: Database, clock) -> Any:
    if cls.__name__ == "BackupService":
        return cls(BackupManager(db.path, db.path.parent / "backups", clock), clock)
    if cls.__name__ == "ChangeProbe":
        return cls(db)
    return cls(db, clock)


def _call(instance: Any, name: str, actor: object) -> Any:
    """Call with ``actor`` and a placeholder for every other parameter: a guarded method must refuse before it
    looks at any of them."""
    method = getattr(instance, name)
    arguments: dict[str, object] = {}
    positional: list[object] = []
    for parameter in inspect.signature(method).parameters.values():
        value = actor if parameter.name == "actor" else object()
        if parameter.kind is inspect.Parameter.KEYWORD_ONLY:
            arguments[parameter.name] = value
        elif parameter.kind in (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD):
            positional.append(value)
    return method(*positional, **arguments)


def _refusing_actors(permission: Permission) -> list[tuple[object, str]]:
    wrong_roles = [
        (Actor(7, f"staff of role {role}", role), "not_allowed")
        for role, allowed in ROLE_PERMISSIONS.items()
        if permission not in allowed
    ]
    return [(None, "not_signed_in"), (7, "not_signed_in"), ("lina", "not_signed_in"), *wrong_roles]


@pytest.mark.parametrize(("cls", "name", "method"), GUARDED, ids=[f"{c.__name__}.{n}" for c, n, _ in GUARDED])
def test_guarded_methods_refuse_a_missing_or_wrong_role_actor_before_touching_data(
    cls: type, name: str, method: Any, db: Database, clock
) -> None:
    with db.write() as session:
        session.add(Resident(name="王秀兰", name_sort="wang2 xiu4 lan2", id_number="140202195003152002"))
    instance = _instance(cls, db, clock)
    for actor, code in _refusing_actors(method.permission):
        with pytest.raises(RuleViolation) as refused:
            _call(instance, name, actor)
        assert refused.value.code == code, f"{cls.__name__}.{name} with {actor!r}"
    with db.read() as session:  # nothing was written on the way to the refusal
        assert session.scalar(select(func.count(AuditEntry.id))) == 0
        assert session.scalar(select(func.count(Visit.id))) == 0
        assert session.scalar(select(func.count(Resident.id))) == 1


def test_a_system_actor_names_itself_and_no_staff_row() -> None:
    backup = system_actor("backup")
    assert (backup.audit_label, backup.audit_staff_id) == ("system:backup", None)
    assert Actor(12, "李娜", Role.FRONT_DESK).audit_label == "staff:12"
    with pytest.raises(ValueError, match="ASCII"):
        system_actor("")
