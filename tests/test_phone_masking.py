"""Phone numbers in the edit form: masked like the ID number, kept when untouched, shown only by an audited reveal —
on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime

import pytest
from sqlalchemy import select

from actors import TEST_ACTOR, TEST_DESK
from frontdesk.core import access, sealing
from frontdesk.core.access import Actor, Permission
from frontdesk.core.db import Database
from frontdesk.core.errors import RuleViolation
from frontdesk.core.models import AuditEntry, Resident, Role
from frontdesk.core.services.residents import ResidentService
from frontdesk.core.validation import MASKED_FIELDS, ResidentInput, ValidationFailed

NOW = datetime(2026, 11, 28, 9, 30)
STANDARD_EXAMPLE = "11010519491231002X"
PHONES = {"phone": "13912341234", "phone2": "0352-2081234", "emergency_phone": "13800001111"}


@pytest.fixture
def service(any_db: Database) -> ResidentService:
    return ResidentService(any_db, lambda: NOW)


@pytest.fixture
def resident(service: ResidentService) -> int:
    return service.create(
        ResidentInput(name="王秀兰", id_number=STANDARD_EXAMPLE, emergency_name="李强", **PHONES), actor=TEST_ACTOR
    )


def stored(db: Database, resident_id: int) -> Resident:
    with db.read() as session:
        row = session.get(Resident, resident_id)
        session.expunge_all()
        return row


def audit(db: Database, action: str) -> list[AuditEntry]:
    with db.read() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id)))


def unsealed(db: Database, entry: AuditEntry) -> dict:
    with db.read() as session:
        key = sealing.keys_for(session, {entry.entity_id})[entry.entity_id]
    return sealing.unseal(entry.details, key, entry.entity_id)


def test_form_data_never_gives_a_full_phone_number(service: ResidentService, resident: int) -> None:
    form = service.form_data(resident, actor=TEST_DESK)
    assert [getattr(form.values, name) for name in MASKED_FIELDS] == [None, None, None, None]
    assert form.masked == {
        "id_number": "1101**********002X",
        "phone": "139****1234",
        "phone2": "0352-*****34",
        "emergency_phone": "138****1111",
    }
    text = repr(form)
    assert not any(number in text for number in [*PHONES.values(), "2081234", STANDARD_EXAMPLE])


def test_a_field_with_nothing_stored_has_nothing_masked(service: ResidentService) -> None:
    rid = service.create(ResidentInput(name="李建国"), actor=TEST_ACTOR)
    assert service.form_data(rid, actor=TEST_ACTOR).masked == {}
    rid = service.create(ResidentInput(name="赵桂芳", phone="13700001234"), actor=TEST_ACTOR)
    assert service.form_data(rid, actor=TEST_ACTOR).masked == {"phone": "137****1234"}


def test_saving_the_form_untouched_keeps_every_phone(any_db: Database, service: ResidentService, resident: int) -> None:
    form = service.form_data(resident, actor=TEST_DESK).values
    service.update(resident, replace(form, community="局前社区"), actor=TEST_DESK)
    row = stored(any_db, resident)
    assert (row.phone, row.phone2, row.emergency_phone, row.id_number) == (*PHONES.values(), STANDARD_EXAMPLE)
    assert row.community == "局前社区"
    [entry] = audit(any_db, "resident.update")
    assert set(unsealed(any_db, entry)["after"]) == {"community"}  # the kept numbers did not "change"


def test_a_new_phone_is_saved_and_audited_masked(any_db: Database, service: ResidentService, resident: int) -> None:
    form = service.form_data(resident, actor=TEST_DESK).values
    service.update(resident, replace(form, phone="137 0000 5678"), actor=TEST_DESK)
    row = stored(any_db, resident)
    assert (row.phone, row.phone2, row.emergency_phone) == ("13700005678", PHONES["phone2"], PHONES["emergency_phone"])
    [entry] = audit(any_db, "resident.update")
    details = unsealed(any_db, entry)
    assert (details["before"], details["after"]) == ({"phone": "139****1234"}, {"phone": "137****5678"})
    text = json.dumps(details, ensure_ascii=False)
    assert "13912341234" not in text
    assert "13700005678" not in text


def test_an_emptied_phone_is_cleared(any_db: Database, service: ResidentService, resident: int) -> None:
    form = service.form_data(resident, actor=TEST_DESK).values
    service.update(resident, replace(form, phone2=""), actor=TEST_DESK)
    row = stored(any_db, resident)
    assert (row.phone, row.phone2, row.emergency_phone) == (PHONES["phone"], None, PHONES["emergency_phone"])


def test_a_kept_emergency_phone_still_needs_the_contacts_name(
    any_db: Database, service: ResidentService, resident: int
) -> None:
    form = service.form_data(resident, actor=TEST_DESK).values
    with pytest.raises(ValidationFailed) as caught:
        service.update(resident, replace(form, emergency_name=""), actor=TEST_DESK)
    assert caught.value.codes() == {"emergency_name": "emergency_name_required"}
    assert stored(any_db, resident).emergency_name == "李强"


def test_a_new_resident_without_phones_given_has_none(any_db: Database, service: ResidentService) -> None:
    rid = service.create(ResidentInput(name="李建国", phone=None, phone2=None, emergency_phone=None), actor=TEST_ACTOR)
    row = stored(any_db, rid)
    assert (row.phone, row.phone2, row.emergency_phone) == (None, None, None)


def test_reveal_phones_shows_them_and_audits_once_without_the_numbers(
    any_db: Database, service: ResidentService, resident: int
) -> None:
    assert service.reveal_phones(resident, actor=TEST_DESK) == PHONES
    [entry] = audit(any_db, "resident.reveal_phones")
    assert (entry.entity_type, entry.entity_id) == ("resident", resident)
    assert entry.details == {"fields": ["phone", "phone2", "emergency_phone"]}
    text = json.dumps(entry.details)
    assert not any(number in text for number in [*PHONES.values(), "2081234"])
    assert audit(any_db, "resident.reveal_id_number") == []  # the ID number stays masked


def test_reveal_phones_names_only_the_stored_ones(any_db: Database, service: ResidentService) -> None:
    rid = service.create(ResidentInput(name="赵桂芳", phone2="13700001234"), actor=TEST_ACTOR)  # moves to phone
    assert service.reveal_phones(rid, actor=TEST_ACTOR) == {"phone": "13700001234"}
    [entry] = audit(any_db, "resident.reveal_phones")
    assert entry.details == {"fields": ["phone"]}


def test_reveal_phones_is_refused_without_the_permission(
    any_db: Database, service: ResidentService, resident: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert service.reveal_phones.permission is Permission.REVEAL_IDENTIFIERS  # type: ignore[attr-defined]
    monkeypatch.setitem(
        access.ROLE_PERMISSIONS,
        Role.FRONT_DESK,
        access.ROLE_PERMISSIONS[Role.FRONT_DESK] - {Permission.REVEAL_IDENTIFIERS},
    )
    with pytest.raises(RuleViolation) as refused:
        service.reveal_phones(resident, actor=Actor(7, "李娜", Role.FRONT_DESK))
    assert refused.value.code == "not_allowed"
    for nobody in (None, 7):
        with pytest.raises(RuleViolation) as refused:
            service.reveal_phones(resident, actor=nobody)  # type: ignore[arg-type]
        assert refused.value.code == "not_signed_in"
    assert audit(any_db, "resident.reveal_phones") == []
