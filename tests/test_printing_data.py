"""The records printed documents are built from, and the audit entry every print writes."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from actors import TEST_ACTOR, TEST_DESK
from frontdesk.core.db import Database
from frontdesk.core.errors import RuleViolation
from frontdesk.core.models import AuditEntry, MobilityAid
from frontdesk.core.services.documents import DocumentService
from frontdesk.core.services.lookup import LookupService
from print_data import CENTER, FOOTER, NOW, Printed, populate


@pytest.fixture
def printed(any_db: Database) -> Printed:
    return populate(any_db)


def test_visit_slip_record(any_db: Database, printed: Printed) -> None:
    slip = DocumentService(any_db, lambda: NOW).visit_slip(printed.visits["刘䶮"], actor=TEST_DESK)
    assert (slip.center_name, slip.footer, slip.name) == (CENTER, FOOTER, "刘䶮")
    assert slip.id_masked == "1101**********0038"
    assert (slip.queue_number, slip.companions, slip.agenda) == (1, 2, ())
    assert LookupService(any_db, lambda: NOW).find_by_scan(slip.code, actor=TEST_DESK) == printed.ids["刘䶮"]
    with pytest.raises(RuleViolation) as refused:
        DocumentService(any_db, lambda: NOW).visit_slip(10_000, actor=TEST_DESK)
    assert refused.value.code == "visit_not_found"


def test_staff_lists(any_db: Database, printed: Printed) -> None:
    service = DocumentService(any_db, lambda: NOW)
    present = service.in_building(actor=TEST_DESK)
    assert [r.name for r in present.rows] == ["刘䶮", "曾𬌗", "张喆"]
    assert present.people == 3 + 2 + 1
    assert present.rows[1].mobility_aid is MobilityAid.WHEELCHAIR
    assert present.rows[0].lives_alone
    assert present.rows[0].emergency_phone == "13900000000"  # in full: staff ring it
    calls = service.welfare_calls(actor=TEST_DESK)
    assert [(r.name, r.phone, r.days_absent, r.address) for r in calls.rows] == [
        ("王堃", "15012340000", 12, "西街社区3楼2单元401室")
    ]
    assert calls.absent_days == 7


def test_member_cards_by_resident_or_date(any_db: Database, printed: Printed) -> None:
    service = DocumentService(any_db, lambda: NOW)
    asked = [printed.ids["刘䶮"], printed.ids["王堃"]]
    cards = service.member_cards(actor=TEST_DESK, resident_ids=asked)
    assert [(c.name, c.card_number) for c in cards.cards] == [("刘䶮", "20260001")]
    assert cards.without_number == (printed.ids["王堃"],)  # no card number: no card
    assert len(service.member_cards(actor=TEST_DESK, new_since=date(2025, 1, 1)).cards) == 4
    assert service.member_cards(actor=TEST_DESK, new_since=NOW.date()).cards == ()
    for wrong in ({}, {"resident_ids": [1], "new_since": NOW.date()}, {"resident_ids": [99_999]}):
        with pytest.raises(RuleViolation):
            service.member_cards(actor=TEST_DESK, **wrong)


def test_every_print_is_one_audit_entry(any_db: Database, printed: Printed) -> None:
    service = DocumentService(any_db, lambda: NOW)
    service.record_print("visit_slip", [printed.ids["曾𬌗"]], actor=TEST_DESK, reprint=True, size="58mm")
    service.record_print("in_building", list(printed.ids.values()), actor=TEST_ACTOR, reprint=False)
    with any_db.read() as session:
        entries = session.scalars(select(AuditEntry).where(AuditEntry.action == "resident.print")).all()
    assert [(e.entity_id, e.actor, e.details["document"], e.details["reprint"]) for e in entries] == [
        (printed.ids["曾𬌗"], "system:test-desk", "visit_slip", True),
        (None, "system:test", "in_building", False),
    ]
    assert entries[1].details["residents"] == sorted(printed.ids.values())
    with pytest.raises(RuleViolation):
        service.record_print("passport", [], actor=TEST_DESK, reprint=False)
