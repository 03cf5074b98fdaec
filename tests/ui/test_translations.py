"""The catalogs: every message translated in both languages, placeholders intact, nothing in the code missing, and
the compiled .qm files up to date with their .ts sources."""

from __future__ import annotations

import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN", "en")
PLACEHOLDER = re.compile(r"%n|%L?\d+|\{[A-Za-z_][A-Za-z0-9_]*\}")


def _script():
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "scripts" / "update_translations.py")
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    sys.modules.setdefault("update_translations", module)
    spec.loader.exec_module(module)
    return module


def messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def translation_texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_finished(language: str) -> None:
    found = messages(FOLDER / f"frontdesk_{language}.ts")
    assert found
    bad = [
        f"{context}: {source}"
        for context, source, message in found
        if message.find("translation").get("type") in ("unfinished", "vanished", "obsolete")  # type: ignore[union-attr]
        or not all(text.strip() for text in translation_texts(message))
    ]
    assert bad == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_match(language: str) -> None:
    bad = []
    for context, source, message in messages(FOLDER / f"frontdesk_{language}.ts"):
        expected = sorted(PLACEHOLDER.findall(source))
        for text in translation_texts(message):
            if sorted(PLACEHOLDER.findall(text)) != expected:
                bad.append(f"{context}: {source!r} -> {text!r}")
    assert bad == []


def test_accelerators_kept_in_menus() -> None:
    for _context, source, message in messages(FOLDER / "frontdesk_zh_CN.ts"):
        if re.search(r"&\w", source):
            assert all(re.search(r"&\w", text) for text in translation_texts(message)), source


def test_no_string_in_the_code_is_missing_from_the_catalogs(tmp_path: Path) -> None:
    script = _script()
    fresh = tmp_path / "frontdesk_zh_CN.ts"
    script.lupdate(fresh)
    in_code = {(context, source) for context, source, _ in messages(fresh)}
    assert len(in_code) > 50
    for language in LANGUAGES:
        catalog = {(context, source) for context, source, _ in messages(FOLDER / f"frontdesk_{language}.ts")}
        assert sorted(in_code - catalog) == [], f"run scripts/update_translations.py ({language})"
        assert sorted(catalog - in_code) == [], f"strings no longer in the code ({language})"


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_catalogs_are_up_to_date(tmp_path: Path, language: str) -> None:
    script = _script()
    built = script.lrelease(FOLDER / f"frontdesk_{language}.ts", tmp_path / f"frontdesk_{language}.qm")
    assert built.read_bytes() == (FOLDER / f"frontdesk_{language}.qm").read_bytes()


def test_catalog_loads_and_translates(qapp) -> None:
    from PySide6.QtCore import QCoreApplication

    from frontdesk.ui.shell.i18n import Translations

    translations = Translations(qapp, "zh_CN")
    try:
        assert QCoreApplication.translate("Pages", "Check-in") == "签到"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"  # Qt's own qtbase catalog
    finally:
        translations.remove()
    assert QCoreApplication.translate("Pages", "Check-in") == "Check-in"


def test_no_module_hides_its_strings_from_lupdate_behind_an_alias() -> None:
    """lupdate finds ``QCoreApplication.translate("Ctx", "…")`` and ``self.tr("…")`` only: a short name for
    translate (``tr = QCoreApplication.translate``) or a module's own ``tr("…")`` helper called with a literal keeps
    the string out of the catalogs, and the desk shows it in English (helpers fed QT_TRANSLATE_NOOP tables are fine)."""
    alias = re.compile(r"^\s*\w+\s*=\s*QCoreApplication\.translate\s*$", re.M)
    literal_call = re.compile(r"(?<![\w.])(?:words\.)?(?:_?tr|_?t|_)\(\s*\"")
    found = []
    for path in sorted((ROOT / "src" / "frontdesk").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        if alias.search(text) or literal_call.search(text):
            found.append(str(path.relative_to(ROOT)))
    assert found == []
