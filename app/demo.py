"""The built-in demo workshop: a finished example to explore, show and print.

A facilitator who opens Samskap for the first time, or who wants to show the
council what a co-creation workshop produces, loads this demo instead of an
empty file. It follows one floke from KS's list, "Eldre skal kunne bo hjemme
lengst mulig", through Eva Sørensen's three phases in an invented rural
municipality, Fjellvik kommune, written in Bokmål as an innovation adviser
would write it on the wall. Every board, frame, connector, vote, stakeholder
and action is filled in, so the demo also exercises every part of the model
(and, through one participant's name, the Northern Sámi letters).

Everything is built fresh on each call, with new ids; only the text and the
layout are fixed. Notes sit on a grid with 20-unit gaps and never overlap;
each framed note lies inside its frame.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Sequence

from app.domain.floke_layout import LEVEL_GAP, NOTE_GAP
from app.domain.model import (
    NOTE_HEIGHT,
    NOTE_WIDTH,
    Action,
    ActionStatus,
    AgendaStep,
    Board,
    BoardKind,
    Connector,
    ConnectorKind,
    Decision,
    Frame,
    Note,
    NoteStakeholder,
    Participant,
    Phase,
    Stakeholder,
    StakeholderCategory,
    StakeholderRelation,
    Vote,
    VoteDot,
    VoteStatus,
    Workshop,
    WorkshopInfo,
)
from app.domain.palette import NOTE_COLOURS

_HEX = {colour.key: colour.hex for colour in NOTE_COLOURS}
YELLOW, ORANGE, SKY, GREEN, PINK, WHITE = (
    _HEX[key] for key in ("yellow", "orange", "sky blue", "green", "pink", "white")
)
# Pale frame fills: blue-grey, sand, mint, rose, grey.
BLUE_FILL, SAND_FILL, MINT_FILL, ROSE_FILL, GREY_FILL = "#eef3f8", "#f6f0e6", "#eef6ee", "#f8eef3", "#f3f3f3"

GAP = 20.0  # between notes
PAD = 20.0  # frame edge to notes
TITLE = 40.0  # band at the top of a frame for its title
SPACE = 40.0  # between frames
TREE_COL_GAP = NOTE_GAP  # between notes of one level of the floke tree
CREATED = "2026-03-18T08:30:00.000+00:00"

INIT, DESIGN, IMPL = Phase.CO_INITIATION, Phase.CO_DESIGN, Phase.CO_IMPLEMENTATION
C = StakeholderCategory

Item = tuple[str, str]  # note text, author key
Point = tuple[float, float]  # x, y

# The tables keep one note, actor or action to a line; the formatter would split them up.
# fmt: off
FACILITATOR = ("ingrid", "Ingrid Solberg")
# key, name, organisation, role, email
PEOPLE: tuple[tuple[str, str, str, str, str], ...] = (
    ("per", "Per Arne Haugen", "Fjellvik kommune", "Ordfører", "per.arne.haugen@example.no"),
    ("hilde", "Hilde Bakken", "Fjellvik kommune", "Kommunalsjef helse og omsorg", "hilde.bakken@example.no"),
    ("tor", "Tor Einar Moen", "Hjemmetjenesten", "Avdelingsleder", "tor.einar.moen@example.no"),
    ("siri", "Siri Dahl", "NAV Fjellvik", "Veileder", "siri.dahl@example.no"),
    ("eva", "Eva Strand", "Fjellvik frivilligsentral", "Daglig leder", "eva.strand@example.no"),
    ("maret", "Máret Ánne Sárá", "Eldrerådet", "Leder", ""),
    ("jon", "Jon Olav Rønning", "Joker Fjellvik", "Kjøpmann", "jon.olav.ronning@example.no"),
    ("kari", "Kari Nordmann", "", "Pårørende (datter)", "kari.nordmann@example.no"),
    ("arnfinn", "Arnfinn Vik", "", "Bruker av hjemmetjenesten, 86 år", ""),
)

# -- Co-initiation -------------------------------------------------------------

PROBLEM = "Eldre i Fjellvik må flytte fra hjemmet før de selv ønsker det"
PROBLEM_SECTORS = ("health-care", "housing")
# The floke tree, laid out as the tidy-up command would lay it: each level a row,
# LEVEL_GAP apart so the arrows between them have room for their labels.
# key, text, author key, sector tags, column, row (row 0 is nearest the trunk)
FlokeItem = tuple[str, str, str, tuple[str, ...], int, int]
CAUSES: tuple[FlokeItem, ...] = (
    ("sykepleiere", "Vi får ikke tak i sykepleiere", "tor", ("health-care",), 0, 0),
    ("pleie", "Tjenestene er bygd for pleie, ikke for mestring", "hilde", ("health-care",), 1, 0),
    ("hus", "Gamle hus med trapp og bad i andre etasje", "kari", ("housing",), 2, 0),
    ("grendehus", "Grendehuset er stengt, og bussen går sjelden", "maret", ("culture", "transport"), 3, 0),
    ("helsefag", "Få unge tar helsefag, og de flytter ut", "siri", ("schools",), 0, 1),
    ("mobil", "Dårlig mobildekning i Sørdalen", "tor", ("technical",), 1, 1),
    ("ordninger", "Pårørende kjenner ikke ordningene", "siri", ("nav",), 2, 1),
    ("frivillige", "Få frivillige under 70 år", "eva", ("volunteers",), 3, 1),
)
EFFECTS: tuple[FlokeItem, ...] = (
    ("venteliste", "Venteliste til sykehjemmet", "hilde", ("health-care",), 0, 0),
    ("fall", "Flere fall og innleggelser", "tor", ("health-care",), 1, 0),
    ("ensomhet", "Ensomhet og mindre aktivitet", "maret", ("culture",), 2, 0),
    ("sykmeldt", "Pårørende går ned i stilling eller blir sykmeldt", "siri", ("nav", "business"), 3, 0),
    ("budsjett", "Sykehjem er dyrest, budsjettet sprekker", "per", ("finance",), 0, 1),
    ("butikk", "Butikken mister kunder", "jon", ("business",), 1, 1),
    ("ildsjeler", "Lagene mister ildsjeler", "eva", ("volunteers",), 2, 1),
    ("foreldre", "Slitne foreldre som også er pårørende", "kari", ("schools",), 3, 1),
)
# Arrows beyond cause -> problem -> effect: the "why? why?" of the roots, the second-order
# effects, and one of each other kind. from key, to key, kind, label
FLOKE_LINKS: tuple[tuple[str, str, ConnectorKind, str], ...] = (
    ("helsefag", "sykepleiere", ConnectorKind.CAUSES, ""),
    ("mobil", "pleie", ConnectorKind.BLOCKS, "stopper digitalt tilsyn"),
    ("ordninger", "hus", ConnectorKind.CAUSES, "ingen søker tilpasning"),
    ("frivillige", "grendehus", ConnectorKind.CAUSES, "ingen driver huset"),
    ("venteliste", "fall", ConnectorKind.RELATED, ""),
    ("venteliste", "budsjett", ConnectorKind.LEADS_TO, ""),
    ("ensomhet", "butikk", ConnectorKind.LEADS_TO, "færre handler selv"),
    ("sykmeldt", "foreldre", ConnectorKind.LEADS_TO, ""),
    ("sykmeldt", "ildsjeler", ConnectorKind.LEADS_TO, ""),
)
# Who is affected by, or owns, a part of the floke: note key, actor name, relation.
FLOKE_STAKEHOLDERS: tuple[tuple[str, str, StakeholderRelation], ...] = (
    ("problem", "Brukere av hjemmetjenesten", StakeholderRelation.AFFECTED),
    ("problem", "Eldrerådet", StakeholderRelation.AFFECTED),
    ("problem", "Kommunalsjef helse og omsorg", StakeholderRelation.OWNS),
    ("sykepleiere", "Hjemmetjenesten", StakeholderRelation.AFFECTED),
    ("sykepleiere", "Kommunalsjef helse og omsorg", StakeholderRelation.OWNS),
    ("mobil", "Teknisk drift og bolig", StakeholderRelation.OWNS),
    ("ordninger", "NAV Fjellvik", StakeholderRelation.OWNS),
    ("ordninger", "Pårørende", StakeholderRelation.AFFECTED),
    ("frivillige", "Frivilligsentralen", StakeholderRelation.OWNS),
    ("sykmeldt", "Pårørende", StakeholderRelation.AFFECTED),
    ("butikk", "Joker Fjellvik", StakeholderRelation.AFFECTED),
)
WHY_NOW: tuple[Item, ...] = (
    ("Antall over 80 år dobles fram mot 2040", "hilde"),
    ("Seks står på venteliste til sykehjemmet", "tor"),
    ("Hver tredje helgevakt er ubesatt", "tor"),
    ("Helse og omsorg må spare 4 mill. i 2027", "per"),
    ("Sykehjemmet trenger ny fløy: 90 mill.", "per"),
    ("Innbyggerne sier: vi vil bo hjemme!", "maret"),
)
IF_NOTHING: tuple[Item, ...] = (
    ("Vi bygger sykehjem vi ikke har råd til", "per"),
    ("Mer innleie fra vikarbyrå", "hilde"),
    ("Pårørende slites ut og blir sykmeldt", "siri"),
    ("Flere eldre blir ensomme", "eva"),
    ("Unge familier velger andre kommuner", "kari"),
    ("Ansatte slutter fordi de aldri strekker til", "tor"),
)
STATEMENT = "Hvordan kan vi sammen gjøre det trygt å bo hjemme i Fjellvik, også når helsa svikter?"

# category, name, organisation, participant key, power, interest,
# reasons for effectiveness, democracy, innovation ("" = criterion not met), phases
ACTORS: tuple[tuple[StakeholderCategory, str, str, str, float, float, str, str, str, tuple[Phase, ...]], ...] = (
    (C.POLITICIANS, "Ordføreren", "Fjellvik kommune", "per", 0.9, 0.7,
     "Kan sette av penger i budsjettet", "Folkevalgt, skal forankre prioriteringene",
     "Kan gjøre floken til en politisk sak", (INIT, IMPL)),
    (C.ADMINISTRATORS, "Kommunalsjef helse og omsorg", "Fjellvik kommune", "hilde", 0.8, 0.9,
     "Ansvar for tjenestene og budsjettet", "", "Vil prøve nye arbeidsformer", (INIT, DESIGN, IMPL)),
    (C.ADMINISTRATORS, "Teknisk drift og bolig", "Fjellvik kommune", "", 0.5, 0.3,
     "Boligtilpasning, veg og mobildekning", "", "", (DESIGN, IMPL)),
    (C.PROFESSIONALS, "Hjemmetjenesten", "Fjellvik kommune", "tor", 0.5, 0.9,
     "Er hjemme hos brukerne hver dag", "", "Ser hva som skaper trygghet i praksis", (INIT, DESIGN, IMPL)),
    (C.PROFESSIONALS, "NAV Fjellvik", "NAV", "siri", 0.4, 0.5,
     "Kjenner ordningene for pårørende", "", "", (INIT, IMPL)),
    (C.EXPERTS, "Senter for omsorgsforskning", "", "", 0.1, 0.6,
     "Kunnskap om velferdsteknologi", "", "Kan hjelpe oss å teste og måle", (DESIGN, IMPL)),
    (C.ASSOCIATIONS, "Frivilligsentralen", "Fjellvik frivilligsentral", "eva", 0.3, 0.8,
     "Frivillige i alle grender", "Stemmen til frivilligheten", "Prøver nye tilbud uten byråkrati",
     (INIT, DESIGN, IMPL)),
    (C.BUSINESSES, "Joker Fjellvik", "Joker Fjellvik", "jon", 0.2, 0.5,
     "Kjører varer hjem allerede", "", "Kan kombinere varelevering og tilsyn", (DESIGN, IMPL)),
    (C.CITIZENS, "Eldrerådet", "Fjellvik kommune", "maret", 0.4, 0.9,
     "", "Lovpålagt råd, skal høres i saker om eldre", "Vet hva eldre selv ønsker", (INIT, DESIGN)),
    (C.CITIZENS, "Pårørende", "", "kari", 0.2, 0.9,
     "Gir mye av omsorgen i dag", "Berøres direkte", "", (INIT, DESIGN, IMPL)),
    (C.USERS, "Brukere av hjemmetjenesten", "", "arnfinn", 0.1, 1.0,
     "", "Det er deres hverdag det gjelder", "Eksperter på eget liv", (INIT, DESIGN, IMPL)),
)

# -- Co-design -----------------------------------------------------------------

IdeaItem = tuple[str, str, str]  # key, text, author key
CLUSTERS: tuple[tuple[str, str, str, tuple[IdeaItem, ...]], ...] = (  # title, note colour, fill, ideas
    ("Teknologi som trygger", SKY, BLUE_FILL, (
        ("tilsyn", "Digitalt tilsyn om natta i stedet for besøk", "tor"),
        ("medisin", "Medisindispenser som varsler hjemmetjenesten", "hilde"),
        ("utlan", "Utlån av velferdsteknologi: prøv før du bestemmer deg", "jon"),
    )),
    ("Mestre hverdagen selv", GREEN, MINT_FILL, (
        ("rehab", "Hverdagsrehab etter sykehusopphold", "hilde"),
        ("hjemmebesok", "Hjemmebesøk til alle som fyller 78", "maret"),
        ("bad", "Hjelp til å søke Husbanken om bad og trappeheis", "kari"),
    )),
    ("Fellesskap", PINK, ROSE_FILL, (
        ("besoksvenn", "Frivillig besøksvenn, fast dag hver uke", "eva"),
        ("nabohjelp", "Nabohjelp: snømåking og ved", "arnfinn"),
        ("kafe", "Kafé på helsetunet tre dager i uka", "maret"),
        ("nettbrett", "Ungdomsskolen lærer eldre å bruke nettbrett", "kari"),
    )),
    ("Komme seg ut", ORANGE, SAND_FILL, (
        ("transport", "Bestillingsbuss til butikk og kafé", "arnfinn"),
        ("varer", "Joker kjører varer hjem og tar en kaffe", "jon"),
    )),
)
LOOSE_IDEAS: tuple[IdeaItem, ...] = (
    ("kontakt", "Pårørendekontakt: én å ringe i kommunen", "kari"),
    ("infokveld", "Infokveld om støtte til pårørende", "siri"),
)
DOTS: dict[str, tuple[str, str, str]] = {  # participant key: the three ideas they chose
    "per": ("rehab", "tilsyn", "kafe"),
    "hilde": ("rehab", "tilsyn", "medisin"),
    "tor": ("tilsyn", "rehab", "besoksvenn"),
    "siri": ("kontakt", "rehab", "besoksvenn"),
    "eva": ("besoksvenn", "kafe", "rehab"),
    "maret": ("hjemmebesok", "besoksvenn", "rehab"),
    "jon": ("varer", "tilsyn", "utlan"),
    "kari": ("kontakt", "rehab", "tilsyn"),
    "arnfinn": ("transport", "besoksvenn", "tilsyn"),
}
# idea key, nytt, nyttig, nyttiggjort
ASSESSMENT: tuple[tuple[str, str, str, str], ...] = (
    ("rehab", "Nytt for oss, brukt mange steder: beste praksis",
     "Flere klarer seg selv igjen; færre vedtak", "Tverrfaglig team fra høsten. Inn i budsjett 2027"),
    ("tilsyn", "Nytt her. Krever mobildekning og nye rutiner",
     "Brukeren sover i fred; færre nattkjøringer", "Pilot med 10 brukere i Øvre Vik først"),
    ("besoksvenn", "Kjent idé, ny kobling til hjemmetjenesten: neste praksis",
     "Mindre ensomhet; pårørende får avlastning", "Frivilligsentralen rekrutterer, hjemmetjenesten formidler"),
)

# -- Co-implementation ---------------------------------------------------------

STATUS_TITLES: tuple[tuple[ActionStatus, str, str], ...] = (  # status, frame title, fill
    (ActionStatus.PLANNED, "Planlagt", BLUE_FILL),
    (ActionStatus.IN_PROGRESS, "I gang", BLUE_FILL),
    (ActionStatus.DONE, "Ferdig", MINT_FILL),
    (ActionStatus.STOPPED, "Stoppet", GREY_FILL),
)
ACTIONS: tuple[tuple[str, str, str, ActionStatus], ...] = (  # what, who (key or unit), due, status
    ("Sende oppsummering til deltakerne", "ingrid", "2026-03-25", ActionStatus.DONE),
    ("Kartlegge mobildekning i Sørdalen", "Teknisk drift", "2026-04-30", ActionStatus.DONE),
    ("Sak om hverdagsrehab til kommunestyret", "hilde", "2026-06-18", ActionStatus.IN_PROGRESS),
    ("Pilot: digitalt tilsyn hos 10 brukere", "tor", "2026-09-30", ActionStatus.IN_PROGRESS),
    ("Rekruttere 15 besøksvenner", "eva", "2026-08-31", ActionStatus.PLANNED),
    ("Infokveld om støtte til pårørende", "siri", "2026-05-20", ActionStatus.PLANNED),
    ("Egen app for besøksvenner (vi bruker SMS)", "eva", "2026-05-01", ActionStatus.STOPPED),
)
ANCHORING: tuple[Item, ...] = (
    ("Budsjett 2027: hverdagsrehab og tilsyn", "per"),
    ("Helse- og omsorgsplanen rulleres høsten 2026", "hilde"),
    ("Samarbeidsavtale med frivilligsentralen", "eva"),
)
# Test, learn, adjust: clockwise round a square, wide apart so the arrows show.
LOOP: tuple[tuple[str, str, str, Point], ...] = (  # text, colour, author, position
    ("Test: digitalt tilsyn hos 10 brukere i 8 uker", YELLOW, "tor", (0, 0)),
    ("Mål: nattbesøk, fall, søvn og trygghet", SKY, "hilde", (320, 0)),
    ("Lær: samtale med brukere, pårørende og nattevakt", GREEN, "kari", (320, 240)),
    ("Juster: rutiner, utstyr og hvem som får tilbudet", ORANGE, "tor", (0, 240)),
)
MEASURES: tuple[Item, ...] = (
    ("Antall nattbesøk per uke", "hilde"),
    ("Uønskede hendelser og fall", "tor"),
    ("Brukeren: «Føler du deg trygg?»", "arnfinn"),
)
DECISION = "Oktober: videre til drift, justere eller stoppe? Sak til helse- og omsorgsutvalget."
# fmt: on


def tree_frame_size(cols: int, rows: int) -> tuple[float, float]:
    """The size of a floke tree frame: levels further apart, so arrows and their labels have room.

    Kept as compact as that allows: a 1920x1080 projector must show one such frame with
    legible text (tests/audience_screens_scenario.py).
    """
    width = 2 * PAD + cols * NOTE_WIDTH + (cols - 1) * TREE_COL_GAP
    return width, PAD + rows * NOTE_HEIGHT + (rows - 1) * LEVEL_GAP + PAD


def frame_size(cols: int, rows: int, note_width: float = NOTE_WIDTH) -> tuple[float, float]:
    """The width and height of a frame that holds `rows` by `cols` notes."""
    width = 2 * PAD + cols * note_width + (cols - 1) * GAP
    return width, TITLE + rows * NOTE_HEIGHT + (rows - 1) * GAP + PAD


class _Builder:
    """Adds boards and their contents to a workshop, one board at a time.

    After `start()`, every note, frame and connector goes on that board, and
    each note lies above the one made before it.
    """

    def __init__(self, workshop: Workshop, names: dict[str, str]) -> None:
        self.workshop = workshop
        self.names = names  # author key to name
        self.board = Board(name="", phase=INIT)  # a stand-in until start() makes the first board
        self._z = 0.0

    def start(self, name: str, phase: Phase, kind: BoardKind = BoardKind.FREE) -> None:
        self.board = Board(name=name, phase=phase, kind=kind, position=len(self.workshop.boards_in(phase)))
        self.workshop.boards.append(self.board)
        self._z = 0.0

    def note(
        self,
        item: Item,
        colour: str,
        at: Point,
        frame: Frame | None = None,
        width: float = NOTE_WIDTH,
        sectors: Sequence[str] = (),
    ) -> Note:
        text, author = item
        x, y = map(float, at)  # the tables may give whole numbers
        self._z += 1.0
        note = Note(
            board_id=self.board.id,
            text=text,
            colour=colour,
            x=x,
            y=y,
            width=width,
            z=self._z,
            author=self.names.get(author, author),
            frame_id=frame.id if frame else None,
            created=CREATED,
            modified=CREATED,
            sectors=list(sectors),
        )
        self.workshop.notes.append(note)
        return note

    def framed(
        self,
        title: str,
        fill: str,
        at: Point,
        cols: int,
        items: Sequence[Item],
        colour: str,
        rows: int = 0,
        width: float = NOTE_WIDTH,
        sectors: Sequence[str] = (),
    ) -> list[Note]:
        """A frame with a grid of notes in it, filled by rows; at least `rows` high."""
        x, y = map(float, at)
        rows = max(rows, -(-len(items) // cols))
        frame_width, frame_height = frame_size(cols, rows, width)
        depth = sum(1 for f in self.workshop.frames if f.board_id == self.board.id)
        frame = Frame(self.board.id, title, x, y, frame_width, frame_height, z=-1000.0 + depth, colour=fill)
        self.workshop.frames.append(frame)
        x, y = x + PAD, y + TITLE
        return [
            self.note(
                item, colour, (x + i % cols * (width + GAP), y + i // cols * (NOTE_HEIGHT + GAP)), frame, width, sectors
            )
            for i, item in enumerate(items)
        ]

    def connect(self, start: Note, end: Note, kind: ConnectorKind, label: str = "") -> None:
        self.workshop.connectors.append(Connector(self.board.id, start.id, end.id, label=label, kind=kind))

    def tree_frame(
        self, title: str, fill: str, at: Point, cols: int, items: Sequence[FlokeItem], colour: str, *, upward: bool
    ) -> dict[str, Note]:
        """A frame holding levels of a floke tree, row 0 nearest the trunk (at the bottom when `upward`)."""
        x, y = map(float, at)
        rows = 1 + max(row for *_, row in items)
        frame_width, frame_height = tree_frame_size(cols, rows)
        depth = sum(1 for f in self.workshop.frames if f.board_id == self.board.id)
        frame = Frame(self.board.id, title, x, y, frame_width, frame_height, z=-1000.0 + depth, colour=fill)
        self.workshop.frames.append(frame)
        notes = {}
        for key, text, author, sectors, col, row in items:
            line = rows - 1 - row if upward else row
            spot = (x + PAD + col * (NOTE_WIDTH + TREE_COL_GAP), y + PAD + line * (NOTE_HEIGHT + LEVEL_GAP))
            notes[key] = self.note((text, author), colour, spot, frame, sectors=sectors)
        return notes


def build_demo_workshop() -> Workshop:
    """The demo workshop of Fjellvik kommune, built fresh with new ids."""
    people = {key: Participant(name, organisation, role, email) for key, name, organisation, role, email in PEOPLE}
    info = WorkshopInfo(
        title="Bo hjemme lengst mulig",
        municipality="Fjellvik kommune",
        date="2026-03-18",
        facilitator=FACILITATOR[1],
        language="nb",
        created=CREATED,
        start_time="09:00",
    )
    workshop = Workshop(info=info, participants=list(people.values()))
    build = _Builder(workshop, {FACILITATOR[0]: FACILITATOR[1]} | {key: p.name for key, p in people.items()})
    _co_initiation(build, people)
    _co_design(build, people)
    _co_implementation(build)
    _agenda(workshop)
    _decisions(workshop)
    return workshop


def _co_initiation(build: _Builder, people: dict[str, Participant]) -> None:
    # Floke tree: effects (branches) above, the problem (trunk) in the middle, causes (roots) below.
    build.start("Flokekart: bo hjemme lengst mulig", INIT, BoardKind.FLOKE_MAP)
    wide, tall = tree_frame_size(4, 2)
    trunk = 2 * NOTE_WIDTH + GAP
    floke: dict[str, Note] = {}
    floke |= build.tree_frame("Greiner: hva fører det til?", SAND_FILL, (0, 0), 4, EFFECTS, PINK, upward=True)
    at = ((wide - frame_size(1, 1, trunk)[0]) / 2, tall + SPACE)
    [problem] = build.framed(
        "Stammen: floken", ROSE_FILL, at, 1, [(PROBLEM, "ingrid")], YELLOW, width=trunk, sectors=PROBLEM_SECTORS
    )
    floke["problem"] = problem
    at = (0, at[1] + frame_size(1, 1)[1] + SPACE)
    floke |= build.tree_frame("Røtter: hvorfor skjer det?", MINT_FILL, at, 4, CAUSES, ORANGE, upward=False)
    for key, *_, row in CAUSES:
        if row == 0:
            build.connect(floke[key], problem, ConnectorKind.CAUSES)
    for key, *_, row in EFFECTS:
        if row == 0:
            build.connect(problem, floke[key], ConnectorKind.LEADS_TO)
    for start, end, kind, label in FLOKE_LINKS:
        build.connect(floke[start], floke[end], kind, label)

    build.start("Brennende plattform", INIT)
    column, tall = frame_size(2, 3)
    build.framed("Hvorfor nå?", SAND_FILL, (0, 0), 2, WHY_NOW, ORANGE)
    build.framed("Hva skjer hvis vi ikke gjør noe?", ROSE_FILL, (column + SPACE, 0), 2, IF_NOTHING, PINK)
    banner = 2 * column + SPACE - 2 * PAD  # one wide note under both frames
    statement = [(STATEMENT, "ingrid")]
    build.framed("Problemstillingen vi står bak", GREY_FILL, (0, tall + SPACE), 1, statement, WHITE, width=banner)

    # The actor map is the stakeholders themselves: the board shows them as a power/interest
    # grid, a table and a summary of gaps, not as sticky notes.
    build.start("Aktørkart", INIT, BoardKind.STAKEHOLDER_MAP)
    for category, name, organisation, key, power, interest, resources, democracy, innovation, phases in ACTORS:
        person = people.get(key)
        build.workshop.stakeholders.append(
            Stakeholder(
                name=name,
                organisation=organisation,
                category=category,
                contact=person.email if person else "",
                power=power,
                interest=interest,
                effectiveness=bool(resources),
                effectiveness_reason=resources,
                democracy=bool(democracy),
                democracy_reason=democracy,
                innovation=bool(innovation),
                innovation_reason=innovation,
                phase_roles=[str(phase) for phase in phases],
                participant_id=person.id if person else None,
            )
        )
    actors = {stakeholder.name: stakeholder for stakeholder in build.workshop.stakeholders}
    for key, name, relation in FLOKE_STAKEHOLDERS:
        build.workshop.note_stakeholders.append(NoteStakeholder(floke[key].id, actors[name].id, relation))


def _co_design(build: _Builder, people: dict[str, Participant]) -> None:
    build.start("Idéer: trygg hverdag hjemme", DESIGN, BoardKind.IDEA_BOARD)
    column, tall = frame_size(2, 2)
    ideas: dict[str, Note] = {}
    for index, (title, colour, fill, cluster) in enumerate(CLUSTERS):
        at = (index % 2 * (column + SPACE), index // 2 * (tall + SPACE))
        notes = build.framed(title, fill, at, 2, [(text, author) for _, text, author in cluster], colour, rows=2)
        ideas |= {key: note for (key, _, _), note in zip(cluster, notes, strict=True)}
    for row, (key, text, author) in enumerate(LOOSE_IDEAS):  # not sorted into a cluster yet
        ideas[key] = build.note((text, author), WHITE, (2 * (column + SPACE), TITLE + row * (NOTE_HEIGHT + GAP)))

    vote = Vote(build.board.id, "Hvilke idéer skal vi jobbe videre med?", status=VoteStatus.CLOSED, created=CREATED)
    build.workshop.votes.append(vote)
    for person, chosen in DOTS.items():
        build.workshop.vote_dots += [VoteDot(vote.id, ideas[key].id, people[person].id) for key in chosen]
    tally = Counter(key for chosen in DOTS.values() for key in chosen)

    # One row per top idea, one column per question.
    build.start("Nytt, nyttig, nyttiggjort", DESIGN)
    column, _ = frame_size(1, 3)
    picked = [(f"{ideas[key].text}\n● {tally[key]} prikker", ideas[key].author) for key, *_ in ASSESSMENT]
    columns = (
        ("Idé", GREY_FILL, picked, YELLOW),
        ("Nytt", BLUE_FILL, [(row[1], "ingrid") for row in ASSESSMENT], SKY),
        ("Nyttig", MINT_FILL, [(row[2], "ingrid") for row in ASSESSMENT], GREEN),
        ("Nyttiggjort", SAND_FILL, [(row[3], "ingrid") for row in ASSESSMENT], ORANGE),
    )
    for index, (title, fill, items, colour) in enumerate(columns):
        build.framed(title, fill, (index * (column + SPACE), 0), 1, items, colour)


def _co_implementation(build: _Builder) -> None:
    # Action plan: one column per status; every action has its note.
    build.start("Tiltaksplan", IMPL, BoardKind.ACTION_PLAN)
    column, tall = frame_size(1, 2)
    actions = [
        Action(what, build.names.get(who, who), due, status, position=position, board_id=build.board.id)
        for position, (what, who, due, status) in enumerate(ACTIONS)
    ]
    note_of: dict[str, str] = {}
    for index, (status, title, fill) in enumerate(STATUS_TITLES):
        rows = [action for action in actions if action.status == status]
        items = [(f"{a.what}\n{a.who}, {a.due[8:]}.{a.due[5:7]}.", "ingrid") for a in rows]
        notes = build.framed(title, fill, (index * (column + SPACE), 0), 1, items, SKY, rows=2)
        for action, note in zip(rows, notes, strict=True):
            note_of[action.id] = note.id
    build.workshop.actions += [dataclasses.replace(a, note_id=note_of.get(a.id)) for a in actions]
    build.framed("Forankring: hvor skal det inn?", SAND_FILL, (0, tall + SPACE), 3, ANCHORING, WHITE)

    build.start("Pilot: test, lær, juster", IMPL)
    loop = [build.note((text, author), colour, at) for text, colour, author, at in LOOP]
    for start, end in zip(loop, loop[1:] + loop[:1], strict=True):
        build.connect(start, end, ConnectorKind.LEADS_TO)
    right = max(note.x + note.width for note in loop)
    build.framed("Hva måler vi?", BLUE_FILL, (right + 2 * SPACE, 0), 1, MEASURES, SKY)
    bottom = max(note.y + note.height for note in loop)
    build.note((DECISION, "per"), WHITE, (0, bottom + SPACE), width=right)


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


def _agenda(workshop: Workshop) -> None:
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


def _decisions(workshop: Workshop) -> None:
    boards = {board.name: board.id for board in workshop.boards}
    steps = {step.board_id: step.id for step in workshop.agenda if step.board_id}
    for position, (text, board) in enumerate(DECISIONS):
        board_id = boards[board]
        workshop.decisions.append(
            Decision(text, made_on="2026-03-18", position=position, board_id=board_id, step_id=steps.get(board_id))
        )
