"""居民档案 The registry: register and edit residents, catch duplicates, reveal identifiers, archive, merge.

Each action is one transaction that also refreshes the resident's search keys and writes the audit log.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from frontdesk.core import audit, checkdigit
from frontdesk.core.access import Actor, Permission, guarded, require
from frontdesk.core.clock import Clock
from frontdesk.core.db import Database
from frontdesk.core.errors import RuleViolation
from frontdesk.core.models import ArchiveReason, Resident, ResidentMerge, RetiredCard, Setting, Visit
from frontdesk.core.search.index import reindex
from frontdesk.core.search.keys import name_readings
from frontdesk.core.validation import (
    INPUT_FIELDS,
    MASKED_FIELDS,
    PHONE_FIELDS,
    FieldError,
    ResidentInput,
    ValidationFailed,
    validate_resident,
)

log = logging.getLogger(__name__)

# Fields a merge may fill on the kept record from the merged one when the kept one has nothing there.
MERGE_FILLABLE = (
    "birth_date", "phone", "phone2", "community", "building", "unit", "room", "address_detail", "emergency_name",
    "emergency_relation", "emergency_phone", "chronic_conditions", "allergies", "notes", "consent_date",
)  # fmt: skip
MERGE_UNIQUE = ("id_number", "card_number")
# 健康信息: sensitive personal information (PIPL art. 28), seen and changed only by actors with Permission.HEALTH.
HEALTH_FIELDS = ("chronic_conditions", "allergies")


# Cards this program numbers: a serial from the center's counter (setting CARD_SERIAL) and a Damm check digit, like
# the slips (frontdesk.core.checkdigit): a number typed with one digit wrong, or two swapped, is no other card's.
# 7-digit serials make 8-digit numbers, as pre-printed cards have; one a staff member typed in already is skipped.
CARD_SERIAL = "cards.next_serial"
FIRST_CARD_SERIAL = 1_000_000


@dataclass(frozen=True)
class CardIssued:
    """补办 / 发卡: the resident's new card number, and the one it replaced (None: their first card)."""

    resident_id: int
    name: str
    card_number: str
    replaced: str | None


@dataclass(frozen=True)
class DuplicateMatch:
    resident_id: int
    name: str
    reason: str  # "same_id_number", "same_name_and_birth_date", "same_phone_similar_name", "same_card_number"
    archived: bool


class DuplicateSuspected(RuleViolation):
    """Saving would create a second record of someone already registered; the desk offers to open theirs."""

    def __init__(self, matches: list[DuplicateMatch]) -> None:
        super().__init__("duplicate_suspected", {"count": len(matches)})
        self.matches = matches


@dataclass(frozen=True)
class FormData:
    """What the edit form shows: the values, with the identifiers it masks (MASKED_FIELDS) left ``None``, and the
    masked text of each of those the record holds (``{"id_number": "1101**********002X", "phone": "139****1234"}``;
    a field with nothing stored is absent)."""

    values: ResidentInput
    masked: dict[str, str]


@dataclass(frozen=True)
class MergeResult:
    merge_id: int
    kept_id: int
    merged_id: int
    visits_moved: int
    fields_filled: tuple[str, ...]


@dataclass(frozen=True)
class MergePreview:
    """What :meth:`ResidentService.merge` would do, for the desk to show before it is asked to."""

    visits: int  # the merged record's visits, which move to the kept one
    fields_filled: tuple[str, ...]  # the kept record's empty fields the merged one fills (same order as MergeResult)
    conflict: str | None  # "id_number" or "card_number" when the two differ there: the merge would be refused


