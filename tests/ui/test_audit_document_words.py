"""Every document the desk can print has its name in the 操作日志, and so has every detail a print entry records."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QApplication

from actors import TEST_ACTOR
from frontdesk.core.db import Database
from frontdesk.core.services.documents import KINDS, DocumentService
from frontdesk.core.services.residents import ResidentService
from frontdesk.core.validation import ResidentInput
from frontdesk.ui.pages.settings.audit import words

NOW = datetime(2026, 11, 28, 9, 30)


def test_every_printed_document_has_a_name(qapp: QApplication, language: str) -> None:
    assert set(KINDS) <= set(words.DOCUMENTS)
    assert words.value_text("document", "visit_slip") == "来访凭条"
    assert words.value_text("document", "member_cards") == "服务卡"


def test_a_print_entry_reads_in_words(qapp: QApplication, language: str, tmp_path) -> None:
    db = Database(tmp_path / "desk.sqlite3")
    from frontdesk.core.db.migrate import ensure_schema

    ensure_schema(db)
    rid = ResidentService(db, lambda: NOW).create(ResidentInput(name="王秀兰"), actor=TEST_ACTOR)
    DocumentService(db, lambda: NOW).record_print("visit_slip", [rid], actor=TEST_ACTOR, reprint=True, size="80mm")
    from frontdesk.core.services.audit_log import AuditFilter, AuditLogService

    row = AuditLogService(db, lambda: NOW).browse(TEST_ACTOR, AuditFilter())[0]
    shown = {words.field_word(key): words.value_text(key, value) for key, value in row.details.items()}
    assert "来访凭条" in shown.values(), shown
    assert shown["补打"] == "是", shown
    assert all(key in words.FIELDS or key in words.resident_words.FIELDS for key in row.details)
    db.dispose()
