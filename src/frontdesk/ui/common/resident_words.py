"""The residents page's words: field names, choices, flags, every validation message, refusals and outcomes.

Keys are the core's plain values ("M", "semi", "lives_alone", "id_checksum"…), not its enums, so the page can be
built before SQLAlchemy and the models are imported (the window shows first). A test checks these keys against the
core's enums and error codes, so a new code cannot go without its message.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from frontdesk.core.errors import ProblemKind
from frontdesk.ui.failures import problems

if TYPE_CHECKING:
    from frontdesk.core.errors import RuleViolation
    from frontdesk.core.services.registry import RegistryRow
    from frontdesk.core.services.residents import DuplicateMatch

CONTEXT = "Residents"
SEPARATOR = " · "
DATE_EXAMPLE = "1949-12-31"


def t(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


# The form's fields (ResidentInput attributes) by the names staff know them by.
FIELDS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("Residents", "Name"),  # 姓名
    "gender": QT_TRANSLATE_NOOP("Residents", "Sex"),  # 性别
    "birth_date": QT_TRANSLATE_NOOP("Residents", "Date of birth"),  # 出生日期
    "id_number": QT_TRANSLATE_NOOP("Residents", "ID number"),  # 身份证号
    "phone": QT_TRANSLATE_NOOP("Residents", "Mobile"),  # 手机
    "phone2": QT_TRANSLATE_NOOP("Residents", "Other phone"),  # 备用电话
    "community": QT_TRANSLATE_NOOP("Residents", "Community"),  # 社区
    "building": QT_TRANSLATE_NOOP("Residents", "Building"),  # 楼
    "unit": QT_TRANSLATE_NOOP("Residents", "Unit"),  # 单元
    "room": QT_TRANSLATE_NOOP("Residents", "Room"),  # 室
    "address_detail": QT_TRANSLATE_NOOP("Residents", "Address details"),  # 详细地址
    "emergency_name": QT_TRANSLATE_NOOP("Residents", "Contact name"),  # 紧急联系人姓名
    "emergency_relation": QT_TRANSLATE_NOOP("Residents", "Relationship"),  # 关系
    "emergency_phone": QT_TRANSLATE_NOOP("Residents", "Contact phone"),  # 紧急联系人电话
    "lives_alone": QT_TRANSLATE_NOOP("Residents", "Lives alone"),  # 独居
    "empty_nest": QT_TRANSLATE_NOOP("Residents", "Empty-nest"),  # 空巢
    "disability": QT_TRANSLATE_NOOP("Residents", "Disability"),  # 失能/半失能
    "low_income": QT_TRANSLATE_NOOP("Residents", "Low-income allowance"),  # 低保
    "chronic_conditions": QT_TRANSLATE_NOOP("Residents", "Chronic conditions"),  # 慢性病
    "allergies": QT_TRANSLATE_NOOP("Residents", "Allergies"),  # 过敏
    "mobility_aid": QT_TRANSLATE_NOOP("Residents", "Walking aid"),  # 助行器具
    "notes": QT_TRANSLATE_NOOP("Residents", "Notes"),  # 备注
    "card_number": QT_TRANSLATE_NOOP("Residents", "Member card number"),  # 服务卡号
    "consent_date": QT_TRANSLATE_NOOP("Residents", "Consent signed on"),  # 知情同意日期
}

GENDERS: dict[str, str] = {
    "U": QT_TRANSLATE_NOOP("Residents", "Not given"),
    "M": QT_TRANSLATE_NOOP("Residents", "Male"),
    "F": QT_TRANSLATE_NOOP("Residents", "Female"),
}
DISABILITY: dict[str, str] = {
    "none": QT_TRANSLATE_NOOP("Residents", "None"),
    "semi": QT_TRANSLATE_NOOP("Residents", "Semi-disabled"),  # 半失能
    "full": QT_TRANSLATE_NOOP("Residents", "Disabled"),  # 失能
}
MOBILITY_AIDS: dict[str, str] = {
    "none": QT_TRANSLATE_NOOP("Residents", "None"),
    "cane": QT_TRANSLATE_NOOP("Residents", "Cane"),  # 拐杖
    "walker": QT_TRANSLATE_NOOP("Residents", "Walker"),  # 助行器
    "wheelchair": QT_TRANSLATE_NOOP("Residents", "Wheelchair"),  # 轮椅
}

# The table's filters (core/services/registry.py Flag), in the order shown.
FLAGS: dict[str, str] = {
    "lives_alone": QT_TRANSLATE_NOOP("Residents", "Lives alone"),  # 独居
    "empty_nest": QT_TRANSLATE_NOOP("Residents", "Empty-nest"),  # 空巢
    "disabled": QT_TRANSLATE_NOOP("Residents", "Disabled / semi-disabled"),  # 失能/半失能
    "low_income": QT_TRANSLATE_NOOP("Residents", "Low-income"),  # 低保
    "aged": QT_TRANSLATE_NOOP("Residents", "Aged 80+"),  # 高龄
    "no_emergency_contact": QT_TRANSLATE_NOOP("Residents", "No emergency contact"),  # 缺紧急联系人
}
SORTS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("Residents", "By name"),
    "age": QT_TRANSLATE_NOOP("Residents", "Oldest first"),
    "community": QT_TRANSLATE_NOOP("Residents", "By community"),
    "newest": QT_TRANSLATE_NOOP("Residents", "Newest first"),
}
ARCHIVE_REASONS: dict[str, str] = {  # 归档原因
    "moved": QT_TRANSLATE_NOOP("Residents", "Moved away"),  # 迁出
    "deceased": QT_TRANSLATE_NOOP("Residents", "Deceased"),  # 去世
    "other": QT_TRANSLATE_NOOP("Residents", "Other"),  # 其他
    "merged": QT_TRANSLATE_NOOP("Residents", "Merged into another record"),  # 合并
}
# What a resident may agree to (core ConsentScope), as on the printed consent form.
CONSENT_SCOPES: dict[str, str] = {
    "basic": QT_TRANSLATE_NOOP("Residents", "Basic information"),  # 基本信息
    "id_number": QT_TRANSLATE_NOOP("Residents", "ID number"),  # 身份证号
    "health": QT_TRANSLATE_NOOP("Residents", "Health information"),  # 健康信息
    "partners": QT_TRANSLATE_NOOP("Residents", "Shared with service partners"),  # 提供给合作服务方
}
CONSENT_SCOPE_HINTS: dict[str, str] = {
    "basic": QT_TRANSLATE_NOOP("Residents", "Name, contact and address: to register and serve (always needed)"),
    "id_number": QT_TRANSLATE_NOOP("Residents", "The ID number is sensitive personal information"),
    "health": QT_TRANSLATE_NOOP("Residents", "Conditions and allergies: sensitive, seen only by care staff"),
    "partners": QT_TRANSLATE_NOOP("Residents", "Passed to the partner running a service the resident signs up for"),
}
DUPLICATE_REASONS: dict[str, str] = {
    "same_id_number": QT_TRANSLATE_NOOP("Residents", "same ID number"),
    "same_card_number": QT_TRANSLATE_NOOP("Residents", "same member card"),
    "same_name_and_birth_date": QT_TRANSLATE_NOOP("Residents", "same name and date of birth"),
    "same_phone_similar_name": QT_TRANSLATE_NOOP("Residents", "same phone, similar name"),
}

# Every FieldError code of core/validation.py (and the form's own date_format), as staff words. {field} is the
# field's name; other placeholders come from the error's params.
FIELD_ERRORS: dict[str, str] = {
    "required": QT_TRANSLATE_NOOP("Residents", "Please fill in {field}."),
    "too_long": QT_TRANSLATE_NOOP("Residents", "Too long: at most {max} characters."),
    "name_characters": QT_TRANSLATE_NOOP(
        "Residents", "A name may only contain Chinese characters, letters, the middle dot (·) and spaces."
    ),
    "birth_date_range": QT_TRANSLATE_NOOP(
        "Residents", "This date of birth cannot be right: it must be after 1880 and not later than today."
    ),
    "birth_date_mismatch": QT_TRANSLATE_NOOP(
        "Residents", "The date of birth does not match the ID number (the ID card says {expected})."
    ),
    "gender_mismatch": QT_TRANSLATE_NOOP(
        "Residents", "The sex does not match the ID number (the ID card says {expected})."
    ),
    "id_empty": QT_TRANSLATE_NOOP("Residents", "Please type the ID number."),
    "id_length": QT_TRANSLATE_NOOP(
        "Residents", "An ID number has 18 characters (old cards: 15); this one has {count}."
    ),
    "id_characters": QT_TRANSLATE_NOOP("Residents", "An ID number is digits only; only the last character may be X."),
    "id_date": QT_TRANSLATE_NOOP(
        "Residents", "The birth date inside the ID number (characters 7–14) is not a real date."
    ),
    "id_checksum": QT_TRANSLATE_NOOP(
        "Residents", "The check digit of the ID number is wrong: please check the last character."
    ),
    "id_number_taken": QT_TRANSLATE_NOOP("Residents", "This ID number is already registered to another resident."),
    "card_number_taken": QT_TRANSLATE_NOOP("Residents", "This member card is already given to another resident."),
    "card_retired": QT_TRANSLATE_NOOP(
        "Residents", "This card was replaced by a new one and its number is void: use another card."
    ),
    "phone_format": QT_TRANSLATE_NOOP(
        "Residents", "Not a phone number: a mobile has 11 digits, starting with 1; a landline needs its area code."
    ),
    "emergency_name_required": QT_TRANSLATE_NOOP(
        "Residents", "There is a contact phone: please also fill in the contact's name."
    ),
    "card_format": QT_TRANSLATE_NOOP("Residents", "A member card number is 4 to 32 digits."),
    "date_in_future": QT_TRANSLATE_NOOP("Residents", "This date is later than today."),
    "invalid_choice": QT_TRANSLATE_NOOP("Residents", "Please choose from the list."),
    "date_format": QT_TRANSLATE_NOOP("Residents", "Not a date: please type it like {example}."),
}

# RuleViolation codes of the registry (core/services/residents.py).
REFUSALS: dict[str, str] = {
    "already_archived": QT_TRANSLATE_NOOP("Residents", "{name} is already archived."),
    "archive_while_checked_in": QT_TRANSLATE_NOOP(
        "Residents", "{name} is checked in right now: check them out first, then archive."
    ),
    "restore_merged_use_undo": QT_TRANSLATE_NOOP(
        "Residents", "{name} was archived by a merge: undo the merge to bring the record back."
    ),
    "merge_conflict": QT_TRANSLATE_NOOP(
        "Residents", "The two records differ in {field}, so they cannot be merged. Correct the wrong one first."
    ),
    "merge_both_checked_in": QT_TRANSLATE_NOOP(
        "Residents", "Both records are checked in right now: check one of them out first, then merge."
    ),
    "merge_same_record": QT_TRANSLATE_NOOP("Residents", "Choose two different records to merge."),
    "already_merged": QT_TRANSLATE_NOOP("Residents", "{name} has already been merged into another record."),
    "merge_already_undone": QT_TRANSLATE_NOOP("Residents", "This merge has already been undone."),
    "merge_undo_anonymised": QT_TRANSLATE_NOOP(
        "Residents", "This merge can no longer be undone: the record was anonymised and its details are gone."
    ),
    "resident_archived": QT_TRANSLATE_NOOP("Residents", "{name} is archived: restore the record first."),
    "merge_not_found": QT_TRANSLATE_NOOP("Residents", "This merge cannot be found any more."),
    "not_allowed": QT_TRANSLATE_NOOP("Residents", "Your role may not do this."),
    "not_signed_in": QT_TRANSLATE_NOOP("Residents", "Please sign in first."),
    "consent_needs_basic": QT_TRANSLATE_NOOP(
        "Residents", "Consent always includes basic information: tick it, or leave every box empty."
    ),
    "date_in_future": QT_TRANSLATE_NOOP("Residents", "This date is later than today."),
    "resident_not_found": QT_TRANSLATE_NOOP(
        "Residents", "This record cannot be found any more: another desk may have merged it. The list is refreshed."
    ),
}


def field_name(field: str) -> str:
    return t(FIELDS[field])


def gender_word(code: str) -> str:
    """男 / 女 in the table; nothing for "not given"."""
    return "" if code not in ("M", "F") else t(GENDERS[code])


def choice(words: Mapping[str, str], code: str) -> str:
    return t(words[code]) if code in words else code


def field_error(code: str, params: Mapping[str, object] | None = None, *, field: str, typed: str = "") -> str:
    """The message shown under ``field`` for a validation code; ``typed`` is the field's text (for its length)."""
    params = dict(params or {})
    source = FIELD_ERRORS.get(code)
    if source is None:  # a code added to the core without words here: still say which field to look at
        return QCoreApplication.translate("Residents", "Please check this field.")
    expected = params.get("expected")
    if isinstance(expected, date):
        params["expected"] = expected.isoformat()
    elif code == "gender_mismatch" and isinstance(expected, str):
        params["expected"] = choice(GENDERS, expected)
    if code == "id_length":
        from frontdesk.core import idnumber

        params["count"] = len(idnumber.normalize(typed))
    values = {"field": field_name(field), "example": DATE_EXAMPLE, **params}
    try:
        return t(source).format(**values)
    except (KeyError, IndexError):
        return t(source)


