"""frontdesk-admin print: every kind to a PDF file, --list, refusals in words, and the audit entry of each print."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from frontdesk.cli.admin import main
from frontdesk.core.db import Database
from frontdesk.core.models import AuditEntry, Room
from frontdesk.printing.documents import KINDS
from pdf_checks import decoded, pages_at_203_dpi, text_of
from print_data import Printed, populate


@pytest.fixture
def printed(db: Database) -> Printed:
    return populate(db)


def test_list_names_every_kind_with_its_sizes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["print", "--list"]) == 0
    out = capsys.readouterr().out
    for kind in KINDS.values():
        assert kind.name in out
        assert "|".join(kind.sizes) in out
    assert "--new-since" in out


def test_each_kind_writes_its_pdf_and_its_audit_entry(
    db: Database, db_path: Path, printed: Printed, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with db.read() as session:
        room_id = session.scalar(select(Room.id).where(Room.name == "书法室"))  # the classes' room (print_data)
    runs = {
        "visit-slip": ["--visit", str(printed.visits["曾𬌗"]), "--size", "58mm", "--reprint"],
        "cards": ["--new-since", "2024-01-01", "--size", "card"],
        "in-building": [],
        "welfare-calls": ["--absent-days", "7"],
        "consent-form": ["--resident", str(printed.ids["张喆"])],
        "own-data": ["--resident", str(printed.ids["李昇"]), "--size", "a5"],
        "appointment-slip": ["--appointment", str(printed.appointments["张喆-tomorrow"])],
        "call-list": ["--date", "2026-11-29"],
        "day-list": ["--date", "2026-11-28"],
        "roster": ["--session", str(printed.classes["session"])],
        "enrollment-slip": ["--enrollment", str(printed.classes["刘䶮"]), "--size", "80mm"],
        "timetable": ["--resident", str(printed.ids["刘䶮"]), "--size", "a5"],
        "session-calls": ["--session", str(printed.classes["cancelled"])],
        "room-week": ["--room", str(room_id), "--week", "2026-11-30"],
        "monthly-report": ["--month", "2026-11"],
        "partner-statement": ["--from", "2026-11-01", "--to", "2026-11-30"],
    }
    assert set(runs) == set(KINDS)
    for kind, options in runs.items():
        out = tmp_path / f"{kind}.pdf"
        assert main(["--db", str(db_path), "print", kind, "--out", str(out), *options]) == 0, kind
        assert str(out) in capsys.readouterr().out
        assert out.read_bytes().startswith(b"%PDF")
    assert "曾𬌗" in text_of((tmp_path / "visit-slip.pdf").read_bytes())
    assert "补打" in text_of((tmp_path / "visit-slip.pdf").read_bytes())
    card_codes = {code for page in pages_at_203_dpi((tmp_path / "cards.pdf").read_bytes()) for code in decoded(page)}
    assert ("Code128", "20260005") in card_codes
    with db.read() as session:
        entries = session.scalars(select(AuditEntry).where(AuditEntry.actor == "system:admin-cli")).all()
    documents = [(e.details["document"], e.details.get("reprint")) for e in entries if e.action == "resident.print"]
    assert documents == [("visit_slip", True), ("member_cards", False), ("in_building", False),
                         ("welfare_calls", False), ("consent_form", False), ("appointment_slip", False),
                         ("call_list", False), ("day_list", False), ("roster", False), ("enrollment_slip", False),
                         ("timetable", False), ("session_calls", False), ("room_week", False),
                         ("monthly_report", False), ("partner_statement", False)]  # fmt: skip
    assert [e.action for e in entries if e.action != "resident.print"] == ["resident.export"]
    assert entries[0].entity_id == printed.ids["曾𬌗"]


def test_refusals_are_words_with_exit_codes(
    db_path: Path, printed: Printed, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = str(tmp_path / "x.pdf")
    base = ["--db", str(db_path), "print"]
    assert main([*base, "passport", "--out", out]) == 2
    assert "print --list" in capsys.readouterr().err
    assert main([*base, "visit-slip", "--out", out]) == 2
    assert "--visit" in capsys.readouterr().err
    assert main([*base, "visit-slip", "--visit", "99999", "--out", out]) == 1
    assert "no visit" in capsys.readouterr().err
    assert main([*base, "visit-slip", "--visit", "1", "--out", out, "--size", "a4"]) == 2
    assert "comes in" in capsys.readouterr().err
    assert main([*base, "cards", "--out", out]) == 1
    assert "--new-since" in capsys.readouterr().err
    assert main([*base, "in-building"]) == 2
    assert not Path(out).exists()


def test_an_empty_database_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "new.sqlite3"
    assert main(["--db", str(path), "print", "in-building", "--out", str(tmp_path / "x.pdf")]) == 1
    assert "init" in capsys.readouterr().err


def test_the_care_papers_options_and_refusals(
    db_path: Path, printed: Printed, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.pdf"
    base = ["--db", str(db_path), "print"]
    assert main(["print", "--list"]) == 0
    listed = capsys.readouterr().out
    assert "--appointment ID" in listed
    assert "day-list" in listed
    assert main([*base, "appointment-slip", "--out", str(out)]) == 2
    assert "--appointment" in capsys.readouterr().err
    assert main([*base, "appointment-slip", "--appointment", "99999", "--out", str(out)]) == 1
    assert "no appointment" in capsys.readouterr().err
    cancelled = printed.appointments["李昇-tomorrow"]
    assert main([*base, "appointment-slip", "--appointment", str(cancelled), "--out", str(out)]) == 1
    assert "cancelled" in capsys.readouterr().err
    assert not out.exists()
    assert main([*base, "call-list", "--date", "2026-11-28", "--out", str(out)]) == 0
    assert "13712345670" not in text_of(out.read_bytes())  # that day's appointments are all past booking
    assert main([*base, "day-list", "--date", "2026-11-28", "--out", str(out)]) == 0
    assert "预约 5 人次" in text_of(out.read_bytes())
    with pytest.raises(SystemExit):
        main([*base, "day-list", "--date", "28.11.2026", "--out", str(out)])


def test_the_class_papers_options_codes_and_refusals(
    db: Database, db_path: Path, printed: Printed, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from frontdesk.core.models import ClassSession, Enrollment, EnrollmentStatus, SessionStatus
    from frontdesk.core.services.lookup import enrollment_payload

    out = tmp_path / "x.pdf"
    base = ["--db", str(db_path), "print"]
    assert main(["print", "--list"]) == 0
    listed = capsys.readouterr().out
    for expected in ("roster", "--session ID", "enrollment-slip", "--enrollment ID", "timetable", "报名回执"):
        assert expected in listed, expected
    liu = enrollment_payload(printed.classes["刘䶮"])
    assert main([*base, "roster", "--session", str(printed.classes["session"]), "--out", str(out)]) == 0
    assert "签到表" in capsys.readouterr().out
    roster = out.read_bytes()
    assert "刘䶮" in text_of(roster)
    assert liu in "".join(text_of(roster).split())
    assert ("QRCode", liu) in {code for page in pages_at_203_dpi(roster) for code in decoded(page)}
    assert main([*base, "enrollment-slip", "--enrollment", str(printed.classes["张喆"]), "--size", "58mm",
                 "--out", str(out)]) == 0  # fmt: skip
    assert "候补第 1 位" in text_of(out.read_bytes())
    assert main([*base, "timetable", "--resident", str(printed.ids["刘䶮"]), "--out", str(out)]) == 0
    assert "个人课表" in text_of(out.read_bytes())
    out.unlink()
    assert main([*base, "roster", "--out", str(out)]) == 2
    assert "--session" in capsys.readouterr().err
    assert main([*base, "enrollment-slip", "--out", str(out)]) == 2
    assert "--enrollment" in capsys.readouterr().err
    assert main([*base, "timetable", "--out", str(out)]) == 2
    assert "--resident" in capsys.readouterr().err
    assert main([*base, "roster", "--session", "99999", "--out", str(out)]) == 1
    assert "no class session" in capsys.readouterr().err
    assert main([*base, "enrollment-slip", "--enrollment", "99999", "--out", str(out)]) == 1
    assert "no enrollment" in capsys.readouterr().err
    assert main([*base, "timetable", "--resident", "99999", "--out", str(out)]) == 1
    assert "no resident" in capsys.readouterr().err
    assert main([*base, "roster", "--session", "1", "--size", "80mm", "--out", str(out)]) == 2
    assert "comes in" in capsys.readouterr().err
    with db.write() as session:
        meeting = session.get(ClassSession, printed.classes["session"])
        meeting.status, meeting.cancel_reason = SessionStatus.CANCELLED, "停电"
        left = session.get(Enrollment, printed.classes["曾𬌗"])
        left.status, left.withdrawn_at = EnrollmentStatus.WITHDRAWN, left.joined_at
    assert main([*base, "roster", "--session", str(printed.classes["session"]), "--out", str(out)]) == 1
    assert "cancelled" in capsys.readouterr().err
    assert main([*base, "enrollment-slip", "--enrollment", str(printed.classes["曾𬌗"]), "--out", str(out)]) == 1
    assert "withdrawn" in capsys.readouterr().err
    assert not out.exists()
