"""The vote results section: every vote of the boards, ranked, after the stakeholders.

The top few ideas also stand at the front for the council (app/summary/council.py);
here is the whole ranking, as the record.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from app.domain.model import PHASES, Vote, Workshop
from app.domain.voting import dots_visible, ranked_results
from app.summary.fonts import markup, shortened
from app.summary.styles import Heading, Styles
from app.summary.tables import long_table, text_cell
from app.summary.texts import Texts

QUOTE_LIMIT = 160  # characters of a note quoted in a vote table; the note itself is printed whole with its board


def vote_results(workshop: Workshop, texts: Texts, styles: Styles) -> list[Flowable]:
    """Each vote under its board's name, in the boards' order; nothing when there was no vote."""
    order = {b.id: (PHASES.index(b.phase), b.position) for b in workshop.boards}
    votes = sorted((v for v in workshop.votes if v.board_id in order), key=lambda v: (order[v.board_id], v.created))
    if not votes:
        return []
    title = texts["votes"]
    story: list[Flowable] = [Heading(markup(title), styles.h1, outline_title=title, outline_level=0, key="votes")]
    names = {b.id: b.name for b in workshop.boards}
    for vote in votes:
        story += _vote(workshop, vote, names[vote.board_id], texts, styles)
    return story


def _vote(workshop: Workshop, vote: Vote, board_name: str, texts: Texts, styles: Styles) -> list[Flowable]:
    heading = vote.title.strip() or texts["vote"]
    story: list[Flowable] = [Paragraph(markup(heading), styles.board)]
    story.append(Paragraph(markup(board_name), styles.muted))
    if vote.status.value == "open":
        story.append(Paragraph(markup(texts["vote_open"]), styles.muted))
    if not dots_visible(vote):
        story.append(Paragraph(markup(texts["not_revealed"]), styles.muted))
        return story
    ranked = ranked_results(workshop, vote.id)
    if not ranked:
        story.append(Paragraph(markup(texts["no_dots"]), styles.muted))
        return story
    widths = [0.08, 0.8, 0.12]
    rows = [
        [
            [f"{e.rank}."],
            text_cell(shortened(e.note.text, QUOTE_LIMIT) or texts["empty_note"], widths[1]),
            [str(e.dots)],
        ]
        for e in ranked
    ]
    header = [texts[key] for key in ("rank", "note", "dots")]
    story.append(long_table(header, rows, widths, styles))
    return story
