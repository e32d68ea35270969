"""Where pasted notes land: beside their originals when those are in view, else in the middle, in the frame below."""

from __future__ import annotations

from app.clipboard import place_copies
from app.domain.model import Frame, Note


def test_copies_of_notes_in_view_land_beside_them_and_join_the_frame_they_land_in():
    frame = Frame("b", "Røtter", x=0, y=0, width=1000, height=600, id="f")
    copies = [Note("b", x=100, y=100, id="a"), Note("b", x=400, y=100, id="b")]
    copies = place_copies(copies, visible=(0, 0, 1600, 900), offset=24, frames=[frame])
    assert [(n.x, n.y, n.frame_id) for n in copies] == [(124, 124, "f"), (424, 124, "f")]


def test_copies_of_notes_out_of_view_land_in_its_middle_keeping_their_arrangement():
    copies = [Note("b", x=5000, y=5000, id="a"), Note("b", x=5300, y=5000, id="b")]
    copies = place_copies(copies, visible=(0, 0, 1600, 900), offset=24, frames=[])
    assert [(n.x, n.y) for n in copies] == [(560, 390), (860, 390)]
    assert all(n.frame_id is None for n in copies)
