"""What the window says and offers for a file it cannot simply open for changes.

Through the real window and its dialogs: a lock nothing here proves alive (another
computer, or a process id now another program's) can be taken over after a clear
warning; a live Samskap's lock cannot. Every refused damaged file offers its
backup, header damage and a zeroed first page included. A sound file in a folder
nobody may write opens read-only with the reason named, not "damaged".
"""

from __future__ import annotations

import dataclasses
import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile
from PySide6.QtWidgets import QMessageBox

from app.commands import AddNotes
from app.domain.model import Note
from app.storage import lock as locks
from app.storage.workshop_file import WorkshopFile
from tests.conftest import save_screenshot
from tests.factories import many_notes_workshop, minimal_workshop, query
from tests.storage.test_refusals import BROKEN_HEADS, freeze

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def workshop_path(tmp_path: Path) -> Path:
    path = tmp_path / "work" / "Felles.samskap"
    path.parent.mkdir()
    WorkshopFile.create(path, minimal_workshop("Felles")).close()
    return path


def visible(window, name: str) -> list[QMessageBox]:
    return [b for b in window.findChildren(QMessageBox, name) if b.isVisible()]


def take_over_button(box: QMessageBox):
    return next((b for b in box.buttons() if "Take over" in b.text()), None)


def qt_lock_naming(workshop: Path, *, pid: int, host: str | None = None) -> None:
    """A Qt lock file as Qt writes it, naming `pid` (and `host`), held by no process."""
    qt_lock = QLockFile(str(locks.qt_lock_path(workshop)))
    assert qt_lock.tryLock(0)
    lines = locks.qt_lock_path(workshop).read_bytes().split(b"\n")
    qt_lock.unlock()
    lines[0] = str(pid).encode()
    if host is not None:
        lines[2] = host.encode()
    locks.qt_lock_path(workshop).write_bytes(b"\n".join(lines))


def json_lock(workshop: Path, **fields) -> None:
    info = locks.LockInfo(user="kari", host="rådhus-pc-7", pid=4242, since="2026-03-12T08:15:00+00:00", token="t")
    info = dataclasses.replace(info, **fields)
    locks.lock_path(workshop).write_text(json.dumps(dataclasses.asdict(info)), encoding="utf-8")


@pytest.fixture
def live_python() -> Iterator[subprocess.Popen[str]]:
    """A live process with the same program name as ours that holds no lock: a reused pid."""
    child = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE, text=True)
    yield child
    assert child.stdin is not None
    child.stdin.close()
    child.wait(timeout=60)


def take_over(window, qtbot, workshop: Path) -> None:
    """Open `workshop`, find the offer, read its warning, and take the lock over."""
    assert window.open_path(workshop)
    assert window.document.read_only
    (notice,) = visible(window, "lock_notice")
    text = notice.text()
    assert "take it over" in text and "work will be lost" in text
    button = take_over_button(notice)
    assert button is not None
    save_screenshot(notice, "lock_take_over")
    button.click()
    qtbot.waitUntil(lambda: window.document is not None and not window.document.read_only)


def test_a_lock_from_another_computer_can_be_taken_over_after_a_warning(window, workshop_path: Path, qtbot) -> None:
    qt_lock_naming(workshop_path, pid=4242, host="rådhus-pc-7")
    json_lock(workshop_path)
    take_over(window, qtbot, workshop_path)

    mine = locks.read_lock(locks.lock_path(workshop_path))
    assert mine is not None and mine.host == locks.this_host() and mine.user == locks.current_user()
    window.undo_stack.push(AddNotes(document=window.document, notes=[Note("b-only", text="teke over", id="n-mine")]))
    assert query(workshop_path, "SELECT id FROM notes") == [("n-mine",)]
    # And it is really held now: a second comer is told who, and gets it read-only.
    ours, holder = locks.acquire(workshop_path)
    assert ours is None and holder is not None and holder.pid == mine.pid
    window.close_workshop()
    assert not locks.qt_lock_path(workshop_path).exists()


