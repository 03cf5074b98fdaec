"""PIPL: consent with scope, a resident's own data exported for them, anonymisation after the retention period."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

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


@pytest.fixture
def resident(any_db: Database) -> int:
    with any_db.write() as session:  # the two actors' staff rows
        session.add_all([Staff(id=1, username="lina", display_name="李娜", role="frontdesk"),
                         Staff(id=2, username="boss", display_name="张主任", role="manager")])  # fmt: skip
    rid = ResidentService(any_db, lambda: NOW).create(
        ResidentInput(name="王秀兰", id_number="11010519491231002X", phone="13912341234", allergies="青霉素过敏",
                      card_number="1000000001")
    )  # fmt: skip
    VisitService(any_db, lambda: NOW).check_in(rid)
    VisitService(any_db, lambda: NOW).check_out(rid)
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
    data = PrivacyService(any_db, lambda: NOW).export_resident(DESK, resident)
    assert data["resident"]["id_number"] == "11010519491231002X"  # their own data, unmasked
    assert data["resident"]["allergies"] == "青霉素过敏"
    assert len(data["visits"]) == 1
    json.dumps(data, ensure_ascii=False)  # ready to save as a file
    with any_db.read() as session:
        assert "resident.export" in session.scalars(select(AuditEntry.action)).all()


def test_anonymisation_after_retention_keeps_statistics(any_db: Database, resident: int) -> None:
    ResidentService(any_db, lambda: NOW).archive(resident, ArchiveReason.MOVED)
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
    assert lookup.search("王秀兰", include_archived=True) == []
    assert lookup.search("1000000001", include_archived=True) == []
