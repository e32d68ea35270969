"""Keep a large workshop's objects out of Python's full garbage collections while it is open.

A board of 10,000 notes holds some 500,000 Python objects (the notes, their items and
what those hold), and Python's collector walks all of them on each full collection: a
pause of 60 ms at 10,000 notes, 130 ms at 20,000, that came every few seconds of work and
fell in the middle of a drag. Those objects live as long as the board is shown, so once a
board is built they are frozen (gc.freeze: left out of every collection, never moved)
and thawed when a board is taken down, so that what it leaves behind can be collected.
What shows a board and builds thousands of objects of its own (the vote's list of notes,
the dots) says so too. Freezing and thawing cost nothing: they move the collector's
lists, not the objects.

While such objects are being made (a file read, a board built), the collector is off
altogether: each collection in the middle walks everything made so far, only to find it
alive. Opening a board of 20,000 notes spent a third of a second on that.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def building() -> Iterator[None]:
    """Make many objects that will live long: no collection while they are made, and frozen after.

    What is made and dropped again in the meantime is freed as usual (by its reference count);
    only cycles wait for the collector, which is back on at the end, whatever happened.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
    gc.freeze()


def board_built() -> None:
    """Everything alive now lives as long as the board: leave it out of collections.

    Also for what follows a board and has just built thousands of objects that live as long.
    """
    gc.freeze()


def board_taken_down() -> None:
    """A board left: let the collector see everything again (its leftovers among them)."""
    gc.unfreeze()
