"""The projector's plain rules: legible sizes, frame order, the countdown text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.model import Frame
from app.domain.presenting import (
    format_countdown,
    frames_in_reading_order,
    legible,
    max_scale,
    min_text_px,
    step_index,
)


def test_the_back_row_needs_28_px_at_800_lines():
    assert min_text_px(800) == pytest.approx(28.0)
    assert min_text_px(1080) == pytest.approx(37.8)
    assert legible(28 / 17, 17, 800)
    assert not legible(27 / 17, 17, 800)
    assert max_scale(17, 800) * 17 == pytest.approx(56.0)


def test_frames_are_read_in_rows_then_left_to_right():
    board = "b"
    right = Frame(board, "right", x=700, y=8, width=600, height=400)
    left = Frame(board, "left", x=0, y=0, width=600, height=400)
    below = Frame(board, "below", x=-50, y=500, width=600, height=400)
    inner = Frame(board, "inner", x=20, y=60, width=200, height=200, parent_id=left.id)
    order = [f.title for f in frames_in_reading_order([below, inner, right, left])]
    assert order == ["left", "inner", "right", "below"]
    assert frames_in_reading_order([]) == []
    looped = [Frame(board, "a", parent_id="x", id="y"), Frame(board, "b", y=500, parent_id="y", id="x")]
    assert [f.title for f in frames_in_reading_order(looped)] == ["a", "b"], "a cycle of parents still lists each once"


def test_step_index_holds_at_the_ends():
    assert step_index(None, 0, 1) is None
    assert step_index(None, 3, 1) == 0
    assert step_index(None, 3, -1) == 2
    assert step_index(0, 3, -1) == 0
    assert step_index(1, 3, 1) == 2
    assert step_index(2, 3, 1) == 2


def test_countdown_text():
    assert format_countdown(15 * 60) == "15:00"
    assert format_countdown(0.2) == "0:01"
    assert format_countdown(0) == "0:00"
    assert format_countdown(-30.4) == "\u22120:30"
    assert format_countdown(-0.5) == "0:00"
    assert format_countdown(3725) == "1:02:05"


@given(st.floats(-360000, 360000, allow_nan=False))
def test_countdown_is_never_empty_and_minus_only_when_over(seconds):
    text = format_countdown(seconds)
    assert text[-3] == ":"
    assert text.startswith("\u2212") == (seconds <= -1)
