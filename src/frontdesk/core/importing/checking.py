"""Planning an import: every data row of a roster checked and matched before anything is written (导入前检查).

A row is, in this order: SKIPPED when it is no resident (a note, a total, a repeated header, a row holding only a
序号); BAD when its cells break the form's rules (the very codes the form shows, every one of them); REPEAT when an
earlier row of the file is the same person; matched against the registry by its duplicate rules (the registry's own
:func:`~frontdesk.core.services.residents.duplicates_of_many`, asked for all rows at once) — SAME when the record
already holds everything, UPDATE with the fields the file would fill or change, BAD when the match is ambiguous or
an identifier contradicts it; NEW otherwise. An import only ever fills or changes what a cell says: an empty cell
never clears a record's field, a "否" never unsets a flag the record has, and an identifier on file is never
overwritten.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields, replace
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from frontdesk.core import audit, idnumber
from frontdesk.core.errors import RuleViolation
from frontdesk.core.importing import values
from frontdesk.core.importing.plan import (
    IMPORT_FIELDS,
    CellValue,
    ColumnMapping,
    FieldUpdate,
    PlannedRow,
    RowStatus,
    SheetTable,
)
from frontdesk.core.importing.words import VALUE_WORDS
from frontdesk.core.models import Disability, Gender, MobilityAid, Resident
from frontdesk.core.validation import FieldError, ResidentInput, ValidationFailed, validate_resident

if TYPE_CHECKING:
    from frontdesk.core.services.residents import DuplicateMatch

MATCH_REASONS = {  # the registry's duplicate reasons, as PlannedRow.match_reason names them
    "same_id_number": "id_number", "same_name_and_birth_date": "name_birth", "same_phone_similar_name": "name_phone",
    "same_card_number": "card_number",
}  # fmt: skip
NOTE_STARTS = ("注", "备注:", "备注：", "说明", "合计", "总计", "小计", "共计", "填表", "制表", "审核", "统计")
IDENTIFIERS = ("id_number", "card_number")
_FLAGS = ("lives_alone", "empty_nest", "low_income")
_BLANK = {"gender": Gender.UNKNOWN.value, "disability": Disability.NONE.value, "mobility_aid": MobilityAid.NONE.value}


@dataclass(frozen=True)
class RowInput:
    """A row's cells as form values, with the problems the cells themselves had (before the form's rules)."""

    data: ResidentInput
    problems: tuple[FieldError, ...]
    month_only: bool  # the birth date named a month and no day


@dataclass(frozen=True)
class Match:
    """What the registry makes of a valid row: NEW, SAME, UPDATE (``merged``: the record with the updates, checked
    by the form's rules) or BAD."""

    status: RowStatus
    resident_id: int | None = None
    reason: str | None = None
    updates: tuple[FieldUpdate, ...] = ()
    merged: ResidentInput | None = None
    problems: tuple[FieldError, ...] = ()


def check_mapping(mapping: ColumnMapping) -> None:
    """A mapping the plan can use: known fields, each for one column, and a name column."""
    chosen = [f for f in mapping.fields if f is not None]
    unknown = [f for f in chosen if f not in IMPORT_FIELDS]
    if unknown:
        raise RuleViolation("mapping_field_unknown", {"field": unknown[0]})
    twice = next((f for f in chosen if chosen.count(f) > 1), None)
    if twice is not None:
        raise RuleViolation("mapping_field_twice", {"field": twice})
    if "name" not in chosen:
        raise RuleViolation("mapping_needs_name")


def mapped_fields(mapping: ColumnMapping) -> frozenset[str]:
    """The fields the file speaks for: its columns, and the birth date and sex an ID number column also gives."""
    chosen = {f for f in mapping.fields if f is not None}
    if "id_number" in chosen:
        chosen |= {"birth_date", "gender"}
    return frozenset(chosen)


def plan_rows(session: Session, table: SheetTable, mapping: ColumnMapping, *, today: date) -> tuple[PlannedRow, ...]:
    """Every data row's outcome, in the file's order: first each row by the form's rules (no database), then the
    valid ones against each other and the registry."""
    check_mapping(mapping)
    mapped = mapped_fields(mapping)
    header = {normal(h) for h, f in zip(mapping.headers, mapping.fields, strict=False) if f is not None and h}
    checked: list[PlannedRow | tuple[int, tuple[str, ...], ResidentInput, bool]] = []
    for index in range(mapping.first_data_row, len(table.rows)):
        row, line = table.rows[index], table.lines[index]
        cells = row_cells(row, len(mapping.headers))
        if is_note_row(row, mapping, header):
            checked.append(PlannedRow(line, RowStatus.SKIPPED, cells, None))
            continue
        given = row_input(row, mapping.fields, today=today)
        try:
            checked.append((line, cells, validated(given, today=today), given.month_only))
        except ValidationFailed as failed:
            checked.append(PlannedRow(line, RowStatus.BAD, cells, None, problems=tuple(failed.errors)))
    found = registry_matches(session, [item[2] for item in checked if isinstance(item, tuple)])
    seen: dict[tuple, tuple[int, str, int | None]] = {}  # person key → (line, name, resident id) of its first row
    planned: list[PlannedRow] = []
    for item in checked:
        if isinstance(item, PlannedRow):
            planned.append(item)
            continue
        line, cells, clean, month = item
        planned.append(_plan_row(session, line, cells, clean, month, mapped=mapped, seen=seen,
                                 matches=found.pop(0), today=today))  # fmt: skip
    return tuple(planned)


def _plan_row(
    session: Session,
    line: int,
    cells: tuple[str, ...],
    clean: ResidentInput,
    month: bool,
    *,
    mapped: frozenset[str],
    seen: dict[tuple, tuple[int, str, int | None]],
    matches: list[DuplicateMatch],
    today: date,
) -> PlannedRow:
    keys = person_keys(clean)
    earlier = next((seen[k] for k in keys if k in seen), None)
    if earlier is not None:
        first_line, first_name, resident_id = earlier
        if first_name != clean.name:
            problem = FieldError("", "repeat_other_name", {"line": first_line})
            return PlannedRow(line, RowStatus.BAD, cells, None, problems=(problem,))
        return PlannedRow(line, RowStatus.REPEAT, cells, clean, resident_id=resident_id, repeat_of=first_line)
    match = match_registry(session, clean, mapped, month_only=month, today=today, matches=matches)
    if match.status is RowStatus.BAD:
        return PlannedRow(line, RowStatus.BAD, cells, None, problems=match.problems)
    for key in keys:
        seen.setdefault(key, (line, clean.name, match.resident_id))
    return PlannedRow(
        line, match.status, cells, clean, resident_id=match.resident_id, match_reason=match.reason,
        updates=match.updates,
    )  # fmt: skip


def registry_matches(session: Session, rows: list[ResidentInput]) -> list[list[DuplicateMatch]]:
    """The registry's duplicate rules for every row at once (see
    :func:`~frontdesk.core.services.residents.duplicates_of_many`), the residents matched loaded into the session
    (and kept: its identity map holds them only while referenced) so each row's comparison reads no more."""
    from frontdesk.core.services.residents import DUPLICATE_CHUNK, duplicates_of_many

    found = duplicates_of_many(session, rows)
    ids = sorted({m.resident_id for matches in found for m in matches})
    loaded = []
    for start in range(0, len(ids), DUPLICATE_CHUNK):
        loaded.extend(session.scalars(select(Resident).where(Resident.id.in_(ids[start : start + DUPLICATE_CHUNK]))))
    session.info["import_loaded"] = loaded
    return found


class WrittenKeys:
    """What the rows written so far in one transaction would match on (ID, card, name with birth date, phone): a
    later row of the batch sharing one is asked the registry's rules again, as those rows are residents now."""

    def __init__(self) -> None:
        self.keys: set[tuple] = set()

    @staticmethod
    def _of(clean: ResidentInput) -> set[tuple]:
        keys = {("id", clean.id_number), ("card", clean.card_number), ("born", clean.name, clean.birth_date)}
        keys |= {("phone", p) for p in (clean.phone, clean.phone2) if p}
        return {k for k in keys if all(part is not None and part != "" for part in k[1:])}

    def shared(self, clean: ResidentInput) -> bool:
        return bool(self._of(clean) & self.keys)

    def add(self, clean: ResidentInput) -> None:
        self.keys |= self._of(clean)


def row_cells(row: tuple[CellValue, ...], width: int) -> tuple[str, ...]:
    texts = [values.cell_text(v) for v in row]
    return tuple(texts + [""] * (width - len(texts)))


def normal(text: str) -> str:
    return "".join(text.split())


def is_note_row(row: tuple[CellValue, ...], mapping: ColumnMapping, header: set[str]) -> bool:
    """A row that is no resident: nothing in any mapped column (a 序号 alone, a remark in an unmapped column); a
    note or total ("注：…", "合计"); one text merged across the row; the header repeated (a roster printed in pages)."""
    texts = [values.cell_text(v) for v in row]
    filled = [t for t in texts if t]
    in_fields = [t for t, f in zip(texts, mapping.fields, strict=False) if f is not None and t]
    if not in_fields:
        return True
    if filled[0].startswith(NOTE_STARTS):
        return True
    if len(filled) >= 2 and len(set(filled)) == 1:
        return True
    return len(header) >= 2 and sum(1 for t in in_fields if normal(t) in header) >= 2


def row_input(row: tuple[CellValue, ...], columns: tuple[str | None, ...], *, today: date) -> RowInput:
    """The row's cells as form values; a cell that cannot be read is a problem for its field (and left empty)."""
    given: dict[str, object] = {}
    problems: list[FieldError] = []
    month_only = False
    for value, field in zip(row, columns, strict=False):
        if field is None:
            continue
        try:
            if field == "birth_date":
                birth = values.birth_date(value)
                given[field] = birth.value if birth else None
                month_only = bool(birth and birth.month_only)
            else:
                given[field] = _convert(field, value)
        except ValueError as exc:
            problems.append(values.field_error(field, exc))
    data = ResidentInput(**given)  # type: ignore[arg-type]
    if month_only:
        data = _resolve_month(data, today)
    return RowInput(data, tuple(problems), month_only)


def _convert(field: str, value: CellValue) -> object:
    if field == "id_number":
        return values.id_number_text(value)
    if field in ("phone", "phone2", "emergency_phone"):
        return values.phone_text(value)
    if field in _FLAGS:
        return values.yes_no(value, field)
    if field == "gender":
        return values.gender(value)
    if field == "disability":
        return values.disability(value)
    if field == "mobility_aid":
        return values.mobility_aid(value)
    return values.plain_text(value)


def _resolve_month(data: ResidentInput, today: date) -> ResidentInput:
    """A month-only birth date: the ID number's day when it is that month, else the 1st and a word in the notes."""
    assert data.birth_date is not None
    if data.id_number:
        try:
            born = idnumber.parse(data.id_number, today=today).birth_date
        except idnumber.IdNumberError:
            return data  # the form names the ID number's problem
        if (born.year, born.month) == (data.birth_date.year, data.birth_date.month):
            return replace(data, birth_date=born)
        return data  # the form says they disagree
    notes = data.notes.strip()
    if values.MONTH_ONLY_NOTE not in notes:
        notes = f"{notes}；{values.MONTH_ONLY_NOTE}" if notes else values.MONTH_ONLY_NOTE
    return replace(data, notes=notes)


def validated(given: RowInput, *, today: date) -> ResidentInput:
    """The form's rules over the row; the cells' own problems come first, and stand for their field."""
    try:
        clean = validate_resident(given.data, today=today)
    except ValidationFailed as failed:
        errors = list(failed.errors)
    else:
        if not given.problems:
            return clean
        errors = []
    own = {p.field for p in given.problems}
    raise ValidationFailed([*given.problems, *(e for e in errors if e.field not in own)])


def month_only(clean: ResidentInput) -> bool:
    """Whether a checked row's birth date stands for a month only (see :func:`_resolve_month`: the 1st, and the
    word in the notes)."""
    return clean.birth_date is not None and clean.birth_date.day == 1 and values.MONTH_ONLY_NOTE in clean.notes


def person_keys(clean: ResidentInput) -> list[tuple]:
    """What makes two rows of one file the same person (the registry's duplicate rules, within the file)."""
    keys: list[tuple] = []
    if clean.id_number:
        keys.append(("id", clean.id_number))
    if clean.card_number:
        keys.append(("card", clean.card_number))
    if clean.birth_date:
        keys.append(("born", clean.name, clean.birth_date))
    keys.extend(("phone", clean.name, phone) for phone in (clean.phone, clean.phone2) if phone)
    return keys


def match_registry(
    session: Session,
    clean: ResidentInput,
    mapped: frozenset[str],
    *,
    month_only: bool = False,
    today: date,
    matches: list[DuplicateMatch] | None = None,
) -> Match:
    """The registry's verdict on a valid row (also asked again inside the transaction that writes it); ``matches``
    the registry's duplicates of it when already known (:func:`registry_matches`)."""
    if matches is None:
        from frontdesk.core.services.residents import registry_duplicates

        matches = registry_duplicates(session, clean)
    if not matches:
        return Match(RowStatus.NEW)
    live = [m for m in matches if not m.archived]
    if len(live) > 1:
        return _bad("duplicate_ambiguous", count=len(live))
    if not live:
        return _bad("archived_match", name=matches[0].name)
    found = live[0]
    resident = session.get(Resident, found.resident_id)
    assert resident is not None
    if found.reason in ("same_id_number", "same_card_number") and resident.name != clean.name:
        return _bad("id_other_name" if found.reason == "same_id_number" else "card_other_name", name=resident.name)
    for field in IDENTIFIERS:
        if getattr(clean, field) and getattr(resident, field) and getattr(clean, field) != getattr(resident, field):
            return _bad("id_differs" if field == "id_number" else "card_differs", name=resident.name)
    reason = MATCH_REASONS.get(found.reason, found.reason)
    changes = _changes(resident, clean, mapped, month_only)
    if not changes:
        return Match(RowStatus.SAME, found.resident_id, reason)
    merged = replace(record_input(resident), **changes)
    try:
        merged = validate_resident(merged, today=today)
    except ValidationFailed as failed:
        return Match(RowStatus.BAD, problems=tuple(failed.errors))
    updates = tuple(
        FieldUpdate(field, value_text(field, getattr(resident, field)), value_text(field, new))
        for field, new in changes.items()
    )
    return Match(RowStatus.UPDATE, found.resident_id, reason, updates, merged)


def _bad(code: str, **params: object) -> Match:
    return Match(RowStatus.BAD, problems=(FieldError("", code, dict(params)),))


def _changes(resident: Resident, clean: ResidentInput, mapped: frozenset[str], month_only: bool) -> dict[str, object]:
    """The fields the row fills or changes on the record: only what a cell says (see the module's notes)."""
    changes: dict[str, object] = {}
    for field in sorted(mapped, key=IMPORT_FIELDS.index):
        new, old = getattr(clean, field), getattr(resident, field)
        old = str(old) if field in _BLANK and old is not None else old
        if new in ("", None, False) or new == _BLANK.get(field):
            continue
        if field == "birth_date" and month_only and old is not None and (old.year, old.month) == (new.year, new.month):
            continue
        if field == "notes":
            if new in (old or ""):
                continue
            new = f"{old}\n{new}" if old else new
        if new != old:
            changes[field] = new
    if month_only and "birth_date" in changes and values.MONTH_ONLY_NOTE not in (resident.notes or ""):
        notes = changes.get("notes", resident.notes)
        changes["notes"] = f"{notes}；{values.MONTH_ONLY_NOTE}" if notes else values.MONTH_ONLY_NOTE
    return changes


def record_input(resident: Resident) -> ResidentInput:
    """A record's stored values as the form's (text None as ""), so the form's rules can check it with updates."""
    stored = {f.name: getattr(resident, f.name) for f in fields(ResidentInput)}
    for name, value in stored.items():
        if value is None and name not in ("birth_date", "consent_date"):
            stored[name] = ""
        elif name in _BLANK:
            stored[name] = str(value)
    return ResidentInput(**stored)  # type: ignore[arg-type]


def value_text(field: str, value: object) -> str:
    """A field's value for the user: identifiers masked, dates in ISO form, choices in words."""
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if field in ("gender", "disability", "mobility_aid"):
        return VALUE_WORDS.get(str(value), str(value))
    return str(audit.masked({field: value})[field])


def count_by_status(rows: Iterable[PlannedRow]) -> dict[RowStatus, int]:
    counts = dict.fromkeys(RowStatus, 0)
    for row in rows:
        counts[row.status] += 1
    return counts
