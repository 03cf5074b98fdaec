"""One rotating log file in the platform's log folder, and native crashes (faulthandler) in a file beside it.

The Qt layer routes Qt's own messages into the ``qt`` logger (see :mod:`frontdesk.ui.failures.crash`).
Nothing personal goes to the log: models' ``repr`` show ids only, and :class:`RedactingFilter` masks anything that
looks like a full ID number or mobile phone number before it is written.
"""

from __future__ import annotations

import faulthandler
import logging
import re
from pathlib import Path
from typing import TextIO

from frontdesk import paths

LOG_NAME = "frontdesk.log"
CRASH_NAME = "native-crash.log"
_MAX_BYTES = 2_000_000
_BACKUPS = 5

# 18-digit ID numbers (last may be X), 15-digit legacy ones, mainland mobiles 1[3-9]xxxxxxxxx. Masked like on
# screen: the first and last four of an ID number, the first three and last four of a mobile.
_ID18_RE = re.compile(r"(?<![\dA-Za-z])(\d{4})(\d{10})(\d{3}[\dXx])(?![\dA-Za-z])")
_ID15_RE = re.compile(r"(?<![\dA-Za-z])(\d{4})(\d{7})(\d{4})(?![\dA-Za-z])")
_MOBILE_RE = re.compile(r"(?<!\d)(1[3-9]\d)(\d{4})(\d{4})(?!\d)")

_crash_file: TextIO | None = None


def redact(text: str) -> str:
    """Mask ID numbers and mobile numbers inside free text (log lines, crash reports)."""
    from frontdesk.core.idnumber import mask, mask_phone  # on the first record, not while the window starts

    for pattern in (_ID18_RE, _ID15_RE):
        text = pattern.sub(lambda m: mask(m.group(0)), text)
    return _MOBILE_RE.sub(lambda m: mask_phone(m.group(0)), text)


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = redact(message)
        if redacted != message:
            record.msg, record.args = redacted, None
        return True


class _RedactingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:  # tracebacks may quote values too
        return redact(super().format(record))


def log_file_path(log_folder: Path | None = None) -> Path:
    """Where :func:`configure_logging` writes (the desk names it in crash reports before logging is set up)."""
    return (log_folder or paths.log_dir()) / LOG_NAME


def configure_logging(log_folder: Path | None = None, *, level: int = logging.INFO, console: bool = False) -> Path:
    """Send the ``frontdesk`` and ``qt`` loggers (and warnings) to a rotating file; return the file's path."""
    import logging.handlers  # socket, pickle, queue…: ~15 ms the window's first frame does without

    log_path = log_file_path(log_folder)
    folder = log_path.parent
    catch_native_crashes(folder)
    handler = logging.handlers.RotatingFileHandler(
        log_path, maxBytes=_MAX_BYTES, backupCount=_BACKUPS, encoding="utf-8"
    )
    handler.setFormatter(_RedactingFormatter("%(asctime)s %(levelname)-7s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_frontdesk", False)]:
        root.removeHandler(old)
        old.close()
    handler._frontdesk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    if console:
        stream = logging.StreamHandler()
        stream.setFormatter(handler.formatter)
        stream.addFilter(RedactingFilter())
        stream._frontdesk = True  # type: ignore[attr-defined]
        root.addHandler(stream)
    root.setLevel(level)
    logging.captureWarnings(True)
    return log_path


def catch_native_crashes(log_folder: Path | None = None) -> None:
    """Native crashes (Qt, a driver) to a file in the log folder, unless something (pytest, ``python -X
    faulthandler``) already reports them. Cheap: the desk calls it first thing, before its window exists."""
    global _crash_file  # noqa: PLW0603 - one crash file for the process's life, by design
    folder = log_folder or paths.log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    if _crash_file is None and not faulthandler.is_enabled():
        _crash_file = (folder / CRASH_NAME).open("a", encoding="utf-8")
        faulthandler.enable(_crash_file)
