"""The agenda panel and moving through the workshop, on real files, checking the file each time."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtTest import QTest

from app.domain.model import AgendaStep, Phase, WorkshopInfo
from tests.agenda_support import DAY_PLAN, IGP, local_moment
from tests.conftest import save_screenshot
from tests.factories import query

STEPS_SQL = "SELECT title, duration_min, position FROM agenda ORDER BY position"


@pytest.fixture
def workshop(facilitator, tmp_path) -> Path:
    path = tmp_path / "workshops" / "Dag.samskap"
    info = WorkshopInfo("Samskapingsdag", municipality="Fjellvik", date="2026-03-18", language="nb", start_time="09:00")
    assert facilitator.create_workshop(path, info, plan=DAY_PLAN)
    return path


def titles(path: Path) -> list[str]:
    return [row[0] for row in query(path, STEPS_SQL)]


def current_step_id(path: Path) -> str | None:
    return query(path, "SELECT current_step_id FROM workshop")[0][0]


def step_id(window, title: str) -> str:
    return next(s.id for s in window.facilitation.agenda.steps() if s.title == title)


def test_agenda_shows_clock_times_grouped_by_phase_and_recomputes_them(facilitator, workshop, qtbot):
    panel = facilitator.facilitation.agenda_panel
    assert panel.rows() == [
        ("▶ 09:00", "Floketre", "45"),
        ("09:45", "Brennende plattform", "20"),
        ("10:05", "Individ, gruppe, plenum", "40"),
        ("10:45", "Refleksjonsrunde", "10"),
        ("10:55", "Tiltaksplan", "25"),
    ]
    headers = [panel.tree.topLevelItem(i).text(1) for i in range(panel.tree.topLevelItemCount())]
    assert headers.count("Co-initiation") == 1 and headers.count("Co-design") == 1
    assert "Planned end 11:20" in panel.summary.text()

    panel.select_step(step_id(facilitator, "Brennende plattform"))
    panel.duration.setValue(35)  # what the spin box does when the facilitator sets it
    assert [r[0] for r in panel.rows()][2:] == ["10:20", "11:00", "11:10"]
    assert "Planned end 11:35" in panel.summary.text()
    assert query(workshop, "SELECT duration_min FROM agenda WHERE title = 'Brennende plattform'") == [(35,)]
    panel.duration.setValue(40)  # a second click of the same spin box: the same undo step
    assert facilitator.undo_stack.count() == 1

    facilitator.undo()
    assert query(workshop, "SELECT duration_min FROM agenda WHERE title = 'Brennende plattform'") == [(20,)]
    assert [r[0] for r in panel.rows()][2] == "10:05"
    facilitator.redo()
    assert query(workshop, "SELECT duration_min FROM agenda WHERE title = 'Brennende plattform'") == [(40,)]
    assert "Planned end 11:40" in panel.summary.text()


def test_start_time_change_moves_every_clock_time_and_is_undoable(facilitator, workshop):
    agenda = facilitator.facilitation.agenda
    agenda.set_start_time("12:30")
    assert query(workshop, "SELECT start_time FROM workshop") == [("12:30",)]
    assert facilitator.facilitation.agenda_panel.rows()[1][0] == "13:15"
    facilitator.undo()
    assert query(workshop, "SELECT start_time FROM workshop") == [("09:00",)]


def test_reorder_by_keyboard_and_by_drop_with_undo(facilitator, workshop, qtbot):
    panel = facilitator.facilitation.agenda_panel
    panel.select_step(step_id(facilitator, "Floketre"))
    panel.tree.setFocus()
    QTest.keyClick(panel.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier)
    assert titles(workshop)[:2] == ["Brennende plattform", "Floketre"]
    assert [p for *_, p in query(workshop, STEPS_SQL)] == [0, 1, 2, 3, 4]
    assert panel.selected_step_id() == step_id(facilitator, "Floketre"), "the moved step stays selected"

    # Drag "Tiltaksplan" onto the top of the list.
    moving = next(i for i in panel.tree.step_items() if i.text(1) == "Tiltaksplan")
    panel.tree.setCurrentItem(moving)
    first = panel.tree.step_items()[0]
    point = panel.tree.visualItemRect(first).topLeft() + QPoint(5, 1)
    mime = panel.tree.mimeData([moving])
    event = QDropEvent(point, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    panel.tree.dropEvent(event)
    assert titles(workshop)[0] == "Tiltaksplan"
    assert isinstance(mime, QMimeData)

    facilitator.undo()
    assert titles(workshop)[:2] == ["Brennende plattform", "Floketre"]
    facilitator.undo()
    assert titles(workshop) == [
        "Floketre",
        "Brennende plattform",
        "Individ, gruppe, plenum",
        "Refleksjonsrunde",
        "Tiltaksplan",
    ]
    facilitator.redo()
    facilitator.redo()
    assert titles(workshop)[0] == "Tiltaksplan"


def test_add_custom_and_exercise_steps_and_remove_with_undo(facilitator, workshop, library):
    agenda = facilitator.facilitation.agenda
    boards_before = query(workshop, "SELECT count(*) FROM boards")[0][0]
    first = step_id(facilitator, "Floketre")
    custom = agenda.add_custom_step(
        "Pause <b>kaffe</b>\x07", Phase.CO_INITIATION, 15, room_instructions="Kaffe", after_id=first
    )
    assert titles(workshop)[:2] == ["Floketre", "Pause <b>kaffe</b>"], "markup stays text; control characters go"
    assert query(workshop, "SELECT room_instructions, board_id FROM agenda WHERE id = ?", (custom,)) == [
        ("Kaffe", None)
    ]

    added = agenda.add_exercise_step(IGP, library)
    assert titles(workshop)[-1] == "Individ, gruppe, plenum"
    board_id = query(workshop, "SELECT board_id FROM agenda WHERE id = ?", (added,))[0][0]
    assert query(workshop, "SELECT phase, kind FROM boards WHERE id = ?", (board_id,)) == [("co-design", "idea-board")]
    assert query(workshop, "SELECT hidden FROM votes WHERE board_id = ?", (board_id,)) == [(1,)]
    assert facilitator.current_board_id() == board_id, "the new step's board opens"

    agenda.remove_step(custom)
    assert "Pause <b>kaffe</b>" not in titles(workshop)
    assert [p for *_, p in query(workshop, STEPS_SQL)] == list(range(6))

    facilitator.undo()  # the removal
    assert titles(workshop)[1] == "Pause <b>kaffe</b>"
    facilitator.undo()  # the exercise step and its board
    assert len(titles(workshop)) == 6
    assert query(workshop, "SELECT count(*) FROM boards")[0][0] == boards_before
    assert query(workshop, "SELECT count(*) FROM votes WHERE board_id = ?", (board_id,)) == [(0,)]
    facilitator.undo()  # the custom step
    assert len(titles(workshop)) == 5
    facilitator.redo()
    facilitator.redo()
    assert titles(workshop)[-1] == "Individ, gruppe, plenum"
    assert query(workshop, "SELECT count(*) FROM boards")[0][0] == boards_before + 1


def test_removing_the_current_step_moves_the_room_on_and_undo_brings_it_back(facilitator, workshop):
    agenda = facilitator.facilitation.agenda
    first = step_id(facilitator, "Floketre")
    assert current_step_id(workshop) == first
    agenda.remove_step(first)
    assert current_step_id(workshop) == step_id(facilitator, "Brennende plattform")
    facilitator.undo()
    assert current_step_id(workshop) == first


def test_moving_to_a_step_opens_its_board_and_shows_room_text_and_private_notes(facilitator, workshop, qtbot):
    facilitation = facilitator.facilitation
    panel, step_panel = facilitation.agenda_panel, facilitation.step_panel
    assert step_panel.title.text() == "Floketre", "a new workshop starts on its first step"
    floke_board = query(workshop, "SELECT board_id FROM agenda WHERE title = 'Floketre'")[0][0]
    assert facilitator.current_board_id() == floke_board

    item = next(i for i in panel.tree.step_items() if i.text(1) == "Individ, gruppe, plenum")
    with qtbot.waitSignal(facilitator.current_step_changed) as signal:
        panel.tree.itemDoubleClicked.emit(item, 1)
    step = signal.args[0]
    assert isinstance(step, AgendaStep) and step.title == "Individ, gruppe, plenum"
    assert current_step_id(workshop) == step.id
    assert facilitator.current_board_id() == step.board_id
    assert step_panel.room_text.toPlainText() == "Skriv alene, så del i gruppa."
    assert step_panel.notes_text.toPlainText() == "Stillhet først."
    assert step_panel.private_badge.isVisible() and "Only you see this" in step_panel.private_badge.text()
    room = facilitation.agenda.room_content()
    assert room.instructions == "Skriv alene, så del i gruppa." and not hasattr(room, "facilitator_notes")
    assert facilitator.undo_stack.count() == 1, "moving to a step is one undo step"

    # Enter on the selected row, then the Next/Previous shortcuts.
    panel.select_step(step_id(facilitator, "Refleksjonsrunde"))
    panel.tree.setFocus()
    QTest.keyClick(panel.tree, Qt.Key.Key_Return)
    assert facilitator.current_step().title == "Refleksjonsrunde"
    assert facilitator.current_board_id() == step.board_id, "a step without a board leaves the board shown"
    facilitator.view.setFocus()
    QTest.keyClick(facilitator.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert facilitator.current_step().title == "Tiltaksplan"
    assert facilitation.next_action.isEnabled() is False, "no step after the last"
    QTest.keyClick(facilitator.view, Qt.Key.Key_PageUp, Qt.KeyboardModifier.AltModifier)  # the projector's keys
    QTest.keyClick(facilitator.view, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert facilitator.current_step().title == "Individ, gruppe, plenum"
    assert step_panel.where.text().startswith("Step 3 of 5")
    facilitator.undo()
    assert facilitator.current_step().title == "Refleksjonsrunde"
    assert current_step_id(workshop) == step_id(facilitator, "Refleksjonsrunde")
    facilitator.redo()

    # Reopening the file comes back to the same step and its board.
    current = facilitator.current_step().id
    facilitator.close_workshop()
    facilitator.open_path(workshop)
    assert facilitator.current_step().id == current
    assert facilitator.current_board_id() == step.board_id


def test_renaming_a_step_inline_is_one_undo_step_and_hostile_titles_are_tamed(facilitator, workshop):
    panel = facilitator.facilitation.agenda_panel
    item = next(i for i in panel.tree.step_items() if i.text(1) == "Floketre")
    item.setText(1, "Floketre for Guovdageaidnu: áčđŋšŧž 🌲")
    assert titles(workshop)[0] == "Floketre for Guovdageaidnu: áčđŋšŧž 🌲"
    item = next(i for i in panel.tree.step_items() if i.text(1).startswith("Floketre"))
    item.setText(1, "x" * 100_000)
    assert titles(workshop)[0] == "x" * 200
    item = panel.tree.step_items()[0]
    item.setText(1, "   ")
    assert titles(workshop)[0] == "x" * 200, "an empty title is refused"
    facilitator.undo()
    facilitator.undo()
    assert titles(workshop)[0] == "Floketre"


def test_the_agenda_says_when_the_workshop_runs_late(facilitator, workshop, clock):
    facilitation = facilitator.facilitation
    label = facilitation.agenda_panel.lateness_label
    assert label.text() == "", "nothing to say before the first timer starts"
    clock.moment = local_moment("2026-03-18", "09:12")
    facilitation.timer.start()  # started 12 minutes late: the 45 minutes end 09:57, not 09:45
    facilitation.timer.tick()
    assert label.text() == "Running 12 min late: expected end 11:32"
    assert label.property("late") is True
    clock.advance(minutes=10)
    facilitation.timer.pause()
    clock.advance(minutes=5)  # paused for five minutes: five more late
    facilitation.timer.tick()
    assert label.text().startswith("Running 17 min late")
    assert "color: #b00020" in label.styleSheet()


def test_a_duration_undo_does_not_rewind_the_timer(facilitator, workshop, clock):
    facilitation = facilitator.facilitation
    first = step_id(facilitator, "Floketre")
    facilitation.agenda.set_duration(first, 50)
    facilitation.timer.start()
    started = query(workshop, "SELECT timer_started_at FROM agenda WHERE id = ?", (first,))[0][0]
    assert started
    facilitator.undo()
    assert query(workshop, "SELECT duration_min, timer_started_at FROM agenda WHERE id = ?", (first,)) == [
        (45, started)
    ]


def test_times_follow_the_workshop_language_locale(facilitator, tmp_path):
    path = tmp_path / "workshops" / "Dansk.samskap"
    info = WorkshopInfo("Borgermøde", date="2026-03-18", language="da", start_time="09:00")
    assert facilitator.create_workshop(path, info, plan=DAY_PLAN)
    rows = facilitator.facilitation.agenda_panel.rows()
    assert rows[0] == ("▶ 09.00", "Problemtræ", "45"), "Danish writes 09.00, and the text is Danish"
    assert "Planned end 11.20" in facilitator.facilitation.agenda_panel.summary.text()


def test_screenshot_of_the_demo_running(facilitator, qtbot, tmp_path, clock):
    from app.demo import build_demo_workshop
    from app.storage.workshop_file import WorkshopFile

    path = tmp_path / "demo.samskap"
    WorkshopFile.create(path, build_demo_workshop()).close()
    assert facilitator.open_path(path)
    facilitation = facilitator.facilitation
    assert len(facilitation.agenda.steps()) >= 9
    phases = {s.phase for s in facilitation.agenda.steps()}
    assert phases == set(Phase)
    assert all(s.board_id for s in facilitation.agenda.steps() if s.title == "Flokekart")
    clock.moment = local_moment("2026-03-18", "09:00")
    facilitation.timer.start()
    clock.advance(minutes=18)
    facilitation.agenda.next_step()
    facilitation.timer.start()
    clock.advance(minutes=31)
    facilitation.timer.tick()
    qtbot.wait(20)
    assert "late" in facilitation.agenda_panel.lateness_label.text()
    save_screenshot(facilitator, "agenda-running-workshop")


def test_step_keys_stay_in_a_note_being_typed(facilitator, workshop, qtbot):
    view = facilitator.view
    view.setFocus()
    view.add_note()
    qtbot.waitUntil(lambda: view.note_edits.editor is not None)
    QTest.keyClicks(view.viewport(), "abc def")
    QTest.keyClick(view.viewport(), Qt.Key.Key_PageDown)
    QTest.keyClick(view.viewport(), Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(view.viewport(), "x")
    assert facilitator.current_step().title == "Floketre", "the room did not move on"
    assert view.note_edits.editor is not None and view.note_edits.editor.text() == "abc xdef", (
        "Ctrl+Left moved a word back"
    )


def test_steps_are_added_and_edited_through_their_dialogs(facilitator, workshop, qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from widgets.agenda.exercise_picker import ExercisePicker
    from widgets.agenda.step_dialog import StepDialog

    facilitation = facilitator.facilitation
    facilitation.agenda_panel.select_step(step_id(facilitator, "Floketre"))

    def fill_step_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, StepDialog)
        dialog.title.setText("Kaffe")
        dialog.duration.setValue(12)
        dialog.room.setPlainText("Ti minutter pause.")
        dialog.notes.setPlainText("Sjekk projektoren.")
        dialog.accept()

    QTimer.singleShot(0, fill_step_dialog)
    facilitation.agenda_panel.add_action.trigger()
    assert query(workshop, "SELECT title, phase, duration_min, position, room_instructions, facilitator_notes "
                 "FROM agenda WHERE title = 'Kaffe'") == [
        ("Kaffe", "co-initiation", 12, 1, "Ti minutter pause.", "Sjekk projektoren.")
    ]  # fmt: skip
    assert facilitator.undo_stack.count() == 1, "a step with its texts is one undo step"

    def pick_exercise() -> None:
        picker = QApplication.activeModalWidget()
        assert isinstance(picker, ExercisePicker)
        group = picker.tree.topLevelItem(2)  # co-implementation
        first = group.child(0)
        assert first is not None
        picker.tree.setCurrentItem(first)
        assert picker.preview.toPlainText() == "Hva, hvem, innen når?"
        picker.accept()

    QTimer.singleShot(0, pick_exercise)
    facilitation.agenda_panel.add_exercise_action.trigger()
    assert query(workshop, "SELECT position FROM agenda WHERE title = 'Tiltaksplan' ORDER BY position") == [(2,), (6,)]

    big = "á č đ ŋ š ŧ ž <b>fet</b> שלום " * 4000

    def edit_texts() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, StepDialog) and dialog.title.text() == "Kaffe"
        dialog.room.setPlainText(big)
        dialog.accept()

    facilitation.agenda.go_to(step_id(facilitator, "Kaffe"))
    QTimer.singleShot(0, edit_texts)
    facilitation.step_panel.edit_button.click()
    assert query(workshop, "SELECT room_instructions FROM agenda WHERE title = 'Kaffe'") == [(big,)]
    assert facilitation.step_panel.room_text.toPlainText() == big, "markup and RTL stay plain text"
    facilitator.undo()
    assert facilitation.step_panel.room_text.toPlainText() == "Ti minutter pause."


def test_without_a_template_library_the_app_still_plans_with_custom_steps(tmp_path, qtbot):
    from app.workshop_plan import EmptyLibrary, load_library
    from widgets.wizard.new_workshop_wizard import NewWorkshopWizard

    library = load_library()
    assert list(library.plans()) == [] or not isinstance(library, EmptyLibrary)
    wizard = NewWorkshopWizard(folder=tmp_path, library=EmptyLibrary())
    qtbot.addWidget(wizard)
    assert wizard.agenda.plans.count() == 1 and wizard.plan() is None


def test_the_agenda_is_saved_as_a_plan_the_wizard_offers_next_time(window, monkeypatch, tmp_path):
    from app.templates.library import TemplateLibrary

    folder = tmp_path / "mine"
    monkeypatch.setenv("SAMSKAP_TEMPLATE_DIR", str(folder))
    assert window.open_path(window._demo_path())
    agenda = window.document.workshop.agenda_in_order()
    path = window.facilitation.save_agenda_as_plan(title="Vår dag <b>& co</b>")
    assert path is not None and folder in path.parents
    library = TemplateLibrary(folder)
    assert library.problems == []
    plan = next(p for p in library.plans if not library.is_builtin(p))
    assert plan.title["nb"] == "Vår dag <b>& co</b>"
    assert [s.duration_min for s in plan.steps] == [s.duration_min for s in agenda]
    assert "Vår dag" in window.statusBar().currentMessage()
    # The wizard's library (the same seam) lists it.
    assert any(p.id == plan.id for p in window.facilitation.library.plans())
