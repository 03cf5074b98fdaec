"""The residents page's words cover every code and choice of the core, in both languages; typed dates."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

import frontdesk.core.services.residents as residents_module
import frontdesk.core.validation as validation_module
from frontdesk.core import idnumber
from frontdesk.core.errors import RuleViolation
from frontdesk.core.models import ArchiveReason, ConsentScope, Disability, Gender, MobilityAid
from frontdesk.core.services.registry import Flag, Sort
from frontdesk.core.services.residents import DuplicateMatch
from frontdesk.core.validation import INPUT_FIELDS
from frontdesk.ui.common import resident_words as words
from frontdesk.ui.pages.residents.form_fields import parse_date

BRIEF_CODES = [  # every FieldError code the registry raises
    "required", "too_long", "name_characters", "birth_date_range", "birth_date_mismatch", "gender_mismatch",
    "id_empty", "id_length", "id_characters", "id_date", "id_checksum", "id_number_taken", "card_number_taken",
    "phone_format", "emergency_name_required", "card_format", "date_in_future", "invalid_choice",
]  # fmt: skip


def _codes_in(module, pattern: str) -> set[str]:
    return set(re.findall(pattern, Path(module.__file__).read_text(encoding="utf-8")))


def test_every_field_error_code_has_words() -> None:
    in_core = _codes_in(validation_module, r'FieldError\(\s*"\w+",\s*"(\w+)"')
    in_core |= {f"id_{code}" for code in idnumber.ERROR_CODES}
    in_core |= {f"{field}_taken" for field in residents_module.MERGE_UNIQUE}
    assert in_core <= set(words.FIELD_ERRORS)
    assert set(BRIEF_CODES) <= set(words.FIELD_ERRORS)


def test_every_refusal_has_words() -> None:
    in_core = _codes_in(residents_module, r'RuleViolation\("(\w+)"')
    assert in_core <= set(words.REFUSALS)


def test_choices_match_the_core() -> None:
    assert set(words.FIELDS) == set(INPUT_FIELDS)
    assert set(words.GENDERS) == {g.value for g in Gender}
    assert set(words.DISABILITY) == {d.value for d in Disability}
    assert set(words.MOBILITY_AIDS) == {m.value for m in MobilityAid}
    assert set(words.ARCHIVE_REASONS) == {r.value for r in ArchiveReason}
    assert set(words.CONSENT_SCOPES) == set(words.CONSENT_SCOPE_HINTS) == {c.value for c in ConsentScope}
    assert set(words.FLAGS) == {f.value for f in Flag}
    assert set(words.SORTS) == {s.value for s in Sort}
    assert set(words.DUPLICATE_REASONS) == set(re.findall(r'"(same_\w+)"', Path(residents_module.__file__).read_text()))


@pytest.mark.parametrize("code", sorted(words.FIELD_ERRORS))
def test_every_field_message_is_in_chinese(language, code: str) -> None:
    params = {"expected": date(1949, 12, 31) if code.startswith("birth") else "F", "max": 40}
    text = words.field_error(code, params, field="id_number", typed="1101")
    assert text
    assert not re.search(r"[A-Za-z]{3,}", text.replace("ID", "")), text
    assert "{" not in text


def test_messages_in_the_staffs_words(language) -> None:
    assert words.field_error("id_checksum", field="id_number") == "身份证号校验位不对，请核对最后一位。"
    mismatch = words.field_error("birth_date_mismatch", {"expected": date(1949, 12, 31)}, field="birth_date")
    assert mismatch == "出生日期与身份证号不一致（身份证上是 1949-12-31）。"
    assert (
        words.field_error("gender_mismatch", {"expected": "F"}, field="gender")
        == "性别与身份证号不一致（身份证上是女）。"
    )
    assert words.field_error("required", field="name") == "请填写姓名。"
    assert words.field_error("id_length", field="id_number", typed="1101 0519") == (
        "身份证号应为 18 位（老身份证 15 位），现在是 8 位。"
    )
    match = DuplicateMatch(7, "王秀兰", "same_id_number", archived=False)
    assert words.duplicate_line(match) == "可能已登记：王秀兰（同一身份证号）"
    archived = DuplicateMatch(7, "王秀兰", "same_phone_similar_name", archived=True)
    assert words.duplicate_line(archived) == "可能已登记：王秀兰（电话相同，姓名相近，已归档）"
    conflict = RuleViolation("merge_conflict", {"field": "card_number"})
    assert words.refusal(conflict) == "两份档案的服务卡号不同，不能合并。请先改正错的那份。"
    assert words.refusal(RuleViolation("unheard_of")) == "无法完成：unheard_of。"


def test_messages_in_english(qapp) -> None:
    assert words.field_error("id_checksum", field="id_number") == (
        "The check digit of the ID number is wrong: please check the last character."
    )
    assert words.field_error("required", field="name") == "Please fill in Name."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("1949-12-31", date(1949, 12, 31)),
        (" 1949/1/2 ", date(1949, 1, 2)),
        ("1949.12.31", date(1949, 12, 31)),
        ("1949年12月31日", date(1949, 12, 31)),
        ("19491231", date(1949, 12, 31)),
        ("１９４９-１２-３１", date(1949, 12, 31)),  # full-width digits from a Chinese input method
        ("", None),
    ],
)
def test_typed_dates(typed: str, expected: date | None) -> None:
    assert parse_date(typed) == expected


@pytest.mark.parametrize("typed", ["1949-13-01", "49-12-31", "yesterday", "1949-02-30", "1949123"])
def test_typed_non_dates(typed: str) -> None:
    with pytest.raises(ValueError):  # noqa: PT011 - any ValueError: the form shows one message for all
        parse_date(typed)
