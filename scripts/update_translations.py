"""Update the translation catalogs from the sources, then compile them.

    python scripts/update_translations.py          # lupdate + lrelease
    python scripts/update_translations.py --check  # exit 1 if a catalog is out of date or unfinished

Runs ``pyside6-lupdate`` over ``src/frontdesk/ui`` into ``resources/translations/frontdesk_{zh_CN,en}.ts`` (new
strings arrive "unfinished"; strings gone from the code are dropped), fills the English catalog from the source
text (the sources are English), and compiles every catalog with ``pyside6-lrelease`` into the ``.qm`` files the
program loads. Translate new Chinese strings with Qt Linguist (``pyside6-linguist``) or any editor, then run this
again.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "src" / "frontdesk" / "ui"
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN", "en")
SOURCE_LANGUAGE = "en"


def tool(name: str) -> str:
    """``pyside6-<name>`` next to this Python (a venv), else on PATH."""
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    for candidate in (beside, beside.with_suffix(".exe")):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if not found:
        sys.exit(f"pyside6-{name} not found: install PySide6-Essentials")
    return found


def catalog(language: str) -> Path:
    return FOLDER / f"frontdesk_{language}.ts"


def lupdate(ts_file: Path, *, sources: Path = SOURCES) -> None:
    subprocess.run(
        [
            tool("lupdate"),
            "-silent",
            "-extensions",
            "py",
            "-locations",
            "none",
            "-no-obsolete",
            "-source-language",
            SOURCE_LANGUAGE,
            "-target-language",
            ts_file.stem.removeprefix("frontdesk_"),
            str(sources),
            "-ts",
            str(ts_file),
        ],
        check=True,
    )


def fill_from_source(ts_file: Path) -> int:
    """In the source-language catalog every translation is the source text itself."""
    tree = ET.parse(ts_file)
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None:
            continue
        if translation.get("type") == "unfinished" or not (translation.text or "").strip():
            translation.attrib.pop("type", None)
            translation.text = message.findtext("source")
            filled += 1
    if filled:
        ET.indent(tree, space="    ")
        with ts_file.open("wb") as out:
            out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
            tree.write(out, encoding="utf-8", xml_declaration=False)
            out.write(b"\n")
    return filled


def lrelease(ts_file: Path, qm_file: Path | None = None) -> Path:
    qm_file = qm_file or ts_file.with_suffix(".qm")
    subprocess.run([tool("lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)], check=True)
    return qm_file


def unfinished(ts_file: Path) -> list[str]:
    root = ET.parse(ts_file).getroot()
    return [
        f"{context.findtext('name')}: {message.findtext('source')}"
        for context in root.iter("context")
        for message in context.iter("message")
        if (tr := message.find("translation")) is not None
        and (tr.get("type") == "unfinished" or not (tr.text or "").strip())
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; fail if anything is out of date")
    args = parser.parse_args(argv)
    if args.check:
        before = {lang: catalog(lang).read_bytes() for lang in LANGUAGES}
    for language in LANGUAGES:
        ts_file = catalog(language)
        lupdate(ts_file)
        if language == SOURCE_LANGUAGE and fill_from_source(ts_file):
            lupdate(ts_file)  # back to lupdate's own layout, so the next run changes nothing
    problems = 0
    for language in LANGUAGES:
        missing = unfinished(catalog(language))
        for line in missing:
            print(f"{language}: untranslated: {line}")
        problems += len(missing)
        if not args.check:
            lrelease(catalog(language))
    if args.check:
        for language, content in before.items():
            if catalog(language).read_bytes() != content:
                print(f"{catalog(language).name} was out of date with the sources")
                catalog(language).write_bytes(content)
                problems += 1
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
