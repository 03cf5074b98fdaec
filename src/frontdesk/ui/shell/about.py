"""The About box: version, licences of frontdesk and what it is built on, and where this desk keeps its files."""

from __future__ import annotations

from html import escape
from importlib import metadata

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent, QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from frontdesk.ui.common import icons
from frontdesk.ui.common.info import DeskInfo
from frontdesk.ui.common.widgets import FRAME_ROOM, resize_within_screen

# What ships inside the program, and under which licence (names are not translated).
THIRD_PARTY = (
    ("Qt 6 / PySide6", "LGPLv3"),
    ("SQLAlchemy", "MIT"),
    ("Alembic", "MIT"),
    ("ReportLab", "BSD"),
    ("pypinyin", "MIT"),
    ("platformdirs", "MIT"),
    ("Noto Sans SC", "SIL Open Font License 1.1"),
)


def own_licence() -> str:
    """frontdesk's licence, from the installed package's metadata (one source: pyproject.toml)."""
    try:
        meta = metadata.metadata("frontdesk")
    except metadata.PackageNotFoundError:
        return "?"
    return meta.get("License-Expression") or meta.get("License") or "?"


def licence_rows() -> list[tuple[str, str]]:
    return [("frontdesk", own_licence()), *THIRD_PARTY]


class AboutDialog(QDialog):
    def __init__(self, desk: DeskInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About frontdesk"))

        logo = QLabel()
        logo.setPixmap(icons.pixmap("frontdesk", 64, icons.ACCENT))
        name = QLabel(self.tr("Community Service Center Front Desk"))
        name.setObjectName("pageTitle")
        version = QLabel(self.tr("Version {version}").format(version=desk.version))
        version.setObjectName("aboutVersion")
        blurb = QLabel(
            self.tr(
                "Check-in, residents, appointments, classes and reports for the front desk of a community "
                "service center."
            )
        )
        blurb.setWordWrap(True)

        rows = "".join(
            f"<tr><td style='padding-right:24px'>{escape(part)}</td><td>{escape(licence)}</td></tr>"
            for part, licence in licence_rows()
        )
        heading = escape(self.tr("Licences"))
        licences = QLabel(f"<b>{heading}</b><table style='margin-top:6px'>{rows}</table>")
        licences.setObjectName("aboutLicences")
        licences.setTextFormat(Qt.TextFormat.RichText)

        log_text = str(desk.log_file) if desk.log_file else self.tr("(no log file)")
        folders = QLabel(
            self.tr("Data folder: {folder}").format(folder=desk.data_folder)
            + "\n"
            + self.tr("Log file: {path}").format(path=log_text)
        )
        folders.setObjectName("aboutFolders")
        folders.setWordWrap(True)
        folders.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        header = QHBoxLayout()
        header.setSpacing(16)
        header.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        titles.addWidget(name)
        titles.addWidget(version)
        header.addLayout(titles, 1)

        body = QWidget()
        body.setObjectName("aboutBody")
        body_column = QVBoxLayout(body)
        body_column.setContentsMargins(0, 0, 0, 0)
        body_column.setSpacing(14)
        for widget in (blurb, licences, folders):
            body_column.addWidget(widget)
        body_column.addStretch(1)
        scroll = QScrollArea()  # with large text on a short screen the licences scroll; the box stays on screen
        scroll.setObjectName("aboutScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 16)
        layout.setSpacing(14)
        layout.addLayout(header)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.setMinimumWidth(min(520, self.screen().availableGeometry().width() - FRAME_ROOM[0]))

    def showEvent(self, event: QShowEvent) -> None:
        # All of it without scrolling where the screen has room; the large-text option may have changed since.
        resize_within_screen(self, max(self.width(), self.sizeHint().width()), self.sizeHint().height())
        super().showEvent(event)

    def text(self) -> str:
        """Everything the box says, as plain text (tests, and staff reading it to support on the phone)."""
        lines = []
        for label in self.findChildren(QLabel):
            if label.textFormat() == Qt.TextFormat.RichText:
                document = QTextDocument()
                document.setHtml(label.text())
                lines.append(document.toPlainText())
            else:
                lines.append(label.text())
        return "\n".join(lines)
