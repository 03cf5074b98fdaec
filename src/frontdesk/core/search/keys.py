"""Search keys: every string a resident can be found by, precomputed when the resident is saved.

A key is a (kind, text) pair; the query is a prefix range scan over an index of keys, so "part of a name", "last four
digits of a phone" and "pinyin initials" are all prefix searches:

- a name is indexed whole and by each of its suffixes (秀兰, 兰 find 王秀兰);
- pinyin and initials for every reading of every heteronym (单 dan/shan/chan, 曾 zeng/ceng…), capped per name, plus
  the surname readings staff actually use (覃 qin, 区 ou, 朴 piao…), so either spelling finds the person;
- phone and ID numbers forwards (prefix) and reversed (so their last digits are a prefix too);
- the member card number as typed by a scanner.

pypinyin loads its dictionaries on first use (~0.3 s); it is imported lazily so start-up does not pay for it.
"""

from __future__ import annotations

import enum
import itertools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from frontdesk.core.text import clean_text


class KeyKind(enum.StrEnum):
    NAME = "n"  # the whole name
    NAME_PART = "np"  # a suffix of the name: the given name, its last character
    PINYIN = "p"  # full pinyin of the whole name, no separators: wangxiulan
    PINYIN_PART = "pp"  # pinyin of a suffix: xiulan
    INITIALS = "i"  # wxl
    INITIALS_PART = "ip"  # xl
    PHONE = "t"  # digits of a phone number
    PHONE_TAIL = "tr"  # the same, reversed: the last digits become a prefix
    ID = "d"  # 18-character ID number
    ID_TAIL = "dr"  # reversed
    CARD = "c"  # member card number (digits)


# Match ranks (see frontdesk.core.search.query): a whole key equal to what was typed is an exact match (0); a prefix
# of a whole key, or the last digits of a number, is a prefix match (1); anything inside a name is partial (2).
WHOLE_KINDS = frozenset({KeyKind.NAME, KeyKind.PINYIN, KeyKind.INITIALS, KeyKind.PHONE, KeyKind.ID, KeyKind.CARD})
TAIL_KINDS = frozenset({KeyKind.PHONE_TAIL, KeyKind.ID_TAIL})
MAX_READINGS = 16  # reading combinations kept per name (heteronyms multiply)

# Surname readings that differ from the common reading of the character (姓氏读音), added as the preferred one.
SURNAME_READINGS: dict[str, tuple[str, ...]] = {
    "单": ("shan",),
    "曾": ("zeng",),
    "解": ("xie",),
    "仇": ("qiu",),
    "区": ("ou",),
    "查": ("zha",),
    "朴": ("piao",),
    "覃": ("qin",),
    "盖": ("ge",),
    "缪": ("miao",),
    "乐": ("yue", "le"),
    "尉": ("yu", "wei"),
    "秘": ("bi",),
    "种": ("chong",),
    "繁": ("po",),
    "员": ("yun",),
    "那": ("na",),
    "华": ("hua",),
    "翟": ("zhai",),
    "隗": ("kui",),
    "冼": ("xian",),
    "宿": ("su",),
    "折": ("she",),
    "召": ("shao",),
}

_DIGITS = re.compile(r"\d+")
_LATIN = re.compile(r"[a-z]+")


@dataclass(frozen=True)
class ResidentKeys:
    """What keys are derived from: the searchable fields of one resident."""

    name: str
    phones: tuple[str, ...] = ()
    id_number: str | None = None
    card_number: str | None = None


def normalize_query(text: str) -> str:
    """What the user typed, as keys are stored: cleaned (:func:`~frontdesk.core.text.clean_text`), NFKC (full-width
    to half-width), lower case, no spaces or dashes."""
    folded = unicodedata.normalize("NFKC", clean_text(text)).lower()
    return "".join(ch for ch in folded if not ch.isspace() and ch not in "-·・.()（）")


def digits_of(text: str | None) -> str:
    return "".join(_DIGITS.findall(unicodedata.normalize("NFKC", clean_text(text))))