def refusal(violation: RuleViolation) -> str:
    source = REFUSALS.get(violation.code)
    if source is None:
        return QCoreApplication.translate("Residents", "That cannot be done: {code}.").format(code=violation.code)
    params = dict(violation.params)
    if violation.code == "merge_conflict":
        params["field"] = field_name(str(params.get("field", "id_number")))
    params.setdefault("name", "")
    return t(source).format(**params)


def trouble(kind: ProblemKind) -> str:
    """The machine is in the way (database locked, disk full…): nothing was saved, nothing typed is lost."""
    return QCoreApplication.translate("Residents", "Not saved. {problem}").format(problem=problems.problem_text(kind))


def not_read(kind: ProblemKind) -> str:
    """A read (the table, a record) did not come back: nothing was changed, and it can simply be tried again."""
    return QCoreApplication.translate("Residents", "Not read. {problem}").format(problem=problems.problem_text(kind))


def reading() -> str:
    """The page is waiting for the database to answer a read (shown after a moment, gone when it answers)."""
    return QCoreApplication.translate("Residents", "Reading…")


def saving() -> str:
    return QCoreApplication.translate("Residents", "Saving…")


def saved_typed_since() -> str:
    """The form was saved while staff went on typing: the form stays open with what they typed since."""
    return QCoreApplication.translate(
        "Residents", "Saved. What you typed while it was saving is not saved yet: save again to keep it."
    )


