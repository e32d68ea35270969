"""File > Outbox…: what waits, what was sent, what failed and why; Retry now, Correct address and Delete."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.mail.outbox import SENT_KEPT_DAYS, OutboxMessage, Status
from app.mail.runner import OutboxRunner
from widgets.common.messages import show_problem
from widgets.mail.mail_services import MailServices

# Text colours that read on white and say the state before the word is read.
STATUS_COLOURS = {
    Status.QUEUED: "#0b5cad",
    Status.SENDING: "#0b5cad",
    Status.SENT: "#1f7a1f",
    Status.FAILED: "#b00020",
    Status.UNCERTAIN: "#8a5300",
}
COLUMNS = ("status", "subject", "to", "attempts", "when", "reason")


def _local_time(iso_text: str) -> str:
    if not iso_text:
        return ""
    moment = datetime.strptime(iso_text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC).astimezone()
    return moment.strftime("%Y-%m-%d %H:%M")


class OutboxDialog(QDialog):
    """A table of the outbox that follows the runner; every change goes through the runner."""

    def __init__(self, *, mail: MailServices, runner: OutboxRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outbox_dialog")
        self.setWindowTitle(self.tr("Outbox"))
        self._mail = mail
        self._runner = runner
        self._messages: list[OutboxMessage] = []
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("outbox_table")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Status"),
                self.tr("Subject"),
                self.tr("To"),
                self.tr("Tries"),
                self.tr("Last change"),
                self.tr("Why"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in ("status", "attempts", "when"):
            header.setSectionResizeMode(COLUMNS.index(column), QHeaderView.ResizeMode.ResizeToContents)
        for column, width in (("subject", 260), ("to", 190)):
            header.setSectionResizeMode(COLUMNS.index(column), QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(COLUMNS.index(column), width)
        header.setSectionResizeMode(COLUMNS.index("reason"), QHeaderView.ResizeMode.Stretch)
        # Wrapped reasons need their rows re-measured whenever a column's width changes.
        header.sectionResized.connect(lambda *_args: self.table.resizeRowsToContents())
        self.summary = QLabel()
        self.summary.setObjectName("outbox_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.retry_button = QPushButton(self.tr("&Retry now"))
        self.retry_button.setObjectName("retry")
        self.correct_button = QPushButton(self.tr("&Correct address…"))
        self.correct_button.setObjectName("correct_address")
        self.correct_button.setToolTip(self.tr("Correct an address the server refused and send to that person only."))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setObjectName("delete")
        server_button = QPushButton(self.tr("&Mail server…"))
        server_button.setObjectName("mail_server")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.retry_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.correct_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(server_button, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(980, 420)

        self.retry_button.clicked.connect(self.retry_selected)
        self.correct_button.clicked.connect(self.correct_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table, self.delete_selected)
        server_button.clicked.connect(lambda: mail.configure_server(self))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        runner.outbox_changed.connect(self.refresh)
        runner.delivery_started.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        selected = self.selected()
        self._messages = self._runner.outbox.messages()
        self.table.setRowCount(len(self._messages))
        for row, message in enumerate(self._messages):
            when = message.sent if message.status == Status.SENT else message.updated
            values = (
                self._status_text(message),
                message.subject,
                self._recipients_text(message),
                str(message.attempts),
                _local_time(when),
                self._reason_text(message),
            )
            tips = (values[0], message.subject, "\n".join(message.recipients), "", "", values[5])
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(tips[column])
                if column == 0:
                    item.setForeground(QBrush(QColor(STATUS_COLOURS[message.status])))
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                if column == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        if selected is not None:
            for row, message in enumerate(self._messages):
                if message.id == selected.id:
                    self.table.selectRow(row)
        self.summary.setText(self._summary_text())
        self._update_buttons()

    def selected(self) -> OutboxMessage | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self._messages[rows[0].row()] if rows and rows[0].row() < len(self._messages) else None

    def select(self, outbox_id: int) -> None:
        for row, message in enumerate(self._messages):
            if message.id == outbox_id:
                self.table.selectRow(row)

    def retry_selected(self) -> None:
        message = self.selected()
        if message is None or message.status in (Status.SENT, Status.SENDING):
            return
        if message.status == Status.UNCERTAIN:
            self._confirm(
                self.tr("This message may already have been delivered. Send it again? Recipients may get it twice."),
                lambda: self._retry(message),
            )
        else:
            self._retry(message)

    def correct_selected(self) -> QDialog | None:
        """Open the correction of the selected message's refused addresses; on Send, it goes to the new ones."""
        from widgets.mail.correct_address_dialog import CorrectAddressDialog

        message = self.selected()
        if message is None or not message.refused or message.status == Status.SENDING:
            return None
        dialog = CorrectAddressDialog(message=message, parent=self)
        dialog.accepted.connect(lambda: self._send_corrected(message, dialog.corrections()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _send_corrected(self, message: OutboxMessage, corrections: dict[str, str]) -> None:
        config = self._mail.smtp_config()
        if config is not None and not self._mail.ensure_password(config, self):
            return
        if not self._runner.correct_recipients(message.id, corrections):
            show_problem(
                self,
                self.tr("The address was not corrected"),
                self.tr("The message changed meanwhile (it may be being sent). Look at it again in the outbox."),
            )

    def delete_selected(self) -> None:
        message = self.selected()
        if message is None or message.status == Status.SENDING:
            return
        if message.status == Status.SENT:
            self._delete(message)
        else:
            self._confirm(
                self.tr("Delete “%1”? It will not be sent.").replace("%1", message.subject),
                lambda: self._delete(message),
            )

    def _retry(self, message: OutboxMessage) -> None:
        config = self._mail.smtp_config()
        if config is not None and not self._mail.ensure_password(config, self):
            return
        self._runner.retry_now(message.id)

    def _delete(self, message: OutboxMessage) -> None:
        self._runner.outbox.delete(message.id)
        self._runner.outbox_changed.emit()

    def _confirm(self, question: str, then) -> QMessageBox:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.windowTitle(),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("outbox_confirm")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.accepted.connect(then)
        box.finished.connect(box.deleteLater)
        box.open()
        return box

    def _update_buttons(self) -> None:
        message = self.selected()
        self.retry_button.setEnabled(
            message is not None and message.status in (Status.QUEUED, Status.FAILED, Status.UNCERTAIN)
        )
        self.delete_button.setEnabled(message is not None and message.status != Status.SENDING)
        self.correct_button.setEnabled(
            message is not None and bool(message.refused) and message.status != Status.SENDING
        )

    def _status_text(self, message: OutboxMessage) -> str:
        if message.status == Status.FAILED and message.delivered:
            return self.tr("Partly sent")
        return {
            Status.QUEUED: self.tr("Waiting"),
            Status.SENDING: self.tr("Sending"),
            Status.SENT: self.tr("Sent"),
            Status.FAILED: self.tr("Failed"),
            Status.UNCERTAIN: self.tr("Uncertain"),
        }[message.status]

    def _recipients_text(self, message: OutboxMessage) -> str:
        first, others = message.recipients[0] if message.recipients else "", len(message.recipients) - 1
        return self.tr("%1 and %2 more").replace("%1", first).replace("%2", str(others)) if others > 0 else first

    def _reason_text(self, message: OutboxMessage) -> str:
        if message.status == Status.SENT:
            return ""
        if message.status == Status.QUEUED and message.last_error:
            return (
                self.tr("%1 Next try at %2.")
                .replace("%1", message.last_error)
                .replace("%2", _local_time(message.next_attempt)[-5:])
            )
        return message.last_error

    def _summary_text(self) -> str:
        waiting = sum(m.status in (Status.QUEUED, Status.SENDING) for m in self._messages)
        failed = sum(m.status in (Status.FAILED, Status.UNCERTAIN) for m in self._messages)
        if not self._messages:
            return self.tr("The outbox is empty.")
        parts = [
            self.tr("Waiting: %1").replace("%1", str(waiting)),
            self.tr("Need your attention: %1").replace("%1", str(failed)),
        ]
        if self._runner.busy:
            parts.append(self.tr("sending now…"))
        return (
            " · ".join(parts)
            + ". "
            + self.tr("Waiting messages are sent by themselves, once, when the mail server can be reached.")
            + " "
            + self.tr("Sent messages are deleted after %1 days.").replace("%1", str(SENT_KEPT_DAYS))
        )

    # -- Qt overrides -------------------------------------------------------------------------

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.table.resizeRowsToContents()  # the columns have their real widths only now
