"""One board in the summary: its picture, its notes as text grouped by frame, its arrows, its votes."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from reportlab.platypus import Flowable, Paragraph

from app.domain.model import Board, Frame, Note, StakeholderRelation, Vote, Workshop
from app.domain.voting import dots_visible, ranked_results
from app.summary.board_drawing import BoardDrawing
from app.summary.fonts import markup, shortened
from app.summary.styles import CONTENT_HEIGHT, Heading, Styles
from app.summary.tables import long_table, text_cell
from app.summary.texts import Texts

HEADING_LIMIT = 200  # characters of a board or frame name in a heading; the notes are never cut
QUOTE_LIMIT = 160  # characters of a note quoted in an arrow or a vote table; the note itself is printed whole


def board_flowables(
    workshop: Workshop, board: Board, texts: Texts, styles: Styles, tick: Callable[[int], None]
) -> list[Flowable]:
    """The heading, picture and text of one board. `tick(n)` is told of every n notes done."""
    title = shortened(board.name, HEADING_LIMIT) or "–"
    story: list[Flowable] = [
        Heading(markup(title), styles.h2, outline_title=title, outline_level=1, key=f"board-{board.id}")
    ]
    notes = workshop.notes_on(board.id)
    drawing = BoardDrawing(workshop, board, max_height=CONTENT_HEIGHT * 0.62)
    if not drawing.is_empty():
        story.append(drawing)
    if not notes:
        story.append(Paragraph(markup(texts["no_notes"]), styles.muted))
        return story

    frames = [f for f in workshop.frames if f.board_id == board.id]
    for group_title, group in _notes_by_frame(notes, frames, texts):
        story.append(Paragraph(markup(shortened(group_title, HEADING_LIMIT)), styles.h3))
        for note in group:
            story.append(_note_paragraph(note, texts, styles, _links(workshop, note)))
        tick(len(group))

    by_id = {note.id: note for note in notes}
    arrows = [c for c in workshop.connectors if c.board_id == board.id and c.from_note in by_id and c.to_note in by_id]
    if arrows:
        story.append(Paragraph(markup(texts["connections"]), styles.h3))
        for connector in arrows:
            start = markup(_quote(by_id[connector.from_note], texts))
            end = markup(_quote(by_id[connector.to_note], texts))
            kind = markup(texts[connector.kind.value])
            label = f' <font color="#5b6470">({markup(connector.label)})</font>' if connector.label else ""
            text = f'{start} <font color="#5b6470">→ {kind} →</font> {end}{label}'
            story.append(Paragraph(text, styles.connection, bulletText="•"))

    for vote in sorted((v for v in workshop.votes if v.board_id == board.id), key=lambda v: v.created):
        story += _vote_flowables(workshop, vote, texts, styles)
    return story


def _notes_by_frame(notes: list[Note], frames: list[Frame], texts: Texts) -> Iterator[tuple[str, list[Note]]]:
    """(group title, notes) for each frame that holds notes, outer frames before inner, in reading order."""
    frame_ids = {f.id for f in frames}
    children: dict[str | None, list[Frame]] = {}
    for frame in frames:
        parent = frame.parent_id if frame.parent_id in frame_ids else None
        children.setdefault(parent, []).append(frame)
    members: dict[str | None, list[Note]] = {}
    for note in notes:
        members.setdefault(note.frame_id if note.frame_id in frame_ids else None, []).append(note)

    def walk(parent: str | None, path: list[str], seen: set[str]) -> Iterator[tuple[str, list[Note]]]:
        for frame in sorted(children.get(parent, []), key=lambda f: (f.y, f.x, f.id)):
            if frame.id in seen:  # a parent cycle in a damaged file: print each frame once
                continue
            seen.add(frame.id)
            title = frame.title.strip() or "–"
            trail = [*path, " ".join(title.split())]
            if members.get(frame.id):
                yield " › ".join(trail), _reading_order(members[frame.id])
            yield from walk(frame.id, trail, seen)

    yield from walk(None, [], set())
    if members.get(None):
        yield texts["outside_frames"], _reading_order(members[None])


def _reading_order(notes: list[Note]) -> list[Note]:
    return sorted(notes, key=lambda n: (round(n.y / 40), n.x, n.y, n.id))


def _links(workshop: Workshop, note: Note) -> dict[StakeholderRelation, list[str]]:
    """The names of the stakeholders linked to a note, by how they stand to it."""
    names = {s.id: s.name for s in workshop.stakeholders}
    links: dict[StakeholderRelation, list[str]] = {}
    for link in workshop.note_stakeholders:
        if link.note_id == note.id and link.stakeholder_id in names:
            links.setdefault(link.relation, []).append(names[link.stakeholder_id])
    return links


def _note_paragraph(
    note: Note, texts: Texts, styles: Styles, links: dict[StakeholderRelation, list[str]] | None = None
) -> Paragraph:
    body = markup(note.text) if note.text.strip() else f'<font color="#5b6470">{markup(texts["empty_note"])}</font>'
    if note.author:
        body += f' <font color="#5b6470" size="8">— {markup(note.author)}</font>'
    for relation in (StakeholderRelation.AFFECTED, StakeholderRelation.OWNS):
        if links and links.get(relation):
            names = ", ".join(shortened(name, HEADING_LIMIT) for name in links[relation])
            body += f'<br/><font color="#5b6470" size="8">{markup(texts[relation.value])}: {markup(names)}</font>'
    return Paragraph(body, styles.note_with_bullet(note.colour), bulletText="■")


def _quote(note: Note, texts: Texts) -> str:
    return shortened(note.text, QUOTE_LIMIT) or texts["empty_note"]


def _vote_flowables(workshop: Workshop, vote: Vote, texts: Texts, styles: Styles) -> list[Flowable]:
    heading = texts["vote"] + (": " + shortened(vote.title, HEADING_LIMIT) if vote.title.strip() else "")
    story: list[Flowable] = [Paragraph(markup(heading), styles.h3)]
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
    rows = [[[f"{e.rank}."], text_cell(_quote(e.note, texts), widths[1]), [str(e.dots)]] for e in ranked]
    header = [texts[key] for key in ("rank", "note", "dots")]
    story.append(long_table(header, rows, widths, styles))
    return story
