"""The pure rules of a process of meetings (app/domain/meetings.py), on the demo and on small cases."""

from __future__ import annotations

import json

from app.demo import build_demo_workshop
from app.domain.meetings import (
    as_of_meeting,
    as_process,
    find_meeting,
    follow_up,
    open_actions,
    previous_meeting,
    status_update,
)
from app.domain.model import Action, ActionStatus, AgendaStep, Phase, Workshop, WorkshopInfo
from app.storage.interchange import from_json_object, to_json_object
from tests.factories import sample_workshop


def test_since_last_meeting_counts_what_each_meeting_did_to_the_actions():
    demo = build_demo_workshop()
    first, second, planned = demo.meetings_in_order()
    assert [len(x) for x in (follow_up(demo, first.id).new, follow_up(demo, first.id).done)] == [3, 0]
    since = follow_up(demo, second.id)
    assert (len(since.done), len(since.stopped), len(since.new)) == (2, 1, 4)
    assert follow_up(demo, planned.id).changed == 0
    assert previous_meeting(demo, second.id) == first and previous_meeting(demo, first.id) is None
    assert [a.status for a in open_actions(demo)] == [ActionStatus.IN_PROGRESS] * 2 + [ActionStatus.PLANNED] * 2


def test_a_status_change_counts_under_its_last_status_and_a_new_action_stays_new():
    workshop = as_process(Workshop(info=WorkshopInfo("Prosess")))
    meeting = workshop.meetings[0].id
    action, made = status_update(Action("Ny rutine"), ActionStatus.PLANNED, meeting)
    made = type(made)(made.action_id, meeting, ActionStatus.PLANNED, previous="", at="2026-01-01T10:00:00.000+00:00")
    done, change = status_update(action, ActionStatus.DONE, meeting)
    change = type(change)(change.action_id, meeting, change.status, change.previous, at="2026-01-01T11:00:00.000+00:00")
    workshop.actions, workshop.action_updates = [done], [made, change]
    assert follow_up(workshop, meeting).new == (action.id,) and follow_up(workshop, meeting).done == ()
    other = Action("Gammel rutine")
    _, back = status_update(other, ActionStatus.IN_PROGRESS, meeting)
    _, on = status_update(other, ActionStatus.STOPPED, meeting)
    workshop.actions.append(other)
    workshop.action_updates += [back, on]
    assert follow_up(workshop, meeting).stopped == (other.id,)


def test_a_workshop_without_meetings_becomes_one_meeting_of_its_own_agenda():
    before = sample_workshop()
    workshop = as_process(before)
    (meeting,) = workshop.meetings
    assert workshop.info.current_meeting_id == meeting.id
    assert meeting.current_step_id == before.info.current_step_id and meeting.date == before.info.date
    assert {s.meeting_id for s in workshop.agenda} == {meeting.id}
    assert [s.id for s in workshop.agenda_in_order()] == [s.id for s in before.agenda_in_order()]
    assert as_process(workshop) is workshop, "a process stays as it is"
    step = AgendaStep("Pause", Phase.CO_DESIGN)
    assert as_process(Workshop(info=WorkshopInfo("x"), agenda=[step])).meetings[0].phase == Phase.CO_DESIGN


def test_samskap_2_keeps_the_meetings_and_samskap_1_is_one_meeting(tmp_path):
    demo = build_demo_workshop()
    document = json.loads(json.dumps(to_json_object(demo)))
    assert document["format"] == "samskap/2" and len(document["meetings"]) == 3
    back = from_json_object(document, source=tmp_path / "x.json")
    assert back.meetings == demo.meetings and back.action_updates == demo.action_updates
    assert back.agenda == demo.agenda and back.info == demo.info

    old = json.loads(json.dumps(to_json_object(sample_workshop())))
    old["format"] = "samskap/1"
    for name in ("meetings", "action_updates"):
        del old[name]
    del old["workshop"]["current_meeting_id"]
    for row in (*old["agenda"], *old["decisions"]):
        del row["meeting_id"]
    one = from_json_object(old, source=tmp_path / "old.json")
    assert len(one.meetings) == 1 and {s.meeting_id for s in one.agenda} == {one.meetings[0].id}
    assert len(one.action_updates) == len(one.actions)


def test_a_meeting_is_found_by_number_or_date_and_read_as_the_current_one():
    demo = build_demo_workshop()
    first, second, planned = demo.meetings_in_order()
    assert find_meeting(demo, "1") == first and find_meeting(demo, "3") == planned
    assert find_meeting(demo, "2026-05-06") == second
    assert find_meeting(demo, "4") is None and find_meeting(demo, "0") is None and find_meeting(demo, "mai") is None
    may = as_of_meeting(demo, second)
    assert may.current_meeting() == second and may.info.date == "2026-05-06"
    assert may.agenda_in_order()[0].title == "Idéverksted"
    assert may.current_step() is not None and may.current_step().meeting_id == second.id
    assert demo.info.current_meeting_id == planned.id, "the workshop itself is left as it was"
