"""The reasons a roster row is refused, in the desk's Chinese: for the rejects file (its 原因 column) and the command
line. The desk's wizard says the same codes through its own translated words; these are for files and consoles,
which have no translator."""

from __future__ import annotations

import contextlib

from frontdesk.core.importing.plan import ImportFileError, PlannedRow
from frontdesk.core.validation import FieldError

REASON_COLUMN = "原因"

FIELD_WORDS: dict[str, str] = {
    "name": "姓名", "gender": "性别", "birth_date": "出生日期", "id_number": "身份证号", "phone": "联系电话",
    "phone2": "备用电话", "community": "社区", "building": "楼号", "unit": "单元", "room": "门牌号",
    "address_detail": "详细地址", "emergency_name": "紧急联系人", "emergency_relation": "与本人关系",
    "emergency_phone": "紧急联系电话", "lives_alone": "独居", "empty_nest": "空巢", "disability": "失能",
    "low_income": "低保", "mobility_aid": "助行器具", "chronic_conditions": "慢性病", "allergies": "过敏",
    "notes": "备注", "card_number": "服务卡号", "consent_date": "知情同意日期",
}  # fmt: skip

VALUE_WORDS: dict[str, str] = {  # the form's choices as the desk says them (FieldUpdate texts)
    "M": "男", "F": "女", "U": "未知", "none": "无", "semi": "半失能", "full": "失能", "cane": "拐杖",
    "walker": "助行器", "wheelchair": "轮椅",
}  # fmt: skip
DISABILITY_NONE = "自理"

REASON_WORDS: dict[str, str] = {
    # the form's own rules (core/validation.py)
    "required": "不能为空",
    "too_long": "太长（最多 {max} 个字）",
    "name_characters": "含有姓名里不会有的字符",
    "birth_date_range": "不在合理范围内",
    "birth_date_mismatch": "与身份证号里的出生日期（{expected}）不一致",
    "gender_mismatch": "与身份证号里的性别不一致",
    "id_empty": "为空",
    "id_length": "位数不对（应为 18 位或 15 位）",
    "id_characters": "含有数字和末位 X 以外的字符",
    "id_date": "里的出生日期不存在",
    "id_checksum": "校验位不对，请核对每一位",
    "phone_format": "不是手机号或带区号的固定电话",
    "emergency_name_required": "有紧急联系电话时要填紧急联系人",
    "card_format": "应为 4–15 位数字",
    "card_retired": "这张卡已挂失或换过，号码不再使用",
    "date_in_future": "不能晚于今天",
    "invalid_choice": "看不懂这个值",
    # what rosters do to cells (importing/values.py)
    "date_format": "不是日期（可写 1945-03-12、1945年3月12日 或 19450312）",
    "date_unclear": "分不清是 1 月还是 10 月，请写成 1945-01 或 1945-10",
    "id_lost_digits": "保存为数字后末位丢失，请把该列设为文本后重新填写身份证号",
    # the row as a whole (importing/checking.py, resident_import.py)
    "duplicate_ambiguous": "与档案里 {count} 位居民都相符，请先在居民档案中核对",
    "id_other_name": "身份证号已登记在另一位居民（{name}）名下",
    "card_other_name": "服务卡号已登记在另一位居民（{name}）名下",
    "id_differs": "与档案里的 {name} 相符，但身份证号不同",
    "card_differs": "与档案里的 {name} 相符，但服务卡号不同",
    "archived_match": "与已归档的居民 {name} 相符，请先在居民档案中恢复",
    "repeat_other_name": "身份证号与本文件第 {line} 行相同，但姓名不同",
    "registered_meanwhile": "导入时另一台电脑刚登记了这位居民",
    "changed_meanwhile": "导入时这位居民的档案被改过，请重新检查",
}

FILE_ERROR_WORDS: dict[str, str] = {
    "unsupported_type": "只能导入 .xlsx、.xls、.ods 或 .csv 文件",
    "not_a_spreadsheet": "这个文件不是表格（可能是改了扩展名的图片、PDF 或其他文件）",
    "encrypted": "文件设有密码，请在 Excel 或 WPS 中取消密码后另存再导入",
    "too_large": "文件太大（最多 {max_mb} MB）",
    "unpacks_too_large": "文件解压后太大（最多 {max_mb} MB），可能已损坏或不安全",
    "unsafe_xml": "文件里含有不安全的内容，已拒绝读取",
    "broken": "文件已损坏，无法读取；请用 Excel 或 WPS 打开后另存再试",
    "unknown_encoding": "无法识别文件的文字编码；请另存为 UTF-8 或 GBK 编码的 CSV",
    "too_many_rows": "行数太多（最多 {max} 行），请分成几个文件",
    "empty": "文件里没有内容",
    "no_sheet": "文件里没有名为“{sheet}”的工作表",
}


def problem_text(problem: FieldError) -> str:
    """One reason in words: the field's name, then what is wrong with it."""
    words = REASON_WORDS.get(problem.code, problem.code)
    with contextlib.suppress(KeyError, IndexError, ValueError):
        words = words.format(**problem.params)
    if not problem.field:
        return words
    return f"{FIELD_WORDS.get(problem.field, problem.field)}{'' if words.startswith('里') else ' '}{words}"


def reasons_text(row: PlannedRow) -> str:
    """Every reason of a refused row, in one cell."""
    return "；".join(problem_text(p) for p in row.problems)


def file_error_text(error: ImportFileError) -> str:
    words = FILE_ERROR_WORDS.get(error.code, error.code)
    try:
        return words.format(**error.params)
    except (KeyError, IndexError, ValueError):
        return words
