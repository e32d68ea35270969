"""The summary's cost grows in proportion to its text (issue 15): counted in work, not timed.

Reportlab measures every word it places with `stringWidth`; laying a paragraph
out again at each page it runs over made a long note cost the square of its
length. The count of measurements for twice the text must be about twice,
never about four times.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import reportlab.platypus.paragraph as paragraph_module

from app.domain.model import Action, Board, Note, Phase, Workshop, WorkshopInfo
from app.summary import export_summary

SHAPES = {
    "lines": lambda n: "\n".join(f"linje {i} om hverdagen" for i in range(n))[:n],
    "words": lambda n: " ".join(f"ord{i}" for i in range(n))[:n],
    "one word": lambda n: "X" * n,
}


def measured(text: str, folder: Path, monkeypatch: pytest.MonkeyPatch, *, where: str) -> int:
    """How many times reportlab measured a word while writing a summary with `text` in one note or action."""
    count = 0
    real = paragraph_module.stringWidth

    def counting(*args, **kwargs):
        nonlocal count
        count += 1
        return real(*args, **kwargs)

    board = Board("B", Phase.CO_DESIGN, id="b")
    notes = [Note("b", text=text, id="n")] if where == "note" else []
    actions = [Action(text)] if where == "action" else []
    workshop = Workshop(WorkshopInfo("Lang", language="nb"), boards=[board], notes=notes, actions=actions)
    with monkeypatch.context() as patch:
        patch.setattr(paragraph_module, "stringWidth", counting)
        export_summary(workshop, folder / "s.pdf", language="nb")
    return count


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("where", ["note", "action"])
def test_twice_the_text_costs_about_twice_the_work(tmp_path, monkeypatch, shape, where):
    make = SHAPES[shape]
    small = measured(make(10_000), tmp_path, monkeypatch, where=where)
    large = measured(make(20_000), tmp_path, monkeypatch, where=where)
    assert small > 1000, "the count measures nothing"
    assert large / small < 2.5, f"{shape} in a {where}: {small} then {large} measurements"
