"""Two windows or two people on one workshop: the second is told who has it and gets it read-only."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from app.domain.model import Note
from app.storage import lock as locks
from app.storage.workshop_file import WorkshopFile
from tests.conftest import save_screenshot
from tests.factories import minimal_workshop, query


@pytest.fixture
def workshop_path(tmp_path: Path) -> Path:
    path = tmp_path / "work" / "Felles.samskap"
    path.parent.mkdir()
    WorkshopFile.create(path, minimal_workshop("Felles")).close()
    return path


def dead_pid() -> int:
    """The id of a process that has certainly ended."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def write_lock(workshop: Path, **fields) -> None:
    info = locks.LockInfo(user="kari", host="rådhus-pc-7", pid=4242, since="2026-03-12T08:15:00+00:00", token="t")
    info = dataclasses.replace(info, **fields)
    locks.lock_path(workshop).write_text(json.dumps(dataclasses.asdict(info)), encoding="utf-8")


def test_the_first_opener_holds_the_lock_and_the_second_learns_who(workshop_path: Path) -> None:
    first, holder = locks.acquire(workshop_path)
    assert first is not None and holder is None
    lock_file = locks.lock_path(workshop_path)
    assert lock_file.name == ".Felles.samskap.samskap-lock"
    data = json.loads(lock_file.read_text(encoding="utf-8"))
    assert {"user", "host", "pid", "since"} <= set(data)

    second, holder = locks.acquire(workshop_path)
    assert second is None and holder == first.info
    first.release()
    assert not lock_file.exists()
    third, holder = locks.acquire(workshop_path)
    assert third is not None and holder is None
    third.release()


def test_a_lock_left_by_a_dead_process_on_this_computer_is_taken_over(workshop_path: Path) -> None:
    write_lock(workshop_path, host=locks.this_host(), pid=dead_pid())
    taken, holder = locks.acquire(workshop_path)
    assert taken is not None and holder is None
    assert locks.read_lock(locks.lock_path(workshop_path)).pid == taken.info.pid
    taken.release()


def test_a_lock_from_another_computer_is_respected(workshop_path: Path) -> None:
    write_lock(workshop_path, pid=dead_pid())  # the pid means nothing on another host
    taken, holder = locks.acquire(workshop_path)
    assert taken is None and holder.host == "rådhus-pc-7" and holder.user == "kari"


def test_an_unreadable_lock_is_replaced(workshop_path: Path) -> None:
    locks.lock_path(workshop_path).write_text("{half a lo", encoding="utf-8")
    taken, holder = locks.acquire(workshop_path)
    assert taken is not None and holder is None
    taken.release()


def test_release_leaves_a_lock_that_someone_else_took_meanwhile(workshop_path: Path) -> None:
    ours, _ = locks.acquire(workshop_path)
    write_lock(workshop_path, token="someone else")
    ours.release()
    assert locks.lock_path(workshop_path).exists()


def test_no_lock_in_a_folder_that_cannot_be_written(tmp_path: Path) -> None:
    assert locks.acquire(tmp_path / "no such folder" / "x.samskap") == (None, None)


# -- in the window ---------------------------------------------------------------------------


def second_window(qtbot, tmp_path: Path):
    from app.settings import Settings
    from widgets.window.main_window import MainWindow

    other = MainWindow(
        settings=Settings(tmp_path / "settings-2.ini"), workshop_folder=tmp_path, demo_path=lambda: tmp_path / "x"
    )
    qtbot.addWidget(other)
    other.resize(1000, 700)
    other.show()
    return other


def test_second_window_opens_read_only_and_says_who_has_it(window, workshop_path: Path, qtbot, tmp_path) -> None:
    assert window.open_path(workshop_path)
    other = second_window(qtbot, tmp_path)
    assert other.open_path(workshop_path)
    assert other.document.read_only and not window.document.read_only
    notices = [b for b in other.findChildren(QMessageBox, "lock_notice") if b.isVisible()]
    assert len(notices) == 1
    text = notices[0].text()
    assert locks.current_user() in text and locks.this_host() in text and "read-only" in text
    save_screenshot(notices[0], "lock_notice")
    save_screenshot(other, "lock_read_only_window")
    assert "read-only" in other.windowTitle()
    assert not other.view.board_actions.add_note.isEnabled()

    # The first window goes on writing; the second never wrote.
    from app.commands import AddNotes

    window.undo_stack.push(AddNotes(document=window.document, notes=[Note("b-only", text="første vindu")]))
    assert query(workshop_path, "SELECT text FROM notes") == [("første vindu",)]

    # Once the first lets go, the file opens for changes again.
    window.close_workshop()
    other.close_workshop()
    assert not locks.lock_path(workshop_path).exists()
    assert other.open_path(workshop_path)
    assert not other.document.read_only
    other.close()
    assert not locks.lock_path(workshop_path).exists()


def test_reopening_the_open_file_in_the_same_window_stays_writable(window, workshop_path: Path) -> None:
    assert window.open_path(workshop_path)
    assert window.open_path(workshop_path)
    assert not window.document.read_only
    assert [b for b in window.findChildren(QMessageBox, "lock_notice") if b.isVisible()] == []


def test_save_as_moves_the_lock_to_the_new_file(window, workshop_path: Path, tmp_path: Path) -> None:
    assert window.open_path(workshop_path)
    target = tmp_path / "work" / "Kopi.samskap"
    assert window.save_as(target)
    assert not locks.lock_path(workshop_path).exists()
    assert locks.lock_path(target).exists()
    window.close_workshop()
    assert not locks.lock_path(target).exists()
