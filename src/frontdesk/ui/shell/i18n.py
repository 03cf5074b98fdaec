"""Loading the translation catalogs: frontdesk's own and Qt's ``qtbase`` (so standard buttons read 确定/取消).

Source strings are English; ``frontdesk_zh_CN.qm`` and ``frontdesk_en.qm`` sit in ``resources/translations`` and
are rebuilt by ``scripts/update_translations.py``.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from frontdesk import paths

log = logging.getLogger(__name__)

CATALOG_PREFIX = "frontdesk_"


class Translations:
    """The translators installed for one language; :meth:`remove` takes them out again (tests start several apps)."""

    def __init__(self, app: QCoreApplication, language: str) -> None:
        self.language = language
        self.locale = QLocale(language)
        self._app = app
        self._translators: list[QTranslator] = []
        QLocale.setDefault(self.locale)
        self._load(str(paths.resource("translations")), CATALOG_PREFIX + language)
        if language != "en":
            self._load(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), "qtbase_" + language)

    def _load(self, folder: str, name: str) -> None:
        translator = QTranslator(self._app)
        if translator.load(name, folder):
            self._app.installTranslator(translator)
            self._translators.append(translator)
        else:
            log.warning("translation catalog %s not found in %s", name, folder)

    def remove(self) -> None:
        for translator in self._translators:
            self._app.removeTranslator(translator)
        self._translators.clear()
