"""The audit log's words: actions, targets, field names, values and the chain check's verdict.

Action codes are the core's ("resident.update"); a code without words here (written by a newer program, or one
forgotten) is shown as it is rather than hidden.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from frontdesk.ui.residents import words as resident_words

if TYPE_CHECKING:
    from frontdesk.core.audit import ChainCheck
    from frontdesk.core.services.audit_log import AuditRow

CONTEXT = "AuditLog"
EMPTY = "—"

ACTIONS: dict[str, str] = {
    "resident.create": QT_TRANSLATE_NOOP("AuditLog", "Registered a resident"),
    "resident.update": QT_TRANSLATE_NOOP("AuditLog", "Edited a resident"),
    "resident.reveal_id_number": QT_TRANSLATE_NOOP("AuditLog", "Showed a full ID number"),
    "resident.archive": QT_TRANSLATE_NOOP("AuditLog", "Archived a resident"),
    "resident.restore": QT_TRANSLATE_NOOP("AuditLog", "Took a resident out of the archive"),
    "resident.merge": QT_TRANSLATE_NOOP("AuditLog", "Merged duplicate records"),
    "resident.merge_undo": QT_TRANSLATE_NOOP("AuditLog", "Undid a merge"),
    "demo.seed": QT_TRANSLATE_NOOP("AuditLog", "Filled with demo data"),
    "resident.consent": QT_TRANSLATE_NOOP("AuditLog", "Recorded consent"),
    "resident.export": QT_TRANSLATE_NOOP("AuditLog", "Exported a resident's data"),
    "resident.print": QT_TRANSLATE_NOOP("AuditLog", "Printed a form for a resident"),
    "resident.anonymise": QT_TRANSLATE_NOOP("AuditLog", "Anonymised expired records"),
    "staff.create_first_manager": QT_TRANSLATE_NOOP("AuditLog", "Created the first manager"),
    "staff.create": QT_TRANSLATE_NOOP("AuditLog", "Added a staff member"),
    "staff.sign_in": QT_TRANSLATE_NOOP("AuditLog", "Signed in"),
    "staff.sign_in_failed": QT_TRANSLATE_NOOP("AuditLog", "Failed sign-in"),
    "visit.check_in": QT_TRANSLATE_NOOP("AuditLog", "Checked in"),
    "visit.check_out": QT_TRANSLATE_NOOP("AuditLog", "Checked out"),
    "visit.check_out_everyone": QT_TRANSLATE_NOOP("AuditLog", "Closing time: checked everyone out"),
    "staff.change_password": QT_TRANSLATE_NOOP("AuditLog", "Changed own password"),
    "staff.reset_password": QT_TRANSLATE_NOOP("AuditLog", "Reset a password"),
    "staff.set_active": QT_TRANSLATE_NOOP("AuditLog", "Deactivated or reactivated a staff member"),
    "setting.update": QT_TRANSLATE_NOOP("AuditLog", "Changed a setting"),
    "backup.create": QT_TRANSLATE_NOOP("AuditLog", "Made a backup"),
    "backup.restore": QT_TRANSLATE_NOOP("AuditLog", "Restored a backup"),
    "backup.second_folder": QT_TRANSLATE_NOOP("AuditLog", "Changed the second backup folder"),
    "audit.verify": QT_TRANSLATE_NOOP("AuditLog", "Checked the audit log"),
}

TARGETS: dict[str, str] = {
    "resident": QT_TRANSLATE_NOOP("AuditLog", "Resident"),
    "staff": QT_TRANSLATE_NOOP("AuditLog", "Staff"),
    "setting": QT_TRANSLATE_NOOP("AuditLog", "Setting"),
    "audit_entry": QT_TRANSLATE_NOOP("AuditLog", "Log entry"),
}

# Keys in the details that are not resident fields (those have their words in the residents page).
FIELDS: dict[str, str] = {
    "username": QT_TRANSLATE_NOOP("AuditLog", "User name"),
    "role": QT_TRANSLATE_NOOP("AuditLog", "Role"),
    "active": QT_TRANSLATE_NOOP("AuditLog", "Account active"),
    "reason": QT_TRANSLATE_NOOP("AuditLog", "Reason"),
    "note": QT_TRANSLATE_NOOP("AuditLog", "Note"),
    "merged_id": QT_TRANSLATE_NOOP("AuditLog", "Merged record"),
    "merge_id": QT_TRANSLATE_NOOP("AuditLog", "Merge number"),
    "visits": QT_TRANSLATE_NOOP("AuditLog", "Visits moved"),
    "filled": QT_TRANSLATE_NOOP("AuditLog", "Fields filled in"),
    "count": QT_TRANSLATE_NOOP("AuditLog", "Number"),
    "retention_days": QT_TRANSLATE_NOOP("AuditLog", "Kept for (days)"),
    "date": QT_TRANSLATE_NOOP("AuditLog", "Date"),
    "scope": QT_TRANSLATE_NOOP("AuditLog", "Scope"),
    "key": QT_TRANSLATE_NOOP("AuditLog", "Setting"),
    "value": QT_TRANSLATE_NOOP("AuditLog", "Value"),
    "ok": QT_TRANSLATE_NOOP("AuditLog", "Intact"),
    "entries": QT_TRANSLATE_NOOP("AuditLog", "Entries checked"),
    "first_bad_id": QT_TRANSLATE_NOOP("AuditLog", "First broken entry"),
    "problem": QT_TRANSLATE_NOOP("AuditLog", "Problem"),
    "document": QT_TRANSLATE_NOOP("AuditLog", "Document"),
    "withheld": QT_TRANSLATE_NOOP("AuditLog", "Left out (health data)"),
    "backups.second_folder": QT_TRANSLATE_NOOP("AuditLog", "Second backup folder"),
    "second_copy_missing": QT_TRANSLATE_NOOP("AuditLog", "Second folder missed its copy"),
}

DOCUMENTS: dict[str, str] = {  # what was printed (details "document" of resident.print)
    "consent_form": QT_TRANSLATE_NOOP("AuditLog", "Consent form"),
}
PROBLEMS: dict[str, str] = {
    "hash": QT_TRANSLATE_NOOP("AuditLog", "edited after it was written"),
    "link": QT_TRANSLATE_NOOP("AuditLog", "an entry before it was deleted, or entries were reordered"),
}


def t(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def action_word(code: str) -> str:
    return t(ACTIONS[code]) if code in ACTIONS else code


def staff_text(row: AuditRow) -> str:
    if row.staff_id is None:
        return QCoreApplication.translate("AuditLog", "(nobody signed in)")
    return row.staff_name or f"#{row.staff_id}"


def target_text(row: AuditRow) -> str:
    """居民 王秀兰 · #12; a setting by its key; nothing when the action has no single target."""
    if row.entity_type is None:
        return ""
    kind = t(TARGETS[row.entity_type]) if row.entity_type in TARGETS else row.entity_type
    if row.entity_type == "setting" and row.details and "key" in row.details:
        return f"{kind} {row.details['key']}"
    text = f"{kind} {row.target_name}" if row.target_name else kind
    return text if row.entity_id is None else f"{text} · #{row.entity_id}"


