"""``frontdesk-admin import-residents FILE``: a roster imported without the desk (导入居民名单).

Prints the columns found, the count of rows per outcome, every refused row with its reasons (in the desk's
Chinese: they are what the center's staff will fix) and the updates offered; ``--dry-run`` stops there. Otherwise a
safety backup is taken and the new residents are registered (and the offered updates made with
``--accept-updates``), as the admin tool (``system:admin-cli`` in the audit log). ``--rejects OUT.xlsx|OUT.csv``
saves the refused rows with a 原因 column, to fix and import again.
Exit codes: 0 it ran (or the dry run was done), 1 the file or the database refused, 2 usage.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path

from frontdesk import paths
from frontdesk.core.db import Database

STATUS_TEXT = {
    "new": "new (新增)", "same": "same (无变化)", "update": "update offered (可更新)",
    "repeat": "repeated in file (重复)", "bad": "refused (有问题)", "skipped": "not a resident (跳过)",
}  # fmt: skip
REFUSED_TEXT = {
    "mapping_needs_name": "no column of names was found; the header must have a 姓名 column",
    "mapping_field_twice": "two columns fill the same field",
    "health_not_allowed": "the roster has health columns, which this account may not import",
}


def add_parser(sub: argparse._SubParsersAction) -> None:
    command = sub.add_parser("import-residents", help="import a roster of residents (.xlsx, .xls, .ods, .csv)")
    command.add_argument("file", metavar="FILE", help="the roster")
    command.add_argument("--sheet", metavar="NAME", help="the sheet to read (default: the first)")
    command.add_argument("--dry-run", action="store_true", help="check and show what would happen; write nothing")
    command.add_argument("--accept-updates", action="store_true", help="also make the updates offered")
    command.add_argument("--rejects", metavar="OUT.xlsx|OUT.csv", help="save the refused rows to fix them")
    command.set_defaults(func=cmd_import_residents)


def cmd_import_residents(args: argparse.Namespace) -> int:
    from frontdesk.cli.admin import _open, _schema_refusal
    from frontdesk.core.access import system_actor
    from frontdesk.core.errors import RuleViolation
    from frontdesk.core.importing.plan import ImportFileError
    from frontdesk.core.importing.words import file_error_text

    rejects = Path(args.rejects) if args.rejects else None
    if rejects is not None and rejects.suffix.lower() not in (".xlsx", ".csv"):
        print("import-residents: --rejects must end in .xlsx or .csv", file=sys.stderr)
        return 2
    source = Path(args.file)
    if not source.is_file():
        print(f"import-residents: no file at {source}", file=sys.stderr)
        return 1
    db = _open(args)
    refused = _schema_refusal(db)
    if refused:
        print(f"import-residents: {refused}", file=sys.stderr)
        return 1
    service = _service(db)
    actor = system_actor("admin-cli")
    try:
        table = service.open(source, actor=actor, sheet=args.sheet)
        mapping = service.detect(table)
        _print_mapping(table, mapping)
        plan = service.plan(table, mapping, actor=actor)
    except ImportFileError as error:
        print(f"import-residents: {source.name}: {file_error_text(error)}", file=sys.stderr)
        return 1
    except RuleViolation as violation:
        print(f"import-residents: refused: {REFUSED_TEXT.get(violation.code, violation.code)}", file=sys.stderr)
        return 1
    _print_plan(plan)
    refused_rows = [r for r in plan.rows if r.status.value == "bad"]
    if args.dry_run:
        print("dry run: nothing was written")
    else:
        updates = frozenset(r.line for r in plan.rows if r.status.value == "update") if args.accept_updates else None
        result = service.run(plan, actor=actor, accept_updates=updates or frozenset(), progress=_progress)
        print(file=sys.stderr)
        print(
            f"imported: {result.created} registered, {result.updated} updated, {result.unchanged} unchanged, "
            f"{result.rejected} refused, {result.skipped} skipped, in {result.batches} batches"
        )
        if result.backup:
            print(f"safety backup before the import: {result.backup}")
        meanwhile = [r for r in result.rejects if r not in refused_rows]
        _print_rows("refused while writing", meanwhile)
        refused_rows = list(result.rejects)
    if rejects is not None and refused_rows:
        written = service.save_rejects(refused_rows, mapping, rejects, actor=actor)
        print(f"refused rows saved to {written} ({len(refused_rows)} rows, with a 原因 column)")
    elif rejects is not None:
        print("no refused rows: no rejects file written")
    return 0


def _service(db: Database):
    from frontdesk.core.db.backups import BackupManager
    from frontdesk.core.services.resident_import import ResidentImportService

    backups = BackupManager(db.path, paths.backup_dir(), datetime.now) if db.path is not None else None
    return ResidentImportService(db, datetime.now, backups)


def _print_mapping(table, mapping) -> None:
    from frontdesk.core.importing.words import FIELD_WORDS

    where = f" (sheet {table.sheet})" if table.sheet else f" ({table.encoding})" if table.encoding else ""
    header = ", ".join(str(table.lines[i]) for i in mapping.header_rows)
    print(f"{table.file_name}{where}: {len(table.rows)} rows; header on line {header}")
    for index, (text, field) in enumerate(zip(mapping.headers, mapping.fields, strict=False)):
        target = f"{FIELD_WORDS.get(field, field)} ({field})" if field else "(not imported)"
        print(f"  {_column(index):>3} {text or '(blank)'} -> {target}")


def _print_plan(plan) -> None:
    from frontdesk.core.importing.plan import RowStatus
    from frontdesk.core.importing.words import FIELD_WORDS

    counts = ", ".join(f"{STATUS_TEXT[s.value]} {plan.count(s)}" for s in RowStatus)
    print(f"rows: {counts}")
    _print_rows("refused", [r for r in plan.rows if r.status is RowStatus.BAD])
    offered = [r for r in plan.rows if r.status is RowStatus.UPDATE]
    if offered:
        print("updates offered (made with --accept-updates):")
    for row in offered:
        changes = "; ".join(f"{FIELD_WORDS.get(u.field, u.field)} {u.old or '(none)'} -> {u.new}" for u in row.updates)
        print(f"  line {row.line}: {changes}")


def _print_rows(title: str, rows) -> None:
    from frontdesk.core.importing.words import reasons_text

    if not rows:
        return
    print(f"{title}:")
    for row in rows:
        print(f"  line {row.line}: {reasons_text(row)}")


def _progress(done: int, total: int) -> None:
    print(f"\rwriting {done:,}/{total:,}", end="", file=sys.stderr, flush=True)


def _column(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
