"""Asks for what a new workshop needs: title, municipality, date, facilitator, file."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app.domain.model import WorkshopInfo
from app.storage.workshop_file import SUFFIX

LANGUAGES = (("nb", "Norsk bokmål"), ("nn", "Norsk nynorsk"), ("sv", "Svenska"), ("da", "Dansk"), ("en", "English"))


def file_name_for(title: str) -> str:
    """A file name from a title, keeping letters of every language but no path characters."""
    name = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", title)
    name = re.sub(r"\s+", " ", name).strip(" .")
    return (name[:80] or "workshop") + SUFFIX


class NewWorkshopDialog(QDialog):
    def __init__(self, *, folder: Path, facilitator: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New workshop"))
        self._folder = folder
        self._path_chosen: Path | None = None
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. Living at home for longer"))
        self.municipality = QLineEdit()
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.facilitator = QLineEdit(facilitator)
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.file_label = QLabel()
        self.file_label.setWordWrap(True)
        change = QPushButton(self.tr("Save in…"))
        change.clicked.connect(self._choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(change)
        form = QFormLayout(self)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Municipality:"), self.municipality)
        form.addRow(self.tr("&Date:"), self.date)
        form.addRow(self.tr("&Facilitator:"), self.facilitator)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("File:"), file_row)
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        form.addRow(self._buttons)
        self.title.textChanged.connect(self._update)
        self._update()

    def info(self) -> WorkshopInfo:
        return WorkshopInfo(
            title=self.title.text().strip(),
            municipality=self.municipality.text().strip(),
            date=self.date.date().toString("yyyy-MM-dd"),
            facilitator=self.facilitator.text().strip(),
            language=self.language.currentData(),
        )

    def path(self) -> Path:
        return self._path_chosen or self._folder / file_name_for(self.title.text())

    def _choose_file(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save new workshop as"), str(self.path()), self.tr("Samskap workshops (*%s)") % SUFFIX
        )
        if chosen:
            path = Path(chosen)
            self._path_chosen = path if path.suffix == SUFFIX else path.with_name(path.name + SUFFIX)
            self._update()

    def _update(self) -> None:
        self.file_label.setText(str(self.path()))
        ok = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.title.text().strip()))
