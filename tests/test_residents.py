"""The registry service: validation, duplicates, reveal, archive, merge and its undo — on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest
from sqlalchemy import select

from actors import TEST_ACTOR
from frontdesk.core import sealing
from frontdesk.core.db import Database
from frontdesk.core.errors import RuleViolation
from frontdesk.core.models import ArchiveReason, AuditEntry, Resident, ResidentSearchKey, Visit
from frontdesk.core.services.lookup import LookupService
from frontdesk.core.services.residents import DuplicateSuspected, ResidentService, sounds_alike
from frontdesk.core.services.visits import VisitService
from frontdesk.core.validation import ResidentInput, ValidationFailed

NOW = datetime(2026, 11, 28, 9, 30)
STANDARD_EXAMPLE = "11010519491231002X"  # GB 11643's own example: born 1949-12-31, female


def clock() -> datetime:
    return NOW


@pytest.fixture
def service(any_db: Database) -> ResidentService:
    return ResidentService(any_db, clock)


def rows(db: Database, model, *where):
    with db.read() as session:
        return session.scalars(select(model).where(*where)).all()


def unsealed(db: Database, entry: AuditEntry) -> dict:
    """An entry's details as its resident's key reads them; stored, the personal values are sealed."""
    assert sealing.MARK in json.dumps(entry.details)
    with db.read() as session:
        key = sealing.keys_for(session, {entry.entity_id})[entry.entity_id]
    return sealing.unseal(entry.details, key, entry.entity_id)


def test_create_fills_birth_date_and_sex_from_the_id_and_indexes_and_audits(any_db, service) -> None:
    rid = service.create(
        ResidentInput(name=" 王秀兰 ", id_number="11010519491231002x", phone="139 1234 1234"), actor=TEST_ACTOR
    )
    [resident] = rows(any_db, Resident)
    assert (resident.id, resident.name, resident.id_number) == (rid, "王秀兰", STANDARD_EXAMPLE)
    assert (resident.birth_date, str(resident.gender), resident.phone) == (date(1949, 12, 31), "F", "13912341234")
    assert rows(any_db, ResidentSearchKey, ResidentSearchKey.resident_id == rid)
    [entry] = rows(any_db, AuditEntry)
    assert entry.action == "resident.create"
    assert unsealed(any_db, entry)["after"]["id_number"] == "1101**********002X"  # masked in the log
    assert unsealed(any_db, entry)["after"]["phone"] == "139****1234"
    assert "139" not in json.dumps(entry.details)  # and sealed


def test_legacy_15_digit_number_is_upgraded(any_db, service) -> None:
    service.create(ResidentInput(name="李建国", id_number="110105491231002"), actor=TEST_ACTOR)
    [resident] = rows(any_db, Resident)
    assert resident.id_number == STANDARD_EXAMPLE  # the 15-digit form of the standard's example
    assert resident.birth_date == date(1949, 12, 31)


def test_every_problem_reported_and_nothing_written(any_db, service) -> None:
    bad = ResidentInput(
        name="",
        id_number="110105194912310021",  # wrong check character
        phone="12345",
        emergency_phone="13800001111",  # without a name
        card_number="A-1",
    )
    with pytest.raises(ValidationFailed) as caught:
        service.create(bad, actor=TEST_ACTOR)
    assert caught.value.codes() == {
        "name": "required",
        "id_number": "id_checksum",
        "phone": "phone_format",
        "emergency_name": "emergency_name_required",
        "card_number": "card_format",
    }
    assert rows(any_db, Resident) == []


def test_birth_date_and_sex_must_agree_with_the_id(service) -> None:
    with pytest.raises(ValidationFailed) as caught:
        service.create(
            ResidentInput(name="王秀兰", id_number=STANDARD_EXAMPLE, birth_date=date(1950, 1, 1), gender="M"),
            actor=TEST_ACTOR,
        )
    assert caught.value.codes() == {"birth_date": "birth_date_mismatch", "gender": "gender_mismatch"}


@pytest.mark.parametrize(
    ("existing", "new", "reason"),
    [
        (
            dict(name="王秀兰", id_number=STANDARD_EXAMPLE),
            dict(name="王秀英", id_number=STANDARD_EXAMPLE),
            "same_id_number",
        ),
        (
            dict(name="王秀兰", birth_date=date(1949, 12, 31)),
            dict(name="王秀兰", birth_date=date(1949, 12, 31)),
            "same_name_and_birth_date",
        ),
        (dict(name="张桂英", phone="13912341234"), dict(name="章桂英", phone="13912341234"), "same_phone_similar_name"),
        (
            dict(name="刘淑珍", card_number="1000000001"),
            dict(name="刘树珍", card_number="1000000001"),
            "same_card_number",
        ),
    ],
)
def test_duplicates_are_caught_before_saving(any_db, service, existing, new, reason) -> None:
    first = service.create(ResidentInput(**existing), actor=TEST_ACTOR)
    with pytest.raises(DuplicateSuspected) as caught:
        service.create(ResidentInput(**new), actor=TEST_ACTOR)
    assert [(m.resident_id, m.reason) for m in caught.value.matches] == [(first, reason)]
    assert len(rows(any_db, Resident)) == 1


def test_different_people_sharing_a_phone_are_not_duplicates(service) -> None:
    service.create(ResidentInput(name="王秀兰", phone="0352-2081234"), actor=TEST_ACTOR)
    service.create(
        ResidentInput(name="李建国", phone="0352-2081234"), actor=TEST_ACTOR
    )  # her husband: a household landline


def test_the_database_refuses_a_second_id_even_when_told_to_save(any_db, service) -> None:
    service.create(ResidentInput(name="王秀兰", id_number=STANDARD_EXAMPLE), actor=TEST_ACTOR)
    with pytest.raises(ValidationFailed) as caught:
        service.create(ResidentInput(name="王秀英", id_number=STANDARD_EXAMPLE), allow_duplicate=True, actor=TEST_ACTOR)
    assert caught.value.codes() == {"id_number": "id_number_taken"}


def test_sounds_alike() -> None:
    assert sounds_alike("张桂英", "章桂英")
    assert sounds_alike("王秀兰", "王秀岚")
    assert not sounds_alike("王秀兰", "李秀兰")
    assert not sounds_alike("王秀兰", "王秀")


def test_edit_keeps_the_hidden_id_and_reindexes(any_db, service) -> None:
    rid = service.create(
        ResidentInput(name="王秀兰", id_number=STANDARD_EXAMPLE, phone="13912341234"), actor=TEST_ACTOR
    )
    stored = service.form_data(rid, actor=TEST_ACTOR)
    form = stored.values
    assert form.id_number is None
    assert stored.masked == {"id_number": "1101**********002X", "phone": "139****1234"}
    service.update(
        rid, ResidentInput(**{**form.__dict__, "name": "王秀岚", "allergies": "青霉素过敏"}), actor=TEST_ACTOR
    )
    [resident] = rows(any_db, Resident)
    assert (resident.name, resident.id_number, resident.allergies) == ("王秀岚", STANDARD_EXAMPLE, "青霉素过敏")
    lookup = LookupService(any_db, clock)
    assert [h.name for h in lookup.search("王秀岚", actor=TEST_ACTOR)] == ["王秀岚"]
    assert lookup.search("王秀兰", actor=TEST_ACTOR) == []
    update = rows(any_db, AuditEntry, AuditEntry.action == "resident.update")[0]
    assert unsealed(any_db, update)["before"] == {"name": "王秀兰", "allergies": None}


def test_reveal_is_audited(any_db, service) -> None:
    rid = service.create(ResidentInput(name="王秀兰", id_number=STANDARD_EXAMPLE), actor=TEST_ACTOR)
    assert service.reveal_id_number(rid, actor=TEST_ACTOR) == STANDARD_EXAMPLE
    assert [e.action for e in rows(any_db, AuditEntry)] == ["resident.create", "resident.reveal_id_number"]


def test_archive_hides_from_search_and_restore_brings_back(any_db, service) -> None:
    rid = service.create(ResidentInput(name="王秀兰"), actor=TEST_ACTOR)
    VisitService(any_db, clock).check_in(rid, actor=TEST_ACTOR)
    with pytest.raises(RuleViolation, match="archive_while_checked_in"):
        service.archive(rid, ArchiveReason.MOVED, actor=TEST_ACTOR)
    VisitService(any_db, clock).check_out(rid, actor=TEST_ACTOR)
    service.archive(rid, ArchiveReason.DECEASED, note="家属告知", actor=TEST_ACTOR)
    lookup = LookupService(any_db, clock)
    assert lookup.search("王秀兰", actor=TEST_ACTOR) == []
    assert [h.archived for h in lookup.search("王秀兰", include_archived=True, actor=TEST_ACTOR)] == [True]
    service.restore(rid, actor=TEST_ACTOR)
    assert [h.name for h in lookup.search("王秀兰", actor=TEST_ACTOR)] == ["王秀兰"]


def test_merge_moves_history_fills_gaps_and_can_be_undone(any_db, service) -> None:
    keep = service.create(ResidentInput(name="王秀兰", phone="13912341234"), actor=TEST_ACTOR)
    dup = service.create(
        ResidentInput(name="王秀兰", id_number=STANDARD_EXAMPLE, card_number="1000000001", allergies="青霉素过敏"),
        allow_duplicate=True,
        actor=TEST_ACTOR,
    )
    visits = VisitService(any_db, clock)
    visits.check_in(dup, actor=TEST_ACTOR)
    visits.check_out(dup, actor=TEST_ACTOR)
    result = service.merge(keep, dup, actor=TEST_ACTOR)
    assert result.visits_moved == 1
    assert set(result.fields_filled) == {"birth_date", "allergies", "id_number", "card_number"}
    with any_db.read() as session:
        kept, merged = session.get(Resident, keep), session.get(Resident, dup)
        assert (kept.id_number, kept.card_number, kept.allergies) == (STANDARD_EXAMPLE, "1000000001", "青霉素过敏")
        assert (merged.archive_reason, merged.id_number) == ("merged", None)
        assert session.scalars(select(Visit.resident_id)).all() == [keep]
    assert [h.resident_id for h in LookupService(any_db, clock).search("1000000001", actor=TEST_ACTOR)] == [keep]

    service.undo_merge(result.merge_id, actor=TEST_ACTOR)
    with any_db.read() as session:
        kept, merged = session.get(Resident, keep), session.get(Resident, dup)
        assert (kept.id_number, kept.card_number, kept.allergies, kept.birth_date) == (None, None, None, None)
        assert (merged.id_number, merged.card_number, merged.archived_at) == (STANDARD_EXAMPLE, "1000000001", None)
        assert session.scalars(select(Visit.resident_id)).all() == [dup]
    assert [h.resident_id for h in LookupService(any_db, clock).search("1000000001", actor=TEST_ACTOR)] == [dup]
    with pytest.raises(RuleViolation, match="merge_already_undone"):
        service.undo_merge(result.merge_id, actor=TEST_ACTOR)


def test_merge_refuses_conflicting_identifiers(service) -> None:
    a = service.create(ResidentInput(name="王秀兰", id_number=STANDARD_EXAMPLE), actor=TEST_ACTOR)
    b = service.create(
        ResidentInput(name="王秀兰", id_number="140213194503081028"), allow_duplicate=True, actor=TEST_ACTOR
    )
    with pytest.raises(RuleViolation, match="merge_conflict"):
        service.merge(a, b, actor=TEST_ACTOR)
    with pytest.raises(RuleViolation, match="merge_same_record"):
        service.merge(a, a, actor=TEST_ACTOR)


def test_indexing_is_not_an_edit(any_db, service) -> None:
    """The search index and pinyin sort key are derived data: writing them leaves updated_at alone."""
    from frontdesk.core.search.index import reindex

    rid = service.create(ResidentInput(name="王秀兰"), actor=TEST_ACTOR)
    with any_db.read() as session:
        stamped = session.get(Resident, rid).updated_at
    with any_db.write() as session:
        reindex(session, [rid])
    with any_db.read() as session:
        assert session.get(Resident, rid).updated_at == stamped == NOW
