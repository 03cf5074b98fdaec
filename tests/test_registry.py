"""The residents table's query: filters, sorting and paging."""

from __future__ import annotations

from dataclasses import astuple
from datetime import date, datetime

import pytest

from actors import TEST_ACTOR
from frontdesk.core.db import Database
from frontdesk.core.models import ArchiveReason
from frontdesk.core.services.registry import Flag, RegistryFilter, RegistryService, Sort
from frontdesk.core.services.residents import ResidentService
from frontdesk.core.validation import ResidentInput

NOW = datetime(2026, 11, 28, 9, 0)
LI_ID = "110105195501010019"  # born 1955-01-01, male (a valid check digit)
LI_PHONE = "13912345678"


@pytest.fixture
def registry(any_db: Database) -> RegistryService:
    residents = ResidentService(any_db, lambda: NOW)
    people = [
        ResidentInput(name="王秀兰", birth_date=date(1940, 5, 1), community="局前社区", lives_alone=True),
        ResidentInput(name="李建国", id_number=LI_ID, phone=LI_PHONE, community="局前社区", low_income=True,
                      emergency_name="李强", emergency_phone="13800001111"),
        ResidentInput(name="张桂英", birth_date=date(1946, 11, 28), community="西马路社区", disability="semi"),
        ResidentInput(name="赵淑珍", birth_date=date(1946, 11, 29), community="西马路社区", empty_nest=True),
    ]  # fmt: skip
    ids = [residents.create(p, actor=TEST_ACTOR) for p in people]
    gone = residents.create(ResidentInput(name="周玉兰", community="局前社区"), actor=TEST_ACTOR)
    residents.archive(gone, ArchiveReason.MOVED, actor=TEST_ACTOR)
    assert len(ids) == 4
    return RegistryService(any_db, lambda: NOW)


def names(registry: RegistryService, where: RegistryFilter, **kw) -> list[str]:
    return [r.name for r in registry.page(where, offset=0, limit=100, **kw, actor=TEST_ACTOR)]


def test_current_residents_by_name_and_archived_apart(registry) -> None:
    everyone = RegistryFilter()
    assert registry.count(everyone, actor=TEST_ACTOR) == 4
    assert names(registry, RegistryFilter(archived=True)) == ["周玉兰"]
    assert len(names(registry, everyone)) == 4


@pytest.mark.parametrize(
    ("where", "expected"),
    [
        (RegistryFilter(community="西马路社区"), {"张桂英", "赵淑珍"}),
        (RegistryFilter(flags=frozenset({Flag.LIVES_ALONE})), {"王秀兰"}),
        (RegistryFilter(flags=frozenset({Flag.LOW_INCOME})), {"李建国"}),
        (RegistryFilter(flags=frozenset({Flag.DISABLED})), {"张桂英"}),
        (RegistryFilter(flags=frozenset({Flag.EMPTY_NEST})), {"赵淑珍"}),
        (RegistryFilter(flags=frozenset({Flag.AGED})), {"王秀兰", "张桂英"}),  # 80 today counts; 80 tomorrow not
        (RegistryFilter(flags=frozenset({Flag.NO_EMERGENCY_CONTACT})), {"王秀兰", "张桂英", "赵淑珍"}),
        (RegistryFilter(community="局前社区", flags=frozenset({Flag.AGED})), {"王秀兰"}),
    ],
)
def test_filters(registry, where: RegistryFilter, expected: set[str]) -> None:
    assert set(names(registry, where)) == expected
    assert registry.count(where, actor=TEST_ACTOR) == len(expected)


def test_sorting_and_paging(registry) -> None:
    assert names(registry, RegistryFilter(), sort=Sort.AGE)[0] == "王秀兰"
    assert names(registry, RegistryFilter(), sort=Sort.NEWEST)[0] == "赵淑珍"
    first = registry.page(RegistryFilter(), offset=0, limit=2, actor=TEST_ACTOR)
    second = registry.page(RegistryFilter(), offset=2, limit=2, actor=TEST_ACTOR)
    assert len({r.resident_id for r in first + second}) == 4
    assert registry.communities(actor=TEST_ACTOR) == ["局前社区", "西马路社区"]


def test_rows_are_masked(registry) -> None:
    """The register shows the ID number and phone masked, and the full values are nowhere in the row."""
    row = registry.page(RegistryFilter(flags=frozenset({Flag.LOW_INCOME})), offset=0, limit=1, actor=TEST_ACTOR)[0]
    assert row.name == "李建国"
    assert row.has_emergency_contact
    assert row.id_masked == "1101**********0019"
    assert row.phone_masked == "139****5678"
    values = [str(value) for value in astuple(row)]
    for secret in (LI_ID, LI_PHONE, LI_ID[4:-4], LI_PHONE[3:-4]):  # whole, and the hidden middle
        assert not any(secret in value for value in values), secret
