"""数据库服务器 in Settings: managers only; the test's verdict in words; saved for the next start, kept private."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy.engine import make_url

from frontdesk import paths
from frontdesk.ui.common.prefs import DeskPrefs
from frontdesk.ui.pages.settings.server import ServerPart

SECRET = "s3cret-pw"


def server_part(qtbot, desk) -> ServerPart:
    desk.window.show()
    qtbot.waitExposed(desk.window)
    desk.window.show_page("settings")
    return desk.settings.findChild(ServerPart, "serverSettings")


def fill(part: ServerPart, *, host: str, port: int, database: str, user: str, password: str) -> None:
    for field, value in ((part.host, host), (part.database, database), (part.user, user), (part.password, password)):
        field.clear()
        field.insert(value)
    part.port.setValue(port)


def click_and_wait(qtbot, part: ServerPart, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not part.testing and part.test_button.isEnabled(), timeout=15_000)


def test_prefs_keep_the_server_privately(tmp_path) -> None:
    prefs = DeskPrefs(tmp_path)
    assert prefs.server_url is None
    url = f"postgresql+psycopg://fd:{SECRET}@db.example:5432/frontdesk"
    prefs.set_server_url(url)
    assert DeskPrefs(tmp_path).server_url == url
    assert stat.S_IMODE(os.stat(prefs.file_name).st_mode) == 0o600
    prefs.language = "en"  # QSettings rewrites the file: still private
    prefs.sync()
    assert stat.S_IMODE(os.stat(prefs.file_name).st_mode) == 0o600
    prefs.set_server_url(None)
    assert DeskPrefs(tmp_path).server_url is None
    assert SECRET not in Path(prefs.file_name).read_text(encoding="utf-8")


def test_front_desk_staff_do_not_see_the_server(qtbot, make_desk, lina) -> None:
    part = server_part(qtbot, make_desk(actor=lina, username="lina"))
    assert part is not None
    assert not part.isVisible()


def test_missing_fields_are_said_beside_them(qtbot, make_desk, manager) -> None:
    part = server_part(qtbot, make_desk(actor=manager, username="zhang"))
    assert part.isVisible()
    assert part.saved.text() == "本前台使用这台电脑上的数据库文件。"
    fill(part, host="", port=5432, database="frontdesk", user="", password="")
    qtbot.mouseClick(part.test_button, Qt.MouseButton.LeftButton)
    assert part.errors["host"].text() == "请填写服务器地址（见安装说明单）。"
    assert part.errors["user"].text() == "请填写用户名。"
    assert not part.errors["database"].isVisibleTo(part)
    assert part.database.text() == "frontdesk"  # nothing typed is lost


def test_a_wrong_port_is_said_in_words(qtbot, make_desk, manager, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    part = server_part(qtbot, make_desk(actor=manager, username="zhang"))
    fill(part, host="127.0.0.1", port=1, database="frontdesk", user="fd", password=SECRET)
    assert part.url_label.text() == "postgresql://fd@127.0.0.1:1/frontdesk"
    click_and_wait(qtbot, part, part.use_button)
    assert part.result.text() == "连不上服务器：请检查地址和端口、服务器是否开机以及网络是否畅通。"
    assert DeskPrefs(paths.data_dir()).server_url is None  # a server that does not answer is not saved
    assert SECRET not in caplog.text


@pytest.mark.postgres
def test_a_working_server_is_saved_for_the_next_start(qtbot, make_desk, manager, pg_database_url, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    url = make_url(str(pg_database_url))
    part = server_part(qtbot, make_desk(actor=manager, username="zhang"))
    fill(part, host=url.host, port=url.port or 5432, database="fd_no_such_database", user=url.username,
         password=SECRET)  # fmt: skip
    click_and_wait(qtbot, part, part.test_button)
    assert "没有名为 fd_no_such_database 的数据库" in part.result.text()

    part.database.clear()
    part.database.insert(url.database)
    click_and_wait(qtbot, part, part.use_button)
    assert part.result.text().startswith("已连接。数据库是空的")
    saved = DeskPrefs(paths.data_dir()).server_url
    assert saved is not None
    assert make_url(saved).password == SECRET
    assert make_url(saved).database == url.database
    assert part.password.text() == ""  # never shown again
    shown = f"postgresql://{url.username}@{url.host}:{url.port}/{url.database}"
    assert part.saved.text() == f"本前台使用服务器 {shown}（下次启动起）。"
    assert SECRET not in caplog.text

    qtbot.mouseClick(part.local_button, Qt.MouseButton.LeftButton)
    assert DeskPrefs(paths.data_dir()).server_url is None
    assert part.result.text() == "已改回本机数据库文件：下次启动时生效。"
