"""File > Personal data…: what the open workshop holds about people, and what can be done about it.

Remove one person everywhere, or anonymise all participants: each one command on the
window's undo stack (app/personal_data_commands.py), so Edit > Undo puts everything back.
Below, the backups of the file, which still hold the names, with the offer to delete them.
"""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.document import Changes, WorkshopDocument
from app.storage.backups import BackupStore
from widgets.personal_data.backups_box import BackupsBox
from widgets.personal_data.people_tree import PeopleTree


class PersonalDataDialog(QDialog):
    """Shows the personal data of one open workshop; removes a person or anonymises the participants."""

    def __init__(
        self,
        *,
        document: WorkshopDocument,
        undo_stack: QUndoStack,
        backups: BackupStore | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("personal_data_dialog")
        self.setWindowTitle(self.tr("Personal data"))
        self.document = document
        self.undo_stack = undo_stack
        intro = QLabel(
            self.tr(
                "What this workshop file holds about people. Removing a person keeps their notes and dots "
                "without their name. Names written inside the text of notes are not found here: "
                "look through the boards for those."
            )
        )
        intro.setWordWrap(True)
        self.tree = PeopleTree()
        self.tree.currentItemChanged.connect(lambda _now, _before: self._update_buttons())
        self.remove_button = QPushButton(self.tr("&Remove this person everywhere"))
        self.remove_button.setObjectName("remove_person_button")
        self.remove_button.clicked.connect(self.remove_selected)
        self.anonymise_button = QPushButton(self.tr("&Anonymise all participants"))
        self.anonymise_button.setObjectName("anonymise_button")
        self.anonymise_button.clicked.connect(self.anonymise_all)
        self.status = QLabel()
        self.status.setObjectName("personal_data_status")
        self.status.setWordWrap(True)
        self.status.setVisible(False)  # until there is something to say
        self.backups_box = BackupsBox(store=backups, workshop=document.file.path)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.anonymise_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.backups_box)
        layout.addWidget(buttons)
        self.resize(780, 700)

        document.entities_changed.connect(self._on_document_entities_changed)
        self.finished.connect(lambda _result: self._disconnect())
        self.tree.show_workshop(document.workshop)
        if document.read_only:
            self._say(self.tr("This workshop is open read-only here: nothing in it can be changed."))
        self._update_buttons()

    def remove_selected(self) -> None:
        """Remove the selected person everywhere, as one step of undo."""
        from app.personal_data_commands import RemovePerson

        person = self.tree.selected_person()
        if person is None or self.document.read_only:
            return
        moment = datetime.now(UTC)
        self.undo_stack.push(RemovePerson(document=self.document, person=person))
        self._changed(moment, self.tr("%1 was removed from this workshop.").replace("%1", person.name))

    def anonymise_all(self) -> None:
        """Give every participant a number instead of a name and clear all authors, as one step of undo."""
        from app.personal_data_commands import AnonymiseParticipants

        if self.document.read_only:
            return
        command = AnonymiseParticipants(document=self.document)
        if not command.upsert:
            self._say(self.tr("There is nothing left to anonymise."))
            return
        moment = datetime.now(UTC)
        self.undo_stack.push(command)
        self._changed(moment, self.tr("The participants were anonymised."))

    def _changed(self, moment: datetime, what: str) -> None:
        self._say(what + " " + self.tr("Edit > Undo brings everything back."))
        # The moment before the change was committed: a backup the window starts on that commit
        # holds the change, is taken after it, and is not offered for deletion.
        if self.backups_box.before is None:
            self.backups_box.before = moment
        self.backups_box.refresh()

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(True)

    def _update_buttons(self) -> None:
        writable = not self.document.read_only
        self.remove_button.setEnabled(writable and self.tree.selected_person() is not None)
        self.anonymise_button.setEnabled(writable and bool(self.document.workshop.participants))

    def _on_document_entities_changed(self, _changes: Changes) -> None:
        self.tree.show_workshop(self.document.workshop)
        self._update_buttons()

    def _disconnect(self) -> None:
        with contextlib.suppress(RuntimeError, TypeError):  # already gone with the document
            self.document.entities_changed.disconnect(self._on_document_entities_changed)
