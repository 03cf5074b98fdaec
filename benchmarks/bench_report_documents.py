"""The month's report and the partners' statements as documents: a busy center's 工作月报 (every day of the month,
60 courses, 12 events, 8 care services, 20 partners, 6 vocational courses) laid out as its A4 PDF with its charts and
written as its workbook, and 20 partners' statements (a summary page and a page each), from figures already read.
Goals: the PDF ≤ 2 s, the workbook ≤ 0.5 s, the statements ≤ 2 s (median, fonts read ahead as at a desk). The
figures themselves are ``bench_reports.py``'s.

    python benchmarks/bench_report_documents.py [--runs 5]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.common import summary

GOALS_MS = {"monthly PDF": 2000.0, "monthly workbook": 500.0, "20 partners' statements": 2000.0}
MADE_AT = datetime(2026, 12, 1, 9, 0)


def busy_month():
    from frontdesk.core.reports.figures import (
        AGE_BANDS,
        SITUATIONS,
        AppointmentTally,
        CareLine,
        CourseLine,
        DayTally,
        MonthlyReport,
        PartnerLine,
        Period,
        Tally,
        TrainingLine,
    )  # fmt: skip

    period = Period(date(2026, 11, 1), date(2026, 11, 30))
    days = tuple(DayTally(period.first_day + timedelta(days=i), 380 + 7 * i % 90, 510 + 11 * i % 120)
                 for i in range(30))  # fmt: skip
    purposes = ("activity", "class", "care", "consult", "errand", "meal", "other")
    return MonthlyReport(
        period=period, center_name="局前街社区服务中心", made_at=MADE_AT, made_by="李娜",
        total=Tally("month", 2_860, sum(d.visits for d in days)), by_day=days,
        by_purpose=tuple(Tally(p, 300 + 40 * i, 2_000 + 300 * i) for i, p in enumerate(purposes)),
        by_age_band=tuple(Tally(k, 200 + 90 * i, 1_500 + 400 * i) for i, (k, _l, _h) in enumerate(AGE_BANDS)),
        by_community=tuple(Tally(f"第{i + 1}社区", 300 - 9 * i, 1_900 - 50 * i) for i in range(31)),
        by_situation=tuple(Tally(k, 100 + 30 * i, 700 + 90 * i) for i, k in enumerate(SITUATIONS)),
        new_residents=212, archived_residents=17, residents_on_file=17_000,
        classes=tuple(CourseLine(i, f"课程{i:02d}（2026 秋季班）", "arts", "course", f"合伙人{i % 20:02d}", 8, i % 2,
                                 24, 160 + i, 0, 22, 192) for i in range(60)),
        events=tuple(CourseLine(100 + i, f"活动{i:02d}", "event", "event", None, 1, 0, 120, 110, 30, 110, 120)
                     for i in range(12)),
        care=tuple(CareLine(200 + i, f"康养服务{i}", "仁和养老院", 300, 180, 12, 8, 40, 9_000) for i in range(8)),
        appointments=AppointmentTally(2_500, 2_400, 60, 40, 12),
        partners=tuple(PartnerLine(300 + i, f"合伙人{i:02d}", "social_org", 24, 30, 80, 400, 60.5) for i in range(20)),
        training=tuple(TrainingLine(400 + i, f"职业培训{i}", "阳光家政", 30, 26, 18) for i in range(6)),
        welfare_open=14,
    )  # fmt: skip


def busy_partners(period):
    from frontdesk.core.reports.figures import PartnerCare, PartnerCourse, PartnerRecord
    from frontdesk.core.reports.statements import PartnerStatements

    records = tuple(
        PartnerRecord(
            partner_id=300 + i, name=f"合伙人{i:02d}", kind="enterprise", services="书法、义诊", contact_name="王建国",
            contact_phone="13512345678", active=True, agreement_start=date(2025, 12, 1),
            agreement_end=date(2026, 12, 31), renewal_due=i % 3 == 0, period=period,
            courses=tuple(PartnerCourse(i * 10 + k, f"课程{k}", "course", 8, 20, 150, 12.0) for k in range(4)),
            care=(PartnerCare(i, "血压血糖测量", 140, 90, 35.0),), people=120, visits=740, hours=83.0,
        )
        for i in range(20)
    )  # fmt: skip
    return PartnerStatements(period, records, "局前街社区服务中心", MADE_AT)


def _time(work, runs: int) -> tuple[dict[str, float], object]:
    samples, made = [], None
    for _ in range(runs):
        started = time.perf_counter()
        made = work()
        samples.append(1000 * (time.perf_counter() - started))
    return summary(samples), made


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    from frontdesk.core.reports.workbooks import monthly_sheets
    from frontdesk.core.spreadsheets.writing import write_xlsx
    from frontdesk.printing.documents import render
    from frontdesk.printing.fonts import register_fonts

    register_fonts()
    report = busy_month()
    statements = busy_partners(report.period)
    render("monthly-report", report)  # the layout's modules loaded, as at a desk after its first report
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "月报.xlsx"
        cases = {
            "monthly PDF": lambda: render("monthly-report", report),
            "monthly workbook": lambda: write_xlsx(monthly_sheets(report), out).stat().st_size,
            "20 partners' statements": lambda: render("partner-statement", statements),
        }
        for name, work in cases.items():
            figures, made = _time(work, args.runs)
            size = len(made) if isinstance(made, bytes) else made
            verdict = "ok" if figures["median"] <= GOALS_MS[name] else "OVER"
            print(f"{name}: median {figures['median']:.0f} ms, min {figures['min']:.0f} ms ({args.runs} runs, "
                  f"{size:,} bytes; goal ≤ {GOALS_MS[name]:.0f} ms: {verdict})")  # fmt: skip


if __name__ == "__main__":
    main()
