"""Keep a large board's objects out of Python's full garbage collections while it is open.

A board of 10,000 notes holds some 500,000 Python objects (the notes, their items and
what those hold), and Python's collector walks all of them on each full collection: a
pause of 60 ms at 10,000 notes, 130 ms at 20,000, that came every few seconds of work and
fell in the middle of a drag. Those objects live as long as the board is shown, so once a
board is built they are frozen (gc.freeze: left out of every collection, never moved)
and thawed when a board is taken down, so that what it leaves behind can be collected.
What shows a board and builds thousands of objects of its own (the vote's list of notes,
the dots) says so too. Freezing and thawing cost nothing: they move the collector's
lists, not the objects.
"""

from __future__ import annotations

import gc


def board_built() -> None:
    """Everything alive now lives as long as the board: leave it out of collections.

    Also for what follows a board and has just built thousands of objects that live as long.
    """
    gc.freeze()


def board_taken_down() -> None:
    """A board left: let the collector see everything again (its leftovers among them)."""
    gc.unfreeze()
