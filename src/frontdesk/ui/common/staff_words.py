"""Staff words: the roles (前台, 护理人员, 管理员) and what a refusal of the staff service means,
shared by the sign-in dialogs, the lock screen and the Settings sections."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from frontdesk.core.errors import RuleViolation


def role_word(role: str) -> str:
    """前台 / 护理人员 / 管理员."""
    words = {
        "frontdesk": QCoreApplication.translate("Staff", "Front desk"),
        "care": QCoreApplication.translate("Staff", "Care staff"),
        "manager": QCoreApplication.translate("Staff", "Manager"),
    }
    return words.get(str(role), str(role))


# Staff refusals by code; ``{name}`` placeholders are filled from the refusal's params.
REFUSALS: dict[str, str] = {
    "sign_in_failed": QT_TRANSLATE_NOOP("Staff", "Wrong user name or password."),
    "account_locked": QT_TRANSLATE_NOOP("Staff", "Account locked: try again after {time}."),
    "password_too_short": QT_TRANSLATE_NOOP("Staff", "The password needs at least {minimum} characters."),
    "password_too_simple": QT_TRANSLATE_NOOP("Staff", "Use both letters and digits in the password."),
    "password_characters": QT_TRANSLATE_NOOP(
        "Staff", "The password holds an invisible or broken character: type it again with the keyboard."
    ),
    "name_too_long": QT_TRANSLATE_NOOP("Staff", "Too long: at most {maximum} characters."),
    "first_manager_exists": QT_TRANSLATE_NOOP("Staff", "The administrator has already been created: please sign in."),
    "username_invalid": QT_TRANSLATE_NOOP("Staff", "User names use Latin letters, digits, dots and underscores."),
    "display_name_required": QT_TRANSLATE_NOOP("Staff", "Please enter the name shown on screen."),
    "username_taken": QT_TRANSLATE_NOOP("Staff", "The user name {username} is taken."),
    "wrong_password": QT_TRANSLATE_NOOP("Staff", "The current password is wrong."),
    "not_allowed": QT_TRANSLATE_NOOP("Staff", "Your role may not do this."),
    "not_signed_in": QT_TRANSLATE_NOOP("Staff", "Please sign in first."),
    "cannot_deactivate_self": QT_TRANSLATE_NOOP("Staff", "You cannot deactivate your own account."),
    "staff_not_found": QT_TRANSLATE_NOOP("Staff", "That staff member no longer exists."),
    "logo_not_a_picture": QT_TRANSLATE_NOOP("Staff", "That file is not a picture: choose a PNG or JPEG file."),
    "logo_too_large": QT_TRANSLATE_NOOP(
        "Staff", "That picture is too large for a logo (at most {megabytes} MB, and a simple drawing)."
    ),
    "logo_not_read": QT_TRANSLATE_NOOP("Staff", "The file could not be read: {reason}"),
}


def refusal_text(violation: RuleViolation) -> str:
    """What a staff refusal means, in the staff's words."""
    code, params = violation.code, violation.params
    if code not in REFUSALS:
        return QCoreApplication.translate("Staff", "That cannot be done: {code}.").format(code=code)
    until = params.get("until")
    values = {
        "time": until.strftime("%H:%M") if until is not None else "",
        "minimum": params.get("minimum", 8),
        "maximum": params.get("maximum", 40),
        "username": params.get("username", ""),
        "megabytes": params.get("megabytes", 5),
        "reason": params.get("reason", ""),
    }
    return QCoreApplication.translate("Staff", REFUSALS[code]).format(**values)
