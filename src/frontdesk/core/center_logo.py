"""The center's logo as the documents print it: a small greyscale PNG on white, whatever file staff chose.

Slips go to thermal heads and lasers alike, so colour and transparency are settled once, here: the picture is laid
on white, turned to grey and scaled to at most :data:`MAX_SIDE` pixels on its long side (about 50 mm at 203 dpi,
more than any slip shows). What comes out is kept in the database, so every desk prints the same.
"""

from __future__ import annotations

import io

from frontdesk.core.errors import RuleViolation

MAX_FILE_BYTES = 5 * 1024 * 1024  # a photo straight off a phone is within this; anything larger is not a logo
MAX_SIDE = 400
MAX_STORED_BYTES = 256 * 1024


def normalise_logo(data: bytes) -> bytes:
    """The logo to keep: PNG, grey on white, at most MAX_SIDE px. Refuses what is not a picture, in words."""
    from PIL import Image, UnidentifiedImageError

    if len(data) > MAX_FILE_BYTES:
        raise RuleViolation("logo_too_large", {"megabytes": MAX_FILE_BYTES // (1024 * 1024)})
    try:
        with Image.open(io.BytesIO(data)) as opened:
            opened.load()
            picture = opened.convert("RGBA")
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as exc:
        raise RuleViolation("logo_not_a_picture") from exc
    white = Image.new("RGBA", picture.size, (255, 255, 255, 255))
    grey = Image.alpha_composite(white, picture).convert("L")
    grey.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    grey.save(out, format="PNG", optimize=True)
    stored = out.getvalue()
    if len(stored) > MAX_STORED_BYTES:  # a photograph's noise does not compress: not what a logo is
        raise RuleViolation("logo_too_large", {"megabytes": MAX_FILE_BYTES // (1024 * 1024)})
    return stored
