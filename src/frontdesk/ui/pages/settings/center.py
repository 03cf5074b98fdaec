"""本中心 on the Settings page (managers only): what the printed documents say of the center.

The name heads every slip and card (and the lock screen); the address and phone are on the consent form and the
resident's own data (PIPL: a notice names who handles the data and how to reach them), the phone on the cards too
(for whoever finds one); the footer closes every visit slip (opening hours…); the logo is printed above the name.
They are the center's, kept in the database, so every desk prints the same.

The picture file is read and made printable (grey on white, small: :mod:`frontdesk.core.center_logo`) on the
desk's database worker, like the reading and saving: a file on a network share may be slow to answer.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from frontdesk.core.center_info import ADDRESS_MAX, NAME_MAX, PHONE_MAX, SLIP_FOOTER_MAX, CenterInfo
from frontdesk.ui.common.fields import show_error
from frontdesk.ui.common.flow_layout import FlowLayout
from frontdesk.ui.pages.settings.manager_section import ManagerSection

if TYPE_CHECKING:
    from frontdesk.core.services.center_settings import CenterSettings
    from frontdesk.ui.common.worker import DatabaseWorker

READ = "center.read"
LOGO_PREVIEW_PX = 48


class CenterSection(ManagerSection):
    """The 本中心 box: hidden unless the signed-in actor may change settings."""

    saved = Signal(object)  # CenterInfo, as saved: the lock screen and the test page take the name

    def __init__(self, worker: DatabaseWorker, choose_picture, parent: QWidget | None = None) -> None:
        """``choose_picture(title)``: asks for a picture file, a path or ``None`` (tests answer it)."""
        from frontdesk.core.access import Permission

        super().__init__(self.tr("This center (on printed documents)"), "center", worker, Permission.SETTINGS, parent)
        self._choose_picture = choose_picture
        self._stored = CenterInfo()
        self._logo: bytes | None = None  # as it will be saved

        self.name = self._line("centerName", NAME_MAX, self.tr("e.g. 局前街社区党群服务中心"))
        self.address = self._line("centerAddress", ADDRESS_MAX, "")
        self.phone = self._line("centerPhone", PHONE_MAX, "")
        self.footer = self._line("centerFooter", SLIP_FOOTER_MAX, self.tr("e.g. 开放时间 8:00–17:30"))
        self.footer.setToolTip(self.tr("A short line at the foot of every visit slip: opening hours, a phone"))
        self.logo = QLabel()
        self.logo.setObjectName("centerLogo")
        self.logo.setMinimumHeight(LOGO_PREVIEW_PX)
        self.choose_button = QPushButton(self.tr("Choose picture…"))
        self.choose_button.setObjectName("centerChooseLogo")
        self.clear_button = QPushButton(self.tr("Remove"))
        self.clear_button.setObjectName("centerClearLogo")
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("centerSave")

        logo_row = FlowLayout(spacing=10)
        for widget in (self.logo, self.choose_button, self.clear_button):
            logo_row.addWidget(widget)
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # labels above the fields on a narrow screen
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for text, field in (
            (self.tr("Name"), self.name),
            (self.tr("Address"), self.address),
            (self.tr("Phone"), self.phone),
            (self.tr("Slip footer"), self.footer),
        ):
            form.addRow(text, field)
        form.addRow(self.tr("Logo"), logo_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.status, 1)
        form.addRow(buttons)
        form.addRow(self.error)

        for field in (self.name, self.address, self.phone, self.footer):
            field.textEdited.connect(self._edited)
            field.returnPressed.connect(self.save)
        self.choose_button.clicked.connect(self.choose_logo)
        self.clear_button.clicked.connect(self.clear_logo)
        self.save_button.clicked.connect(self.save)
        self._show_logo()
        self._show_busy(False)
        self.setVisible(False)

    @staticmethod
    def _line(name: str, most: int, placeholder: str) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(name)
        field.setMaxLength(most)
        field.setPlaceholderText(placeholder)
        field.setMinimumWidth(0)
        return field

    # -- following the desk --------------------------------------------------------------------------------------
    def attach(self, service: CenterSettings) -> None:
        self._service = service
        self.refresh()

    def refresh(self) -> None:
        """Read what is saved (on the worker) into the fields."""
        if self._allowed():
            self._run(self._service.center_info, self._read, key=READ)

    def _read(self, info: CenterInfo) -> None:
        self._stored = info
        self._fill(info)

    def _fill(self, info: CenterInfo) -> None:
        for field, text in ((self.name, info.name), (self.address, info.address), (self.phone, info.phone),
                            (self.footer, info.footer)):  # fmt: skip
            field.setText(text)
            field.setCursorPosition(0)
        self._logo = info.logo
        self._show_logo()
        self._edited()

    # -- editing --------------------------------------------------------------------------------------------------
    def edited(self) -> CenterInfo:
        return CenterInfo(
            name=self.name.text(), address=self.address.text(), phone=self.phone.text(), footer=self.footer.text(),
            logo=self._logo,
        )  # fmt: skip

    def _edited(self) -> None:
        self.save_button.setEnabled(not self._jobs.busy and self.edited() != self._stored)

    def _show_logo(self) -> None:
        picture = QPixmap()
        if self._logo is not None and picture.loadFromData(self._logo):
            self.logo.setPixmap(picture.scaledToHeight(LOGO_PREVIEW_PX, Qt.TransformationMode.SmoothTransformation))
        else:
            self.logo.clear()
            self.logo.setText(self.tr("No logo"))
        self.clear_button.setEnabled(self._logo is not None and not self._jobs.busy)

    def choose_logo(self) -> None:
        """Ask for a picture; it is read and made printable on the worker, then shown here until saved."""
        chosen = self._choose_picture(self.tr("Choose the center's logo"))
        if not chosen or not self._allowed():
            return
        path = Path(chosen)

        def made() -> bytes:
            from frontdesk.core.center_logo import normalise_logo
            from frontdesk.core.errors import RuleViolation

            try:
                data = path.read_bytes()
            except OSError as exc:
                raise RuleViolation("logo_not_read", {"reason": exc.strerror or str(exc)}) from exc
            return normalise_logo(data)

        def ready(logo: bytes) -> None:
            self._logo = logo
            self._show_logo()
            self._edited()
            self.status.setText(self.tr("The new logo is printed once it is saved."))

        show_error(self.error, "")
        self._run(made, ready, asks_database=False)  # a picture file

    def clear_logo(self) -> None:
        self._logo = None
        self._show_logo()
        self._edited()

    def save(self) -> None:
        if not self._allowed() or self._jobs.busy or self.edited() == self._stored:
            return
        service, actor, info = self._service, self._actor, self.edited()
        assert service is not None
        show_error(self.error, "")
        self.status.setText(self.tr("Saving…"))

        def done(saved: CenterInfo) -> None:
            self._stored = saved
            self._fill(saved)  # as tidied: one line each
            self.status.setText(self.tr("Saved: the next documents printed show it."))
            self.saved.emit(saved)

        self._run(lambda: service.set_center_info(info, actor=actor), done)

    def _show_busy(self, busy: bool) -> None:
        for widget in (self.name, self.address, self.phone, self.footer, self.choose_button):
            widget.setEnabled(not busy)
        self.save_button.setEnabled(not busy and self.edited() != self._stored)
        self.clear_button.setEnabled(not busy and self._logo is not None)
