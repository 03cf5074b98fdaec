"""The crash dialog: a calm apology, what to do next, where the log is, and details staff can copy for support."""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from frontdesk.ui.failures.crash import CrashReport


class CrashDialog(QDialog):
    """Non-modal; further errors while it is open are appended to its details instead of opening more dialogs."""

    def __init__(self, report: CrashReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("Something went wrong"))
        self.setMinimumWidth(560)

        headline = QLabel(self.tr("Sorry, frontdesk ran into an unexpected error."))
        headline.setObjectName("dialogHeadline")
        headline.setWordWrap(True)
        advice = QLabel(
            self.tr(
                "What you were doing may not have been finished: please check the result before going on. "
                "If this happens again, click “Copy details” and send them to your administrator."
            )
        )
        advice.setWordWrap(True)
        log_text = str(report.log_path) if report.log_path else self.tr("(no log file)")
        log_label = QLabel(self.tr("Log file: {path}").format(path=log_text))
        log_label.setObjectName("crashLogPath")
        log_label.setWordWrap(True)
        log_label.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)

        self.details = QPlainTextEdit(report.details)
        self.details.setObjectName("crashDetails")
        self.details.setReadOnly(True)
        self.details.setMinimumHeight(180)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(self.tr("Copy details"))
        copy.setObjectName("crashCopy")
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        for widget in (headline, advice, log_label, self.details, buttons):
            layout.addWidget(widget)

    def add_report(self, report: CrashReport) -> None:
        self.details.appendPlainText("\n" + "-" * 40 + "\n" + report.details)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())
