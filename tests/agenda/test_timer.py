"""The step timer: counting, pausing, time's up, and carrying on after the file is reopened.

Time is moved by the test's clock and the timer is asked to tick; nothing
waits for real seconds.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.domain.model import WorkshopInfo
from tests.agenda_support import SHORT_PLAN, local_moment
from tests.conftest import save_screenshot
from tests.factories import query
from widgets.agenda.timer_widget import countdown_text

TIMER_SQL = "SELECT timer_elapsed_s, timer_started_at != '', timer_added_s FROM agenda"


@pytest.fixture
def meeting(facilitator, tmp_path) -> Path:
    """A follow-up meeting of one 30-minute step (the action plan), on its first step."""
    path = tmp_path / "workshops" / "Oppfølging.samskap"
    info = WorkshopInfo("Oppfølging", date="2026-03-18", language="nb", start_time="09:00")
    assert facilitator.create_workshop(path, info, plan=SHORT_PLAN)
    return path


def test_countdown_text():
    assert countdown_text(30 * 60) == "30:00"
    assert countdown_text(59.2) == "1:00", "a started second still counts, as on a kitchen timer"
    assert countdown_text(0) == "0:00"
    assert countdown_text(-0.4) == "0:00"
    assert countdown_text(-75.5) == "−1:15"
    assert countdown_text(2 * 3600 + 5) == "2:00:05"


def test_the_timer_counts_pauses_and_resumes(facilitator, meeting, clock, qtbot):
    timer, widget = facilitator.facilitation.timer, facilitator.facilitation.timer_widget
    assert widget.digits.text() == "30:00" and widget.caption.text() == "Ready"
    widget.start_button.click()
    assert timer.running() and widget.caption.text() == "Running" and widget.start_button.text() == "Pause"
    assert query(meeting, TIMER_SQL) == [(0.0, 1, 0)]
    clock.advance(minutes=5, seconds=30)
    timer.tick()
    assert widget.digits.text() == "24:30"
    assert widget.progress.value() == round(5.5 / 30 * 1000)

    widget.start_button.click()  # pause
    assert not timer.running() and widget.caption.text() == "Paused"
    assert query(meeting, TIMER_SQL) == [(330.0, 0, 0)]
    clock.advance(minutes=10)
    timer.tick()
    assert widget.digits.text() == "24:30", "a paused timer stands still"

    QTest.keyClick(facilitator, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)  # start again
    clock.advance(minutes=4, seconds=30)
    timer.tick()
    assert widget.digits.text() == "20:00"
    QTest.keyClick(facilitator, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert widget.digits.text() == "21:00", "one more minute"
    assert query(meeting, "SELECT timer_added_s FROM agenda") == [(60,)]
    assert facilitator.undo_stack.count() == 0, "the timer is not on the undo stack"

    widget.reset_action.trigger()
    assert widget.digits.text() == "30:00" and query(meeting, TIMER_SQL) == [(0.0, 0, 0)]


def test_time_up_is_signalled_once_and_the_overrun_is_shown(facilitator, meeting, clock, qtbot):
    timer, widget = facilitator.facilitation.timer, facilitator.facilitation.timer_widget
    timer.start()
    clock.advance(minutes=29, seconds=30)
    timer.tick()
    assert "#9a5b00" in widget.digits.styleSheet(), "the last minute is amber"
    clock.advance(seconds=30)
    with qtbot.waitSignal(timer.time_up, timeout=1000) as up:
        timer.tick()
    assert up.args == [facilitator.current_step().id]
    assert widget.digits.property("over") is True
    assert "Time is up: Tiltaksplan" in facilitator.statusBar().currentMessage()
    save_screenshot(widget, "timer-time-up")

    clock.advance(minutes=2, seconds=15)
    with qtbot.assertNotEmitted(timer.time_up):
        timer.tick()
    assert widget.digits.text() == "−2:15" and widget.caption.text() == "Over time"

    widget.add_minute_action.trigger()  # still over (1:15 over): no new alarm until it has time again
    assert widget.digits.text() == "−1:15"
    widget.add_minute_action.trigger()
    widget.add_minute_action.trigger()
    assert widget.digits.text() == "0:45"
    clock.advance(seconds=45)
    with qtbot.waitSignal(timer.time_up, timeout=1000):
        timer.tick()


def test_a_running_timer_keeps_running_after_the_file_is_reopened(facilitator, meeting, clock, qtbot):
    timer = facilitator.facilitation.timer
    timer.start()
    clock.advance(minutes=10)
    timer.tick()
    facilitator.close_workshop()
    clock.advance(minutes=7)  # the laptop was closed; the app was started again
    assert facilitator.open_path(meeting)
    timer = facilitator.facilitation.timer
    widget = facilitator.facilitation.timer_widget
    assert timer.running() and widget.digits.text() == "13:00"
    assert widget.caption.text() == "Running"
    clock.advance(minutes=14)
    with qtbot.waitSignal(timer.time_up, timeout=1000):
        timer.tick()


def test_a_paused_timer_is_still_paused_after_reopening(facilitator, meeting, clock):
    timer = facilitator.facilitation.timer
    timer.start()
    clock.advance(minutes=12)
    timer.pause()
    facilitator.close_workshop()
    clock.advance(minutes=45)
    facilitator.open_path(meeting)
    assert not facilitator.facilitation.timer.running()
    assert facilitator.facilitation.timer_widget.digits.text() == "18:00"
    assert facilitator.facilitation.timer_widget.caption.text() == "Paused"


def test_timer_buttons_are_off_in_a_read_only_workshop(facilitator, meeting, clock):
    facilitator.close_workshop()
    facilitator.open_path(meeting, read_only=True)
    widget = facilitator.facilitation.timer_widget
    assert not widget.start_action.isEnabled() and not widget.start_button.isEnabled()
    facilitator.facilitation.timer.start()
    assert not facilitator.facilitation.timer.running()


def test_screenshot_of_the_timer_running(facilitator, meeting, clock, qtbot):
    clock.moment = local_moment("2026-03-18", "09:00")
    facilitator.facilitation.timer.start()
    clock.advance(minutes=7, seconds=41)
    facilitator.facilitation.timer.tick()
    qtbot.wait(10)
    save_screenshot(facilitator.facilitation.step_dock, "timer-running")


def test_moving_to_another_step_stops_the_clock_of_the_step_left(facilitator, tmp_path, clock):
    from tests.agenda_support import DAY_PLAN

    path = tmp_path / "workshops" / "Dag.samskap"
    info = WorkshopInfo("Dag", date="2026-03-18", language="nb", start_time="09:00")
    assert facilitator.create_workshop(path, info, plan=DAY_PLAN)
    facilitation = facilitator.facilitation
    first = facilitator.current_step().id
    facilitation.timer.start()
    clock.advance(minutes=40)
    facilitation.agenda.next_step()
    assert query(path, "SELECT timer_elapsed_s, timer_started_at FROM agenda WHERE id = ?", (first,)) == [(2400.0, "")]
    assert not facilitation.timer.running(), "the new step's timer waits for its start"
    facilitation.agenda.previous_step()
    assert facilitation.timer_widget.digits.text() == "5:00", "going back resumes from the time used"
