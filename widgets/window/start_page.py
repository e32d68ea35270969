"""What the window shows with no workshop open: start something, or pick up a recent one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget


class StartPage(QWidget):
    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    recent_chosen = Signal(Path)
    new_meeting_requested = Signal(Path)  # the next meeting of this (the chosen recent) workshop

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Samskap"))
        font = QFont(title.font())
        font.setPointSize(font.pointSize() * 2)
        font.setBold(True)
        title.setFont(font)
        subtitle = QLabel(self.tr("Co-creation workshops: co-initiation, co-design, co-implementation."))
        buttons = QHBoxLayout()
        for text, signal in (
            (self.tr("&New workshop…"), self.new_requested),
            (self.tr("&Open…"), self.open_requested),
            (self.tr("Open the &demo workshop"), self.demo_requested),
        ):
            button = QPushButton(text)
            button.clicked.connect(signal.emit)
            buttons.addWidget(button)
        # The next meeting of a process: opens the chosen recent workshop (else the newest)
        # and asks for the meeting, as File > New meeting… does.
        self.new_meeting_button = QPushButton(self.tr("Ne&w meeting…"))
        self.new_meeting_button.setToolTip(self.tr("The next meeting of the chosen recent workshop"))
        self.new_meeting_button.clicked.connect(self._on_new_meeting_button_clicked)
        buttons.addStretch(1)
        self.recent = QListWidget()
        self.recent.setAccessibleName(self.tr("Recent workshops"))
        self.recent.itemActivated.connect(
            lambda item: self.recent_chosen.emit(Path(item.data(Qt.ItemDataRole.UserRole)))
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 40)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addSpacing(16)
        layout.addLayout(buttons)
        layout.addSpacing(24)
        layout.addWidget(QLabel(self.tr("Recent workshops")))
        layout.addWidget(self.recent, 1)
        # Below the list it acts on, not in the row above: that row sets the window's narrowest width.
        below = QHBoxLayout()
        below.addWidget(self.new_meeting_button)
        below.addStretch(1)
        layout.addLayout(below)

    def _on_new_meeting_button_clicked(self) -> None:
        item = self.recent.currentItem() or self.recent.item(0)
        path = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if path:
            self.new_meeting_requested.emit(Path(path))

    def set_recent(self, paths: list[Path]) -> None:
        self.recent.clear()
        for path in paths:
            item = QListWidgetItem(f"{path.stem}\n{path.parent}")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            self.recent.addItem(item)
        if not paths:
            placeholder = QListWidgetItem(self.tr("No recent workshops yet."))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recent.addItem(placeholder)
        self.new_meeting_button.setEnabled(bool(paths))