def test_a_lock_naming_a_pid_now_of_another_program_can_be_taken_over(
    window, workshop_path: Path, qtbot, live_python: subprocess.Popen[str]
) -> None:
    qt_lock_naming(workshop_path, pid=live_python.pid)
    ours, holder = locks.acquire(workshop_path)
    assert ours is None and holder is not None and holder.pid == live_python.pid, "Qt alone keeps it"
    take_over(window, qtbot, workshop_path)
    mine = locks.read_lock(locks.lock_path(workshop_path))
    assert mine is not None and mine.pid != live_python.pid


def test_declining_keeps_it_read_only(window, workshop_path: Path, qtbot) -> None:
    qt_lock_naming(workshop_path, pid=4242, host="rådhus-pc-7")
    json_lock(workshop_path)
    assert window.open_path(workshop_path)
    (notice,) = visible(window, "lock_notice")
    notice.button(QMessageBox.StandardButton.Ok).click()
    assert window.document.read_only
    assert locks.read_lock(locks.lock_path(workshop_path)).host == "rådhus-pc-7"


HOLDER = """
import sys
from pathlib import Path
from app.storage import lock as locks

lock, _ = locks.acquire(Path(sys.argv[1]))
print("held" if lock else "not held", flush=True)
sys.stdin.read()
lock.release()
"""


def test_a_live_samskap_on_this_computer_is_never_offered_for_taking_over(window, workshop_path: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(workshop_path)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        assert window.open_path(workshop_path)
        (notice,) = visible(window, "lock_notice")
        assert take_over_button(notice) is None and "take it over" not in notice.text()
        # Nor does asking for it anyway break a live lock.
        ours, who = locks.acquire(workshop_path, take_over=True)
        assert ours is None and who is not None and who.pid == holder.pid
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=60)


# -- damaged files offer their backup ------------------------------------------------------------


@pytest.mark.parametrize("kind", list(BROKEN_HEADS))
def test_every_refused_damaged_file_offers_its_backup(window, workshop_path: Path, qtbot, kind: str) -> None:
    assert window.open_path(workshop_path)
    window.undo_stack.push(AddNotes(document=window.document, notes=many_notes_workshop(40).notes))
    window.close_workshop()  # closing takes a backup
    workshop_path.write_bytes(BROKEN_HEADS[kind](workshop_path.read_bytes()))
    damaged = workshop_path.read_bytes()

    assert not window.open_path(workshop_path)
    (offer,) = visible(window, "corrupt_offer")
    assert "damaged" in offer.text() and "backup" in offer.text()
    if kind == "zeroed first page":
        save_screenshot(offer, "corrupt_offer_zeroed")
    next(b for b in offer.buttons() if "backup" in b.text()).click()
    qtbot.waitUntil(lambda: window.document is not None)
    assert len(window.document.workshop.notes) == 40
    assert workshop_path.read_bytes() == damaged


# -- a sound file nobody may write --------------------------------------------------------------


@pytest.fixture
def frozen_workshop(tmp_path: Path) -> Iterator[Path]:
    if shutil.which("chattr") is None:
        pytest.skip("chattr is not installed")
    folder = tmp_path / "delt"
    folder.mkdir()
    path = folder / "Felles.samskap"
    WorkshopFile.create(path, many_notes_workshop(30)).close()
    freeze(folder)
    yield path
    subprocess.run(["chattr", "-i", str(folder)], check=False)


def test_a_sound_workshop_in_a_read_only_folder_opens_for_viewing_with_the_reason(
    window, frozen_workshop: Path
) -> None:
    assert window.open_path(frozen_workshop)
    assert window.document.read_only and len(window.document.workshop.notes) == 30
    (problem,) = visible(window, "problem_dialog")
    text = problem.text()
    assert "viewing only" in text and "folder is read-only" in text
    assert "Nothing in it is damaged" in text
    save_screenshot(problem, "read_only_folder")
    assert visible(window, "corrupt_offer") == []
