"""健康监测's words: what each refusal of a reading says, the flags, the trend and the table's headers.

The core refuses with codes (:mod:`frontdesk.core.vitals_ranges`, :mod:`frontdesk.core.services.vitals`); these are
the staff's sentences for them. Imported without the core: codes and flags are plain strings here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from frontdesk.ui.common import resident_words
from frontdesk.ui.failures import problems

if TYPE_CHECKING:
    from frontdesk.core.errors import ProblemKind, RuleViolation

CONTEXT = "Vitals"

FIELDS: dict[str, str] = {
    "systolic": QT_TRANSLATE_NOOP("Vitals", "Systolic"),
    "diastolic": QT_TRANSLATE_NOOP("Vitals", "Diastolic"),
    "pulse": QT_TRANSLATE_NOOP("Vitals", "Pulse"),
    "glucose_mmol": QT_TRANSLATE_NOOP("Vitals", "Blood sugar"),
    "weight_kg": QT_TRANSLATE_NOOP("Vitals", "Weight"),
}

PROBLEMS: dict[str, str] = {
    "vital_out_of_range": QT_TRANSLATE_NOOP(
        "Vitals", "{field} must be between {low} and {high} {unit}: check the figure and type it again."
    ),
    "vital_pressure_pair": QT_TRANSLATE_NOOP("Vitals", "Blood pressure needs both numbers, the upper and the lower."),
    "vital_diastolic_not_below": QT_TRANSLATE_NOOP(
        "Vitals", "The lower number (diastolic) must be smaller than the upper one (systolic)."
    ),
    "vital_glucose_needs_fasting": QT_TRANSLATE_NOOP("Vitals", "Say whether the blood sugar was taken fasting."),
    "vital_note_too_long": QT_TRANSLATE_NOOP("Vitals", "The note is too long: at most {max} characters."),
    "vital_none": QT_TRANSLATE_NOOP("Vitals", "Type at least one reading."),
    "vital_not_a_number": QT_TRANSLATE_NOOP("Vitals", "Type a number, e.g. {example}."),
    "vitals_appointment_not_theirs": QT_TRANSLATE_NOOP(
        "Vitals", "This appointment is not {name}'s: close the window and open it from their appointment."
    ),
}

FLAGS: dict[str, str] = {  # frontdesk.core.vitals_ranges.Flag
    "pressure_high": QT_TRANSLATE_NOOP("Vitals", "Blood pressure high"),
    "pressure_low": QT_TRANSLATE_NOOP("Vitals", "Blood pressure low"),
    "glucose_high": QT_TRANSLATE_NOOP("Vitals", "Blood sugar high"),
    "glucose_low": QT_TRANSLATE_NOOP("Vitals", "Blood sugar low"),
    "pulse_high": QT_TRANSLATE_NOOP("Vitals", "Pulse fast"),
    "pulse_low": QT_TRANSLATE_NOOP("Vitals", "Pulse slow"),
}
LEVELS: dict[str, str] = {  # frontdesk.core.vitals_ranges.Level, beside a field as it is typed
    "high": QT_TRANSLATE_NOOP("Vitals", "▲ High"),
    "low": QT_TRANSLATE_NOOP("Vitals", "▼ Low"),
}
DIRECTIONS: dict[str, str] = {  # frontdesk.core.vitals_trend.Direction
    "rising": QT_TRANSLATE_NOOP("Vitals", "Blood pressure rising"),
    "falling": QT_TRANSLATE_NOOP("Vitals", "Blood pressure falling"),
    "steady": QT_TRANSLATE_NOOP("Vitals", "Blood pressure steady"),
    "unknown": QT_TRANSLATE_NOOP("Vitals", "Too few readings for a trend"),
}
EXAMPLES = {"systolic": "135", "diastolic": "85", "pulse": "72", "glucose_mmol": "6.1", "weight_kg": "58.5"}


def t(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def field_name(field: str) -> str:
    return t(FIELDS[field]) if field in FIELDS else field


def problem(code: str, params: Mapping[str, object] | None = None) -> str:
    """The sentence for a refused reading (or a refusal of the service), shown beside its field."""
    params = dict(params or {})
    field = str(params.get("field", ""))
    source = PROBLEMS.get(code)
    if source is None:
        return resident_words.refusal(_violation(code, params))  # not_allowed, resident_archived…
    values = {"name": "", "example": EXAMPLES.get(field, "70"), **params, "field": field_name(field)}
    for bound in ("low", "high"):
        if isinstance(values.get(bound), float) and float(values[bound]).is_integer():  # 50, not 50.0
            values[bound] = int(values[bound])  # type: ignore[arg-type]
    try:
        return t(source).format(**values)
    except (KeyError, IndexError):
        return t(source)


def refusal(violation: RuleViolation) -> str:
    return problem(violation.code, violation.params)


def level_word(level: str) -> str:
    """偏高 / 偏低 beside a value as it is typed."""
    return t(LEVELS[level]) if level in LEVELS else ""


def flags_text(flags: Iterable[str]) -> str:
    """The reading's flags in words, in a fixed order (pressure, sugar, pulse)."""
    given = {str(f) for f in flags}
    return "、".join(t(FLAGS[f]) for f in FLAGS if f in given)


def direction_text(direction: str) -> str:
    return t(DIRECTIONS[direction]) if direction in DIRECTIONS else ""


def glucose_kind(fasting: bool | None) -> str:
    """空腹 / 随机 after a blood sugar value."""
    if fasting is None:
        return ""
    return (
        QCoreApplication.translate("Vitals", "fasting") if fasting else QCoreApplication.translate("Vitals", "random")
    )


def recorded(name: str, flags: Iterable[str]) -> str:
    found = flags_text(flags)
    if found:
        return QCoreApplication.translate("Vitals", "{name}'s readings are recorded: {flags}.").format(
            name=name, flags=found
        )
    return QCoreApplication.translate("Vitals", "{name}'s readings are recorded, all in range.").format(name=name)


def not_saved(kind: ProblemKind) -> str:
    return QCoreApplication.translate("Vitals", "Not saved: nothing typed is lost. {problem}").format(
        problem=problems.problem_text(kind)
    )


def not_read(kind: ProblemKind) -> str:
    return QCoreApplication.translate("Vitals", "Not read. {problem}").format(problem=problems.problem_text(kind))


def _violation(code: str, params: dict[str, object]) -> RuleViolation:
    from frontdesk.core.errors import RuleViolation  # plain: no SQLAlchemy behind it

    return RuleViolation(code, params)
