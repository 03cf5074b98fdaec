"""Checking what the resident form holds, field by field, before anything is written.

Every problem is a :class:`FieldError` naming the field and a machine code; the UI turns the code into a message in
the user's language beside that field, and keeps everything typed. Valid input comes back cleaned: ID numbers
normalized (15 digits upgraded, ``x`` → ``X``), birth date and sex filled from the ID number when left empty, phone
numbers in one format.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, fields, replace
from datetime import date

from frontdesk.core import idnumber
from frontdesk.core.errors import FrontdeskError
from frontdesk.core.models import Disability, Gender, MobilityAid
from frontdesk.core.text import clean_text

NAME_MAX = 40
# The database's column sizes for the other text fields (PostgreSQL refuses longer text; SQLite would keep it).
TEXT_MAX = {
    "community": 40, "building": 20, "unit": 20, "room": 20, "address_detail": 120, "emergency_name": 40,
    "emergency_relation": 20,
}  # fmt: skip
MULTILINE_FIELDS = frozenset({"notes"})  # typed in a box with several lines: line breaks are kept
PHONE_FIELDS = ("phone", "phone2", "emergency_phone")
MASKED_FIELDS = ("id_number", *PHONE_FIELDS)  # shown masked on edit; None in ResidentInput keeps the stored value
CARD_MAX_DIGITS = 15  # member cards: digits only (an input method passes them through); 16 digits are slips
_MOBILE = re.compile(r"1[3-9]\d{9}")
_NAME_CHARS = re.compile(r"[\u3400-\u9fff\U00020000-\U0003134f\uf900-\ufaffA-Za-z·•．. \-]+")


@dataclass(frozen=True)
class FieldError:
    field: str  # the ResidentInput attribute
    code: str  # e.g. "required", "id_checksum", "phone_format", "birth_date_mismatch"
    params: dict[str, object] = field(default_factory=dict)


class ValidationFailed(FrontdeskError):
    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__(", ".join(f"{e.field}:{e.code}" for e in errors))
        self.errors = errors

    def codes(self) -> dict[str, str]:
        return {e.field: e.code for e in self.errors}


@dataclass(frozen=True)
class ResidentInput:
    """The resident form's values as typed (strings stripped by the form or not) — also what a service returns to
    fill the form for editing.

    The identifiers the edit form shows masked (``id_number``, ``phone``, ``phone2``, ``emergency_phone``) are
    ``None`` when the desk did not change the stored value: saving keeps it. ``None`` on a new resident is empty;
    ``""`` on edit clears the stored value."""

    name: str = ""
    gender: str = Gender.UNKNOWN.value
    birth_date: date | None = None
    id_number: str | None = None
    phone: str | None = ""
    phone2: str | None = ""
    community: str = ""
    building: str = ""
    unit: str = ""
    room: str = ""
    address_detail: str = ""
    emergency_name: str = ""
    emergency_relation: str = ""
    emergency_phone: str | None = ""
    lives_alone: bool = False
    empty_nest: bool = False
    disability: str = Disability.NONE.value
    low_income: bool = False
    chronic_conditions: str = ""
    allergies: str = ""
    mobility_aid: str = MobilityAid.NONE.value
    notes: str = ""
    card_number: str = ""
    consent_date: date | None = None


INPUT_FIELDS = tuple(f.name for f in fields(ResidentInput))


def normalize_phone(text: str) -> str:
    """Digits of a mobile; ``area-local`` for a landline; raises ValueError when it is neither."""
    value = unicodedata.normalize("NFKC", text).strip()
    value = re.sub(r"^(\+86|0086)", "", value)
    compact = re.sub(r"[\s\-()（）]", "", value)
    if _MOBILE.fullmatch(compact):
        return compact
    if compact.isdigit() and compact.startswith("0") and len(compact) >= 10:
        area_length = 3 if compact[1] in "12" else 4  # 010 and 02x are the 3-digit area codes
        area, local = compact[:area_length], compact[area_length:]
        if 7 <= len(local) <= 8 and local[0] not in "01":
            return f"{area}-{local}"
    raise ValueError(text)


def validate_resident(data: ResidentInput, *, today: date) -> ResidentInput:
    """Return the cleaned input, or raise :class:`ValidationFailed` with every problem found (not just the first)."""
    errors: list[FieldError] = []
    clean: dict[str, object] = {"name": _check_name(data.name, errors)}
    clean.update(_check_identity(data, today, errors))
    clean.update(_check_contacts(data, errors))
    card = unicodedata.normalize("NFKC", clean_text(data.card_number)).strip()
    if card and not (card.isascii() and card.isdigit() and 4 <= len(card) <= CARD_MAX_DIGITS):
        errors.append(FieldError("card_number", "card_format"))
    clean["card_number"] = card
    if data.consent_date is not None and data.consent_date > today:
        errors.append(FieldError("consent_date", "date_in_future"))
    if data.disability not in {d.value for d in Disability}:
        errors.append(FieldError("disability", "invalid_choice"))
    if data.mobility_aid not in {m.value for m in MobilityAid}:
        errors.append(FieldError("mobility_aid", "invalid_choice"))
    for name in ("community", "building", "unit", "room", "address_detail", "chronic_conditions", "allergies", "notes"):
        clean[name] = clean_field(getattr(data, name), multiline=name in MULTILINE_FIELDS)
    for name, limit in TEXT_MAX.items():
        if len(str(clean[name])) > limit:
            errors.append(FieldError(name, "too_long", {"max": limit}))
    if errors:
        raise ValidationFailed(errors)
    return replace(data, **clean)


def _check_name(value: str, errors: list[FieldError]) -> str:
    name = clean_field(value)
    if not name:
        errors.append(FieldError("name", "required"))
    elif len(name) > NAME_MAX:
        errors.append(FieldError("name", "too_long", {"max": NAME_MAX}))
    elif not _NAME_CHARS.fullmatch(name):
        errors.append(FieldError("name", "name_characters"))
    return name


def _check_identity(data: ResidentInput, today: date, errors: list[FieldError]) -> dict[str, object]:
    """ID number, birth date and sex: the ID number fills the other two when empty and must agree with them."""
    gender = data.gender if data.gender in {g.value for g in Gender} else Gender.UNKNOWN.value
    birth = data.birth_date
    if birth is not None and (birth > today or birth < idnumber.EARLIEST_BIRTH):
        errors.append(FieldError("birth_date", "birth_date_range"))
    id_number = None if data.id_number is None else (clean_field(data.id_number) or "")
    if id_number:
        try:
            info = idnumber.parse(id_number, today=today)
        except idnumber.IdNumberError as exc:
            errors.append(FieldError("id_number", f"id_{exc.code}"))
        else:
            id_number = info.number
            if birth is None:
                birth = info.birth_date
            elif birth != info.birth_date:
                errors.append(FieldError("birth_date", "birth_date_mismatch", {"expected": info.birth_date}))
            if gender == Gender.UNKNOWN.value:
                gender = info.gender
            elif gender != info.gender:
                errors.append(FieldError("gender", "gender_mismatch", {"expected": info.gender}))
    return {"id_number": id_number, "birth_date": birth, "gender": gender}


def _check_contacts(data: ResidentInput, errors: list[FieldError]) -> dict[str, object]:
    clean: dict[str, object] = {}
    for name in PHONE_FIELDS:
        value = clean_field(getattr(data, name))
        if value:
            try:
                value = normalize_phone(value)
            except ValueError:
                errors.append(FieldError(name, "phone_format"))
        clean[name] = value
    if clean["phone2"] and not clean["phone"]:
        clean["phone"], clean["phone2"] = clean["phone2"], ""
    clean["emergency_name"] = clean_field(data.emergency_name)
    clean["emergency_relation"] = clean_field(data.emergency_relation)
    if clean["emergency_phone"] and not clean["emergency_name"]:
        errors.append(FieldError("emergency_name", "emergency_name_required"))
    return clean


def clean_field(value: str | None, *, multiline: bool = False) -> str:
    """A text field as it is stored: cleaned (no lone surrogates or control characters: see
    :mod:`frontdesk.core.text`), trimmed, with full-width spaces and the line ends of single-line fields folded into
    spaces. The form shows a saved name this way too."""
    text = clean_text(value, multiline=multiline)
    return unicodedata.normalize("NFC", text).strip().replace("\u3000", " ").strip()
