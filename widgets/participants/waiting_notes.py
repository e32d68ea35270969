"""The notes that wait on phones' behalf, per board and frame, and the buttons that release them.

A section of the Participants panel. Every release goes through the
SharingController, so each press is one undo step.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from app.domain.model import Device, Workshop
from app.domain.submissions import waiting, waiting_counts
from widgets.participants.sharing_controller import SharingController

_ID = Qt.ItemDataRole.UserRole
_SNIPPET = 60  # characters of a note shown in the list


def place_name(workshop: Workshop, board_id: str, frame_id: str | None) -> str:
    """ "Board › Frame", or the board's name alone."""
    board = next((b.name for b in workshop.boards if b.id == board_id), "?")
    frame = next((f.title for f in workshop.frames if f.id == frame_id), None) if frame_id else None
    return f"{board} › {frame}" if frame else board


def fill_places(combo: QComboBox, workshop: Workshop | None, first: tuple[str, object]) -> None:
    """Fill `combo` with `first`, then every board and its frames ("Board › Frame"), keeping the choice.

    Left alone when nothing in it would change: notes from phones refresh the panel
    often, and clearing a combo box closes its list under the facilitator's finger.
    """
    entries: list[tuple[str, object]] = [first]
    if workshop is not None:
        frames_of: dict[str, list[str]] = {}
        for frame in workshop.frames:
            frames_of.setdefault(frame.board_id, []).append(frame.id)
        for board in workshop.boards:
            entries.append((board.name, (board.id, None)))
            entries.extend((place_name(workshop, board.id, f), (board.id, f)) for f in frames_of.get(board.id, ()))
    if [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())] == entries:
        return
    chosen = combo.currentData()
    combo.clear()
    for text, data in entries:
        combo.addItem(text, data)
    select_data(combo, chosen)


def select_data(combo: QComboBox, data: object) -> None:
    """Make the entry whose data equals `data` current (else the first).

    Not QComboBox.findData: a Python tuple is kept as an object, which Qt compares by
    identity, so a (board, frame) pair built anew is never found.
    """
    combo.setCurrentIndex(next((i for i in range(combo.count()) if combo.itemData(i) == data), 0))


class WaitingNotes(QWidget):
    """What the phones wrote that is not on the board yet, and Release all / this person's / selected."""

    def __init__(self, *, controller: SharingController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.selected_phone: str | None = None  # the panel's chosen phone, for "this person's"
        self.summary = QLabel()
        self.summary.setObjectName("waiting_summary")
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("waiting_tree")
        self.tree.setHeaderHidden(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.into = QComboBox()
        self.into.setObjectName("release_into")
        into_label = QLabel(self.tr("Release &into:"))
        into_label.setBuddy(self.into)
        self.release_all_button = QPushButton(self.tr("Release &all"))
        self.release_all_button.clicked.connect(self.release_all)
        self.release_phone_button = QPushButton(self.tr("Release this &person's"))
        self.release_phone_button.clicked.connect(self.release_phone)
        self.release_selected_button = QPushButton(self.tr("Release &selected"))
        self.release_selected_button.clicked.connect(self.release_selected)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.summary, 0, 0, 1, 2)
        grid.addWidget(self.tree, 1, 0, 1, 2)
        grid.addWidget(into_label, 2, 0)
        grid.addWidget(self.into, 2, 1)
        grid.addWidget(self.release_all_button, 3, 0, 1, 2)
        grid.addWidget(self.release_phone_button, 4, 0)
        grid.addWidget(self.release_selected_button, 4, 1)

    def refresh(self) -> None:
        document = self.controller.document
        fill_places(
            self.into, document.workshop if document is not None else None, (self.tr("where each was written"), None)
        )
        self.tree.clear()
        if document is None:
            self.summary.setText("")
            self._update_buttons()
            return
        workshop = document.workshop
        devices = {d.id: d for d in workshop.devices}
        counts = waiting_counts(workshop)
        for (board_id, frame_id), count in counts.items():
            place = QTreeWidgetItem([f"{place_name(workshop, board_id, frame_id)}: {count}"])
            place.setFlags(place.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            self.tree.addTopLevelItem(place)
            for submission in waiting(workshop, board_id=board_id):
                if submission.frame_id != frame_id:
                    continue
                item = QTreeWidgetItem([self._line(submission.text, devices.get(submission.device_id or ""))])
                item.setData(0, _ID, submission.id)
                item.setToolTip(0, submission.text)
                place.addChild(item)
            place.setExpanded(True)
        total = sum(counts.values())
        self.summary.setText(
            self.tr("Notes waiting: %1").replace("%1", str(total)) if total else self.tr("No notes are waiting.")
        )
        self._update_buttons()

    def set_selected_phone(self, device_id: str | None) -> None:
        self.selected_phone = device_id
        self._update_buttons()

    def release_all(self) -> None:
        self._release([s.id for s in self._waiting()])

    def release_phone(self) -> None:
        if self.selected_phone is not None:
            self._release([s.id for s in self._waiting(device_id=self.selected_phone)])

    def release_selected(self) -> None:
        self._release([item.data(0, _ID) for item in self.tree.selectedItems() if item.data(0, _ID)])

    # -- internals -----------------------------------------------------------------------

    def _waiting(self, device_id: str | None = None) -> list:
        document = self.controller.document
        return waiting(document.workshop, device_id=device_id) if document is not None else []

    def _release(self, submission_ids: list[str]) -> None:
        target = self.into.currentData()
        board_id, frame_id = target if target else (None, None)
        self.controller.release(submission_ids, board_id=board_id, frame_id=frame_id)

    def _line(self, text: str, device: Device | None) -> str:
        one_line = " ".join(text.split())
        if len(one_line) > _SNIPPET:
            one_line = one_line[: _SNIPPET - 1] + "…"
        who = self.controller.phone_label(device) if device is not None else ""
        return f"{one_line} — {who}" if who else one_line

    def _update_buttons(self) -> None:
        any_waiting = bool(self._waiting())
        self.release_all_button.setEnabled(any_waiting)
        phone_waiting = self.selected_phone is not None and bool(self._waiting(self.selected_phone))
        self.release_phone_button.setEnabled(phone_waiting)
        self.release_selected_button.setEnabled(any(item.data(0, _ID) for item in self.tree.selectedItems()))
