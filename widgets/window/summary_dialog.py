"""File > Export summary (PDF)…: where to save it, and whether it is the public version.

A file dialog of Qt's own (not the system's), because only Qt's can carry the
extra check box: "Public version" writes the summary for the public record,
with people named by their role or organisation (app/summary/public.py).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QFileDialog, QGridLayout, QWidget


class SummaryFileDialog(QFileDialog):
    """Asks for the PDF's file and the public check box; `chosen(path, public)` when accepted."""

    chosen = Signal(Path, bool)

    def __init__(self, *, start: Path, parent: QWidget | None = None) -> None:
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
        grid = self.layout()
        if isinstance(grid, QGridLayout):  # Qt's own dialog lays itself out in a grid
            grid.addWidget(self.public_box, grid.rowCount(), 0, 1, grid.columnCount())
        self.accepted.connect(self._on_accepted)

    def _on_accepted(self) -> None:
        files = self.selectedFiles()
        if not files:
            return
        path = Path(files[0])
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        self.chosen.emit(path, self.public_box.isChecked())
