"""Backups off the UI thread: the window's periodic backup runs as a job on a worker thread
while the window goes on writing, and a backup cut off mid-way (cancelled, killed, a full
disk) leaves no partial file among the backups.

Real files in tmp_path, a real small file system for the full disk (see test_write_failures).
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from app.commands import AddNotes
from app.domain.model import Board, Note, Phase
from app.jobs import Cancelled
from app.storage.backups import INTERVAL, BackupStore
from app.storage.workshop_file import WorkshopFile, check_file
from tests.factories import minimal_workshop, query
from tests.storage import test_write_failures as full_disk
from tests.storage.test_backups import Clock, notes_in

ROOT = Path(__file__).resolve().parents[2]
small_disk = full_disk.small_disk  # a 2 MB file system of its own, to be filled


@pytest.fixture
def large_path(tmp_path: Path) -> Path:
    """A workshop of some megabytes: a board shown at opening, and another full of long notes."""
    workshop = minimal_workshop("Stor")
    workshop.boards.append(Board("Arkiv", Phase.CO_DESIGN, id="b-archive", position=1))
    # Each note just under the 2,000 characters a note may hold (app.domain.text_limits).
    workshop.notes = [Note("b-archive", text=f"{i}: " + "lang tekst " * 180, id=f"n-{i:05d}") for i in range(3000)]
    path = tmp_path / "work" / "Stor.samskap"
    path.parent.mkdir()
    WorkshopFile.create(path, workshop).close()
    return path


def files_in(folder: Path) -> set[str]:
    """Every file in the folder, hidden temporary ones included."""
    return {p.name for p in folder.iterdir()}


def add_note(window, text: str) -> None:
    window.undo_stack.push(AddNotes(document=window.document, notes=[Note("b-only", text=text)]))


def test_a_periodic_backup_runs_off_the_ui_thread_while_the_window_writes(window, large_path: Path, qtbot) -> None:
    clock = Clock()
    window.guard.backups.clock = clock
    assert window.open_path(large_path)
    guard = window.guard
    # Each tick of a timer on the UI thread notes whether the backup's work was running then.
    ticks: list[bool] = []
    timer = QTimer()
    timer.setInterval(0)
    timer.timeout.connect(lambda: ticks.append(guard.backup_job is not None and guard.backup_job.is_running()))
    reported_on: list[threading.Thread] = []
    guard.backup_taken.connect(lambda _backup: reported_on.append(threading.current_thread()))

    timer.start()
    with qtbot.waitSignal(guard.backup_taken, timeout=60_000) as taken:
        add_note(window, "første endring")  # the first change of a session is backed up
        # Its outcome comes on the event loop: right after the commit the job is under way.
        assert [job.name for job in window.jobs.running()] == ["samskap-backup"]
        add_note(window, "medan backupen går")  # the window writes while the copy is read
    timer.stop()

    assert True in ticks, "the UI thread answered while the backup was being copied"
    assert reported_on == [threading.main_thread()], "the job reports on the UI thread's loop"
    backup = taken.args[0]
    assert guard.backups.backups(large_path) == [backup]
    check_file(backup.path, full=True)
    assert "første endring" in notes_in(backup.path)
    assert query(backup.path, "SELECT count(*) FROM notes") >= [(3001,)]
    assert [n for n in files_in(backup.path.parent) if "partial" in n] == []

    # The change made during the copy is still due: the next periodic backup takes it.
    clock.advance(INTERVAL)
    with qtbot.waitSignal(guard.backup_taken, timeout=60_000) as second:
        guard.backup_if_due()
    assert "medan backupen går" in notes_in(second.args[0].path)
    assert len(guard.backups.backups(large_path)) == 2


def test_closing_waits_for_a_periodic_backup_under_way_then_takes_its_own(window, large_path: Path, qtbot) -> None:
    assert window.open_path(large_path)
    store = window.guard.backups
    add_note(window, "A")  # starts a periodic backup on a worker thread
    job = window.guard.backup_job
    assert job is not None and job.job.running
    add_note(window, "B")  # may or may not be in that copy: the closing backup has it for sure
    window.close_workshop()

    assert job.job.returned(), "closing waited for the copy under way"
    backups = store.backups(large_path)
    assert len(backups) == 2
    assert {"A", "B"} <= notes_in(backups[0].path)
    for backup in backups:
        check_file(backup.path, full=True)
    # The job's own outcome comes on the loop afterwards and starts nothing more.
    qtbot.waitUntil(lambda: window.guard.backup_job is None)
    assert store.backups(large_path) == backups
    assert [n for n in files_in(backups[0].path.parent) if "partial" in n] == []


def test_a_cancelled_backup_leaves_no_partial_file(large_path: Path, tmp_path: Path) -> None:
    store = BackupStore(tmp_path / "backups", clock=Clock())
    seen: list[tuple[int, int]] = []

    def stop_after_the_first_step(done: int, total: int) -> None:
        seen.append((done, total))
        raise Cancelled

    with pytest.raises(Cancelled):
        store.take_of(large_path, progress=stop_after_the_first_step)
    assert seen and seen[0][0] < seen[0][1], "stopped mid-way"
    assert store.backups(large_path) == []
    assert files_in(store.folder_for(large_path)) == {"origin.txt"}


def test_a_backup_killed_mid_way_is_never_listed_and_its_leftover_goes(large_path: Path, tmp_path: Path) -> None:
    root = tmp_path / "backups"
    # A session that dies (SIGKILL, as a power cut would) in the middle of a copy.
    child = textwrap.dedent(
        f"""
        import os, signal
        from pathlib import Path
        from app.storage.backups import BackupStore

        def die(done, total):
            if done < total:
                os.kill(os.getpid(), signal.SIGKILL)

        BackupStore(Path({str(root)!r})).take_of(Path({str(large_path)!r}), progress=die)
        """
    )
    done = subprocess.run([sys.executable, "-c", child], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == -9, done.stderr
    store = BackupStore(root, clock=Clock())
    folder = store.folder_for(large_path)
    leftovers = {n for n in files_in(folder) if "partial" in n}
    assert leftovers, "the copy was cut off mid-way, under its temporary name"
    assert store.backups(large_path) == [], "and is never listed as a backup"

    backup = store.take_of(large_path)
    check_file(backup.path, full=True)
    assert files_in(folder) == {"origin.txt", backup.path.name}, "the next backup removes the leftover"


def test_a_periodic_backup_on_a_full_disk_is_reported_and_leaves_no_partial_file(
    window,
    tmp_path: Path,
    small_disk: Path,
    qtbot,
) -> None:
    path = tmp_path / "Fullt.samskap"
    WorkshopFile.create(path, minimal_workshop("Full disk")).close()
    clock = Clock()
    store = window.guard.backups
    store.root, store.clock = small_disk / "backups", clock
    assert window.open_path(path)
    with qtbot.waitSignal(window.guard.backup_taken):
        add_note(window, "før disken vart full")
    before = files_in(store.folder_for(path))

    filler = full_disk.fill(small_disk)
    os.truncate(filler, filler.stat().st_size - 64 * 1024)  # room for the start of a copy, not all of it
    clock.advance(INTERVAL + timedelta(minutes=1))
    big = "på full disk " + "x" * 500_000
    add_note(window, big)  # the workshop's own disk has room: only its backup fails
    job = window.guard.backup_job
    assert job is not None
    with qtbot.waitSignal(job.failed, timeout=60_000):
        pass
    message = window.statusBar().currentMessage()
    assert message.startswith("No backup could be made") and "the disk is full" in message
    assert files_in(store.folder_for(path)) == before, "no partial file among the backups"

    filler.unlink()
    with qtbot.waitSignal(window.guard.backup_taken, timeout=60_000) as taken:
        window.guard.backup_if_due()  # the change is still due, and now it fits
    assert big in notes_in(taken.args[0].path)
