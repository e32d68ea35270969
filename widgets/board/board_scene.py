"""The scene of one board: mirrors the document, never changes it.

Items are made, moved and removed only in answer to the document's signals.
The one exception is the short time of a mouse drag, when Qt moves the items
itself; the view then pushes one command with the final positions, and the
document's answer puts the items where they already are.
"""

from __future__ import annotations

from collections import Counter, deque
from itertools import repeat
from typing import Protocol

import shiboken6
from PySide6.QtCore import QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QGraphicsScene

from app import long_lived
from app.document import Changes, WorkshopDocument
from app.domain.model import Connector, Frame, Note, NoteStakeholder, Stakeholder, StakeholderRelation
from app.domain.sectors import normalised
from widgets.board import before_input
from widgets.board.connector_item import ConnectorItem, overview_parts_of
from widgets.board.frame_item import FrameItem
from widgets.board.lazy_tooltip import LazyTooltip
from widgets.board.note_item import BARS_BELOW_PX, NOTE_FONT_PX, NoteItem
from widgets.board.note_overview import NoteOverviewItem

BOARD_BACKGROUND = QColor("#e9ebee")
_NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents  # looked up once, set on thousands
_OVERLAY_Z = 1e8  # overlays (vote dots) sit above every note and arrow, below the note editor (1e9)
# A board of this many notes is shown before its arrows' items are made (see _make_arrows).
_ARROWS_AFTER_FIRST_FRAME_FROM = 2000


class Overlay(Protocol):
    """An item another feature draws over one note (a note's vote dots), which the scene must
    know of: far out, the overview draws its marks and the item itself draws nothing."""

    overlay_key: str  # one overlay per key (the note's id)

    def overview_marks(self) -> list[QRectF]:
        """What the overview draws for it: rectangles in scene units."""
        ...

    def setFlag(self, flag: QGraphicsItem.GraphicsItemFlag, enabled: bool = True) -> None: ...

    def setParentItem(self, parent: QGraphicsItem, /) -> None: ...


# Room around the notes to scroll into, in scene units.
_MARGIN = 1500.0


def _geometry(item: NoteItem | None) -> tuple[float, float, float, float] | None:
    return item.geometry() if item is not None else None


