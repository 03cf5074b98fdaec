"""ID numbers (GB 11643-1999) and the masking rule for ID and phone numbers."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from frontdesk.core import idnumber
from frontdesk.core.idnumber import IdNumberError

TODAY = date(2026, 6, 17)


def codes_of(text: str) -> str | None:
    try:
        idnumber.parse(text, today=TODAY)
    except IdNumberError as exc:
        return exc.code
    return None


# -- the standard's own examples ----------------------------------------------------------------------------------


def test_standard_example_female_1949():
    info = idnumber.parse("11010519491231002X", today=TODAY)
    assert info == idnumber.IdInfo("11010519491231002X", "110105", date(1949, 12, 31), "F")


def test_standard_example_male_1880_is_the_earliest_birth_year():
    info = idnumber.parse("440524188001010014", today=TODAY)
    assert (info.birth_date, info.gender, info.region) == (date(1880, 1, 1), "M", "440524")


@pytest.mark.parametrize(
    ("first17", "check"),
    [
        ("11010519491231002", "X"),  # GB 11643-1999 appendix
        ("44052418800101001", "4"),  # GB 11643-1999 appendix
        # worked by hand: 1·7+4·9+0·10+2·5+1·8+3·4+1·2+9·1+5·6+2·3+0·7+3·9+1·10+5·5+0·8+1·4+1·2 = 188 ≡ 1 (mod 11)
        ("14021319520315011", "0"),
    ],
)
def test_check_character(first17: str, check: str):
    assert idnumber.check_character(first17) == check


def test_check_character_wants_17_ascii_digits():
    for bad in ("1101051949123100", "1101051949123100X", "１１０１０５１９４９１２３１００２"):
        with pytest.raises(ValueError, match="17 ASCII digits"):
            idnumber.check_character(bad)


def test_upgrade_15_to_18():
    assert idnumber.upgrade_15_to_18("110105491231002") == "11010519491231002X"
    assert idnumber.upgrade_15_to_18(" 110105 491231 002 ") == "11010519491231002X"
    info = idnumber.parse("110105491231002", today=TODAY)  # a 15-digit number parses to its 18-digit form
    assert info.number == "11010519491231002X"
    assert info.gender == "F"
    with pytest.raises(IdNumberError) as caught:
        idnumber.upgrade_15_to_18("11010549123100")
    assert caught.value.code == "length"
    with pytest.raises(IdNumberError) as caught:
        idnumber.upgrade_15_to_18("11010549123100X")
    assert caught.value.code == "characters"


def test_normalize():
    assert idnumber.normalize(" 1101 0519 4912 3100 2x ") == "11010519491231002X"
    assert idnumber.normalize("１１０１０５１９４９１２３１００２ｘ") == "11010519491231002X"
    assert idnumber.normalize("110105\u300019491231002Ｘ") == "11010519491231002X"
    assert idnumber.parse("１１０１０５１９４９１２３１００２ｘ", today=TODAY).number == "11010519491231002X"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("1", "length"),
        ("1101051949123100", "length"),  # 16
        ("11010519491231002X1", "characters"),  # X not last
        ("1101051949123100211", "length"),  # 19
        ("11010519491231002A", "characters"),
        ("11010519491231002-", "characters"),
        ("11010549123100X", "characters"),  # a 15-digit number has no check character
        ("١١٠١٠٥١٩٤٩١٢٣١٠٠٢X", "characters"),  # Arabic-Indic digits are not accepted
        ("110105194912310021", "checksum"),
        ("110105194902300021", "date"),  # 30 February
        ("110105187912310021", "date"),  # before 1880
        ("110105202712310021", "date"),  # in the future
        ("110105491331002", "date"),  # 15 digits, month 13
    ],
)
def test_invalid(text: str, code: str):
    assert codes_of(text) == code
    assert not idnumber.is_valid(text, today=TODAY)


def test_birth_today_is_valid_tomorrow_is_not():
    assert idnumber.is_valid(idnumber.make("140213", TODAY, 1), today=TODAY)
    assert codes_of(idnumber.make("140213", date(2026, 6, 18), 1)) == "date"


def test_is_valid_defaults_to_the_system_date():
    assert idnumber.is_valid("11010519491231002X")
    assert not idnumber.is_valid("11010519491231002")


def test_error_is_a_value_error_with_a_code():
    with pytest.raises(ValueError, match="checksum"):
        idnumber.parse("110105194912310021", today=TODAY)


def test_make():
    number = idnumber.make("140213", date(1955, 3, 1), 37)
    assert number[:17] == "14021319550301037"
    info = idnumber.parse(number, today=TODAY)
    assert (info.birth_date, info.gender, info.region) == (date(1955, 3, 1), "M", "140213")
    assert idnumber.parse(idnumber.make("140213", date(1955, 3, 1), 38), today=TODAY).gender == "F"
    for region, sequence in (("14021", 1), ("14021X", 1), ("140213", 0), ("140213", 1000)):
        with pytest.raises(ValueError, match=r"region|sequence"):
            idnumber.make(region, date(1955, 3, 1), sequence)


# -- masking ------------------------------------------------------------------------------------------------------


def test_mask_id_number():
    assert idnumber.mask("11010519491231002X") == "1101**********002X"
    assert idnumber.mask("11010519491231002x") == "1101**********002X"
    assert idnumber.mask("110105491231002") == "1101*******1002"
    assert idnumber.mask(None) == ""
    assert idnumber.mask("") == ""
    assert idnumber.mask("12345") == "1***5"
    assert idnumber.mask("12") == "**"


@pytest.mark.parametrize(
    ("phone", "masked"),
    [
        ("13912341234", "139****1234"),
        (" 139 1234 1234 ", "139****1234"),
        ("139-1234-1234", "139****1234"),
        ("１３９１２３４１２３４", "139****1234"),
        ("+86 13912341234", "+86 139****1234"),
        ("0352-1234567", "0352-*****67"),
        ("0352 1234567", "0352 *****67"),
        ("03521234567", "0352*****67"),
        ("010-87654321", "010-******21"),
        ("01087654321", "010******21"),
        ("1234567", "*****67"),  # local number without area code
        ("12345", "*****"),
        ("110", "***"),
        ("无", "*"),
        ("", ""),
        (None, ""),
    ],
)
def test_mask_phone(phone: str | None, masked: str):
    assert idnumber.mask_phone(phone) == masked


# -- properties ---------------------------------------------------------------------------------------------------

id_like = st.text(alphabet="0123456789Xx ０１９Ｘ-", min_size=0, max_size=20)
births = st.dates(min_value=date(1880, 1, 1), max_value=TODAY)
regions = st.from_regex(r"[1-8][0-9]{5}", fullmatch=True)


@settings(max_examples=3000, deadline=None)
@given(st.one_of(st.text(max_size=30), id_like))
def test_parse_never_crashes(text: str):
    code = codes_of(text)
    assert code is None or code in idnumber.ERROR_CODES
    if code is None:
        number = idnumber.parse(text, today=TODAY).number
        assert len(number) == 18
        assert idnumber.check_character(number[:17]) == number[17]


@settings(max_examples=500, deadline=None)
@given(regions, births, st.integers(1, 999))
def test_make_parses_back(region: str, birth: date, sequence: int):
    number = idnumber.make(region, birth, sequence)
    info = idnumber.parse(number, today=TODAY)
    assert (info.number, info.region, info.birth_date) == (number, region, birth)
    assert info.gender == ("M" if sequence % 2 else "F")
    assert idnumber.mask(number) == number[:4] + "*" * 10 + number[-4:]


@settings(max_examples=300, deadline=None)
@given(regions, births, st.integers(1, 999), st.integers(0, 16), st.integers(1, 9))
def test_single_digit_errors_are_caught(region: str, birth: date, sequence: int, position: int, change: int):
    number = idnumber.make(region, birth, sequence)
    wrong = number[:position] + str((int(number[position]) + change) % 10) + number[position + 1 :]
    assert codes_of(wrong) in ("checksum", "date")


@settings(max_examples=300, deadline=None)
@given(regions, births, st.integers(1, 999), st.integers(0, 16))
def test_adjacent_transpositions_are_caught(region: str, birth: date, sequence: int, position: int):
    number = idnumber.make(region, birth, sequence)
    a, b = number[position], number[position + 1]
    assume(b not in (a, "X"))
    swapped = number[:position] + b + a + number[position + 2 :]
    assert codes_of(swapped) in ("checksum", "date")


@settings(max_examples=1000, deadline=None)
@given(st.text(max_size=25))
def test_mask_phone_never_shows_the_whole_number(text: str):
    masked = idnumber.mask_phone(text)
    digits = [ch for ch in text if ch.isdigit()]
    if digits:
        assert sum(ch.isdigit() for ch in masked) < len(digits)


@settings(max_examples=200, deadline=None)
@given(st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True))
def test_mask_phone_mobile_shape(mobile: str):
    assert idnumber.mask_phone(mobile) == mobile[:3] + "****" + mobile[-4:]
