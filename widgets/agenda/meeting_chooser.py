"""The meetings of the process above the agenda: the current one, or an earlier one to look at."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from app.agenda.controller import AgendaController
from app.locale_format import locale_for, meeting_label


class MeetingChooser(QWidget):
    """A list of the meetings; choosing another than the current one shows its agenda read-only."""

    def __init__(self, *, agenda: AgendaController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._agenda = agenda
        self.box = QComboBox()
        self.box.setObjectName("meeting_chooser")
        self.box.setAccessibleName(self.tr("Meeting"))
        # As narrow as the agenda dock: the window must still fit a 1024x640 screen.
        self.box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.box.setMinimumContentsLength(12)
        self.box.activated.connect(lambda index: agenda.view_meeting(self.box.itemData(index)))
        self.read_only_label = QLabel(self.tr("An earlier or later meeting: its agenda is shown read-only."))
        self.read_only_label.setObjectName("meeting_read_only")
        self.read_only_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 0)
        layout.setSpacing(2)
        layout.addWidget(self.box)
        layout.addWidget(self.read_only_label)
        agenda.agenda_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """List the meetings again and mark the one shown."""
        document = self._agenda.document
        meetings = document.workshop.meetings_in_order() if document is not None else []
        current = document.info.current_meeting_id if document is not None else None
        locale = locale_for(document.info.language) if document is not None else QLocale()
        self.box.blockSignals(True)
        self.box.clear()
        for number, meeting in enumerate(meetings, start=1):
            self.box.addItem(meeting_label(number, meeting, current=meeting.id == current, locale=locale), meeting.id)
        shown = self.box.findData(self._agenda.viewed_meeting_id)
        self.box.setCurrentIndex(max(shown, 0))
        self.box.blockSignals(False)
        self.setVisible(bool(meetings))
        self.read_only_label.setVisible(bool(meetings) and self._agenda.viewed_meeting_id != current)
