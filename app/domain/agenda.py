"""The agenda's arithmetic: clock times of steps and the countdown of a step's timer.

Pure functions of an AgendaStep and a moment in time, so the timer can be
driven by a clock the tests control, and survives a restart: what is stored
is the seconds used before the last start and when that start was, never a
ticking number.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, time, timedelta

from app.domain.model import AgendaStep


def utc_now() -> datetime:
    """The clock of every timer in the app (each one takes another for the tests)."""
    return datetime.now(UTC)


def parse_utc(stamp: str) -> datetime:
    return datetime.fromisoformat(stamp).astimezone(UTC)


def utc_stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="milliseconds")


def timer_budget_s(step: AgendaStep) -> float:
    """The seconds the step's countdown starts from: its duration plus time added."""
    return step.duration_min * 60.0 + step.timer_added_s


def timer_running(step: AgendaStep) -> bool:
    return bool(step.timer_started_at)


def timer_elapsed_s(step: AgendaStep, now: datetime) -> float:
    elapsed = step.timer_elapsed_s
    if step.timer_started_at:
        elapsed += max(0.0, (now - parse_utc(step.timer_started_at)).total_seconds())
    return elapsed


def timer_remaining_s(step: AgendaStep, now: datetime) -> float:
    """Seconds left; negative when the step has run over."""
    return timer_budget_s(step) - timer_elapsed_s(step, now)


def timer_started(step: AgendaStep, now: datetime) -> AgendaStep:
    if step.timer_started_at:
        return step
    return dataclasses.replace(step, timer_started_at=utc_stamp(now))


def timer_paused(step: AgendaStep, now: datetime) -> AgendaStep:
    if not step.timer_started_at:
        return step
    return dataclasses.replace(step, timer_elapsed_s=timer_elapsed_s(step, now), timer_started_at="")


def timer_reset(step: AgendaStep) -> AgendaStep:
    return dataclasses.replace(step, timer_elapsed_s=0.0, timer_started_at="", timer_added_s=0)


def timer_extended(step: AgendaStep, seconds: int = 60) -> AgendaStep:
    return dataclasses.replace(step, timer_added_s=step.timer_added_s + seconds)


def parse_start_time(text: str) -> time | None:
    """ "HH:MM" as a time, or None when empty or not a time."""
    try:
        return time.fromisoformat(text) if text else None
    except ValueError:
        return None


def clock_times(steps: list[AgendaStep], start: time) -> list[tuple[time, time]]:
    """(start, end) clock time of each step, in order, when the agenda starts at `start`."""
    moment = datetime.combine(date(2000, 1, 1), start)
    times = []
    for step in steps:
        end = moment + timedelta(minutes=step.duration_min)
        times.append((moment.time(), end.time()))
        moment = end
    return times
