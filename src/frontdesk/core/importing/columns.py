"""Finding a roster's header and which resident field each column fills (表头识别).

Real rosters have title rows above the header ("XX社区老年人花名册", "填表日期：…"), headers over two rows (a merged
"紧急联系人" over "姓名 | 电话"), and many spellings of one column. The header is the row among the first
:data:`HEADER_SEARCH_ROWS` whose cells name the most known columns; two rows are taken together when that names more.
"""

from __future__ import annotations

import re
import unicodedata

from frontdesk.core.importing.plan import CellValue, ColumnMapping, SheetTable

HEADER_SEARCH_ROWS = 15
IGNORED = "—"  # a column known to hold nothing to import (序号, 原因): never mapped, never a guess

# field → the spellings of its column seen on rosters, after :func:`normalise_header` (Chinese first, then English).
FIELD_SPELLINGS: dict[str, tuple[str, ...]] = {
    "name": ("姓名", "名字", "居民姓名", "老人姓名", "name", "fullname"),
    "gender": ("性别", "gender", "sex"),
    "birth_date": (
        "出生年月", "出生日期", "出生年月日", "生日", "出生时间", "出生", "birthdate", "dateofbirth", "dob",
        "birthday",
    ),
    "id_number": (
        "身份证号", "身份证号码", "公民身份号码", "公民身份证号码", "证件号码", "证件号", "身份证", "idnumber", "idno",
        "idcard",
    ),
    "phone": (
        "联系电话", "手机", "手机号", "手机号码", "电话", "电话号码", "本人电话", "联系方式", "移动电话", "phone",
        "mobile", "telephone", "tel",
    ),
    "phone2": ("备用电话", "固话", "座机", "固定电话", "家庭电话", "其他电话", "phone2", "landline"),
    "community": ("社区", "所属社区", "小区", "所在社区", "居委会", "community"),
    "building": ("楼号", "楼栋", "楼栋号", "栋", "楼", "building"),
    "unit": ("单元", "单元号", "unit"),
    "room": ("门牌号", "室", "房号", "房间号", "户号", "room"),
    "address_detail": (
        "住址", "家庭住址", "现住址", "详细地址", "地址", "居住地址", "现居住地址", "户籍地址", "address",
    ),
    "emergency_name": (
        "紧急联系人", "紧急联系人姓名", "联系人", "联系人姓名", "监护人", "监护人姓名", "emergencycontact",
        "emergencyname",
    ),
    "emergency_relation": (
        "关系", "与本人关系", "与老人关系", "紧急联系人关系", "紧急联系人与本人关系", "联系人关系", "relation",
        "relationship",
    ),
    "emergency_phone": (
        "紧急联系电话", "紧急联系人电话", "联系人电话", "紧急联系人手机", "监护人电话", "联系人手机",
        "emergencyphone",
    ),
    "lives_alone": ("独居", "是否独居", "独居老人", "livesalone"),
    "empty_nest": ("空巢", "是否空巢", "空巢老人", "emptynest"),
    "disability": ("失能", "失能情况", "自理能力", "是否失能", "失能等级", "自理情况", "disability"),
    "low_income": ("低保", "是否低保", "低保户", "lowincome"),
    "mobility_aid": ("助行器具", "助行", "辅助器具", "助行工具", "mobilityaid"),
    "chronic_conditions": ("慢性病", "慢病", "病史", "慢性病史", "健康状况", "chronicconditions"),
    "allergies": ("过敏", "过敏史", "药物过敏", "过敏情况", "allergies"),
    "notes": ("备注", "说明", "notes", "remark", "remarks"),
    "card_number": ("卡号", "服务卡号", "会员卡号", "服务卡", "cardnumber"),
}  # fmt: skip
IGNORED_SPELLINGS = ("序号", "编号", "no", "原因", "导入问题")  # 原因: the reason column of a rejects file

