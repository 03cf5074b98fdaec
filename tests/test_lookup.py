"""Finding residents: search by every kind of key, scans, and the resident's card."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from actors import TEST_ACTOR
from frontdesk.core.db import Database
from frontdesk.core.models import Resident
from frontdesk.core.search.index import reindex
from frontdesk.core.services.lookup import LookupService, slip_payload
from frontdesk.core.services.visits import VisitService

NOW = datetime(2026, 11, 28, 9, 30)

PEOPLE = [
    dict(name="王秀兰", id_number="11010519491231002X", phone="13912341234", card_number="1000000001"),
    dict(name="王秀英", id_number="140213194503081028", phone="13800005678", card_number="1000000002"),
    dict(name="汪小林", phone="0352-2081234"),
    dict(name="单䶮", phone="13512340000"),
    dict(name="曾𬌗"),
    dict(name="覃喆"),
    dict(name="区桂英"),
    dict(name="李建国", archived_at=datetime(2026, 1, 1), archive_reason="moved"),
]


@pytest.fixture
def people(any_db: Database) -> dict[str, int]:
    ids = {}
    with any_db.write() as session:
        for fields in PEOPLE:
            resident = Resident(**fields)
            session.add(resident)
            session.flush()
            ids[resident.name] = resident.id
        reindex(session, ids.values())
    return ids


def names(service: LookupService, text: str, **kw) -> list[str]:
    return [hit.name for hit in service.search(text, **kw, actor=TEST_ACTOR)]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("王秀兰", ["王秀兰"]),  # exact name
        ("王秀", ["王秀兰", "王秀英"]),  # prefix
        ("秀兰", ["王秀兰"]),  # part of the name
        ("wxl", ["王秀兰", "汪小林"]),  # initials
        ("WXL", ["王秀兰", "汪小林"]),
        ("wangxiulan", ["王秀兰"]),  # full pinyin
        ("xiulan", ["王秀兰"]),  # pinyin of the given name
        ("1234", ["王秀兰", "汪小林"]),  # last four digits of a phone
        ("13912341234", ["王秀兰"]),  # whole phone
        ("1028", ["王秀英"]),  # last digits of an ID number
        ("002x", ["王秀兰"]),
        ("11010519491231002X", ["王秀兰"]),  # whole ID number
        ("1000000002", ["王秀英"]),  # card number
        ("shanyan", ["单䶮"]),  # surname reading 单 = Shan
        ("danyan", ["单䶮"]),  # …and the dictionary's reading finds the person too
        ("zenghe", ["曾𬌗"]),  # 曾 = Zeng, and a character beyond the BMP
        ("zh", ["曾𬌗", "覃喆"]),  # initials z-h, and the pinyin zhe of 喆
        ("qinzhe", ["覃喆"]),
        ("ogy", ["区桂英"]),  # 区 = Ou as a surname
        ("ouguiying", ["区桂英"]),
        ("ｗｘｌ", ["王秀兰", "汪小林"]),  # full-width letters from an IME
        ("李建国", []),  # archived: not found unless asked for
    ],
)
def test_search_finds_by_every_key(any_db: Database, people, query: str, expected: list[str]) -> None:
    assert sorted(names(LookupService(any_db, lambda: NOW), query)) == sorted(expected)


def test_exact_before_prefix_before_partial_and_frequent_first(any_db: Database, people) -> None:
    service = LookupService(any_db, lambda: NOW)
    assert names(service, "王秀兰")[0] == "王秀兰"
    assert names(service, "zh")[0] == "曾𬌗"  # exact initials before a pinyin prefix
    visits = VisitService(any_db, lambda: NOW)
    visits.check_in(people["王秀英"], actor=TEST_ACTOR)  # a visitor today ranks before an equal match who is not
    assert names(service, "王秀") == ["王秀英", "王秀兰"]


def test_archived_found_when_asked(any_db: Database, people) -> None:
    assert names(LookupService(any_db, lambda: NOW), "李建国", include_archived=True) == ["李建国"]


def test_scan_of_card_or_slip(any_db: Database, people) -> None:
    service = LookupService(any_db, lambda: NOW)
    assert service.find_by_scan("1000000001", actor=TEST_ACTOR) == people["王秀兰"]
    assert service.find_by_scan(" 1000000001\n", actor=TEST_ACTOR) == people["王秀兰"]
    assert service.find_by_scan("1000000009", actor=TEST_ACTOR) is None
    assert service.find_by_scan("王秀兰", actor=TEST_ACTOR) is None
    visit = VisitService(any_db, lambda: NOW).check_in(people["王秀英"], actor=TEST_ACTOR)
    payload = slip_payload(visit.visit_id)
    assert payload.isdigit()
    assert len(payload) == 16
    assert service.find_by_scan(payload, actor=TEST_ACTOR) == people["王秀英"]
    assert (
        service.find_by_scan(f"FD{visit.visit_id}", actor=TEST_ACTOR) is None
    )  # letters would not survive an input method


def test_card_masks_identifiers_and_shows_today(any_db: Database, people) -> None:
    service = LookupService(any_db, lambda: NOW)
    VisitService(any_db, lambda: NOW).check_in(people["王秀兰"], actor=TEST_ACTOR)
    card = service.card(people["王秀兰"], actor=TEST_ACTOR)
    assert card is not None
    assert card.id_masked == "1101**********002X"
    assert card.phone_masked == "139****1234"
    assert card.checked_in
    assert [v.queue_number for v in card.today_visits] == [1]
    assert card.age is None  # no birth date recorded in this test
    assert service.card(99999, actor=TEST_ACTOR) is None
    assert date(2026, 11, 28) == card.today_visits[0].checked_in_at.date()
