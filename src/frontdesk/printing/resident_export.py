"""本人信息: what the center holds about one resident, for that resident (PIPL right of access), as an A4 PDF.

A PDF rather than JSON: the people asking are mostly elderly residents who read paper, and a PDF prints and opens
anywhere. It is made from :meth:`PrivacyService.export_resident`'s dictionary, so it shows exactly what the core
exported — the full ID number included (their own data, in an explicit audited action), health data only when the
member of staff may see it (otherwise it says whom to ask).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table

from frontdesk.printing.layout import (
    BLACK,
    DEFAULT_CENTER,
    PAGE_A4,
    RULE,
    PageSize,
    build_pdf,
    contact_lines,
    escape,
    styles,
    table_style,
    write_file,
)
from frontdesk.printing.words import PURPOSES

SECTIONS: list[tuple[str, list[tuple[str, str]]]] = [
    ("基本信息", [("name", "姓名"), ("gender", "性别"), ("birth_date", "出生日期"), ("id_number", "身份证号"),
              ("card_number", "服务卡号")]),
    ("联系方式", [("phone", "手机"), ("phone2", "备用电话"), ("community", "社区"), ("building", "楼"),
              ("unit", "单元"), ("room", "室"), ("address_detail", "详细地址")]),
    ("紧急联系人", [("emergency_name", "姓名"), ("emergency_relation", "关系"), ("emergency_phone", "电话")]),
    ("居住与照护情况", [("lives_alone", "独居"), ("empty_nest", "空巢"), ("low_income", "低保"),
                 ("disability", "失能情况"), ("mobility_aid", "助行器具")]),
    ("健康信息", [("chronic_conditions", "慢性病"), ("allergies", "过敏")]),
    ("备注", [("notes", "备注")]),
    ("知情同意", [("consent_date", "签署日期"), ("consent_scope", "同意的范围"),
              ("consent_recorded_by", "记录人员")]),
    ("档案", [("created_at", "建档时间"), ("updated_at", "最近修改"), ("archived_at", "归档时间"),
            ("archive_reason", "归档原因")]),
]  # fmt: skip
CHOICES = {
    "gender": {"M": "男", "F": "女", "U": "未填"},
    "disability": {"none": "无", "semi": "半失能", "full": "失能"},
    "mobility_aid": {"none": "无", "cane": "拐杖", "walker": "助行器", "wheelchair": "轮椅"},
    "archive_reason": {"moved": "迁出", "deceased": "去世", "merged": "合并到另一份档案", "other": "其他"},
    "consent_scope": {
        "basic": "基本信息",
        "id_number": "身份证号",
        "health": "健康信息",
        "partners": "提供给合作服务方",
    },
}


def resident_export_pdf(export: dict[str, Any], size: PageSize = PAGE_A4) -> bytes:
    return build_pdf(resident_export_story(export, size), title="居民本人信息", size=size)


def resident_export_story(export: dict[str, Any], size: PageSize = PAGE_A4) -> list:
    look = styles(size)
    width = size.frame_width
    record = export["resident"]
    center = escape(export.get("center") or DEFAULT_CENTER)
    story: list = [
        Paragraph(f"{center}<br/>居民本人信息", look.title),
        *contact_lines(export.get("center_address") or "", export.get("center_phone") or "", look),
        Paragraph(
            f"这是本中心保存的关于 {escape(record.get('name', ''))} 的全部个人信息，应本人要求于"
            f" {_value('exported_at', export['exported_at'])} 导出。如有不准确之处，请告知前台更正。",
            look.body,
        ),
    ]
    withheld = set(export.get("withheld", ()))
    for title, fields in SECTIONS:
        story.append(Paragraph(title, look.heading))
        if any(key in withheld for key, _ in fields):
            story.append(Paragraph("健康信息只能由护理人员或管理员导出，请向他们索取。", look.body))
            continue
        story.append(_table([(label, _value(key, record.get(key))) for key, label in fields], look, width))
    story.append(Paragraph(f"来访记录（{len(export['visits'])} 次）", look.heading))
    story.append(_visits(export["visits"], look))
    if export.get("merges"):
        story.append(Paragraph("档案合并记录", look.heading))
        for merge in export["merges"]:
            undone = f"，已于 {_value('at', merge['undone_at'])} 撤销" if merge.get("undone_at") else ""
            line = f"{_value('at', merge['at'])}：档案 {merge['merged_id']} 合并到档案 {merge['kept_id']}{undone}"
            story.append(Paragraph(escape(line), look.body))
    story += [Spacer(1, 6 * mm), Paragraph("本文件含有您的身份证号等个人信息，请妥善保管。", look.small)]
    return story


def write_resident_export(export: dict[str, Any], path: Path, size: PageSize = PAGE_A4) -> Path:
    return write_file(resident_export_pdf(export, size), path)


def _value(key: str, value: Any) -> str:
    if value is None or value in ("", []):
        return "—"
    if isinstance(value, bool):
        return "是" if value else "否"
    if key in CHOICES:
        words = CHOICES[key]
        if isinstance(value, list):
            return "、".join(words.get(str(v), str(v)) for v in value)
        return words.get(str(value), str(value))
    text = str(value)
    if len(text) == 19 and text[10] == "T":  # an ISO moment: the date and the minute
        return f"{text[:10]} {text[11:16]}"
    return text


def _table(rows: list[tuple[str, str]], look, width: float) -> Table:
    table = Table(
        [[Paragraph(label, look.body), Paragraph(escape(value), look.body)] for label, value in rows],
        colWidths=[32 * mm, width - 32 * mm],
    )
    table.setStyle(
        table_style(
            [
                ("GRID", (0, 0), (-1, -1), RULE, BLACK),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def _visits(visits: list[dict[str, Any]], look) -> Table | Paragraph:
    if not visits:
        return Paragraph("没有来访记录。", look.body)
    rows = [["日期", "签到", "签退", "事由", "同行人数"]]
    for visit in visits:
        rows.append(
            [
                visit["date"],
                _value("in", visit["in"])[11:] or "—",
                _value("out", visit["out"])[11:] or "—",
                PURPOSES.get(visit["purpose"], visit["purpose"]),
                str(visit.get("companions") or 0),
            ]
        )
    table = Table([[Paragraph(escape(c), look.body) for c in row] for row in rows], repeatRows=1)
    table.setStyle(
        table_style(
            [
                ("GRID", (0, 0), (-1, -1), RULE, BLACK),
            ]
        )
    )
    return table
