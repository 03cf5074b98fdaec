"""The import wizard's words: each file error its own sentence, each row status, the counts, the result.

Keys are the core's plain codes (ImportFileError codes, RowStatus values, FieldError codes), so this module loads
without SQLAlchemy. A row's field problems are said in the resident form's own words
(:mod:`frontdesk.ui.common.resident_words`); the few codes only an import meets are here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from frontdesk.ui.common import resident_words

if TYPE_CHECKING:
    from frontdesk.core.errors import RuleViolation
    from frontdesk.core.importing.plan import FieldUpdate, ImportResult, PlannedRow
    from frontdesk.core.validation import FieldError

CONTEXT = "RosterImport"
LIST_SEPARATOR = "；"


def t(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


# ImportFileError codes (core/importing/plan.py), and the wizard's own "missing" / "not_a_file", as sentences that
# say what to do next. {max_mb} / {max} come from the error's params.
FILE_ERRORS: dict[str, str] = {
    "unsupported_type": QT_TRANSLATE_NOOP(
        "RosterImport",
        "This kind of file cannot be imported. Choose an Excel or WPS table (.xlsx, .xls), an "
        "OpenDocument table (.ods) or a .csv file.",
    ),
    "not_a_spreadsheet": QT_TRANSLATE_NOOP(
        "RosterImport",
        "This file is not a table, although its name says so. Open it in Excel or WPS and save it "
        "again as .xlsx, then import that.",
    ),
    "encrypted": QT_TRANSLATE_NOOP(
        "RosterImport", "This file has a password. Remove the password in Excel or WPS, save it again, then import it."
    ),
    "too_large": QT_TRANSLATE_NOOP(
        "RosterImport",
        "This file is too large to import (more than {max_mb} MB). Split the roster into smaller "
        "files, or save it without pictures.",
    ),
    "unpacks_too_large": QT_TRANSLATE_NOOP(
        "RosterImport",
        "This file unpacks to more than {max_mb} MB, far more than a roster holds: it is not "
        "opened, to keep the computer safe. Save the table again in Excel or WPS and import that.",
    ),
    "unsafe_xml": QT_TRANSLATE_NOOP(
        "RosterImport",
        "This file contains instructions a roster never has, so it is not opened, to keep the "
        "computer safe. Save the table again in Excel or WPS and import that.",
    ),
    "broken": QT_TRANSLATE_NOOP(
        "RosterImport",
        "This file is damaged and cannot be read. Open it in Excel or WPS; if it opens there, save "
        "it again and import the new file.",
    ),
    "unknown_encoding": QT_TRANSLATE_NOOP(
        "RosterImport",
        "The text of this .csv file cannot be read (it is neither UTF-8 nor GBK). Open it in Excel "
        "or WPS and save it as .xlsx, then import that.",
    ),
    "too_many_rows": QT_TRANSLATE_NOOP(
        "RosterImport",
        "This table has more than {max} rows. Split it into smaller files and import them one after another.",
    ),
    "empty": QT_TRANSLATE_NOOP("RosterImport", "This table is empty: there is nothing to import."),
    "no_sheet": QT_TRANSLATE_NOOP(
        "RosterImport", "This sheet is not in the file any more. Choose another sheet, or choose the file again."
    ),
    "missing": QT_TRANSLATE_NOOP(
        "RosterImport", "There is no file at this place. Check the name, or choose the file with Browse…."
    ),
    "unreadable": QT_TRANSLATE_NOOP(
        "RosterImport",
        "This file cannot be read: it may be open in another program, or this computer may not be "
        "allowed to read it. Close it there, or copy it to this computer, and try again.",
    ),
    "not_a_file": QT_TRANSLATE_NOOP("RosterImport", "This is a folder, not a file. Choose the roster file in it."),
}

# RowStatus values (core/importing/plan.py), as the list's 结果 column says them.
STATUSES: dict[str, str] = {
    "new": QT_TRANSLATE_NOOP("RosterImport", "New"),  # 新增
    "update": QT_TRANSLATE_NOOP("RosterImport", "Update"),  # 更新
    "same": QT_TRANSLATE_NOOP("RosterImport", "Already registered"),  # 已登记
    "repeat": QT_TRANSLATE_NOOP("RosterImport", "Repeated row"),  # 重复行
    "bad": QT_TRANSLATE_NOOP("RosterImport", "Has problems"),  # 有问题
    "skipped": QT_TRANSLATE_NOOP("RosterImport", "Not a resident"),  # 跳过
}
STATUS_ORDER = ("new", "update", "same", "repeat", "bad", "skipped")

# What each count on the check page means, {count} the number of rows.
STATUS_COUNTS: dict[str, str] = {
    "new": QT_TRANSLATE_NOOP("RosterImport", "New residents to register: {count}"),
    "update": QT_TRANSLATE_NOOP("RosterImport", "Registered residents with new or different details: {count}"),
    "same": QT_TRANSLATE_NOOP("RosterImport", "Already registered, nothing new (left alone): {count}"),
    "repeat": QT_TRANSLATE_NOOP("RosterImport", "Rows repeating an earlier row (skipped): {count}"),
    "bad": QT_TRANSLATE_NOOP("RosterImport", "Rows with problems, not imported: {count}"),
    "skipped": QT_TRANSLATE_NOOP("RosterImport", "Notes or headings, not residents (skipped): {count}"),
}

# The duplicate rule that matched a registered resident (PlannedRow.match_reason).
MATCH_REASONS: dict[str, str] = {
    "id_number": QT_TRANSLATE_NOOP("RosterImport", "same ID number"),
    "name_birth": QT_TRANSLATE_NOOP("RosterImport", "same name and date of birth"),
    "name_phone": QT_TRANSLATE_NOOP("RosterImport", "same phone, similar name"),
    "card_number": QT_TRANSLATE_NOOP("RosterImport", "same member card"),
}

# FieldError codes only an import meets; the others are the resident form's (resident_words.FIELD_ERRORS).
IMPORT_FIELD_ERRORS: dict[str, str] = {
    "id_lost_digits": QT_TRANSLATE_NOOP(
        "RosterImport",
        "The ID number was stored as a number and its last digits are lost: set the column to text "
        "in the spreadsheet and type the number again.",
    ),
    "date_unclear": QT_TRANSLATE_NOOP(
        "RosterImport", "It cannot be told whether this is January or October: write it as 1945-01 or 1945-10."
    ),
    # the row as a whole (field ""): how it meets the register and the rest of the file
    "duplicate_ambiguous": QT_TRANSLATE_NOOP(
        "RosterImport", "Matches {count} registered residents: check them in the register first."
    ),
    "id_other_name": QT_TRANSLATE_NOOP("RosterImport", "This ID number is registered to another resident ({name})."),
    "card_other_name": QT_TRANSLATE_NOOP(
        "RosterImport", "This member card is registered to another resident ({name})."
    ),
    "id_differs": QT_TRANSLATE_NOOP("RosterImport", "Matches {name} in the register, but the ID number is different."),
    "card_differs": QT_TRANSLATE_NOOP(
        "RosterImport", "Matches {name} in the register, but the member card number is different."
    ),
    "archived_match": QT_TRANSLATE_NOOP(
        "RosterImport", "Matches {name}, who is archived: restore the record in the register first."
    ),
    "repeat_other_name": QT_TRANSLATE_NOOP(
        "RosterImport", "The same ID number as row {line} of this file, but another name."
    ),
    "registered_meanwhile": QT_TRANSLATE_NOOP(
        "RosterImport", "Another desk registered this resident while the import ran."
    ),
    "changed_meanwhile": QT_TRANSLATE_NOOP(
        "RosterImport", "This resident's record was changed while the import ran: check the file again."
    ),
}

# RuleViolation codes of the import (core/services/resident_import.py): a mapping the service refuses.
REFUSALS: dict[str, str] = {
    "health_not_allowed": QT_TRANSLATE_NOOP(
        "RosterImport",
        "Your role may not import health details (chronic conditions, allergies): set those columns to “Not imported”.",
    ),
    "mapping_field_twice": QT_TRANSLATE_NOOP(
        "RosterImport", "A field is chosen for two columns: go back and choose it for one column only."
    ),
    "mapping_field_unknown": QT_TRANSLATE_NOOP(
        "RosterImport", "A column is set to a field the register does not have: go back and choose another."
    ),
    "mapping_needs_name": QT_TRANSLATE_NOOP(
        "RosterImport", "No column is set to the name: go back and choose the column that holds it."
    ),
    "not_allowed": QT_TRANSLATE_NOOP("RosterImport", "Your role may not import residents: ask a manager."),
}


def choice(source: Mapping[str, str], code: str) -> str:
    return t(source[code]) if code in source else code


def file_error(code: str, params: Mapping[str, object] | None = None) -> str:
    source = FILE_ERRORS.get(code)
    if source is None:
        return QCoreApplication.translate(
            "RosterImport",
            "This file cannot be imported. Open it in Excel or WPS, save it again as .xlsx and import that.",
        )
    try:
        return t(source).format(**dict(params or {}))
    except (KeyError, IndexError):
        return t(source)


def status_word(status: str) -> str:
    return choice(STATUSES, status)


def status_count(status: str, count: int) -> str:
    return t(STATUS_COUNTS[status]).format(count=count)


def field_name(field: str) -> str:
    return resident_words.field_name(field) if field in resident_words.FIELDS else field


def problem_text(problem: FieldError) -> str:
    """One reason a row is refused: the field's name, then what is wrong with it in the form's words."""
    source = IMPORT_FIELD_ERRORS.get(problem.code)
    if source is not None:
        try:
            text = t(source).format(**dict(problem.params))
        except (KeyError, IndexError):
            text = t(source)
    elif problem.code in resident_words.FIELD_ERRORS:
        field = problem.field if problem.field in resident_words.FIELDS else "name"
        text = resident_words.field_error(problem.code, problem.params, field=field)
    else:
        text = QCoreApplication.translate("RosterImport", "This row cannot be imported ({code}).").format(
            code=problem.code
        )
    if not problem.field or problem.field not in resident_words.FIELDS:
        return text
    return QCoreApplication.translate("RosterImport", "{field}: {problem}").format(
        field=field_name(problem.field), problem=text
    )


def problems_text(problems: Iterable[FieldError]) -> str:
    return LIST_SEPARATOR.join(problem_text(problem) for problem in problems)


def update_text(update: FieldUpdate) -> str:
    """手机：139****1234 → 138****5678 (an empty old value said as such)."""
    old = update.old or QCoreApplication.translate("RosterImport", "(empty)")
    return QCoreApplication.translate("RosterImport", "{field}: {old} → {new}").format(
        field=field_name(update.field), old=old, new=update.new
    )


def row_reason(row: PlannedRow) -> str:
    """What the list's last column says about a row: why it is refused, what would change, whom it matches."""
    status = str(row.status)
    if status == "bad":
        return problems_text(row.problems)
    if status == "update":
        return LIST_SEPARATOR.join(update_text(update) for update in row.updates)
    if status == "repeat" and row.repeat_of is not None:
        return QCoreApplication.translate("RosterImport", "The same person as row {line}").format(line=row.repeat_of)
    if status == "same" and row.match_reason:
        return QCoreApplication.translate("RosterImport", "Matches a registered resident ({reason})").format(
            reason=choice(MATCH_REASONS, row.match_reason)
        )
    if status == "skipped":
        return QCoreApplication.translate("RosterImport", "A note or heading row")
    return ""


