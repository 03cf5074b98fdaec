"""Per-desk preferences of the screen (language, large text, window geometry, lock time), kept in ``desk.ini``
in the data folder.

Center-wide settings live in the database (:mod:`frontdesk.core.models.setting`); what belongs to one desk PC and
its screen lives here, in an INI file beside the database so tests (``FRONTDESK_HOME``) stay isolated.
"""

from __future__ import annotations

import math
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

LANGUAGES = ("zh_CN", "en")
DEFAULT_LANGUAGE = "zh_CN"
INI_NAME = "desk.ini"
DEFAULT_LOCK_MINUTES = 5
MAX_COPIES = 9
MAX_OFFSET_MM = 10.0  # a printer further off than 1 cm needs its driver set up, not an offset


@dataclass(frozen=True)
class PrintSetup:
    """How this desk prints one kind of document: the printer (``""``: the system's default), the paper (one of
    the kind's sizes; ``""``: its first), copies, and an offset in mm for a printer that prints off-centre
    (right and down are positive)."""

    printer: str = ""
    size: str = ""
    copies: int = 1
    right_mm: float = 0.0
    down_mm: float = 0.0


class DeskPrefs:
    """Typed access to the desk's QSettings; every key is declared here and nowhere else."""

    def __init__(self, folder: Path) -> None:
        self._settings = QSettings(str(folder / INI_NAME), QSettings.Format.IniFormat)

    @property
    def file_name(self) -> str:
        return self._settings.fileName()

    @property
    def language(self) -> str:
        value = str(self._settings.value("ui/language", DEFAULT_LANGUAGE))
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGES:
            raise ValueError(f"unknown language {value!r}")
        self._settings.setValue("ui/language", value)

    @property
    def large_text(self) -> bool:
        return str(self._settings.value("ui/large_text", "false")).lower() == "true"

    @large_text.setter
    def large_text(self, value: bool) -> None:
        self._settings.setValue("ui/large_text", "true" if value else "false")

    @property
    def lock_minutes(self) -> int:
        """Idle minutes before the screen locks (1–120; 5 unless changed on the Settings page)."""
        try:
            value = int(str(self._settings.value("ui/lock_minutes", DEFAULT_LOCK_MINUTES)))
        except ValueError:
            return DEFAULT_LOCK_MINUTES
        return value if 1 <= value <= 120 else DEFAULT_LOCK_MINUTES

    @lock_minutes.setter
    def lock_minutes(self, value: int) -> None:
        self._settings.setValue("ui/lock_minutes", int(value))

    @property
    def server_url(self) -> str | None:
        """The PostgreSQL server this desk opens at start (password included), or ``None``: the local file."""
        value = self._settings.value("database/server_url", "")
        return str(value) if value else None

    def set_server_url(self, url: str | None) -> None:
        """Use ``url`` from the next start on (``None``: back to the local file). The file holding the password is
        made readable by this user only before the password is written into it (QSettings keeps the permissions
        when it rewrites the file)."""
        if url is None:
            self._settings.remove("database/server_url")
            self._settings.sync()
            return
        path = Path(self._settings.fileName())
        private = stat.S_IRUSR | stat.S_IWUSR
        if not path.exists():
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY, private))
        os.chmod(path, private)  # private before the password goes in
        self._settings.setValue("database/server_url", url)
        self._settings.sync()
        os.chmod(path, private)  # in case the file was replaced rather than rewritten

    @property
    def old_second_backup_folder(self) -> str:
        """The second backup folder an earlier version kept here (``""`` for none). The core keeps it now, in the
        desk's settings file (:mod:`frontdesk.core.desk_settings`); the desk carries it over once, then forgets it."""
        return str(self._settings.value("backups/second_folder", "") or "")

    def forget_old_second_backup_folder(self) -> None:
        if self._settings.contains("backups/second_folder"):
            self._settings.remove("backups/second_folder")
            self._settings.sync()

    def print_setup(self, kind: str) -> PrintSetup:
        """The printer, paper and copies this desk uses for document ``kind`` (``visit-slip``, ``cards``…)."""
        group = f"printing/{kind}"
        try:
            copies = int(str(self._settings.value(f"{group}/copies", 1)))
        except ValueError:
            copies = 1
        return PrintSetup(
            printer=str(self._settings.value(f"{group}/printer", "") or ""),
            size=str(self._settings.value(f"{group}/size", "") or ""),
            copies=min(max(copies, 1), MAX_COPIES),
            right_mm=self._offset(f"{group}/right_mm"),
            down_mm=self._offset(f"{group}/down_mm"),
        )

    def has_print_setup(self, kind: str) -> bool:
        """Whether this desk chose a printer or paper for ``kind`` (else a kind may follow another's)."""
        return any(self._settings.contains(f"printing/{kind}/{key}") for key in ("printer", "size"))

    def _offset(self, key: str) -> float:
        try:
            value = float(str(self._settings.value(key, 0)))
        except ValueError:
            return 0.0
        return min(max(value, -MAX_OFFSET_MM), MAX_OFFSET_MM) if math.isfinite(value) else 0.0

    def set_print_setup(self, kind: str, setup: PrintSetup) -> None:
        group = f"printing/{kind}"
        self._settings.setValue(f"{group}/printer", setup.printer)
        self._settings.setValue(f"{group}/size", setup.size)
        self._settings.setValue(f"{group}/copies", min(max(int(setup.copies), 1), MAX_COPIES))
        for key, value in (("right_mm", setup.right_mm), ("down_mm", setup.down_mm)):
            self._settings.setValue(f"{group}/{key}", round(min(max(value, -MAX_OFFSET_MM), MAX_OFFSET_MM), 1))
        self._settings.sync()

    @property
    def slip_on_check_in(self) -> bool:
        """Print a visit slip at every check-in (off unless chosen in 设置 → 打印)."""
        return str(self._settings.value("printing/slip_on_check_in", "false")).lower() == "true"

    @slip_on_check_in.setter
    def slip_on_check_in(self, value: bool) -> None:
        self._settings.setValue("printing/slip_on_check_in", "true" if value else "false")
        self._settings.sync()

    @property
    def export_folder(self) -> str:
        """The folder this desk last exported a table to (``""``: none yet; the Documents folder is offered)."""
        return str(self._settings.value("export/folder", "") or "")

    @export_folder.setter
    def export_folder(self, value: str) -> None:
        self._settings.setValue("export/folder", value)
        self._settings.sync()

    def geometry(self, name: str) -> QByteArray | None:
        value = self._settings.value(f"geometry/{name}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_geometry(self, name: str, value: QByteArray) -> None:
        self._settings.setValue(f"geometry/{name}", value)

    def sync(self) -> None:
        self._settings.sync()
