"""Text as it comes in from a keyboard, a scanner or a paste, made safe to store, compare and search.

The one place where the core cleans what a person typed. A Qt line edit can hold a lone UTF-16 surrogate
(``"\\ud800"``: a broken input method, half an emoji pasted), which no database driver can encode (SQLite raises
``UnicodeEncodeError``), and control characters (NUL, which PostgreSQL refuses in text; the ESC or BEL a scanner
may send). Neither is anything a person meant to type, so they are removed here, before any rule looks at the text:
every search, scan, form field, staff name and password passes through :func:`clean_text` first. Where silently
dropping a character would change what someone must type again (a new password), the caller refuses instead, with
:func:`is_clean`.
"""

from __future__ import annotations

import unicodedata

_LINE_BREAKS = frozenset("\n\r\x0b\x0c\x85\u2028\u2029")
_SPACES = frozenset("\t")


def clean_text(text: str | None, *, multiline: bool = False) -> str:
    """``text`` without lone surrogates and control characters; tabs become spaces, and line breaks too unless
    ``multiline`` (then every kind of line break becomes ``"\\n"``). Other characters, spaces included, are kept
    as they are: trimming and Unicode normalisation are the caller's (they differ between fields)."""
    if not text:
        return ""
    if text.isprintable():  # the usual case, and fast: no category C or Z character but the ASCII space
        return text
    text = text.replace("\r\n", "\n")
    kept: list[str] = []
    for char in text:
        if char in _LINE_BREAKS:
            kept.append("\n" if multiline else " ")
        elif char in _SPACES:
            kept.append(" ")
        elif unicodedata.category(char) not in ("Cs", "Cc"):
            kept.append(char)
    return "".join(kept)


def is_clean(text: str, *, multiline: bool = False) -> bool:
    """Whether :func:`clean_text` would leave ``text`` exactly as it is."""
    return clean_text(text, multiline=multiline) == text
