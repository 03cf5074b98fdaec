"""The center's name, address, phone, footer and logo: saved by managers, audited, printed on the documents."""

from __future__ import annotations

import io
from datetime import datetime

import pypdf
import pytest
from PIL import Image
from sqlalchemy import select

from actors import TEST_ACTOR, TEST_DESK
from frontdesk.core.center_info import CenterInfo
from frontdesk.core.center_logo import MAX_SIDE, normalise_logo
from frontdesk.core.db import Database
from frontdesk.core.errors import RuleViolation
from frontdesk.core.models import AuditEntry
from frontdesk.core.services.center_settings import CenterSettings
from frontdesk.printing.documents import render
from pdf_checks import decoded, pages_at_203_dpi, text_of
from print_data import ADDRESS, PHONE, Printed, logo_png, populate, record_for

NOW = datetime(2026, 11, 28, 9, 0)


def _settings(db: Database) -> CenterSettings:
    return CenterSettings(db, lambda: NOW)


def _entries(db: Database) -> list[dict]:
    with db.read() as session:
        return list(session.scalars(select(AuditEntry.details).where(AuditEntry.action == "setting.update")))


def test_center_info_saved_tidied_and_read_by_every_desk(any_db: Database) -> None:
    logo = normalise_logo(logo_png())
    saved = _settings(any_db).set_center_info(
        CenterInfo(name="  局前街社区\n服务中心 ", address="平城区  局前街 18 号", phone="0352-2081234",
                   footer="开放时间 8:00–17:30", logo=logo),
        actor=TEST_ACTOR,
    )  # fmt: skip
    assert saved.name == "局前街社区 服务中心"  # one line: it heads a slip
    again = CenterSettings(any_db, lambda: NOW).center_info()  # another desk
    assert again == saved
    assert again.logo == logo
    assert _settings(any_db).center_name() == "局前街社区 服务中心"


def test_every_change_audited_once_and_the_logo_by_name_only(db: Database) -> None:
    settings = _settings(db)
    settings.set_center_info(CenterInfo(name="甲中心", logo=normalise_logo(logo_png())), actor=TEST_ACTOR)
    first = _entries(db)
    assert {e["key"] for e in first} == {"center.name", "center.logo"}
    assert next(e for e in first if e["key"] == "center.logo")["after"] == "(picture)"  # never the bytes
    settings.set_center_info(settings.center_info(), actor=TEST_ACTOR)  # saved again unchanged
    assert _entries(db) == first
    settings.set_center_info(CenterInfo(name="甲中心", phone="0352-1"), actor=TEST_ACTOR)  # logo removed
    added = _entries(db)[len(first) :]
    assert sorted((e["key"], e["before"], e["after"]) for e in added) == [
        ("center.logo", "(picture)", None),
        ("center.phone", None, "0352-1"),
    ]
    assert settings.center_info().logo is None


def test_only_managers_change_the_center_info(db: Database) -> None:
    with pytest.raises(RuleViolation, match="not_allowed"):
        _settings(db).set_center_info(CenterInfo(name="甲中心"), actor=TEST_DESK)
    with pytest.raises(RuleViolation, match="not_signed_in"):
        _settings(db).set_center_info(CenterInfo(name="甲中心"), actor=None)  # type: ignore[arg-type]
    assert _settings(db).center_info() == CenterInfo()


def test_a_logo_is_kept_grey_on_white_and_small() -> None:
    kept = Image.open(io.BytesIO(normalise_logo(logo_png(1600))))
    assert kept.format == "PNG"
    assert kept.mode == "L"
    assert max(kept.size) == MAX_SIDE
    assert kept.getpixel((0, 0)) == 255  # the transparent corner is white paper, not black


def test_what_is_not_a_picture_is_refused_in_words() -> None:
    with pytest.raises(RuleViolation, match="logo_not_a_picture"):
        normalise_logo(b"%PDF-1.7 not a picture")
    with pytest.raises(RuleViolation, match="logo_too_large"):
        normalise_logo(b"\x89PNG" + bytes(6 * 1024 * 1024))


@pytest.fixture
def printed(db: Database) -> Printed:
    return populate(db)  # the center has a logo, an address and a phone


def test_the_slip_carries_the_logo_and_its_code_still_scans(db: Database, printed: Printed) -> None:
    slip = record_for(db, printed, "visit-slip")
    for size in ("58mm", "80mm"):
        pdf = render("visit-slip", slip, size)
        page = pypdf.PdfReader(io.BytesIO(pdf)).pages[0]
        assert len(page.images) == 1
        (picture,) = pages_at_203_dpi(pdf)
        assert ("QRCode", slip.code) in decoded(picture)


def test_forms_name_the_center_and_how_to_reach_it(db: Database, printed: Printed) -> None:
    for kind in ("consent-form", "own-data"):
        text = text_of(render(kind, record_for(db, printed, kind)))
        assert f"地址：{ADDRESS}" in text
        assert f"电话：{PHONE}" in text


def test_a_card_says_where_to_return_it_and_its_codes_scan(db: Database, printed: Printed) -> None:
    cards = record_for(db, printed, "cards")
    pdf = render("cards", cards, "card")
    assert f"拾到请交还 {PHONE}" in text_of(pdf).replace("\u3000", " ")
    first = pages_at_203_dpi(pdf)[0]
    assert dict(decoded(first)) == {"Code128": cards.cards[0].card_number, "QRCode": cards.cards[0].card_number}
