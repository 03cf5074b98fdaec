"""``frontdesk-admin``: the administrator's command-line tool.

Commands: ``init`` (create or upgrade a database), ``migrate`` (upgrade, with a backup first), ``seed`` (fill with
realistic demo data), ``backup`` (a checked copy with SQLite's backup API), ``backups`` (list them), ``restore``
(from a backup, after backing up the current database), ``info`` (what a database holds), ``print`` (any printed
document as a PDF: ``print --list`` names them), ``report`` (the monthly report and the partners' statements as a
PDF or a workbook: :mod:`frontdesk.cli.report`).
Every command takes ``--db PATH_OR_URL``; without it, the desk's default database in the data folder.
Exit codes: 0 done, 1 refused or failed with a message, 2 usage error.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

from frontdesk import __version__, paths
from frontdesk.bootstrap import database_url_text
from frontdesk.cli import report
from frontdesk.core.db import Database, make_url_from_arg
from frontdesk.core.errors import EnvironmentProblem, ProblemKind
from frontdesk.logsetup import configure_logging

log = logging.getLogger(__name__)

PROBLEM_TEXT = {
    ProblemKind.LOCKED: "the database is locked by another program; close it and try again",
    ProblemKind.READ_ONLY: "the database or its folder is read-only",
    ProblemKind.DISK_FULL: "the disk is full",
    ProblemKind.CORRUPT: "the database file is damaged or is not a frontdesk database",
    ProblemKind.CANNOT_OPEN: "the database cannot be opened (missing folder or no permission)",
    ProblemKind.CONNECTION: "the database server cannot be reached",
    ProblemKind.TOO_NEW: "the database was written by a newer frontdesk; update this program first",
}


def _open(args: argparse.Namespace) -> Database:
    return Database(make_url_from_arg(database_url_text(args.db)))


def cmd_init(args: argparse.Namespace) -> int:
    from frontdesk.core.db.migrate import ensure_schema

    db = _open(args)
    result = ensure_schema(db, backup_dir=paths.backup_dir())
    state = "created" if result.before is None else ("upgraded" if result.changed else "already current")
    print(f"{db.describe()}: {state} (schema {result.after})")
    if result.backup:
        print(f"backup before upgrade: {result.backup.path}")
    return 0


def cmd_migrate(args: argparse.Namespace) -> int:
    from frontdesk.core.db.migrate import current_revision, upgrade

    db = _open(args)
    before = current_revision(db)
    result = upgrade(db, target=args.revision, before=before, backup_dir=paths.backup_dir())
    print(f"{db.describe()}: schema {result.before or '(empty)'} -> {result.after}")
    if result.backup:
        print(f"backup before upgrade: {result.backup.path}")
    return 0


def cmd_seed(args: argparse.Namespace) -> int:
    from frontdesk.core.db.migrate import ensure_schema
    from frontdesk.core.demo import seed_database

    db = _open(args)
    ensure_schema(db, backup_dir=paths.backup_dir())
    today = date.fromisoformat(args.today) if args.today else date.today()

    def progress(stage: str, fraction: float) -> None:
        if not args.quiet:
            print(f"\r{stage:<40} {fraction:6.1%}", end="", file=sys.stderr, flush=True)

    try:
        summary = seed_database(
            db, residents=args.residents, days=args.days, today=today, rng_seed=args.seed, progress=progress
        )
    except ValueError as exc:
        print(f"\nrefused: {exc}", file=sys.stderr)
        return 1
    if not args.quiet:
        print(file=sys.stderr)
    print(
        f"{db.describe()}: {summary.residents} residents, {summary.visits} visits over {args.days} days, "
        f"{summary.appointments} appointments, {summary.readings} readings, {summary.courses} courses and events, "
        f"{summary.class_sessions} class sessions, {summary.enrollments} enrollments, {summary.room_bookings} room "
        "bookings, "
        f"{summary.staff} staff, {summary.partners} partners, {summary.rooms} rooms in {summary.seconds:.1f} s"
    )
    return 0


def _manager(args: argparse.Namespace, folder: Path | None = None):
    from frontdesk.core.db.backups import BackupManager

    db = _open(args)
    if db.path is None:
        print("only SQLite databases are backed up here; use pg_dump for a PostgreSQL server", file=sys.stderr)
        return None
    return BackupManager(db.path, folder or paths.backup_dir(), datetime.now)


def cmd_backup(args: argparse.Namespace) -> int:
    manager = _manager(args, Path(args.to) if args.to else None)
    if manager is None:
        return 1
    info = manager.take("manual")
    print(f"{info.path} ({info.size_bytes:,} bytes, integrity ok, {_counts(info.counts)})")
    return 0


def cmd_backups(args: argparse.Namespace) -> int:
    manager = _manager(args)
    if manager is None:
        return 1
    from datetime import timedelta

    from frontdesk.core.db.backups import RotationPolicy, is_safety

    days = RotationPolicy().safety_days
    for info in manager.backups():
        until = info.created_at + timedelta(days=days)
        kept = f"  (safety: kept until {until:%Y-%m-%d})" if is_safety(info.label) else ""
        print(f"{info.created_at:%Y-%m-%d %H:%M:%S}  {info.label:<28} {_counts(info.counts)}  {info.path}{kept}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from frontdesk.core.access import system_actor
    from frontdesk.core.db.backups import describe
    from frontdesk.core.db.restore_checks import FailedAfterReplacing, RestoreRefused
    from frontdesk.core.services.backups import BackupService

    manager = _manager(args)
    if manager is None:
        return 1
    source = Path(args.backup)
    if not source.is_file():
        print(f"restore: no backup at {source}", file=sys.stderr)
        return 1
    info = describe(source)
    print(f"backup of {info.created_at:%Y-%m-%d %H:%M:%S} ({info.label or 'unlabelled'}): {_counts(info.counts)}")
    if not args.yes:
        print("restore replaces the database's content; add --yes to go ahead", file=sys.stderr)
        return 1
    # Audited in the restored database as the admin tool (the schema is brought to head there first).
    service = BackupService(manager, datetime.now)
    try:
        result = service.restore(system_actor("admin-cli"), source)
    except RestoreRefused as refused:
        print(f"restore: nothing was restored: {REFUSED_TEXT.get(refused.reason, refused.reason)}", file=sys.stderr)
        return 1
    except FailedAfterReplacing as failed:
        print(f"restore: the database WAS replaced by the backup, but then: {PROBLEM_TEXT[failed.kind]}",
              file=sys.stderr)  # fmt: skip
        if failed.before_restore is not None:
            print(f"the database as it was is kept as {failed.before_restore.path}", file=sys.stderr)
        return 1
    db = _open(args)
    print(f"restored into {db.describe()}", end="")
    if result.before_restore is not None:
        print(f"; the database as it was is kept as {result.before_restore.path} (before-restore)")
    else:
        print()
    if result.second_copy_missing is not None:
        print(f"note: the second backup folder {result.second_copy_missing} could not get its copy of the "
              "before-restore backup; the copy on this computer stands")  # fmt: skip
    return 0


REFUSED_TEXT = {
    "missing": "the backup file is not there",
    "damaged": "the backup file is damaged (it failed PRAGMA integrity_check)",
    "not_frontdesk": "the file is not a frontdesk database",
    "too_new": "the backup was written by a newer frontdesk; update this program first",
    "unknown_schema": "the backup's schema revision is unknown to this version of frontdesk",
}


def _counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{name} {count:,}" for name, count in counts.items())


def cmd_info(args: argparse.Namespace) -> int:
    from frontdesk.core.db.migrate import HEAD_REVISION, current_revision
    from frontdesk.core.stats import database_counts

    db = _open(args)
    revision = current_revision(db)
    print(f"frontdesk {__version__}")
    print(f"database: {db.describe()}")
    if db.path is not None and db.path.exists():
        print(f"size: {db.path.stat().st_size:,} bytes")
    print(f"schema: {revision or '(empty)'} (this program: {HEAD_REVISION})")
    if revision is not None:
        for name, count in database_counts(db).items():
            print(f"{name}: {count:,}")
    return 0


def cmd_print(args: argparse.Namespace) -> int:
    from frontdesk.printing.documents import KINDS

    if args.list or args.kind is None:
        for kind in KINDS.values():
            audience = "for the resident" if kind.for_resident else "staff only"
            print(f"{kind.name:<17} {kind.title:<8} sizes {'|'.join(kind.sizes):<16} {audience:<17} {kind.options}")
        return 0 if args.list else 2
    if args.kind not in KINDS:
        print(f"print: no document {args.kind!r}; see: frontdesk-admin print --list", file=sys.stderr)
        return 2
    kind = KINDS[args.kind]
    if args.out is None:
        print("print: --out FILE.pdf is needed", file=sys.stderr)
        return 2
    if args.size is not None and args.size not in kind.sizes:
        print(f"print: {kind.name} comes in {', '.join(kind.sizes)}", file=sys.stderr)
        return 2
    from frontdesk.core.errors import RuleViolation

    db = _open(args)
    refused = _schema_refusal(db)
    if refused:
        print(f"print: {refused}", file=sys.stderr)
        return 1
    try:
        record = _print_record(db, kind.name, args)
    except RuleViolation as violation:
        print(f"print: refused: {PRINT_REFUSED.get(violation.code, violation.code)}", file=sys.stderr)
        return 1
    except _Usage as usage:
        print(f"print: {usage}", file=sys.stderr)
        return 2
    return _print_write(db, kind, record, args)


class _Usage(Exception):
    """A print option missing or wrong for the kind."""


PRINT_REFUSED = {
    "visit_not_found": "there is no visit with that number",
    "resident_not_found": "there is no resident with that number",
    "cards_need_residents_or_date": "give --resident ID ... or --new-since DATE, not both",
    "too_many_cards": "too many cards for one print; choose a later --new-since",
    "appointment_not_found": "there is no appointment with that number",
    "appointment_cancelled": "that appointment was cancelled: there is no slip for it",
    "session_not_found": "there is no class session with that number",
    "session_cancelled": "that session was cancelled: there is no sign-in sheet for it",
    "enrollment_not_found": "there is no enrollment with that number",
    "enrollment_withdrawn": "that enrollment was withdrawn: there is no slip for it",
    "room_not_found": "there is no room with that number",
    **report.REFUSED,
}


def _schema_refusal(db: Database) -> str | None:
    from frontdesk.core.db.migrate import HEAD_REVISION, current_revision

    revision = current_revision(db)
    if revision is None:
        return "the database is empty; run frontdesk-admin init first"
    if revision != HEAD_REVISION:
        return f"the database's schema is {revision}, this program needs {HEAD_REVISION}: run frontdesk-admin migrate"
    return None


def _print_record(db: Database, kind: str, args: argparse.Namespace):
    """The record ``kind`` is built from, read by the admin tool (a system actor, audited under that name)."""
    from frontdesk.core.access import system_actor
    from frontdesk.core.services.agenda_sources import desk_agenda
    from frontdesk.core.services.documents import DocumentService
    from frontdesk.core.services.privacy import PrivacyService

    actor = system_actor("admin-cli")
    documents = DocumentService(db, datetime.now, desk_agenda())  # the slip as the desk's
    if kind == "visit-slip":
        if args.visit is None:
            raise _Usage("visit-slip needs --visit ID")
        return documents.visit_slip(args.visit, actor=actor)
    if kind == "cards":
        since = date.fromisoformat(args.new_since) if args.new_since else None
        return documents.member_cards(actor=actor, resident_ids=args.resident or (), new_since=since)
    if kind == "in-building":
        return documents.in_building(actor=actor)
    if kind == "welfare-calls":
        return documents.welfare_calls(actor=actor, absent_days=args.absent_days)
    if kind == "appointment-slip":
        if args.appointment is None:
            raise _Usage("appointment-slip needs --appointment ID")
        return documents.appointment_slip(args.appointment, actor=actor)
    if kind == "room-week":
        if args.room is None or args.week is None:
            raise _Usage("room-week needs --room ID and --week YYYY-MM-DD")
        return documents.room_week(args.room, date.fromisoformat(args.week), actor=actor)
    if kind in ("call-list", "day-list"):
        day = date.fromisoformat(args.date) if args.date else None  # call list: tomorrow; day list: today
        read = documents.call_list if kind == "call-list" else documents.day_list
        return read(actor=actor, day=day)
    if kind in ("monthly-report", "partner-statement"):
        documents = DocumentService(db, report.now)
        try:
            return report.read(documents, kind, args, actor)
        except report.Usage as usage:
            raise _Usage(str(usage)) from None
    if kind == "roster":
        if args.session is None:
            raise _Usage("roster needs --session ID")
        return documents.roster(args.session, actor=actor)
    if kind == "enrollment-slip":
        if args.enrollment is None:
            raise _Usage("enrollment-slip needs --enrollment ID")
        return documents.enrollment_slip(args.enrollment, actor=actor)
    if kind == "session-calls":
        if args.session is None:
            raise _Usage("session-calls needs --session ID")
        return documents.session_call_list(args.session, actor=actor)
    if not args.resident or len(args.resident) != 1:
        raise _Usage(f"{kind} needs one --resident ID")
    if kind == "timetable":
        return documents.timetable(args.resident[0], actor=actor)
    privacy = PrivacyService(db, datetime.now)
    if kind == "consent-form":
        return privacy.consent_form(actor, args.resident[0])
    return privacy.export_resident(actor, args.resident[0])


def _print_write(db: Database, kind, record, args: argparse.Namespace) -> int:
    from frontdesk.core.access import system_actor
    from frontdesk.core.services.documents import DocumentService
    from frontdesk.printing.documents import render
    from frontdesk.printing.layout import write_file

    size = args.size or kind.sizes[0]
    pdf = render(kind.name, record, size, reprint=args.reprint)
    if kind.residents is not None:  # written before the file: no PDF leaves without its audit entry
        DocumentService(db, datetime.now).record_print(
            kind.audit_kind, kind.residents(record), actor=system_actor("admin-cli"), reprint=args.reprint, size=size
        )
    path = write_file(pdf, Path(args.out))
    without = getattr(record, "without_number", ())
    if without:
        print(f"no card number, no card: residents {', '.join(map(str, without))}", file=sys.stderr)
    print(f"{path} ({kind.title}, {size}, {len(pdf):,} bytes)")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    return report.run(args, lambda: _open(args), _schema_refusal)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="frontdesk-admin", description="frontdesk administration tool")
    parser.add_argument("--version", action="version", version=f"frontdesk {__version__}")
    parser.add_argument("--db", help="SQLite file path or SQLAlchemy URL (default: the desk's database)")
    parser.add_argument("-v", "--verbose", action="store_true", help="also log to the console")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    sub.add_parser("init", help="create the database, or upgrade it to this version").set_defaults(func=cmd_init)

    migrate = sub.add_parser("migrate", help="upgrade the schema (backs up a SQLite database first)")
    migrate.add_argument("--revision", default="head", help="target revision (default: head)")
    migrate.set_defaults(func=cmd_migrate)

    seed = sub.add_parser("seed", help="fill an empty database with realistic demo data")
    seed.add_argument("--residents", type=_positive, default=2_000)
    seed.add_argument("--days", type=_positive, default=90, help="days of visit history, ending today")
    seed.add_argument("--seed", type=int, default=2026, help="random seed (same seed, same data)")
    seed.add_argument("--today", help="the last day of history, YYYY-MM-DD (default: today)")
    seed.add_argument("-q", "--quiet", action="store_true")
    seed.set_defaults(func=cmd_seed)

    backup = sub.add_parser("backup", help="write a checked backup copy of a SQLite database")
    backup.add_argument("--to", help="folder for the copy (default: the data folder's backups/)")
    backup.set_defaults(func=cmd_backup)

    sub.add_parser(
        "backups", help="list the backups, newest first (safety backups say until when they are kept)"
    ).set_defaults(func=cmd_backups)

    restore = sub.add_parser("restore", help="replace the database with a backup (backs up the current one first)")
    restore.add_argument("backup", help="the backup file (see: frontdesk-admin backups)")
    restore.add_argument("--yes", action="store_true", help="go ahead without asking")
    restore.set_defaults(func=cmd_restore)

    sub.add_parser("info", help="show the database's location, schema and counts").set_defaults(func=cmd_info)

    printing = sub.add_parser("print", help="write a printed document as a PDF (--list: the kinds and options)")
    printing.add_argument("kind", nargs="?", metavar="KIND", help="see --list")
    printing.add_argument("--list", action="store_true", help="list the documents, their sizes and options")
    printing.add_argument("--out", metavar="FILE.pdf")
    printing.add_argument("--size", choices=["80mm", "58mm", "a5", "a4", "card"])
    printing.add_argument("--visit", type=_positive, metavar="ID")
    printing.add_argument("--resident", type=_positive, action="append", metavar="ID")
    printing.add_argument("--new-since", metavar="YYYY-MM-DD", type=_day)
    printing.add_argument("--absent-days", type=_positive, metavar="N")
    printing.add_argument("--appointment", type=_positive, metavar="ID")
    printing.add_argument("--date", metavar="YYYY-MM-DD", type=_day, help="call-list: tomorrow, day-list: today")
    printing.add_argument("--session", type=_positive, metavar="ID", help="roster, session-calls: the class session")
    printing.add_argument("--enrollment", type=_positive, metavar="ID", help="enrollment-slip: the enrollment")
    printing.add_argument("--room", type=_positive, metavar="ID", help="room-week: the room")
    printing.add_argument(
        "--week", metavar="YYYY-MM-DD", type=_day, help="room-week: a day of the week (Monday–Sunday)"
    )
    printing.add_argument("--reprint", action="store_true", help="补打: a copy of one printed before")
    report.add_print_options(printing)
    printing.set_defaults(func=cmd_print)

    report.add_parser(sub).set_defaults(func=cmd_report)
    return parser


def _positive(text: str) -> int:
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError("must be a positive number")
    return value


def _day(text: str) -> str:
    try:
        date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError("a date as YYYY-MM-DD") from exc
    return text


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    configure_logging(console=args.verbose)
    try:
        return args.func(args)
    except EnvironmentProblem as problem:
        log.warning("admin %s refused: %s", args.command, problem)
        print(f"frontdesk-admin: {PROBLEM_TEXT[problem.kind]}", file=sys.stderr)
        return 1
    except Exception:
        log.exception("admin %s failed", args.command)
        print(f"frontdesk-admin: unexpected error; details are in {paths.log_dir()}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
