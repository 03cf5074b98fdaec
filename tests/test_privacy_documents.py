"""The printed consent form and the resident's own-data export: Chinese, the right person, the right identifiers."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

import pypdf
import pytest

from actors import TEST_ACTOR
from frontdesk.core.access import Actor
from frontdesk.core.db import Database
from frontdesk.core.models import ConsentScope, Role, Staff
from frontdesk.core.services.center_settings import CenterSettings
from frontdesk.core.services.privacy import PrivacyService
from frontdesk.core.services.residents import ResidentService
from frontdesk.core.services.visits import VisitService
from frontdesk.core.validation import ResidentInput
from frontdesk.printing.consent_form import consent_form_pdf, write_consent_form
from frontdesk.printing.resident_export import resident_export_pdf, write_resident_export

NOW = datetime(2026, 11, 28, 9, 0)
DESK = Actor(1, "李娜", Role.FRONT_DESK)
CARE = Actor(3, "刘护士", Role.CARE)
FULL_ID = "11010519491231002X"


def text_of(pdf: bytes) -> str:
    return "".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def privacy(db: Database) -> tuple[PrivacyService, int]:
    with db.write() as session:
        session.add_all([Staff(id=1, username="lina", display_name="李娜", role="frontdesk"),
                         Staff(id=3, username="liu", display_name="刘护士", role="care")])  # fmt: skip
    CenterSettings(db, lambda: NOW).set_center_name("局前街社区服务中心", actor=TEST_ACTOR)
    rid = ResidentService(db, lambda: NOW).create(
        ResidentInput(name="司马秀兰", id_number=FULL_ID, phone="13912341234", allergies="青霉素过敏"), actor=TEST_ACTOR
    )
    VisitService(db, lambda: NOW).check_in(rid, actor=TEST_ACTOR)
    service = PrivacyService(db, lambda: NOW)
    service.record_consent(DESK, rid, [ConsentScope.BASIC, ConsentScope.HEALTH], on=NOW.date())
    return service, rid


def test_consent_form_is_chinese_names_the_resident_and_masks_the_id(privacy, tmp_path: Path) -> None:
    service, rid = privacy
    form = service.consent_form(DESK, rid)
    text = text_of(consent_form_pdf(form))
    for expected in ["局前街社区服务中心", "个人信息处理知情同意书", "司马秀兰", "1101**********002X", "健康信息",
                     "撤回", "复制", "签字", "2026年11月28日"]:  # fmt: skip
        assert expected in text, expected
    assert FULL_ID not in text
    assert "31231" not in text  # no middle digits of the number at all
    path = write_consent_form(form, tmp_path / "print" / "consent.pdf")
    assert path.read_bytes().startswith(b"%PDF")
    assert [p.name for p in path.parent.iterdir()] == ["consent.pdf"]  # no half-written leftovers


def test_export_for_care_staff_has_everything_with_the_full_id(privacy, tmp_path: Path) -> None:
    service, rid = privacy
    path = write_resident_export(service.export_resident(CARE, rid), tmp_path / "本人信息.pdf")
    text = text_of(path.read_bytes())
    for expected in ["居民本人信息", "司马秀兰", FULL_ID, "13912341234", "青霉素过敏", "基本信息、健康信息", "李娜",
                     "来访记录（1 次）", "2026-11-28"]:  # fmt: skip
        assert expected in text, expected


def test_export_by_the_front_desk_says_where_to_ask_for_health_data(privacy) -> None:
    service, rid = privacy
    text = text_of(resident_export_pdf(service.export_resident(DESK, rid)))
    assert "司马秀兰" in text
    assert "青霉素" not in text
    assert "护理人员或管理员" in text


def test_no_printed_line_starts_with_a_closing_mark() -> None:
    """ReportLab's CJK wrapping knows Japanese closing marks only; ， ； ： 》 must hang at a line's end too."""
    from reportlab.platypus import Paragraph

    from frontdesk.printing.layout import styles
    from frontdesk.printing.linebreak import CANNOT_START_LINE

    text = "您可以随时查阅、复制您的个人信息；发现不准确时可以要求更正：告诉前台即可，《知情同意书》一式两份。" * 3
    paragraph = Paragraph(text, styles().body)
    starts = []
    for width in range(120, 480, 3):  # every width: wherever the breaks fall
        paragraph.wrap(width, 10_000)
        starts += [_line_text(line)[:1] for line in paragraph.blPara.lines[1:]]
    assert len(starts) > 500  # the paragraph did wrap, many ways
    assert [mark for mark in starts if mark in CANNOT_START_LINE] == []


def _line_text(line) -> str:
    """A wrapped line's text: CJK-wrapped lines hold fragments, simply wrapped ones (width, words) tuples."""
    words = line.words if hasattr(line, "words") else line[1]
    return "".join(getattr(word, "text", word) for word in words)
