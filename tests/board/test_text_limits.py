"""A note holds at most NOTE_TEXT_MAX characters: typing and pasting beyond are refused with a message.

Through the real window: the note editor keeps the text it had and says why under the note;
a paste from another program that is too long makes no note and says so in a dialog.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication, QMessageBox

from app.domain.model import Note
from app.domain.text_limits import NOTE_TEXT_MAX, number
from app.storage.workshop_file import WorkshopFile
from tests.conftest import SCREENSHOTS, save_screenshot
from tests.factories import minimal_workshop, query
from tests.hostile import LONG


def _open_with_note(window, tmp_path: Path, text: str):
    path = tmp_path / "lapp.samskap"
    workshop = minimal_workshop()
    workshop.notes = [Note("b-only", text=text, x=100, y=100, id="n-1")]
    WorkshopFile.create(path, workshop).close()
    assert window.open_path(path)
    return path, window.view


def _save_scene_around(scene, rect: QRectF, name: str) -> None:
    """What the board shows around `rect` (the view scrolls only as far as the notes reach)."""
    area = rect.adjusted(-60, -120, 60, 40)
    image = QImage(area.size().toSize(), QImage.Format.Format_ARGB32)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    scene.render(painter, QRectF(image.rect()), area)
    painter.end()
    SCREENSHOTS.mkdir(exist_ok=True)
    assert image.save(str(SCREENSHOTS / f"{name}.png"))


def _edit(view, qtbot) -> None:
    view.board_scene.note_item("n-1").setSelected(True)
    view.setFocus()
    qtbot.keyClick(view.viewport(), Qt.Key.Key_F2)
    assert view.is_editing()


def test_typing_stops_at_the_limit_and_says_why(window, tmp_path: Path, qtbot) -> None:
    path, view = _open_with_note(window, tmp_path, "x" * (NOTE_TEXT_MAX - 1))
    _edit(view, qtbot)
    editor = view.note_edits.editor
    qtbot.keyClicks(view.viewport(), "ab")
    assert editor.text() == "x" * (NOTE_TEXT_MAX - 1) + "a"
    assert editor.refusal.isVisible()
    assert number(NOTE_TEXT_MAX) in editor.refusal.text()
    _save_scene_around(view.board_scene, editor.refusal.sceneBoundingRect(), "note-editor-text-limit")
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Backspace)  # shorter again: the message goes
    assert not editor.refusal.isVisible()
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Escape)
    assert query(path, "SELECT length(text) FROM notes WHERE id = 'n-1'") == [(NOTE_TEXT_MAX - 1,)]


def test_a_paste_beyond_the_limit_is_refused_whole(window, tmp_path: Path, qtbot) -> None:
    path, view = _open_with_note(window, tmp_path, "Før")
    _edit(view, qtbot)
    editor = view.note_edits.editor
    QApplication.clipboard().setText(LONG)
    qtbot.keyClick(view.viewport(), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert editor.text() == "Før"
    assert editor.refusal.isVisible() and number(len(LONG) + 3) in editor.refusal.text()
    QApplication.clipboard().setText("y" * (NOTE_TEXT_MAX - 3))  # exactly what still fits
    qtbot.keyClick(view.viewport(), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Escape)
    assert query(path, "SELECT text FROM notes WHERE id = 'n-1'") == [("Før" + "y" * (NOTE_TEXT_MAX - 3),)]


def test_a_note_longer_than_the_limit_may_be_shortened(window, tmp_path: Path, qtbot) -> None:
    # A file from before the limit: its note opens, and deleting from it is allowed.
    path, view = _open_with_note(window, tmp_path, "z" * (NOTE_TEXT_MAX + 10))
    _edit(view, qtbot)
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Backspace)
    qtbot.keyClicks(view.viewport(), "q")  # still too long, and longer than a moment ago: refused
    assert view.note_edits.editor.text() == "z" * (NOTE_TEXT_MAX + 9)
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Escape)
    assert query(path, "SELECT length(text) FROM notes WHERE id = 'n-1'") == [(NOTE_TEXT_MAX + 9,)]


def test_pasting_long_text_from_another_program_makes_no_note(window, tmp_path: Path, qtbot) -> None:
    path, view = _open_with_note(window, tmp_path, "Før")
    view.setFocus()
    QApplication.clipboard().setText(LONG)
    qtbot.keyClick(view.viewport(), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    box = window.findChild(QMessageBox, "problem_dialog")
    assert box is not None and box.isVisible()
    assert number(NOTE_TEXT_MAX) in box.text() and number(len(LONG)) in box.text()
    save_screenshot(box, "paste-too-long")
    box.accept()
    assert query(path, "SELECT count(*) FROM notes") == [(1,)]
    QApplication.clipboard().setText("w" * NOTE_TEXT_MAX)
    view.setFocus()
    qtbot.keyClick(view.viewport(), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert query(path, "SELECT count(*) FROM notes WHERE text = ?", ("w" * NOTE_TEXT_MAX,)) == [(1,)]