def row_name(row: PlannedRow, name_column: int | None) -> str:
    if row.data is not None and row.data.name:
        return row.data.name
    if name_column is not None and name_column < len(row.cells):
        return row.cells[name_column]
    return ""


def refusal(violation: RuleViolation) -> str:
    source = REFUSALS.get(violation.code)
    if source is not None:
        return t(source)
    return resident_words.refusal(violation)


def result_lines(result: ImportResult) -> list[str]:
    """The Done page's words, one line each."""
    lines = [
        QCoreApplication.translate("RosterImport", "Registered: {count}").format(count=result.created),
        QCoreApplication.translate("RosterImport", "Updated: {count}").format(count=result.updated),
        QCoreApplication.translate("RosterImport", "Already registered, left as they were: {count}").format(
            count=result.unchanged
        ),
        QCoreApplication.translate("RosterImport", "Rows with problems, not imported: {count}").format(
            count=result.rejected
        ),
        QCoreApplication.translate("RosterImport", "Skipped (repeated rows, notes): {count}").format(
            count=result.skipped
        ),
    ]
    if result.backup:
        lines.append(
            QCoreApplication.translate("RosterImport", "Backup taken before the import: {name}").format(
                name=result.backup
            )
        )
    return lines


def result_heading(result: ImportResult) -> str:
    if result.cancelled:
        return QCoreApplication.translate(
            "RosterImport",
            "Stopped. {count} rows were written before it stopped, in whole batches: nothing was left half-written. "
            "Import the same file again to bring in the rest; the rows already in are recognised and not doubled.",
        ).format(count=result.created + result.updated)
    return QCoreApplication.translate("RosterImport", "The import is done.")


def imported(result: ImportResult) -> str:
    """The residents page's status line after a run."""
    if result.cancelled:
        return QCoreApplication.translate(
            "RosterImport", "Import stopped: {created} registered, {updated} updated before it stopped."
        ).format(created=result.created, updated=result.updated)
    return QCoreApplication.translate(
        "RosterImport", "Roster imported: {created} registered, {updated} updated, {rejected} rows with problems."
    ).format(created=result.created, updated=result.updated, rejected=result.rejected)
