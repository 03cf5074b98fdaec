"""``frontdesk-admin report``: the monthly report (月报) and the partners' statements without the desk.

``report monthly --month YYYY-MM --out FILE.pdf|FILE.xlsx [--community NAME]`` and
``report partners --from YYYY-MM-DD --to YYYY-MM-DD --out FILE.pdf|FILE.xlsx [--partner ID]``: by the file's
suffix an A4 PDF or a workbook, the same figures either way. Read and audited as the admin tool
(``system_actor("admin-cli")``); the audit entry is written before the file, so no report leaves without one.
Exit codes: 0 written, 1 refused (the database, a partner not found), 2 usage (a bad month, --to before --from, a
suffix that is neither).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

SUFFIXES = (".pdf", ".xlsx")
REFUSED = {
    "partner_not_found": "there is no partner with that number",
    "not_signed_in": "not signed in",
    "not_allowed": "not allowed",
}


now = datetime.now  # the admin tool's clock: the computer's (a test sets its own)


class Usage(Exception):
    """An option missing or wrong: exit 2 with its one line."""


def add_parser(sub: Any) -> argparse.ArgumentParser:
    report = sub.add_parser("report", help="write the monthly report or the partners' statements (PDF or .xlsx)")
    which = report.add_subparsers(dest="report", required=True, metavar="REPORT")
    monthly = which.add_parser("monthly", help="工作月报 of one month: --month YYYY-MM --out FILE.pdf|FILE.xlsx")
    monthly.add_argument("--month", required=True, metavar="YYYY-MM")
    monthly.add_argument("--out", required=True, metavar="FILE.pdf|FILE.xlsx")
    monthly.add_argument("--community", metavar="NAME", help="only this community's residents")
    partners = which.add_parser("partners", help="社区合伙人服务记录: --from D --to D --out FILE.pdf|FILE.xlsx")
    partners.add_argument("--from", dest="first", required=True, metavar="YYYY-MM-DD")
    partners.add_argument("--to", dest="last", required=True, metavar="YYYY-MM-DD")
    partners.add_argument("--out", required=True, metavar="FILE.pdf|FILE.xlsx")
    partners.add_argument("--partner", type=int, metavar="ID", help="only this partner (its statement even if idle)")
    return report


def add_print_options(printing: argparse.ArgumentParser) -> None:
    """The reports' options on ``print`` (monthly-report, partner-statement: the PDF only)."""
    printing.add_argument("--month", metavar="YYYY-MM", help="monthly-report: the month")
    printing.add_argument("--community", metavar="NAME", help="monthly-report: only this community's residents")
    printing.add_argument("--from", dest="first", metavar="YYYY-MM-DD", help="partner-statement: the first day")
    printing.add_argument("--to", dest="last", metavar="YYYY-MM-DD", help="partner-statement: the last day")
    printing.add_argument("--partner", type=int, metavar="ID", help="partner-statement: only this partner")


def month_of(text: str | None) -> date:
    """2026-11 → 2026-11-01."""
    try:
        if text is None or len(text) != 7:
            raise ValueError
        return date.fromisoformat(f"{text}-01")
    except ValueError:
        raise Usage(f"--month must be a month as YYYY-MM (e.g. 2026-11), not {text!r}") from None


def period_of(first: str | None, last: str | None, community: str | None = None):
    from frontdesk.core.reports.figures import Period

    days = []
    for option, text in (("--from", first), ("--to", last)):
        try:
            days.append(date.fromisoformat(text or ""))
        except ValueError:
            raise Usage(f"{option} must be a date as YYYY-MM-DD, not {text!r}") from None
    if days[1] < days[0]:
        raise Usage(f"--to {days[1]} is before --from {days[0]}")
    return Period(days[0], days[1], community)


def read(documents: Any, kind: str, args: argparse.Namespace, actor: Any) -> Any:
    """The record of report ``kind`` (monthly-report, partner-statement) the options ask for (:class:`Usage` when
    they are missing or wrong)."""
    if kind == "monthly-report" and args.month is None:
        raise Usage("monthly-report needs --month YYYY-MM")
    if kind == "partner-statement" and (args.first is None or args.last is None):
        raise Usage("partner-statement needs --from YYYY-MM-DD and --to YYYY-MM-DD")
    if kind == "monthly-report":
        return documents.monthly_report(month_of(args.month), actor=actor, community=args.community or None)
    return documents.partner_statements(period_of(args.first, args.last), actor=actor, partner_id=args.partner)


def run(args: argparse.Namespace, open_db: Callable[[], Any], schema_refusal: Callable[[Any], str | None]) -> int:
    from frontdesk.core.access import system_actor
    from frontdesk.core.errors import RuleViolation

    kind = "monthly-report" if args.report == "monthly" else "partner-statement"
    out = Path(args.out)
    try:
        if out.suffix.lower() not in SUFFIXES:
            raise Usage(f"--out must end in .pdf or .xlsx, not {out.name!r}")
        if kind == "monthly-report":
            month_of(args.month)
        else:
            period_of(args.first, args.last)
    except Usage as usage:
        print(f"report: {usage}", file=sys.stderr)
        return 2
    db = open_db()
    refused = schema_refusal(db)
    if refused:
        print(f"report: {refused}", file=sys.stderr)
        return 1
    from frontdesk.core.services.documents import DocumentService

    actor = system_actor("admin-cli")
    documents = DocumentService(db, now)
    try:
        record = read(documents, kind, args, actor)
    except RuleViolation as violation:
        print(f"report: refused: {REFUSED.get(violation.code, violation.code)}", file=sys.stderr)
        return 1
    partner = getattr(args, "partner", None)
    path, what = _write(documents, kind, record, out, actor=actor, partner=partner)
    print(f"{path} ({what}, {path.stat().st_size:,} bytes)")
    return 0


def _write(documents: Any, kind: str, record: Any, out: Path, *, actor: Any, partner: int | None) -> tuple[Path, str]:
    """The audit entry, then the file (whole or not at all)."""
    from frontdesk.printing.kinds import FACTS

    facts = FACTS[kind]
    if out.suffix.lower() == ".pdf":
        from frontdesk.printing.documents import render
        from frontdesk.printing.layout import write_file

        pdf = render(kind, record, "a4")
        documents.record_print(facts.audit_kind, [], actor=actor, reprint=False, size="a4")
        return write_file(pdf, out), f"{facts.title}, A4 PDF"
    from frontdesk.core.reports.workbooks import monthly_sheets, partner_sheets
    from frontdesk.core.spreadsheets.writing import write_xlsx

    monthly = kind == "monthly-report"
    sheets = monthly_sheets(record) if monthly else partner_sheets(record)  # its center and period head them
    documents.record_workbook(facts.audit_kind, record.period, actor=actor, partner_id=partner)
    return write_xlsx(sheets, out), f"{facts.title}, workbook of {len(sheets)} sheets"