class ResidentService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    # -- register and edit ------------------------------------------------------------------------------------

    @guarded(Permission.FRONT_DESK)
    def create(self, data: ResidentInput, *, actor: Actor, allow_duplicate: bool = False) -> int:
        """Register a resident; returns the new id. Raises ValidationFailed or DuplicateSuspected, and refuses
        health data from an ``actor`` without Permission.HEALTH."""
        _refuse_health_input(actor, data)
        now = self._now()
        clean = validate_resident(data, today=now.date())

        def work(session: Session) -> int:
            _refuse_retired_card(session, clean)
            if not allow_duplicate:
                _refuse_duplicates(session, clean, exclude_id=None)
            resident = add_resident(session, clean, now)
            _flush_unique(session)
            reindex(session, [resident.id])
            audit.record(
                session, "resident.create", at=now, actor=actor, entity_type="resident",
                entity_id=resident.id, details={"after": audit.masked(_columns(clean))},
            )  # fmt: skip
            return resident.id

        resident_id = self._db.run_write(work)
        log.info("resident %s registered", resident_id)
        return resident_id

    @guarded(Permission.FRONT_DESK)
    def update(self, resident_id: int, data: ResidentInput, *, actor: Actor, allow_duplicate: bool = False) -> None:
        """Save the edit form. A masked identifier that is ``None`` in ``data`` (ID number, phone numbers) keeps its
        stored value (the form showed it masked); it is validated as stored, so the rest must still agree with it.

        An ``actor`` without Permission.HEALTH never saw the health fields: theirs are empty and the stored ones are
        kept (an edit at the front desk must not wipe them); health text from them is refused."""
        _refuse_health_input(actor, data)
        now = self._now()

        def work(session: Session) -> None:
            resident = get_resident(session, resident_id)
            candidate = data
            if not actor.may(Permission.HEALTH):
                candidate = replace(data, **{f: getattr(resident, f) or "" for f in HEALTH_FIELDS})
            kept = {f: getattr(resident, f) or "" for f in MASKED_FIELDS if getattr(data, f) is None}
            if kept:  # unchanged: validated as stored, so birth date/sex and the emergency contact still agree
                candidate = replace(candidate, **kept)
            clean = validate_resident(candidate, today=now.date())
            if clean.card_number != (resident.card_number or ""):
                _refuse_retired_card(session, clean)
            if not allow_duplicate:
                _refuse_duplicates(session, clean, exclude_id=resident_id)
            before = {k: getattr(resident, k) for k in _columns(clean)}
            changed = {k: v for k, v in _columns(clean).items() if before[k] != v}
            if not changed:
                return
            for key, value in changed.items():
                setattr(resident, key, value)
            resident.updated_at = now
            _flush_unique(session)
            reindex(session, [resident_id])
            audit.record(
                session, "resident.update", at=now, actor=actor, entity_type="resident", entity_id=resident_id,
                details={"before": audit.masked({k: before[k] for k in changed}), "after": audit.masked(changed)},
            )  # fmt: skip

        self._db.run_write(work)

    @guarded(Permission.FRONT_DESK)
    def issue_card(self, resident_id: int, *, actor: Actor) -> CardIssued:
        """发卡 / 补办: give the resident the center's next card number (with a check digit). A card they had is
        retired (lost, broken): its number is never given again, and a scan of it says it was replaced. One
        transaction, audited (without the numbers: they are identifiers)."""
        now = self._now()

        def work(session: Session) -> CardIssued:
            resident = get_resident(session, resident_id)
            if resident.archived_at is not None:
                raise RuleViolation("resident_archived", {"name": resident.name})
            old = resident.card_number
            if old:
                session.add(RetiredCard(card_number=old, resident_id=resident_id, retired_at=now))
            resident.card_number = _next_card_number(session, now)
            resident.updated_at = now
            _flush_unique(session)
            reindex(session, [resident_id])
            audit.record(session, "resident.card_issue", at=now, actor=actor, entity_type="resident",
                         entity_id=resident_id, details={"replaced": old is not None})  # fmt: skip
            return CardIssued(resident_id, resident.name, resident.card_number, old)

        # Two desks at once: their writes take turns (SQLite's BEGIN IMMEDIATE, PostgreSQL's writers' turn), so
        # the second reads the counter the first moved on.
        issued = self._db.run_write(work)
        log.info("resident %s issued a card", resident_id)
        return issued

    @guarded(Permission.FRONT_DESK)
    def form_data(self, resident_id: int, *, actor: Actor) -> FormData:
        """Values for the edit form, and the masked identifiers it shows instead of the real ones (which never
        leave here: see :meth:`reveal_id_number`, :meth:`reveal_phones`). Health fields are left empty for an
        ``actor`` without Permission.HEALTH: the stored text never leaves the service."""
        with self._db.read() as session:
            resident = get_resident(session, resident_id)
            values = {k: getattr(resident, k) for k in ResidentInput.__dataclass_fields__}
        if not actor.may(Permission.HEALTH):
            values.update(dict.fromkeys(HEALTH_FIELDS, ""))
        values = {k: ("" if v is None and k not in ("birth_date", "consent_date") else v) for k, v in values.items()}
        values["gender"] = str(values["gender"])
        values["disability"] = str(values["disability"])
        values["mobility_aid"] = str(values["mobility_aid"])
        masked = audit.masked({f: values[f] for f in MASKED_FIELDS if values[f]})
        values.update(dict.fromkeys(MASKED_FIELDS))
        return FormData(ResidentInput(**values), masked)

    @guarded(Permission.FRONT_DESK)
    def find_duplicates(
        self, data: ResidentInput, *, actor: Actor, exclude_id: int | None = None
    ) -> list[DuplicateMatch]:
        with self._db.read() as session:
            return _duplicates(session, data, exclude_id)

    # -- privacy ----------------------------------------------------------------------------------------------

    @guarded(Permission.REVEAL_IDENTIFIERS)
    def reveal_id_number(self, resident_id: int, *, actor: Actor) -> str | None:
        """The full ID number, for an explicit "show" action by a role allowed to; written to the audit log."""
        now = self._now()

        def work(session: Session) -> str | None:
            resident = get_resident(session, resident_id)
            audit.record(
                session, "resident.reveal_id_number", at=now, actor=actor, entity_type="resident",
                entity_id=resident_id,
            )  # fmt: skip
            return resident.id_number

        return self._db.run_write(work)

    @guarded(Permission.REVEAL_IDENTIFIERS)
    def reveal_phones(self, resident_id: int, *, actor: Actor) -> dict[str, str]:
        """The resident's stored phone numbers in full (field → number; a field with none is absent), for one
        explicit "show" action; the audit entry names the fields shown, never the numbers."""
        now = self._now()

        def work(session: Session) -> dict[str, str]:
            resident = get_resident(session, resident_id)
            phones = {f: getattr(resident, f) for f in PHONE_FIELDS if getattr(resident, f)}
            audit.record(
                session, "resident.reveal_phones", at=now, actor=actor, entity_type="resident",
                entity_id=resident_id, details={"fields": list(phones)},
            )  # fmt: skip
            return phones

        return self._db.run_write(work)

    # -- archive ----------------------------------------------------------------------------------------------

    @guarded(Permission.FRONT_DESK)
    def archive(
        self,
        resident_id: int,
        reason: ArchiveReason,
        *,
        note: str = "",
        actor: Actor,
    ) -> None:
        """Moved away or deceased: the record stays (history, statistics) but leaves search and lists."""
        now = self._now()

        def work(session: Session) -> None:
            resident = get_resident(session, resident_id)
            if resident.archived_at is not None:
                raise RuleViolation("already_archived", {"name": resident.name})
            if session.scalar(select(Visit.id).where(Visit.resident_id == resident_id, Visit.checked_out_at.is_(None))):
                raise RuleViolation("archive_while_checked_in", {"name": resident.name})
            resident.archived_at, resident.archive_reason, resident.archive_note = now, reason.value, note.strip()
            audit.record(
                session, "resident.archive", at=now, actor=actor, entity_type="resident",
                entity_id=resident_id, details={"reason": reason.value, "note": note.strip()},
            )  # fmt: skip

        self._db.run_write(work)

    @guarded(Permission.FRONT_DESK)
    def restore(self, resident_id: int, *, actor: Actor) -> None:
        now = self._now()

        def work(session: Session) -> None:
            resident = get_resident(session, resident_id)
            if resident.archive_reason == ArchiveReason.MERGED.value:
                raise RuleViolation("restore_merged_use_undo", {"name": resident.name})
            resident.archived_at = resident.archive_reason = resident.archive_note = None
            audit.record(session, "resident.restore", at=now, actor=actor, entity_type="resident",
                         entity_id=resident_id)  # fmt: skip

        self._db.run_write(work)

    # -- merge ------------------------------------------------------------------------------------------------

    @guarded(Permission.FRONT_DESK)
    def merge(self, keep_id: int, merge_id: int, *, actor: Actor) -> MergeResult:
        """Move ``merge_id``'s visits to ``keep_id``, fill the kept record's empty fields from it, archive it."""
        if keep_id == merge_id:
            raise RuleViolation("merge_same_record")
        now = self._now()

        def work(session: Session) -> MergeResult:
            kept, merged = get_resident(session, keep_id), get_resident(session, merge_id)
            if merged.archive_reason == ArchiveReason.MERGED.value:
                raise RuleViolation("already_merged", {"name": merged.name})
            conflict = _merge_conflict(kept, merged)
            if conflict is not None:
                raise RuleViolation("merge_conflict", {"field": conflict})
            open_visits = session.scalars(
                select(Visit.resident_id).where(
                    Visit.resident_id.in_([keep_id, merge_id]), Visit.checked_out_at.is_(None)
                )
            ).all()
            if len(open_visits) > 1:
                raise RuleViolation("merge_both_checked_in")
            visit_ids = session.scalars(select(Visit.id).where(Visit.resident_id == merge_id)).all()
            session.execute(update(Visit).where(Visit.id.in_(visit_ids)).values(resident_id=keep_id))
            filled = {f: _json(getattr(kept, f)) for f in _merge_fills(kept, merged)}
            for field in filled:
                setattr(kept, field, getattr(merged, field))
            moved = {f: getattr(merged, f) for f in _merge_moves(kept, merged)}
            merged_archive = {
                "archived_at": _json(merged.archived_at),
                "archive_reason": merged.archive_reason,
                "archive_note": merged.archive_note,
            }
            for field in moved:
                setattr(merged, field, None)
            session.flush()  # free the unique values before the kept record takes them
            for field, value in moved.items():
                setattr(kept, field, value)
            merged.archived_at, merged.archive_reason = now, ArchiveReason.MERGED.value
            merged.archive_note = f"→ {keep_id}"
            kept.updated_at = merged.updated_at = now
            entry = ResidentMerge(
                kept_id=keep_id, merged_id=merge_id, at=now, staff_id=actor.audit_staff_id,
                moved_visit_ids=list(visit_ids), filled=filled, moved_unique=moved, merged_archive=merged_archive,
            )  # fmt: skip
            session.add(entry)
            session.flush()
            reindex(session, [keep_id, merge_id])
            audit.record(
                session, "resident.merge", at=now, actor=actor, entity_type="resident", entity_id=keep_id,
                details={"merged_id": merge_id, "merge_id": entry.id, "visits": len(visit_ids),
                         "filled": sorted(filled) + sorted(moved)},
            )  # fmt: skip
            return MergeResult(entry.id, keep_id, merge_id, len(visit_ids), tuple(sorted(filled) + sorted(moved)))

        return self._db.run_write(work)

    @guarded(Permission.FRONT_DESK)
    def merge_preview(self, keep_id: int, merge_id: int, *, actor: Actor) -> MergePreview:
        """What merging ``merge_id`` into ``keep_id`` would move and fill, or which identifier stands in the way."""
        with self._db.read() as session:
            kept, merged = get_resident(session, keep_id), get_resident(session, merge_id)
            visits = session.scalar(select(func.count(Visit.id)).where(Visit.resident_id == merge_id)) or 0
            filled, moved = sorted(_merge_fills(kept, merged)), sorted(_merge_moves(kept, merged))
            conflict = _merge_conflict(kept, merged)
        return MergePreview(visits, tuple(filled + moved), conflict)

    @guarded(Permission.FRONT_DESK)
    def undo_merge(self, merge_id: int, *, actor: Actor) -> None:
        """Put both records back as they were: visits, filled fields, moved identifiers, the archive state."""
        now = self._now()

        def work(session: Session) -> None:
            entry = session.get(ResidentMerge, merge_id)
            if entry is None:
                raise RuleViolation("merge_not_found")
            if entry.undone_at is not None:
                raise RuleViolation("merge_already_undone")
            kept, merged = get_resident(session, entry.kept_id), get_resident(session, entry.merged_id)
            if kept.anonymised_at is not None or merged.anonymised_at is not None:
                # what the merge moved over was erased with the person: there is nothing left to put back
                raise RuleViolation("merge_undo_anonymised")
            session.execute(
                update(Visit)
                .where(Visit.id.in_(entry.moved_visit_ids), Visit.resident_id == entry.kept_id)
                .values(resident_id=entry.merged_id)
            )
            columns = Resident.__table__.c
            for field, old in entry.filled.items():
                setattr(kept, field, _from_json(columns[field], old))
            for field in entry.moved_unique:
                setattr(kept, field, None)
            session.flush()
            for field, value in entry.moved_unique.items():
                setattr(merged, field, value)
            merged.archived_at = _from_json(columns["archived_at"], entry.merged_archive["archived_at"])
            merged.archive_reason = entry.merged_archive["archive_reason"]
            merged.archive_note = entry.merged_archive["archive_note"]
            kept.updated_at = merged.updated_at = now
            entry.undone_at, entry.undone_by_id = now, actor.audit_staff_id
            _flush_unique(session)
            reindex(session, [entry.kept_id, entry.merged_id])
            audit.record(
                session, "resident.merge_undo", at=now, actor=actor, entity_type="resident",
                entity_id=entry.kept_id, details={"merged_id": entry.merged_id, "merge_id": entry.id},
            )  # fmt: skip

        self._db.run_write(work)

    def _now(self) -> datetime:
        return self._clock().replace(microsecond=0)


