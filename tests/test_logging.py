"""The log file: written where expected, and free of full ID numbers and phone numbers."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from actors import TEST_ACTOR
from frontdesk.logsetup import configure_logging, redact


@pytest.mark.parametrize(
    ("raw", "masked"),
    [
        ("id 11010519491231002X ok", "id 1101**********002X ok"),
        ("id=11010519491231002x,", "id=1101**********002X,"),
        ("old id 110105491231002", "old id 1101*******1002"),
        ("call 13912341234 now", "call 139****1234 now"),
        ("queue 037 at 2026-11-28 09:30", "queue 037 at 2026-11-28 09:30"),
        ("card 1000000001", "card 1000000001"),
    ],
)
def test_redact(raw: str, masked: str) -> None:
    assert redact(raw) == masked


def test_log_file_never_holds_full_identifiers(tmp_path: Path) -> None:
    path = configure_logging(tmp_path)
    log = logging.getLogger("frontdesk.test")
    log.warning("duplicate id %s for phone %s", "140213194503081023", "13912341234")
    try:
        raise ValueError("bad row 140213194503081023")
    except ValueError:
        log.exception("import failed")
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = path.read_text(encoding="utf-8")
    assert "duplicate id" in text
    assert "import failed" in text
    assert "140213194503081023" not in text
    assert "13912341234" not in text
    assert "1402**********1023" in text


def test_no_full_identifier_in_the_log_after_real_work_even_with_sql_logging(tmp_path: Path) -> None:
    """Register residents with ID and phone numbers, search, check in, fail validation — with SQLAlchemy logging
    every statement and its parameters — and scan the log file for any full ID or mobile number."""
    import re
    from datetime import datetime

    from frontdesk.core.db import Database
    from frontdesk.core.db.migrate import ensure_schema
    from frontdesk.core.services.lookup import LookupService
    from frontdesk.core.services.residents import ResidentService
    from frontdesk.core.services.visits import VisitService
    from frontdesk.core.validation import ResidentInput, ValidationFailed

    path = configure_logging(tmp_path / "logs", level=logging.DEBUG)
    sql_log = logging.getLogger("sqlalchemy.engine")
    sql_log.setLevel(logging.INFO)
    try:
        db = Database(tmp_path / "desk.sqlite3")
        ensure_schema(db)
        now = datetime(2026, 11, 28, 9, 0)
        residents = ResidentService(db, lambda: now)
        rid = residents.create(
            ResidentInput(name="王秀兰", id_number="11010519491231002X", phone="13912341234",
                          emergency_name="李强", emergency_phone="13800001111")
        , actor=TEST_ACTOR)  # fmt: skip
        residents.reveal_id_number(rid, actor=TEST_ACTOR)
        LookupService(db, lambda: now).search("11010519491231002X", actor=TEST_ACTOR)
        LookupService(db, lambda: now).search("13912341234", actor=TEST_ACTOR)
        VisitService(db, lambda: now).check_in(rid, actor=TEST_ACTOR)
        with pytest.raises(ValidationFailed):
            residents.create(
                ResidentInput(name="王秀英", id_number="110105194912310021", phone="13912341235"), actor=TEST_ACTOR
            )
        db.dispose()
    finally:
        sql_log.setLevel(logging.WARNING)
        for handler in logging.getLogger().handlers:
            handler.flush()
    text = path.read_text(encoding="utf-8")
    assert "INSERT INTO resident" in text  # the SQL log really was on
    assert re.findall(r"(?<!\d)\d{17}[\dXx](?!\d)", text) == []
    assert re.findall(r"(?<!\d)1[3-9]\d{9}(?!\d)", text) == []
    assert "20013219491501011" not in text  # nor the reversed forms the search index keeps
    assert "43214321931" not in text
