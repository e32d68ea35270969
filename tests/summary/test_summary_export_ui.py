"""File > Export summary (PDF)… in the window: off the UI thread, with progress, cancel and clear failures."""

from __future__ import annotations

import pypdf
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox, QProgressBar, QProgressDialog, QPushButton

from app.commands import EditEntities
from app.domain.model import Board, Note, Phase, Workshop, WorkshopInfo
from app.storage.workshop_file import WorkshopFile
from tests.conftest import save_screenshot


def big_workshop_file(folder, count: int = 2000):
    board = Board("Mange lapper", Phase.CO_DESIGN, id="b")
    notes = [
        Note("b", text=f"Lapp {i}: trygg hverdag hjemme", x=(i % 50) * 200.0, y=(i // 50) * 140.0, z=float(i))
        for i in range(count)
    ]
    path = folder / "stor.samskap"
    workshop = Workshop(WorkshopInfo("Stort verksted", language="nb"), boards=[board], notes=notes)
    WorkshopFile.create(path, workshop).close()
    return path


def pdf_text(path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in pypdf.PdfReader(path).pages)


def test_the_menu_action_is_there_only_with_a_workshop_open(window):
    action = window.summary_action
    assert action in window.menuBar().actions()[0].menu().actions()
    assert not action.isEnabled()
    window.open_path(window._demo_path())
    assert action.isEnabled()


def test_export_runs_in_the_background_and_the_window_keeps_running(window, qtbot, tmp_path, monkeypatch):
    import threading

    import app.summary

    assert window.open_path(big_workshop_file(tmp_path))
    target = tmp_path / "oppsummering.pdf"
    ticks_while_running = 0
    progress_shown: list[int] = []
    # The real export, held at its start until the UI thread has handled a timer event:
    # it can only finish if the window's event loop runs while the export is under way.
    ui_ran = threading.Event()
    real_export = app.summary.export_summary

    def export_after_the_ui_ran(*args, **kwargs):
        if not ui_ran.wait(timeout=30):
            raise AssertionError("the UI thread did not run while the export was waiting")
        return real_export(*args, **kwargs)

    monkeypatch.setattr(app.summary, "export_summary", export_after_the_ui_ran)

    def tick() -> None:
        nonlocal ticks_while_running
        if job.is_running():
            ticks_while_running += 1
            ui_ran.set()

    job = window.export_summary_to(target)
    assert job is not None
    job.dialog.findChild(QProgressBar).valueChanged.connect(progress_shown.append)
    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(1)
    assert job.dialog.isVisible()
    save_screenshot(job.dialog, "summary-export-progress")
    # An edit made meanwhile goes to the workshop file, not into this summary: it exports a snapshot.
    note = Note("b", text="Skrevet under eksporten", x=-500.0)
    window.undo_stack.push(EditEntities("add", document=window.document, upsert=[note], board_id="b"))
    with qtbot.waitSignal(job.finished, timeout=60_000), qtbot.assertNotEmitted(job.failed):
        pass
    timer.stop()
    assert ticks_while_running > 0, "the event loop did not run while the PDF was being written"
    assert progress_shown and max(progress_shown) > 0, "the dialog's bar did not move"
    assert job.dialog is None
    assert not [d for d in window.findChildren(QProgressDialog) if d.isVisible()]
    text = pdf_text(target)
    assert "Lapp 0: trygg hverdag hjemme" in text and "Lapp 1999: trygg hverdag hjemme" in text
    assert "Skrevet under eksporten" not in text
    assert window.document.find(Note, note.id) is not None
    assert "oppsummering.pdf" in window.statusBar().currentMessage()


def test_cancel_stops_the_export_and_leaves_the_old_file(window, qtbot, tmp_path):
    assert window.open_path(big_workshop_file(tmp_path))
    target = tmp_path / "oppsummering.pdf"
    target.write_bytes(b"last week's summary")
    job = window.export_summary_to(target)
    cancel = job.dialog.findChild(QPushButton)
    with qtbot.waitSignal(job.cancelled, timeout=60_000):
        cancel.click()
    assert target.read_bytes() == b"last week's summary"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".partial")]


