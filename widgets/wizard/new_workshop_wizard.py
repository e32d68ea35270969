"""A new workshop in three pages: the facts, the people, and the plan to start from.

The wizard only collects: `info()`, `participants()`, `plan()` (None for an
empty agenda) and `path()`; the main window makes the file from them. Dates
and times are shown in the interface's locale; the agenda preview on the plan
page uses the workshop's language, as the agenda itself will.
"""

from __future__ import annotations

from datetime import time
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTimeEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.domain.agenda import clock_times
from app.domain.model import AgendaStep, Participant, WorkshopInfo
from app.domain.text_limits import TITLE
from app.i18n import LANGUAGES
from app.locale_format import clock_text, interface_language, locale_for, short_date_format
from app.storage.workshop_file import SUFFIX, file_name_for
from app.templates.model import Plan, local
from app.workshop_plan import TemplateLibrary, step_from_plan_step
from widgets.common.phase_navigator import phase_title
from widgets.common.text_limit import guard_with_label
from widgets.wizard.participants_table import ParticipantsTable

_PLAN = Qt.ItemDataRole.UserRole


class DetailsPage(QWizardPage):
    def __init__(self, *, folder: Path, facilitator: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The workshop"))
        self.setSubTitle(self.tr("What, where and when. You can change all of it later."))
        self._folder = folder
        self._path_chosen: Path | None = None
        # The interface language's locale (the plain C locale of a bare system writes "22 11 2026").
        locale = locale_for(interface_language())
        self.title_edit = QLineEdit()
        title_refusal = guard_with_label(self.title_edit, TITLE, self)  # not maxLength: it cuts a paste silently
        self.title_edit.setPlaceholderText(self.tr("e.g. Living at home for longer"))
        self.municipality = QLineEdit()
        self.municipality.setPlaceholderText(self.tr("e.g. Fjellvik kommune"))
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setLocale(locale)
        self.date.setDisplayFormat(short_date_format(locale))
        self.start_time = QTimeEdit(QTime(9, 0))
        self.start_time.setLocale(locale)
        self.start_time.setDisplayFormat(locale.timeFormat(QLocale.FormatType.ShortFormat))
        self.facilitator = QLineEdit(facilitator)
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(list(LANGUAGES).index(interface_language()))
        self.language.setToolTip(self.tr("The language of the exercises' texts on the boards and in the agenda"))
        self.file_label = QLineEdit()  # one line that scrolls: a long path does not push the form apart
        self.file_label.setReadOnly(True)
        self.file_label.setFrame(False)
        change = QPushButton(self.tr("Save in…"))
        change.clicked.connect(self._choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(change)
        form = QFormLayout(self)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow("", title_refusal)
        form.addRow(self.tr("&Municipality:"), self.municipality)
        form.addRow(self.tr("&Date:"), self.date)
        form.addRow(self.tr("&Starts at:"), self.start_time)
        form.addRow(self.tr("&Facilitator:"), self.facilitator)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("File:"), file_row)
        self.title_edit.textChanged.connect(self._update)
        self._update()

    def info(self) -> WorkshopInfo:
        return WorkshopInfo(
            title=" ".join(self.title_edit.text().split()),
            municipality=self.municipality.text().strip(),
            date=self.date.date().toString("yyyy-MM-dd"),
            facilitator=self.facilitator.text().strip(),
            language=self.language.currentData(),
            start_time=self.start_time.time().toString("HH:mm"),
        )

    def path(self) -> Path:
        return self._path_chosen or self._folder / file_name_for(self.title_edit.text())

    def isComplete(self) -> bool:
        return bool(self.title_edit.text().strip())

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
        self.file_label.setToolTip(str(self.path()))
        self.file_label.setCursorPosition(len(self.file_label.text()))  # the file's name, not its folder
        self.completeChanged.emit()


class ParticipantsPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Participants"))
        self.setSubTitle(
            self.tr("Type them in, or paste a list from a spreadsheet or an email. Names stay on this computer.")
        )
        self.table = ParticipantsTable()
        self.table.changed.connect(self.completeChanged.emit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)

    def isComplete(self) -> bool:
        return self.table.problems() == 0


class PlanPage(QWizardPage):
    def __init__(self, *, library: TemplateLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Agenda"))
        self.setSubTitle(self.tr("Start from a plan of exercises, or from an empty agenda."))
        self._library = library
        self._language = "en"
        self._start = time(9, 0)
        self.plans = QListWidget()
        self.plans.setObjectName("plan_list")
        empty = QListWidgetItem(self.tr("Empty agenda (a board in each phase)"))
        empty.setData(_PLAN, None)
        self.plans.addItem(empty)
        self._plans = list(library.plans())
        for index, _plan in enumerate(self._plans):
            item = QListWidgetItem()
            item.setData(_PLAN, index)
            self.plans.addItem(item)
        self.plans.setCurrentRow(0)
        self.plans.currentRowChanged.connect(lambda _row: self._show_preview())
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setTextFormat(Qt.TextFormat.PlainText)
        self.preview = QTreeWidget()
        self.preview.setObjectName("plan_preview")
        self.preview.setRootIsDecorated(False)
        self.preview.setHeaderLabels([self.tr("Time"), self.tr("Step"), self.tr("Phase"), self.tr("Min")])
        self.preview.header().setStretchLastSection(False)
        self.preview.header().setSectionResizeMode(1, self.preview.header().ResizeMode.Stretch)
        self.total = QLabel()
        layout = QHBoxLayout(self)
        layout.addWidget(self.plans, 2)
        right = QVBoxLayout()
        right.addWidget(self.description)
        right.addWidget(self.preview, 1)
        right.addWidget(self.total)
        layout.addLayout(right, 3)

    def set_context(self, *, language: str, start: time) -> None:
        """The workshop's language and start time, for the plan names and the preview."""
        self._language, self._start = language, start
        for row in range(1, self.plans.count()):
            item = self.plans.item(row)
            item.setText(local(self._plans[item.data(_PLAN)].title, language))
        self._show_preview()

    def plan(self) -> Plan | None:
        item = self.plans.currentItem()
        index = item.data(_PLAN) if item is not None else None
        return self._plans[index] if index is not None else None

    def preview_steps(self) -> list[AgendaStep]:
        plan = self.plan()
        if plan is None:
            return []
        found = (step_from_plan_step(s, self._library, self._language) for s in plan.steps)
        return [step for step in found if step is not None]

    def _show_preview(self) -> None:
        plan = self.plan()
        locale = locale_for(self._language)
        self.preview.clear()
        steps = self.preview_steps()
        for step, (starts, _ends) in zip(steps, clock_times(steps, self._start), strict=True):
            row = QTreeWidgetItem(
                [clock_text(starts, locale), step.title, phase_title(step.phase), locale.toString(step.duration_min)]
            )
            row.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.preview.addTopLevelItem(row)
        for column in (0, 2, 3):
            self.preview.resizeColumnToContents(column)
        self.preview.setVisible(plan is not None)
        if plan is None:
            self.description.setText(
                self.tr("Three boards to start with: a floke map, ideas and an action plan. Add steps later.")
            )
            self.total.setText("")
            return
        self.description.setText(local(plan.description, self._language))
        minutes = sum(s.duration_min for s in steps)
        ends = clock_times([AgendaStep("", steps[0].phase, duration_min=minutes)], self._start)[0][1] if steps else None
        text = self.tr("%1 steps, %2 min in all").replace("%1", locale.toString(len(steps)))
        text = text.replace("%2", locale.toString(minutes))
        if ends is not None:
            text += " · " + self.tr("ends %1").replace("%1", clock_text(ends, locale))
        self.total.setText(text)


class NewWorkshopWizard(QWizard):
    """Collects a new workshop's details, participants and starting plan."""

    def __init__(
        self, *, folder: Path, library: TemplateLibrary, facilitator: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New workshop"))
        self.setObjectName("new_workshop_wizard")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.details = DetailsPage(folder=folder, facilitator=facilitator)
        self.people = ParticipantsPage()
        self.agenda = PlanPage(library=library)
        for page in (self.details, self.people, self.agenda):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Create workshop"))
        self.currentIdChanged.connect(self._on_current_id_changed)
        self.resize(820, 560)

    def info(self) -> WorkshopInfo:
        return self.details.info()

    def participants(self) -> list[Participant]:
        return self.people.table.participants()

    def plan(self) -> Plan | None:
        return self.agenda.plan()

    def path(self) -> Path:
        return self.details.path()

    def _on_current_id_changed(self, _page_id: int) -> None:
        if self.currentPage() is self.agenda:
            start = self.details.start_time.time()
            self.agenda.set_context(
                language=self.details.language.currentData(), start=time(start.hour(), start.minute())
            )
