"""Sharing from the real main window: the Present menu's way in, and closing the window while phones are joined."""

from __future__ import annotations

import socket
import sys
from urllib.parse import urlsplit


def test_closing_the_window_while_sharing_stops_listening_without_an_error(window, qtbot, monkeypatch) -> None:
    """The window deletes its workshop as it closes: sharing must let go of it first, or the
    socket's closing job fails on a deleted document and the crash dialog greets the facilitator."""
    bugs: list[object] = []
    monkeypatch.setattr(sys, "excepthook", lambda *error: bugs.append(error))
    window.open_path(window._demo_path())
    sharing = window.parts.sharing
    sharing.host, sharing.port = "127.0.0.1", 0  # loopback and a free port: tests never leave the machine
    with qtbot.waitSignal(sharing.started, timeout=10_000):
        sharing.share_action.trigger()
    assert window.parts.participants_dock.isVisible()
    port = urlsplit(sharing.join_url()).port
    assert port is not None
    socket.create_connection(("127.0.0.1", port), timeout=2).close()  # it listens

    window.close()

    def refused() -> bool:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
        except OSError:
            return True
        return False

    qtbot.waitUntil(refused, timeout=10_000)
    qtbot.wait(200)  # the closing job's last turn of the loop
    assert bugs == []


def test_the_participants_panel_is_a_tab_beside_the_agenda(window, qtbot) -> None:
    window.open_path(window._demo_path())
    parts = window.parts
    sharing = parts.sharing
    sharing.host, sharing.port = "127.0.0.1", 0
    with qtbot.waitSignal(sharing.started, timeout=10_000):
        sharing.start()
    assert parts.participants_dock in window.tabifiedDockWidgets(window.agenda_dock)
    sharing.stop()
    qtbot.waitUntil(lambda: not sharing.closing, timeout=10_000)
