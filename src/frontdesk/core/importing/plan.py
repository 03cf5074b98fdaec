"""What an import is made of, as plain frozen data: the sheet read, the columns mapped, every row's outcome.

The steps: a file is read into a :class:`SheetTable` (guarded: size limits, no XML entities, no formulas run); its
header is found and its columns mapped to the resident form's fields (:class:`ColumnMapping`, which the user may
correct); every row is checked with the form's own rules and matched against the registry's duplicate rules
(:class:`ImportPlan`); then the plan is carried out in batches (:class:`ImportResult`).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime

from frontdesk.core.errors import FrontdeskError
from frontdesk.core.validation import FieldError, ResidentInput

CellValue = str | int | float | date | datetime | bool | None

# The resident fields a roster column can fill (ResidentInput attribute names); health fields need HEALTH.
IMPORT_FIELDS: tuple[str, ...] = (
    "name", "gender", "birth_date", "id_number", "phone", "phone2", "community", "building", "unit", "room",
    "address_detail", "emergency_name", "emergency_relation", "emergency_phone", "lives_alone", "empty_nest",
    "disability", "low_income", "mobility_aid", "chronic_conditions", "allergies", "notes", "card_number",
)  # fmt: skip
HEALTH_FIELDS = frozenset({"chronic_conditions", "allergies"})


class ImportFileError(FrontdeskError):
    """A file that cannot be imported, said by a code the UI turns into words (never a traceback).

    Codes: ``unsupported_type`` (not .xlsx/.xls/.ods/.csv), ``not_a_spreadsheet`` (the content is something else),
    ``encrypted`` (password-protected), ``too_large`` (the file itself; params ``max_mb``), ``unpacks_too_large``
    (a zip bomb: params ``max_mb``), ``unsafe_xml`` (entity or DTD declarations), ``broken`` (damaged, cannot be
    read), ``unknown_encoding`` (a CSV neither UTF-8 nor GB18030), ``too_many_rows`` (params ``max``), ``empty``
    (no rows at all), ``no_sheet`` (the named sheet is not in the file)."""

    def __init__(self, code: str, params: dict[str, object] | None = None) -> None:
        super().__init__(code)
        self.code = code
        self.params = params or {}


@dataclass(frozen=True)
class SheetTable:
    """One sheet as read: every row's cells as the file holds them (dates as dates, numbers as numbers), merged
    cells' value repeated across the merge, trailing empty cells dropped. ``lines`` are the rows' numbers in the
    sheet (1-based, as the spreadsheet program shows them): blank rows are dropped from ``rows`` but the numbers
    stay true."""

    file_name: str
    sheet: str  # "" for a CSV
    sheets: tuple[str, ...]  # every sheet of the file, so the user can pick another
    rows: tuple[tuple[CellValue, ...], ...]
    lines: tuple[int, ...]
    encoding: str | None = None  # a CSV's: "utf-8" or "gb18030"
    fingerprint: str = ""  # the file's content hash (sha256), carried into the plan and the audit entries


@dataclass(frozen=True)
class ColumnMapping:
    """Which rows are the header and which field each column fills (``None``: not imported).

    ``header_rows`` are indexes into :attr:`SheetTable.rows` (one row, or two for a merged two-level header); data
    starts after the last. ``headers`` are the header texts per column as shown to the user (two levels joined)."""

    header_rows: tuple[int, ...]
    headers: tuple[str, ...]
    fields: tuple[str | None, ...]

    @property
    def first_data_row(self) -> int:
        return (self.header_rows[-1] + 1) if self.header_rows else 0


class RowStatus(enum.StrEnum):
    NEW = "new"  # a resident not yet on file: created
    SAME = "same"  # matches a resident on file and adds nothing: left alone
    UPDATE = "update"  # matches a resident on file and the file has fields the record lacks or differ: offered
    REPEAT = "repeat"  # the same person as an earlier row of this file: skipped
    BAD = "bad"  # fails the form's rules or is ambiguous: listed with the reason, can be saved to fix
    SKIPPED = "skipped"  # a note row or a repeated header inside the data: not a resident, ignored


@dataclass(frozen=True)
class FieldUpdate:
    """A field the file would change on a matched resident: texts for the user (identifiers masked)."""

    field: str
    old: str
    new: str


@dataclass(frozen=True)
class PlannedRow:
    line: int  # the row's number in the sheet, as the user sees it
    status: RowStatus
    cells: tuple[str, ...]  # the row's cells as text, as in the file (the preview and the rejects file)
    data: ResidentInput | None  # cleaned by the form's rules (None for BAD and SKIPPED)
    problems: tuple[FieldError, ...] = ()  # BAD: every reason; field "" for a whole-row reason
    resident_id: int | None = None  # SAME / UPDATE / REPEAT of an existing one: the resident matched
    match_reason: str | None = None  # the duplicate rule that matched: "id_number", "name_birth", "name_phone"
    updates: tuple[FieldUpdate, ...] = ()  # UPDATE: what would change
    repeat_of: int | None = None  # REPEAT: the earlier row's line


@dataclass(frozen=True)
class ImportPlan:
    table: SheetTable
    mapping: ColumnMapping
    rows: tuple[PlannedRow, ...]
    fingerprint: str  # the file's content hash (sha256): an import audited under it

    def count(self, status: RowStatus) -> int:
        return sum(1 for row in self.rows if row.status is status)


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int
    unchanged: int  # SAME rows, and UPDATE rows whose updates were not accepted
    rejected: int  # BAD rows, plus rows that turned bad when written (someone registered them meanwhile)
    skipped: int  # REPEAT and SKIPPED rows
    cancelled: bool  # stopped between two batches: every batch written is whole, nothing after it
    batches: int
    backup: str | None  # the safety backup's file name, or None on a database server
    rejects: tuple[PlannedRow, ...] = ()  # rows refused (planned BAD and turned bad), for the rejects file
