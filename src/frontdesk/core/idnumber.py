"""居民身份证号码 Resident ID numbers (GB 11643-1999), and the one masking rule for ID and phone numbers.

An 18-character number is: 6-digit region code (where the number was first issued, which stays even after a move),
8-digit birth date YYYYMMDD, 3-digit sequence (odd for men, even for women), and a check character (ISO 7064
MOD 11-2, ``X`` standing for 10). Numbers issued before 1999 had 15 digits: a 2-digit year and no check character;
they are upgraded by inserting the century "19" and computing the check character.

No Qt and no database here: the desk, the import tool and the demo data all use these functions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

from frontdesk.core.errors import FrontdeskError

WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)  # 2**(17-i) mod 11
CHECK_CHARACTERS = "10X98765432"  # indexed by (weighted sum mod 11)
EARLIEST_BIRTH = date(1880, 1, 1)

ErrorCode = Literal["empty", "length", "characters", "date", "checksum"]
ERROR_CODES: tuple[ErrorCode, ...] = ("empty", "length", "characters", "date", "checksum")

# Full-width digits and X (typed with a Chinese IME in full-width mode) to ASCII; lower-case x to X.
_FULL_WIDTH_DIGITS = {chr(0xFF10 + d): str(d) for d in range(10)}
_TRANSLATE = str.maketrans({**_FULL_WIDTH_DIGITS, "x": "X", "Ｘ": "X", "ｘ": "X"})
_WHITESPACE = re.compile(r"\s+")  # includes the ideographic space U+3000
_SHAPE = re.compile(r"[0-9]*[0-9X]")  # digits, and X only as the last character


class IdNumberError(FrontdeskError, ValueError):
    """Not a valid ID number. ``code`` (one of :data:`ERROR_CODES`) picks the message the desk shows."""

    def __init__(self, code: ErrorCode) -> None:
        super().__init__(code)
        self.code: ErrorCode = code


@dataclass(frozen=True)
class IdInfo:
    number: str  # 18 characters, normalized (upper-case X)
    region: str  # 6-digit administrative division code
    birth_date: date
    gender: Literal["M", "F"]


def check_character(first17: str) -> str:
    """The check character for the first 17 digits of an 18-character number."""
    if len(first17) != 17 or not first17.isascii() or not first17.isdigit():
        raise ValueError("expected 17 ASCII digits")
    total = sum(int(digit) * weight for digit, weight in zip(first17, WEIGHTS, strict=True))
    return CHECK_CHARACTERS[total % 11]


def normalize(text: str) -> str:
    """Remove spaces, turn full-width digits into ASCII and ``x`` into ``X``. Does not validate."""
    return _WHITESPACE.sub("", text).translate(_TRANSLATE)


def upgrade_15_to_18(id15: str) -> str:
    """The 18-character form of a 15-digit number (all were issued to people born in the 1900s)."""
    number = normalize(id15)
    if not _is_ascii_digits(number):
        raise IdNumberError("characters")
    if len(number) != 15:
        raise IdNumberError("length")
    first17 = number[:6] + "19" + number[6:]
    return first17 + check_character(first17)


def parse(text: str, *, today: date) -> IdInfo:
    """Validate and decode an ID number typed or scanned at the desk; 15-digit numbers are upgraded.

    Checks run in this order, so the message names the first thing to fix: empty, characters (only digits, and X
    as the last of 18), length (15 or 18), date (a real date, 1880 or later, not after ``today``), checksum.
    """
    number = normalize(text)
    if not number:
        raise IdNumberError("empty")
    if not _SHAPE.fullmatch(number):
        raise IdNumberError("characters")
    if len(number) not in (15, 18):
        raise IdNumberError("length")
    if len(number) == 15:
        if number[-1] == "X":
            raise IdNumberError("characters")
        number = upgrade_15_to_18(number)
        checked = True  # no check character to verify on a 15-digit number
    else:
        checked = False
    birth = _birth_date(number[6:14])
    if birth is None or birth < EARLIEST_BIRTH or birth > today:
        raise IdNumberError("date")
    if not checked and check_character(number[:17]) != number[17]:
        raise IdNumberError("checksum")
    return IdInfo(number=number, region=number[:6], birth_date=birth, gender="M" if int(number[16]) % 2 else "F")


def is_valid(text: str, *, today: date | None = None) -> bool:
    """Whether ``text`` parses; ``today`` defaults to the system date."""
    try:
        parse(text, today=today or date.today())
    except IdNumberError:
        return False
    return True


def make(region: str, birth: date, sequence: int) -> str:
    """Build a valid 18-character number; ``sequence`` 1..999, odd for a man, even for a woman."""
    if len(region) != 6 or not _is_ascii_digits(region):
        raise ValueError("region must be 6 digits")
    if not 1 <= sequence <= 999:
        raise ValueError("sequence must be 1..999")
    first17 = f"{region}{birth.year:04d}{birth.month:02d}{birth.day:02d}{sequence:03d}"
    return first17 + check_character(first17)


def mask(number: str | None) -> str:
    """The masked form shown and printed everywhere: first 4 and last 4 kept, ``1101**********002X``.

    15-digit numbers become 4 + 7 stars + 4. Shorter, malformed values keep less, so at least a third is hidden.
    """
    value = normalize(number or "")
    keep = min(4, (len(value) - 1) // 3) if value else 0
    if keep == 0:
        return "*" * len(value)
    return value[:keep] + "*" * (len(value) - 2 * keep) + value[-keep:]


_MOBILE = re.compile(r"1[0-9]{10}")
_COUNTRY_PREFIX = re.compile(r"(\+86|0086)[\s-]*(?=\S)")
_AREA_SEPARATED = re.compile(r"(0[0-9]{2,3})([\s-]+)([0-9]+)")
_PHONE_TRANSLATE = str.maketrans({**_FULL_WIDTH_DIGITS, "－": "-", "＋": "+"})


def mask_phone(phone: str | None) -> str:
    """Masked phone number: a mobile keeps first 3 and last 4 (``139****1234``); a landline keeps its area code
    and last 2 (``0352-*****67``). Anything else keeps at most its last 2 digits, never the whole value."""
    value = (phone or "").strip().translate(_PHONE_TRANSLATE)
    if not value:
        return ""
    prefix = ""
    if found := _COUNTRY_PREFIX.match(value):
        prefix, value = value[: found.end()], value[found.end() :]
    compact = re.sub(r"[\s-]", "", value)
    if _MOBILE.fullmatch(compact):
        return prefix + compact[:3] + "****" + compact[-4:]
    if found := _AREA_SEPARATED.fullmatch(value):
        area, separator, local = found.groups()
        return prefix + area + separator + _keep_last_digits(local, 2)
    if compact.isdigit() and compact.startswith("0") and 10 <= len(compact) <= 12:
        area_length = 3 if compact[1] in "12" else 4  # 010 and 02x are the 3-digit area codes
        return prefix + compact[:area_length] + _keep_last_digits(compact[area_length:], 2)
    return prefix + _keep_last_digits(value, 2)


def _keep_last_digits(text: str, keep: int) -> str:
    """Star every digit but the last ``keep``; with fewer than 6 digits, or no digits at all, star everything."""
    digits = sum(ch.isdigit() for ch in text)
    if digits < 6:
        return re.sub(r"\S", "*", text)
    shown = 0
    out = []
    for ch in reversed(text):
        if ch.isdigit():
            out.append(ch if shown < keep else "*")
            shown += 1
        else:
            out.append(ch)
    return "".join(reversed(out))


def _is_ascii_digits(text: str) -> bool:
    return text.isascii() and text.isdigit()


def _birth_date(yyyymmdd: str) -> date | None:
    try:
        return date(int(yyyymmdd[:4]), int(yyyymmdd[4:6]), int(yyyymmdd[6:8]))
    except ValueError:
        return None
