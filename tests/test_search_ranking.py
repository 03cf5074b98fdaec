"""Search ranking: the name's usual reading (the surname read as a surname) before the rare readings of heteronyms, a
whole-name match before a prefix, then who comes more often and more recently; mixed pinyin; ü typed as v."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from actors import TEST_ACTOR
from frontdesk.core.db import Database
from frontdesk.core.models import Resident, Visit
from frontdesk.core.search.index import reindex
from frontdesk.core.search.keys import KeyKind, ResidentKeys, keys_for, mixtures, name_readings, usual_reading
from frontdesk.core.services.lookup import LookupService

NOW = datetime(2026, 11, 28, 9, 30)


def _register(db: Database, *names: str, visits: dict[str, list[int]] | None = None) -> dict[str, int]:
    """Residents by name; ``visits``: for a name, the days ago each of their visits was."""
    ids: dict[str, int] = {}
    with db.write() as session:
        for name in names:
            resident = Resident(name=name)
            session.add(resident)
            session.flush()
            ids[name] = resident.id
        reindex(session, ids.values())
        for name, days in (visits or {}).items():
            for n, ago in enumerate(days):
                day = NOW.date() - timedelta(days=ago)
                at = datetime.combine(day, datetime.min.time()).replace(hour=9)
                session.add(
                    Visit(
                        resident_id=ids[name],
                        visit_date=day,
                        queue_number=1000 + ids[name] * 100 + n,
                        checked_in_at=at,
                        checked_out_at=at + timedelta(hours=1),
                    )
                )
    return ids


def _names(db: Database, text: str) -> list[str]:
    return [hit.name for hit in LookupService(db, lambda: NOW).search(text, actor=TEST_ACTOR)]


@pytest.mark.parametrize(
    ("name", "reading"),
    [
        ("王胜利", ("wang", "sheng", "li")),  # 胜 also xing, 利 fine: pypinyin reads 胜利 in context
        ("于胜利", ("yu", "sheng", "li")),  # 于 also wu
        ("单雄信", ("shan", "xiong", "xin")),  # 单 as a surname: Shan, not dan
        ("曾国藩", ("zeng", "guo", "fan")),
        ("查良镛", ("zha", "liang", "yong")),
        ("朴正", ("piao", "zheng")),
        ("区志强", ("ou", "zhi", "qiang")),
        ("盖文", ("ge", "wen")),
        ("覃红", ("qin", "hong")),
        ("解放", ("xie", "fang")),
        ("仇英", ("qiu", "ying")),
        ("尉迟恭", ("yu", "chi", "gong")),  # the compound surname Yuchi
        ("尉红", ("wei", "hong")),  # 尉 alone: Wei
        ("吕秀兰", ("lv", "xiu", "lan")),  # ü typed as v
    ],
)
def test_the_usual_reading_reads_the_surname_as_a_surname(name: str, reading: tuple[str, ...]) -> None:
    assert usual_reading(name) == reading
    assert name_readings(name)[0] == reading


def test_rare_readings_are_kept_under_their_own_kinds() -> None:
    keys = keys_for(ResidentKeys("王胜利"))
    assert (KeyKind.INITIALS, "wsl") in keys
    assert (KeyKind.INITIALS_RARE, "wxl") in keys  # 胜 xing: still found…
    assert (KeyKind.INITIALS, "wxl") not in keys  # …but not as the usual reading
    assert (KeyKind.PINYIN_RARE, "wangxingli") in keys
    assert all(len(kind.value) <= 2 for kind, _ in keys)  # the column is String(2)


def test_mixtures_of_whole_syllables_and_initials() -> None:
    assert set(mixtures(("wang", "xiu", "lan"))) == {"wangxl", "wxiul", "wxlan", "wangxiul", "wangxlan", "wxiulan"}
    assert list(mixtures(("li",))) == []
    long = list(mixtures(("mai", "mai", "ti", "ai", "li")))  # a long name: whole syllables from its start only
    assert long == ["maimtal", "maimaital", "maimaitial", "maimaitiail"]


def test_the_usual_reading_ranks_before_a_rare_one_whoever_comes_more(any_db: Database) -> None:
    _register(any_db, "王胜利", "于胜利", "王秀兰", visits={"王胜利": [1, 2, 3, 4, 5], "于胜利": [1, 2, 3]})
    assert _names(any_db, "wxl") == ["王秀兰", "王胜利", "于胜利"]  # 胜 xing and 于 wu: found, further down
    assert _names(any_db, "wsl") == ["王胜利", "于胜利"]  # 于 wei: a rare reading
    assert _names(any_db, "ysl") == ["于胜利", "王胜利"]  # 于 yu usual; 王 has a rare reading yu too


def test_a_surname_reading_finds_first_and_the_dictionary_reading_after(any_db: Database) -> None:
    _register(any_db, "单雄信", "邓雄信", visits={"邓雄信": [1, 2]})
    assert _names(any_db, "sxx") == ["单雄信", "邓雄信"]  # pypinyin lists a rare shan for 邓: after, for all its visits
    assert _names(any_db, "shanxiongxin") == ["单雄信", "邓雄信"]
    assert _names(any_db, "dxx") == ["邓雄信", "单雄信"]  # 单 as dan: still found, after the usual reading of 邓


def test_a_compound_surname(any_db: Database) -> None:
    _register(any_db, "尉迟恭", "余成功", visits={"余成功": [1, 2, 3]})
    assert _names(any_db, "ycg")[0] == "余成功"  # the more frequent visitor of two usual readings
    assert _names(any_db, "yuchig") == ["尉迟恭"]
    assert _names(any_db, "weichigong") == ["尉迟恭"]  # 尉 read wei: found too


@pytest.mark.parametrize("typed", ["wangxl", "wxiul", "wang xiu l", "wxiulan", "wangxiul", "WangXL", "wangxiula"])
def test_mixed_pinyin_finds_the_resident_first(any_db: Database, typed: str) -> None:
    # Both others share the initials wxl and come often: only the whole syllables tell 王秀兰 apart.
    _register(any_db, "王秀兰", "吴小林", "魏晓兰", visits={"吴小林": [1, 2, 3, 4], "魏晓兰": [1, 2, 3, 4]})
    assert _names(any_db, "wxl")[-1] == "王秀兰"
    assert _names(any_db, typed) == ["王秀兰"]


def test_mixed_pinyin_of_the_given_name_finds_too(any_db: Database) -> None:
    _register(any_db, "王秀兰", "李小兰")
    assert _names(any_db, "xiul") == ["王秀兰"]
    assert set(_names(any_db, "xlan")) == {"王秀兰", "李小兰"}


@pytest.mark.parametrize("typed", ["lvxl", "lvxiulan", "lxiul", "nvying"])
def test_u_umlaut_typed_as_v(any_db: Database, typed: str) -> None:
    _register(any_db, "吕秀兰", "女英")
    assert _names(any_db, typed)[0] == ("女英" if typed.startswith("nv") else "吕秀兰")


def test_a_whole_name_match_before_a_prefix_even_of_a_frequent_visitor(any_db: Database) -> None:
    _register(any_db, "王秀兰", "王秀兰英", visits={"王秀兰英": [1, 2, 3, 4, 5, 6]})
    assert _names(any_db, "wxl") == ["王秀兰", "王秀兰英"]
    assert _names(any_db, "wangxiulan") == ["王秀兰", "王秀兰英"]


def test_among_equal_matches_who_came_recently_and_often_first(any_db: Database) -> None:
    ids = _register(any_db, "王秀兰", "王晓丽", "吴小林", "万秀玲")
    with any_db.write() as session:  # 王晓丽: many visits, but two months ago; 吴小林: two this month; 万秀玲: one
        for n, (name, ago) in enumerate(
            [
                ("王晓丽", 60),
                ("王晓丽", 61),
                ("王晓丽", 62),
                ("王晓丽", 63),
                ("吴小林", 3),
                ("吴小林", 10),
                ("万秀玲", 2),
            ]
        ):
            day = NOW.date() - timedelta(days=ago)
            at = datetime.combine(day, datetime.min.time()).replace(hour=9)
            session.add(
                Visit(resident_id=ids[name], visit_date=day, queue_number=500 + n, checked_in_at=at, checked_out_at=at)
            )
    assert _names(any_db, "wxl") == ["吴小林", "万秀玲", "王晓丽", "王秀兰"]


def test_last_visit_breaks_a_tie_of_counts(any_db: Database) -> None:
    _register(any_db, "王秀兰", "王晓丽", visits={"王秀兰": [20], "王晓丽": [2]})
    assert _names(any_db, "wxl") == ["王晓丽", "王秀兰"]
