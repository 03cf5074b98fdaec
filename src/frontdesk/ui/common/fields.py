"""Small field helpers of the desk's forms: a password box, and the line of words beside a field that says what is
wrong with it."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit


def password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


def error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setProperty("tone", "refusal")
    label.setWordWrap(True)
    label.hide()
    return label


def show_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))
