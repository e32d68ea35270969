"""What the mail tests share: a clock they move by hand, and a real SMTP server on loopback that
records what it is sent (tests/mail_server.py); for the dialogs, settings, a host window and the
mail actions on an outbox in the test's folder."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMainWindow

from app.settings import Settings
from tests.mail_dialog_support import Clock, make_mail_actions
from tests.mail_server import RecordingHandler, free_port, start_server


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def handler():
    return RecordingHandler()


@pytest.fixture
def port():
    return free_port()


@pytest.fixture
def server(handler, port):
    controller = start_server(handler, port)
    yield controller
    controller.stop()


@pytest.fixture
def settings(tmp_path):
    return Settings(tmp_path / "settings.ini")


@pytest.fixture
def host_window(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    window.resize(1000, 800)
    window.show()
    return window


@pytest.fixture
def mail(settings, tmp_path, clock, host_window):
    actions = make_mail_actions(settings, tmp_path / "data" / "outbox.sqlite", clock, host_window)
    yield actions
    actions.shutdown()
