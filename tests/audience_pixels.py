"""Workshops and pixel measurements for the projector tests, shared by the in-process tests and
the two-screen child process (tests/audience_screens_scenario.py).

Everything is measured on what the audience view actually rendered (a grab of
the window), not on the colours and sizes the code meant to use.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from pathlib import Path

from PySide6.QtCore import QRect, QRectF
from PySide6.QtGui import QFont, QFontMetricsF, QImage

from app.demo import build_demo_workshop
from app.domain.contrast import contrast_ratio, relative_luminance
from app.domain.model import AgendaStep, Board, Note, Phase, Workshop
from app.domain.palette import NOTE_COLOURS
from app.storage.workshop_file import WorkshopFile

SECRET = "FACILITATOR-ONLY: Tor tends to take the floor, give Hilde room"
STEP_TITLE = "Floketre: hvorfor skjer det?"
ROOM_TEXT = "Skriv én årsak per lapp. Heng dem under stammen. Spør «hvorfor?» minst tre ganger."
COLOUR_BOARD = "Fargeprøve"
# One line of capitals: its rendered height is the font's cap height, with no ascender or descender.
CAPS = "HHHH"


def presentation_workshop() -> Workshop:
    """The demo workshop, with a two-step agenda on its floke map and a small board of every note colour."""
    workshop = build_demo_workshop()
    floke_map = workshop.boards_in(Phase.CO_INITIATION)[0]
    colours = Board(COLOUR_BOARD, Phase.CO_INITIATION, position=len(workshop.boards_in(Phase.CO_INITIATION)))
    workshop.boards.append(colours)
    for index, colour in enumerate(NOTE_COLOURS):  # three across, two down: a board the wall can show whole
        x, y = index % 3 * 200.0, index // 3 * 140.0
        workshop.notes.append(Note(colours.id, CAPS, colour.hex, x=x, y=y, z=index + 1.0))
    first = AgendaStep(
        STEP_TITLE,
        Phase.CO_INITIATION,
        duration_min=20,
        position=0,
        board_id=floke_map.id,
        room_instructions=ROOM_TEXT,
        facilitator_notes=SECRET,
    )
    second = AgendaStep(
        "Prioriter årsakene",
        Phase.CO_INITIATION,
        duration_min=10,
        position=1,
        board_id=floke_map.id,
        room_instructions="Tre prikker hver.",
        facilitator_notes=SECRET + " (step 2)",
    )
    # Instead of the demo's current meeting's agenda: two steps on one board.
    meeting = workshop.current_meeting()
    assert meeting is not None
    first, second = (dataclasses.replace(s, meeting_id=meeting.id) for s in (first, second))
    workshop.meetings = [
        dataclasses.replace(m, current_step_id=first.id) if m is meeting else m for m in workshop.meetings
    ]
    workshop.agenda = [s for s in workshop.agenda if s.meeting_id != meeting.id] + [first, second]
    # The decisions' steps went with the demo's agenda.
    workshop.decisions = [dataclasses.replace(d, step_id=None) for d in workshop.decisions]
    workshop.info = dataclasses.replace(workshop.info, current_step_id=first.id)
    return workshop


def write_presentation_workshop(path: Path) -> Path:
    WorkshopFile.create(path, presentation_workshop()).close()
    return path


def widget_rect(audience, scene_rect: QRectF) -> QRect:
    """Where a rectangle of the board lies in a grab of the whole audience window."""
    view = audience.board
    polygon = view.mapFromScene(scene_rect)
    rect = polygon.boundingRect()
    return rect.translated(view.viewport().mapTo(audience, rect.topLeft()) - rect.topLeft())


def colours_in(image: QImage, rect: QRect) -> Counter:
    counts: Counter = Counter()
    rect = rect.intersected(image.rect())
    for y in range(rect.top(), rect.bottom() + 1):
        for x in range(rect.left(), rect.right() + 1):
            colour = image.pixelColor(x, y)
            counts[(colour.red(), colour.green(), colour.blue())] += 1
    return counts


def note_contrast(image: QImage, rect: QRect) -> tuple[tuple[int, int, int], tuple[int, int, int], float]:
    """(background, text, ratio): the note's commonest pixel, its pixel of most contrast, and their ratio.

    The darkest pixel of a large glyph's stem is the text colour as drawn: at the
    sizes the wall uses, stems are several pixels wide, so it is fully covered.
    """
    inner = rect.adjusted(4, 4, -4, -4)  # not the border
    counts = colours_in(image, inner)
    background = counts.most_common(1)[0][0]
    text = max(counts, key=lambda c: contrast_ratio(c, background))
    return background, text, contrast_ratio(background, text)


def rendered_text_px(image: QImage, rect: QRect) -> float:
    """The font size (pixels) of one line of CAPS in a note, from the rows its glyphs cover."""
    inner = rect.adjusted(3, 3, -3, -3)
    background, text, _ratio = note_contrast(image, rect)
    middle = (relative_luminance(background) + relative_luminance(text)) / 2
    rows = [
        y
        for y in range(inner.top(), inner.bottom() + 1)
        if any(_darker_than(image, x, y, middle) for x in range(inner.left(), inner.right() + 1))
    ]
    if not rows:
        return 0.0
    cap_height_px = rows[-1] - rows[0] + 1
    font = QFont("DejaVu Sans")
    font.setPixelSize(100)
    return cap_height_px / (QFontMetricsF(font).capHeight() / 100)


def _darker_than(image: QImage, x: int, y: int, luminance: float) -> bool:
    colour = image.pixelColor(x, y)
    return relative_luminance((colour.red(), colour.green(), colour.blue())) < luminance


def board_id_named(document, name: str) -> str:
    return next(b.id for b in document.workshop.boards if b.name == name)