def _refuse_health_input(actor: Actor, data: ResidentInput) -> None:
    if not actor.may(Permission.HEALTH) and any(getattr(data, f) for f in HEALTH_FIELDS):
        require(actor, Permission.HEALTH)


def add_resident(session: Session, clean: ResidentInput, now: datetime) -> Resident:
    """A new resident from validated form values, added to ``session`` (the caller flushes, reindexes, audits): the
    form's save and the roster import make residents the same way."""
    resident = Resident(**_columns(clean), created_at=now, updated_at=now)
    session.add(resident)
    return resident


def column_values(clean: ResidentInput) -> dict[str, object]:
    """Validated form values as the resident's column values (empty text is NULL)."""
    return _columns(clean)


def registry_duplicates(session: Session, data: ResidentInput, exclude_id: int | None = None) -> list[DuplicateMatch]:
    """The registry's duplicate rules (see :func:`duplicates_of_many`) for one row inside the caller's session."""
    return _duplicates(session, data, exclude_id)


def refuse_retired_card(session: Session, clean: ResidentInput) -> None:
    """Raise the form's ``card_retired`` error for a retired card's number."""
    _refuse_retired_card(session, clean)


def get_resident(session: Session, resident_id: int) -> Resident:
    """The resident, or the refusal the desk shows when the record is gone."""
    resident = session.get(Resident, resident_id)
    if resident is None:
        raise RuleViolation("resident_not_found")
    return resident


