"""The dot voting panel (a dock): the vote, who is voting with the dots they have left, and the notes.

Everything here is reachable from the keyboard: the voter list takes Up and
Down, the note list adds a dot with Enter or + and takes one back with Delete
or -. On the board itself, while dots are being recorded, one click adds a
dot and number keys pick the voter (see VoteController).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app import long_lived
from app.domain import voting
from app.domain.model import Frame, Vote
from widgets.participants.phone_names import phone_label
from widgets.voting.vote_controller import VoteController
from widgets.voting.vote_results_dialog import VoteResultsDialog
from widgets.voting.vote_setup_dialog import VoteSetupDialog

_ID = Qt.ItemDataRole.UserRole


# Up to this many notes in a vote, the list shows each note's whole text, wrapped.
WRAP_NOTES = 300


class _RowList(QListWidget):
    """A list that, while its rows are of one size, draws a row whose text changed, and only it.

    QListView answers any change of a row's data by laying every row out again (its height might
    have changed) and drawing the whole list: a dot changes one row of each list, and that took
    3 ms with 20,000 notes. Rows of one size keep their places, so the layout is left out.
    """

    def __init__(self) -> None:
        super().__init__()
        self.setUniformItemSizes(True)

    def dataChanged(self, top_left, bottom_right, roles=()) -> None:  # Qt's name
        if self.uniformItemSizes():
            QAbstractItemView.dataChanged(self, top_left, bottom_right, roles)  # QListView's lays out again
        else:
            super().dataChanged(top_left, bottom_right, roles)


class _NoteList(_RowList):
    """Enter or + adds a dot to the current note, Delete or - takes one back."""

    def __init__(self, controller: VoteController) -> None:
        super().__init__()
        self.controller = controller
        # Whole note texts, wrapped to the dock's width (cut off at its edge, one note looked like the
        # next), on boards of up to WRAP_NOTES notes; beyond, one line a row of uniform size, so a dot
        # on a board of thousands does not lay every row out again (see _fill_notes).
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.set_wrapped(True)
        self.itemActivated.connect(lambda item: controller.add_dot(item.data(_ID)))

    def set_wrapped(self, wrapped: bool) -> None:
        """Wrapped rows of their own heights, or one-line rows of one height (constant-time layout)."""
        self.setWordWrap(wrapped)
        self.setUniformItemSizes(not wrapped)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.currentItem()
        if item is not None and event.key() in (Qt.Key.Key_Plus,):
            self.controller.add_dot(item.data(_ID))
        elif item is not None and event.key() in (Qt.Key.Key_Minus, Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.controller.remove_dot(item.data(_ID))
        else:
            super().keyPressEvent(event)
            return
        event.accept()


class VoteActions:
    """The voting actions, for the panel's buttons and the window's Vote menu."""

    def __init__(self, panel: VotePanel) -> None:
        self.start = self._action(
            panel, QCoreApplication.translate("VotePanel", "&Start vote…"), panel.start_vote_dialog, "Ctrl+Shift+V"
        )
        self.record = self._action(panel, QCoreApplication.translate("VotePanel", "&Record dots"), None, "Ctrl+Shift+D")
        self.record.setCheckable(True)
        self.record.toggled.connect(panel.controller.set_recording)
        self.reveal = self._action(
            panel, QCoreApplication.translate("VotePanel", "Re&veal result"), panel.controller.reveal, "Ctrl+Shift+R"
        )
        self.close = self._action(
            panel, QCoreApplication.translate("VotePanel", "&Close vote"), panel.controller.close_vote, None
        )
        self.results = self._action(
            panel,
            QCoreApplication.translate("VotePanel", "Results and &top ideas…"),
            panel.show_results,
            "Ctrl+Shift+T",
        )

    @staticmethod
    def _action(panel: VotePanel, text: str, slot, shortcut: str | None) -> QAction:
        action = QAction(text, panel)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        if slot is not None:
            action.triggered.connect(lambda _checked=False: slot())
        panel.addAction(action)
        return action

    def all(self) -> list[QAction]:
        return [self.start, self.record, self.reveal, self.close, self.results]


class VotePanel(QWidget):
    def __init__(self, *, controller: VoteController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.vote_actions = VoteActions(self)
        self.vote_combo = QComboBox()
        self.vote_combo.setAccessibleName(self.tr("Vote"))
        self.vote_combo.activated.connect(lambda index: controller.select_vote(self.vote_combo.itemData(index)))
        self.rules = QLabel()
        self.rules.setWordWrap(True)
        self.voter_list = _RowList()  # one line a voter
        self.voter_list.setAccessibleName(self.tr("Who is voting"))
        self.voter_list.currentItemChanged.connect(lambda item, _old: self._on_voter_list_current_changed(item))
        self.note_list = _NoteList(controller)
        self.note_list.setAccessibleName(self.tr("Notes voted on"))
        self._shown: dict[int, list[tuple[str, str]]] = {}  # rows shown in each list, by id(list)
        self.phone_dots = QLabel()  # how far the phones have got, when phones vote
        self.phone_dots.setObjectName("phone_dots")
        self.phone_dots.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        controller.status_message.connect(self._on_controller_status_message)
        self._status_vote: str | None = None  # the vote the status line speaks of
        self._stale = False  # the lists changed while the panel was hidden: refreshed when shown
        self._notes_vote: str | None = None  # the vote whose notes the note list shows
        self._note_index: dict[str, int] = {}  # the row of each note in it
        controller.changed.connect(self._on_controller_changed)

        buttons = QGridLayout()  # two columns keep the dock narrow beside the board
        for index, action in enumerate(self.vote_actions.all()):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            last_alone = index == len(self.vote_actions.all()) - 1 and index % 2 == 0
            buttons.addWidget(button, index // 2, index % 2, 1, 2 if last_alone else 1)
        voters_label = QLabel(self.tr("&Who is voting (number keys on the board):"))
        voters_label.setBuddy(self.voter_list)
        notes_label = QLabel(self.tr("&Notes (Enter or + adds a dot, Delete or - takes one back):"))
        notes_label.setBuddy(self.note_list)
        notes_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.vote_combo)
        layout.addWidget(self.rules)
        layout.addLayout(buttons)
        layout.addWidget(voters_label)
        layout.addWidget(self.voter_list, 2)
        layout.addWidget(self.phone_dots)
        layout.addWidget(notes_label)
        layout.addWidget(self.note_list, 3)
        layout.addWidget(self.status)
        self.refresh()

    # -- showing the state -----------------------------------------------------------------

    def _on_controller_changed(self) -> None:
        # The dock stays closed until dots are recorded, while a room's phones put dots in
        # groups: rebuilding lists nobody sees cost about 2 ms a commit on a 500-note board.
        # The actions are the Vote menu's and the toolbar's too, so they always follow.
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True
            self._update_actions()

    def _on_controller_status_message(self, text: str) -> None:
        self.status.setText(text)
        self._status_vote = self.controller.vote_id

    def refresh(self) -> None:
        """Show the controller's state: the votes, the rules, the voters, the notes and the actions."""
        self._stale = False
        c = self.controller
        vote = c.vote()
        if c.vote_id != self._status_vote:
            # "The vote is closed" was about the vote shown before (another board's, last time).
            self.status.clear()
            self._status_vote = c.vote_id
        entries = []
        for v in c.votes():
            state = self.tr("open") if voting.is_open(v) else self.tr("closed")
            entries.append((f"{(v.title or self.tr('Dot vote'))[:80]} ({state})", v.id))
        shown = [(self.vote_combo.itemText(i), self.vote_combo.itemData(i)) for i in range(self.vote_combo.count())]
        if entries != shown:  # refreshed after every dot: the list of votes is built again only when it changed
            self.vote_combo.clear()
            for text, vote_id in entries:
                self.vote_combo.addItem(text, vote_id)
        self.vote_combo.setCurrentIndex(self.vote_combo.findData(c.vote_id))
        if vote is None:
            self.rules.setText(self.tr("No vote on this board yet.") if c.scene is not None else "")
        else:
            self.rules.setText(self._rules_text(vote))
        self._fill_voters(vote)
        if c.rows_changed_on is not None and vote is not None and self._notes_vote == vote.id:
            self._fill_note_rows(vote, c.rows_changed_on)
        else:
            self._fill_notes(vote)
        self._update_actions()

    def _update_actions(self) -> None:
        c = self.controller
        vote = c.vote()
        open_vote = vote is not None and voting.is_open(vote)
        editable = c.editable()
        self.vote_actions.start.setEnabled(c.scene is not None and editable)
        self.vote_actions.record.setEnabled(open_vote and editable)
        self.vote_actions.record.blockSignals(True)
        self.vote_actions.record.setChecked(c.recording)
        self.vote_actions.record.blockSignals(False)
        self.vote_actions.reveal.setEnabled(vote is not None and editable and not voting.dots_visible(vote))
        self.vote_actions.close.setEnabled(open_vote and editable)
        self.vote_actions.results.setEnabled(vote is not None and voting.dots_visible(vote))
        if vote is not None and not voting.dots_visible(vote):
            self.vote_actions.results.setToolTip(self.tr("Reveal the result first"))
        else:
            self.vote_actions.results.setToolTip("")

    def _rules_text(self, vote: Vote) -> str:
        parts = [self.tr("%1 dots each").replace("%1", str(vote.dots_per_person))]
        parts.append(self.tr("several on one note allowed") if vote.allow_stacking else self.tr("one per note"))
        if vote.frame_id is not None:
            document = self.controller.document
            frame = document.find(Frame, vote.frame_id) if document is not None else None
            parts.append(self.tr("frame %1").replace("%1", frame.title[:60] if frame else "?"))
        if not voting.dots_visible(vote):
            parts.append(self.tr("hidden until revealed"))
        if not voting.is_open(vote):
            parts.append(self.tr("closed"))
        return ", ".join(parts)

    def _show_rows(
        self, widget: QListWidget, rows: list[tuple[str, str]], current_id: str | None, fixed: int | None = None
    ) -> None:
        """Show (id, text) rows; when the ids are the same as shown, only changed texts are set.

        A dot changes one count: rebuilding a list of 2,000 notes for it cost 30 ms a time,
        so the rows shown are kept here and compared in Python, not read back from Qt.
        Rows from index `fixed` on can be read but not chosen (a phone's: only the phone votes for it).
        """
        widget.blockSignals(True)
        shown = self._shown.get(id(widget), [])
        if [r[0] for r in shown] != [r[0] for r in rows]:
            widget.clear()
            for row_id, text in rows:
                item = QListWidgetItem(text)
                item.setData(_ID, row_id)
                if fixed is not None and widget.count() >= fixed:
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # not selectable: the keys and clicks pass it by
                    item.setToolTip(self.tr("This phone puts its own dots"))
                widget.addItem(item)
        else:
            for i, (old, new) in enumerate(zip(shown, rows, strict=True)):
                if old[1] != new[1]:
                    widget.item(i).setText(new[1])
        self._shown[id(widget)] = rows
        ids = [row_id for row_id, _text in rows]
        if current_id in ids and (widget.currentItem() is None or widget.currentItem().data(_ID) != current_id):
            widget.setCurrentRow(ids.index(current_id))
        widget.blockSignals(False)

    def _fill_voters(self, vote) -> None:
        """The participants (the facilitator may record for them), then the phones voting on their own.

        Who has used how many dots is shown even while the vote is hidden: it says
        nothing of the result, and it is what tells the facilitator when to reveal.
        """
        c = self.controller
        rows = []
        phones = []
        if vote is not None and c.document is not None:
            used = c.dots_used()
            of = str(vote.dots_per_person)
            for number, person in enumerate(c.voters(), start=1):
                left = str(voting.dots_left(c.document.workshop, vote, person.id, used))
                key = f"{number}  " if number <= 9 else "    "
                text = self.tr("%1%2: %3 of %4 left").replace("%1", key).replace("%2", person.name[:80])
                rows.append((person.id, text.replace("%3", left).replace("%4", of)))
            for device in c.phone_voters():
                left = str(voting.dots_left(c.document.workshop, vote, device.id, used))
                text = self.tr("Phone: %1: %2 of %3 left").replace("%1", phone_label(device)[:80])
                phones.append((device.id, text.replace("%2", left).replace("%3", of)))
        self._show_rows(self.voter_list, [*rows, *phones], c.voter_id, fixed=len(rows))
        tally = c.phone_tally()
        self.phone_dots.setVisible(tally is not None and tally.voters > 0)
        if tally is not None:
            text = self.tr("Dots from phones: %1 of %2").replace("%1", str(tally.dots))
            self.phone_dots.setText(text.replace("%2", str(tally.possible)))

    def _fill_notes(self, vote) -> None:
        c = self.controller
        current = self.note_list.currentItem().data(_ID) if self.note_list.currentItem() is not None else None
        rows = []
        if vote is not None and c.document is not None:
            counts = c.dot_counts() if c.dots_shown() else {}
            for note in voting.notes_in_vote(c.document.workshop, vote):
                rows.append((note.id, self._note_row(note, counts)))
        self.note_list.set_wrapped(len(rows) <= WRAP_NOTES)
        self._show_rows(self.note_list, rows, current)
        self._notes_vote = vote.id if vote is not None else None
        self._note_index = {row_id: i for i, (row_id, _text) in enumerate(rows)}
        if len(rows) > WRAP_NOTES:
            long_lived.board_built()  # thousands of rows, shown as long as the board

    def _fill_note_rows(self, vote, note_ids: set[str]) -> None:
        """Only the dots or texts of `note_ids` changed: set their rows' texts, not the list of every note."""
        c = self.controller
        assert c.document is not None
        counts = c.dot_counts() if c.dots_shown() else {}
        shown = self._shown[id(self.note_list)]
        for note_id in note_ids:
            i = self._note_index.get(note_id)
            if i is not None and c.document.has_note(note_id):
                note = c.document.note(note_id)
                text = self._note_row(note, counts)
                if shown[i][1] != text:
                    shown[i] = (note_id, text)
                    self.note_list.item(i).setText(text)

    def _note_row(self, note, counts: dict[str, int]) -> str:
        first_line = (note.text.strip().splitlines() or [self.tr("(empty note)")])[0][:80]
        return f"●{counts[note.id]}  {first_line}" if counts.get(note.id) else first_line

    def _on_voter_list_current_changed(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        self.controller.select_voter(item.data(_ID))
        if item.data(_ID) != self.controller.voter_id:  # a phone's row: the voter recorded for stays
            self._fill_voters(self.controller.vote())

    # -- dialogs -----------------------------------------------------------------------------------

    def setup_dialog(self) -> VoteSetupDialog | None:
        c = self.controller
        if c.scene is None or c.document is None:
            return None
        frames = [f for f in c.document.all_of(Frame) if f.board_id == c.board_id]
        return VoteSetupDialog(
            board_id=c.scene.board_id, frames=frames, participants=c.document.workshop.participants, parent=self
        )

    def start_vote_dialog(self) -> None:
        dialog = self.setup_dialog()
        if dialog is not None and dialog.exec() == QDialog.DialogCode.Accepted:
            self.controller.start_vote(*dialog.setup())

    def results_dialog(self) -> VoteResultsDialog | None:
        vote = self.controller.vote()
        if vote is None or not voting.dots_visible(vote):
            return None
        return VoteResultsDialog(controller=self.controller, parent=self)

    def show_results(self) -> None:
        dialog = self.results_dialog()
        if dialog is not None:
            dialog.exec()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)
