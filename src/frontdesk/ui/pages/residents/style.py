"""The residents page's own looks, layered on the application style sheet: field errors, the duplicate panel,
the status line. Colours only (sizes come from the application sheet, so "large text" still works)."""

from __future__ import annotations

STYLE = """
QLabel[role="fieldError"] { color: #B03A2E; font-weight: bold; }
QLineEdit[invalid="true"], QComboBox[invalid="true"], QPlainTextEdit[invalid="true"] {
    border: 2px solid #C0392B; background: #FDF3F2;
}
#idFeedback { color: #1E5E3A; }
#field_gender, #field_disability, #field_mobility_aid { min-width: 5em; }
#residentsFilterCommunity, #residentsSort { min-width: 7em; }
#formViewport, #formHolder { background: transparent; }
#formProblem {
    color: #8E2419; background: #FDECEA; border: 1px solid #F2C1BB; border-left: 5px solid #C0392B;
    border-radius: 6px; padding: 6px 10px;
}
#formArchived {
    color: #6B4A0E; background: #FFF5E0; border: 1px solid #F0D58C; border-radius: 10px; padding: 2px 10px;
}
#duplicatePanel {
    background: #FFF5E0; border: 1px solid #F0D58C; border-left: 5px solid #B7791F; border-radius: 6px;
}
#duplicatePanel QLabel { background: transparent; color: #6B4A0E; }
#duplicateHeading { font-weight: bold; }
#residentSave { background: #1F6F8B; border: 1px solid #1F6F8B; color: #FFFFFF; font-weight: bold; }
#residentSave:hover { background: #185A71; }
#mergePreview[tone="refusal"] { color: #8E2419; font-weight: bold; }

#residentsStatus {
    background: #FFFFFF; border: 1px solid #DCE3E8; border-left: 5px solid #8A9AA8; border-radius: 6px;
}
#residentsStatus QLabel { background: transparent; color: #2F3F4D; }
#residentsStatus[tone="ok"] { background: #E8F5EE; border-color: #B9DEC8; border-left-color: #2E7D4F; }
#residentsStatus[tone="ok"] QLabel { color: #1E5E3A; font-weight: bold; }
#residentsStatus[tone="warning"] { background: #FFF5E0; border-color: #F0D58C; border-left-color: #B7791F; }
#residentsStatus[tone="warning"] QLabel { color: #6B4A0E; font-weight: bold; }
#residentsStatus[tone="refusal"] { background: #FDECEA; border-color: #F2C1BB; border-left-color: #C0392B; }
#residentsStatus[tone="refusal"] QLabel { color: #8E2419; font-weight: bold; }
#residentsDraft { background: #FFF5E0; border: 1px solid #F0D58C; border-radius: 6px; }
#residentsDraft QLabel { background: transparent; color: #6B4A0E; }
#residentsCount { font-weight: bold; color: #1F2D3A; }
#residentsNew { background: #1F6F8B; border: 1px solid #1F6F8B; color: #FFFFFF; font-weight: bold; }
#residentsNew:hover { background: #185A71; }
#residentsExport { padding: 5px 6px; }  /* narrow: beside the community on 1024×768 at 150 % */
"""
