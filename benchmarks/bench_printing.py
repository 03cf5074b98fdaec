"""Printing: a visit slip built (record to PDF bytes), the first in a fresh process and the ones after it, and a sheet
of 100 member cards. Targets: slip median <= 30 ms after the first, the first <= 300 ms; 100 cards <= 2 s.

The first slip is measured in a new process after the program's imports (as at a desk, where they are loaded long
before the first check-in), twice: with the fonts still to be read, and with them read ahead (``register_fonts``).

    python benchmarks/bench_printing.py [--runs 30]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from dataclasses import replace
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.common import summary

FIRST = """
import json, sys, time
sys.path.insert(0, {root!r})
from benchmarks.bench_printing import sample_slip
from frontdesk.printing.documents import render
from frontdesk.printing.fonts import register_fonts
slip = sample_slip()
fonts = 0.0
if {warm}:
    started = time.perf_counter(); register_fonts(); fonts = time.perf_counter() - started
started = time.perf_counter()
render("visit-slip", slip, "80mm")
print(json.dumps({{"first_ms": 1000 * (time.perf_counter() - started), "fonts_ms": 1000 * fonts}}))
"""


def sample_slip():
    from frontdesk.core.models import VisitPurpose
    from frontdesk.core.services.agenda import AgendaItem
    from frontdesk.core.services.documents import VisitSlip
    from frontdesk.core.services.lookup import slip_payload

    at = datetime(2026, 11, 28, 9, 30)
    return VisitSlip(
        center_name="局前街社区服务中心", footer="开放时间 8:00–17:30　电话 0352-2081234", visit_id=159_226,
        resident_id=4_711, name="曾𬌗", id_masked="1101**********002X", checked_in_at=at,
        purpose=VisitPurpose.CARE, companions=2, queue_number=117,
        agenda=(AgendaItem("class", 1, at.replace(hour=10), "书法班", "书法室"),), code=slip_payload(159_226),
    )  # fmt: skip


def sample_cards(count: int, logo: bytes | None = None):
    from frontdesk.core.services.documents import MemberCard, MemberCards

    names = ["刘䶮", "曾𬌗", "张喆", "王堃", "李昇", "司马秀兰", "欧阳建国"]
    cards = tuple(MemberCard(n, names[n % len(names)], f"{20260000 + n}", "城关社区") for n in range(count))
    return MemberCards("局前街社区服务中心", cards, center_phone="0352-2081234", logo=logo)


def sample_logo() -> bytes:
    """A center's logo as 设置 → 本中心 keeps it: a colour drawing made grey on white, 400 px wide."""
    import io

    from PIL import Image, ImageDraw

    from frontdesk.core.center_logo import normalise_logo

    picture = Image.new("RGBA", (1200, 600), (0, 0, 0, 0))
    draw = ImageDraw.Draw(picture)
    draw.ellipse((20, 20, 580, 580), fill=(200, 30, 30, 255))
    draw.rectangle((640, 150, 1180, 450), fill=(20, 60, 160, 255))
    out = io.BytesIO()
    picture.save(out, format="PNG")
    return normalise_logo(out.getvalue())


def first_slip(warm: bool, runs: int) -> dict[str, float]:
    root = str(Path(__file__).resolve().parent.parent)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(Path(root) / "src"), os.environ.get("PYTHONPATH", "")])}
    firsts, fonts = [], []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", FIRST.format(root=root, warm=warm)], env=env, check=True,
                             capture_output=True, text=True).stdout  # fmt: skip
        figures = json.loads(out.strip().splitlines()[-1])
        firsts.append(figures["first_ms"])
        fonts.append(figures["fonts_ms"])
    return {"first": summary(firsts)["median"], "fonts": summary(fonts)["median"], "max": max(firsts)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    from frontdesk.printing.documents import render

    cold, warm = first_slip(False, 5), first_slip(True, 5)
    print(f"first slip, fonts not yet read: median {cold['first']:.0f} ms (max {cold['max']:.0f}) of 5 processes")
    print(f"first slip, fonts read ahead ({warm['fonts']:.0f} ms): median {warm['first']:.0f} ms "
          f"(max {warm['max']:.0f})")  # fmt: skip
    slip = sample_slip()
    render("visit-slip", slip, "80mm")
    for size in ("80mm", "58mm", "a5"):
        samples = []
        for _ in range(args.runs):
            started = time.perf_counter()
            render("visit-slip", slip, size)
            samples.append(1000 * (time.perf_counter() - started))
        figures = summary(samples)
        print(f"visit slip {size}: median {figures['median']:.1f} ms, p95 {figures['p95']:.1f} ms ({args.runs} runs)")
    logo = sample_logo()
    with_logo = replace(slip, logo=logo)
    samples = []
    for _ in range(args.runs):
        started = time.perf_counter()
        render("visit-slip", with_logo, "80mm")
        samples.append(1000 * (time.perf_counter() - started))
    figures = summary(samples)
    print(f"visit slip 80mm with the center's logo: median {figures['median']:.1f} ms, p95 {figures['p95']:.1f} ms")
    for label, cards in (("", sample_cards(100)), (", with the logo", sample_cards(100, logo))):
        samples = []
        for _ in range(5):
            started = time.perf_counter()
            pdf = render("cards", cards, "a4")
            samples.append(1000 * (time.perf_counter() - started))
        figures = summary(samples)
        print(f"100 cards on A4{label} (10 sheets, {len(pdf):,} bytes): median {figures['median']:.0f} ms, "
              f"max {max(samples):.0f} ms (5 runs)")  # fmt: skip


if __name__ == "__main__":
    main()