# What a merge does, field by field; merge() acts on it and merge_preview() shows it.
def _merge_fills(kept: Resident, merged: Resident) -> list[str]:
    """Fields the kept record lacks and the merged one has."""
    return [f for f in MERGE_FILLABLE if not getattr(kept, f) and getattr(merged, f)]


def _merge_moves(kept: Resident, merged: Resident) -> list[str]:
    """Unique identifiers (ID, card) that move over from the merged record."""
    return [f for f in MERGE_UNIQUE if getattr(merged, f) and not getattr(kept, f)]


def _merge_conflict(kept: Resident, merged: Resident) -> str | None:
    """The first unique identifier the two records hold with different values: such a merge is refused."""
    return next(
        (f for f in MERGE_UNIQUE if getattr(kept, f) and getattr(merged, f) and getattr(kept, f) != getattr(merged, f)),
        None,
    )


def _columns(clean: ResidentInput) -> dict[str, object]:
    """Form values as column values: empty text is NULL. (The fields are plain values: read directly, not through
    ``asdict``, whose deep copies were a sixth of an import's time.)"""
    return {name: (None if (value := getattr(clean, name)) == "" else value) for name in INPUT_FIELDS}


def _next_card_number(session: Session, now: datetime) -> str:
    """The center's next card number (see CARD_SERIAL), past any a resident holds or a retired card had."""
    counter = session.get(Setting, CARD_SERIAL)
    stored = counter.value if counter is not None else None
    serial = stored if isinstance(stored, int) and not isinstance(stored, bool) else FIRST_CARD_SERIAL
    while True:
        number = checkdigit.with_check_digit(str(serial))
        serial += 1
        taken = session.scalar(select(func.count()).where(Resident.card_number == number))
        if not taken and session.get(RetiredCard, number) is None:
            break
    if counter is None:
        session.add(Setting(key=CARD_SERIAL, value=serial, updated_at=now))
    else:
        counter.value, counter.updated_at = serial, now
    return number


