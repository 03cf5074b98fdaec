"""Check digits for the codes this program prints: the Damm algorithm (H. M. Damm, 2004).

Chosen over Luhn (misses the transposition 09↔90) and ISO 7064 MOD 11-10 (needs no table but misses some
transpositions): Damm's one digit, over digits only, catches every single wrong digit and every swap of two
neighbouring digits — the mistakes made typing a code from a slip by hand — and stays a digit, which a Chinese input
method and a keyboard-wedge scanner both pass through untouched.
"""

from __future__ import annotations

# A totally anti-symmetric quasigroup of order 10 (Damm's table).
_TABLE = (
    (0, 3, 1, 7, 5, 9, 8, 6, 4, 2),
    (7, 0, 9, 2, 1, 5, 4, 8, 6, 3),
    (4, 2, 0, 6, 8, 7, 1, 3, 5, 9),
    (1, 7, 5, 0, 9, 8, 3, 4, 2, 6),
    (6, 1, 2, 3, 0, 4, 5, 9, 7, 8),
    (3, 6, 7, 4, 2, 0, 9, 5, 8, 1),
    (5, 8, 6, 9, 7, 2, 0, 1, 3, 4),
    (8, 9, 4, 5, 3, 6, 2, 0, 1, 7),
    (9, 4, 3, 8, 6, 1, 7, 2, 0, 5),
    (2, 5, 8, 1, 4, 3, 6, 7, 9, 0),
)


def _interim(digits: str) -> int:
    state = 0
    for d in digits:
        state = _TABLE[state][ord(d) - 48]
    return state


def check_digit(digits: str) -> str:
    """The digit to append to ``digits`` (ASCII digits only)."""
    if not (digits.isascii() and digits.isdigit()):
        raise ValueError("digits only")
    return str(_interim(digits))


def with_check_digit(digits: str) -> str:
    return digits + check_digit(digits)


def is_valid(code: str) -> bool:
    """Whether ``code`` ends in the right check digit."""
    return len(code) >= 2 and code.isascii() and code.isdigit() and _interim(code) == 0
