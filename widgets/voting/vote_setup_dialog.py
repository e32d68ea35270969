"""The dialog that starts a dot vote: what, where, how many dots, who votes, stacking, hidden."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.model import Frame, Participant, Vote
from app.domain.text_limits import TITLE
from widgets.common.messages import show_problem
from widgets.common.text_limit import guard_with_label

MAX_NEW_VOTERS = 200


class VoteSetupDialog(QDialog):
    """Gives a Vote (not yet stored) and any new participants typed in as voters."""

    def __init__(
        self, *, board_id: str, frames: list[Frame], participants: list[Participant], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start a dot vote"))
        self._board_id = board_id
        self.title = QLineEdit(self.tr("Which ideas shall we work on?"))
        title_refusal = guard_with_label(self.title, TITLE, self)  # not maxLength: it cuts a paste silently
        self.scope = QComboBox()
        self.scope.addItem(self.tr("The whole board"), None)
        for frame in frames:
            self.scope.addItem(self.tr("Frame: %1").replace("%1", frame.title[:80] or self.tr("(untitled)")), frame.id)
        self.dots = QSpinBox()
        self.dots.setRange(1, 20)
        self.dots.setValue(3)
        self.stacking = QCheckBox(self.tr("One person may put several dots on the same note"))
        self.hidden = QCheckBox(self.tr("Hide the dots until I reveal the result"))
        self.voters = QListWidget()
        for person in participants:
            item = QListWidgetItem(person.name[:200])
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.voters.addItem(item)
        self.voters.setMaximumHeight(160)
        self.new_voters = QPlainTextEdit()
        self.new_voters.setPlaceholderText(self.tr("One name a line: people who vote but are not participants yet"))
        self.new_voters.setMaximumHeight(80)
        form = QFormLayout()
        form.addRow(self.tr("&Question:"), self.title)
        form.addRow("", title_refusal)
        form.addRow(self.tr("&Vote on:"), self.scope)
        form.addRow(self.tr("&Dots per person:"), self.dots)
        form.addRow("", self.stacking)
        form.addRow("", self.hidden)
        form.addRow(self.tr("&Who votes:"), self.voters)
        form.addRow(self.tr("&New voters:"), self.new_voters)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start vote"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def _ticked(self) -> list[str]:
        items = [self.voters.item(i) for i in range(self.voters.count())]
        return [i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked]

    def accept(self) -> None:
        if not self._ticked() and not self.new_participants():
            show_problem(self, self.tr("Nobody votes"), self.tr("Tick who votes, or type the names of new voters."))
            return
        super().accept()

    def new_participants(self) -> list[Participant]:
        names = [line.strip()[:200] for line in self.new_voters.toPlainText().splitlines()]
        return [Participant(name) for name in names if name][:MAX_NEW_VOTERS]

    def setup(self) -> tuple[Vote, list[Participant]]:
        """The vote as set up, and the new participants to store with it.

        voter_ids stays empty (everyone, also people added later) when every
        participant is ticked; otherwise it lists the ticked and the new voters.
        """
        new = self.new_participants()
        ticked = self._ticked()
        everyone = len(ticked) == self.voters.count()
        vote = Vote(
            board_id=self._board_id,
            title=self.title.text().strip(),
            frame_id=self.scope.currentData(),
            dots_per_person=self.dots.value(),
            allow_stacking=self.stacking.isChecked(),
            hidden=self.hidden.isChecked(),
            voter_ids=[] if everyone else [*ticked, *(p.id for p in new)],
        )
        return vote, new
