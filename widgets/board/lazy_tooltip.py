"""Tooltips of board items, built when first shown, not for each of thousands of items as made."""

from __future__ import annotations

from typing import TYPE_CHECKING


class LazyTooltip:
    """Mixed into a board item (before its Qt class): the tooltip is built from `tooltip_text` when
    first shown (BoardScene.helpEvent calls ensure_tooltip) or asked for, and again after the item
    says it changed (`_tooltip_stale = True`). Setting a tooltip on each of 20,000 notes as they
    were made was a good part of opening a large board."""

    _tooltip_stale = True

    if TYPE_CHECKING:

        def setToolTip(self, text: str) -> None: ...

    def tooltip_text(self) -> str:
        raise NotImplementedError

    def toolTip(self) -> str:  # Qt's name
        self.ensure_tooltip()
        return super().toolTip()  # type: ignore[misc]

    def ensure_tooltip(self) -> None:
        if self._tooltip_stale:
            self._tooltip_stale = False
            self.setToolTip(self.tooltip_text())