def row_flags(row: RegistryRow, *, aged_from: int = 80) -> str:
    """What the table's 标记 column says: 独居 · 低保 · 高龄 …"""
    parts: list[str] = []
    if row.lives_alone:
        parts.append(t(FLAGS["lives_alone"]))
    if row.empty_nest:
        parts.append(t(FLAGS["empty_nest"]))
    if row.disability in ("semi", "full"):
        parts.append(t(DISABILITY[row.disability]))
    if row.low_income:
        parts.append(t(FLAGS["low_income"]))
    if row.age is not None and row.age >= aged_from:
        parts.append(QCoreApplication.translate("Residents", "Aged"))
    if not row.has_emergency_contact:
        parts.append(t(FLAGS["no_emergency_contact"]))
    if row.archived_reason:
        parts.append(choice(ARCHIVE_REASONS, row.archived_reason))
    return SEPARATOR.join(parts)


def duplicate_line(match: DuplicateMatch) -> str:
    """可能已登记：王秀兰（同一身份证号）"""
    reason = choice(DUPLICATE_REASONS, match.reason)
    if match.archived:
        return QCoreApplication.translate("Residents", "Maybe registered already: {name} ({reason}, archived)").format(
            name=match.name, reason=reason
        )
    return QCoreApplication.translate("Residents", "Maybe registered already: {name} ({reason})").format(
        name=match.name, reason=reason
    )


