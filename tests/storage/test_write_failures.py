"""A disk that fills up, or files that turn read-only, in the middle of a workshop.

Real failures, not simulated ones: a 2 MB tmpfs mounted for the test and
filled to the last byte, and workshop files made immutable with chattr (root
writes through a plain chmod). The failed edit stays in memory and on the
screen, the facilitator is told at once, a retry writes it when the disk
allows, Save as… writes it elsewhere, and what was committed before is intact.
Skipped, with the reason, where the sandbox allows neither mount nor chattr.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from app.commands import AddNotes
from app.document import WorkshopDocument
from app.domain.model import Note
from app.storage.workshop_file import WorkshopFile
from tests.conftest import save_screenshot
from tests.factories import minimal_workshop, query


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 2 MB file system of its own, so that it can be filled without filling the machine."""
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    if not hasattr(os, "geteuid") or os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small file system needs root and mount(8)")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount_point)], capture_output=True, text=True
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small file system here: {done.stderr.strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def fill(disk: Path) -> Path:
    """Write a file until the disk is full; delete it to give the space back."""
    filler = disk / "filler.bin"
    with open(filler, "wb", buffering=0) as f:
        chunk = b"\0" * 4096
        while True:
            try:
                f.write(chunk)
            except OSError as error:
                assert error.errno == errno.ENOSPC
                break
    return filler


def integrity(path: Path) -> str:
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def texts(path: Path) -> set[str]:
    return {row[0] for row in query(path, "SELECT text FROM notes")}


def unsaved(document: WorkshopDocument) -> bool:
    # A call, not the property: mypy keeps a property narrowed by an assert and would call the
    # check after the disk frees up unreachable.
    return document.has_unsaved_changes


def test_full_disk_keeps_failed_edits_and_writes_them_when_space_returns(small_disk: Path) -> None:
    path = small_disk / "Fullt.samskap"
    WorkshopFile.create(path, minimal_workshop("Full disk")).close()
    document = WorkshopDocument.open(WorkshopFile.open(path))
    failures: list[str] = []
    recovered: list[bool] = []
    document.write_failed.connect(failures.append)
    document.write_recovered.connect(lambda: recovered.append(True))
    committed = Note("b-only", text="lagret før disken ble full", id="n-before")
    document.add_notes([committed])

    filler = fill(small_disk)
    lost_1 = Note("b-only", text="skrevet på full disk " + "x" * 20_000, id="n-full-1")
    document.add_notes([lost_1])
    assert failures and "disk is full" in failures[0]
    document.change_notes({"n-before": {"text": "endret på full disk"}})
    lost_2 = Note("b-only", text="enda en", id="n-full-2")
    document.add_notes([lost_2])
    # In memory (and so on screen) everything is there; nothing of it reached the file.
    assert {n.id for n in document.workshop.notes} == {"n-before", "n-full-1", "n-full-2"}
    assert unsaved(document)
    assert texts(path) == {"lagret før disken ble full"}
    assert integrity(path) == "ok"
    assert document.retry_pending() is False, "still full"

    filler.unlink()
    assert document.retry_pending() is True
    assert recovered == [True] and not unsaved(document)
    assert texts(path) == {"endret på full disk", lost_1.text, "enda en"}
    assert integrity(path) == "ok"
    document.close()
    reopened = WorkshopFile.open(path)
    assert {n.id for n in reopened.load().notes} == {"n-before", "n-full-1", "n-full-2"}
    reopened.close()


def test_a_later_successful_commit_writes_the_failed_ones_first(small_disk: Path) -> None:
    path = small_disk / "Rekkefølge.samskap"
    WorkshopFile.create(path, minimal_workshop()).close()
    document = WorkshopDocument.open(WorkshopFile.open(path))
    filler = fill(small_disk)
    document.add_notes([Note("b-only", text="a" * 30_000, id="n-a")])
    assert unsaved(document)
    filler.unlink()
    # The next edit refers to the note that failed: both go in, in order, in one transaction.
    document.change_notes({"n-a": {"text": "a, endret"}})
    assert not unsaved(document)
    assert texts(path) == {"a, endret"}


def test_full_disk_in_the_window_tells_at_once_keeps_the_note_and_recovers(window, small_disk: Path, qtbot) -> None:
    path = small_disk / "Vindu.samskap"
    WorkshopFile.create(path, minimal_workshop("Vindu")).close()
    assert window.open_path(path)
    window.undo_stack.push(AddNotes(document=window.document, notes=[Note("b-only", text="trygt lagret")]))
    filler = fill(small_disk)

    note = Note("b-only", text="ikke lagret ennå " + "ŋ" * 20_000)
    window.undo_stack.push(AddNotes(document=window.document, notes=[note]))
    boxes = [b for b in window.findChildren(QMessageBox, "write_problem") if b.isVisible()]
    assert len(boxes) == 1 and "disk is full" in boxes[0].text() and "Save as" in boxes[0].text()
    save_screenshot(boxes[0], "write_problem")
    assert window.view.board_scene.note_item(note.id) is not None, "the edit stays on the screen"
    assert window._save_state.text().startswith("NOT SAVED")
    assert window.guard.retry_timer.isActive()
    qtbot.waitUntil(lambda: window._save_state.width() >= window._save_state.sizeHint().width())
    save_screenshot(window, "write_problem_window")
    # A second failing edit does not pile a second dialog on the first.
    window.undo_stack.push(AddNotes(document=window.document, notes=[Note("b-only", text="to")]))
    assert len([b for b in window.findChildren(QMessageBox, "write_problem") if b.isVisible()]) == 1

    window.guard.retry_timer.timeout.emit()
    assert window.document.has_unsaved_changes, "still full"
    filler.unlink()
    window.guard.retry_timer.timeout.emit()
    assert not window.document.has_unsaved_changes
    assert not window.guard.retry_timer.isActive()
    assert window._save_state.text() == "Every change is saved"
    assert [b for b in window.findChildren(QMessageBox, "write_problem") if b.isVisible()] == []
    assert texts(path) == {"trygt lagret", note.text, "to"}
    assert integrity(path) == "ok"
    # Undo still works and is written.
    window.undo()
    assert texts(path) == {"trygt lagret", note.text}


def test_save_as_elsewhere_writes_the_changes_the_full_disk_refused(window, small_disk: Path, tmp_path: Path) -> None:
    path = small_disk / "Redning.samskap"
    WorkshopFile.create(path, minimal_workshop("Redning")).close()
    assert window.open_path(path)
    window.undo_stack.push(AddNotes(document=window.document, notes=[Note("b-only", text="før")]))
    fill(small_disk)
    window.undo_stack.push(AddNotes(document=window.document, notes=[Note("b-only", text="etter " + "e" * 20_000)]))
    assert window.document.has_unsaved_changes

    target = tmp_path / "Redning på annen disk.samskap"
    assert window.save_as(target)
    assert window.document.file.path == target and not window.document.has_unsaved_changes
    assert texts(target) == {"før", "etter " + "e" * 20_000}
    assert integrity(target) == "ok"
    assert texts(path) == {"før"}, "the full disk's file keeps what it had"
    assert integrity(path) == "ok"
    window.undo_stack.push(AddNotes(document=window.document, notes=[Note("b-only", text="i kopien")]))
    assert "i kopien" in texts(target)


def test_closing_with_unsaved_changes_asks_first(window, small_disk: Path) -> None:
    path = small_disk / "Lukk.samskap"
    WorkshopFile.create(path, minimal_workshop()).close()
    assert window.open_path(path)
    fill(small_disk)
    window.undo_stack.push(AddNotes(document=window.document, notes=[Note("b-only", text="z" * 20_000)]))
    for box in window.findChildren(QMessageBox, "write_problem"):
        box.done(0)
    window.close_action.trigger()
    asks = [b for b in window.findChildren(QMessageBox, "unsaved_close") if b.isVisible()]
    assert len(asks) == 1 and window.document is not None, "not closed before the facilitator answers"
    discard = next(b for b in asks[0].buttons() if "without" in b.text())
    discard.click()
    assert window.document is None
    assert integrity(path) == "ok"


@pytest.fixture
def immutable(tmp_path: Path) -> Iterator[list[Path]]:
    """Files made immutable with chattr +i, made mutable again after the test."""
    if shutil.which("chattr") is None:
        pytest.skip("chattr is not installed")
    made: list[Path] = []
    yield made
    for path in made:
        subprocess.run(["chattr", "-i", str(path)], check=False)


def make_immutable(paths: list[Path], made: list[Path]) -> None:
    for path in paths:
        done = subprocess.run(["chattr", "+i", str(path)], capture_output=True, text=True)
        if done.returncode != 0:
            pytest.skip(f"cannot make files immutable here: {done.stderr.strip()}")
        made.append(path)


def test_files_that_turn_read_only_under_the_app(window, tmp_path: Path, immutable: list[Path]) -> None:
    path = tmp_path / "Låst.samskap"
    WorkshopFile.create(path, minimal_workshop("Låst")).close()
    assert window.open_path(path)
    window.undo_stack.push(AddNotes(document=window.document, notes=[Note("b-only", text="før låsing")]))
    # The database and its write-ahead log refuse writes from now on. (Not the -shm: SQLite maps
    # it into memory, and an immutable mapped file kills the process with SIGBUS.)
    make_immutable([path, Path(f"{path}-wal")], immutable)

    note = Note("b-only", text="mens filen er låst")
    window.undo_stack.push(AddNotes(document=window.document, notes=[note]))
    boxes = [b for b in window.findChildren(QMessageBox, "write_problem") if b.isVisible()]
    assert len(boxes) == 1 and "could not be written" in boxes[0].text()
    assert window.view.board_scene.note_item(note.id) is not None
    assert texts(path) == {"før låsing"}

    for locked in immutable:
        subprocess.run(["chattr", "-i", str(locked)], check=True)
    assert window.guard.retry_saving()
    assert texts(path) == {"før låsing", "mens filen er låst"}
    assert integrity(path) == "ok"