class BoardScene(QGraphicsScene):
    notes_updated = Signal()  # notes were added, removed or changed on this board (for the sector legend)

    def __init__(self, *, document: WorkshopDocument, board_id: str, parent=None) -> None:
        super().__init__(parent)
        self.document = document
        self.board_id = board_id
        self.setBackgroundBrush(BOARD_BACKGROUND)
        self._notes: dict[str, NoteItem] = {}
        self._connectors: dict[str, ConnectorItem] = {}
        # Arrows by the notes they touch: a drag reroutes only its own arrows on each mouse move.
        self._connectors_of: dict[str, list[ConnectorItem]] = {}
        self._frames: dict[str, FrameItem] = {}
        # Notes in the order they were selected: "connect the two selected notes" draws
        # from the one chosen first.
        self._selection_order: list[str] = []
        self._selected_others: list[QGraphicsItem] = []  # frames and arrows
        # While select_items tells of a selection it made: (note ids in order, other items).
        self._known_selection: tuple[list[str], list[QGraphicsItem]] | None = None
        # How many notes carry each sector, kept up to date note by note for the sector legend.
        self._sector_tally: Counter[str] = Counter()
        # Far out, one item draws every note (see note_overview.py); the scale at which
        # each view last painted decides, so a projector showing text keeps it.
        self._overview = NoteOverviewItem()
        self.addItem(self._overview)
        self._overview_on = False
        self._view_scales: tuple[float, ...] = ()
        self._detail_check_pending = False
        # Marks drawn over notes by others (a note's vote dots): the overview draws them too.
        self._overlays: dict[str, Overlay] = {}
        # Their parent, one item above every note: a new overlay is a child of it, not one more of
        # the scene's 40,000 top-level items, each of which made Qt sort them all again (twice).
        self._overlay_layer = QGraphicsRectItem()
        self._overlay_layer.setFlag(_NO_CONTENTS)
        self._overlay_layer.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._overlay_layer.setZValue(_OVERLAY_Z)
        self.addItem(self._overlay_layer)
        self._content: QRectF | None = None  # content_rect(), measured again after notes or frames change
        self._scene_rect_set = False
        self._arrows_waiting = False  # a large board's arrow items wait for its first frame (_make_arrows)
        workshop = document.workshop
        with long_lived.building():
            self._add_frame_items([f for f in workshop.frames if f.board_id == board_id])
            self._add_note_items(document.notes_on(board_id))
            # Far out (where a board this large opens), the overview draws the arrows from the model:
            # their items, which a click or a drag needs, are made just after the first frame.
            self._arrows_waiting = len(self._notes) >= _ARROWS_AFTER_FIRST_FRAME_FROM
            if self._arrows_waiting:
                before_input.wait(self._make_arrows)
            else:
                self._add_connector_items(self._board_connectors())
            self._refresh_links()
            self._grow_scene_rect(self.content_rect())  # the arrows lie between the notes
        document.entities_changed.connect(self._on_document_entities_changed)
        self.selectionChanged.connect(self._on_selection_changed)

    def note_item(self, note_id: str) -> NoteItem:
        return self._notes[note_id]

    def has_note(self, note_id: str) -> bool:
        return note_id in self._notes

    def note_items(self) -> list[NoteItem]:
        return list(self._notes.values())

    def selected_note_ids(self) -> list[str]:
        """Selected notes, bottom to top, so copies keep their stacking order."""
        items = [i for i in self.selectedItems() if isinstance(i, NoteItem)]
        return [i.note_id for i in sorted(items, key=lambda i: i.zValue())]

    def select_notes(self, note_ids: list[str]) -> None:
        notes = self._notes
        ids = [i for i in note_ids if i in notes]
        self._select([notes[i] for i in ids], ids, [])

    def select_all_notes(self) -> None:
        """Every note (Ctrl+A): their items and ids straight from the board's own lists."""
        self._select(list(self._notes.values()), list(self._notes), [])

    def frame_item(self, frame_id: str) -> FrameItem:
        return self._frames[frame_id]

    def frame_items(self) -> list[FrameItem]:
        return list(self._frames.values())

    def connector_item(self, connector_id: str) -> ConnectorItem:
        self._make_arrows()
        return self._connectors[connector_id]

    def connector_items(self) -> list[ConnectorItem]:
        self._make_arrows()
        return list(self._connectors.values())

    def selected_connector_ids(self) -> list[str]:
        return [i.connector_id for i in self.selectedItems() if isinstance(i, ConnectorItem)]

    def selected_frame_ids(self) -> list[str]:
        return [i.frame_id for i in self.selectedItems() if isinstance(i, FrameItem)]

    def selection_order(self) -> list[str]:
        """The selected notes in the order they were selected."""
        return list(self._selection_order)

    def item_after(self, current, *, forward: bool = True):
        """The frame, note or arrow after `current` (None: the first) in reading order, wrapping round.

        Frames first, then notes, then arrows, each top to bottom and left to right:
        the order Tab walks the board in, so every item can be reached from the keyboard.
        """

        self._make_arrows()

        def reading_order(item) -> tuple[float, float]:
            centre = item.sceneBoundingRect().center()
            return (round(centre.y() / 40), centre.x())

        items = [
            *sorted(self._frames.values(), key=reading_order),
            *sorted(self._notes.values(), key=reading_order),
            *sorted(self._connectors.values(), key=reading_order),
        ]
        if not items:
            return None
        if current in items:
            return items[(items.index(current) + (1 if forward else -1)) % len(items)]
        return items[0] if forward else items[-1]

    def select_items(self, items: list) -> None:
        """Select exactly `items`, telling the selection's followers once.

        Qt emits selectionChanged for each item selected, and each follower then
        reads selectedItems() again: selecting 20,000 notes took minutes that way.
        """
        notes = [i.note_id for i in items if isinstance(i, NoteItem)]
        others = [i for i in items if not isinstance(i, NoteItem)] if len(notes) < len(items) else []
        self._select(items, notes, others)

    def _select(self, items: list, notes: list[str], others: list) -> None:
        """select_items, told the ids of the notes among `items` and the other items: reading them
        off 20,000 items took a third of a select-all."""
        same = len(notes) == len(self._selection_order) and len(others) == len(self._selected_others)
        same = same and set(notes) == set(self._selection_order) and set(others) == set(self._selected_others)
        blocked = self.blockSignals(True)
        try:
            self.clearSelection()
            deque(map(QGraphicsItem.setSelected, items, repeat(True)), maxlen=0)  # a loop in C, not Python
        finally:
            self.blockSignals(blocked)
        if not same:
            # What is selected now is known: the followers need not ask Qt for 20,000 items again.
            self._known_selection = (notes, others)
            try:
                self.selectionChanged.emit()
            finally:
                self._known_selection = None

    def content_rect(self) -> QRectF:
        """What "fit all" must show: the notes and the frames with their titles."""
        if self._content is None:
            # Each edge in one pass of Qt's calls, with no Python step per item: 25,000 at an open.
            rects = list(map(QGraphicsItem.sceneBoundingRect, [*self._notes.values(), *self._frames.values()]))
            if rects:
                left, top = min(map(QRectF.left, rects)), min(map(QRectF.top, rects))
                right, bottom = max(map(QRectF.right, rects)), max(map(QRectF.bottom, rects))
                self._content = QRectF(left, top, right - left, bottom - top)
            else:
                self._content = QRectF()
        return QRectF(self._content)

    def note_item_moved(self, note_id: str) -> None:
        """Keep arrows (and the overview) on a note while it is dragged, before the move is committed."""
        self._make_arrows()
        self._content = None
        for item in self._connectors_of.get(note_id, ()):
            self._route(item)
        if self._overview_on:
            self._overview.note_changed(self._notes[note_id])

    def frame_item_moved(self, item: FrameItem) -> None:
        """A frame shown at a new place or size during a drag: the overview follows."""
        self._content = None
        if self._overview_on:
            self._overview.frame_changed(item)

    def sector_counts(self) -> list[tuple[str, int]]:
        """How many notes touch each sector, in vocabulary order: kept note by note, never recounted."""
        tally = self._sector_tally
        return [(k, tally[k]) for k in normalised(tally)]

    def mouseMoveEvent(self, event) -> None:
        super().mouseMoveEvent(event)
        # Qt moves the selected notes itself while one is dragged; their arrows follow here
        # (a NoteItem has no itemChange, which would call Python for every change of every note).
        if event.buttons() & Qt.MouseButton.LeftButton and isinstance(self.mouseGrabberItem(), NoteItem):
            for item in self.selectedItems():
                if isinstance(item, NoteItem):
                    self.note_item_moved(item.note_id)

    def helpEvent(self, event) -> None:
        # Tooltips are built when first shown, not for each of thousands of items as made (LazyTooltip).
        for item in self.items(event.scenePos()):
            if isinstance(item, LazyTooltip):
                item.ensure_tooltip()
                break
        super().helpEvent(event)

    def add_overlay(self, item: Overlay) -> None:
        """Put an item drawn over a note (see Overlay) on the board, above every note, and follow it."""
        item.setParentItem(self._overlay_layer)
        self._overlays[item.overlay_key] = item
        if self._overview_on:
            item.setFlag(_NO_CONTENTS)
        self.overlay_changed(item)

    def overlay_changed(self, item: Overlay) -> None:
        """An overlay moved or shows another number of marks."""
        if self._overview_on and self._overlays.get(item.overlay_key) is item:
            self._overview.mark_changed(item.overlay_key, item.overview_marks())

    def remove_overlay(self, item: Overlay) -> None:
        if self._overlays.get(item.overlay_key) is item:
            del self._overlays[item.overlay_key]
            self._overview.mark_removed(item.overlay_key)

    def overview_shown(self) -> bool:
        """Whether the notes are drawn as one overview layer (every view is zoomed far out)."""
        return self._overview_on

    def drawBackground(self, painter, rect: QRectF | QRect) -> None:
        # Called by each view as it paints: the cheapest moment to notice a view's new scale.
        super().drawBackground(painter, rect)
        scales = tuple(view.transform().m11() for view in self.views())
        if scales != self._view_scales and not self._detail_check_pending:
            self._detail_check_pending = True
            QTimer.singleShot(0, self.update_detail)
        if self._arrows_waiting:
            QTimer.singleShot(0, self._make_arrows)  # after this frame (a second paint before it asks again: no harm)

    def update_detail(self) -> None:
        """Overview when every view shows notes too small for text bars; detail otherwise.

        A view that zooms calls this at once, before it paints: otherwise its first paint at a new
        scale is drawn at the old level of detail (opening a board of 20,000 notes fitted drew
        every note's text once, seconds, before the overview). Other views are noticed as they
        paint (drawBackground).

        A hidden view counts too: it keeps the detail it may be shown again with, which costs
        speed, never legibility.
        """
        self._detail_check_pending = False
        if not shiboken6.isValid(self._overview):
            return
        self._view_scales = tuple(view.transform().m11() for view in self.views())
        overview = bool(self._view_scales) and max(self._view_scales) * NOTE_FONT_PX < BARS_BELOW_PX
        if overview == self._overview_on:
            return
        if not overview:
            self._make_arrows()  # drawn by their items from now on
        self._overview_on = overview
        # Far out, every item draws nothing, yet a repaint through the BSP index still finds and
        # sorts them all (24 ms at 20,000 notes); without an index Qt walks its kept, sorted list of
        # items and passes each by (3 ms). Finding the items under the mouse then asks every item
        # for its bounds, which Qt knows for all but the overview (no item's bounds are Python's).
        self.setItemIndexMethod(
            QGraphicsScene.ItemIndexMethod.NoIndex if overview else QGraphicsScene.ItemIndexMethod.BspTreeIndex
        )
        if not overview:
            # A new BSP index is not told the scene's rectangle and would put every item in one
            # cell (a linear search again) until the rectangle changes: change it and back.
            rect = self.sceneRect()
            self.setSceneRect(rect.adjusted(0, 0, 1, 0))
            self.setSceneRect(rect)
        for item in self._drawn_by_overview():
            item.setFlag(_NO_CONTENTS, overview)
        if overview:
            marks = {key: item.overview_marks() for key, item in self._overlays.items()}
            with long_lived.building():  # what the overview keeps lives as long as it is shown
                self._overview.build(
                    list(self._notes.values()), list(self._frames.values()), self._overview_arrows(), marks
                )
            self._on_selection_changed()
        else:
            self._overview.drop()
        self._overview.setVisible(overview)
        self.update()

    def _make_arrows(self) -> None:
        """Make the arrows' items of a large board, if they still wait (see _ARROWS_AFTER_FIRST_FRAME_FROM).

        Called after the board's first frame, and first thing by whatever needs them (a click, a
        key, a change to the workshop, a zoom to where arrows draw themselves), so that nothing
        ever meets a board without them. The overview already draws every arrow, from the same
        numbers: the items made now change nothing on the screen.
        """
        if not self._arrows_waiting or not shiboken6.isValid(self):
            return
        self._arrows_waiting = False
        before_input.forget(self._make_arrows)
        with long_lived.building():
            self._add_connector_items(self._board_connectors())

    def _board_connectors(self) -> list[Connector]:
        return [c for c in self.document.workshop.connectors if c.board_id == self.board_id]

    def _overview_arrows(self) -> list:
        """Each arrow as the overview draws it: from its item, or from the model while items wait."""
        if not self._arrows_waiting:
            return [(c.connector_id, c.overview_parts()) for c in self._connectors.values()]
        notes = self._notes
        return [
            (c.id, overview_parts_of(c, _geometry(notes.get(c.from_note)), _geometry(notes.get(c.to_note))))
            for c in self._board_connectors()
        ]

    def _drawn_by_overview(self):
        """The items the overview draws for them while it is shown."""
        yield from self._notes.values()
        yield from self._frames.values()
        for connector in self._connectors.values():
            yield connector
            if connector.label_item is not None:
                yield connector.label_item
        yield from self._overlays.values()

    def detach(self) -> None:
        """Stop following the document (the board was deleted or the workshop closed)."""
        self.document.entities_changed.disconnect(self._on_document_entities_changed)
        self._arrows_waiting = False
        before_input.forget(self._make_arrows)
        long_lived.board_taken_down()

    # -- following the document ------------------------------------------------

    def _add_note_items(self, notes: list[Note]) -> None:
        editable = not self.document.read_only
        overview = self._overview_on
        for note in notes:
            item = NoteItem(note, editable=editable)
            if overview:
                item.setFlag(_NO_CONTENTS)
                self._overview.note_changed(item)
            self._notes[note.id] = item
            self.addItem(item)
        # Each note's sectors counted once (a note may name one twice), in one update for them all.
        self._sector_tally.update(sector for note in notes for sector in set(note.sectors))

    def _add_connector_items(self, connectors: list[Connector]) -> None:
        for connector in connectors:
            existing = self._connectors.get(connector.id)
            if existing is not None:
                existing.update_from(connector)
                self._adopt_label(existing)  # a first label makes the arrow's label item
                self._route(existing)
                continue
            item = ConnectorItem(connector)
            if self._overview_on:
                item.setFlag(_NO_CONTENTS)
            self._connectors[connector.id] = item
            for note_id in (connector.from_note, connector.to_note):
                self._connectors_of.setdefault(note_id, []).append(item)
            self.addItem(item)
            self._adopt_label(item)
            self._route(item)

    def _adopt_label(self, item: ConnectorItem) -> None:
        """Put an arrow's label item on the board with it, drawn by the overview far out."""
        label = item.label_item
        if label is not None and label.scene() is None:
            if self._overview_on:
                label.setFlag(_NO_CONTENTS)
            self.addItem(label)

    def _on_document_entities_changed(self, changes: Changes) -> None:
        """Mirror one change: only the items it names are touched (O(changed), no rebuild)."""
        self._make_arrows()
        board = self.board_id
        if changes.touches(Note) or changes.touches(Frame):
            self._content = None
        removed = [n.id for n in changes.on_board(changes.deleted_of(Note), board) if n.id in self._notes]
        if removed:
            self._remove_note_items(removed)
        for frame in changes.deleted_of(Frame):
            item = self._frames.pop(frame.id, None)
            if item is not None:
                self.removeItem(item)
                self._overview.frame_removed(frame.id)
        for frame in changes.on_board(changes.upserted_of(Frame), board):
            self._add_or_update_frame(frame)
        for connector in changes.deleted_of(Connector):
            self._remove_connector(connector.id)
        notes = changes.on_board(changes.upserted_of(Note), board)
        added = [n for n in notes if n.id not in self._notes]
        changed = [n for n in notes if n.id in self._notes]
        self._add_note_items(added)
        for note in changed:
            note_item = self._notes[note.id]
            if note.sectors != note_item.sectors():
                self._sector_tally.subtract(set(note_item.sectors()))
                self._sector_tally.update(set(note.sectors))
                self._drop_unused_sectors()
            note_item.update_from(note)
            self.note_item_moved(note.id)  # a resize moves the arrow ends too
        self._add_connector_items(changes.on_board(changes.upserted_of(Connector), board))
        if added or changes.touches(NoteStakeholder) or changes.touches(Stakeholder):
            self._refresh_links()
        if notes:
            self._grow_scene_rect(self._notes_rect(notes))
        if notes or removed:
            self.notes_updated.emit()

    def _remove_note_items(self, note_ids: list[str]) -> None:
        for note_id in note_ids:
            item = self._notes.pop(note_id)
            self._sector_tally.subtract(set(item.sectors()))
            self.removeItem(item)
            self._overview.note_removed(note_id)
        self._drop_unused_sectors()
        for note_id in note_ids:
            for connector in self._connectors_of.pop(note_id, []):
                self._remove_connector(connector.connector_id)

    def _drop_unused_sectors(self) -> None:
        for key in [k for k, count in self._sector_tally.items() if count <= 0]:
            del self._sector_tally[key]

    def _on_selection_changed(self) -> None:
        if self._known_selection is not None:
            order, others = self._known_selection
            selected = set(order)
        else:
            items = self.selectedItems()
            order = sorted(i.note_id for i in items if isinstance(i, NoteItem))
            others = [i for i in items if not isinstance(i, NoteItem)]
            selected = set(order)
        before, self._selected_others = self._selected_others, others
        for arrow in set(before) ^ set(others):  # a label shows its arrow's selection
            if isinstance(arrow, ConnectorItem) and shiboken6.isValid(arrow) and arrow.label_item is not None:
                arrow.label_item.update()
        if self._overview_on and shiboken6.isValid(self._overview):
            self._overview.selection_changed(selected, others)
        kept = [i for i in self._selection_order if i in selected]
        known = set(kept)
        self._selection_order = kept + [i for i in order if i not in known]

    # -- internals ---------------------------------------------------------------

    def _add_frame_items(self, frames: list[Frame]) -> None:
        """The frames of a board being built: its scene rectangle is set once they and the notes are in."""
        for frame in frames:
            item = self._frames[frame.id] = FrameItem(frame)
            self.addItem(item)

    def _add_or_update_frame(self, frame: Frame) -> None:
        item = self._frames.get(frame.id)
        if item is None:
            item = FrameItem(frame)
            if self._overview_on:
                item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents)
            self._frames[frame.id] = item
            self.addItem(item)
            self._grow_scene_rect(item.sceneBoundingRect())
        else:
            item.update_from(frame)
        if self._overview_on:
            self._overview.frame_changed(item)

    def _remove_connector(self, connector_id: str) -> None:
        item = self._connectors.pop(connector_id, None)
        if item is None:
            return
        self.removeItem(item)
        if item.label_item is not None:
            self.removeItem(item.label_item)
        self._overview.connector_removed(connector_id)
        for note_id in (item.from_note, item.to_note):
            arrows = self._connectors_of.get(note_id, [])
            if item in arrows:
                arrows.remove(item)

    def _refresh_links(self) -> None:
        """Give each note the names of the stakeholders linked to it."""
        names = {s.id: s.name for s in self.document.all_of(Stakeholder)}
        links: dict[str, tuple[list[str], list[str]]] = {}
        for link in self.document.all_of(NoteStakeholder):
            if link.note_id in self._notes and link.stakeholder_id in names:
                affected, owns = links.setdefault(link.note_id, ([], []))
                (owns if link.relation == StakeholderRelation.OWNS else affected).append(names[link.stakeholder_id])
        for note_id, item in self._notes.items():
            item.set_links(*links.get(note_id, ([], [])))

    def _route(self, item: ConnectorItem) -> None:
        """Lay the arrow between its notes, and tell the overview of it (a new kind or label too)."""
        start, end = self._notes.get(item.from_note), self._notes.get(item.to_note)
        if start is not None and end is not None:
            item.route(start.geometry(), end.geometry())
        if self._overview_on:
            self._overview.connector_changed(item)

    @staticmethod
    def _notes_rect(notes: list[Note]) -> QRectF:
        rect = QRectF()
        for note in notes:
            rect = rect.united(QRectF(note.x, note.y, note.width, note.height))
        return rect

    def _grow_scene_rect(self, content: QRectF) -> None:
        """Make room to scroll around `content`; the board only ever grows while shown."""
        if content.isNull():
            content = QRectF(0, 0, 1200, 800)
        room = content.adjusted(-_MARGIN, -_MARGIN, _MARGIN, _MARGIN)
        # Until a rectangle is set, sceneRect() measures every item (40 ms at 20,000 notes): the
        # first one set holds the content, so it need not be asked.
        self.setSceneRect(room.united(self.sceneRect()) if self._scene_rect_set else room)
        self._scene_rect_set = True
