"""The codes on slips and cards: digits only, a Damm check digit, and a mistyped or foreign code refused in words."""

from __future__ import annotations

from datetime import datetime

import pytest

from actors import TEST_ACTOR, TEST_DESK
from frontdesk.core import checkdigit
from frontdesk.core.db import Database
from frontdesk.core.services.lookup import LookupService, ScanRefusal, slip_payload
from frontdesk.core.services.residents import ResidentService
from frontdesk.core.services.visits import VisitService
from frontdesk.core.validation import ResidentInput
from frontdesk.printing.codes import CODE128_QUIET, DOT, QR_QUIET, Code128Bar, QrCode

NOW = datetime(2026, 11, 28, 9, 0)


def single_digit_errors(code: str):
    for i, d in enumerate(code):
        for other in "0123456789":
            if other != d:
                yield code[:i] + other + code[i + 1 :]


def neighbour_swaps(code: str):
    for i in range(len(code) - 1):
        if code[i] != code[i + 1]:
            yield code[:i] + code[i + 1] + code[i] + code[i + 2 :]


@pytest.mark.parametrize("visit_id", [1, 7, 90, 12345, 2**31 - 1])
def test_a_slip_code_is_16_digits_and_every_typing_slip_breaks_its_check_digit(visit_id: int) -> None:
    code = slip_payload(visit_id)
    assert len(code) == 16
    assert code.isascii()
    assert code.isdigit()
    assert code.startswith("82")
    assert checkdigit.is_valid(code)
    for wrong in [*single_digit_errors(code), *neighbour_swaps(code)]:
        assert not checkdigit.is_valid(wrong), wrong


def test_check_digit_wants_digits() -> None:
    with pytest.raises(ValueError, match="digits"):
        checkdigit.check_digit("12a")
    assert not checkdigit.is_valid("８２")  # full-width digits are normalised by the lookup, not here
    with pytest.raises(ValueError, match="visit"):
        slip_payload(0)


@pytest.fixture
def desk(db: Database) -> tuple[LookupService, int, int]:
    rid = ResidentService(db, lambda: NOW).create(
        ResidentInput(name="欧阳䶮", card_number="20260001"), actor=TEST_ACTOR
    )
    visit = VisitService(db, lambda: NOW).check_in(rid, actor=TEST_ACTOR)
    return LookupService(db, lambda: NOW), rid, visit.visit_id


def test_a_slip_and_a_card_find_their_resident(desk) -> None:
    lookup, rid, visit_id = desk
    assert lookup.resolve_scan(slip_payload(visit_id), actor=TEST_DESK).resident_id == rid
    assert lookup.find_by_scan("２０２６０００１", actor=TEST_DESK) == rid  # full width, as an input method types it
    assert lookup.resolve_scan("20260001", actor=TEST_DESK).kind == "card"


def test_mistyped_old_foreign_and_unknown_codes_are_refused_with_a_reason(desk) -> None:
    lookup, _, visit_id = desk
    code = slip_payload(visit_id)
    mistyped = code[:-2] + code[-1] + code[-2] if code[-1] != code[-2] else code[:-1] + str((int(code[-1]) + 1) % 10)
    cases = {
        mistyped: ScanRefusal.MISTYPED,
        "81" + f"{visit_id:014d}": ScanRefusal.OLD_SLIP,  # printed before the check digit: refused, not guessed
        slip_payload(visit_id + 1000): ScanRefusal.UNKNOWN_SLIP,  # well formed, not a visit here
        "20260002": ScanRefusal.UNKNOWN_CARD,
        "FD20260001": ScanRefusal.NOT_A_CODE,
    }
    for text, refusal in cases.items():
        result = lookup.resolve_scan(text, actor=TEST_DESK)
        assert (result.resident_id, result.refusal) == (None, refusal), text
        assert lookup.find_by_scan(text, actor=TEST_DESK) is None


def test_code_modules_are_whole_printer_dots_with_quiet_zones() -> None:
    qr = QrCode(slip_payload(42), module_dots=5)
    assert qr.module == 5 * DOT
    assert qr.size == (21 + 2 * QR_QUIET) * 5 * DOT  # version 1: 16 digits fit the smallest symbol
    bar = Code128Bar("20260001", module_dots=2)
    assert sum(bar.widths) == 11 + 4 * 11 + 11 + 13  # start C, four digit pairs, check, stop
    assert bar.width == (sum(bar.widths) + 2 * CODE128_QUIET) * 2 * DOT
