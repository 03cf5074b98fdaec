"""居民 Residents: the register of residents. Filled by a later issue."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from frontdesk.ui.pages.placeholder import ComingLater, placeholder_layout


class ResidentsPage(QWidget):
    page_id = "residents"
    icon_name = "residents"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_residents")
        features = [
            self.tr(
                "Find, register and edit residents: contact details, address, emergency contact, living situation "
                "(lives alone, empty-nest, disabled, low-income, aged 80+), chronic conditions and allergies."
            ),
            self.tr(
                "ID and phone numbers are masked by default; every view and change of personal data is written "
                "to the audit log."
            ),
            self.tr(
                "Issue member cards and record consent; residents who move away or pass away are archived, "
                "never deleted."
            ),
        ]
        summary = self.tr("The register of the residents the center serves.")
        placeholder_layout(self, ComingLater(self.icon_name, self.title(), summary, features))

    def title(self) -> str:
        return self.tr("Residents")
