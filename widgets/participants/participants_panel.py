"""The Participants panel (a dock): how phones join, who has joined, and what they wrote.

The join address and room code with a Copy button, the self-test (your own
phone says Connected; after a minute with no phone, what to check), the
sharing settings, the phones with Remove, and the waiting notes with their
release buttons (widgets/participants/waiting_notes.py).
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.submissions import waiting
from widgets.participants.sharing_controller import SharingController
from widgets.participants.waiting_notes import WaitingNotes, fill_places, select_data

_ID = Qt.ItemDataRole.UserRole


class ParticipantsPanel(QWidget):
    """Everything the facilitator needs while phones take part."""

    def __init__(self, *, controller: SharingController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("participants_panel")
        self.controller = controller
        self.status = QLabel()
        self.status.setObjectName("sharing_status")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        start = QToolButton()
        start.setDefaultAction(controller.share_action)
        stop = QToolButton()
        stop.setDefaultAction(controller.stop_action)
        buttons = QHBoxLayout()
        buttons.addWidget(start)
        buttons.addWidget(stop)
        buttons.addStretch(1)

        self.address = QLineEdit()
        self.address.setObjectName("join_address")
        self.address.setReadOnly(True)
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.setToolTip(self.tr("Copy the join address"))
        self.copy_button.clicked.connect(self.copy_address)
        self.code = QLabel()
        self.code.setObjectName("room_code")
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont(self.code.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 2)
        self.code.setFont(font)
        address_row = QHBoxLayout()
        address_row.addWidget(self.address, 1)
        address_row.addWidget(self.copy_button)
        self.network = QComboBox()
        self.network.setObjectName("join_network")
        self.network.activated.connect(lambda _i: controller.set_address(self.network.currentData()))
        self.show_on_wall = QCheckBox()
        self.show_on_wall.setText(controller.wall_action.text().replace("&", ""))
        self.show_on_wall.toggled.connect(controller.wall_action.setChecked)
        controller.wall_action.toggled.connect(self.show_on_wall.setChecked)
        join = QGroupBox(self.tr("Joining"))
        join_form = QFormLayout(join)
        join_form.addRow(self.tr("Address:"), address_row)
        join_form.addRow(self.tr("Room code:"), self.code)
        join_form.addRow(self.tr("Network:"), self.network)
        join_form.addRow(self.show_on_wall)

        self.anonymous = QCheckBox(self.tr("&Anonymous writing (notes carry no names)"))
        self.anonymous.toggled.connect(controller.set_anonymous)
        self.target = QComboBox()
        self.target.setObjectName("write_target")
        self.target.activated.connect(lambda _i: self._on_target_activated())
        self.joining_open = QCheckBox(self.tr("New phones may &join"))
        self.joining_open.toggled.connect(controller.set_joining_open)
        settings = QGroupBox(self.tr("Sharing settings"))
        settings_form = QFormLayout(settings)
        settings_form.addRow(self.anonymous)
        settings_form.addRow(self.tr("Phones write to:"), self.target)
        settings_form.addRow(self.joining_open)

        self.phone_count = QLabel()
        self.phone_count.setObjectName("phone_count")
        self.phone_list = QListWidget()
        self.phone_list.setObjectName("phone_list")
        self._phone_rows: list[tuple[str, str]] = []  # (device id, text) of each row shown
        self.phone_list.currentItemChanged.connect(lambda *_: self._on_phone_chosen())
        self.remove_button = QPushButton(self.tr("&Remove phone"))
        self.remove_button.clicked.connect(self.remove_current_phone)
        phones = QGroupBox(self.tr("Phones"))
        phones_column = QVBoxLayout(phones)
        phones_column.addWidget(self.phone_count)
        phones_column.addWidget(self.phone_list)
        phones_column.addWidget(self.remove_button)

        self.waiting = WaitingNotes(controller=controller)
        notes = QGroupBox(self.tr("Notes from phones"))
        QVBoxLayout(notes).addWidget(self.waiting)

        # A dock is often shorter than the panel: it scrolls instead of squeezing the lists.
        content = QWidget()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        column = QVBoxLayout(content)
        column.addWidget(self.status)
        column.addLayout(buttons)
        for box in (join, phones, notes, settings):
            column.addWidget(box)
        column.addStretch(1)
        self._join_box = join
        self._message = ""  # the latest news from the controller: failed, joined, no phone yet

        controller.room_changed.connect(self.refresh)
        controller.started.connect(lambda _url: self._on_controller_started())
        controller.stopped.connect(lambda: self._say(""))
        controller.failed.connect(self._say)
        controller.first_phone_joined.connect(
            lambda: self._say(self.tr("Connected: a phone has joined, so phones can reach this laptop."))
        )
        controller.no_phone_yet.connect(lambda: self._say(self._no_phone_text()))
        self.refresh()

    def copy_address(self) -> None:
        QGuiApplication.clipboard().setText(self.address.text())

    def remove_current_phone(self) -> None:
        item = self.phone_list.currentItem()
        if item is not None:
            self.controller.remove_phone(item.data(_ID))

    def refresh(self) -> None:
        """Show the room as it is now."""
        controller = self.controller
        sharing = controller.is_sharing
        self.address.setText(controller.join_url())
        self.address.setCursorPosition(0)  # the start of an address says the most
        self.code.setText(controller.room_code())
        self._join_box.setEnabled(sharing)
        self._fill_targets()
        for box, value in (
            (self.anonymous, controller.settings.anonymous),
            (self.joining_open, controller.joining_open()),
        ):
            box.blockSignals(True)
            box.setChecked(value)
            box.blockSignals(False)
        self.joining_open.setEnabled(sharing)
        self._fill_phones()
        self.waiting.refresh()
        self.status.setText(self._message or self._idle_text())

    # -- internals ----------------------------------------------------------------------

    def _say(self, message: str) -> None:
        self._message = message
        self.status.setText(message or self._idle_text())

    def _idle_text(self) -> str:
        if self.controller.is_sharing:
            return ""
        if self.controller.document is None:
            return self.tr("Open a workshop to let participants join.")
        return self.tr("Sharing is off: nothing listens on the network.")

    def _waiting_for_phone_text(self) -> str:
        return self.tr("Scan the code with your own phone first: the page says Connected.")

    def _no_phone_text(self) -> str:
        return self.tr(
            "No phone has joined yet. Check that the phones are on the same network as this laptop; that it is "
            "not a guest Wi-Fi, which keeps devices apart; that the address matches the network (Network, "
            "above); and, on Windows, that the firewall allows Samskap on private networks (README: For the IT "
            "department)."
        )

    def _on_controller_started(self) -> None:
        self._fill_networks()  # only now: listing the interfaces is a system call per change otherwise
        self._say(self._waiting_for_phone_text())

    def _fill_networks(self) -> None:
        self.network.clear()
        self.network.addItem(self.tr("Automatic"), None)
        for network in self.controller.networks():
            self.network.addItem(f"{network.name}: {network.address}", network.address)
        self.network.setCurrentIndex(max(0, self.network.findData(self.controller.address)))

    def _fill_targets(self) -> None:
        document = self.controller.document
        workshop = document.workshop if document is not None else None
        fill_places(self.target, workshop, (self.tr("The current step's board"), None))
        settings = self.controller.settings
        chosen = (settings.board_id, settings.frame_id) if settings.board_id is not None else None
        select_data(self.target, chosen)

    def _fill_phones(self) -> None:
        controller = self.controller
        current = self.phone_list.currentItem()
        current_id = current.data(_ID) if current is not None else None
        self.phone_list.blockSignals(True)
        phones = controller.phones()
        workshop = controller.document.workshop if controller.document is not None else None
        # One pass over the notes, not one per phone: a full room refreshes this on every burst.
        counts = Counter(s.device_id for s in waiting(workshop)) if workshop is not None else Counter[str]()
        rows = []
        for device in phones:
            count = counts[device.id]
            text = controller.phone_label(device)
            if count:
                text += " " + self.tr("(%1 waiting)").replace("%1", str(count))
            rows.append((device.id, text))
        if [row_id for row_id, _text in self._phone_rows] == [row_id for row_id, _text in rows]:
            # The same phones: only changed texts are set. Rebuilding a room's 100 rows cost about
            # a millisecond on each burst of notes (the rows shown are kept here, not read from Qt).
            for index, (old, new) in enumerate(zip(self._phone_rows, rows, strict=True)):
                if old[1] != new[1]:
                    self.phone_list.item(index).setText(new[1])
        else:
            self.phone_list.clear()
            for device_id, text in rows:
                item = QListWidgetItem(text)
                item.setData(_ID, device_id)
                self.phone_list.addItem(item)
                if device_id == current_id:
                    self.phone_list.setCurrentItem(item)
        self._phone_rows = rows
        self.phone_list.blockSignals(False)
        self.phone_count.setText(self.tr("Phones connected: %1").replace("%1", str(len(phones))))
        self._on_phone_chosen()

    def _on_phone_chosen(self) -> None:
        item = self.phone_list.currentItem()
        device_id = item.data(_ID) if item is not None else None
        self.remove_button.setEnabled(device_id is not None)
        self.waiting.set_selected_phone(device_id)

    def _on_target_activated(self) -> None:
        target = self.target.currentData()
        self.controller.set_target(*(target if target else (None, None)))
