"""With one screen the wall covers the laptop: the facilitator hears about an unreadable wall first.

Presenting on a second screen leaves the laptop free, and its status bar says
when the wall's text is too small for the back row. With only the laptop's
screen the wall covers that status bar, so the projector rehearses the wall
at the screen's size before showing it (`rehearse`), and if the back row
could not read it, asks here, on the laptop, with the ways out: one frame at
a time, or the facilitator's own zoom. Once presenting, the same warning goes
on the wall itself (ProjectorWindow.set_hint), where the facilitator looks.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QGraphicsScene, QMessageBox, QWidget

from app.document import WorkshopDocument
from app.domain.model import Frame
from app.domain.presenting import legible, min_text_px
from widgets.projector.projector_window import ProjectorWindow


class Answer(StrEnum):
    FRAMES = "frames"  # present one frame at a time
    ANYWAY = "anyway"  # present the whole board as it is (the facilitator will zoom)
    CANCEL = "cancel"


def rehearse(
    document: WorkshopDocument,
    scene: QGraphicsScene | None,
    board_id: str | None,
    frames: list[Frame],
    rect: QRectF,
    screen: QScreen,
) -> tuple[int, int] | None:
    """(text px the wall would show, px the back row needs) if the wall would be unreadable on `screen`, else None.

    Drawn nowhere: a wall of the screen's size is laid out off the screen, fitted and thrown away.
    """
    wall = ProjectorWindow(document=document)
    wall.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    wall.resize(screen.geometry().size())
    wall.board.set_board_scene(scene)
    wall.set_shown_board(board_id)  # the same title and instructions, so the same room for the board
    wall.show()
    wall.board.set_frame_titles(frames)
    wall.board.show_rect(rect)
    text_px, height = wall.board.scale_factor() * wall.board.text_px(), wall.height()
    wall.detach()
    wall.close()
    wall.deleteLater()
    if legible(text_px, 1.0, height):
        return None
    return round(text_px), round(min_text_px(height))


def ask_before_covering(
    parent: QWidget, *, text_px: int, needed_px: int, has_frames: bool, answered: Callable[[Answer], None]
) -> QMessageBox:
    """Open (not exec: the window goes on) the question; `answered` gets the facilitator's choice."""
    box = QMessageBox(parent)
    box.setObjectName("one_screen_question")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("OneScreen", "The wall would be hard to read"))
    box.setText(
        QCoreApplication.translate(
            "OneScreen",
            "The audience view will cover this screen, and its note text would be %1 px; the back row needs %2 px.",
        )
        .replace("%1", str(text_px))
        .replace("%2", str(needed_px))
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "OneScreen",
            "Show one frame at a time (PgDown and PgUp move between frames), or zoom in on your board and "
            "choose Present > Show what I see. Esc ends presenting.",
        )
    )
    buttons: dict[object, Answer] = {}
    if has_frames:
        frames = box.addButton(
            QCoreApplication.translate("OneScreen", "Present one &frame at a time"), QMessageBox.ButtonRole.AcceptRole
        )
        buttons[frames] = Answer.FRAMES
        box.setDefaultButton(frames)
    anyway = box.addButton(
        QCoreApplication.translate("OneScreen", "Present the &whole board"), QMessageBox.ButtonRole.AcceptRole
    )
    buttons[anyway] = Answer.ANYWAY
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    buttons[cancel] = Answer.CANCEL
    box.setEscapeButton(cancel)
    box.finished.connect(lambda _result: answered(buttons.get(box.clickedButton(), Answer.CANCEL)))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
