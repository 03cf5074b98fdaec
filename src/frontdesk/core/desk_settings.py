"""Settings that belong to one desk PC rather than to the center: today, the second backup folder (its drives are
its own). Kept in a small JSON file in the data folder, written atomically (a temporary file, flushed, renamed over
the old one), so a power cut leaves the old settings or the new ones, never half a file.

This is storage only: changes go through a service that checks the actor and audits them
(:meth:`frontdesk.core.services.backups.BackupService.set_second_folder`).
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

FILE_NAME = "desk-settings.json"
SECOND_BACKUP_FOLDER = "backups.second_folder"


class DeskSettings:
    def __init__(self, path: Path) -> None:
        self.path = path

    def _read(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError):
            log.warning("unreadable desk settings %s; using defaults", self.path, exc_info=True)
            return {}
        return data if isinstance(data, dict) else {}

    def _write(self, key: str, value: object) -> None:
        data = {**self._read(), key: value}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        partial = self.path.with_name(self.path.name + ".partial")
        with partial.open("w", encoding="utf-8") as handle:
            json.dump(data, handle, ensure_ascii=False, indent=1)
            handle.flush()
            os.fsync(handle.fileno())
        partial.replace(self.path)

    def has(self, key: str) -> bool:
        return key in self._read()

    def second_backup_folder(self) -> Path | None:
        value = self._read().get(SECOND_BACKUP_FOLDER)
        return Path(value) if isinstance(value, str) and value else None

    def set_second_backup_folder(self, folder: Path | None) -> None:
        self._write(SECOND_BACKUP_FOLDER, str(folder) if folder is not None else "")  # "": none, chosen

    def adopt_second_backup_folder(self, legacy: str) -> bool:
        """Carry over a folder chosen before these settings existed (in the desk's ``desk.ini``), once: only when
        no choice is recorded here yet — clearing the folder is a choice too, recorded as an empty value."""
        if not legacy or self.has(SECOND_BACKUP_FOLDER):
            return False
        self._write(SECOND_BACKUP_FOLDER, legacy)
        log.info("second backup folder carried over from desk.ini: %s", legacy)
        return True
