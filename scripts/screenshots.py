"""Render the real main window offscreen, page by page, in Chinese and English, into ``docs/screenshots/``.

    python scripts/screenshots.py [--out docs/screenshots] [--size 1366x768]
    python scripts/screenshots.py --screens [--out docs/screenshots]

Builds a demo database in a temporary folder (``bootstrap.open_database(demo=True)``) and uses a fixed date, so
the pictures change only when the screens do. ``--screens`` shows the check-in page in a real X window (Xvfb,
Qt's xcb platform) sized as a first start sizes it, on a 1024×768 screen and on a 1920×1080 one at 150 %:
``checkin_1024x768.png``, ``checkin_1920x1080@150.png`` — the whole screen, as staff would see it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXED_NOW = datetime(2026, 11, 28, 9, 30)  # a Saturday morning


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--size", default="1366x768", help="window size, WIDTHxHEIGHT (a typical desk screen)")
    parser.add_argument("--languages", default="zh_CN,en")
    parser.add_argument("--screens", action="store_true", help="the check-in page on real screens (needs Xvfb)")
    parser.add_argument("--on-screen", help=argparse.SUPPRESS)  # one of --screens' pictures, in its own process
    args = parser.parse_args(argv)
    if args.screens:
        return _screens(args.out)
    width, height = (int(part) for part in args.size.split("x"))

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # A fixed folder name: the paths shown in the pictures stay the same from one run to the next.
    home = Path(tempfile.gettempdir()) / "frontdesk-screenshots"
    shutil.rmtree(home, ignore_errors=True)
    home.mkdir()
    os.environ["FRONTDESK_HOME"] = str(home)  # desk.ini, logs and backups stay out of the real data folder
    try:
        if args.on_screen:
            return _render_screen(home, args.out / args.on_screen)
        return _render(home, args.out, (width, height), args.languages.split(","))
    finally:
        shutil.rmtree(home, ignore_errors=True)


SCREENS = [((1024, 768), 1.0), ((1920, 1080), 1.5)]  # the smallest desk screen; a big one at 150 %


def _screens(out: Path) -> int:
    """Each picture in a process of its own (Qt's scale factor is fixed when it starts), on an Xvfb of its size."""
    import subprocess

    if shutil.which("Xvfb") is None:
        raise SystemExit("screenshots --screens: Xvfb is not installed (apt-get install xvfb)")
    for (width, height), scale in SCREENS:
        name = f"checkin_{width}x{height}" + ("" if scale == 1 else f"@{round(scale * 100)}") + ".png"
        read, write = os.pipe()
        server = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp"],
            pass_fds=(write,),
            stderr=subprocess.DEVNULL,
        )
        os.close(write)
        with os.fdopen(read) as numbers:
            display = numbers.readline().strip()
        try:
            env = dict(os.environ, DISPLAY=f":{display}", QT_QPA_PLATFORM="xcb", QT_SCALE_FACTOR=str(scale))
            env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT / "src"), os.environ.get("PYTHONPATH")]))
            command = [sys.executable, __file__, "--out", str(out), "--on-screen", name]
            subprocess.run(command, env=env, check=True)
        finally:
            server.terminate()
            server.wait(timeout=10)
    return 0


