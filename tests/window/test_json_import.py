"""File > Import JSON… off the UI thread: progress for a large file, a window that goes on
answering meanwhile, and Cancel (or closing the window) leaving no file behind.

Real files in tmp_path: a samskap/1 export of thousands of notes, read back by the window.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressBar, QPushButton

from app.domain.model import Workshop
from app.storage.interchange import export_json, import_json
from app.storage.workshop_file import WorkshopFile
from tests.conftest import save_screenshot
from tests.factories import many_notes_workshop, minimal_workshop, query

NOTES = 3000


@pytest.fixture(scope="module")
def large_workshop() -> Workshop:
    return many_notes_workshop(NOTES)


@pytest.fixture
def large_json(tmp_path: Path, large_workshop: Workshop) -> Path:
    path = tmp_path / "Stor samling.json"
    export_json(large_workshop, path)
    return path


def files_in(folder: Path) -> set[str]:
    """Every file in the folder, hidden temporary ones included."""
    return {p.name for p in folder.iterdir()}


def test_a_large_import_shows_progress_and_the_window_answers_meanwhile(
    window, large_json: Path, qtbot, monkeypatch
) -> None:
    target = window.exports._folder / "Stor samling.samskap"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(large_json), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    before = files_in(target.parent)
    importer = window.exports.json_import

    window.import_dialog()
    read_job = importer.job
    assert read_job is not None and read_job.dialog is not None and read_job.dialog.isVisible()
    save_screenshot(read_job.dialog, "import_progress")
    shown: list[tuple[int, int]] = []
    bar = read_job.dialog.findChild(QProgressBar)
    bar.valueChanged.connect(lambda value: shown.append((value, bar.maximum())))
    # A timer on the UI thread: each tick notes which job's work was running at that moment.
    ticks: list[tuple[object, bool]] = []
    timer = QTimer()
    timer.setInterval(0)
    timer.timeout.connect(
        lambda: (
            ticks.append((importer.job, importer.job.dialog is not None and importer.job.dialog.isVisible()))
            if importer.is_running()
            else None
        )
    )
    timer.start()
    qtbot.waitUntil(lambda: window.document is not None, timeout=60_000)
    timer.stop()

    assert shown and shown[-1][0] == shown[-1][1] >= NOTES, "the bar followed the rows read"
    jobs_ticked = {job for job, _dialog in ticks}
    assert read_job in jobs_ticked, "the window answered while the file was read"
    write_job = importer.job
    assert write_job is not read_job and write_job in jobs_ticked, "and while the workshop was written"
    assert all(dialog for _job, dialog in ticks), "each step of a large import shows its progress"
    assert window.document.file.path == target
    assert len(window.document.workshop.notes) == NOTES
    window.close_workshop()  # gives up its lock and write-ahead log
    assert files_in(target.parent) == before | {target.name}, "no temporary file left"


@pytest.mark.parametrize("when", ["at once", "at the first progress", "as the work finishes", "by closing the window"])
def test_cancel_leaves_no_file_and_an_existing_one_as_it_was(
    window, large_workshop: Workshop, qtbot, when: str
) -> None:
    folder = window.exports._folder
    replaced = folder / "Finst frå før.samskap"
    WorkshopFile.create(replaced, minimal_workshop("Finst frå før")).close()
    original = replaced.read_bytes()
    new = folder / "Ny.samskap"
    before = files_in(folder)

    for target in (replaced, new):
        job = window.exports.json_import.write(large_workshop, target)
        assert job.dialog is not None
        if when == "at once":
            job.cancel()
        elif when == "as the work finishes":
            assert job.job.wait(60)  # the file is written, its outcome not yet reported: Cancel wins
            job.cancel()
        elif when == "at the first progress":
            cancel = job.dialog.findChild(QPushButton)
            job.dialog.findChild(QProgressBar).valueChanged.connect(lambda _value, button=cancel: button.click())
        if when == "by closing the window":
            window.close()
            assert not window.exports.json_import.is_running()
        else:
            with qtbot.waitSignal(job.cancelled), qtbot.assertNotEmitted(job.succeeded):
                pass

    assert files_in(folder) == before, "no new file and no temporary one"
    assert replaced.read_bytes() == original
    assert query(replaced, "SELECT title FROM workshop") == [("Finst frå før",)]
    assert window.document is None


def test_an_import_that_cannot_be_written_is_explained(window, tmp_path: Path, qtbot) -> None:
    blocker = tmp_path / "not a folder"
    blocker.write_text("x")
    job = window.exports.json_import.write(import_json_sample(tmp_path), blocker / "Umogleg.samskap")
    with qtbot.waitSignal(job.failed):
        pass
    boxes = [b for b in window.findChildren(QMessageBox, "problem_dialog") if b.isVisible()]
    assert boxes and boxes[0].windowTitle() == "Cannot import"
    assert window.document is None


def import_json_sample(tmp_path: Path) -> Workshop:
    path = tmp_path / "liten.json"
    export_json(minimal_workshop("Liten"), path)
    return import_json(path)
