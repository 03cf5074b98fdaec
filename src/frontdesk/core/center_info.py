"""What the center's documents say of it, as a plain record (no database here: the desk's settings page builds on
it before the database layer is loaded). Kept by :class:`frontdesk.core.services.center_settings.CenterSettings`."""

from __future__ import annotations

from dataclasses import dataclass

NAME_MAX, ADDRESS_MAX, PHONE_MAX = 60, 120, 40
SLIP_FOOTER_MAX = 120


@dataclass(frozen=True)
class CenterInfo:
    """Name (on every slip and card), address and phone (cards, forms), the slip's footer (opening hours…) and a
    logo (PNG bytes, :mod:`frontdesk.core.center_logo`, or None)."""

    name: str = ""
    address: str = ""
    phone: str = ""
    footer: str = ""
    logo: bytes | None = None