def _render_screen(home: Path, target: Path) -> int:
    """The check-in page as a first start shows it on this screen, staged, and the whole screen saved."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from frontdesk import paths
    from frontdesk.ui.common.prefs import DeskPrefs
    from frontdesk.ui.shell.app import build_desk
    from frontdesk.ui.shell.appearance import Appearance, register_fonts
    from frontdesk.ui.shell.i18n import Translations

    app = QApplication([sys.argv[0]])
    appearance = Appearance(app, register_fonts())
    appearance.apply(large=False)
    translations = Translations(app, "zh_CN")
    opened, demo = _open(home)
    desk = build_desk(
        prefs=DeskPrefs(paths.data_dir()),
        appearance=appearance,
        language="zh_CN",
        clock=lambda: FIXED_NOW,
        demo=demo,
        log_file=paths.log_dir() / "frontdesk.log",
    )
    try:
        desk.attach(opened, actor=_desk_actor(), username="lina")
        window = desk.window
        window.show()
        QTest.qWaitForWindowExposed(window, 5000)
        _settle(app, desk)
        _stage_checkin(desk, app)
        _settle(app, desk)
        target.parent.mkdir(parents=True, exist_ok=True)
        _save(window.screen().grabWindow(0), target)
        print(target.relative_to(ROOT) if target.is_relative_to(ROOT) else target)
    finally:
        desk.close()
        translations.remove()
    return 0


def _settle(app, desk) -> None:
    """Until the database worker has brought back everything the page asked for."""
    import time

    deadline = time.monotonic() + 10
    quiet = 0
    while quiet < 5 and time.monotonic() < deadline:
        app.processEvents()
        quiet = quiet + 1 if desk.worker.idle() and desk.checkin.settled() else 0
        time.sleep(0.01)


def _open(folder: Path):
    from frontdesk.bootstrap import open_database

    return open_database(str(folder / "demo.sqlite3"), demo=True, now=FIXED_NOW), True


def _render(home: Path, out: Path, size: tuple[int, int], languages: list[str]) -> int:
    from PySide6.QtWidgets import QApplication

    from frontdesk import paths
    from frontdesk.ui.common.prefs import DeskPrefs
    from frontdesk.ui.shell.app import build_desk
    from frontdesk.ui.shell.appearance import Appearance, register_fonts
    from frontdesk.ui.shell.i18n import Translations

    app = QApplication.instance() or QApplication([sys.argv[0]])
    appearance = Appearance(app, register_fonts())
    appearance.apply(large=False)
    opened, demo = _open(home)
    prefs = DeskPrefs(paths.data_dir())
    out.mkdir(parents=True, exist_ok=True)
    written = []
    try:
        for language in languages:
            translations = Translations(app, language)
            prefs.language = language
            desk = build_desk(
                prefs=prefs,
                appearance=appearance,
                language=language,
                clock=lambda: FIXED_NOW,
                demo=demo,
                log_file=paths.log_dir() / "frontdesk.log",
            )
            desk.attach(opened, actor=_desk_actor(), username="lina")  # signed in: the pages, not the sign-in cover
            window = desk.window
            window.resize(*size)
            window.show()
            app.processEvents()
            for index, page in enumerate(window.pages):
                window.show_page(index)
                app.processEvents()
                if page.page_id == "checkin":
                    _stage_checkin(desk, app)
                written.append(_save(window.grab(), out / f"{page.page_id}_{language}.png"))
            written.append(_resident_form(app, desk, out / f"resident_form_{language}.png"))
            written.extend(_manager_views(app, desk, out, language))
            about = window.show_about()
            app.processEvents()
            written.append(_save(about.grab(), out / f"about_{language}.png"))
            about.close()
            window.close()
            window.deleteLater()
            app.processEvents()
            translations.remove()
    finally:
        opened.db.dispose()
    for path in written:
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


def _manager_views(app, desk, out: Path, language: str) -> list[Path]:
    """What a manager sees in 设置 (the whole page, scrolled or not), and the 操作日志 window."""
    import time

    from PySide6.QtWidgets import QTableView, QWidget

    manager = _stage_audit_log(desk)
    desk.gate.become(manager, "wangjing")
    desk.window.show_page("settings")
    app.processEvents()
    content = desk.settings.findChild(QWidget, "settingsContent")
    content.adjustSize()
    app.processEvents()
    written = [_save(content.grab(), out / f"settings_manager_{language}.png")]
    dialog = desk.audit_log.open_log()
    if dialog is not None:
        dialog.resize(1100, 700)
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:  # the first page of entries loads off the GUI thread
            app.processEvents()
            time.sleep(0.02)
        table = dialog.findChild(QTableView)
        if table is not None and table.model().rowCount() > 2:
            table.selectRow(2)  # an entry with before → after values in the detail pane
            app.processEvents()
        written.append(_save(dialog.grab(), out / f"audit_log_{language}.png"))
        dialog.close()
    desk.gate.become(_desk_actor(), "lina")
    return written


def _stage_audit_log(desk):
    """A morning's entries in the 操作日志: sign-ins, an ID shown, a consent recorded, a resident archived and back."""
    from datetime import date

    from sqlalchemy import select

    from frontdesk.core.models import ArchiveReason, ConsentScope, Resident

    services = desk.services
    manager = services.staff.sign_in("wangjing", "demo2026")
    clerk = services.staff.sign_in("liuyan", "demo2026")
    with desk.opened.db.read() as session:
        ids = session.scalars(select(Resident.id).where(Resident.archived_at.is_(None)).limit(3)).all()
    services.residents.reveal_id_number(ids[0], actor=clerk)
    services.privacy.record_consent(clerk, ids[1], [ConsentScope.BASIC, ConsentScope.HEALTH], on=date(2026, 11, 28))
    services.residents.archive(ids[2], ArchiveReason.MOVED, note="搬去女儿家", actor=manager)
    services.residents.restore(ids[2], actor=manager)
    return manager


