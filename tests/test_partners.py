"""社区合伙人: the partners' registry and their people, on both engines."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from actors import TEST_ACTOR, TEST_DESK
from frontdesk.core.db import Database
from frontdesk.core.errors import RuleViolation
from frontdesk.core.models import AuditEntry, Partner, PartnerKind, PartnerPerson, PersonRole
from frontdesk.core.services.partners import PartnerInput, PartnerService, PersonInput

YANGLAO = PartnerInput(
    name="康寿养老院",
    kind=PartnerKind.ENTERPRISE.value,
    services="护理、理疗",
    contact_name="赵主任",
    contact_phone="139 1234 5678",
    agreement_start=date(2026, 1, 1),
    agreement_end=date(2026, 12, 20),
)


@pytest.fixture
def partners(any_db: Database, clock) -> PartnerService:
    return PartnerService(any_db, clock)


def _entries(db: Database, action: str) -> list[AuditEntry]:
    with db.read() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id)))


def test_a_partner_is_created_cleaned_and_audited_with_the_phone_masked(partners: PartnerService, any_db) -> None:
    row = partners.create_partner(replace(YANGLAO, name="  康寿养老院 "), actor=TEST_ACTOR)
    assert (row.name, row.kind, row.contact_phone, row.active) == (
        "康寿养老院",
        PartnerKind.ENTERPRISE,
        "13912345678",
        True,
    )
    with any_db.read() as session:
        assert session.scalar(select(Partner.name)) == "康寿养老院"
    [entry] = _entries(any_db, "partner.create")
    assert entry.entity_id == row.partner_id
    assert entry.details["after"]["contact_phone"] != "13912345678"
    assert entry.details["after"]["contact_phone"].endswith("5678")


def test_a_taken_name_is_refused_in_words_on_its_field(partners: PartnerService) -> None:
    partners.create_partner(YANGLAO, actor=TEST_ACTOR)
    with pytest.raises(RuleViolation) as refused:
        partners.create_partner(replace(YANGLAO, contact_phone=""), actor=TEST_ACTOR)
    assert (refused.value.code, refused.value.params["field"]) == ("partner_name_taken", "name")
    other = partners.create_partner(replace(YANGLAO, name="夕阳红志愿队"), actor=TEST_ACTOR)
    with pytest.raises(RuleViolation, match="partner_name_taken"):
        partners.update_partner(other.partner_id, YANGLAO, actor=TEST_ACTOR)


@pytest.mark.parametrize(
    ("change", "code", "field"),
    [
        ({"name": "  "}, "required", "name"),
        ({"name": "长" * 81}, "too_long", "name"),
        ({"kind": "shop"}, "invalid_choice", "kind"),
        ({"contact_phone": "12345"}, "phone_format", "contact_phone"),
        ({"agreement_end": date(2025, 12, 31)}, "agreement_end_before_start", "agreement_end"),
        ({"services": "义" * 201}, "too_long", "services"),
    ],
)
def test_bad_input_is_refused_field_by_field(partners: PartnerService, any_db, change, code, field) -> None:
    with pytest.raises(RuleViolation) as refused:
        partners.create_partner(replace(YANGLAO, **change), actor=TEST_ACTOR)
    assert (refused.value.code, refused.value.params["field"]) == (code, field)
    with any_db.read() as session:
        assert session.scalar(select(Partner.id)) is None


def test_renewal_is_due_thirty_days_ahead_and_then_the_agreement_expires(partners: PartnerService, clock) -> None:
    # today (the clock) is 2026-11-28: 30 days ahead is 2026-12-28
    due = partners.create_partner(replace(YANGLAO, agreement_end=date(2026, 12, 28)), actor=TEST_ACTOR)
    later = partners.create_partner(replace(YANGLAO, name="甲", agreement_end=date(2026, 12, 29)), actor=TEST_ACTOR)
    open_ended = partners.create_partner(replace(YANGLAO, name="乙", agreement_end=None), actor=TEST_ACTOR)
    assert (due.renewal_due, due.expired) == (True, False)
    assert (later.renewal_due, later.expired) == (False, False)
    assert (open_ended.renewal_due, open_ended.expired) == (False, False)
    clock.now = clock.now.replace(year=2026, month=12, day=29)
    rows = {row.name: row for row in partners.list_partners(actor=TEST_DESK)}
    assert (rows["康寿养老院"].renewal_due, rows["康寿养老院"].expired) == (False, True)
    assert rows["甲"].renewal_due


def test_an_update_records_only_what_changed_and_nothing_unchanged(partners: PartnerService, any_db) -> None:
    row = partners.create_partner(YANGLAO, actor=TEST_ACTOR)
    partners.update_partner(row.partner_id, YANGLAO, actor=TEST_ACTOR)
    assert _entries(any_db, "partner.update") == []
    changed = partners.update_partner(
        row.partner_id, replace(YANGLAO, contact_phone="13800001111", notes="每周二、四"), actor=TEST_ACTOR
    )
    assert (changed.contact_phone, changed.notes) == ("13800001111", "每周二、四")
    [entry] = _entries(any_db, "partner.update")
    assert set(entry.details["after"]) == {"contact_phone", "notes"}
    assert "13800001111" not in str(entry.details)
    assert not partners.set_partner_active(row.partner_id, False, actor=TEST_ACTOR).active
    assert [r.name for r in partners.list_partners(actor=TEST_DESK, include_inactive=False)] == []


def test_people_are_added_edited_and_made_inactive_never_deleted(partners: PartnerService, any_db) -> None:
    partner = partners.create_partner(YANGLAO, actor=TEST_ACTOR)
    nurse = partners.add_person(
        partner.partner_id, PersonInput("刘护士", PersonRole.NURSE.value, "13700002222"), actor=TEST_ACTOR
    )
    assert (nurse.partner_name, nurse.role, nurse.phone) == ("康寿养老院", PersonRole.NURSE, "13700002222")
    partners.add_person(partner.partner_id, PersonInput("王医生", PersonRole.DOCTOR.value), actor=TEST_ACTOR)
    edited = partners.update_person(
        nurse.person_id, PersonInput("刘护士", PersonRole.THERAPIST.value, "13700002222", "理疗"), actor=TEST_ACTOR
    )
    assert (edited.role, edited.notes) == (PersonRole.THERAPIST, "理疗")
    partners.set_person_active(nurse.person_id, False, actor=TEST_ACTOR)
    assert [p.name for p in partners.active_people(actor=TEST_DESK)] == ["王医生"]
    assert [(p.name, p.active) for p in partners.list_people(partner.partner_id, actor=TEST_DESK)] == [
        ("王医生", True), ("刘护士", False),
    ]  # fmt: skip
    assert [p.name for p in partners.get_partner(partner.partner_id, actor=TEST_DESK).people] == ["王医生", "刘护士"]
    with any_db.read() as session:
        assert len(session.scalars(select(PartnerPerson)).all()) == 2
    [added, _doctor] = _entries(any_db, "partner.person_add")
    assert added.details["after"]["phone"] != "13700002222"
    assert len(_entries(any_db, "partner.person_update")) == 2  # the role, then inactive
    with pytest.raises(RuleViolation) as refused:
        partners.add_person(partner.partner_id, PersonInput("赵", phone="abc"), actor=TEST_ACTOR)
    assert refused.value.params == {"field": "phone"}


def test_people_of_an_inactive_partner_are_not_offered(partners: PartnerService) -> None:
    partner = partners.create_partner(YANGLAO, actor=TEST_ACTOR)
    partners.add_person(partner.partner_id, PersonInput("刘护士", PersonRole.NURSE.value), actor=TEST_ACTOR)
    partners.set_partner_active(partner.partner_id, False, actor=TEST_ACTOR)
    assert partners.active_people(actor=TEST_DESK) == []


def test_the_front_desk_reads_but_may_not_write(partners: PartnerService, any_db) -> None:
    partner = partners.create_partner(YANGLAO, actor=TEST_ACTOR)
    assert [row.name for row in partners.list_partners(actor=TEST_DESK)] == ["康寿养老院"]
    for attempt in (
        lambda: partners.create_partner(replace(YANGLAO, name="甲"), actor=TEST_DESK),
        lambda: partners.update_partner(partner.partner_id, YANGLAO, actor=TEST_DESK),
        lambda: partners.add_person(partner.partner_id, PersonInput("刘"), actor=TEST_DESK),
    ):
        with pytest.raises(RuleViolation) as refused:
            attempt()
        assert refused.value.code == "not_allowed"
    with any_db.read() as session:
        assert session.scalar(select(PartnerPerson.id)) is None


def test_an_unknown_partner_is_refused(partners: PartnerService) -> None:
    with pytest.raises(RuleViolation, match="partner_not_found"):
        partners.get_partner(999, actor=TEST_DESK)
    with pytest.raises(RuleViolation, match="partner_not_found"):
        partners.add_person(999, PersonInput("刘"), actor=TEST_ACTOR)
