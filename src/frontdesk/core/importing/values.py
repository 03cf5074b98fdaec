"""A roster's cells as the resident form's values (单元格 → 表单字段).

Cells come as the readers give them: text, numbers, dates. What rosters do to them, and what is made of it here:

- **Dates** as text in every spelling (1945.03.12, 1945年3月12日, 19450312, 1945/3/12, 1945-03-12), as numbers
  (19450312, an Excel serial whose cell lost its date format) or as real dates. A date that gives only a month
  (1945.03, 1945年3月, 194503) is read as that month: with an ID number in the row the ID's full birth date is taken
  when it falls in that month (else the form's ``birth_date_mismatch``); without one the 1st of the month is kept,
  and the resident's notes say the day is not known (:data:`MONTH_ONLY_NOTE`), since the form holds full dates only.
  A year with one decimal typed as a number (1945.1) cannot tell January from October: ``date_unclear``.
- **ID numbers** saved as numbers: an 18-digit whole number is fine; a float or scientific notation (3.40104E+17)
  has lost its last digits in the spreadsheet program, which cannot be undone: ``id_lost_digits``, never a guess.
  A trailing ".0" is dropped; 15-digit numbers are upgraded by the form's rules.
- **Phones** saved as numbers (13812345678.0) become their digits.
- **Yes/no columns** (是/否/√/✓/有/无/Y/N/1/0, or the column's own word: 独居 under 独居), **gender** (男/女/M/F),
  **disability** (失能/半失能/自理), **mobility aids** (拐杖/助行器/轮椅) as the form's choices; anything else is
  ``invalid_choice`` for that field.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from frontdesk.core.importing.plan import CellValue
from frontdesk.core.models import Disability, Gender, MobilityAid
from frontdesk.core.validation import FieldError

MONTH_ONLY_NOTE = "出生日期只知年月"  # added to the notes of a resident whose roster gave a month, no day
EXCEL_EPOCH = date(1899, 12, 30)  # serial 1 is 1900-01-01 in Excel's count (which has a 29 February 1900)
SERIAL_RANGE = (1, 73050)  # 1900-01-01 … 2099-12-31
YEAR_RANGE = (1880, 2100)
EXACT_INTEGER_LIMIT = 2**53  # a float above this is not a whole number any more: digits were rounded away
BOOL_FIELDS = ("lives_alone", "empty_nest", "low_income")
TEXT_NUMBER_FIELDS = ("building", "unit", "room", "card_number")

_YES = {"是", "有", "√", "✓", "✔", "☑", "y", "yes", "1", "true", "对"}
_NO = {"否", "无", "没有", "不是", "×", "✗", "✘", "n", "no", "0", "false", "-", "—", "/", "非"}
_YES_WORDS = {
    "lives_alone": {"独居", "独居老人"}, "empty_nest": {"空巢", "空巢老人"}, "low_income": {"低保", "低保户"},
}  # fmt: skip
_GENDERS = {"男": Gender.MALE, "男性": Gender.MALE, "m": Gender.MALE, "male": Gender.MALE,
            "女": Gender.FEMALE, "女性": Gender.FEMALE, "f": Gender.FEMALE, "female": Gender.FEMALE,
            "未知": Gender.UNKNOWN, "不详": Gender.UNKNOWN}  # fmt: skip
_DISABILITY = {
    "失能": Disability.FULL, "完全失能": Disability.FULL, "全失能": Disability.FULL, "重度失能": Disability.FULL,
    "半失能": Disability.SEMI, "部分失能": Disability.SEMI, "轻度失能": Disability.SEMI, "中度失能": Disability.SEMI,
    "自理": Disability.NONE, "能自理": Disability.NONE, "生活自理": Disability.NONE, "完全自理": Disability.NONE,
    "正常": Disability.NONE, "full": Disability.FULL, "semi": Disability.SEMI, "none": Disability.NONE,
}  # fmt: skip
_AIDS = {
    "拐杖": MobilityAid.CANE, "手杖": MobilityAid.CANE, "拐棍": MobilityAid.CANE, "cane": MobilityAid.CANE,
    "助行器": MobilityAid.WALKER, "助步器": MobilityAid.WALKER, "walker": MobilityAid.WALKER,
    "轮椅": MobilityAid.WHEELCHAIR, "wheelchair": MobilityAid.WHEELCHAIR,
}  # fmt: skip
_SCIENTIFIC = re.compile(r"[+-]?\d+(\.\d+)?[eE][+-]?\d+")
_DATE_PARTS = re.compile(r"(\d{4})\s*[年./\-]\s*(\d{1,2})(?:\s*[月./\-]\s*(\d{1,2})\s*日?)?\s*月?")
_TRAILING_TIME = re.compile(r"[ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$")


@dataclass(frozen=True)
class BirthDate:
    """A birth date as a roster gave it: ``month_only`` when it named a month and no day (``value`` is the 1st)."""

    value: date
    month_only: bool = False


def cell_text(value: CellValue) -> str:
    """A cell as text, as the file shows it: whole numbers without ".0", dates in ISO form, the rounded ID numbers
    a spreadsheet saved as numbers in its own scientific notation (so no one takes them for the real digits)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        if math.isfinite(value) and value.is_integer():
            return f"{value:.15G}" if abs(value) >= 1e15 else str(int(value))
        return repr(value)
    if isinstance(value, int):
        return str(value)
    return str(value).strip()


def plain_text(value: CellValue) -> str:
    """A text field's value: a number in a text column (building 3, room 1201.0) is its digits."""
    return cell_text(value)


