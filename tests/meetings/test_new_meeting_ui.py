"""File > New meeting… and the agenda's meetings, through the real window on a real demo file."""

from __future__ import annotations

from app.agenda.meeting_commands import SetActionStatus
from app.domain.meetings import follow_up
from app.domain.model import Action, ActionStatus, BoardKind
from tests.conftest import save_screenshot
from tests.factories import query
from widgets.agenda.new_meeting_dialog import NewMeetingDialog


def test_a_follow_up_meeting_carries_the_boards_and_actions_and_undoes_as_one_step(window, demo_file, qtbot):
    assert window.open_path(demo_file)
    document = window.document
    facilitation = window.facilitation
    boards_before = {b.id: b for b in document.workshop.boards}
    steps_before = query(demo_file, "SELECT count(*) FROM agenda")[0][0]

    meeting_id = facilitation.new_meeting(ask=False)  # the dialog's defaults: the follow-up plan

    assert meeting_id is not None
    assert query(demo_file, "SELECT current_meeting_id FROM workshop") == [(meeting_id,)]
    assert query(demo_file, "SELECT position, plan_id FROM meetings WHERE id = ?", (meeting_id,)) == [
        (3, "follow-up-meeting")
    ]
    steps = facilitation.agenda.steps()
    assert len(steps) == 5 and all(s.meeting_id == meeting_id for s in steps)
    by_kind = {b.kind: b.id for b in boards_before.values()}
    kinds = [boards_before[s.board_id].kind if s.board_id in boards_before else None for s in steps]
    assert BoardKind.ACTION_PLAN in kinds and BoardKind.STAKEHOLDER_MAP in kinds, "the process's own boards"
    assert by_kind[BoardKind.ACTION_PLAN] in {s.board_id for s in steps}
    assert len(document.workshop.boards) == len(boards_before) + 3, "status round, pilot loop, decision log"
    assert len(window.facilitation.agenda_panel.rows()) == 5
    assert window.facilitation.agenda_panel.meetings.box.count() == 4
    save_screenshot(window, "meetings-new-follow-up")

    window.undo()
    assert query(demo_file, "SELECT count(*) FROM meetings") == [(3,)]
    assert query(demo_file, "SELECT count(*) FROM agenda") == [(steps_before,)]
    assert document.workshop.current_meeting().title == "Oppfølgingsmøte"
    assert {b.id for b in document.workshop.boards} == set(boards_before)
    window.redo()
    assert query(demo_file, "SELECT current_meeting_id FROM workshop") == [(meeting_id,)]
    assert query(demo_file, "SELECT count(*) FROM agenda WHERE meeting_id = ?", (meeting_id,)) == [(5,)]


def test_an_earlier_meeting_is_looked_at_read_only(window, demo_file, qtbot):
    assert window.open_path(demo_file)
    panel = window.facilitation.agenda_panel
    room_step = window.document.info.current_step_id
    chooser = panel.meetings.box
    assert chooser.count() == 3 and "(current)" in chooser.itemText(2)
    chooser.activated.emit(0)  # what choosing the first meeting does
    titles = [row[1] for row in panel.rows()]
    assert titles[0] == "Velkommen og runde" and len(titles) == 5
    assert not panel.add_action.isEnabled() and not panel.duration.isEnabled()
    assert panel.meetings.read_only_label.isVisibleTo(panel)
    save_screenshot(panel, "meetings-earlier-agenda-read-only")
    first = panel.tree.step_items()[0]
    panel.tree.itemDoubleClicked.emit(first, 1)
    assert window.document.info.current_step_id == room_step, "looking does not move the room"
    chooser.activated.emit(2)
    assert panel.rows()[0][1] == "Statusrunde: siden sist"
    assert panel.add_action.isEnabled()


