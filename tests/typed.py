"""What a person, a scanner or a paste can put into a text box, as Hypothesis strategies.

Hypothesis's own ``st.text()`` never makes a lone surrogate (category Cs), yet a Qt line edit can hold one (a broken
input method, half an emoji pasted): these strategies make them on purpose, with control characters, full-width
forms, the characters SQL's LIKE treats specially, and the Chinese, digits and letters the desk really sees.
"""

from __future__ import annotations

from hypothesis import strategies as st

TROUBLE = [
    "\ud800", "\udbff", "\udc00", "\udfff",  # lone surrogates
    "\x00", "\x07", "\x1b", "\t", "\n", "\r", "\x7f", "\x85", "\u2028",  # control characters, line breaks
    "\u200b", "\u200d", "\ufeff", "\u202e", "\ufffe", "\U0010ffff",  # invisible, bidi, non-characters
    "\u3000", "１", "Ｘ", "²", "٣", "%", "_", "!", "'", '"', "\\",  # full-width, odd digits, LIKE and SQL quoting
]  # fmt: skip
DESK = ["王", "秀兰", "建国", "单䶮", "曾𬌗", "·", "wxl", "wang", "139", "1234", "2002", "x", " ", "-"]

# Any code point at all (surrogates and unassigned ones included), the characters above, and pieces the desk sees.
piece = st.one_of(st.characters(exclude_categories=()), st.sampled_from(TROUBLE), st.sampled_from(DESK))


def typed(max_size: int = 40) -> st.SearchStrategy[str]:
    """Text as it may sit in a line edit: at most ``max_size`` characters."""
    return st.lists(piece, max_size=max_size).map(lambda parts: "".join(parts)[:max_size])


def scanned() -> st.SearchStrategy[str]:
    """What a scanner may send: card numbers and slip payloads of every length, with stray characters around."""
    digits = st.from_regex(r"(81)?[0-9]{1,20}", fullmatch=True)
    return st.one_of(digits, st.tuples(typed(4), digits, typed(4)).map("".join), typed(24))