def test_a_target_that_cannot_be_written_says_why_and_leaves_nothing(window, qtbot, tmp_path):
    window.open_path(window._demo_path())
    target = tmp_path / "summary.pdf"
    target.mkdir()
    job = window.export_summary_to(target)
    with qtbot.waitSignal(job.failed, timeout=60_000) as failed:
        pass
    assert "summary.pdf" in failed.args[0] and "folder" in failed.args[0]
    box = window.findChild(QMessageBox, "problem_dialog")
    assert box is not None and box.isVisible() and failed.args[0] in box.text()
    assert box.windowTitle() == "Cannot export the summary"
    assert target.is_dir() and list(target.iterdir()) == []
    box.close()


def test_closing_the_window_during_an_export_cancels_it(window, qtbot, tmp_path):
    assert window.open_path(big_workshop_file(tmp_path))
    target = tmp_path / "oppsummering.pdf"
    job = window.export_summary_to(target)
    assert job.is_running()
    window.close()
    assert not job.is_running()
    assert not target.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".partial")]


def test_a_second_export_while_one_runs_is_ignored(window, qtbot, tmp_path):
    assert window.open_path(big_workshop_file(tmp_path))
    job = window.export_summary_to(tmp_path / "a.pdf")
    assert window.export_summary_to(tmp_path / "b.pdf") is None
    with qtbot.waitSignal(job.finished, timeout=60_000):
        pass
    assert (tmp_path / "a.pdf").exists() and not (tmp_path / "b.pdf").exists()


def test_the_export_dialog_offers_the_public_version(window, qtbot, tmp_path):
    from PySide6.QtWidgets import QCheckBox

    from widgets.window.summary_dialog import SummaryFileDialog

    window.open_path(window._demo_path())
    names = [p.name for p in window.document.workshop.participants]
    window.exports.export_summary_dialog()
    dialog = window.findChild(SummaryFileDialog, "summary_file_dialog")
    assert dialog is not None and dialog.isVisible()
    box = dialog.findChild(QCheckBox, "public_version")
    assert box is not None and box.isVisible() and not box.isChecked()
    box.setChecked(True)
    save_screenshot(dialog, "summary-export-dialog-public")
    target = tmp_path / "offentlig"  # the dialog adds .pdf
    dialog.selectFile(str(target))
    with qtbot.waitSignal(dialog.chosen, timeout=5_000) as chosen:
        dialog.accept()
    assert chosen.args == [tmp_path / "offentlig.pdf", True, ""]  # "": the current meeting
    job = window.exports.summary_job
    with qtbot.waitSignal(job.finished, timeout=60_000):
        pass
    text = pdf_text(tmp_path / "offentlig.pdf")
    assert "OFFENTLIG VERSJON" in text
    assert not [name for name in names if name in text]


def test_the_export_dialog_offers_each_meeting_of_the_process(window, qtbot, tmp_path):
    from PySide6.QtWidgets import QComboBox

    from widgets.window.summary_dialog import SummaryFileDialog

    window.open_path(window._demo_path())
    workshop = window.document.workshop
    may = workshop.meetings_in_order()[1]
    window.exports.export_summary_dialog()
    dialog = window.findChild(SummaryFileDialog, "summary_file_dialog")
    box = dialog.findChild(QComboBox, "summary_meeting")
    assert box is not None and box.isVisible()
    assert box.count() == len(workshop.meetings) and box.currentText().endswith("(current)")
    box.setCurrentIndex(box.findData(may.id))
    save_screenshot(dialog, "summary-export-dialog-meeting")
    dialog.selectFile(str(tmp_path / "mai"))
    with qtbot.waitSignal(dialog.chosen, timeout=5_000) as chosen:
        dialog.accept()
    assert chosen.args == [tmp_path / "mai.pdf", False, may.id]
    job = window.exports.summary_job
    with qtbot.waitSignal(job.finished, timeout=60_000):
        pass
    text = pdf_text(tmp_path / "mai.pdf")
    assert may.place in text and "Siden forrige møte: 2 ferdig, 1 stoppet, 4 nye." in " ".join(text.split())
