"""知情同意书: the consent form a resident (or guardian) reads and signs, on one A4 page.

It names the resident with the ID number masked (a printed page lies on counters), lists each scope of
:class:`~frontdesk.core.models.ConsentScope` with a tick box (ticked where consent is already recorded), says in
plain words what is processed and why, and the rights to withdraw consent and to get a copy.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table

from frontdesk.core.models import ConsentScope
from frontdesk.core.services.privacy import ConsentFormData
from frontdesk.printing.layout import (
    BLACK,
    DEFAULT_CENTER,
    PAGE_A4,
    RULE,
    PageSize,
    TickBox,
    build_pdf,
    contact_lines,
    escape,
    styles,
    table_style,
    write_file,
)

# Each scope: its name on the form and what it covers, and why.
SCOPES: dict[ConsentScope, tuple[str, str]] = {
    ConsentScope.BASIC: (
        "基本信息（必选）",
        "姓名、性别、出生日期、联系电话、住址、紧急联系人、服务卡号。用于登记、签到、预约和课程报名，"
        "以及在需要时联系您或您的紧急联系人。",
    ),
    ConsentScope.ID_NUMBER: (
        "身份证号（敏感个人信息）",
        "用于核实身份、避免重复建档，以及办理需要实名的服务。屏幕上和打印件上只显示前四位和后四位。",
    ),
    ConsentScope.HEALTH: (
        "健康信息（敏感个人信息）",
        "慢性病、过敏等健康情况。只有护理人员和管理员能看到，用于在活动和康养服务中保障您的安全。",
    ),
    ConsentScope.PARTNERS: (
        "提供给合作服务方",
        "您报名的服务由社区合伙人（如义诊、理疗机构）提供时，只提供该服务必需的姓名和联系电话。",
    ),
}

EXPLANATION = [
    "您的信息保存在本中心的电脑中，只有本中心工作人员按岗位使用。前台屏幕隐藏身份证号和电话号码的部分数字；"
    "查看完整号码、修改和导出都会记入操作日志。",
    "本中心不会出售您的个人信息，也不会用于与上述目的无关的事情。",
    "您迁出或档案归档后，信息在本中心规定的保存期限届满时删除姓名、身份证号、电话、住址和健康信息，"
    "只保留不能识别个人的统计数字，如性别、出生年份和来访次数。",
]
RIGHTS = [
    "您可以随时撤回全部或部分同意：告诉前台即可。撤回不影响撤回前已进行的处理；撤回基本信息后，"
    "部分服务可能无法继续提供。",
    "您可以随时查阅、复制您的个人信息（前台可为您打印或导出一份），发现不准确时可以要求更正。",
    "不同意“身份证号”“健康信息”或“提供给合作服务方”这几项，不影响您使用中心的其他服务。",
]


def consent_form_pdf(form: ConsentFormData, size: PageSize = PAGE_A4) -> bytes:
    """The form on A4 (or A5): the columns are the page's width in the A4 proportions."""
    return build_pdf(consent_form_story(form, size), title="个人信息处理知情同意书", size=size)


def consent_form_story(form: ConsentFormData, size: PageSize = PAGE_A4) -> list:
    look = styles(size)
    k = size.frame_width / (170 * mm)
    center = escape(form.center_name or DEFAULT_CENTER)
    story: list = [
        Paragraph(f"{center}<br/>个人信息处理知情同意书", look.title),
        *contact_lines(form.center_address, form.center_phone, look),
        _who(form, look, k),
        Spacer(1, 4 * mm),
        Paragraph(
            "为向您提供社区服务，本中心需要处理您的个人信息。根据《中华人民共和国个人信息保护法》的规定，"
            "请您（或您的监护人）阅读以下说明，在同意的项目前打勾并签字。",
            look.body,
        ),
        Paragraph("一、您同意本中心处理的信息", look.heading),
        _scopes(form, look, k),
        Paragraph("二、我们如何使用和保护这些信息", look.heading),
        *[Paragraph(f"{n}. {escape(text)}", look.body) for n, text in enumerate(EXPLANATION, 1)],
        Paragraph("三、您的权利", look.heading),
        *[Paragraph(f"{n}. {escape(text)}", look.body) for n, text in enumerate(RIGHTS, 1)],
        Spacer(1, 4 * mm),
        _signatures(look, k),
        Spacer(1, 3 * mm),
        Paragraph(f"打印时间：{form.printed_at:%Y-%m-%d %H:%M}　本同意书一式两份，居民和本中心各执一份。", look.small),
    ]
    return story


def write_consent_form(form: ConsentFormData, path: Path, size: PageSize = PAGE_A4) -> Path:
    return write_file(consent_form_pdf(form, size), path)


def _who(form: ConsentFormData, look, k: float) -> Table:
    recorded = f"{form.on:%Y年%m月%d日}" if form.on is not None else "尚未记录"
    rows = [
        [Paragraph("居民姓名", look.body), Paragraph(escape(form.name), look.body),
         Paragraph("身份证号", look.body), Paragraph(escape(form.id_masked or "—"), look.body)],
        [Paragraph("已记录的同意", look.body), Paragraph(recorded, look.body), "", ""],
    ]  # fmt: skip
    table = Table(rows, colWidths=[w * k * mm for w in (28, 55, 22, 65)])
    table.setStyle(
        table_style(
            [
                ("GRID", (0, 0), (-1, -1), RULE, BLACK),
                ("SPAN", (1, 1), (3, 1)),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    return table


def _scopes(form: ConsentFormData, look, k: float) -> Table:
    rows = [
        [TickBox(scope in form.scopes), Paragraph(f"<b>{name}</b>：{escape(why)}", look.body)]
        for scope, (name, why) in SCOPES.items()
    ]
    table = Table(rows, colWidths=[9 * mm, (170 * k - 9) * mm])
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (0, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return table


def _signatures(look, k: float) -> Table:
    line = "＿" * 12
    date_line = "＿＿＿＿年＿＿月＿＿日"
    rows = [
        [Paragraph(f"居民（或监护人）签字：{line}", look.body), Paragraph(f"日期：{date_line}", look.body)],
        [Paragraph("监护人与居民的关系：＿＿＿＿＿＿", look.body), ""],
        [Paragraph(f"经办工作人员签字：{line}", look.body), Paragraph(f"日期：{date_line}", look.body)],
    ]
    table = Table(rows, colWidths=[105 * k * mm, 65 * k * mm], rowHeights=[11 * mm, 9 * mm, 11 * mm])
    table.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
    return table
