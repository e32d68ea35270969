"""File > Restore from backup…: the backups with their time and size; a restore makes a new file."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.storage.backups import Backup


def human_size(size: int) -> str:
    """A file size as a person reads it: 812 bytes, 24 KB, 3.1 MB."""
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


class RestoreDialog(QDialog):
    """Lists backups, newest first; Restore copies the chosen one into a new workshop file."""

    restore_chosen = Signal(object)  # Backup

    def __init__(self, *, backups: list[Backup], workshop_name: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restore_dialog")
        self.setWindowTitle(self.tr("Restore from backup"))
        if workshop_name is not None:
            intro = self.tr("Backups of “%1”, newest first.").replace("%1", workshop_name)
        else:
            intro = self.tr("Backups of all workshops, newest first.")
        explanation = QLabel(
            intro
            + " "
            + self.tr("Restoring makes a new workshop file from the backup and opens it; no file is replaced.")
        )
        explanation.setWordWrap(True)

        self.list = QTreeWidget()
        self.list.setObjectName("backup_list")
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Workshop"), self.tr("Taken"), self.tr("Size")])
        self._backups = backups
        for backup in backups:
            taken = backup.taken.astimezone().strftime("%Y-%m-%d %H:%M")
            item = QTreeWidgetItem([backup.workshop_name, taken, human_size(backup.size)])
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(0, str(backup.origin or backup.path))
            self.list.addTopLevelItem(item)
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        first = self.list.topLevelItem(0)
        if first is not None:  # None when there are no backups
            self.list.setCurrentItem(first)
        self.empty_label = QLabel(self.tr("There are no backups yet. They are made while a workshop is changed."))
        self.empty_label.setVisible(not backups)
        self.list.setVisible(bool(backups))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = buttons.addButton(
            self.tr("&Restore as a new file"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(bool(backups))
        buttons.accepted.connect(self._restore)
        buttons.rejected.connect(self.reject)
        self.list.itemActivated.connect(lambda _item, _column: self._restore())

        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.list)
        layout.addWidget(self.empty_label)
        layout.addWidget(buttons)
        self.resize(620, 380)

    def selected(self) -> Backup | None:
        current = self.list.currentItem()
        row = self.list.indexOfTopLevelItem(current) if current is not None else -1
        return self._backups[row] if 0 <= row < len(self._backups) else None

    def _restore(self) -> None:
        backup = self.selected()
        if backup is None:
            return
        self.accept()
        self.restore_chosen.emit(backup)