def _refuse_retired_card(session: Session, clean: ResidentInput) -> None:
    """A retired card's number typed into the form: that card was given up, its number is not given again."""
    if clean.card_number and session.get(RetiredCard, clean.card_number) is not None:
        raise ValidationFailed([FieldError("card_number", "card_retired")])


def _flush_unique(session: Session) -> None:
    """Flush, turning a unique-constraint clash (another desk saved the same ID a moment ago) into a field error."""
    try:
        session.flush()
    except IntegrityError as exc:
        text = str(exc.orig).lower()
        field = "card_number" if "card_number" in text else "id_number"
        raise ValidationFailed([FieldError(field, f"{field}_taken")]) from exc


def _refuse_duplicates(session: Session, clean: ResidentInput, *, exclude_id: int | None) -> None:
    matches = _duplicates(session, clean, exclude_id)
    if matches:
        raise DuplicateSuspected(matches)


def _duplicates(session: Session, data: ResidentInput, exclude_id: int | None) -> list[DuplicateMatch]:
    """Same ID number; same card; same name and birth date; same phone with a similar-sounding name (张/章)."""
    return duplicates_of_many(session, [data], exclude_id)[0]


DUPLICATE_CHUNK = 500  # values per IN (…) of duplicates_of_many


def duplicates_of_many(
    session: Session, rows: Sequence[ResidentInput], exclude_id: int | None = None
) -> list[list[DuplicateMatch]]:
    """The duplicate rules for each of ``rows`` (the form's one, or a roster's thousands), in a few queries per
    :data:`DUPLICATE_CHUNK` values rather than four per row: same ID number; same card; same name and birth date;
    same phone (either of the two) with a similar-sounding name. Each row's matches in the order the desk shows
    them: current residents first, then by id."""
    cols = (Resident.id, Resident.name, Resident.archived_at)
    by_id = _residents_by(session, cols, Resident.id_number, {r.id_number for r in rows if r.id_number})
    by_card = _residents_by(session, cols, Resident.card_number, {r.card_number for r in rows if r.card_number})
    named = {r.name for r in rows if r.name and r.birth_date}
    by_birth: dict[tuple, list] = {}
    for row in _residents_by(session, (*cols, Resident.birth_date), Resident.name, named, flat=True):
        by_birth.setdefault((row[1], row[3]), []).append(row[:3])
    phones = {p for r in rows if r.name for p in (r.phone, r.phone2) if p}
    by_phone = _residents_by(session, cols, Resident.phone, phones)
    for phone, found in _residents_by(session, cols, Resident.phone2, phones).items():
        by_phone.setdefault(phone, []).extend(found)
    results: list[list[DuplicateMatch]] = []
    for data in rows:
        found: dict[int, DuplicateMatch] = {}
        if data.id_number:
            _add_matches(found, by_id.get(data.id_number, ()), "same_id_number", exclude_id)
        if data.card_number:
            _add_matches(found, by_card.get(data.card_number, ()), "same_card_number", exclude_id)
        if data.name and data.birth_date:
            _add_matches(found, by_birth.get((data.name, data.birth_date), ()), "same_name_and_birth_date", exclude_id)
        if data.name:
            sharing = [r for p in dict.fromkeys((data.phone, data.phone2)) if p for r in by_phone.get(p, ())]
            alike = [r for r in sharing if sounds_alike(r[1], data.name)]
            _add_matches(found, alike, "same_phone_similar_name", exclude_id)
        results.append(sorted(found.values(), key=lambda m: (m.archived, m.resident_id)))
    return results