def field_word(key: str) -> str:
    if key in resident_words.FIELDS:
        return resident_words.field_name(key)
    return t(FIELDS[key]) if key in FIELDS else key


def value_text(key: str, value: Any) -> str:
    """A recorded value as staff read it: yes/no, a problem in words, lists joined; masked values stay masked."""
    if value is None or value == "":
        return EMPTY
    if isinstance(value, bool):
        return QCoreApplication.translate("AuditLog", "Yes") if value else QCoreApplication.translate("AuditLog", "No")
    if key == "problem" and value in PROBLEMS:
        return t(PROBLEMS[value])
    if key == "gender" and value in resident_words.GENDERS:
        return resident_words.choice(resident_words.GENDERS, value)
    if key == "disability":
        return resident_words.choice(resident_words.DISABILITY, str(value))
    if key == "mobility_aid":
        return resident_words.choice(resident_words.MOBILITY_AIDS, str(value))
    if key == "reason":
        return resident_words.choice(resident_words.ARCHIVE_REASONS, str(value))
    if key == "scope" and isinstance(value, str):
        return resident_words.choice(resident_words.CONSENT_SCOPES, value)
    if key == "document" and value in DOCUMENTS:
        return t(DOCUMENTS[value])
    if isinstance(value, list):
        names_fields = key in ("filled", "withheld")
        return "、".join(field_word(str(item)) if names_fields else value_text(key, item) for item in value)
    if isinstance(value, dict):
        return "; ".join(f"{field_word(k)}: {value_text(k, v)}" for k, v in value.items())
    return str(value)


def detail_rows(details: dict[str, Any] | None) -> tuple[bool, list[tuple[str, str, str]]]:
    """The entry's details as (field, before, after) rows, and whether it is a change (before → after) at all.

    ``{"before": {...}, "after": {...}}`` is compared field by field; ``{"key": k, "before": x, "after": y}`` (a
    setting) is one row; anything else is a list of values, shown in the "after" column.
    """
    if not details:
        return False, []
    before, after = details.get("before"), details.get("after")
    change = "before" in details or "after" in details
    rows: list[tuple[str, str, str]] = []
    if isinstance(before, dict | None) and isinstance(after, dict | None) and change:
        old, new = before or {}, after or {}
        for key in [*old, *(k for k in new if k not in old)]:
            rows.append((field_word(key), value_text(key, old.get(key)), value_text(key, new.get(key))))
    elif change:
        key = str(details.get("key", "value"))
        rows.append((field_word(key), value_text(key, before), value_text(key, after)))
    for key, value in details.items():
        if key in ("before", "after") or (key == "key" and change):
            continue
        rows.append((field_word(key), "", value_text(key, value)))
    return change, rows


def check_text(result: ChainCheck) -> str:
    """The verdict of a chain check, in words."""
    if result.ok:
        return QCoreApplication.translate("AuditLog", "The log is intact: {count} entries, all checked.").format(
            count=result.entries
        )
    problem = t(PROBLEMS[result.problem]) if result.problem in PROBLEMS else str(result.problem)
    return QCoreApplication.translate(
        "AuditLog", "The log has been altered at entry #{entry}: {problem}. The {count} entries before it are intact."
    ).format(entry=result.first_bad_id, problem=problem, count=result.entries)


def progress_text(done: int, total: int) -> str:
    return QCoreApplication.translate("AuditLog", "Checking… {done} of {total} entries").format(done=done, total=total)
