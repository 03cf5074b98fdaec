"""The resident form's rules, field by field, and thousands of random inputs: no crash, every refusal explained."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from frontdesk.core.validation import ResidentInput, ValidationFailed, normalize_phone, validate_resident

TODAY = date(2026, 11, 28)
KNOWN_CODES = {
    "required", "too_long", "name_characters", "birth_date_range", "birth_date_mismatch", "gender_mismatch",
    "id_empty", "id_length", "id_characters", "id_date", "id_checksum", "phone_format", "emergency_name_required",
    "card_format", "date_in_future", "invalid_choice",
}  # fmt: skip


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("13912341234", "13912341234"),
        ("139 1234 1234", "13912341234"),
        ("139-1234-1234", "13912341234"),
        ("+86 139 1234 1234", "13912341234"),
        ("１３９１２３４１２３４", "13912341234"),  # full-width digits from an IME
        ("0352-2081234", "0352-2081234"),
        ("03522081234", "0352-2081234"),
        ("010-62345678", "010-62345678"),
        ("(021) 6123 4567", "021-61234567"),
    ],
)
def test_phone_numbers_are_stored_in_one_form(typed: str, stored: str) -> None:
    assert normalize_phone(typed) == stored


@pytest.mark.parametrize("typed", ["12345", "1391234123", "23912341234", "12912341234", "0352-123", "abc", ""])
def test_bad_phone_numbers_are_refused(typed: str) -> None:
    with pytest.raises(ValueError, match=r".*"):
        normalize_phone(typed)


@pytest.mark.parametrize(
    ("name", "code"),
    [("", "required"), ("   ", "required"), ("王" * 41, "too_long"), ("王秀兰2", "name_characters")],
)
def test_name_rules(name: str, code: str) -> None:
    with pytest.raises(ValidationFailed) as caught:
        validate_resident(ResidentInput(name=name), today=TODAY)
    assert caught.value.codes() == {"name": code}


@pytest.mark.parametrize("name", ["王秀兰", "欧阳明", "单䶮", "曾𬌗", "阿依古丽·买买提", "Maria Li"])
def test_real_names_pass(name: str) -> None:
    assert validate_resident(ResidentInput(name=name), today=TODAY).name == name


def test_future_birth_and_consent_dates_are_refused() -> None:
    with pytest.raises(ValidationFailed) as caught:
        validate_resident(
            ResidentInput(name="王秀兰", birth_date=date(2027, 1, 1), consent_date=date(2026, 12, 1)), today=TODAY
        )
    assert caught.value.codes() == {"birth_date": "birth_date_range", "consent_date": "date_in_future"}


text = st.text(max_size=30)


@settings(max_examples=3000, deadline=None)
@given(
    name=text,
    id_number=st.one_of(st.none(), text, st.from_regex(r"[0-9]{15,18}[Xx]?", fullmatch=True)),
    phone=st.one_of(text, st.from_regex(r"1[0-9]{10}", fullmatch=True)),
    emergency_name=text,
    emergency_phone=text,
    card=text,
    gender=st.sampled_from(["M", "F", "U", "?"]),
    birth=st.one_of(st.none(), st.dates(min_value=date(1800, 1, 1), max_value=date(2100, 1, 1))),
)
def test_random_input_never_crashes_and_every_refusal_has_a_message(
    name, id_number, phone, emergency_name, emergency_phone, card, gender, birth
) -> None:
    data = ResidentInput(
        name=name,
        id_number=id_number,
        phone=phone,
        emergency_name=emergency_name,
        emergency_phone=emergency_phone,
        card_number=card,
        gender=gender,
        birth_date=birth,
    )
    try:
        clean = validate_resident(data, today=TODAY)
    except ValidationFailed as failed:
        assert failed.errors
        assert {e.code for e in failed.errors} <= KNOWN_CODES
        assert all(e.field in ResidentInput.__dataclass_fields__ for e in failed.errors)
    else:
        assert clean.name.strip() == clean.name
        assert clean.name
        if clean.id_number:
            assert len(clean.id_number) == 18
        assert clean.gender in ("M", "F", "U")
