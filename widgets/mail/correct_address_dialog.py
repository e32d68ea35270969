"""Outbox > Correct address…: each address the server refused, with its words, ready to be fixed.

Only what the facilitator changes is sent, and only to the new address: the others have
the message already.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.mail.addresses import check_address
from app.mail.outbox import OutboxMessage

_RED = "#b00020"
_MUTED = "#555555"


class CorrectAddressDialog(QDialog):
    """One row per refused recipient: the server's words and an editable address.

    `corrections()` gives the changed ones (refused address -> corrected address) once accepted.
    """

    def __init__(self, *, message: OutboxMessage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("correct_address_dialog")
        self.setWindowTitle(self.tr("Correct address"))
        self._message = message
        self.edits: dict[str, QLineEdit] = {}
        intro = QLabel(
            self.tr(
                "The server refused these addresses. Correct an address and the message goes to that "
                "person only: the others have it already."
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        for index, (address, reply) in enumerate(message.refused.items()):
            edit = QLineEdit(address)
            edit.setObjectName(f"correction_{index}")
            edit.textChanged.connect(self._check)
            words = QLabel(reply)
            words.setTextFormat(Qt.TextFormat.PlainText)  # the server's words, never markup
            words.setWordWrap(True)
            words.setStyleSheet(f"color: {_MUTED};")
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(edit)
            column.addWidget(words)
            form.addRow(QLabel(self.tr("Address:")), column)
            self.edits[address] = edit
        self.problem = QLabel()
        self.problem.setObjectName("correction_problem")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {_RED};")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.send_button = self.buttons.addButton(
            self.tr("&Send to the corrected address"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.send_button.setObjectName("send_corrected")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(560, 120 + 70 * len(self.edits))
        self._check()

    def corrections(self) -> dict[str, str]:
        """Refused address -> the corrected one, for each address that was changed into a sound one."""
        found = {}
        for old, edit in self.edits.items():
            new, problem = check_address(edit.text())
            if not problem and new.lower() != old.lower():
                found[old] = new
        return found

    def _check(self) -> None:
        """Say what stops sending: an address that is not one, or one that has the message already."""
        lines = []
        others = {r.lower() for r in self._message.recipients}
        chosen: list[str] = []
        for old, edit in self.edits.items():
            text = edit.text().strip()
            if text.lower() == old.lower():
                continue
            new, problem = check_address(text)
            if problem:
                lines.append(self.tr("“%1” is not an email address.").replace("%1", text))
            elif new.lower() in others or new.lower() in chosen:
                lines.append(self.tr("“%1” is a recipient already.").replace("%1", text))
            chosen.append(new.lower())
        self.problem.setText("\n".join(lines))
        self.problem.setVisible(bool(lines))
        self.send_button.setEnabled(not lines and bool(self.corrections()))
