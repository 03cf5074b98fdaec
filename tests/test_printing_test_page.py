"""打印测试页: names the printer and paper, draws rare characters from the bundled font, and its codes scan back to
digits that find nobody at the desk."""

from __future__ import annotations

from datetime import datetime

import pytest

from actors import TEST_DESK
from frontdesk.core.db import Database
from frontdesk.core.services.lookup import LookupService
from frontdesk.printing import test_page as page  # (imported as a module: pytest would collect test_page_pdf)
from frontdesk.printing.layout import SIZES
from pdf_checks import decoded, pages_at_203_dpi, text_of, unembedded_fonts


@pytest.mark.parametrize("size", ["80mm", "58mm", "a4"])
def test_the_test_page_names_its_printer_and_its_codes_scan(db: Database, size: str) -> None:
    pdf = page.test_page_pdf("局前街社区服务中心", "前台小票机", SIZES[size], datetime(2026, 12, 1, 9, 0))
    text = text_of(pdf)
    for words in ("局前街社区服务中心", "打印测试页", "前台小票机", "刘䶮", "2026-12-01 09:00"):
        assert words in text
    assert unembedded_fonts(pdf) == []
    found = decoded(pages_at_203_dpi(pdf)[0])
    assert ("QRCode", page.TEST_CODE) in found
    if size != "58mm":  # on the narrow roll the bar code is the test of the head's sharpness, not of the decoder
        assert ("Code128", page.TEST_CODE) in found
    assert LookupService(db, lambda: datetime(2026, 12, 1, 9, 0)).find_by_scan(page.TEST_CODE, actor=TEST_DESK) is None