def _add_matches(found: dict[int, DuplicateMatch], candidates, reason: str, exclude_id: int | None) -> None:
    """The first rule a resident matches is the reason given for them."""
    for rid, name, archived_at in candidates:
        if rid != exclude_id and rid not in found:
            found[rid] = DuplicateMatch(rid, name, reason, archived_at is not None)


def _residents_by(session: Session, cols: tuple, column, values: set, *, flat: bool = False):
    """Residents whose ``column`` holds one of ``values``: value → rows of ``cols`` (or all rows, ``flat``)."""
    ordered = sorted(values)
    rows = []
    for start in range(0, len(ordered), DUPLICATE_CHUNK):
        chunk = ordered[start : start + DUPLICATE_CHUNK]
        rows.extend(session.execute(select(*cols, column).where(column.in_(chunk))).all())
    if flat:
        return [tuple(r[:-1]) for r in rows]
    grouped: dict[object, list] = {}
    for row in rows:
        grouped.setdefault(row[-1], []).append(tuple(row[:3]))
    return grouped


def sounds_alike(a: str, b: str) -> bool:
    """Same name, or names that share a reading (张/章, 王秀兰/王秀岚): the usual typing slips of a desk."""
    if a == b:
        return True
    if len(a) != len(b):
        return False
    readings_a = {"".join(r) for r in name_readings(a)}
    return any("".join(r) in readings_a for r in name_readings(b))


def _json(value: object) -> object:
    return value.isoformat() if hasattr(value, "isoformat") else value


def _from_json(column, value: object) -> object:
    if value is None:
        return None
    python_type = column.type.python_type
    if hasattr(python_type, "fromisoformat") and isinstance(value, str):
        return python_type.fromisoformat(value)
    return value
