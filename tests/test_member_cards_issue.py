"""发卡 / 补办: the center's next card number, the old card retired for good, and its scan refused in words."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from actors import TEST_ACTOR, TEST_DESK
from frontdesk.core import checkdigit
from frontdesk.core.db import Database
from frontdesk.core.errors import RuleViolation
from frontdesk.core.models import ArchiveReason, AuditEntry, RetiredCard, Setting
from frontdesk.core.services.lookup import LookupService, ScanRefusal
from frontdesk.core.services.privacy import PrivacyService
from frontdesk.core.services.residents import FIRST_CARD_SERIAL, ResidentService
from frontdesk.core.validation import ResidentInput, ValidationFailed

NOW = datetime(2026, 11, 28, 9, 0)


def _service(db: Database, now: datetime = NOW) -> ResidentService:
    return ResidentService(db, lambda: now)


def numbered(serial: int) -> str:
    return checkdigit.with_check_digit(str(serial))


def test_cards_take_the_centers_next_serial_with_a_check_digit(db: Database) -> None:
    service = _service(db)
    first = service.create(ResidentInput(name="王秀兰"), actor=TEST_ACTOR)
    second = service.create(ResidentInput(name="李建国"), actor=TEST_ACTOR)
    assert service.issue_card(first, actor=TEST_DESK).card_number == "10000004"  # 1000000 and its Damm digit
    issued = service.issue_card(second, actor=TEST_DESK)
    assert (issued.card_number, issued.replaced) == ("10000012", None)
    assert checkdigit.is_valid(issued.card_number)
    one_wrong = "10000013"  # typed with its last digit wrong: no other card's number
    assert LookupService(db, lambda: NOW).resolve_scan(one_wrong, actor=TEST_DESK).resident_id is None


def test_a_number_a_resident_already_holds_is_skipped(db: Database) -> None:
    service = _service(db)
    service.create(ResidentInput(name="王秀兰", card_number=numbered(FIRST_CARD_SERIAL)), actor=TEST_ACTOR)  # typed
    zhao = service.create(ResidentInput(name="赵桂芳"), actor=TEST_ACTOR)
    assert service.issue_card(zhao, actor=TEST_DESK).card_number == numbered(FIRST_CARD_SERIAL + 1)


def test_a_reissued_card_retires_the_old_one_and_its_scan_says_so(db: Database) -> None:
    service = _service(db)
    wang = service.create(ResidentInput(name="王秀兰", card_number="20260001"), actor=TEST_ACTOR)
    issued = _service(db, NOW + timedelta(days=3)).issue_card(wang, actor=TEST_DESK)
    assert (issued.replaced, issued.card_number) == ("20260001", "10000004")
    lookup = LookupService(db, lambda: NOW + timedelta(days=4))
    old = lookup.resolve_scan("20260001", actor=TEST_DESK)
    assert (old.resident_id, old.refusal, old.replaced_on) == (
        None,
        ScanRefusal.REPLACED_CARD,
        (NOW + timedelta(3)).date(),
    )
    assert lookup.resolve_scan("10000004", actor=TEST_DESK).resident_id == wang
    assert lookup.search("10000004", actor=TEST_DESK)[0].resident_id == wang  # typed, the new number finds her too
    assert lookup.resolve_scan("20269999", actor=TEST_DESK).refusal is ScanRefusal.UNKNOWN_CARD
    with db.read() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "resident.card_issue")).one()
    assert entry.entity_id == wang
    assert entry.details == {"replaced": True}  # the numbers are identifiers: not in the log


def test_a_retired_number_is_never_given_again(db: Database) -> None:
    service = _service(db)
    wang = service.create(ResidentInput(name="王秀兰", card_number=numbered(FIRST_CARD_SERIAL)), actor=TEST_ACTOR)
    service.issue_card(wang, actor=TEST_DESK)  # her typed card retired; she has the serial after it
    with db.write() as session:  # the counter set back, as a restored setting might be
        session.execute(Setting.__table__.delete().where(Setting.key == "cards.next_serial"))
    li = service.create(ResidentInput(name="李建国"), actor=TEST_ACTOR)
    assert service.issue_card(li, actor=TEST_DESK).card_number == numbered(FIRST_CARD_SERIAL + 2)  # past both
    with pytest.raises(ValidationFailed) as typed:
        service.create(ResidentInput(name="赵桂芳", card_number=numbered(FIRST_CARD_SERIAL)), actor=TEST_ACTOR)
    assert typed.value.codes() == {"card_number": "card_retired"}
    with pytest.raises(ValidationFailed) as edited:
        service.update(li, ResidentInput(name="李建国", card_number=numbered(FIRST_CARD_SERIAL)), actor=TEST_ACTOR)
    assert edited.value.codes() == {"card_number": "card_retired"}


def test_an_archived_resident_gets_no_card(db: Database) -> None:
    service = _service(db)
    wang = service.create(ResidentInput(name="王秀兰"), actor=TEST_ACTOR)
    service.archive(wang, ArchiveReason.MOVED, actor=TEST_ACTOR)
    with pytest.raises(RuleViolation, match="resident_archived"):
        service.issue_card(wang, actor=TEST_DESK)
    with pytest.raises(RuleViolation, match="not_signed_in"):
        service.issue_card(wang, actor=None)  # type: ignore[arg-type]


def test_anonymising_forgets_the_retired_cards_too(db: Database) -> None:
    service = _service(db)
    wang = service.create(ResidentInput(name="王秀兰", card_number="20260001"), actor=TEST_ACTOR)
    service.issue_card(wang, actor=TEST_DESK)
    service.archive(wang, ArchiveReason.MOVED, actor=TEST_ACTOR)
    later = NOW + timedelta(days=4 * 365)
    assert PrivacyService(db, lambda: later).anonymise_expired(TEST_ACTOR, retention_days=3 * 365) == 1
    with db.read() as session:
        assert session.scalars(select(RetiredCard)).all() == []


def test_desks_issuing_cards_at_once_never_give_one_number_twice(any_db: Database) -> None:
    service = _service(any_db)
    names = ("王秀兰", "李建国", "赵桂芳", "刘䶮", "张喆", "王堃")
    ids = [service.create(ResidentInput(name=name), actor=TEST_ACTOR) for name in names]
    start = threading.Barrier(len(ids))
    given: list[str] = []
    failures: list[BaseException] = []

    def issue(resident_id: int) -> None:
        desk = Database(any_db.url)  # each desk its own engine, as on separate computers
        try:
            start.wait()
            given.append(ResidentService(desk, lambda: NOW).issue_card(resident_id, actor=TEST_DESK).card_number)
        except BaseException as exc:  # reported on the test's thread
            failures.append(exc)
        finally:
            desk.dispose()

    threads = [threading.Thread(target=issue, args=(rid,)) for rid in ids]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert failures == []
    assert sorted(given) == sorted(numbered(FIRST_CARD_SERIAL + n) for n in range(len(ids)))