def test_an_action_status_change_is_recorded_with_the_meeting(window, demo_file, qtbot):
    assert window.open_path(demo_file)
    document = window.document
    meeting = document.info.current_meeting_id
    action = next(a for a in document.all_of(Action) if a.status == ActionStatus.IN_PROGRESS)
    window.undo_stack.push(SetActionStatus(document=document, action_id=action.id, status=ActionStatus.DONE))
    assert query(demo_file, "SELECT status FROM actions WHERE id = ?", (action.id,)) == [("done",)]
    assert query(demo_file, "SELECT meeting_id, previous FROM action_updates WHERE action_id = ? AND status = 'done'",
                 (action.id,)) == [(meeting, "in-progress")]  # fmt: skip
    assert follow_up(document.workshop, meeting).done == (action.id,)
    window.undo()
    assert query(demo_file, "SELECT status FROM actions WHERE id = ?", (action.id,)) == [("in-progress",)]
    assert follow_up(document.workshop, meeting).done == ()
    window.redo()
    assert follow_up(document.workshop, meeting).done == (action.id,)


def test_the_new_meeting_dialog_offers_the_follow_up_plan_and_shows_what_carries_over(window, demo_file, qtbot):
    assert window.open_path(demo_file)
    plans = list(window.facilitation.library.plans())
    follow_up_plan = next(p for p in plans if p.id == "follow-up-meeting")
    dialog = NewMeetingDialog(
        plans=plans, default_plan=follow_up_plan, phase=window.document.workshop.current_meeting().phase,
        language="nb", open_actions=[Action("a"), Action("b")],
    )  # fmt: skip
    qtbot.addWidget(dialog)
    dialog.place_edit.setText("  Rådhuset,   møterom 2 ")
    assert dialog.plan() == follow_up_plan
    assert dialog.meeting().place == "Rådhuset, møterom 2"
    dialog.show()
    qtbot.waitExposed(dialog)
    save_screenshot(dialog, "meetings-new-meeting-dialog")


def test_meeting_details_set_who_attended_and_the_day_with_undo(window, demo_file, qtbot):
    assert window.open_path(demo_file)
    document = window.document
    meeting_id = document.info.current_meeting_id
    dialog = window.facilitation.edit_meeting()
    assert dialog is not None and dialog.windowTitle() == "Meeting details"
    assert dialog.title_edit.text() == "Oppfølgingsmøte" and dialog.place_edit.text() == "Fjellvik rådhus, møterom 2"
    first, second = dialog.attendees.item(0), dialog.attendees.item(1)
    first.setCheckState(first.checkState().Checked)
    second.setCheckState(second.checkState().Checked)
    dialog.date_edit.setDate(dialog.date_edit.date().addDays(1))
    save_screenshot(dialog, "meetings-details-dialog")
    dialog.accept()

    participants = [p.id for p in document.workshop.participants]
    row = "SELECT date, attendee_ids FROM meetings WHERE id = ?"
    assert query(demo_file, row, (meeting_id,)) == [("2026-06-18", f'["{participants[0]}", "{participants[1]}"]')]
    assert query(demo_file, "SELECT date FROM workshop") == [("2026-06-18",)], "the current meeting's day"
    window.undo()
    assert query(demo_file, row, (meeting_id,)) == [("2026-06-17", "[]")]
    assert query(demo_file, "SELECT date FROM workshop") == [("2026-06-17",)]
    window.redo()
    assert document.workshop.current_meeting().attendee_ids == participants[:2]


def test_a_workshop_of_one_meeting_gets_its_meeting_row_from_its_details_and_back_on_undo(window, tmp_path, qtbot):
    from app.storage.workshop_file import WorkshopFile
    from tests.factories import sample_workshop

    path = tmp_path / "one.samskap"
    WorkshopFile.create(path, sample_workshop()).close()  # made as the wizard makes it: no meeting rows
    assert window.open_path(path)
    assert not window.facilitation.agenda_panel.meetings.isVisibleTo(window.facilitation.agenda_panel)
    dialog = window.facilitation.edit_meeting()
    assert dialog is not None
    dialog.place_edit.setText("Kulturhuset")
    dialog.accept()
    meeting_id = window.document.info.current_meeting_id
    assert query(path, "SELECT place, date FROM meetings") == [("Kulturhuset", "2026-03-12")]
    assert query(path, "SELECT DISTINCT meeting_id FROM agenda") == [(meeting_id,)]
    assert len(window.facilitation.agenda.steps()) == len(sample_workshop().agenda)
    window.undo()
    assert query(path, "SELECT count(*) FROM meetings") == [(0,)]
    assert query(path, "SELECT DISTINCT meeting_id FROM agenda") == [(None,)]
    assert len(window.facilitation.agenda.steps()) == len(sample_workshop().agenda)
