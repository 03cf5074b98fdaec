"""The bundled CJK font, registered with ReportLab once per process.

ReportLab embeds TrueType (``glyf``) outlines only, which is why we ship Google Fonts' TrueType build of Noto Sans SC
rather than the CFF ``.otf`` of Noto Sans CJK. Embedding subsets the font, so a slip stays a few kilobytes.
"""

from __future__ import annotations

import threading

from frontdesk import paths

FONT_REGULAR = "NotoSansSC"
FONT_BOLD = "NotoSansSC-Bold"
_FILES = {FONT_REGULAR: "NotoSansSC-Regular.ttf", FONT_BOLD: "NotoSansSC-Bold.ttf"}

_lock = threading.Lock()
_registered = False


def register_fonts() -> tuple[str, str]:
    """Register regular and bold faces (and their family, so ``<b>`` in a Paragraph works); return their names."""
    global _registered  # noqa: PLW0603 - ReportLab's font registry is itself process-global
    with _lock:
        if not _registered:
            from reportlab.lib.fonts import addMapping
            from reportlab.pdfbase import pdfmetrics, ttfonts
            from reportlab.pdfbase.ttfonts import TTFont

            ttfonts.makeToUnicodeCMap = _to_unicode_cmap

            for name, filename in _FILES.items():
                pdfmetrics.registerFont(TTFont(name, str(paths.resource("fonts", filename))))
            for bold, italic, face in (
                (0, 0, FONT_REGULAR),
                (1, 0, FONT_BOLD),
                (0, 1, FONT_REGULAR),
                (1, 1, FONT_BOLD),
            ):
                addMapping(FONT_REGULAR, bold, italic, face)
            _registered = True
    return FONT_REGULAR, FONT_BOLD


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """ReportLab's ToUnicode CMap, with characters beyond U+FFFF written as UTF-16 surrogate pairs.

    ReportLab (5.1) writes such a code point as 5 hex digits, which PDF readers reject, so names like 曾𬌗
    (U+2C317) printed fine but could not be searched, copied or read back. The PDF spec wants UTF-16BE here.
    """
    entries = [f"<{i:02X}> <{chr(v).encode('utf-16-be').hex().upper()}>" for i, v in enumerate(subset)]
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({fontname})",
            f"/Ordering ({fontname})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *entries,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )
