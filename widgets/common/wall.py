"""How an item knows it is being drawn for the wall, so the editor's chrome stays on the laptop.

The wall (widgets/projector/projector_board.py) is a second view of the
facilitator's own scene: the same items paint themselves into both. The
selection outline, the resize grips and the arrow grips are the facilitator's
tools, not the room's content, so each item asks the widget it is painted on
(the `widget` argument of QGraphicsItem.paint: the view's viewport) and leaves
them out on the wall. A property on the viewport, not an import of the wall's
view, so the board and the stakeholder grid need not know the projector.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

_PROPERTY = "samskap_wall"


def mark_as_wall(viewport: QWidget) -> None:
    """Say that what is painted on `viewport` is for the room: no editing chrome."""
    viewport.setProperty(_PROPERTY, True)


def drawn_for_wall(widget: QWidget | None) -> bool:
    """True when `widget` (the one passed to paint) is a wall's viewport."""
    return widget is not None and bool(widget.property(_PROPERTY))