@lru_cache(maxsize=8192)
def char_readings(char: str) -> tuple[str, ...]:
    """Toneless pinyin readings of one character, most common first; the character itself when it has none."""
    from pypinyin import Style, pinyin

    readings = pinyin(char, style=Style.NORMAL, heteronym=True, errors="default")[0]
    cleaned = [r.replace("ü", "v") for r in readings if r and _LATIN.fullmatch(r.replace("ü", "v"))]
    return tuple(dict.fromkeys(cleaned)) or (char.lower(),)


def name_readings(name: str) -> list[tuple[str, ...]]:
    """Reading combinations of a name: each a tuple of syllables, one per character. The surname's own reading
    comes first when it has one, then the dictionary's; at most :data:`MAX_READINGS` combinations."""
    per_char: list[tuple[str, ...]] = []
    for position, char in enumerate(name):
        readings = char_readings(char)
        if position == 0 and char in SURNAME_READINGS:
            readings = tuple(dict.fromkeys(SURNAME_READINGS[char] + readings))
        per_char.append(readings)
    return list(itertools.islice(itertools.product(*per_char), MAX_READINGS))


def sort_key(name: str) -> str:
    """How a name sorts in lists: by pinyin as staff expect (surname reading first), then by the characters."""
    syllables = name_readings(normalize_query(name))[0] if name else ()
    return (" ".join(syllables) + " " + name)[:160]


def keys_for(resident: ResidentKeys) -> set[tuple[KeyKind, str]]:
    """Every (kind, key) a resident is found by."""
    keys: set[tuple[KeyKind, str]] = set()
    name = normalize_query(resident.name)
    if name:
        keys.add((KeyKind.NAME, name))
        keys.update((KeyKind.NAME_PART, name[i:]) for i in range(1, len(name)))
        for syllables in name_readings(name):
            keys.add((KeyKind.PINYIN, "".join(syllables)))
            keys.add((KeyKind.INITIALS, "".join(s[0] for s in syllables)))
            for i in range(1, len(syllables)):
                keys.add((KeyKind.PINYIN_PART, "".join(syllables[i:])))
                keys.add((KeyKind.INITIALS_PART, "".join(s[0] for s in syllables[i:])))
    for phone in resident.phones:
        digits = digits_of(phone)
        if len(digits) >= 4:
            keys.add((KeyKind.PHONE, digits))
            keys.add((KeyKind.PHONE_TAIL, digits[::-1]))
    if resident.id_number:
        number = resident.id_number.upper()
        keys.add((KeyKind.ID, number.lower()))
        keys.add((KeyKind.ID_TAIL, number.lower()[::-1]))
    if resident.card_number:
        keys.add((KeyKind.CARD, normalize_query(resident.card_number)))
    return keys


@dataclass(frozen=True)
class QueryPart:
    """One prefix to look up: keys of these kinds starting with ``prefix``."""

    kinds: frozenset[KeyKind]
    prefix: str


def query_parts(text: str) -> list[QueryPart]:
    """Turn what was typed into prefix look-ups: digits search phones, ID numbers and cards (forwards and, for the
    last digits, reversed); Chinese searches names; Latin letters search pinyin and initials."""
    query = normalize_query(text)
    if not query:
        return []
    if re.fullmatch(r"\d+x?", query):
        parts = [QueryPart(frozenset({KeyKind.PHONE, KeyKind.ID, KeyKind.CARD}), query)]
        if len(query) >= 3:
            parts.append(QueryPart(frozenset({KeyKind.PHONE_TAIL, KeyKind.ID_TAIL}), query[::-1]))
        return parts
    if _LATIN.fullmatch(query):
        kinds = {KeyKind.PINYIN, KeyKind.PINYIN_PART, KeyKind.INITIALS, KeyKind.INITIALS_PART}
        return [QueryPart(frozenset(kinds), query)]
    return [QueryPart(frozenset({KeyKind.NAME, KeyKind.NAME_PART}), query)]


def iter_rows(resident_id: int, keys: Iterable[tuple[KeyKind, str]]) -> Iterator[dict[str, object]]:
    for kind, key in keys:
        yield {"resident_id": resident_id, "kind": kind.value, "key": key}
