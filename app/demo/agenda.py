"""The demo's agenda and decision log."""

from __future__ import annotations

import dataclasses

from app.demo.content import DESIGN, IMPL, INIT
from app.domain.model import (
    AgendaStep,
    Decision,
    Phase,
    Workshop,
)

# The day's agenda, each step on its board (None: a step without one). The room's text is
# what goes on the wall; the notes are the facilitator's own.
# fmt: off
AGENDA: tuple[tuple[str, Phase, int, str | None, str, str], ...] = (
    ("Velkommen og runde", INIT, 15, None,
     "Si navnet ditt, hvor du kommer fra, og én ting du ønsker deg når du blir gammel.",
     "Ordføreren åpner (2 min). Hold runden kort: 30 sekunder hver."),
    ("Flokekart", INIT, 45, "Flokekart: bo hjemme lengst mulig",
     "Skriv årsaker på oransje lapper og følger på rosa. Spør «hvorfor?» igjen og igjen.",
     "Grupper på 4–6 med folk fra ulike sektorer. Pass på at brukerstemmen kommer fram."),
    ("Brennende plattform", INIT, 20, "Brennende plattform",
     "Hvorfor må vi handle nå? Hva skjer hvis vi ikke gjør noe?",
     "Ha tallene fra SSB klare: andel over 80 år i 2030."),
    ("Aktørkart", INIT, 30, "Aktørkart",
     "Hvem berøres, og hvem kan bidra? Plasser aktørene etter makt og interesse.",
     "Spør etter dem som ikke er i rommet: pårørende, ungdom, næringsliv."),
    ("Pause", INIT, 15, None, "Kaffe og frukt. Vi starter igjen om et kvarter.", ""),
    ("Idéverksted", DESIGN, 45, "Idéer: trygg hverdag hjemme",
     "Skriv idéer alene i 5 minutter, del i gruppa, og sett så tre prikker hver på de beste.",
     "Idémyldring uten kritikk først. Skjult stemming, vis resultatet samlet."),
    ("Nytt, nyttig, nyttiggjort", DESIGN, 30, "Nytt, nyttig, nyttiggjort",
     "Vurder de tre beste idéene: er den ny for oss, er den nyttig, og kan den tas i bruk?",
     "Ikke la vurderingen bli en ny idémyldring."),
    ("Lunsj", DESIGN, 30, None, "Lunsj i kantina.", "Bestilt til 24 personer."),
    ("Tiltaksplan", IMPL, 40, "Tiltaksplan",
     "Hva gjør vi, hvem gjør det, og når? Hvert tiltak trenger en eier.",
     "Ingen tiltak uten navn og dato. Avklar hva som må til kommunestyret."),
    ("Pilot: test, lær, juster", IMPL, 25, "Pilot: test, lær, juster",
     "Hva tester vi først, og hvordan vet vi om det virker?",
     "Koble målene til tiltakene. Avtal oppfølgingsmøte før folk går."),
    ("Oppsummering", IMPL, 15, None,
     "Hva tar du med deg herfra? Én setning hver.",
     "Takk alle. Send oppsummering (PDF) innen fredag."),
)
# fmt: on


def add_agenda(workshop: Workshop) -> None:
    """The day's agenda, each step on its board; the first step is current."""
    boards = {board.name: board.id for board in workshop.boards}
    for position, (title, phase, minutes, board, room, notes) in enumerate(AGENDA):
        workshop.agenda.append(
            AgendaStep(
                title,
                phase,
                duration_min=minutes,
                position=position,
                board_id=boards[board] if board else None,
                room_instructions=room,
                facilitator_notes=notes,
            )
        )
    workshop.info = dataclasses.replace(workshop.info, current_step_id=workshop.agenda[0].id)


# What the room agreed on, for the decision log and the summary the council reads.
DECISIONS = (
    ("Hverdagsrehabilitering etter sykehusopphold prøves ut i Sørdalen fra høsten 2026.", "Tiltaksplan"),
    ("Kommunedirektøren legger fram sak om besøksvenner for kommunestyret i juni.", "Tiltaksplan"),
    ("Piloten med digitalt tilsyn evalueres med brukerne før den utvides.", "Pilot: test, lær, juster"),
)


def add_decisions(workshop: Workshop) -> None:
    """The decision log of the day, each decision on its board and step."""
    boards = {board.name: board.id for board in workshop.boards}
    steps = {step.board_id: step.id for step in workshop.agenda if step.board_id}
    for position, (text, board) in enumerate(DECISIONS):
        board_id = boards[board]
        workshop.decisions.append(
            Decision(text, made_on="2026-03-18", position=position, board_id=board_id, step_id=steps.get(board_id))
        )
