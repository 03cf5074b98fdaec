"""Layering rules that keep the code base healthy."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import frontdesk
from frontdesk.core.db.database import SQLITE_PRAGMAS

NON_QT_PACKAGES = ["frontdesk.core", "frontdesk.printing", "frontdesk.cli", "frontdesk.migrations"]


def test_core_printing_and_cli_never_import_qt() -> None:
    """The domain must be usable (and testable) without a screen: importing all of it loads no PySide6 module."""
    script = f"""
import importlib, pkgutil, sys
for top in {NON_QT_PACKAGES!r}:
    package = importlib.import_module(top)
    for info in pkgutil.walk_packages(package.__path__, top + "."):
        if info.name.startswith("frontdesk.migrations.") :
            continue  # revision scripts run inside alembic only
        importlib.import_module(info.name)
import frontdesk.bootstrap, frontdesk.logsetup, frontdesk.paths
qt = sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6")))
print(qt)
assert not qt, qt
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_version_has_one_source() -> None:
    from importlib.metadata import version

    assert version("frontdesk") == frontdesk.__version__


def test_sqlite_settings_are_the_documented_ones() -> None:
    assert dict(SQLITE_PRAGMAS) == {
        "journal_mode": "WAL",
        "foreign_keys": "ON",
        "synchronous": "FULL",
        "busy_timeout": "10000",
    }


# -- the ui packages -------------------------------------------------------------------------------------------------
# ui/shell builds the desk; ui/pages/<page>/ one package per page; ui/access (sign-in, lock), ui/failures (problems,
# crashes, prompts), ui/printing (printers, the print queue, the preview) and ui/common (the worker, the change hub,
# widgets) serve them.
UI = Path(frontdesk.__file__).parent / "ui"
SERVING = ("common", "failures", "access", "printing", "health")  # health: dialogs both the 预约 and 居民 pages open


def _ui_imports() -> list[tuple[str, str, bool]]:
    """(importing module, imported module, only for type checking) for every import of a frontdesk.ui module."""
    found = []
    for path in sorted(UI.rglob("*.py")):
        module = ".".join(path.relative_to(UI.parent.parent).with_suffix("").parts).removesuffix(".__init__")
        tree = ast.parse(path.read_text(encoding="utf-8"))
        typing_only = {
            id(node)
            for block in ast.walk(tree)
            if isinstance(block, ast.If) and ast.unparse(block.test) in ("TYPE_CHECKING", "typing.TYPE_CHECKING")
            for node in ast.walk(block)
        }
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("frontdesk.ui"):
                names = [f"{node.module}.{alias.name}" for alias in node.names]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names if alias.name.startswith("frontdesk.ui")]
            found.extend((module, name, id(node) in typing_only) for name in names)
    return found


def _area(module: str) -> str:
    """shell, common, failures, access, pages.<page>, or pages (the specs and the placeholder every page shares)."""
    parts = module.split(".")[2:]
    if not parts:
        return "ui"
    if parts[0] == "pages" and len(parts) > 1 and (UI / "pages" / parts[1]).is_dir():
        return f"pages.{parts[1]}"
    return parts[0]


def test_ui_modules_live_in_their_packages() -> None:
    """No module loose in ui/: the folder list shows the architecture."""
    loose = sorted(p.name for p in UI.glob("*.py") if p.name != "__init__.py")
    assert loose == []
    assert {p.name for p in UI.iterdir() if p.is_dir() and p.name != "__pycache__"} == {
        "shell", "pages", "common", "failures", "access", "printing", "health",
    }  # fmt: skip
    pages = {p.name for p in (UI / "pages").iterdir() if p.is_dir() and p.name != "__pycache__"}
    assert pages == {"checkin", "residents", "appointments", "classes", "reports", "settings"}
    assert all((UI / "pages" / page / "page.py").exists() for page in pages)


def test_a_page_package_never_imports_another_page_package() -> None:
    wrong = [
        (module, name)
        for module, name, _typing in _ui_imports()
        if _area(module).startswith("pages.") and _area(name).startswith("pages.") and _area(module) != _area(name)
    ]
    assert wrong == []


def test_nothing_but_the_shell_imports_the_shell() -> None:
    wrong = [
        (m, n) for m, n, typing_only in _ui_imports() if _area(n) == "shell" and _area(m) != "shell" and not typing_only
    ]
    assert wrong == []


def test_the_serving_packages_import_no_page() -> None:
    """common, failures, access, printing and health are below the pages: they import none (not even for a type)."""
    wrong = [(m, n) for m, n, _t in _ui_imports() if _area(m) in SERVING and _area(n).startswith("pages.")]
    assert wrong == []


def test_the_rules_read_each_module_s_area() -> None:
    """The area of a module is read as the rules need it (a check that could not fail would prove nothing)."""
    assert _area("frontdesk.ui.pages.checkin.page") == "pages.checkin"
    assert _area("frontdesk.ui.pages.checkin.page") == "pages.checkin"
    assert _area("frontdesk.ui.pages.residents.form.ResidentForm") == "pages.residents"
    assert _area("frontdesk.ui.pages.specs.page_title") == "pages"
    assert _area("frontdesk.ui.common.worker.DatabaseWorker") == "common"
    assert any(_area(m) == "pages.settings" and _area(n) == "common" for m, n, _t in _ui_imports())  # imports are seen