def age_text(age: int) -> str:
    return QCoreApplication.translate("Residents", "{age} years").format(age=age)


def field_list(fields: Iterable[str]) -> str:
    """Field names in the form's order, in a list for a sentence: 出生日期、过敏、身份证号."""
    wanted = set(fields)
    return QCoreApplication.translate("Residents", ", ").join(field_name(f) for f in FIELDS if f in wanted)


def count_text(count: int, *, archived: bool, locale_number: str) -> str:
    if archived:
        return QCoreApplication.translate("Residents", "Archived: {count}").format(count=locale_number)
    return QCoreApplication.translate("Residents", "Residents: {count}").format(count=locale_number)


def saved(name: str, *, new: bool) -> str:
    return (
        QCoreApplication.translate("Residents", "Registered: {name}")
        if new
        else QCoreApplication.translate("Residents", "Saved: {name}")
    ).format(name=name)


def nothing_changed(name: str) -> str:
    return QCoreApplication.translate("Residents", "No changes to save: {name}").format(name=name)


def archived(name: str, reason: str) -> str:
    return QCoreApplication.translate("Residents", "Archived: {name} ({reason}). Find it under “Archived”.").format(
        name=name, reason=choice(ARCHIVE_REASONS, reason)
    )


def restored(name: str) -> str:
    return QCoreApplication.translate("Residents", "Restored: {name}").format(name=name)


def merged(kept: str, visits: int) -> str:
    return QCoreApplication.translate(
        "Residents", "Merged into {name}'s record: {visits} visits moved; the other record is archived."
    ).format(name=kept, visits=visits)


def merge_undone(name: str) -> str:
    return QCoreApplication.translate("Residents", "Merge undone: {name}'s two records are apart again.").format(
        name=name
    )


def id_ok(born: date, gender: str, *, filled: bool) -> str:
    """The live confirmation under a complete, valid ID number."""
    text = (
        QCoreApplication.translate("Residents", "Valid ID number: born {date}, {sex}.")
        if not filled
        else QCoreApplication.translate(
            "Residents", "Valid ID number: born {date}, {sex}. Filled in date of birth and sex."
        )
    )
    return text.format(date=born.isoformat(), sex=choice(GENDERS, gender))


def consent_date_needed() -> str:
    return QCoreApplication.translate("Residents", "Please fill in the date the consent form was signed.")


def consent_scope_needed() -> str:
    return QCoreApplication.translate("Residents", "Tick what the resident agreed to.")


def exported(name: str, path: str) -> str:
    return QCoreApplication.translate("Residents", "Exported {name}'s own data to {path}").format(name=name, path=path)


def not_written(error: str) -> str:
    return QCoreApplication.translate("Residents", "The file could not be written: {error}").format(error=error)
