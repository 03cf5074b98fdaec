"""The project's own promises: CI runs the README's test command, every dependency is explained, the code is clean."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _readme_commands() -> list[str]:
    return re.findall(r"```sh\n(.+?)\n```", (ROOT / "README.md").read_text(encoding="utf-8"))


def test_ci_runs_exactly_the_readme_test_command() -> None:
    commands = _readme_commands()
    assert len(commands) >= 2
    install_and_open, run_tests = commands[0], commands[1]
    assert install_and_open.endswith("frontdesk --demo")
    ci_lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert run_tests in ci_lines
    assert "pytest" in run_tests


def test_ci_installs_the_system_libraries_the_readme_names() -> None:
    readme_packages = set(re.findall(r"\b(?:lib[\w.+-]+|python3-venv)\b", _readme_commands()[0]))
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert readme_packages
    assert {p for p in readme_packages if p not in ci} == set()


def test_every_runtime_dependency_is_explained_in_the_readme() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    readme = (ROOT / "README.md").read_text(encoding="utf-8").lower()
    names = {re.split(r"[<>=!;\[ ]", dep, maxsplit=1)[0].lower() for dep in project["dependencies"]}
    table = readme.split("## runtime dependencies", 1)[1].split("\n## ", 1)[0]
    assert {n for n in names if f"| {n}" not in table} == set()


@pytest.mark.parametrize("args", [["check", "."], ["format", "--check", "."]], ids=["lint", "format"])
def test_ruff_is_clean(args: list[str]) -> None:
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    assert ruff, "ruff is part of the test extras"
    result = subprocess.run([ruff, *args], cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
