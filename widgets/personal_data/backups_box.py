"""The backups of the open workshop, in File > Personal data…, with the offer to delete them.

A backup is a copy of the file as it was: after a person is removed, the backups taken
before still hold them. Deleting them cannot be undone, so it asks first, plainly.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.storage.backup_removal import delete_backups
from app.storage.backups import Backup, BackupStore
from widgets.common.messages import show_problem


def _size(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / (1024 * 1024):.1f} MB"


class BackupsBox(QGroupBox):
    """Lists the backups of one workshop file taken up to a moment, and deletes them when asked."""

    deleted = Signal(int)  # how many backups were deleted

    def __init__(self, *, store: BackupStore | None, workshop: Path, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Backups of this workshop"), parent)
        self.setObjectName("backups_box")
        self.store = store
        self.workshop = workshop
        self.before: datetime | None = None  # list only the backups taken before this moment
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        # Room for three lines whatever the text becomes: a wrapped label whose text changes after
        # the dialog is laid out is otherwise given the height of its first text, and is cut.
        self.explanation.setMinimumHeight(self.explanation.fontMetrics().lineSpacing() * 3)
        self.list = QTreeWidget()
        self.list.setObjectName("personal_data_backups")
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Taken"), self.tr("Size")])
        self.list.setMaximumHeight(100)
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.delete_button = QPushButton(self.tr("&Delete these backups…"))
        self.delete_button.setObjectName("delete_backups_button")
        self.delete_button.clicked.connect(self.ask_to_delete)
        self.confirmation: QMessageBox | None = None
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.list)
        layout.addLayout(row)
        self.refresh()

    def backups(self) -> list[Backup]:
        """The backups listed: of this workshop, and taken before the last change made here, if any."""
        if self.store is None:
            return []
        found = self.store.backups(self.workshop)
        return [b for b in found if self.before is None or b.taken <= self.before]

    def refresh(self) -> None:
        backups = self.backups()
        self.list.clear()
        for backup in backups:
            taken = backup.taken.astimezone().strftime("%Y-%m-%d %H:%M")
            item = QTreeWidgetItem([taken, _size(backup.size)])
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(0, str(backup.path))
            self.list.addTopLevelItem(item)
        self.list.setVisible(bool(backups))
        self.delete_button.setEnabled(bool(backups))
        count = str(len(backups))
        if self.store is None:
            text = self.tr("This window keeps no backups.")
        elif not backups:
            text = self.tr("There are no backups of this workshop on this computer.")
        elif self.before is not None:
            text = self.tr(
                "Backups taken before this change: %1. They still hold the names as they were; "
                "delete them to take the names off this computer."
            ).replace("%1", count)
        else:
            text = self.tr(
                "Backups of this workshop on this computer: %1. Each holds the names as they were when it was taken."
            ).replace("%1", count)
        self.explanation.setText(text)

    def ask_to_delete(self) -> None:
        backups = self.backups()
        if not backups:
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Delete backups"),
            self.tr(
                "Delete the backups listed (%1) for good?\n\nThey cannot be restored afterwards, and "
                "Undo does not bring them back. The workshop file itself is not touched."
            ).replace("%1", str(len(backups))),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("delete_backups_confirmation")
        box.setTextFormat(Qt.TextFormat.PlainText)
        yes = box.addButton(self.tr("Delete backups"), QMessageBox.ButtonRole.DestructiveRole)
        yes.setObjectName("confirm_delete_backups")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _result: self._answered(box.clickedButton() is yes, backups))
        self.confirmation = box
        box.open()

    def _answered(self, confirmed: bool, backups: list[Backup]) -> None:
        self.confirmation = None
        if not confirmed:
            return
        failed = delete_backups(backups)
        self.refresh()
        self.deleted.emit(len(backups) - len(failed))
        if failed:
            reasons = "\n".join(f"{b.path.name}: {why}" for b, why in failed)
            show_problem(
                self, self.tr("Delete backups"), self.tr("These backups could not be deleted:") + "\n" + reasons
            )
