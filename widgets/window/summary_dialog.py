"""File > Export summary (PDF)…: where to save it, which meeting, and whether it is the public version.

A file dialog of Qt's own (not the system's), because only Qt's can carry the
extra fields: the meeting to summarise (the current one unless another is
chosen; shown when the process has more than one), and "Public version", which
writes the summary for the public record, with people named by their role or
organisation (app/summary/public.py).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFileDialog, QGridLayout, QLabel, QWidget

from app.domain.model import Workshop
from app.locale_format import locale_for, meeting_label


class SummaryFileDialog(QFileDialog):
    """Asks for the PDF's file, the meeting and the public check box; `chosen(path, public, meeting_id)`
    when accepted (the meeting's id, or "" for the current one)."""

    chosen = Signal(Path, bool, str)

    def __init__(self, *, start: Path, workshop: Workshop | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("Export summary as PDF"), str(start.parent), self.tr("PDF (*.pdf)"))
        self.setObjectName("summary_file_dialog")
        self.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        self.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        self.setFileMode(QFileDialog.FileMode.AnyFile)
        self.setDefaultSuffix("pdf")
        self.selectFile(start.name)
        self.public_box = QCheckBox(self.tr("Public version: names of people replaced by role or organisation"))
        self.public_box.setObjectName("public_version")
        self.public_box.setToolTip(
            self.tr(
                "For the public record: participants' names and emails, note authors, and the names of "
                "citizens and users on the stakeholder map are left out."
            )
        )
        self.meeting_box = QComboBox()
        self.meeting_box.setObjectName("summary_meeting")
        meetings = workshop.meetings_in_order() if workshop is not None else []
        if workshop is not None:
            locale = locale_for(workshop.info.language)
            current = workshop.info.current_meeting_id
            for number, meeting in enumerate(meetings, start=1):
                label = meeting_label(number, meeting, current=meeting.id == current, locale=locale)
                self.meeting_box.addItem(label, "" if meeting.id == current else meeting.id)
            self.meeting_box.setCurrentIndex(max(0, self.meeting_box.findData("")))
        meeting_label_widget = QLabel(self.tr("&Meeting:"))
        meeting_label_widget.setBuddy(self.meeting_box)
        grid = self.layout()
        if isinstance(grid, QGridLayout):  # Qt's own dialog lays itself out in a grid
            if len(meetings) > 1:
                row = grid.rowCount()
                grid.addWidget(meeting_label_widget, row, 0)
                grid.addWidget(self.meeting_box, row, 1, 1, grid.columnCount() - 1)
            grid.addWidget(self.public_box, grid.rowCount(), 0, 1, grid.columnCount())
        self.accepted.connect(self._on_accepted)

    def _on_accepted(self) -> None:
        files = self.selectedFiles()
        if not files:
            return
        path = Path(files[0])
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        self.chosen.emit(path, self.public_box.isChecked(), self.meeting_box.currentData() or "")
