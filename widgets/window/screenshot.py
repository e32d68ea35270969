"""Render the main window with one board to a PNG, with no display."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from app.domain.model import Phase
from app.storage.errors import CannotWrite, NoSuchBoard, WorkshopFileError
from widgets.window.main_window import MainWindow


def render_window(
    window: MainWindow,
    file: Path,
    output: Path,
    *,
    size: tuple[int, int],
    phase: str | None,
    board: str | None,
    audience: bool = False,
) -> None:
    """Open `file` read-only in `window`, show the chosen board, and save a picture of it.

    With `audience`, the picture is the projector's audience view of that board at `size`.
    """
    window.layout_memory.use_default()  # the same picture whatever this user's docks, and theirs kept
    window.resize(*size)
    window.show()
    if not window.open_path(file, read_only=True):
        raise WorkshopFileError(file)
    document = window.document
    assert document is not None
    # The whole window as the facilitator sees it a moment after it opens: the agenda and the
    # current step too, not only what the first frame paints (they are built just after it).
    window.parts  # noqa: B018  (asking builds them)
    # The toolbar where the picture has room for it, whatever this user chose: a window 640 px high
    # has none beside the agenda and the current step at their smallest, and the size asked for wins.
    window.toolbar.setVisible(True)
    window.toolbar.setVisible(window.minimumSizeHint().height() <= size[1])
    layout = window.layout()
    assert layout is not None  # a QMainWindow always has its own
    layout.activate()  # its smallest size now, not on the next turn of the event loop
    window.resize(*size)
    phases = [Phase(phase)] if phase else list(Phase)
    boards = [b for p in phases for b in document.boards_in(p)]
    if board is not None:
        boards = [b for b in boards if b.name == board]
        if not boards:
            raise NoSuchBoard(file, board)
    if boards:
        window.show_board(boards[0].id)
    QApplication.processEvents()
    window.view.fit_all()
    QApplication.processEvents()
    picture = window.projector.audience_picture(QSize(*size)) if audience else window.grab()
    if not picture.save(str(output), "PNG"):  # type: ignore[call-overload]  # stubs say bytes; PySide6 takes only str
        raise CannotWrite(output, "the picture could not be written")
