"""The parts of the summary other than boards: cover, agenda, stakeholders, action plan, decisions."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph, Spacer

from app.domain.model import AgendaStep, Phase, Workshop
from app.summary.fonts import markup, shortened
from app.summary.stakeholder_grid import StakeholderGrid
from app.summary.styles import Heading, Styles
from app.summary.tables import long_table, parts_cell, text_cell
from app.summary.texts import Texts

TITLE_LIMIT = 300  # characters of the workshop's title on the cover and in the metadata


def cover(workshop: Workshop, texts: Texts, styles: Styles) -> list[Flowable]:
    """Title, municipality, date, facilitator, and the participants with their organisations."""
    info = workshop.info
    story: list[Flowable] = [
        Spacer(1, 40),
        Paragraph(markup(texts["summary"].upper()), styles.kicker),
        Paragraph(markup(shortened(info.title, TITLE_LIMIT) or "–"), styles.title),
    ]
    if info.municipality.strip():
        story.append(Paragraph(markup(info.municipality), styles.cover_line))
    if info.date.strip():
        story.append(Paragraph(markup(f"{texts['date']}: {texts.long_date(info.date)}"), styles.cover_line))
    if info.facilitator.strip():
        story.append(Paragraph(markup(f"{texts['facilitator']}: {info.facilitator}"), styles.cover_line))
    story.append(Spacer(1, 18))
    title = texts["participants"]
    story.append(Heading(markup(title), styles.h2, outline_title=title, outline_level=0, key="participants"))
    if not workshop.participants:
        story.append(Paragraph(markup(texts["no_participants"]), styles.muted))
        return story
    widths = [0.34, 0.33, 0.33]
    rows = [
        [text_cell(p.name, widths[0]), text_cell(p.organisation, widths[1]), text_cell(p.role, widths[2])]
        for p in sorted(workshop.participants, key=lambda p: p.name.casefold())
    ]
    story.append(long_table(_header(texts, "name", "organisation", "role"), rows, widths, styles))
    return story


def phase_heading(phase: Phase, texts: Texts, styles: Styles, number: int) -> list[Flowable]:
    title = f"{number}. {texts[phase.value]}"
    return [
        Heading(markup(title), styles.h1, outline_title=title, outline_level=0, key=f"phase-{phase.value}"),
        Paragraph(markup(texts[f"intro_{phase.value}"]), styles.intro),
    ]


def agenda(steps: list[AgendaStep], phase: Phase, texts: Texts, styles: Styles) -> list[Flowable]:
    """The phase's agenda steps. Facilitator notes are private and never printed."""
    if not steps:
        return []
    title = texts["agenda"]
    widths = [0.34, 0.08, 0.58]
    rows = [
        [text_cell(s.title, widths[0]), [str(s.duration_min)], text_cell(s.room_instructions, widths[2])] for s in steps
    ]
    return [
        Heading(markup(title), styles.h2, outline_title=title, outline_level=1, key=f"agenda-{phase.value}"),
        long_table(_header(texts, "step", "minutes", "instructions"), rows, widths, styles),
    ]


def stakeholders(workshop: Workshop, texts: Texts, styles: Styles) -> list[Flowable]:
    """The power/interest grid and the stakeholder table, numbered alike."""
    title = texts["stakeholders"]
    story: list[Flowable] = [
        Heading(markup(title), styles.h1, outline_title=title, outline_level=0, key="stakeholders")
    ]
    people = workshop.stakeholders
    if not people:
        story.append(Paragraph(markup(texts["no_stakeholders"]), styles.muted))
        return story
    story.append(Paragraph(markup(texts["grid"]), styles.h3))
    story.append(StakeholderGrid(people, texts))
    story.append(Spacer(1, 12))
    widths = [0.06, 0.25, 0.16, 0.33, 0.2]
    rows = []
    for number, person in enumerate(people, start=1):
        criteria: list[tuple[str, str, str | None]] = [
            (f"<b>{markup(texts[key])}</b>" + (": " if reason.strip() else ""), reason, None)
            for key, met, reason in (
                ("effectiveness", person.effectiveness, person.effectiveness_reason),
                ("democracy", person.democracy, person.democracy_reason),
                ("innovation", person.innovation, person.innovation_reason),
            )
            if met
        ]
        phases = "\n".join(texts[p.value] for p in Phase if p.value in person.phase_roles)
        rows.append(
            [
                [str(number)],
                _name_cell(person.name, person.organisation, widths[1]),
                text_cell(texts[person.category.value], widths[2]),
                parts_cell(criteria, widths[3]) if criteria else ["–"],
                text_cell(phases or "–", widths[4]),
            ]
        )
    story.append(long_table(_header(texts, "number", "name", "category", "criteria", "phases"), rows, widths, styles))
    return story


def actions(workshop: Workshop, texts: Texts, styles: Styles) -> list[Flowable]:
    title = texts["actions"]
    story: list[Flowable] = [Heading(markup(title), styles.h1, outline_title=title, outline_level=0, key="actions")]
    if not workshop.actions:
        story.append(Paragraph(markup(texts["no_actions"]), styles.muted))
        return story
    widths = [0.06, 0.45, 0.2, 0.14, 0.15]
    rows = [
        [
            [str(number)],
            text_cell(action.what, widths[1]),
            text_cell(action.who, widths[2]),
            text_cell(texts.short_date(action.due), widths[3]),
            text_cell(texts[action.status.value], widths[4]),
        ]
        for number, action in enumerate(sorted(workshop.actions, key=lambda a: a.position), start=1)
    ]
    story.append(long_table(_header(texts, "number", "what", "who", "due", "status"), rows, widths, styles))
    return story


def decisions(workshop: Workshop, texts: Texts, styles: Styles) -> list[Flowable]:
    title = texts["decisions"]
    story: list[Flowable] = [
        Spacer(1, 12),
        Heading(markup(title), styles.h1, outline_title=title, outline_level=0, key="decisions"),
    ]
    if not workshop.decisions:
        story.append(Paragraph(markup(texts["no_decisions"]), styles.muted))
        return story
    widths = [0.16, 0.84]
    rows = [
        [text_cell(texts.short_date(d.made_on), widths[0]), text_cell(d.text, widths[1])]
        for d in sorted(workshop.decisions, key=lambda d: d.position)
    ]
    story.append(long_table(_header(texts, "date", "decision"), rows, widths, styles))
    return story


def _name_cell(name: str, organisation: str, fraction: float) -> list[str]:
    parts: list[tuple[str, str, str | None]] = [("", name, None)]
    if organisation.strip():
        parts.append(("", organisation, "#5b6470"))
    return parts_cell(parts, fraction)


def _header(texts: Texts, *keys: str) -> list[str]:
    return [texts[key] for key in keys]
