"""Choose an exercise from the template library, grouped by phase, with what it asks of the room."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.model import PHASES
from app.templates.model import Exercise, local
from widgets.common.phase_navigator import phase_title

_INDEX = Qt.ItemDataRole.UserRole


class ExercisePicker(QDialog):
    def __init__(self, *, exercises: Sequence[Exercise], language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add exercise"))
        self._exercises = list(exercises)
        self._language = language
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Exercise"), self.tr("Min")])
        self.tree.setRootIsDecorated(False)
        for phase in PHASES:
            group = QTreeWidgetItem([phase_title(phase), ""])
            font = QFont(group.font(0))
            font.setBold(True)
            group.setFont(0, font)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(group)
            for index, exercise in enumerate(self._exercises):
                if exercise.phase == phase:
                    item = QTreeWidgetItem(group, [local(exercise.title, language), str(exercise.duration_min)])
                    item.setData(0, _INDEX, index)
            group.setExpanded(True)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, self.tree.header().ResizeMode.Stretch)
        self.tree.itemDoubleClicked.connect(
            lambda item, _c: self.accept() if item.data(0, _INDEX) is not None else None
        )
        self.tree.currentItemChanged.connect(lambda *_: self._update())
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.empty = QLabel(self.tr("The template library has no exercises. Use “Add step…” for a step of your own."))
        self.empty.setWordWrap(True)
        self.empty.setVisible(not self._exercises)
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.tree, 3)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self._buttons)
        self._update()
        self.resize(560, 560)

    def chosen(self) -> Exercise | None:
        item = self.tree.currentItem()
        index = item.data(0, _INDEX) if item is not None else None
        return self._exercises[index] if index is not None else None

    def _update(self) -> None:
        exercise = self.chosen()
        self._buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(exercise is not None)
        self.preview.setPlainText(local(exercise.room_instructions, self._language) if exercise else "")
