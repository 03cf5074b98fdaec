"""签到 by scanner: a card or slip and its Enter check the resident in with no other key, whatever the box held."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from frontdesk.core.models import VisitPurpose
from frontdesk.core.services.lookup import slip_payload


@pytest.fixture
def opened(seeded_opened):
    return seeded_opened


def test_card_scan_checks_in_with_no_other_key(checkin, known) -> None:
    checkin.scan("1000000001")
    [visit] = checkin.visits(known.sima)
    assert visit.purpose == VisitPurpose.ACTIVITY
    assert checkin.status() == f"司马秀兰 已签到 · 排队号 {visit.queue_number:03d} · 活动"
    assert checkin.card_name() == "司马秀兰"
    assert checkin.page.search.text() == ""
    assert checkin.focus_in_search()


def test_scan_while_a_name_is_half_typed(checkin, known) -> None:
    checkin.type("wan")  # someone started typing a name…
    assert checkin.results()
    checkin.scan("1000000001")  # …and the resident scans their card
    assert len(checkin.visits(known.sima)) == 1
    assert checkin.status().startswith("司马秀兰 已签到")
    assert checkin.page.search.text() == ""  # the half-typed name went with the action, like after any other
    assert checkin.focus_in_search()


def test_scan_after_chinese_from_the_input_method(checkin, known) -> None:
    checkin.commit("王秀")
    checkin.scan("1000000001")
    assert len(checkin.visits(known.sima)) == 1
    assert checkin.card_name() == "司马秀兰"


def test_scan_uses_the_purpose_chosen(checkin, known) -> None:
    checkin.key(Qt.Key.Key_6, Qt.KeyboardModifier.AltModifier)  # 就餐
    checkin.scan("1000000001")
    [visit] = checkin.visits(known.sima)
    assert visit.purpose == VisitPurpose.MEAL


def test_slip_scan_checks_in_the_slips_owner(checkin, known) -> None:
    checkin.scan("1000000001")
    [first] = checkin.visits(known.sima)
    checkin.page.check_out(known.sima)
    checkin.scan(slip_payload(first.id))  # back later with the slip from this morning
    visits = checkin.visits(known.sima)
    assert len(visits) == 2
    assert visits[1].checked_out_at is None
    assert checkin.status().startswith("司马秀兰 已签到")


def test_second_scan_is_refused_in_words(checkin, known) -> None:
    checkin.scan("1000000001")
    checkin.scan("1000000001")
    assert len(checkin.visits(known.sima)) == 1
    assert checkin.status().startswith("司马秀兰 已在馆（排队号")
    assert checkin.tone() == "warning"


def test_unknown_card_is_refused(checkin) -> None:
    checkin.type("wan")
    checkin.scan("9999999999")
    assert checkin.status().startswith("没有找到服务卡或凭条 9999999999 对应的居民")
    assert checkin.tone() == "refusal"
    assert checkin.page.search.text() == ""
    assert checkin.focus_in_search()


def test_archived_residents_old_slip_is_refused(checkin, known) -> None:
    checkin.scan(slip_payload(known.qian_slip))
    assert checkin.visits(known.qian) == []
    assert checkin.status().startswith("钱老伯 的档案已归档，不能签到")
    assert checkin.tone() == "refusal"
    assert "档案已归档" in checkin.page.card.state.text.text()


def test_a_slip_that_finds_nobody_is_refused_saying_why(checkin, known) -> None:
    """A digit wrong (the check digit does not match), a slip from before the check digit, another center's slip:
    each said in words, nobody checked in, the box empty for the next scan."""
    visits_before = len(checkin.visits(known.sima))
    good = slip_payload(999_999)  # well formed, but this center printed no such visit
    wrong = good[:-1] + str((int(good[-1]) + 1) % 10)
    cases = [
        (wrong, f"凭条号 {wrong} 有一位不对：请重新扫描，或按姓名查找。"),
        ("81" + "0" * 13 + "7", f"{'81' + '0' * 13 + '7'} 是旧版凭条，不能用来签到：请按姓名查找。"),
        (good, f"凭条 {good} 不是本中心打印的：请按姓名查找。"),
    ]
    for code, said in cases:
        checkin.scan(code)
        assert checkin.status() == said
        assert checkin.tone() == "refusal"
        assert checkin.page.search.text() == ""
    assert len(checkin.visits(known.sima)) == visits_before


def test_a_replaced_card_is_refused_as_replaced_and_the_new_one_checks_in(checkin, known, clock) -> None:
    from actors import TEST_ACTOR
    from frontdesk.core.services.residents import ResidentService

    new = ResidentService(checkin.db, clock).issue_card(known.sima, actor=TEST_ACTOR).card_number  # lost: 补办
    checkin.scan("1000000001")
    assert (
        checkin.status()
        == f"服务卡 1000000001 已于 {clock.now.date().isoformat()} 补办新卡，旧卡作废：请用新卡，或按姓名查找。"
    )
    assert checkin.tone() == "refusal"
    assert checkin.visits(known.sima) == []  # whoever holds the old card is not checked in as her
    checkin.scan(new)
    assert len(checkin.visits(known.sima)) == 1
