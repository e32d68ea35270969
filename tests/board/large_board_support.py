"""What the large-board tests share: a board of thousands of notes (six colours, in frames, with
arrows, sectors and labels), opened in a shown view, and ways to count the work done."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QGraphicsItem

from app.document import WorkshopDocument
from app.domain.model import Board, Connector, Frame, Note, Phase, Workshop, WorkshopInfo
from app.storage.workshop_file import WorkshopFile
from tests.board.test_note_overview import open_view
from widgets.board.board_scene import BoardScene
from widgets.board.board_view import BoardView

NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
COLOURS = ["#ffe14d", "#8fd0ff", "#e79ac7", "#2eb88a", "#f59a23", "#ffffff"]


def counted(calls: list, function):
    """`function`, noting each call in `calls`."""

    def counting(*args):
        calls.append(args[1:2])
        return function(*args)

    return counting


def settle(qtbot, view, *, overview: bool) -> None:
    """As test_note_overview.settle, with room for a busy machine to paint 5,000 notes."""
    view.viewport().update()
    qtbot.waitUntil(lambda: view.scene().overview_shown() == overview, timeout=60_000)
    qtbot.wait(1)  # the switch may have come before the view's pending events, as in the app
    view.viewport().repaint()


def large_board(path: Path, count: int = 5000) -> None:
    """`count` notes of six colours in frames of 50, an arrow between neighbours, sectors on some."""
    board = Board("Stor", Phase.CO_DESIGN, id="b")
    notes, frames, connectors = [], [], []
    for i in range(count):
        column, row = i % 100, i // 100
        notes.append(
            Note("b", text=f"Lapp {i} æøå", x=column * 200.0, y=row * 200.0, z=float(i + 1),
                 colour=COLOURS[i % 6], sectors=["health-care"] if i % 10 == 0 else [], id=f"n{i:05d}")
        )  # fmt: skip
        if column % 50 == 0:
            frames.append(Frame("b", f"Ramme {i}", x=column * 200.0 - 10, y=row * 200.0 - 10, width=9990, height=170))
        if column % 7 == 1:
            connectors.append(Connector("b", f"n{i - 1:05d}", f"n{i:05d}", label="fører til" if i % 2 else ""))
    workshop = Workshop(info=WorkshopInfo("Stor"), boards=[board], notes=notes, frames=frames, connectors=connectors)
    WorkshopFile.create(path, workshop).close()


def open_large(qtbot, tmp_path: Path, count: int = 5000) -> tuple[BoardView, BoardScene, WorkshopDocument]:
    """A board of `count` notes (large_board) in a shown view: the view, its scene and the document."""
    path = tmp_path / "stor.samskap"
    large_board(path, count)
    return open_view(qtbot, path)


def vote_on(qtbot, view, scene, voters, *, panel: bool = False, dots: int = 5, stacking: bool = False):
    """A dot vote started on the board shown, for `voters`: its controller, and its panel (shown) if asked."""
    from app.domain.model import Vote
    from widgets.voting.vote_controller import VoteController
    from widgets.voting.vote_panel import VotePanel

    controller = VoteController(view=view, undo_stack=view.undo_stack)
    shown = None
    if panel:
        shown = VotePanel(controller=controller)
        qtbot.addWidget(shown)
        shown.show()
    controller.set_board(scene)
    controller.start_vote(Vote("b", dots_per_person=dots, allow_stacking=stacking), voters)
    return controller, shown


def differing_pixels(first: QImage, second: QImage) -> int:
    assert first.size() == second.size()
    a = memoryview(first.constBits()).cast("I")
    b = memoryview(second.constBits()).cast("I")
    return sum(1 for x, y in zip(a, b, strict=True) if x != y)
