"""The agenda against the clock: when each step is planned, and whether the room runs late.

Pure functions of the steps, the workshop's date and start time, and a moment
`now`, so the tests can set the hour. Times of day are local wall-clock times
(what the printed agenda says); `now` is an aware datetime in any zone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from app.domain.agenda import parse_start_time, timer_elapsed_s, timer_remaining_s
from app.domain.model import AgendaStep

LATE_TOLERANCE_S = 60.0  # within a minute of the plan counts as on time


@dataclass(frozen=True)
class Lateness:
    """How the workshop stands against its plan, seen from the current step."""

    delay_s: float  # > 0 late, < 0 ahead of the plan
    expected_end: datetime  # of the whole agenda, local time, if the delay is not made up

    @property
    def late(self) -> bool:
        return self.delay_s >= LATE_TOLERANCE_S

    @property
    def ahead(self) -> bool:
        return self.delay_s <= -LATE_TOLERANCE_S

    @property
    def minutes(self) -> int:
        """The delay (or the time ahead) in whole minutes, rounded to the nearest."""
        return round(abs(self.delay_s) / 60.0)


def workshop_start(day: str, start_time: str) -> datetime | None:
    """The local moment the agenda starts, or None when the date or the time is not set."""
    clock = parse_start_time(start_time)
    if clock is None or not day:
        return None
    try:
        start_day = date.fromisoformat(day)
    except ValueError:
        return None
    return datetime.combine(start_day, clock).astimezone()


def planned_end(steps: list[AgendaStep], start: time) -> time:
    """The clock time the agenda ends by plan."""
    moment = datetime.combine(date(2000, 1, 1), start) + timedelta(minutes=sum(s.duration_min for s in steps))
    return moment.time()


def total_minutes(steps: list[AgendaStep]) -> int:
    return sum(s.duration_min for s in steps)


def lateness(steps: list[AgendaStep], start: datetime, current_id: str | None, now: datetime) -> Lateness | None:
    """How late the workshop runs, or None while there is nothing to measure.

    Measured only once the current step's timer has been started: before
    that the facilitator may be planning at home or a day early, and "600 min
    ahead" helps nobody. The current step is expected to end when its timer
    runs out (now, if it already ran over); the delay is that against the end
    the plan gives it. A paused timer makes the delay grow, as it should.
    """
    index = next((i for i, s in enumerate(steps) if s.id == current_id), None)
    if index is None:
        return None
    step = steps[index]
    if not step.timer_started_at and timer_elapsed_s(step, now) <= 0:
        return None
    planned_step_end = start + timedelta(minutes=sum(s.duration_min for s in steps[: index + 1]))
    expected_step_end = now + timedelta(seconds=max(0.0, timer_remaining_s(step, now)))
    delay = (expected_step_end - planned_step_end).total_seconds()
    agenda_end = start + timedelta(minutes=total_minutes(steps))
    return Lateness(delay_s=delay, expected_end=(agenda_end + timedelta(seconds=delay)).astimezone(start.tzinfo))