def _desk_actor():
    """A front-desk worker for the pictures (the status bar reads 前台：李娜), signed in without a password."""
    from frontdesk.core.access import Actor
    from frontdesk.core.models import Role

    return Actor(0, "李娜", Role.FRONT_DESK)


def _stage_checkin(desk, app) -> None:
    """The check-in page mid-morning: someone has just checked in (the status line), the next resident's name is
    typed and their card shown — one with alerts — and the results include people already in the building."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtTest import QTest

    page = desk.checkin
    lookup, visits, actor = page._services.lookup, page._services.visits, desk.actor
    in_now = {visitor.resident_id for visitor in visits.present(actor=actor)}
    found = None
    for kinds in ({1, 2}, {1}, set()):  # red and amber alerts, else (front desk sees no health data) amber ones
        for visitor in visits.present(actor=actor):  # the first two characters of a name in the building
            prefix = visitor.name[:2]
            hits = lookup.search(prefix, actor=actor)
            worth = (row for row, hit in enumerate(hits[:6]) if _worth_showing(lookup, hit, in_now, actor, kinds))
            chosen = next(worth, None)
            if len(hits) >= 4 and chosen is not None:
                found = prefix, hits, chosen
                break
        if found:
            break
    if found is None:
        raise SystemExit("screenshots: nobody in the demo data to show on the check-in page")
    prefix, hits, chosen = found
    shown = hits[chosen].resident_id
    arriving = next(
        h for h in lookup.search(prefix[0], actor=actor) if h.resident_id not in in_now and h.resident_id != shown
    )
    page.check_in(arriving.resident_id)
    _settle(app, desk)
    event = QInputMethodEvent()
    event.setCommitString(prefix)
    app.sendEvent(page.search, event)
    _settle(app, desk)
    for _ in range(chosen):
        QTest.keyClick(page.search, Qt.Key.Key_Down)
        _settle(app, desk)


def _worth_showing(lookup, hit, present: set[int], actor, kinds: set[int]) -> bool:
    """Not checked in yet, with alerts of these severities: the card shows what it can do."""
    if hit.resident_id in present:
        return False
    card = lookup.card(hit.resident_id, actor=actor)
    severities = {int(alert.severity) for alert in card.alerts}
    return kinds <= severities


def _resident_form(app, desk, path: Path) -> Path:
    """The resident form over the residents page, saved with a mistake in it: the messages beside the fields."""
    from PySide6.QtGui import QInputMethodEvent

    desk.window.show_page("residents")
    form = desk.residents.open_new()
    app.processEvents()
    for name, text in (
        ("name", "王秀兰"),
        ("id_number", "110105194912310021"),
        ("phone", "139 1234"),
        ("community", "局前社区"),
        ("emergency_name", "李强"),
        ("emergency_relation", "儿子"),
    ):
        field = form.fields.widgets[name]
        field.setFocus()
        typed = QInputMethodEvent()
        typed.setCommitString(text)
        app.sendEvent(field, typed)
    form.fields.widgets["lives_alone"].setChecked(True)
    form.save()
    app.processEvents()
    path = _save(form.grab(), path)
    form.done(0)
    app.processEvents()
    return path


def _save(pixmap, path: Path) -> Path:
    if not pixmap.save(str(path), "PNG"):
        raise OSError(f"could not write {path}")
    return path


if __name__ == "__main__":
    sys.exit(main())
