"""Asks for the mail server password, and says honestly where it will be kept."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.mail.passwords import PasswordStore
from app.mail.smtp_config import SmtpConfig


def password_storage_text(store: PasswordStore) -> str:
    """One sentence on where the password goes: the keyring, or memory for this session."""
    if store.persistent:
        return QCoreApplication.translate(
            "SmtpPassword", "The password is kept in your system's keyring, never in Samskap's own files."
        )
    return QCoreApplication.translate(
        "SmtpPassword",
        "This computer has no system keyring Samskap can use, so the password is kept in memory only: "
        "Samskap asks for it again after a restart, and messages wait in the outbox until then.",
    )


class SmtpPasswordDialog(QDialog):
    """Password for `config.user` at `config.host`; `password()` after it is accepted."""

    def __init__(self, *, config: SmtpConfig, store: PasswordStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("smtp_password_dialog")
        self.setWindowTitle(self.tr("Mail server password"))
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setObjectName("password")
        intro = QLabel(self.tr("Password for %1 at %2:").replace("%1", config.user).replace("%2", config.host))
        intro.setWordWrap(True)
        storage = QLabel(password_storage_text(store))
        storage.setWordWrap(True)
        storage.setObjectName("password_storage")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Password:"), self.password_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(storage)
        layout.addWidget(buttons)

    def password(self) -> str:
        return self.password_edit.text()
