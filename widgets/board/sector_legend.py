"""Which sectors the floke on this board touches: a legend beside the board.

One button per sector present, with its marker colour, letters, name and the
number of notes tagged with it; a click (or Tab then Space) selects those
notes, which outlines them on the board. The main window docks it under the
board list, out of the board's way, and hides it on a board without tags.
The window holds it until its first frame is painted (see `hold`).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFrame, QPushButton, QVBoxLayout, QWidget

from app.domain.sectors import sector, sector_abbreviation, sector_label

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

    from widgets.board.board_scene import BoardScene

QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's own limit on a widget's size, which PySide does not export


def sector_icon(key: str, size: int = 22) -> QIcon:
    """The marker of a sector as an icon: its colour with its letters."""
    return _marker_icon(sector(key).colour, sector_abbreviation(key), size)


@cache
def _marker_icon(colour: str, letters: str, size: int) -> QIcon:
    # Drawn once and kept (by the letters too, which follow the language): the board's actions,
    # the legend and the menus show the same ten icons. Qt's icon classes are set up here, on
    # first use after the first frame, not when the board's modules are imported before it.
    from PySide6.QtGui import QIcon, QPainter, QPixmap

    pixmap = QPixmap(size * 2, size)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawRoundedRect(0, 0, size * 2, size, 5, 5)
    font = painter.font()
    font.setBold(True)
    font.setPixelSize(int(size * 0.55))
    painter.setFont(font)
    painter.setPen(QColor("#ffffff"))
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, letters)
    painter.end()
    return QIcon(pixmap)


_ICON_SIZE = QSize(34, 17)


class SectorLegend(QFrame):
    """The sectors present on the shown board, with counts; click one to select its notes."""

    sector_clicked = Signal(str)  # sector key
    changed = Signal(bool)  # the legend was rebuilt; True when the board has sector tags

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sector_legend")
        self.setAccessibleName(self.tr("Sectors on this board"))
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(4, 2, 4, 4)
        self._layout.setSpacing(1)
        self._layout.addStretch(1)
        # One style sheet for every button, not one per button: each widget with a sheet of its
        # own gets a style object of its own, which cost the first frame a millisecond apiece.
        self.setStyleSheet("QPushButton { text-align: left; padding: 2px 4px; }")
        self.buttons: dict[str, QPushButton] = {}
        self._scene: BoardScene | None = None
        self._held_rows: int | None = None  # while held: how many buttons it keeps room for
        self._row_height: int | None = None
        self._holding = False  # from hold() until the buttons have settled in after release()

    def hold(self) -> None:
        """Build no buttons until `release()`, but keep the room they will take.

        The window holds its legend until its first frame is painted: the ten buttons, their
        icons and their paint cost that frame 5 to 8 ms, and the legend is no part of what a
        facilitator looks for first. Its dock shows at once, as tall as it will be, so nothing
        moves when the buttons come (with the agenda, a blink later).
        """
        if self._held_rows is None:
            self._held_rows = 0
            self._holding = True
            self.refresh()

    def release(self) -> None:
        if self._held_rows is not None:
            self._held_rows = None
            self.refresh()
            # The room is let go of a turn later, once the window has laid the buttons out in it: at
            # once, the docks beside it were laid out without it and jumped 11 px for a frame.
            QTimer.singleShot(0, self, self._let_go_of_room)

    def _let_go_of_room(self) -> None:
        self.setMinimumHeight(0)  # the buttons hold the room now
        self.setMaximumHeight(QWIDGETSIZE_MAX)
        # Sized again to the buttons themselves, once the window has taken the change in: where a
        # style's rows differ from the estimate (one we have not seen), they move once, no more.
        QTimer.singleShot(0, self, self._settle)

    def _settle(self) -> None:
        self._holding = False
        self.changed.emit(bool(self.buttons))

    @property
    def held(self) -> bool:
        """Whether the legend is still held, or settling into its room after (see `hold`)."""
        return self._holding

    def _height_of_rows(self, rows: int) -> int:
        if self._row_height is None:
            # A row is a text button's height with the icon's instead of the text's where that is
            # taller (they share the row), styled by the legend's sheet as the rows will be.
            probe = QPushButton(self)  # QPushButton(text) would try the text as an icon first
            probe.setText("Xg")
            text = probe.fontMetrics().height()
            self._row_height = probe.sizeHint().height() - text + max(text, _ICON_SIZE.height())
            probe.setParent(None)  # gone with its last reference: never shown
        margins = self._layout.contentsMargins()
        return margins.top() + margins.bottom() + rows * self._row_height + (rows - 1) * self._layout.spacing()

    def set_scene(self, scene: BoardScene | None) -> None:
        if self._scene is not None:
            self._scene.notes_updated.disconnect(self.refresh)
        self._scene = scene
        if scene is not None:
            scene.notes_updated.connect(self.refresh)
        self.refresh()

    def counts(self) -> list[tuple[str, int]]:
        if self._scene is None:
            return []
        return self._scene.sector_counts()  # kept note by note by the scene, never recounted

    def refresh(self) -> None:
        counts = self.counts()
        if self._held_rows is not None:
            if self._held_rows != len(counts):
                self._held_rows = len(counts)
                self.setFixedHeight(self._height_of_rows(len(counts)) if counts else 0)
                self.changed.emit(bool(counts))
            return
        if [(k, b.property("count")) for k, b in self.buttons.items()] == counts:
            return
        for button in self.buttons.values():
            self._layout.removeWidget(button)
            button.deleteLater()
        self.buttons = {}
        for key, count in counts:
            button = QPushButton(sector_icon(key), f"{sector_label(key)[:40]}  ·  {count}")
            button.setIconSize(_ICON_SIZE)
            button.setProperty("count", count)
            button.setFlat(True)
            button.setToolTip(self.tr("Select the notes tagged %1").replace("%1", sector_label(key)))
            button.clicked.connect(lambda _checked=False, k=key: self.sector_clicked.emit(k))
            self._layout.insertWidget(self._layout.count() - 1, button)
            self.buttons[key] = button
        self.changed.emit(bool(counts))
