"""Titles and arrow labels keep to their limits in every editor, and say so when they refuse.

Through the real dialogs: a key or a paste that would make the text longer than a title
(TITLE_MAX) or a label (LABEL_MAX) holds is undone as it lands, with the reason shown
beside the field; the text that fits is kept whole, never cut.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QLabel, QLineEdit

from app.domain.model import Connector, Note
from app.domain.text_limits import LABEL_MAX, TITLE_MAX, number
from app.storage.workshop_file import WorkshopFile
from tests.conftest import save_screenshot
from tests.factories import minimal_workshop, query
from tests.hostile import LONG
from widgets.agenda.step_dialog import StepDialog
from widgets.voting.vote_setup_dialog import VoteSetupDialog
from widgets.wizard.new_workshop_wizard import DetailsPage


def _type_and_paste_beyond(edit: QLineEdit, qtbot, limit: int) -> None:
    """Fill `edit` to its limit, then try one more key and a long paste: both are refused."""
    edit.setText("t" * (limit - 1))
    edit.setFocus()
    edit.end(False)
    qtbot.keyClicks(edit, "uv")
    assert edit.text() == "t" * (limit - 1) + "u"
    QApplication.clipboard().setText(LONG)
    edit.selectAll()
    edit.paste()
    assert edit.text() == "t" * (limit - 1) + "u"


def _refusal(widget) -> QLabel:
    label = widget.findChild(QLabel, "length_refusal")
    assert label is not None
    return label


def test_an_agenda_step_title_refuses_beyond_the_limit(qtbot) -> None:
    dialog = StepDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    _type_and_paste_beyond(dialog.title, qtbot, TITLE_MAX)
    assert _refusal(dialog).isVisible()
    assert number(TITLE_MAX) in _refusal(dialog).text()
    save_screenshot(dialog, "step-dialog-title-limit")
    qtbot.keyClick(dialog.title, Qt.Key.Key_Backspace)
    assert not _refusal(dialog).isVisible()
    assert len(dialog.values()["title"]) == TITLE_MAX - 1
    qtbot.keyClicks(dialog.title, "xy")  # one key too many: the message counts it
    assert _refusal(dialog).isVisible() and number(TITLE_MAX + 1) in _refusal(dialog).text()
    assert dialog.values()["title"] == "t" * (TITLE_MAX - 1) + "x"


def test_a_vote_question_refuses_beyond_the_limit(qtbot) -> None:
    dialog = VoteSetupDialog(board_id="b-only", frames=[], participants=[])
    qtbot.addWidget(dialog)
    dialog.show()
    _type_and_paste_beyond(dialog.title, qtbot, TITLE_MAX)
    assert _refusal(dialog).isVisible() and number(TITLE_MAX) in _refusal(dialog).text()


def test_a_workshop_title_refuses_beyond_the_limit(qtbot, tmp_path: Path) -> None:
    page = DetailsPage(folder=tmp_path, facilitator="")
    qtbot.addWidget(page)
    page.show()
    _type_and_paste_beyond(page.title_edit, qtbot, TITLE_MAX)
    assert _refusal(page).isVisible() and number(TITLE_MAX) in _refusal(page).text()


def _open_with_arrow(window, tmp_path: Path) -> Path:
    path = tmp_path / "pil.samskap"
    workshop = minimal_workshop()
    workshop.notes = [Note("b-only", text="a", id="n-a"), Note("b-only", text="b", x=300, id="n-b")]
    workshop.connectors = [Connector("b-only", "n-a", "n-b", id="c-1")]
    WorkshopFile.create(path, workshop).close()
    assert window.open_path(path)
    return path


def test_an_arrow_label_refuses_beyond_the_limit_and_keeps_what_fits(window, tmp_path: Path, qtbot) -> None:
    path = _open_with_arrow(window, tmp_path)
    dialog = window.view.map_edits.label_dialog("c-1")
    question = dialog.labelText()
    edit = dialog.findChild(QLineEdit)
    _type_and_paste_beyond(edit, qtbot, LABEL_MAX)
    assert dialog.labelText().startswith(question) and number(LABEL_MAX) in dialog.labelText()
    save_screenshot(dialog, "arrow-label-limit")
    dialog.accept()
    assert query(path, "SELECT label FROM connectors") == [("t" * (LABEL_MAX - 1) + "u",)]


def test_a_frame_title_refuses_beyond_the_limit(window, tmp_path: Path, qtbot) -> None:
    _open_with_arrow(window, tmp_path)
    dialog = window.view.map_edits.add_frame_dialog()
    _type_and_paste_beyond(dialog.findChild(QLineEdit), qtbot, TITLE_MAX)
    assert number(TITLE_MAX) in dialog.labelText()
    dialog.reject()


def test_a_board_name_refuses_beyond_the_limit(window, tmp_path: Path, qtbot) -> None:
    path = _open_with_arrow(window, tmp_path)
    seen: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QInputDialog)
        line = dialog.findChild(QLineEdit)
        assert line is not None
        _type_and_paste_beyond(line, qtbot, TITLE_MAX)
        seen.append(dialog.labelText())
        dialog.accept()

    QTimer.singleShot(0, answer)
    window.navigator.rename_board()
    assert seen and number(TITLE_MAX) in seen[0]
    assert query(path, "SELECT name FROM boards") == [("t" * (TITLE_MAX - 1) + "u",)]
