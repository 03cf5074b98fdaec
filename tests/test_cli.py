"""frontdesk-admin: each command on a real database, and problems reported as messages, not tracebacks."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from frontdesk.cli.admin import main
from frontdesk.core.db.migrate import HEAD_REVISION

FIXTURES = Path(__file__).parent / "fixtures" / "databases"


def test_init_creates_then_reports_current(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db_path), "init"]) == 0
    assert "created (schema" in capsys.readouterr().out
    assert main(["--db", str(db_path), "init"]) == 0
    assert "already current" in capsys.readouterr().out


def test_info_counts_rows(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "saved.sqlite3"
    shutil.copy(FIXTURES / "rev_0001.sqlite3", path)
    assert main(["--db", str(path), "info"]) == 0
    out = capsys.readouterr().out
    assert "residents: 3" in out
    assert "visits: 3" in out
    assert str(path) in out


def test_backup_writes_a_checked_copy(db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["--db", str(db_path), "init"])
    target = tmp_path / "usb"
    assert main(["--db", str(db_path), "backup", "--to", str(target)]) == 0
    assert "integrity ok" in capsys.readouterr().out
    (copy,) = target.glob("*.sqlite3")
    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() is not None


def test_backup_goes_to_the_data_folder_by_default(db_path: Path, frontdesk_home: Path) -> None:
    main(["--db", str(db_path), "init"])
    assert main(["--db", str(db_path), "backup"]) == 0
    assert len(list((frontdesk_home / "backups").glob("*-manual.sqlite3"))) == 1


def test_migrate_is_idempotent(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db_path), "migrate"]) == 0
    assert main(["--db", str(db_path), "migrate"]) == 0
    assert f"-> {HEAD_REVISION}" in capsys.readouterr().out


def test_problems_are_messages_with_exit_code_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(tmp_path / "missing" / "x.sqlite3"), "info"]) == 1
    err = capsys.readouterr().err
    assert "cannot be opened" in err
    assert "Traceback" not in err


def test_default_database_lives_in_the_data_folder(frontdesk_home: Path) -> None:
    assert main(["init"]) == 0
    assert (frontdesk_home / "frontdesk.sqlite3").is_file()


def test_seed_fills_an_empty_database_and_refuses_a_second_time(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["--db", str(db_path), "seed", "--residents", "150", "--days", "3", "--today", "2026-11-28", "-q"]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "150 residents" in out
    assert "class sessions" in out
    assert main(args) == 1
    assert "refused" in capsys.readouterr().err


def test_backups_listed_and_restored(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["--db", str(db_path)]
    main([*args, "seed", "--residents", "50", "--days", "2", "--today", "2026-11-28", "-q"])
    assert main([*args, "backup"]) == 0
    backup_path = Path(capsys.readouterr().out.strip().splitlines()[-1].split(" (")[0])
    with sqlite3.connect(db_path) as conn:
        conn.execute("DELETE FROM resident_search_key")
        conn.execute("UPDATE resident SET name = '改错了'")
    assert main([*args, "backups"]) == 0
    assert "manual" in capsys.readouterr().out
    assert main([*args, "restore", str(backup_path)]) == 1  # asks for --yes first
    assert main([*args, "restore", str(backup_path), "--yes"]) == 0
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT count(*) FROM resident WHERE name = '改错了'").fetchone()[0] == 0
    assert "before-restore" in " ".join(p.name for p in backup_path.parent.iterdir())


def test_a_restore_is_audited_as_the_admin_tool_and_a_refusal_changes_nothing(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["--db", str(db_path)]
    main([*args, "seed", "--residents", "20", "--days", "1", "--today", "2026-11-28", "-q"])
    assert main([*args, "backup"]) == 0
    backup_path = Path(capsys.readouterr().out.strip().splitlines()[-1].split(" (")[0])
    newer = tmp_path / "newer.sqlite3"
    shutil.copyfile(backup_path, newer)
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0999'")
    assert main([*args, "restore", str(newer), "--yes"]) == 1
    assert "newer frontdesk" in capsys.readouterr().err
    assert "before-restore" not in " ".join(p.name for p in backup_path.parent.iterdir())

    assert main([*args, "restore", str(backup_path), "--yes"]) == 0
    assert "before-restore" in capsys.readouterr().out
    with sqlite3.connect(db_path) as conn:
        action, staff_id, details = conn.execute(
            "SELECT action, staff_id, details FROM audit_entry ORDER BY id DESC LIMIT 1"
        ).fetchone()
    assert (action, staff_id, json.loads(details)["by"]) == ("backup.restore", None, "admin-cli")
    assert main([*args, "backups"]) == 0
    assert "safety: kept until" in capsys.readouterr().out
