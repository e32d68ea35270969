"""One board in the summary: its picture, its notes as text grouped by frame (with sectors), its arrows."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from reportlab.platypus import Flowable, Paragraph

from app.domain.model import Board, BoardKind, Frame, Note, StakeholderRelation, Workshop
from app.domain.sectors import normalised, sector_label
from app.summary.board_drawing import BoardDrawing
from app.summary.catalogue import Catalogue
from app.summary.chunks import collapsed, pieces
from app.summary.fonts import markup, shortened
from app.summary.styles import CONTENT_HEIGHT, Heading, Styles
from app.summary.texts import Texts

HEADING_LIMIT = 200  # characters of a board or frame name in a heading; the notes are never cut
QUOTE_LIMIT = 160  # characters of a note quoted in an arrow or a vote table; the note itself is printed whole


def board_flowables(
    workshop: Workshop, board: Board, texts: Texts, styles: Styles, catalogue: Catalogue, tick: Callable[[int], None]
) -> list[Flowable]:
    """The heading, picture and text of one board. `tick(n)` is told of every n notes done."""
    # The heading prints the name whole (once); the bookmark shortens it.
    outline = shortened(board.name, HEADING_LIMIT) or "–"
    story: list[Flowable] = [
        Heading(
            markup(board.name.strip() or "–"),
            styles.board,
            outline_title=outline,
            outline_level=2,
            key=f"board-{board.id}",
        )
    ]
    notes = workshop.notes_on(board.id)
    drawing = BoardDrawing(workshop, board, max_height=CONTENT_HEIGHT * 0.5, hyphenate=styles.hyphenate)
    if not drawing.is_empty():
        story.append(drawing)
    if board.kind is BoardKind.STAKEHOLDER_MAP:
        # Its cards are the stakeholders, printed with their grid in their own section.
        story.append(Paragraph(markup(texts["see_stakeholders"]), styles.muted))
        if not notes:
            return story
    elif not notes:
        story.append(Paragraph(markup(texts["no_notes"]), styles.muted))
        return story
    credit = _credit(workshop)

    frames = [f for f in workshop.frames if f.board_id == board.id]
    for group_title, group in _notes_by_frame(notes, frames, texts):
        story.append(Paragraph(markup(group_title), styles.h3))
        for note in group:
            story += _note_paragraphs(note, texts, styles, catalogue, credit(note), _links(workshop, note))
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


def _credit(workshop: Workshop) -> Callable[[Note], str]:
    """Who a note is credited to: its author, unless that is the facilitator.

    A note typed at the laptop used to carry the facilitator's name, who writes
    down what the room says: crediting those to the facilitator would credit
    every note to one person. Notes from phones carry their writer's name.
    """
    facilitator = " ".join(workshop.info.facilitator.split()).casefold()

    def credit(note: Note) -> str:
        author = " ".join(note.author.split())
        return "" if not author or author.casefold() == facilitator else author

    return credit


def _note_paragraphs(
    note: Note,
    texts: Texts,
    styles: Styles,
    catalogue: Catalogue,
    author: str,
    links: dict[StakeholderRelation, list[str]] | None = None,
) -> list[Paragraph]:
    """The note in print: its text (in pieces when long), its author, its sectors and its stakeholders."""
    text = collapsed(note.text)
    if not text.strip():
        bodies = [f'<font color="#5b6470">{markup(texts["empty_note"])}</font>']
    else:
        bodies = [markup(piece) for piece in pieces(text)]
    tail = ""
    if author:
        tail += f' <font color="#5b6470" size="8">— {markup(author)}</font>'
    if note.sectors:
        names = ", ".join(sector_label(key, catalogue.translate) for key in normalised(note.sectors))
        tail += f' <font color="#5b6470" size="8">[{markup(names)}]</font>'
    for relation in (StakeholderRelation.AFFECTED, StakeholderRelation.OWNS):
        if links and links.get(relation):
            names = ", ".join(shortened(name, HEADING_LIMIT) for name in links[relation])
            tail += f'<br/><font color="#5b6470" size="8">{markup(texts[relation.value])}: {markup(names)}</font>'
    bodies[-1] += tail
    last = len(bodies) - 1
    return [
        Paragraph(body, styles.note_with_bullet(note.colour, continued=index < last), bulletText="■")
        if index == 0
        else Paragraph(body, styles.note_piece if index < last else styles.note)
        for index, body in enumerate(bodies)
    ]


def _quote(note: Note, texts: Texts) -> str:
    return shortened(note.text, QUOTE_LIMIT) or texts["empty_note"]
