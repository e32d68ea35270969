"""The actor map in sentences: what is missing first, then who is there, by category, quadrant and role."""

from __future__ import annotations

from collections import Counter
from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from app.domain.model import Phase, Stakeholder, StakeholderCategory
from app.domain.stakeholders import Quadrant, category_title, describe_gap, find_gaps, quadrant, quadrant_title
from widgets.stakeholders.stakeholder_style import CRITERIA, criterion_title, role_title


class StakeholderSummary(QTextBrowser):
    """Read-only; rebuilt from the stakeholders whenever they change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setAccessibleName(self.tr("Stakeholder summary"))
        self.gap_sentences: list[str] = []

    def show_stakeholders(self, stakeholders: list[Stakeholder]) -> None:
        self.gap_sentences = [describe_gap(g) for g in find_gaps(stakeholders)]
        heading = "<p style='font-size: 20pt; font-weight: bold; margin-top: 12px'>%s</p>"
        parts = [heading % escape(self.tr("What the map lacks"))]
        if self.gap_sentences:
            parts.append("<ul>" + "".join(f"<li>{escape(s)}</li>" for s in self.gap_sentences) + "</ul>")
        else:
            parts.append(f"<p>{escape(self.tr('No gaps: every category, criterion and phase is covered.'))}</p>")
        parts.append(heading % escape(self.tr("Who is on the map (%1)").replace("%1", str(len(stakeholders)))))
        by_category = Counter(StakeholderCategory(s.category) for s in stakeholders)
        by_quadrant = Counter(quadrant(s) for s in stakeholders)
        columns = [
            self._table(self.tr("Category"), [(category_title(c), by_category[c]) for c in StakeholderCategory]),
            self._table(
                self.tr("Power and interest"), [(quadrant_title(q), by_quadrant[q]) for q in Quadrant], mark_zero=False
            ),
            self._table(
                self.tr("Selection criterion"),
                [(criterion_title(c), sum(1 for s in stakeholders if getattr(s, c))) for c in CRITERIA],
            ),
            self._table(
                self.tr("Role"),
                [(role_title(p), sum(1 for s in stakeholders if p.value in s.phase_roles)) for p in Phase],
            ),
        ]
        cells = "".join(f"<td valign='top' style='padding-right: 48px'>{c}</td>" for c in columns)
        parts.append(f"<table><tr>{cells}</tr></table>")
        self.setHtml("<div style='font-size: 15pt'>" + "".join(parts) + "</div>")

    def _table(self, title: str, rows: list[tuple[str, int]], *, mark_zero: bool = True) -> str:
        red = " style='color: #b00020'"  # nobody in this row: a gap to see at a glance
        cells = "".join(
            f"<tr><td style='padding-right: 16px'>{escape(name)}</td>"
            f"<td align='right'{red if count == 0 and mark_zero else ''}><b>{count}</b></td></tr>"
            for name, count in rows
        )
        return f"<p style='font-weight: bold'>{escape(title)}</p><table cellspacing='2'>{cells}</table>"
