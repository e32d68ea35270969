"""The workshop the phone tests share: plain data, no Qt (the rule tests import it too)."""

from __future__ import annotations

from app.domain.model import (
    AgendaStep,
    Board,
    BoardKind,
    Frame,
    Note,
    Participant,
    Phase,
    Workshop,
    WorkshopInfo,
)

SECRET = "FASILITATOR-HEMMELIG-7431"  # the facilitator's notes: never in any response
INSTRUCTIONS = "Skriv én idé per lapp."


def room_workshop() -> Workshop:
    """An idea board with a frame holding two notes, a note outside it, and a current step."""
    info = WorkshopInfo(title="Bo hjemme", language="nb", current_step_id="st-ideas")
    board = Board("Idear", Phase.CO_DESIGN, BoardKind.IDEA_BOARD, id="b-ideas")
    frame = Frame("b-ideas", title="Nytt", x=0, y=0, width=900, height=500, id="f-new")
    notes = [
        Note("b-ideas", text="Lys på skolevegen", x=20, y=44, z=1, frame_id="f-new", id="n-light"),
        Note("b-ideas", text="Gangfelt", x=220, y=44, z=2, frame_id="f-new", id="n-walk"),
        Note("b-ideas", text="Utanfor ramma", x=1200, y=0, z=3, id="n-outside"),
    ]
    step = AgendaStep(
        "Idémyldring",
        Phase.CO_DESIGN,
        board_id="b-ideas",
        room_instructions=INSTRUCTIONS,
        facilitator_notes=SECRET,
        id="st-ideas",
    )
    return Workshop(
        info=info,
        participants=[Participant("Ada Lovelace", id="p-ada")],
        boards=[board],
        frames=[frame],
        notes=notes,
        agenda=[step],
    )
