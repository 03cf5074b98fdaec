"""Search keys: every string a resident can be found by, precomputed when the resident is saved.

A key is a (kind, text) pair; the query is a prefix range scan over an index of keys, so "part of a name", "last four
digits of a phone" and "pinyin initials" are all prefix searches:

- a name is indexed whole and by each of its suffixes (秀兰, 兰 find 王秀兰);
- pinyin and initials of the name's *usual* reading — pypinyin's reading in context, the surname read as a surname
  (单 shan, 曾 zeng, 尉迟 yuchi) — and mixed pinyin of it (wangxl, wxiul: some syllables whole, some by their
  initial), all ranked first;
- pinyin and initials of every other reading of every heteronym (胜 xing, 于 wu…), capped per name, under kinds of
  their own: still found, but ranked after the usual reading (:mod:`frontdesk.core.search.query`);
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
    """Two letters at most (the column is ``String(2)``)."""

    NAME = "n"  # the whole name
    NAME_PART = "np"  # a suffix of the name: the given name, its last character
    PINYIN = "p"  # full pinyin of the whole name by its usual reading, no separators: wangxiulan
    PINYIN_PART = "pp"  # pinyin of a suffix: xiulan
    INITIALS = "i"  # wxl
    INITIALS_PART = "ip"  # xl
    MIXED = "m"  # the usual reading with some syllables whole and others by their initial: wangxl, wxiul, wxiulan
    MIXED_PART = "mp"  # the same of a suffix: xiul
    PINYIN_RARE = "pr"  # full pinyin by another reading of a heteronym: wangxingli (胜 xing)
    PINYIN_PART_RARE = "qr"
    INITIALS_RARE = "ir"  # wxl for 王胜利
    INITIALS_PART_RARE = "jr"
    PHONE = "t"  # digits of a phone number
    PHONE_TAIL = "tr"  # the same, reversed: the last digits become a prefix
    ID = "d"  # 18-character ID number
    ID_TAIL = "dr"  # reversed
    CARD = "c"  # member card number (digits)


# Match ranks (see frontdesk.core.search.query), best first: a whole key by the usual reading equal to what was typed
# (0); a prefix of one, or the last digits of a number (1); inside a name by its usual reading (2); then the same by
# a rare reading: whole (3), prefix (4), inside (5).
WHOLE_KINDS = frozenset(
    {KeyKind.NAME, KeyKind.PINYIN, KeyKind.INITIALS, KeyKind.MIXED, KeyKind.PHONE, KeyKind.ID, KeyKind.CARD}
)
TAIL_KINDS = frozenset({KeyKind.PHONE_TAIL, KeyKind.ID_TAIL})
RARE_WHOLE_KINDS = frozenset({KeyKind.PINYIN_RARE, KeyKind.INITIALS_RARE})
RARE_PART_KINDS = frozenset({KeyKind.PINYIN_PART_RARE, KeyKind.INITIALS_PART_RARE})
LATIN_KINDS = frozenset(
    {
        KeyKind.PINYIN,
        KeyKind.PINYIN_PART,
        KeyKind.INITIALS,
        KeyKind.INITIALS_PART,
        KeyKind.MIXED,
        KeyKind.MIXED_PART,
        *RARE_WHOLE_KINDS,
        *RARE_PART_KINDS,
    }
)
MAX_READINGS = 16  # reading combinations kept per name (heteronyms multiply)
MIXED_FULLY_UP_TO = 4  # syllables up to which every whole/initial mixture is a key (2^n); longer names: a few

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
    "尉": ("wei", "yu"),
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

# Two-character surnames (复姓), read as surnames: the second character's reading differs from its usual one in some.
COMPOUND_SURNAMES: dict[str, tuple[str, str]] = {
    "尉迟": ("yu", "chi"),
    "万俟": ("mo", "qi"),
    "单于": ("chan", "yu"),
    "长孙": ("zhang", "sun"),
    "澹台": ("tan", "tai"),
    "欧阳": ("ou", "yang"),
    "令狐": ("ling", "hu"),
    "司马": ("si", "ma"),
    "上官": ("shang", "guan"),
    "诸葛": ("zhu", "ge"),
    "皇甫": ("huang", "fu"),
    "公孙": ("gong", "sun"),
    "慕容": ("mu", "rong"),
    "宇文": ("yu", "wen"),
    "东方": ("dong", "fang"),
    "夏侯": ("xia", "hou"),
    "闻人": ("wen", "ren"),
    "百里": ("bai", "li"),
    "呼延": ("hu", "yan"),
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


@lru_cache(maxsize=8192)
def usual_reading(name: str) -> tuple[str, ...]:
    """How a person reads the (normalised) name, one syllable per character: the surname as a surname (单 shan,
    尉迟 yuchi), the rest as pypinyin reads it in context (its phrase dictionary knows 胜利 is shengli)."""
    from pypinyin import Style, pinyin

    syllables = [
        (reading[0] if reading else char).replace("ü", "v").lower()
        for reading, char in zip(pinyin(name, style=Style.NORMAL, errors=list), name, strict=False)
    ]
    if len(syllables) != len(name) or not all(_LATIN.fullmatch(s) or len(s) == 1 for s in syllables):
        syllables = [char_readings(char)[0] for char in name]  # pypinyin split it otherwise: character by character
    if name[:2] in COMPOUND_SURNAMES:
        syllables[:2] = COMPOUND_SURNAMES[name[:2]]
    elif name[:1] in SURNAME_READINGS:
        syllables[0] = SURNAME_READINGS[name[0]][0]
    return tuple(syllables)


def name_readings(name: str) -> list[tuple[str, ...]]:
    """Reading combinations of a name: each a tuple of syllables, one per character. The usual reading
    (:func:`usual_reading`) comes first, then every other combination of the characters' readings (the surname's
    own readings before the dictionary's); at most :data:`MAX_READINGS` in all."""
    if not name:
        return [()]
    per_char: list[tuple[str, ...]] = []
    for position, char in enumerate(name):
        readings = char_readings(char)
        if position == 0 and char in SURNAME_READINGS:
            readings = tuple(dict.fromkeys(SURNAME_READINGS[char] + readings))
        per_char.append(readings)
    usual = usual_reading(name)
    others = (r for r in itertools.product(*per_char) if r != usual)
    return [usual, *itertools.islice(others, MAX_READINGS - 1)]


