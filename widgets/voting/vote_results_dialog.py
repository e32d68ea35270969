"""The result of a vote: notes ranked by dots, ties shown as ties, and sending the top ideas on."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain import voting
from widgets.voting.vote_controller import VoteController


def rank_text(result: voting.RankedNote) -> str:
    """Rank "1", or "2=" when another note has as many dots: a tie is visible in the rank itself."""
    return f"{result.rank}=" if result.tied else str(result.rank)


class VoteResultsDialog(QDialog):
    def __init__(self, *, controller: VoteController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        vote = controller.vote()
        self.setWindowTitle(self.tr("Vote result"))
        title = QLabel(vote.title[:300] if vote is not None and vote.title else self.tr("Dot vote"))
        font = QFont(title.font())
        font.setPointSize(font.pointSize() + 4)
        font.setBold(True)
        title.setFont(font)
        title.setWordWrap(True)
        state = QLabel(
            self.tr("Closed: the result is final.")
            if vote is not None and not voting.is_open(vote)
            else self.tr("Still open: the result may change.")
        )
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Rank"), self.tr("Dots"), self.tr("Voters"), self.tr("Note")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.fill()

        self.count = QSpinBox()
        self.count.setRange(1, 50)
        self.count.setValue(3)
        self.target = QComboBox()
        for board in controller.other_boards():
            self.target.addItem(board.name[:100], board.id)
        self.send_button = QPushButton(self.tr("&Send"))
        self.send_button.setEnabled(self.target.count() > 0 and controller.editable())
        self.send_button.clicked.connect(self.send)
        send_row = QHBoxLayout()
        label = QLabel(self.tr("Send the &top"))
        label.setBuddy(self.count)
        send_row.addWidget(label)
        send_row.addWidget(self.count)
        to_label = QLabel(self.tr("ideas to &board"))
        to_label.setBuddy(self.target)
        send_row.addWidget(to_label)
        send_row.addWidget(self.target, 1)
        send_row.addWidget(self.send_button)
        # Says what Send will copy for the number chosen, ties at the cut included.
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.count.valueChanged.connect(self._update_hint)
        self._update_hint()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(state)
        layout.addWidget(self.table, 1)
        layout.addLayout(send_row)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self.resize(720, 520)

    def fill(self) -> None:
        results = self.controller.results()
        self.table.setRowCount(len(results))
        for row, result in enumerate(results):
            cells = [rank_text(result), str(result.dots), str(result.voters), result.note.text[:500]]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column < 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()

    def _update_hint(self) -> None:
        chosen = voting.top_results(self.controller.results(), self.count.value())
        if len(chosen) > self.count.value():
            text = self.tr("Send copies %1 notes: notes with as many dots as the last one go along.")
        else:
            text = self.tr("Send copies %1 notes.")
        self.hint.setText(text.replace("%1", str(len(chosen))))

    def send(self) -> None:
        target = self.target.currentData()
        if target is not None:
            self.controller.send_top(target, self.count.value())
