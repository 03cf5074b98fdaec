"""A 20,000-row roster imported (导入居民名单): the .xlsx read, its rows planned (the form's rules and the registry's
duplicate rules for each), then run in batches of 500 into a fresh SQLite database (each batch one transaction that
checks its rows again, writes the residents, their search keys and one audit entry). Then the same file again:
planned all "same", nothing written. Goal: read + plan + run ≤ 30 s (issue #13).

    python benchmarks/bench_import.py [--rows 20000]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time as clock
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

GOAL_S = 30.0
NOW = datetime(2026, 11, 28, 10, 30)
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
GIVEN = "秀兰建国桂英德明淑珍玉梅志强丽华文静海涛春生秋菊冬梅永福长青"
COMMUNITIES = ("局前社区", "西马路社区", "南关社区", "北关社区")


def write_roster(path: Path, rows: int) -> None:
    """A roster as centers keep them: a title row, the header, then one made-up person a row (valid ID numbers).

    Saved as Excel and WPS save a workbook, with the sheet's ``<dimension>`` at its head (openpyxl's write-only
    mode leaves it out, and a read-only reader then parses the whole sheet once more to find its size)."""
    from openpyxl import Workbook

    from frontdesk.core import idnumber

    book = Workbook()
    sheet = book.active
    sheet.title = "花名册"
    sheet.append(["城区老年人花名册"])
    sheet.append(["序号", "姓名", "性别", "出生年月", "身份证号", "联系电话", "社区", "家庭住址", "独居"])
    for n in range(rows):
        born = date(1930 + n % 40, 1 + n % 12, 1 + n % 28)
        block, male = n // 840, n % 2 == 1
        name = SURNAMES[n % 20] + GIVEN[block % len(GIVEN)] + GIVEN[(block // len(GIVEN)) % len(GIVEN)]
        number = idnumber.make("140202", born, 2 * block + (1 if male else 2))
        phone, alone = f"13{n % 10}{n:08d}", "是" if n % 7 == 0 else ""
        sheet.append([n + 1, name, "男" if male else "女", f"{born.year}.{born.month:02d}", number, phone,
                      COMMUNITIES[n % 4], f"{n % 90 + 1}号楼", alone])  # fmt: skip
    book.save(path)


def run(rows: int = 20_000) -> dict[str, object]:
    from frontdesk.core.access import system_actor
    from frontdesk.core.db import Database
    from frontdesk.core.db.migrate import ensure_schema
    from frontdesk.core.importing.plan import RowStatus
    from frontdesk.core.services.resident_import import ResidentImportService

    actor = system_actor("bench")
    figures: dict[str, object] = {"rows": rows}
    with tempfile.TemporaryDirectory() as folder:
        roster = Path(folder) / "roster.xlsx"
        write_roster(roster, rows)
        figures["file_kb"] = roster.stat().st_size // 1024
        db = Database(Path(folder) / "import.sqlite3")
        try:
            ensure_schema(db)
            service = ResidentImportService(db, lambda: NOW)
            marks = [(clock.perf_counter(), clock.process_time())]
            table = service.open(roster, actor=actor)
            marks.append((clock.perf_counter(), clock.process_time()))
            plan = service.plan(table, service.detect(table), actor=actor)
            marks.append((clock.perf_counter(), clock.process_time()))
            result = service.run(plan, actor=actor)
            marks.append((clock.perf_counter(), clock.process_time()))
            for kind, at in (("s", 0), ("cpu", 1)):
                phases = [marks[i + 1][at] - marks[i][at] for i in range(3)]
                figures.update({f"read_{kind}": phases[0], f"plan_{kind}": phases[1], f"run_{kind}": phases[2],
                                f"total_{kind}": marks[-1][at] - marks[0][at]})  # fmt: skip
            figures.update(new=plan.count(RowStatus.NEW), created=result.created, batches=result.batches)
            again = clock.perf_counter()
            second = service.plan(service.open(roster, actor=actor), plan.mapping, actor=actor)
            second_result = service.run(second, actor=actor)
            figures.update(again_s=clock.perf_counter() - again, same=second.count(RowStatus.SAME),
                           again_created=second_result.created)  # fmt: skip
        finally:
            db.dispose()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=20_000)
    args = parser.parse_args()
    f = run(args.rows)
    print(f"import (sqlite): {f['rows']:,} rows, {f['file_kb']:,} KB .xlsx")
    print(f"  read {f['read_s']:.1f} s  plan {f['plan_s']:.1f} s  run {f['run_s']:.1f} s "
          f"({f['created']:,} registered in {f['batches']} batches)  total {f['total_s']:.1f} s")  # fmt: skip
    print(f"  CPU time (the machine may be shared): read {f['read_cpu']:.1f} s  plan {f['plan_cpu']:.1f} s  "
          f"run {f['run_cpu']:.1f} s  total {f['total_cpu']:.1f} s")  # fmt: skip
    print(f"  the same file again: {f['same']:,} same, {f['again_created']} registered, {f['again_s']:.1f} s")
    print(f"  goal total ≤ {GOAL_S:.0f} s: {'met' if f['total_s'] <= GOAL_S else 'MISSED'}")


if __name__ == "__main__":
    main()
