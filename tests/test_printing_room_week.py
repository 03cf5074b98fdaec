"""教室周课表: a room's week for its door — A4 landscape, the center's and the room's names, each day's sessions and
bookings with their times and instructor or organiser, closed days named — read back from the PDF; and the command
line writing it."""

from __future__ import annotations

import io
from datetime import date, datetime, time
from pathlib import Path

import pypdf
import pytest
from sqlalchemy import select

from actors import TEST_DESK
from class_center import add_booking, add_course, add_session, make_center
from frontdesk.cli.admin import main
from frontdesk.core.db import Database
from frontdesk.core.errors import RuleViolation
from frontdesk.core.models import AuditEntry, CenterDay
from frontdesk.core.services.documents import DocumentService
from frontdesk.printing.documents import render
from pdf_checks import text_of, unembedded_fonts

NOW = datetime(2026, 12, 1, 9, 0)
WEDNESDAY = date(2026, 12, 9)


def squeezed(pdf: bytes) -> str:
    return "".join(text_of(pdf).split())


def test_the_door_sheet_has_the_room_the_days_and_each_use(any_db: Database) -> None:
    center = make_center(any_db)
    course = add_course(any_db, center, title="书法班", instructor_id=center.zhang)
    add_session(any_db, course, date(2026, 12, 8), time(9), time(10, 30))
    add_session(any_db, course, date(2026, 12, 10), time(14), time(15, 30))
    add_booking(any_db, center.calligraphy_room, WEDNESDAY, time(14), time(15), title="健康讲座：冬季防跌倒")
    add_booking(any_db, center.dance_room, WEDNESDAY, time(9), time(10), title="舞蹈室的会")  # another room
    with any_db.write() as session:
        session.add(CenterDay(day=date(2026, 12, 12), open=False, note="停电检修"))
    sheet = DocumentService(any_db, lambda: NOW).room_week(center.calligraphy_room, WEDNESDAY, actor=TEST_DESK)
    assert sheet.first_day == date(2026, 12, 7)  # the week holding the day asked for
    assert [len(d.items) for d in sheet.days] == [0, 1, 1, 1, 0, 0, 0]
    pdf = render("room-week", sheet, "a4")
    page = pypdf.PdfReader(io.BytesIO(pdf)).pages[0]
    assert float(page.mediabox.width) > float(page.mediabox.height)  # landscape
    assert unembedded_fonts(pdf) == []
    text = squeezed(pdf)
    for said in ("书法室", "教室周课表", "周一", "周日", "12月7日", "12月13日", "09:00–10:30", "书法班", "张德明",
                 "14:00–15:00", "健康讲座：冬季防跌倒", "颐康养老院", "休息", "停电检修"):  # fmt: skip
        assert said in text, said
    assert "舞蹈室的会" not in text


def test_a_holiday_is_named_and_an_empty_week_said(db: Database) -> None:
    center = make_center(db)
    sheet = DocumentService(db, lambda: NOW).room_week(center.hall, date(2026, 10, 1), actor=TEST_DESK)
    text = squeezed(render("room-week", sheet, "a4"))
    assert "国庆节" in text
    assert "没有课程或活动" in text
    with pytest.raises(RuleViolation):
        DocumentService(db, lambda: NOW).room_week(999, WEDNESDAY, actor=TEST_DESK)


def test_a_busy_week_runs_on_to_a_second_page(db: Database) -> None:
    center = make_center(db)
    for hour in range(8, 20):
        add_booking(db, center.hall, WEDNESDAY, time(hour), time(hour, 50), title=f"活动{hour}")
    sheet = DocumentService(db, lambda: NOW).room_week(center.hall, WEDNESDAY, actor=TEST_DESK)
    pdf = render("room-week", sheet, "a4")
    assert len(pypdf.PdfReader(io.BytesIO(pdf)).pages) >= 2
    assert "活动19" in squeezed(pdf)


def test_the_command_line_writes_it_and_audits_it(db: Database, db_path: Path, tmp_path: Path, capsys) -> None:
    center = make_center(db)
    course = add_course(db, center, title="书法班", instructor_id=center.zhang)
    add_session(db, course, WEDNESDAY, time(9), time(10, 30))
    out = tmp_path / "room-week.pdf"
    args = ["--db", str(db_path), "print", "room-week", "--room", str(center.calligraphy_room)]
    assert main([*args, "--week", "2026-12-09", "--out", str(out)]) == 0
    assert "教室周课表" in capsys.readouterr().out
    assert "书法班" in squeezed(out.read_bytes())
    with db.read() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "resident.print")).one()
    assert entry.details["document"] == "room_week"
    assert main([*args, "--out", str(out)]) == 2
    assert "--week" in capsys.readouterr().err
    assert main(["--db", str(db_path), "print", "room-week", "--room", "999", "--week", "2026-12-09",
                 "--out", str(out)]) == 1  # fmt: skip
    assert "no room" in capsys.readouterr().err
