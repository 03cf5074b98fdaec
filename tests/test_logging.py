"""The log file: written where expected, and free of full ID numbers and phone numbers."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

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
