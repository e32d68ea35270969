"""The facilitator's side under test: a real document, undo stack, controller and panel on qasync's loop.

The loop is qasync's QEventLoop on the test's QApplication (STACK.md): the
controller's jobs and the test's aiohttp phones run on it, and `qtbot.waitUntil`
turns it while Qt's events are processed.
"""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import qasync
from PySide6.QtGui import QUndoStack

from app.document import WorkshopDocument
from app.jobs import Jobs
from app.storage.workshop_file import WorkshopFile
from tests.participants.room_support import make_file
from widgets.participants.participants_panel import ParticipantsPanel
from widgets.participants.sharing_controller import SharingController


@pytest.fixture
def loop(qapp) -> Iterator[asyncio.AbstractEventLoop]:
    """qasync's loop, running on the test's QApplication for the length of one test."""
    event_loop = qasync.QEventLoop(qapp, already_running=True)
    asyncio.set_event_loop(event_loop)
    yield event_loop
    pending = [t for t in asyncio.all_tasks(event_loop) if not t.done()]
    for task in pending:
        task.cancel()
    asyncio.events._set_running_loop(None)
    asyncio.set_event_loop(None)


@dataclass
class Room:
    """What a test drives: the file, the document, the undo stack, the controller and the panel."""

    path: Path
    document: WorkshopDocument
    undo_stack: QUndoStack
    controller: SharingController
    panel: ParticipantsPanel


@pytest.fixture
def room(qtbot, loop, tmp_path: Path) -> Iterator[Room]:
    path = make_file(tmp_path / "rom.samskap")
    document = WorkshopDocument.open(WorkshopFile.open(path))
    undo_stack = QUndoStack()
    controller = SharingController(undo_stack=undo_stack, jobs=Jobs(loop=lambda: loop))
    controller.host, controller.port = "127.0.0.1", 0  # loopback and a free port: tests never leave the machine
    controller.set_document(document)
    panel = ParticipantsPanel(controller=controller)
    qtbot.addWidget(panel)
    panel.resize(420, 1040)
    panel.show()
    yield Room(path, document, undo_stack, controller, panel)
    controller.shutdown()
    qtbot.waitUntil(lambda: not controller.closing)
    controller.set_document(None)
    document.close()


def run(qtbot, coroutine: Coroutine[Any, Any, Any]) -> Any:
    """Run a coroutine on the loop while Qt turns (a phone's request), and give its result."""
    future = asyncio.ensure_future(coroutine)
    qtbot.waitUntil(future.done, timeout=10_000)
    return future.result()
