"""frontdesk-admin import-residents: the mapping, counts and reasons printed; the exit codes; the rejects file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

import rosters
from frontdesk.cli.admin import main
from frontdesk.core.spreadsheets.reading import read_sheet


@pytest.fixture
def database(db_path: Path) -> str:
    assert main(["--db", str(db_path), "init"]) == 0
    return str(db_path)


def _count(db_path: str, sql: str) -> int:
    with sqlite3.connect(db_path) as conn:
        return conn.execute(sql).fetchone()[0]


def test_an_import_prints_the_mapping_and_counts_and_writes_the_residents(
    database: str, tmp_path: Path, frontdesk_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = rosters.titled_roster(tmp_path)
    capsys.readouterr()

    assert main(["--db", database, "import-residents", str(path)]) == 0

    out = capsys.readouterr().out
    assert "header on line 3" in out
    assert "*姓名 -> 姓名 (name)" in out
    assert "序号 -> (not imported)" in out
    assert "new (新增) 5" in out
    assert "repeated in file (重复) 1" in out
    assert "not a resident (跳过) 4" in out
    assert "imported: 5 registered" in out
    assert _count(database, "SELECT count(*) FROM resident") == 5
    assert _count(database, "SELECT count(*) FROM audit_entry WHERE action = 'resident.import'") == 1
    assert _count(database, "SELECT count(*) FROM audit_entry WHERE actor = 'system:admin-cli'") == 1
    assert len(list((frontdesk_home / "backups").glob("*-before-import.sqlite3"))) == 1

    assert main(["--db", database, "import-residents", str(path)]) == 0  # twice: nothing changes
    assert "imported: 0 registered, 0 updated, 5 unchanged" in capsys.readouterr().out
    assert _count(database, "SELECT count(*) FROM resident") == 5


def test_a_dry_run_lists_the_refused_rows_in_words_and_saves_them(
    database: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = rosters.bad_rows_roster(tmp_path)
    out_file = tmp_path / "fix-me.xlsx"

    assert main(["--db", database, "import-residents", str(path), "--dry-run", "--rejects", str(out_file)]) == 0

    out = capsys.readouterr().out
    assert "line 2: 身份证号 校验位不对" in out
    assert "line 3: 姓名 不能为空" in out
    assert "line 4: 联系电话 不是手机号或带区号的固定电话" in out
    assert "dry run: nothing was written" in out
    assert _count(database, "SELECT count(*) FROM resident") == 0
    table = read_sheet(out_file)
    assert [row[0] for row in table.rows] == ["姓名", "王秀兰", None, "赵桂英"]  # the one without a name too
    assert table.rows[0][-1] == "原因"


def test_updates_are_made_only_when_accepted(database: str, tmp_path: Path, capsys) -> None:
    assert main(["--db", database, "import-residents", str(rosters.simple_roster(tmp_path))]) == 0
    changed = rosters.write_xlsx(
        tmp_path / "new_phone.xlsx", [("姓名", "身份证号", "手机"), (rosters.WANG[0], rosters.WANG[3], "13999999999")]
    )
    capsys.readouterr()
    assert main(["--db", database, "import-residents", str(changed)]) == 0
    out = capsys.readouterr().out
    assert "line 2: 联系电话 138****5678 -> 139****9999" in out
    assert _count(database, "SELECT count(*) FROM resident WHERE phone = '13812345678'") == 1

    assert main(["--db", database, "import-residents", str(changed), "--accept-updates"]) == 0
    assert "1 updated" in capsys.readouterr().out
    assert _count(database, "SELECT count(*) FROM resident WHERE phone = '13999999999'") == 1


@pytest.mark.parametrize(
    ("builder", "words"),
    [
        (rosters.zip_bomb, "解压后太大"),
        (rosters.billion_laughs, "不安全的内容"),
        (rosters.encrypted_xlsx, "设有密码"),
        (rosters.pdf_as_xlsx, "不是表格"),
        (rosters.truncated_xlsx, "已损坏"),
        (rosters.empty_file, "没有内容"),
    ],
)
def test_a_file_that_cannot_be_imported_is_a_message_and_exit_1(
    database: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], builder, words: str
) -> None:
    path = builder(tmp_path)
    assert main(["--db", database, "import-residents", str(path)]) == 1
    captured = capsys.readouterr()
    assert words in captured.err
    assert "Traceback" not in captured.err + captured.out


def test_usage_and_missing_files(database: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    roster = str(rosters.simple_roster(tmp_path))
    assert main(["--db", database, "import-residents", roster, "--rejects", str(tmp_path / "x.pdf")]) == 2
    assert "--rejects must end in .xlsx or .csv" in capsys.readouterr().err
    assert main(["--db", database, "import-residents", str(tmp_path / "missing.xlsx")]) == 1
    assert "no file at" in capsys.readouterr().err
    assert main(["--db", database, "import-residents", roster, "--sheet", "二月"]) == 1
    assert "没有名为“二月”的工作表" in capsys.readouterr().err
    with pytest.raises(SystemExit) as usage:
        main(["--db", database, "import-residents"])
    assert usage.value.code == 2


def test_a_roster_without_a_name_column_is_refused_in_words(database: str, tmp_path: Path, capsys) -> None:
    path = tmp_path / "numbers.csv"
    path.write_text("编号,电话\n1,13812345678\n", encoding="utf-8")
    assert main(["--db", database, "import-residents", str(path)]) == 1
    assert "no column of names was found" in capsys.readouterr().err
    assert _count(database, "SELECT count(*) FROM resident") == 0
