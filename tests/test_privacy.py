"""PIPL: consent with scope, a resident's own data exported for them, anonymisation after the retention period."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from actors import TEST_ACTOR
from frontdesk.core.access import Actor
from frontdesk.core.db import Database
from frontdesk.core.errors import RuleViolation
from frontdesk.core.models import (
    ArchiveReason,
    AuditEntry,
    ConsentScope,
    Resident,
    ResidentSearchKey,
    Role,
    Staff,
    Visit,
)  # fmt: skip
from frontdesk.core.services.lookup import LookupService
from frontdesk.core.services.privacy import PrivacyService
from frontdesk.core.services.residents import ResidentService
from frontdesk.core.services.visits import VisitService
from frontdesk.core.validation import ResidentInput

NOW = datetime(2026, 11, 28, 9, 0)
DESK = Actor(1, "李娜", Role.FRONT_DESK)
MANAGER = Actor(2, "张主任", Role.MANAGER)
CARE = Actor(3, "刘护士", Role.CARE)


@pytest.fixture
def resident(any_db: Database) -> int:
    with any_db.write() as session:  # the two actors' staff rows
        session.add_all([Staff(id=1, username="lina", display_name="李娜", role="frontdesk"),
                         Staff(id=2, username="boss", display_name="张主任", role="manager"),
                         Staff(id=3, username="liu", display_name="刘护士", role="care")])  # fmt: skip
    rid = ResidentService(any_db, lambda: NOW).create(
        ResidentInput(name="王秀兰", id_number="11010519491231002X", phone="13912341234", allergies="青霉素过敏",
                      card_number="1000000001")
    , actor=TEST_ACTOR)  # fmt: skip
    VisitService(any_db, lambda: NOW).check_in(rid, actor=TEST_ACTOR)
    VisitService(any_db, lambda: NOW).check_out(rid, actor=TEST_ACTOR)
    return rid


def test_consent_with_scope_is_recorded_and_audited(any_db: Database, resident: int) -> None:
    service = PrivacyService(any_db, lambda: NOW)
    with pytest.raises(RuleViolation, match="consent_needs_basic"):
        service.record_consent(DESK, resident, [ConsentScope.HEALTH], on=NOW.date())
    service.record_consent(DESK, resident, [ConsentScope.BASIC, ConsentScope.HEALTH], on=NOW.date())
    with any_db.read() as session:
        row = session.get(Resident, resident)
        assert (row.consent_date, row.consent_scope, row.consent_recorded_by_id) == (NOW.date(), ["basic", "health"], 1)
        assert "resident.consent" in session.scalars(select(AuditEntry.action)).all()


def test_export_holds_everything_about_the_resident_and_is_audited(any_db: Database, resident: int) -> None:
    data = PrivacyService(any_db, lambda: NOW).export_resident(CARE, resident)
    assert data["resident"]["id_number"] == "11010519491231002X"  # their own data, unmasked
    assert data["resident"]["allergies"] == "青霉素过敏"
    assert data["withheld"] == []
    assert len(data["visits"]) == 1
    json.dumps(data, ensure_ascii=False)  # ready to save as a file
    with any_db.read() as session:
        assert "resident.export" in session.scalars(select(AuditEntry.action)).all()


def test_anonymisation_after_retention_keeps_statistics(any_db: Database, resident: int) -> None:
    ResidentService(any_db, lambda: NOW).archive(resident, ArchiveReason.MOVED, actor=TEST_ACTOR)
    later = NOW + timedelta(days=400)
    service = PrivacyService(any_db, lambda: later)
    with pytest.raises(RuleViolation, match="not_allowed"):
        service.anonymise_expired(DESK, retention_days=365)
    assert service.anonymise_expired(MANAGER, retention_days=500) == 0  # not yet
    assert service.anonymise_expired(MANAGER, retention_days=365) == 1
    assert service.anonymise_expired(MANAGER, retention_days=365) == 0  # once
    with any_db.read() as session:
        row = session.get(Resident, resident)
        assert row.name == f"#{resident}"
        assert (row.id_number, row.phone, row.allergies, row.card_number) == (None, None, None, None)
        assert row.birth_date == date(1949, 1, 1)  # the year stays for age statistics
        assert str(row.gender) == "F"
        assert session.scalars(select(ResidentSearchKey).where(ResidentSearchKey.resident_id == resident)).all() == []
        assert len(session.scalars(select(Visit)).all()) == 1  # visits still count
    lookup = LookupService(any_db, lambda: later)
    assert lookup.search("王秀兰", include_archived=True, actor=TEST_ACTOR) == []
    assert lookup.search("1000000001", include_archived=True, actor=TEST_ACTOR) == []


def test_export_by_the_front_desk_withholds_health_data(any_db: Database, resident: int) -> None:
    data = PrivacyService(any_db, lambda: NOW).export_resident(DESK, resident)
    assert data["resident"]["id_number"] == "11010519491231002X"
    assert "allergies" not in data["resident"]
    assert "chronic_conditions" not in data["resident"]
    assert "青霉素" not in json.dumps(data, ensure_ascii=False)
    assert data["withheld"] == ["chronic_conditions", "allergies"]


def test_consent_record_and_printed_form(any_db: Database, resident: int) -> None:
    service = PrivacyService(any_db, lambda: NOW)
    assert service.consent(DESK, resident).on is None
    service.record_consent(DESK, resident, [ConsentScope.BASIC, ConsentScope.ID_NUMBER], on=date(2026, 11, 20))
    record = service.consent(MANAGER, resident)
    assert (record.on, record.scopes, record.recorded_by) == (
        date(2026, 11, 20),
        {ConsentScope.BASIC, ConsentScope.ID_NUMBER},
        "李娜",
    )
    form = service.consent_form(DESK, resident)
    assert (form.resident_id, form.name, form.id_masked) == (resident, "王秀兰", "1101**********002X")
    with any_db.read() as session:  # read, masked, not printed: printing writes the entry (record_print)
        assert session.scalars(select(AuditEntry).where(AuditEntry.action == "resident.print")).all() == []


def test_retention_setting_and_expired_count_are_for_managers(any_db: Database, resident: int) -> None:
    ResidentService(any_db, lambda: NOW).archive(resident, ArchiveReason.MOVED, actor=TEST_ACTOR)
    service = PrivacyService(any_db, lambda: NOW + timedelta(days=400))
    assert service.retention_days(DESK) == 3 * 365
    with pytest.raises(RuleViolation, match="not_allowed"):
        service.set_retention_days(DESK, 365)
    with pytest.raises(RuleViolation, match="not_allowed"):
        service.count_expired(CARE, retention_days=1)
    assert service.count_expired(MANAGER, retention_days=service.retention_days(MANAGER)) == 0
    service.set_retention_days(MANAGER, 365)
    assert service.retention_days(MANAGER) == 365
    assert service.count_expired(MANAGER, retention_days=365) == 1


def test_health_data_only_for_staff_who_may_see_it(any_db: Database, resident: int) -> None:
    residents = ResidentService(any_db, lambda: NOW)
    lookup = LookupService(any_db, lambda: NOW)
    desk_form = residents.form_data(resident, actor=DESK).values
    assert (desk_form.allergies, desk_form.chronic_conditions) == ("", "")
    assert residents.form_data(resident, actor=CARE).values.allergies == "青霉素过敏"
    assert "allergy" not in {str(a.code) for a in lookup.card(resident, actor=DESK).alerts}
    assert "allergy" in {str(a.code) for a in lookup.card(resident, actor=CARE).alerts}

    # the front desk edits the phone: the allergy it never saw is kept, not wiped
    residents.update(resident, replace(desk_form, phone="13800001111"), actor=DESK)
    with any_db.read() as session:
        row = session.get(Resident, resident)
        assert (row.phone, row.allergies) == ("13800001111", "青霉素过敏")
    # …and it cannot write health data, on a new record or an old one
    with pytest.raises(RuleViolation, match="not_allowed"):
        residents.update(resident, replace(desk_form, allergies="无"), actor=DESK)
    with pytest.raises(RuleViolation, match="not_allowed"):
        residents.create(ResidentInput(name="李建国", chronic_conditions="高血压"), actor=DESK)
    residents.update(resident, replace(desk_form, allergies="", chronic_conditions="高血压"), actor=CARE)
    with any_db.read() as session:
        row = session.get(Resident, resident)
        assert (row.allergies, row.chronic_conditions) == (None, "高血压")  # care staff may change and clear them


def test_reveal_archive_restore_and_merge_name_who_did_them(any_db: Database, resident: int) -> None:
    """The audit log says who: the desk passes the signed-in actor to every resident action."""
    service = ResidentService(any_db, lambda: NOW)
    other = service.create(ResidentInput(name="王秀兰", phone="13800001111"), allow_duplicate=True, actor=TEST_ACTOR)
    assert service.reveal_id_number(resident, actor=DESK) == "11010519491231002X"
    service.archive(other, ArchiveReason.MOVED, actor=CARE)
    service.restore(other, actor=MANAGER)
    merged = service.merge(resident, other, actor=DESK)
    service.undo_merge(merged.merge_id, actor=CARE)
    with any_db.read() as session:
        done = session.execute(
            select(AuditEntry.action, AuditEntry.staff_id).where(AuditEntry.action != "resident.create")
            .where(AuditEntry.action.not_like("visit.%")).order_by(AuditEntry.id)
        ).all()  # fmt: skip
    assert [tuple(row) for row in done] == [
        ("resident.reveal_id_number", 1),
        ("resident.archive", 3),
        ("resident.restore", 2),
        ("resident.merge", 1),
        ("resident.merge_undo", 3),
    ]
