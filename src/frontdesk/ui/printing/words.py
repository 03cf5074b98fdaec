"""What the desk says about printing, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from frontdesk.ui.printing.send import FailureKind, PrintFailure, Sent


def printer_name(name: str) -> str:
    return name or QCoreApplication.translate("Printing", "the default printer")


def sent_text(document: str, sent: Sent) -> str:
    """``document`` ("张喆的来访凭条") went to the printer: where, for the status line."""
    text = QCoreApplication.translate("Printing", "{document} sent to {printer}")
    return text.format(document=document, printer=printer_name(sent.printer))


def failure_text(failure: PrintFailure) -> str:
    kind = failure.kind
    if kind is FailureKind.NO_PRINTER:
        text = QCoreApplication.translate(
            "Printing",
            "No printer is chosen and this computer has no default printer: choose one in Settings → Printing.",
        )
    elif kind is FailureKind.MISSING:
        text = QCoreApplication.translate(
            "Printing",
            "The printer {printer} is not on this computer (any more): choose another in Settings → Printing.",
        )
    elif kind is FailureKind.STOPPED:
        text = QCoreApplication.translate(
            "Printing", "The printer {printer} is stopped or has a fault (paper, cover, cable?)."
        )
    elif kind is FailureKind.STUCK:
        text = QCoreApplication.translate(
            "Printing", "The print system did not answer in time; the document may still come out of {printer}."
        )
    else:
        text = QCoreApplication.translate("Printing", "The printer {printer} did not take the document.")
    return text.format(printer=printer_name(failure.printer))