def id_number_text(value: CellValue) -> str:
    """The ID number as text for the form's rules, or ValueError("id_lost_digits") when a spreadsheet rounded it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        raise ValueError("id_characters")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not value.is_integer() or abs(value) >= EXACT_INTEGER_LIMIT:
            raise ValueError("id_lost_digits")
        return str(int(value))
    if isinstance(value, date | datetime):
        raise ValueError("id_characters")
    text = unicodedata.normalize("NFKC", str(value)).strip().lstrip("'")
    compact = text.replace(" ", "")
    if _SCIENTIFIC.fullmatch(compact):
        raise ValueError("id_lost_digits")
    if compact.endswith(".0") and compact[:-2].isdigit():
        return compact[:-2]
    return text


def phone_text(value: CellValue) -> str:
    """A phone as text: a number's digits (the leading 0 of a landline saved as a number is gone: the form says
    so), a text's own characters without a trailing ".0"."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer() and abs(value) < EXACT_INTEGER_LIMIT:
        return str(int(value))
    text = cell_text(value).lstrip("'")
    if text.endswith(".0") and text[:-2].isdigit():
        return text[:-2]
    return text


def yes_no(value: CellValue, field: str) -> bool:
    """是/否 and their many marks; the column's own word (独居 under 独居) is yes; ValueError("invalid_choice")."""
    if value is None:
        return False
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        if value in (0, 1):
            return bool(value)
        raise ValueError("invalid_choice")
    key = unicodedata.normalize("NFKC", str(value)).strip().lower()
    if not key or key in _NO:
        return False
    if key in _YES or key in _YES_WORDS.get(field, ()):
        return True
    raise ValueError("invalid_choice")


def gender(value: CellValue) -> str:
    if value is None:
        return Gender.UNKNOWN.value
    key = unicodedata.normalize("NFKC", str(value)).strip().lower()
    if not key:
        return Gender.UNKNOWN.value
    if key in _GENDERS:
        return _GENDERS[key].value
    raise ValueError("invalid_choice")


def disability(value: CellValue) -> str:
    """失能 / 半失能 / 自理; a yes/no under a 失能 column: yes is 失能."""
    if value is None:
        return Disability.NONE.value
    key = unicodedata.normalize("NFKC", str(value)).strip().lower()
    if key in _DISABILITY:
        return _DISABILITY[key].value
    try:
        return Disability.FULL.value if yes_no(value, "disability") else Disability.NONE.value
    except ValueError:
        raise ValueError("invalid_choice") from None


def mobility_aid(value: CellValue) -> str:
    if value is None:
        return MobilityAid.NONE.value
    key = unicodedata.normalize("NFKC", str(value)).strip().lower()
    if key in _AIDS:
        return _AIDS[key].value
    if not key or key in _NO:
        return MobilityAid.NONE.value
    raise ValueError("invalid_choice")


def birth_date(value: CellValue) -> BirthDate | None:
    """The date a cell gives (see the module's notes), ``None`` for an empty one; ValueError("date_format") for
    something that is not a date, ValueError("date_unclear") for 1945.1."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return BirthDate(value.date())
    if isinstance(value, date):
        return BirthDate(value)
    if isinstance(value, bool):
        raise ValueError("date_format")
    if isinstance(value, int | float):
        return _number_date(value)
    return _text_date(unicodedata.normalize("NFKC", str(value)).strip())


def _number_date(value: float) -> BirthDate:
    if isinstance(value, float) and not value.is_integer():
        year, fraction = int(value), round((value - int(value)) * 100)
        if YEAR_RANGE[0] <= year <= YEAR_RANGE[1]:
            if fraction == 10:  # 1945.1: typed 1945.1 (January) or 1945.10 (October)? The number cannot say.
                raise ValueError("date_unclear")
            return _month(year, fraction // 10 if fraction % 10 == 0 else fraction)
        raise ValueError("date_format")
    number = int(value)
    if 10_000_000 <= number <= 99_999_999:
        return _yyyymmdd(str(number))
    if 100_000 <= number <= 999_999 and YEAR_RANGE[0] <= number // 100 <= YEAR_RANGE[1]:
        return _month(number // 100, number % 100)
    if SERIAL_RANGE[0] <= number <= SERIAL_RANGE[1] and not (YEAR_RANGE[0] <= number <= YEAR_RANGE[1]):
        return BirthDate(EXCEL_EPOCH + timedelta(days=number))
    raise ValueError("date_format")


def _text_date(text: str) -> BirthDate | None:
    if not text:
        return None
    text = _TRAILING_TIME.sub("", text.replace("号", "日")).strip()
    if text.isdigit():
        if len(text) == 8:
            return _yyyymmdd(text)
        if len(text) == 6:
            return _month(int(text[:4]), int(text[4:]))
        raise ValueError("date_format")
    match = _DATE_PARTS.fullmatch(text)
    if match is None:
        raise ValueError("date_format")
    year, month, day = int(match.group(1)), int(match.group(2)), match.group(3)
    if day is None:
        return _month(year, month)
    return _full(year, month, int(day))


def _yyyymmdd(digits: str) -> BirthDate:
    return _full(int(digits[:4]), int(digits[4:6]), int(digits[6:]))


def _full(year: int, month: int, day: int) -> BirthDate:
    try:
        return BirthDate(date(year, month, day))
    except ValueError:
        raise ValueError("date_format") from None


def _month(year: int, month: int) -> BirthDate:
    if not (YEAR_RANGE[0] <= year <= YEAR_RANGE[1] and 1 <= month <= 12):
        raise ValueError("date_format")
    return BirthDate(date(year, month, 1), month_only=True)


def field_error(field: str, exc: ValueError) -> FieldError:
    return FieldError(field, str(exc.args[0]) if exc.args else "invalid_choice")
