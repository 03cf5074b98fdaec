"""The import wizard's words cover every code the import can give: each file error, row reason, refusal, status and
match, so a code added to the core cannot reach the screen as a code."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import frontdesk.core.importing.checking as checking_module
import frontdesk.core.services.resident_import as import_module
from frontdesk.core.importing import words as core_words
from frontdesk.core.importing.plan import FieldUpdate, PlannedRow, RowStatus
from frontdesk.core.validation import FieldError
from frontdesk.ui.common import resident_words
from frontdesk.ui.pages.residents.roster_import import words

CORE = Path(checking_module.__file__).parents[1]


def _codes(pattern: str) -> set[str]:
    return {code for path in CORE.rglob("*.py") for code in re.findall(pattern, path.read_text(encoding="utf-8"))}


def test_every_file_error_has_its_sentence() -> None:
    raised = _codes(r'ImportFileError\(\s*"(\w+)"')
    assert raised
    assert raised <= set(words.FILE_ERRORS)
    assert set(core_words.FILE_ERROR_WORDS) <= set(words.FILE_ERRORS)


def test_every_row_reason_has_words() -> None:
    reasons = set(core_words.REASON_WORDS)
    assert reasons <= set(words.IMPORT_FIELD_ERRORS) | set(resident_words.FIELD_ERRORS)


def test_every_refusal_statuses_and_matches_have_words() -> None:
    refused = set(re.findall(r'RuleViolation\(\s*"(\w+)"', Path(import_module.__file__).read_text(encoding="utf-8")))
    assert refused <= set(words.REFUSALS)
    assert set(words.STATUSES) == set(words.STATUS_COUNTS) == {status.value for status in RowStatus}
    assert set(words.STATUS_ORDER) == set(words.STATUSES)
    assert set(checking_module.MATCH_REASONS.values()) <= set(words.MATCH_REASONS)


@pytest.mark.parametrize("language", ["en"], indirect=True)
@pytest.mark.parametrize("code", sorted(set(words.IMPORT_FIELD_ERRORS) | set(resident_words.FIELD_ERRORS)))
def test_every_reason_is_said_whole(language, code: str) -> None:
    params = {"name": "王秀兰", "count": 2, "line": 7, "max": 40, "expected": "F"}
    for field in ("phone", ""):
        text = words.problem_text(FieldError(field, code, params))
        assert text
        assert "{" not in text, text
        assert code not in text, text


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_a_row_said_as_staff_read_it(language) -> None:
    bad = PlannedRow(9, RowStatus.BAD, ("孙小红",), None, problems=(
        FieldError("phone", "phone_format"), FieldError("", "repeat_other_name", {"line": 4})))  # fmt: skip
    assert words.row_reason(bad) == (
        "Mobile: Not a phone number: a mobile has 11 digits, starting with 1; a landline needs its area code.；"
        "The same ID number as row 4 of this file, but another name."
    )
    update = PlannedRow(5, RowStatus.UPDATE, ("陈淑珍",), None, updates=(FieldUpdate("community", "", "局前社区"),))
    assert words.row_reason(update) == "Community: (empty) → 局前社区"
    repeat = PlannedRow(6, RowStatus.REPEAT, ("陈淑珍",), None, repeat_of=5)
    assert words.row_reason(repeat) == "The same person as row 5"
    same = PlannedRow(7, RowStatus.SAME, ("李建国",), None, match_reason="name_birth")
    assert words.row_reason(same) == "Matches a registered resident (same name and date of birth)"
    assert words.file_error("too_large", {"max_mb": 50}).startswith(
        "This file is too large to import (more than 50 MB)"
    )
    assert words.file_error("something_new").startswith("This file cannot be imported.")
