"""The template library: browse the exercises by phase and the plans, import and export files.

Read-only apart from Import… (which copies a checked file into the user's
template folder) and Export… (which writes the chosen template to share).
Template text comes from files other people wrote, so it is always shown as
plain text: it is escaped before it goes into the rich-text view.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.model import PHASES, Phase
from app.templates.library import TemplateLibrary
from app.templates.model import LANGUAGES, Exercise, Plan, local
from app.templates.reader import TemplateError, TemplateProblem
from widgets.common.messages import show_problem

# Each language by its own name, as a facilitator looks for it; not translated on purpose.
LANGUAGE_NAMES = {"nb": "Norsk bokmål", "nn": "Norsk nynorsk", "sv": "Svenska", "da": "Dansk", "en": "English"}
ITEM_ROLE = Qt.ItemDataRole.UserRole


class TemplateLibraryDialog(QDialog):
    """Lists a TemplateLibrary's exercises by phase and its plans, with their text in one language."""

    def __init__(self, *, library: TemplateLibrary, language: str = "nb", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.setWindowTitle(self.tr("Template library"))
        self.resize(1000, 640)

        self.language_box = QComboBox()
        for code in LANGUAGES:
            self.language_box.addItem(LANGUAGE_NAMES[code], code)
        self.language_box.setCurrentIndex(LANGUAGES.index(language) if language in LANGUAGES else 0)
        self.language_box.currentIndexChanged.connect(lambda _index: self.refresh())
        language_label = QLabel(self.tr("&Language of the templates:"))
        language_label.setBuddy(self.language_box)

        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Template"), self.tr("Minutes")])
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(lambda _current, _previous: self._show_current())
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(self.text)
        splitter.setSizes([420, 580])

        self.import_button = QPushButton(self.tr("&Import…"))
        self.import_button.clicked.connect(self._choose_import)
        self.export_button = QPushButton(self.tr("&Export…"))
        self.export_button.clicked.connect(self._choose_export)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(language_label)
        top.addWidget(self.language_box)
        top.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.refresh()

    @property
    def language(self) -> str:
        return str(self.language_box.currentData())

    def phase_name(self, phase: Phase) -> str:
        return {
            Phase.CO_INITIATION: self.tr("Co-initiation"),
            Phase.CO_DESIGN: self.tr("Co-design"),
            Phase.CO_IMPLEMENTATION: self.tr("Co-implementation"),
        }[phase]

    def refresh(self, select: Exercise | Plan | None = None) -> None:
        """Fill the list again from the library, keeping (or moving to) a selection."""
        current = select or self.current_template()
        self.tree.clear()
        wanted = None
        for phase in PHASES:
            group = self._group(self.phase_name(phase))
            for exercise in self.library.exercises_in(phase):
                item = self._leaf(group, exercise, local(exercise.title, self.language), exercise.duration_min)
                wanted = item if current is not None and _same(current, exercise) else wanted
        group = self._group(self.tr("Workshop plans"))
        for plan in self.library.plans:
            minutes = sum(self.library.step_details(s, self.language).duration_min for s in plan.steps)
            item = self._leaf(group, plan, local(plan.title, self.language), minutes)
            wanted = item if current is not None and _same(current, plan) else wanted
        if self.library.problems:
            group = self._group(self.tr("Files that could not be read (%n)", "", len(self.library.problems)))
            for problem in self.library.problems:
                self._leaf(group, problem, Path(problem.file).name, None)
        self.tree.expandAll()
        top = self.tree.topLevelItem(0)
        first = top.child(0) if top is not None else None
        target = wanted or first
        if target is not None:
            self.tree.setCurrentItem(target)

    def current_template(self) -> Exercise | Plan | None:
        item = self.tree.currentItem()
        value = item.data(0, ITEM_ROLE) if item is not None else None
        return value if isinstance(value, Exercise | Plan) else None

    def import_path(self, path: Path) -> Exercise | Plan | None:
        """Import a template file; a refused file is explained to the facilitator. Returns what came in."""
        try:
            item = self.library.import_file(path)
        except TemplateError as error:
            show_problem(self, self.tr("The template cannot be imported"), _problem_lines(error.problems))
            return None
        self.refresh(select=item)
        return item

    def export_to(self, path: Path) -> bool:
        """Write the chosen template to `path`; a failure is explained. Returns whether it was written."""
        item = self.current_template()
        if item is None:
            return False
        try:
            self.library.export(item, path)
        except TemplateError as error:
            show_problem(self, self.tr("The template cannot be exported"), _problem_lines(error.problems))
            return False
        return True

    # -- private ---------------------------------------------------------------------

    def _group(self, title: str) -> QTreeWidgetItem:
        group = QTreeWidgetItem(self.tree, [title])
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = group.font(0)
        font.setBold(True)
        group.setFont(0, font)
        return group

    def _leaf(self, group: QTreeWidgetItem, value: object, title: str, minutes: int | None) -> QTreeWidgetItem:
        item = QTreeWidgetItem(group, [title.replace("\n", " "), "" if minutes is None else str(minutes)])
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        item.setData(0, ITEM_ROLE, value)
        return item

    def _show_current(self) -> None:
        item = self.tree.currentItem()
        value = item.data(0, ITEM_ROLE) if item is not None else None
        self.export_button.setEnabled(isinstance(value, Exercise | Plan))
        if isinstance(value, Exercise):
            self.text.setHtml(self._exercise_html(value))
        elif isinstance(value, Plan):
            self.text.setHtml(self._plan_html(value))
        elif isinstance(value, TemplateProblem):
            self.text.setPlainText(str(value))
        else:
            self.text.clear()

    def _exercise_html(self, exercise: Exercise) -> str:
        language = self.language
        parts = [
            f"<h2>{_text(exercise.title, language)}</h2>",
            "<p><i>{}</i></p>".format(
                escape(
                    self.tr("%1 · about %2 minutes")
                    .replace("%1", self.phase_name(exercise.phase))
                    .replace("%2", str(exercise.duration_min))
                )
            ),
            f"<h3>{escape(self.tr('For the room'))}</h3>{_paragraphs(exercise.room_instructions, language)}",
            f"<h3>{escape(self.tr('For the facilitator'))}</h3>{_paragraphs(exercise.facilitator_notes, language)}",
        ]  # fmt: skip
        if exercise.board is not None and exercise.board.frames:
            titles = "".join(f"<li>{_text(f.title, language)}</li>" for f in exercise.board.frames)
            parts.append(f"<h3>{escape(self.tr('On the board'))}</h3><ul>{titles}</ul>")
        return "".join(parts)

    def _plan_html(self, plan: Plan) -> str:
        rows = []
        for step in plan.steps:
            details = self.library.step_details(step, self.language)
            rows.append(
                f"<tr><td>{details.duration_min}&nbsp;min</td><td>{escape(details.title)}</td>"
                f"<td><i>{escape(self.phase_name(details.phase))}</i></td></tr>"
            )
        return (
            f"<h2>{_text(plan.title, self.language)}</h2>{_paragraphs(plan.description, self.language)}"
            f"<table cellpadding='4'>{''.join(rows)}</table>"
        )

    def _choose_import(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import a template"), "", self.tr("Samskap templates (*.json)")
        )
        if name:
            self.import_path(Path(name))

    def _choose_export(self) -> None:
        item = self.current_template()
        if item is None:
            return
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the template"), f"{item.id}.json", self.tr("Samskap templates (*.json)")
        )
        if name:
            self.export_to(Path(name))


def _same(a: Exercise | Plan, b: Exercise | Plan) -> bool:
    return type(a) is type(b) and a.id == b.id


def _text(text: dict[str, str], language: str) -> str:
    return escape(local(text, language))


def _paragraphs(text: dict[str, str], language: str) -> str:
    return "".join(f"<p>{escape(part)}</p>" for part in local(text, language).split("\n\n") if part.strip())


def _problem_lines(problems: list[TemplateProblem]) -> str:
    shown = [str(p) for p in problems[:12]]
    if len(problems) > 12:
        shown.append(f"… (+{len(problems) - 12})")
    return "\n".join(shown)
