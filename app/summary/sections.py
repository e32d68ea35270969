"""The parts of the summary around the boards: cover, agenda with clock times, stakeholders."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph, Spacer

from app.domain.agenda import clock_times, parse_start_time
from app.domain.model import Phase, Workshop
from app.domain.stakeholders import category_title
from app.locale_format import clock_text, locale_for
from app.summary.catalogue import Catalogue
from app.summary.fonts import markup
from app.summary.record import MeetingRecord
from app.summary.stakeholder_grid import StakeholderGrid
from app.summary.styles import Heading, Styles, room_for_table
from app.summary.tables import Cell, long_table, parts_cell, text_cell
from app.summary.texts import Texts

TITLE_LIMIT = 300  # characters of the workshop's title in the metadata; the cover prints it whole


def cover(record: MeetingRecord, texts: Texts, styles: Styles) -> list[Flowable]:
    """Title, municipality, date and time, place, facilitator, and who attended."""
    kicker = texts["summary"].upper() + (f" · {texts['public_kicker'].upper()}" if record.public else "")
    story: list[Flowable] = [
        Spacer(1, 40),
        Paragraph(markup(kicker), styles.kicker),
        # Printed whole once, here; headings, bookmarks and the footer shorten it.
        Paragraph(markup(" ".join(record.title.split()) or "–"), styles.title),
    ]
    if record.municipality.strip():
        story.append(Paragraph(markup(record.municipality), styles.cover_line))
    if record.date.strip():
        when = texts.long_date(record.date)
        clock = parse_start_time(record.start_time)
        if clock is not None:
            when += ", " + clock_text(clock, locale_for(texts.language))
        story.append(Paragraph(markup(f"{texts['date']}: {when}"), styles.cover_line))
    if record.place.strip():
        story.append(Paragraph(markup(f"{texts['place']}: {record.place}"), styles.cover_line))
    if record.facilitator.strip():
        story.append(Paragraph(markup(f"{texts['facilitator']}: {record.facilitator}"), styles.cover_line))
    if record.public:
        story.append(Paragraph(markup(texts["public"]), styles.intro))
    story.append(Spacer(1, 18))
    title = texts["attended"]
    story.append(
        Heading(markup(title), styles.h2, outline_title=title, outline_level=0, key="attended", over_table=True)
    )
    if not record.attendees:
        story.append(Paragraph(markup(texts["no_attendees"]), styles.muted))
        return story
    if record.public:  # a stand-in already says role and organisation
        rows = [[text_cell(p.name, 1.0)] for p in record.attendees]
        story.append(long_table([texts["participants"]], rows, [1.0], styles))
        return story
    widths = [0.34, 0.33, 0.33]
    rows = [
        [text_cell(p.name, widths[0]), text_cell(p.organisation, widths[1]), text_cell(p.role, widths[2])]
        for p in record.attendees
    ]
    story.append(long_table(_header(texts, "name", "organisation", "role"), rows, widths, styles))
    return story


def phase_heading(phase: Phase, texts: Texts, styles: Styles, number: int) -> list[Flowable]:
    title = f"{number}. {texts[phase.value]}"
    return [
        Heading(markup(title), styles.h2, outline_title=title, outline_level=1, key=f"phase-{phase.value}"),
        Paragraph(markup(texts[f"intro_{phase.value}"]), styles.intro),
    ]


def agenda(record: MeetingRecord, texts: Texts, styles: Styles) -> list[Flowable]:
    """The meeting's agenda with the clock time of each step (from the start time and the durations).

    Facilitator notes are private and never printed.
    """
    steps = record.agenda
    if not steps:
        return []
    title = texts["agenda"]
    start = parse_start_time(record.start_time)
    locale = locale_for(texts.language)
    keys: tuple[str, ...] = ("step", "minutes", "instructions")
    widths = [0.34, 0.08, 0.58]
    if start is not None:
        keys, widths = ("time", *keys), [0.14, 0.3, 0.08, 0.48]
    rows: list[list[Cell]] = []
    times = clock_times(steps, start) if start is not None else [None] * len(steps)
    for step, span in zip(steps, times, strict=True):
        row = [
            text_cell(step.title, widths[-3]),
            [str(step.duration_min)],
            text_cell(step.room_instructions, widths[-1]),
        ]
        if span is not None:
            row.insert(0, [f"{clock_text(span[0], locale)}–{clock_text(span[1], locale)}"])
        rows.append(row)
    return [
        room_for_table(),
        Heading(markup(title), styles.h1, outline_title=title, outline_level=0, key="agenda", over_table=True),
        long_table(_header(texts, *keys), rows, widths, styles),
    ]


def stakeholders(workshop: Workshop, texts: Texts, styles: Styles, catalogue: Catalogue) -> list[Flowable]:
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
    story.append(StakeholderGrid(people, texts, catalogue))
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
                text_cell(category_title(person.category, catalogue.translate), widths[2]),
                parts_cell(criteria, widths[3]) if criteria else ["–"],
                text_cell(phases or "–", widths[4]),
            ]
        )
    story.append(long_table(_header(texts, "number", "name", "category", "criteria", "phases"), rows, widths, styles))
    return story


def _name_cell(name: str, organisation: str, fraction: float) -> list[str]:
    parts: list[tuple[str, str, str | None]] = [("", name, None)]
    if organisation.strip():
        parts.append(("", organisation, "#5b6470"))
    return parts_cell(parts, fraction)


def _header(texts: Texts, *keys: str) -> list[str]:
    return [texts[key] for key in keys]
