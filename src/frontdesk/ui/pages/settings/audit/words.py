"""The audit log's words: actions, targets, field names, values and the chain check's verdict.

Action codes are the core's ("resident.update"); a code without words here (written by a newer program, or one
forgotten) is shown as it is rather than hidden.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from frontdesk.ui.common import resident_words

if TYPE_CHECKING:
    from frontdesk.core.audit import ChainCheck
    from frontdesk.core.services.audit_log import AuditRow

CONTEXT = "AuditLog"
EMPTY = "—"

ACTIONS: dict[str, str] = {
    "resident.create": QT_TRANSLATE_NOOP("AuditLog", "Registered a resident"),
    "resident.update": QT_TRANSLATE_NOOP("AuditLog", "Edited a resident"),
    "resident.reveal_id_number": QT_TRANSLATE_NOOP("AuditLog", "Showed a full ID number"),
    "resident.reveal_phones": QT_TRANSLATE_NOOP("AuditLog", "Showed full phone numbers"),
    "resident.archive": QT_TRANSLATE_NOOP("AuditLog", "Archived a resident"),
    "resident.restore": QT_TRANSLATE_NOOP("AuditLog", "Took a resident out of the archive"),
    "resident.merge": QT_TRANSLATE_NOOP("AuditLog", "Merged duplicate records"),
    "resident.merge_undo": QT_TRANSLATE_NOOP("AuditLog", "Undid a merge"),
    "demo.seed": QT_TRANSLATE_NOOP("AuditLog", "Filled with demo data"),
    "resident.consent": QT_TRANSLATE_NOOP("AuditLog", "Recorded consent"),
    "resident.export": QT_TRANSLATE_NOOP("AuditLog", "Exported a resident's data"),
    "resident.print": QT_TRANSLATE_NOOP("AuditLog", "Printed a form for a resident"),
    "report.export": QT_TRANSLATE_NOOP("AuditLog", "Saved a report as a workbook"),
    "resident.card_issue": QT_TRANSLATE_NOOP("AuditLog", "Issued a new member card"),
    "resident.anonymise": QT_TRANSLATE_NOOP("AuditLog", "Anonymised expired records"),
    "staff.create_first_manager": QT_TRANSLATE_NOOP("AuditLog", "Created the first manager"),
    "staff.create": QT_TRANSLATE_NOOP("AuditLog", "Added a staff member"),
    "staff.sign_in": QT_TRANSLATE_NOOP("AuditLog", "Signed in"),
    "staff.sign_in_failed": QT_TRANSLATE_NOOP("AuditLog", "Failed sign-in"),
    "visit.check_in": QT_TRANSLATE_NOOP("AuditLog", "Checked in"),
    "visit.check_out": QT_TRANSLATE_NOOP("AuditLog", "Checked out"),
    "visit.check_out_everyone": QT_TRANSLATE_NOOP("AuditLog", "Closing time: checked everyone out"),
    "appointment.book": QT_TRANSLATE_NOOP("AuditLog", "Booked an appointment"),
    "appointment.book_series": QT_TRANSLATE_NOOP("AuditLog", "Booked a series of appointments"),
    "appointment.move": QT_TRANSLATE_NOOP("AuditLog", "Moved an appointment"),
    "appointment.move_series": QT_TRANSLATE_NOOP("AuditLog", "Moved the rest of a series of appointments"),
    "appointment.cancel": QT_TRANSLATE_NOOP("AuditLog", "Cancelled an appointment"),
    "appointment.arrived": QT_TRANSLATE_NOOP("AuditLog", "Marked an appointment arrived"),
    "appointment.in_service": QT_TRANSLATE_NOOP("AuditLog", "Started a service"),
    "appointment.completed": QT_TRANSLATE_NOOP("AuditLog", "Completed a service"),
    "appointment.mark_no_shows": QT_TRANSLATE_NOOP("AuditLog", "Marked the day's no-shows"),
    "appointment.review_no_show": QT_TRANSLATE_NOOP("AuditLog", "Reviewed a no-show"),
    "appointment.walk_in": QT_TRANSLATE_NOOP("AuditLog", "Took a walk-in's slot at the care station"),
    "class.session_move": QT_TRANSLATE_NOOP("AuditLog", "Moved a class session"),
    "room.booking_move": QT_TRANSLATE_NOOP("AuditLog", "Moved a room booking"),
    "queue.join": QT_TRANSLATE_NOOP("AuditLog", "Joined the care station's queue"),
    "queue.call": QT_TRANSLATE_NOOP("AuditLog", "Called the next in the queue"),
    "queue.finish": QT_TRANSLATE_NOOP("AuditLog", "Finished serving someone in the queue"),
    "queue.left": QT_TRANSLATE_NOOP("AuditLog", "Marked someone as having left the queue"),
    "waitlist.join": QT_TRANSLATE_NOOP("AuditLog", "Put a resident on the waiting list"),
    "waitlist.offer": QT_TRANSLATE_NOOP("AuditLog", "Offered a freed place from the waiting list"),
    "waitlist.accept": QT_TRANSLATE_NOOP("AuditLog", "Booked an offered place from the waiting list"),
    "waitlist.withdraw": QT_TRANSLATE_NOOP("AuditLog", "Took a resident off the waiting list"),
    "staff.change_password": QT_TRANSLATE_NOOP("AuditLog", "Changed own password"),
    "staff.reset_password": QT_TRANSLATE_NOOP("AuditLog", "Reset a password"),
    "staff.set_active": QT_TRANSLATE_NOOP("AuditLog", "Deactivated or reactivated a staff member"),
    "setting.update": QT_TRANSLATE_NOOP("AuditLog", "Changed a setting"),
    "backup.create": QT_TRANSLATE_NOOP("AuditLog", "Made a backup"),
    "backup.restore": QT_TRANSLATE_NOOP("AuditLog", "Restored a backup"),
    "backup.second_folder": QT_TRANSLATE_NOOP("AuditLog", "Changed the second backup folder"),
    "audit.verify": QT_TRANSLATE_NOOP("AuditLog", "Checked the audit log"),
    "vitals.view": QT_TRANSLATE_NOOP("AuditLog", "Looked at health readings"),
    "partner.create": QT_TRANSLATE_NOOP("AuditLog", "Added a community partner"),
    "partner.update": QT_TRANSLATE_NOOP("AuditLog", "Edited a community partner"),
    "partner.person_add": QT_TRANSLATE_NOOP("AuditLog", "Added a partner's staff member"),
    "partner.person_update": QT_TRANSLATE_NOOP("AuditLog", "Edited a partner's staff member"),
    "catalogue.service_create": QT_TRANSLATE_NOOP("AuditLog", "Added a care service"),
    "catalogue.service_update": QT_TRANSLATE_NOOP("AuditLog", "Edited a care service"),
    "catalogue.hours": QT_TRANSLATE_NOOP("AuditLog", "Changed a provider's weekly hours"),
    "catalogue.exception_add": QT_TRANSLATE_NOOP("AuditLog", "Added a provider's leave or extra session"),
    "catalogue.exception_remove": QT_TRANSLATE_NOOP("AuditLog", "Removed a provider's leave or extra session"),
    "catalogue.center_day": QT_TRANSLATE_NOOP("AuditLog", "Set the center open or closed on a day"),
    "vitals.record": QT_TRANSLATE_NOOP("AuditLog", "Recorded health readings"),
    # 教室与预订 (frontdesk.core.services.rooms)
    "room.save": QT_TRANSLATE_NOOP("AuditLog", "Added or edited a room"),
    "room.book": QT_TRANSLATE_NOOP("AuditLog", "Booked a room"),
    "room.booking_edit": QT_TRANSLATE_NOOP("AuditLog", "Edited a room booking"),
    "room.booking_cancel": QT_TRANSLATE_NOOP("AuditLog", "Cancelled a room booking"),
    # 报名与出勤 (frontdesk.core.services.enrollments, class_agenda)
    "enrollment.enroll": QT_TRANSLATE_NOOP("AuditLog", "Enrolled a resident in a course"),
    "enrollment.wait": QT_TRANSLATE_NOOP("AuditLog", "Put a resident on a course's waiting list"),
    "enrollment.withdraw": QT_TRANSLATE_NOOP("AuditLog", "Withdrew a resident from a course"),
    "enrollment.promote": QT_TRANSLATE_NOOP("AuditLog", "Moved a resident up from a course's waiting list"),
    "enrollment.promotion_told": QT_TRANSLATE_NOOP("AuditLog", "Told a resident of their place in a course"),
    "enrollment.companions": QT_TRANSLATE_NOOP("AuditLog", "Changed the companions of an enrollment"),
    "enrollment.outcome": QT_TRANSLATE_NOOP("AuditLog", "Recorded a training outcome"),
    "attendance.mark": QT_TRANSLATE_NOOP("AuditLog", "Ticked a resident present on a class roster"),
    "attendance.unmark": QT_TRANSLATE_NOOP("AuditLog", "Took a tick off a class roster"),
    "attendance.scan": QT_TRANSLATE_NOOP("AuditLog", "Scanned a card at a class's door"),
    "attendance.checkin": QT_TRANSLATE_NOOP("AuditLog", "Marked present in today's class at check-in"),
    "term.save": QT_TRANSLATE_NOOP("AuditLog", "Set up or edited a term"),
    "course.save": QT_TRANSLATE_NOOP("AuditLog", "Set up or edited a course and its sessions"),
    "course.event_create": QT_TRANSLATE_NOOP("AuditLog", "Set up an event"),
    "class.session_cancel": QT_TRANSLATE_NOOP("AuditLog", "Cancelled a class session"),
    "class.session_restore": QT_TRANSLATE_NOOP("AuditLog", "Held a cancelled class session after all"),
    "class.session_add": QT_TRANSLATE_NOOP("AuditLog", "Added a class session"),
    # 导出 (frontdesk.core.services.exports)
    "export.residents": QT_TRANSLATE_NOOP("AuditLog", "Exported the residents' register to a spreadsheet"),
    "export.table": QT_TRANSLATE_NOOP("AuditLog", "Exported a table to a spreadsheet"),
}

TARGETS: dict[str, str] = {
    "resident": QT_TRANSLATE_NOOP("AuditLog", "Resident"),
    "staff": QT_TRANSLATE_NOOP("AuditLog", "Staff"),
    "setting": QT_TRANSLATE_NOOP("AuditLog", "Setting"),
    "audit_entry": QT_TRANSLATE_NOOP("AuditLog", "Log entry"),
    "partner": QT_TRANSLATE_NOOP("AuditLog", "Community partner"),
    "care_service": QT_TRANSLATE_NOOP("AuditLog", "Care service"),
    "provider_exception": QT_TRANSLATE_NOOP("AuditLog", "Leave or extra session"),
    "center_day": QT_TRANSLATE_NOOP("AuditLog", "Center's day"),
    "term": QT_TRANSLATE_NOOP("AuditLog", "Term"),
    "course": QT_TRANSLATE_NOOP("AuditLog", "Course"),
    "room": QT_TRANSLATE_NOOP("AuditLog", "Room"),
    "report": QT_TRANSLATE_NOOP("AuditLog", "Report"),
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
    "fields": QT_TRANSLATE_NOOP("AuditLog", "Fields shown"),
    "count": QT_TRANSLATE_NOOP("AuditLog", "Number"),
    "retention_days": QT_TRANSLATE_NOOP("AuditLog", "Kept for (days)"),
    "date": QT_TRANSLATE_NOOP("AuditLog", "Date"),
    "scope": QT_TRANSLATE_NOOP("AuditLog", "Scope"),
    "key": QT_TRANSLATE_NOOP("AuditLog", "Setting"),
    "replaced": QT_TRANSLATE_NOOP("AuditLog", "An old card voided"),
    "value": QT_TRANSLATE_NOOP("AuditLog", "Value"),
    "ok": QT_TRANSLATE_NOOP("AuditLog", "Intact"),
    "entries": QT_TRANSLATE_NOOP("AuditLog", "Entries checked"),
    "first_bad_id": QT_TRANSLATE_NOOP("AuditLog", "First broken entry"),
    "problem": QT_TRANSLATE_NOOP("AuditLog", "Problem"),
    "appointment": QT_TRANSLATE_NOOP("AuditLog", "Appointment"),
    "document": QT_TRANSLATE_NOOP("AuditLog", "Document"),
    "withheld": QT_TRANSLATE_NOOP("AuditLog", "Left out (health data)"),
    "backups.second_folder": QT_TRANSLATE_NOOP("AuditLog", "Second backup folder"),
    "second_copy_missing": QT_TRANSLATE_NOOP("AuditLog", "Second folder missed its copy"),
    "erased": QT_TRANSLATE_NOOP("AuditLog", "Details"),
    "redacted": QT_TRANSLATE_NOOP("AuditLog", "Older entries cleared"),
    "anchors": QT_TRANSLATE_NOOP("AuditLog", "Backups compared"),
    "backup_taken_at": QT_TRANSLATE_NOOP("AuditLog", "Backup taken at"),
    "residents": QT_TRANSLATE_NOOP("AuditLog", "Residents"),
    "reprint": QT_TRANSLATE_NOOP("AuditLog", "Reprint"),
    "size": QT_TRANSLATE_NOOP("AuditLog", "Paper"),
    "format": QT_TRANSLATE_NOOP("AuditLog", "File type"),  # report.export: xlsx
    # 社区合伙人 and the care station's catalogue (frontdesk.core.services.partners, care_catalog)
    "kind": QT_TRANSLATE_NOOP("AuditLog", "Kind"),
    "services": QT_TRANSLATE_NOOP("AuditLog", "What they offer"),
    "contact_name": QT_TRANSLATE_NOOP("AuditLog", "Contact"),
    "contact_phone": QT_TRANSLATE_NOOP("AuditLog", "Contact phone"),
    "agreement_start": QT_TRANSLATE_NOOP("AuditLog", "Agreement from"),
    "agreement_end": QT_TRANSLATE_NOOP("AuditLog", "Agreement until"),
    "person_id": QT_TRANSLATE_NOOP("AuditLog", "Staff member number"),
    "duration_min": QT_TRANSLATE_NOOP("AuditLog", "Minutes a slot"),
    "places": QT_TRANSLATE_NOOP("AuditLog", "Places a slot"),
    "partner_id": QT_TRANSLATE_NOOP("AuditLog", "Partner number"),
    "service_id": QT_TRANSLATE_NOOP("AuditLog", "Service number"),
    "place": QT_TRANSLATE_NOOP("AuditLog", "Place"),
    "price_cents": QT_TRANSLATE_NOOP("AuditLog", "Price (fen)"),
    "market_price_cents": QT_TRANSLATE_NOOP("AuditLog", "Market price (fen)"),
    "bring": QT_TRANSLATE_NOOP("AuditLog", "What to bring"),
    "fasting": QT_TRANSLATE_NOOP("AuditLog", "Fasting"),
    "hours": QT_TRANSLATE_NOOP("AuditLog", "Weekly hours"),
    "valid_from": QT_TRANSLATE_NOOP("AuditLog", "Valid from"),
    "valid_until": QT_TRANSLATE_NOOP("AuditLog", "Valid until"),
    "starts": QT_TRANSLATE_NOOP("AuditLog", "From"),
    "ends": QT_TRANSLATE_NOOP("AuditLog", "To"),
    "slot_min": QT_TRANSLATE_NOOP("AuditLog", "Minutes a slot"),
    "open": QT_TRANSLATE_NOOP("AuditLog", "Open"),
    # 教室与预订 (room.save, room.book, room.booking_*)
    "floor": QT_TRANSLATE_NOOP("AuditLog", "Floor"),
    "capacity": QT_TRANSLATE_NOOP("AuditLog", "Places"),
    "equipment": QT_TRANSLATE_NOOP("AuditLog", "Equipment"),
    "step_free": QT_TRANSLATE_NOOP("AuditLog", "Step-free"),
    "opens": QT_TRANSLATE_NOOP("AuditLog", "Opens"),
    "closes": QT_TRANSLATE_NOOP("AuditLog", "Closes"),
    "booking_id": QT_TRANSLATE_NOOP("AuditLog", "Booking number"),
    "room_id": QT_TRANSLATE_NOOP("AuditLog", "Room number"),
    "title": QT_TRANSLATE_NOOP("AuditLog", "Title"),
    "organiser": QT_TRANSLATE_NOOP("AuditLog", "Organiser"),
    "expected": QT_TRANSLATE_NOOP("AuditLog", "Expected attendance"),
    "starts_at": QT_TRANSLATE_NOOP("AuditLog", "Starts"),
    "ends_at": QT_TRANSLATE_NOOP("AuditLog", "Ends"),
    "setup_min": QT_TRANSLATE_NOOP("AuditLog", "Set-up (minutes)"),
    "cleanup_min": QT_TRANSLATE_NOOP("AuditLog", "Clean-up (minutes)"),
    # health readings (vitals.record / vitals.view)
    "recorded": QT_TRANSLATE_NOOP("AuditLog", "Measured"),
    "flags": QT_TRANSLATE_NOOP("AuditLog", "Flagged"),
    "readings": QT_TRANSLATE_NOOP("AuditLog", "Readings"),
    "view": QT_TRANSLATE_NOOP("AuditLog", "What was shown"),
    "systolic": QT_TRANSLATE_NOOP("AuditLog", "Systolic (mmHg)"),
    "diastolic": QT_TRANSLATE_NOOP("AuditLog", "Diastolic (mmHg)"),
    "pulse": QT_TRANSLATE_NOOP("AuditLog", "Pulse (/min)"),
    "glucose_mmol": QT_TRANSLATE_NOOP("AuditLog", "Blood sugar (mmol/L)"),
    "weight_kg": QT_TRANSLATE_NOOP("AuditLog", "Weight (kg)"),
    # enrollment and attendance
    "course_id": QT_TRANSLATE_NOOP("AuditLog", "Course number"),
    "enrollment_id": QT_TRANSLATE_NOOP("AuditLog", "Enrollment number"),
    "session_id": QT_TRANSLATE_NOOP("AuditLog", "Class session number"),
    "session_ids": QT_TRANSLATE_NOOP("AuditLog", "Class sessions"),
    "enrollment_ids": QT_TRANSLATE_NOOP("AuditLog", "Enrollments"),
    "companions": QT_TRANSLATE_NOOP("AuditLog", "Companions"),
    "outcome": QT_TRANSLATE_NOOP("AuditLog", "Outcome"),
    "employer": QT_TRANSLATE_NOOP("AuditLog", "Employer"),
    "employed_on": QT_TRANSLATE_NOOP("AuditLog", "Started work on"),
    "admitted": QT_TRANSLATE_NOOP("AuditLog", "Let in at the door"),
    # export.residents, export.table ("reason": why full numbers were exported; "title": which table)
    "filter": QT_TRANSLATE_NOOP("AuditLog", "Residents chosen"),
    "situations": QT_TRANSLATE_NOOP("AuditLog", "Living situation"),
    "archived": QT_TRANSLATE_NOOP("AuditLog", "Archived residents"),
    "rows": QT_TRANSLATE_NOOP("AuditLog", "Rows"),
    "full_ids": QT_TRANSLATE_NOOP("AuditLog", "Full ID and phone numbers"),
    "health": QT_TRANSLATE_NOOP("AuditLog", "Health data included"),
    "columns": QT_TRANSLATE_NOOP("AuditLog", "Columns"),
}

VITALS_FLAGS: dict[str, str] = {  # frontdesk.core.vitals_ranges.Flag
    "pressure_high": QT_TRANSLATE_NOOP("AuditLog", "Blood pressure high"),
    "pressure_low": QT_TRANSLATE_NOOP("AuditLog", "Blood pressure low"),
    "glucose_high": QT_TRANSLATE_NOOP("AuditLog", "Blood sugar high"),
    "glucose_low": QT_TRANSLATE_NOOP("AuditLog", "Blood sugar low"),
    "pulse_high": QT_TRANSLATE_NOOP("AuditLog", "Pulse fast"),
    "pulse_low": QT_TRANSLATE_NOOP("AuditLog", "Pulse slow"),
}
VITALS_VIEWS: dict[str, str] = {  # details "view" of vitals.view
    "readings": QT_TRANSLATE_NOOP("AuditLog", "The history of readings"),
    "latest": QT_TRANSLATE_NOOP("AuditLog", "The latest reading"),
    "trend": QT_TRANSLATE_NOOP("AuditLog", "The blood pressure trend"),
}

WEEKDAYS = (  # weekly hours are recorded with the weekday's number, 0 for Monday
    QT_TRANSLATE_NOOP("AuditLog", "Mon"),
    QT_TRANSLATE_NOOP("AuditLog", "Tue"),
    QT_TRANSLATE_NOOP("AuditLog", "Wed"),
    QT_TRANSLATE_NOOP("AuditLog", "Thu"),
    QT_TRANSLATE_NOOP("AuditLog", "Fri"),
    QT_TRANSLATE_NOOP("AuditLog", "Sat"),
    QT_TRANSLATE_NOOP("AuditLog", "Sun"),
)

# Parts of the program that act by themselves (frontdesk.core.access.system_actor), by their name in the log.
SYSTEM_ACTORS: dict[str, str] = {
    "sign-in": QT_TRANSLATE_NOOP("AuditLog", "System (sign-in)"),
    "start-up": QT_TRANSLATE_NOOP("AuditLog", "System (start-up)"),
    "restore": QT_TRANSLATE_NOOP("AuditLog", "System (restore)"),
    "backup": QT_TRANSLATE_NOOP("AuditLog", "System (backup)"),
    "smoke": QT_TRANSLATE_NOOP("AuditLog", "System (self-test)"),
    "demo": QT_TRANSLATE_NOOP("AuditLog", "System (demo data)"),
    "admin-cli": QT_TRANSLATE_NOOP("AuditLog", "System (command line)"),
}

DOCUMENTS: dict[str, str] = {  # what was printed (details "document" of resident.print)
    "consent_form": QT_TRANSLATE_NOOP("AuditLog", "Consent form"),
    "visit_slip": QT_TRANSLATE_NOOP("AuditLog", "Visit slip"),
    "member_cards": QT_TRANSLATE_NOOP("AuditLog", "Member cards"),
    "in_building": QT_TRANSLATE_NOOP("AuditLog", "Who is in the building"),
    "welfare_calls": QT_TRANSLATE_NOOP("AuditLog", "Welfare call list"),
    "own_data": QT_TRANSLATE_NOOP("AuditLog", "Own data"),
    "appointment_slip": QT_TRANSLATE_NOOP("AuditLog", "Appointment slip"),
    "call_list": QT_TRANSLATE_NOOP("AuditLog", "Reminder call list"),
    "day_list": QT_TRANSLATE_NOOP("AuditLog", "Care station day list"),
    "roster": QT_TRANSLATE_NOOP("AuditLog", "Class sign-in sheet"),
    "enrollment_slip": QT_TRANSLATE_NOOP("AuditLog", "Enrollment slip"),
    "timetable": QT_TRANSLATE_NOOP("AuditLog", "Resident's timetable"),
    "room_week": QT_TRANSLATE_NOOP("AuditLog", "Room's week timetable"),
    "session_calls": QT_TRANSLATE_NOOP("AuditLog", "Cancelled session's call list"),
    "monthly_report": QT_TRANSLATE_NOOP("AuditLog", "Monthly report"),
    "partner_statement": QT_TRANSLATE_NOOP("AuditLog", "Community partners' statements"),
}
PROBLEMS: dict[str, str] = {
    "hash": QT_TRANSLATE_NOOP("AuditLog", "edited after it was written"),
    "link": QT_TRANSLATE_NOOP("AuditLog", "an entry before it was deleted, or entries were reordered"),
    "truncated": QT_TRANSLATE_NOOP("AuditLog", "the newest entries were cut off"),
    "anchor": QT_TRANSLATE_NOOP("AuditLog", "not what a backup recorded: the log was rewritten"),
}


def t(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def action_word(code: str) -> str:
    return t(ACTIONS[code]) if code in ACTIONS else code


def staff_text(row: AuditRow) -> str:
    """Who did it: the staff member's name; a part of the program by what it is (系统（登录）); a departed member's
    number. The recorded label decides, not the staff link (which is cleared when an account row goes)."""
    label = row.actor_label or ""
    if label.startswith("system:"):
        name = label.removeprefix("system:")
        if name in SYSTEM_ACTORS:
            return t(SYSTEM_ACTORS[name])
        return QCoreApplication.translate("AuditLog", "System · {name}").format(name=name)
    if row.staff_name:
        return row.staff_name
    number = row.staff_id if row.staff_id is not None else label.removeprefix("staff:") if label else None
    if number is None:
        return QCoreApplication.translate("AuditLog", "(nobody signed in)")
    return f"#{number}"


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
    from frontdesk.core.sealing import Erased  # only once details are shown: the core is loaded by then

    if isinstance(value, Erased):
        return QCoreApplication.translate("AuditLog", "(erased)")
    if key == "erased":
        return QCoreApplication.translate("AuditLog", "Erased when the resident was anonymised")
    if key == "redacted" and isinstance(value, list):
        return "、".join(f"#{item[0]}" for item in value if isinstance(item, list) and item)
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
    if key == "hours" and isinstance(value, list):
        return "、".join(_stretch_text(item) for item in value) or EMPTY
    if key == "flags" and isinstance(value, str) and value in VITALS_FLAGS:
        return t(VITALS_FLAGS[value])
    if key == "situations" and isinstance(value, str):
        return resident_words.choice(resident_words.FLAGS, value)
    if key == "view" and value in VITALS_VIEWS:
        return t(VITALS_VIEWS[value])
    if isinstance(value, list):
        names_fields = key in ("filled", "withheld", "fields", "recorded")
        return "、".join(field_word(str(item)) if names_fields else value_text(key, item) for item in value)
    if isinstance(value, dict):
        return "; ".join(f"{field_word(k)}: {value_text(k, v)}" for k, v in value.items())
    return str(value)


def _stretch_text(item: Any) -> str:
    """``[1, "08:30", "11:30"]`` as 周二 08:30–11:30."""
    if isinstance(item, list) and len(item) == 3 and isinstance(item[0], int) and 0 <= item[0] < len(WEEKDAYS):
        return f"{t(WEEKDAYS[item[0]])} {item[1]}–{item[2]}"
    return str(item)


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
        text = QCoreApplication.translate("AuditLog", "The log is intact: {count} entries, all checked.").format(
            count=result.entries
        )
        if result.anchors:
            text += QCoreApplication.translate(
                "AuditLog", " It agrees with the {anchors} backups that recorded its state."
            ).format(anchors=result.anchors)
        return text
    when = result.anchor_taken_at.strftime("%Y-%m-%d %H:%M") if result.anchor_taken_at else EMPTY
    if result.problem == "truncated":
        return QCoreApplication.translate(
            "AuditLog",
            "The log was cut short: entry #{entry}, the newest when the backup of {when} was taken, is missing, and so "
            "is everything after it. The log now ends at entry #{last}.",
        ).format(entry=result.first_bad_id, when=when, last=result.last_id or 0)
    if result.problem == "anchor":
        return QCoreApplication.translate(
            "AuditLog",
            "The log does not match the backup of {when}: entry #{entry} is not what that backup recorded, so the log "
            "was rewritten after it.",
        ).format(entry=result.first_bad_id, when=when)
    problem = t(PROBLEMS[result.problem]) if result.problem in PROBLEMS else str(result.problem)
    return QCoreApplication.translate(
        "AuditLog", "The log has been altered at entry #{entry}: {problem}. The {count} entries before it are intact."
    ).format(entry=result.first_bad_id, problem=problem, count=result.entries)


def progress_text(done: int, total: int) -> str:
    return QCoreApplication.translate("AuditLog", "Checking… {done} of {total} entries").format(done=done, total=total)
