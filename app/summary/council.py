"""What the council needs first, right after the cover: the problem, decisions, actions, top ideas.

A chief executive reads the first page after the cover and perhaps no more, so
it holds what was decided and who does what by when; the boards, the
stakeholders and the full vote results follow as the record behind it.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph, Spacer

from app.domain.floke_layout import find_trunk
from app.domain.model import PHASES, BoardKind, Workshop
from app.domain.voting import dots_visible, ranked_results, top_results
from app.summary.fonts import markup
from app.summary.record import MeetingRecord
from app.summary.styles import Heading, Styles, room_for_table
from app.summary.tables import long_table, text_cell
from app.summary.texts import Texts

TOP_IDEAS = 3  # per vote; a tie at the cut brings all tied ideas


def council_flowables(record: MeetingRecord, texts: Texts, styles: Styles) -> list[Flowable]:
    """The problem statement, the decisions, the action plan and the top-voted ideas."""
    title = texts["key_points"]
    story: list[Flowable] = [Heading(markup(title), styles.h1, outline_title=title, outline_level=0, key="council")]
    problem = problem_statement(record.workshop)
    if problem:
        story.append(Paragraph(markup(texts["problem"]), styles.h3))
        story += [Paragraph(markup(text), styles.problem) for text in problem]
    story += decisions(record, texts, styles)
    story += actions(record, texts, styles)
    story += top_ideas(record.workshop, texts, styles)
    return story


def problem_statement(workshop: Workshop) -> list[str]:
    """The text of the floke's trunk (the problem) on each floke map, in board order."""
    found: list[str] = []
    for board in sorted(workshop.boards, key=lambda b: (PHASES.index(b.phase), b.position)):
        if board.kind is not BoardKind.FLOKE_MAP:
            continue
        notes = workshop.notes_on(board.id)
        connectors = [c for c in workshop.connectors if c.board_id == board.id]
        frames = [f for f in workshop.frames if f.board_id == board.id]
        by_id = {n.id: n for n in notes}
        found += [by_id[i].text for i in find_trunk(notes, connectors, frames) if by_id[i].text.strip()]
    return found


def decisions(record: MeetingRecord, texts: Texts, styles: Styles) -> list[Flowable]:
    title = texts["decisions"]
    story: list[Flowable] = [
        room_for_table(),
        Heading(markup(title), styles.h2, outline_title=title, outline_level=1, key="decisions", over_table=True),
    ]
    if not record.decisions:
        story.append(Paragraph(markup(texts["no_decisions"]), styles.muted))
        return story
    widths = [0.16, 0.84]
    rows = [[text_cell(texts.short_date(d.made_on), widths[0]), text_cell(d.text, widths[1])] for d in record.decisions]
    story.append(long_table([texts["date"], texts["decision"]], rows, widths, styles))
    return story


def actions(record: MeetingRecord, texts: Texts, styles: Styles) -> list[Flowable]:
    """What, who, by when and status, with what changed since the meeting before when that is known."""
    title = texts["actions"]
    story: list[Flowable] = [
        room_for_table(),
        Heading(markup(title), styles.h2, outline_title=title, outline_level=1, key="actions", over_table=True),
    ]
    changes = record.changes
    if changes is not None:
        line = texts["since_last"].format(done=changes.done, stopped=changes.stopped, new=changes.new)
        story.append(Paragraph(markup(line), styles.muted))
    if not record.actions:
        story.append(Paragraph(markup(texts["no_actions"]), styles.muted))
        return story
    widths = [0.06, 0.45, 0.2, 0.14, 0.15]
    rows = []
    for number, action in enumerate(record.actions, start=1):
        status = texts[action.status.value]
        before = changes.previous_status.get(action.id) if changes is not None else None
        if before is not None and before != action.status:
            status += f" ({texts['was']} {texts[before.value].lower()})"
        rows.append(
            [
                [str(number)],
                text_cell(action.what, widths[1]),
                text_cell(action.who, widths[2]),
                text_cell(texts.short_date(action.due), widths[3]),
                text_cell(status, widths[4]),
            ]
        )
    header = [texts[key] for key in ("number", "what", "who", "due", "status")]
    story.append(long_table(header, rows, widths, styles))
    return story


def top_ideas(workshop: Workshop, texts: Texts, styles: Styles) -> list[Flowable]:
    """The few ideas with most dots in each vote whose result is shown (hidden results stay out)."""
    story: list[Flowable] = []
    for vote in sorted(workshop.votes, key=lambda v: v.created):
        if not dots_visible(vote):
            continue
        best = top_results(ranked_results(workshop, vote.id), TOP_IDEAS)
        if not best:
            continue
        if not story:
            title = texts["top_ideas"]
            story.append(Heading(markup(title), styles.h2, outline_title=title, outline_level=1, key="top-ideas"))
        if vote.title.strip():
            story.append(Paragraph(markup(vote.title), styles.h3))
        for entry in best:
            text = (
                f"{markup(entry.note.text)} "
                + f'<font color="#5b6470">({entry.dots} {markup(texts["dots"].lower())})</font>'
            )
            story.append(Paragraph(text, styles.ranked, bulletText=f"{entry.rank}."))
    if story:
        story.append(Spacer(1, 6))
    return story
