"""Run every benchmark and print its figures: ``python benchmarks/run.py`` (``--only startup`` for one)."""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

BENCHMARKS = {
    "seed": "benchmarks.bench_seed",
    "startup": "benchmarks.bench_startup",
    "desks": "benchmarks.bench_desks",
    "printing": "benchmarks.bench_printing",
    "print-desk": "benchmarks.bench_print_desk",
    "page-switch": "benchmarks.bench_page_switch",
    "booking": "benchmarks.bench_booking",
    "agenda": "benchmarks.bench_agenda",
    "term-check": "benchmarks.bench_term_check",
    "week-view": "benchmarks.bench_week_view",
    "reports": "benchmarks.bench_reports",
    "export": "benchmarks.bench_export",
    "report-documents": "benchmarks.bench_report_documents",
    "import": "benchmarks.bench_import",
    "dashboard": "benchmarks.bench_dashboard",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", choices=sorted(BENCHMARKS), action="append")
    for name in parser.parse_args().only or list(BENCHMARKS):
        print(f"== {name}", flush=True)
        sys.argv = [BENCHMARKS[name]]  # each benchmark parses its own options; run them at their defaults
        importlib.import_module(BENCHMARKS[name]).main()
        print(flush=True)


if __name__ == "__main__":
    main()
