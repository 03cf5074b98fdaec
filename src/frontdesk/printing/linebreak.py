"""Chinese line breaking in ReportLab: no line may start with a closing mark such as ， 。 or 》.

ReportLab's CJK wrapping (``wordWrap="CJK"``) lets a mark that may not start a line hang in the right margin, but its
list of such marks is Japanese: it has 、 。 」 ） but not the full-width comma, semicolon, colon, question and
exclamation marks, the closing book-title mark 》 or closing quotes that Chinese text uses all the time. Only one
mark can hang, so texts we write avoid two closers in a row (write 《…》的规定， rather than 《…》，).
"""

from __future__ import annotations

# GB/T 15834 closing punctuation (and % ℃ ‰), full width and the quotes Chinese text uses.
CANNOT_START_LINE = "，。、；：！？）》〉」』】〕］｝”’…—～·％℃‰"


def teach_chinese_punctuation() -> None:
    """Add the Chinese closing marks to ReportLab's list (idempotent; the paragraph module keeps its own copy)."""
    from reportlab.lib import textsplit
    from reportlab.platypus import paragraph

    missing = "".join(mark for mark in CANNOT_START_LINE if mark not in textsplit.ALL_CANNOT_START)
    if missing:
        textsplit.ALL_CANNOT_START += missing
    paragraph.ALL_CANNOT_START = textsplit.ALL_CANNOT_START  # type: ignore[attr-defined]