_LOOKUP: dict[str, str] = {
    spelling: field for field, spellings in FIELD_SPELLINGS.items() for spelling in spellings
} | dict.fromkeys(IGNORED_SPELLINGS, IGNORED)
_MARKS = re.compile(r"[\s*＊:：·•._\-/、]+")
_BRACKETED = re.compile(r"[(\[（【].*?[)\]）】]")


def normalise_header(text: str) -> str:
    """A header cell compared: full-width folded (NFKC), lower-case, without spaces, line breaks, ``*`` marks of
    required columns, colons and dots."""
    return _MARKS.sub("", unicodedata.normalize("NFKC", text).lower())


def field_for(header: str) -> str | None:
    """The field a header names (:data:`IGNORED` for a serial-number or reason column), or ``None``. A bracketed
    remark ("出生日期（年月日）", "身份证号(18位)") is tried without; a two-level header ("紧急联系人 电话") is tried
    whole, then by its lower level."""
    for text in _candidates(header):
        key = normalise_header(text)
        if key in _LOOKUP:
            return _LOOKUP[key]
        key = normalise_header(_BRACKETED.sub("", text))
        if key and key in _LOOKUP:
            return _LOOKUP[key]
    return None


def _candidates(header: str) -> list[str]:
    parts = header.split()
    return [header, parts[-1]] if len(parts) > 1 else [header]


def detect_mapping(table: SheetTable) -> ColumnMapping:
    """The header row (or two) and the field of every column; columns nobody knows map to ``None``."""
    rows = table.rows[:HEADER_SEARCH_ROWS]
    best: tuple[int, tuple[int, ...], tuple[str, ...]] = (-1, (0,), ())
    for index in range(len(rows)):
        single = _texts(rows[index])
        score = _score(single)
        if score > best[0]:
            best = (score, (index,), tuple(single))
        if index + 1 < len(rows):
            joined = _join(single, _texts(rows[index + 1]))
            two = _score(joined)
            if two > score and two > _score(_texts(rows[index + 1])) and two > best[0]:
                best = (two, (index, index + 1), tuple(joined))
    _, header_rows, headers = best
    if not headers:
        headers = tuple(_texts(table.rows[0])) if table.rows else ()
    return ColumnMapping(header_rows, headers, _fields(headers))


def _texts(row: tuple[CellValue, ...]) -> list[str]:
    return [" ".join(str(v).split()) if v is not None else "" for v in row]


def _join(top: list[str], bottom: list[str]) -> list[str]:
    """Two header rows as one: "紧急联系人" over "电话" is "紧急联系人 电话"; a cell merged down both is itself."""
    width = max(len(top), len(bottom))
    top, bottom = top + [""] * (width - len(top)), bottom + [""] * (width - len(bottom))
    joined = []
    for upper, lower in zip(top, bottom, strict=True):
        if not lower or upper == lower:
            joined.append(upper)
        elif not upper:
            joined.append(lower)
        else:
            joined.append(f"{upper} {lower}")
    return joined


def _score(headers: list[str]) -> int:
    """How many distinct known columns the row names (a data row names none, a title row one at most)."""
    found = {field_for(h) for h in headers if h}
    found.discard(None)
    found.discard(IGNORED)
    return len(found)


def _fields(headers: tuple[str, ...]) -> tuple[str | None, ...]:
    """Each field for one column only: a second phone column is the backup phone, a phone right after the emergency
    contact's name is theirs; any other repeat is left for the user to map."""
    taken: set[str] = set()
    fields: list[str | None] = []
    for header in headers:
        field = field_for(header) if header else None
        if field == IGNORED:
            field = None
        if field == "phone" and (fields[-1:] in (["emergency_name"], ["emergency_relation"])):
            field = "emergency_phone"
        if field == "phone" and "phone" in taken:
            field = "phone2"
        if field in taken:
            field = None
        if field is not None:
            taken.add(field)
        fields.append(field)
    return tuple(fields)
