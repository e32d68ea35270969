"""The demo's text and layout tables: what Fjellvik's workshop wrote on its walls."""

from __future__ import annotations

from app.domain.floke_layout import NOTE_GAP
from app.domain.model import (
    ActionStatus,
    ConnectorKind,
    Phase,
    StakeholderCategory,
    StakeholderRelation,
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
