"""Agenda > Actions…: following up the process's actions, through the real window on the demo file."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from app.domain.model import Action, ActionStatus
from tests.conftest import save_screenshot
from tests.factories import query
from widgets.agenda.actions_dialog import ActionsDialog


def open_actions(window) -> ActionsDialog:
    assert window.facilitation.actions_action in window.menus.agenda.actions()
    window.facilitation.actions_action.trigger()
    dialog = window.findChild(QDialog, "actions_dialog")
    assert isinstance(dialog, ActionsDialog)
    return dialog


def choose_status(dialog: ActionsDialog, row: int, status: ActionStatus) -> None:
    box = dialog.status_box(row)
    index = box.findData(status.value)
    box.setCurrentIndex(index)
    box.activated.emit(index)  # what choosing it with the mouse or keys does


def test_a_status_chosen_in_the_list_is_recorded_with_the_meeting_and_undone_in_one_step(window, qtbot):
    assert window.open_path(window._demo_path())
    path, document = window.document.file.path, window.document
    meeting = document.info.current_meeting_id
    dialog = open_actions(window)
    qtbot.waitExposed(dialog)
    actions = sorted(document.all_of(Action), key=lambda a: a.position)
    assert dialog.table.rowCount() == len(actions) == 7
    assert [dialog.table.item(r, 1).text() for r in range(7)] == [a.what for a in actions]
    assert dialog.status_box(0).currentText() == "Done" and dialog.status_box(3).currentText() == "In progress"
    assert dialog.follow_up_label.text() == "Since last meeting (06.05.2026): 0 done, 0 stopped, 0 new."
    row = next(r for r, a in enumerate(actions) if a.status == ActionStatus.IN_PROGRESS)
    action = actions[row]
    updates_before = query(path, "SELECT count(*) FROM action_updates")[0][0]

    choose_status(dialog, row, ActionStatus.DONE)

    assert query(path, "SELECT status FROM actions WHERE id = ?", (action.id,)) == [("done",)]
    assert query(path, "SELECT meeting_id, status, previous FROM action_updates WHERE action_id = ? AND meeting_id = ?",
                 (action.id, meeting)) == [(meeting, "done", "in-progress")]  # fmt: skip
    assert dialog.follow_up_label.text() == "Since last meeting (06.05.2026): 1 done, 0 stopped, 0 new."
    save_screenshot(dialog, "actions-dialog")
    assert window.undo_stack.count() == 1

    window.undo()
    assert query(path, "SELECT status FROM actions WHERE id = ?", (action.id,)) == [("in-progress",)]
    assert query(path, "SELECT count(*) FROM action_updates") == [(updates_before,)]
    assert dialog.status_box(row).currentData() == "in-progress", "the list follows undo from the window"
    assert dialog.follow_up_label.text().endswith(": 0 done, 0 stopped, 0 new.")
    window.redo()
    assert query(path, "SELECT status FROM actions WHERE id = ?", (action.id,)) == [("done",)]


def test_a_new_action_counts_as_new_at_this_meeting_and_its_texts_can_be_edited(window, qtbot):
    assert window.open_path(window._demo_path())
    path, meeting = window.document.file.path, window.document.info.current_meeting_id
    dialog = open_actions(window)
    dialog.due_edit.setText("15.09.2026")
    dialog.what_edit.setText("Evaluere piloten")
    dialog.add_button.click()
    assert dialog.message.text().startswith("The due date must be a day"), "bad input says so"
    assert query(path, "SELECT count(*) FROM actions") == [(7,)]
    dialog.due_edit.setText("2026-09-15")
    dialog.who_edit.setText("Eva")
    dialog.add_button.click()

    assert query(path, "SELECT what, who, due, status, position FROM actions WHERE what = 'Evaluere piloten'") == [
        ("Evaluere piloten", "Eva", "2026-09-15", "planned", 7)
    ]
    new_id = query(path, "SELECT id FROM actions WHERE what = 'Evaluere piloten'")[0][0]
    assert query(path, "SELECT meeting_id, status, previous FROM action_updates WHERE action_id = ?", (new_id,)) == [
        (meeting, "planned", "")
    ]
    assert dialog.table.rowCount() == 8 and dialog.table.item(7, 0).text() == "8"
    assert dialog.follow_up_label.text().endswith(": 0 done, 0 stopped, 1 new.")

    dialog.table.item(7, 2).setText("Eva Sørdal")  # what editing the cell does
    assert query(path, "SELECT who FROM actions WHERE id = ?", (new_id,)) == [("Eva Sørdal",)]
    steps = window.undo_stack.count()
    dialog.table.item(7, 3).setText("i høst")
    assert dialog.message.text().startswith("The due date must be a day")
    qtbot.waitUntil(lambda: dialog.table.item(7, 3).text() == "2026-09-15")  # the cell put back
    assert window.undo_stack.count() == steps
    assert query(path, "SELECT due FROM actions WHERE id = ?", (new_id,)) == [("2026-09-15",)]
    window.undo()
    assert query(path, "SELECT who FROM actions WHERE id = ?", (new_id,)) == [("Eva",)]
    window.undo()
    assert query(path, "SELECT count(*) FROM actions WHERE id = ?", (new_id,)) == [(0,)]
    assert query(path, "SELECT count(*) FROM action_updates WHERE action_id = ?", (new_id,)) == [(0,)]
    assert dialog.table.rowCount() == 7
    assert dialog.follow_up_label.text().endswith(": 0 done, 0 stopped, 0 new.")


def test_a_read_only_workshop_shows_its_actions_and_changes_nothing(window, qtbot):
    path = window._demo_path()
    assert window.open_path(path, read_only=True)
    dialog = open_actions(window)
    assert dialog.table.rowCount() == 7
    assert not dialog.status_box(0).isEnabled() and not dialog.add_button.isEnabled()
    assert "read-only" in dialog.message.text()
    dialog.set_status(window.document.workshop.actions[0].id, ActionStatus.STOPPED)
    assert window.undo_stack.count() == 0
    assert query(path, "SELECT count(*) FROM actions WHERE status = 'stopped'") == [(1,)]


def test_a_workshop_made_as_one_meeting_becomes_that_meeting_with_its_first_follow_up(window, tmp_path, qtbot):
    from app.storage.workshop_file import WorkshopFile
    from tests.factories import sample_workshop

    path = tmp_path / "wizard.samskap"
    WorkshopFile.create(path, sample_workshop()).close()
    assert window.open_path(path)
    assert query(path, "SELECT count(*) FROM meetings") == [(0,)], "the case this test is about"
    dialog = open_actions(window)
    count = dialog.table.rowCount()
    assert count > 0 and dialog.follow_up_label.text() == f"The first meeting of the process: {count} new."

    choose_status(dialog, 0, ActionStatus.STOPPED)

    meeting = query(path, "SELECT current_meeting_id FROM workshop")[0][0]
    assert meeting is not None and query(path, "SELECT count(*) FROM meetings") == [(1,)]
    first = dialog.table.item(0, 1).text()
    assert query(path, "SELECT status FROM actions WHERE what = ?", (first,)) == [("stopped",)]
    assert query(path, "SELECT count(*) FROM action_updates WHERE meeting_id = ? AND previous = ''", (meeting,)) == [
        (count,)
    ]
    window.undo()
    assert query(path, "SELECT count(*) FROM meetings") == [(0,)]
    assert query(path, "SELECT count(*) FROM action_updates") == [(0,)]
    assert query(path, "SELECT current_meeting_id FROM workshop") == [(None,)]
