"""Every document in every size it comes in, built from fixture data and read back as a reader and a scanner would.

The text (pypdf) holds the expected Chinese, rare name characters included; every font is embedded (FontFile2);
nothing a resident takes away shows a full ID or mobile number; each page rendered at 203 dpi, 1 bit, gives back
its codes to a real decoder (zxing-cpp), and a decoded code finds the right resident at the desk.
"""

from __future__ import annotations

import pytest

from actors import TEST_DESK
from frontdesk.core.db import Database
from frontdesk.core.services.lookup import LookupService
from frontdesk.printing.documents import KINDS, render
from pdf_checks import decoded, full_identifiers, pages_at_203_dpi, text_of, unembedded_fonts
from print_data import CENTER, FULL_NUMBERS, NOW, PEOPLE, Printed, populate, record_for

CASES = [(kind.name, size) for kind in KINDS.values() for size in kind.sizes]
CARD_NAMES = ["刘䶮", "曾𬌗", "张喆", "李昇"]  # 王堃 has no card number
EXPECTED = {
    "visit-slip": [CENTER, "来访凭条", "刘䶮", "1101**********0038", "排队号", "康养", "+2", "书法班", "书法室",
                   "开放时间"],
    "cards": [CENTER, "服务卡", *CARD_NAMES, "20260001", "卡号", "南关社区"],
    "in-building": ["内部资料", "在馆名单", "刘䶮", "曾𬌗", "张喆", "轮椅", "独居", "13900000000", "儿子"],
    "welfare-calls": ["内部资料", "关怀回访名单", "王堃", "15012340000", "西街社区", "12 天前"],
    "consent-form": [CENTER, "知情同意书", "曾𬌗", "1101**********002X"],
    "own-data": [CENTER, "居民本人信息", "李昇", "140202194110224228"],  # their own data: the number in full
    "appointment-slip": [CENTER, "预约单", "刘䶮", "中医理疗", "11月28日 周六", "10:00–10:30", "A012", "第2次/共3次",
                         "理疗室", "王建国（仁和养老院）", "¥20（市场价¥60）", "既往病历、医保卡", "上次血压 146/92"],
    "call-list": ["内部资料", "明日电话回访单", "2026年11月29日 周日", "张喆", "13712345670", "需空腹", "已通知"],
    "session-calls": ["内部资料", "停课通知电话单", "书法班", "2026年12月1日 周二", "09:00–10:30", "书法室",
                      "老师生病", "刘䶮", "13912341234", "+2", "曾𬌗", "13812345678", "共 2 人", "已通知"],
    "day-list": [CENTER, "康养服务站每日安排", "王堃", "服务中", "现场", "A013", "取消：身体不适", "预约 5 人次"],
    "roster": [CENTER, "签到表", "书法班（2026 冬季班）", "2026年11月28日 周六 10:00–11:30", "书法室（2楼）",
               "张德明老师（银发艺术团）", "刘䶮", "+2", "曾𬌗", "签名", "已签到 1 人"],
    "enrollment-slip": [CENTER, "报名回执", "刘䶮", "书法班", "已报名", "2026 冬季班", "每周六 10:00–11:30",
                        "11月28日 周六 10:00–11:30", "书法室（2楼）", "免费", "+2"],
    "timetable": [CENTER, "个人课表", "刘䶮", "书法班", "每周六 10:00–11:30", "11月28日 周六"],
    "room-week": [CENTER, "书法室", "教室周课表", "11月23日", "周五", "14:00–15:00", "书法讲座", "主办：颐康养老院"],
    "monthly-report": [CENTER, "2026年11月工作月报", "来访人数4人（不同的居民）", "来访人次11人次（签到次数）", "图1",
                       "80–89岁", "填报人", "审核人", "单位（盖章）", "第 1 页 共"],
    "partner-statement": [CENTER, "社区合伙人服务记录汇总", "统计期间没有合伙人服务记录。", "第 1 页 共 1 页"],
}  # fmt: skip


@pytest.fixture
def printed(db: Database) -> Printed:
    return populate(db)


@pytest.mark.parametrize(("kind", "size"), CASES, ids=[f"{k}-{s}" for k, s in CASES])
def test_document_reads_back_embeds_its_fonts_and_masks_what_residents_carry(
    db: Database, printed: Printed, kind: str, size: str
) -> None:
    pdf = render(kind, record_for(db, printed, kind), size)
    text = text_of(pdf)
    squeezed = "".join(text.split())  # a long name or number may wrap in a narrow column
    for expected in EXPECTED[kind]:
        assert "".join(expected.split()) in squeezed, expected
    assert unembedded_fonts(pdf) == []
    if KINDS[kind].masked:
        assert full_identifiers(text) == []
        assert not any(number in text for number in FULL_NUMBERS)
    pages = pages_at_203_dpi(pdf)
    assert all(page.mode == "1" for page in pages)
    codes = [code for page in pages for code in decoded(page)]
    lookup = LookupService(db, lambda: NOW)
    if kind in ("visit-slip", "appointment-slip", "enrollment-slip"):
        (code,) = codes
        assert code[0] == "QRCode"
        assert lookup.find_by_scan(code[1], actor=TEST_DESK) == printed.ids["刘䶮"]
    elif kind == "cards":
        numbers = {name: PEOPLE[name][3] for name in CARD_NAMES}
        assert sorted(codes) == sorted((f, n) for n in numbers.values() for f in ("Code128", "QRCode"))
        for name, number in numbers.items():
            assert lookup.find_by_scan(number, actor=TEST_DESK) == printed.ids[name]
            assert [hit.resident_id for hit in lookup.search(number, actor=TEST_DESK)] == [printed.ids[name]]
    elif kind == "roster":  # a code per enrolled row
        assert sorted(lookup.find_by_scan(code, actor=TEST_DESK) for _, code in codes) == sorted(
            printed.ids[name] for name in ("刘䶮", "曾𬌗"))  # fmt: skip
    else:
        assert codes == []