def mixtures(syllables: tuple[str, ...]) -> Iterator[str]:
    """The syllables with some written whole and the others by their initial, neither all whole nor all initials:
    wangxl, wxiul, wxiulan, wangxiul… Every mixture up to :data:`MIXED_FULLY_UP_TO` syllables; for longer names
    the whole syllables are the first ones only (maimaitial: a long name is typed from its start)."""
    count = len(syllables)
    if count < 2:
        return
    if count <= MIXED_FULLY_UP_TO:
        patterns = itertools.product((True, False), repeat=count)
    else:
        patterns = (tuple(i < whole for i in range(count)) for whole in range(1, count))
    plain = {"".join(syllables), "".join(s[0] for s in syllables)}  # keys of their own kinds already
    for pattern in patterns:
        text = "".join(s if whole else s[0] for s, whole in zip(syllables, pattern, strict=True))
        if text not in plain:
            yield text


def sort_key(name: str) -> str:
    """How a name sorts in lists: by pinyin as staff expect (surname reading first), then by the characters."""
    syllables = usual_reading(normalize_query(name)) if name else ()  # name_readings' first, without the others
    return (" ".join(syllables) + " " + name)[:160]


def keys_for(resident: ResidentKeys) -> set[tuple[KeyKind, str]]:
    """Every (kind, key) a resident is found by."""
    keys: set[tuple[KeyKind, str]] = set()
    name = normalize_query(resident.name)
    if name:
        keys.add((KeyKind.NAME, name))
        keys.update((KeyKind.NAME_PART, name[i:]) for i in range(1, len(name)))
        usual, *others = name_readings(name)
        keys.update(_reading_keys(usual, KeyKind.PINYIN, KeyKind.PINYIN_PART, KeyKind.INITIALS, KeyKind.INITIALS_PART))
        keys.update((KeyKind.MIXED, text) for text in mixtures(usual))
        for i in range(1, len(usual)):
            keys.update((KeyKind.MIXED_PART, text) for text in mixtures(usual[i:]))
        found_by_usual = {text for _, text in keys}
        for syllables in others:
            keys.update(
                (kind, text)
                for kind, text in _reading_keys(
                    syllables,
                    KeyKind.PINYIN_RARE,
                    KeyKind.PINYIN_PART_RARE,
                    KeyKind.INITIALS_RARE,
                    KeyKind.INITIALS_PART_RARE,
                )
                if text not in found_by_usual  # found by the usual reading already, and ranked by it
            )
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


def _reading_keys(
    syllables: tuple[str, ...], pinyin: KeyKind, pinyin_part: KeyKind, initials: KeyKind, initials_part: KeyKind
) -> set[tuple[KeyKind, str]]:
    keys = {(pinyin, "".join(syllables)), (initials, "".join(s[0] for s in syllables))}
    for i in range(1, len(syllables)):
        keys.add((pinyin_part, "".join(syllables[i:])))
        keys.add((initials_part, "".join(s[0] for s in syllables[i:])))
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
        return [QueryPart(LATIN_KINDS, query)]
    return [QueryPart(frozenset({KeyKind.NAME, KeyKind.NAME_PART}), query)]


def iter_rows(resident_id: int, keys: Iterable[tuple[KeyKind, str]]) -> Iterator[dict[str, object]]:
    for kind, key in keys:
        yield {"resident_id": resident_id, "kind": kind.value, "key": key}
