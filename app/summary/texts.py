"""The summary's own words, in the languages a workshop can be held in.

The PDF is written in the workshop's language (WorkshopInfo.language), not in
the language of the facilitator's screen: it goes to the participants and to
the council. The app's Qt translation pass (.ts files) does not reach this
document, so its few fixed strings live here, one row per phrase, with the
columns in the order of LANGUAGES. A language without a column (Northern
Sámi, "se", for now) falls back to English.
"""

from __future__ import annotations

import datetime as dt

LANGUAGES = ("nb", "nn", "sv", "da", "en")
FALLBACK = "en"

# key: (Bokmål, Nynorsk, Swedish, Danish, English); one phrase to a row, so the formatter is kept out.
# fmt: off
_TEXTS: dict[str, tuple[str, str, str, str, str]] = {
    "summary": ("Oppsummering", "Oppsummering", "Sammanfattning", "Opsummering", "Summary"),
    "subject": (
        "Oppsummering av samskapingsverksted",
        "Oppsummering av samskapingsverkstad",
        "Sammanfattning av workshop om samskapande",
        "Opsummering af workshop om samskabelse",
        "Summary of a co-creation workshop",
    ),
    "date": ("Dato", "Dato", "Datum", "Dato", "Date"),
    "facilitator": ("Fasilitator", "Fasilitator", "Processledare", "Facilitator", "Facilitator"),
    "participants": ("Deltakere", "Deltakarar", "Deltagare", "Deltagere", "Participants"),
    "name": ("Navn", "Namn", "Namn", "Navn", "Name"),
    "organisation": ("Organisasjon", "Organisasjon", "Organisation", "Organisation", "Organisation"),
    "role": ("Rolle", "Rolle", "Roll", "Rolle", "Role"),
    "no_participants": (
        "Ingen deltakere er registrert.",
        "Ingen deltakarar er registrerte.",
        "Inga deltagare är registrerade.",
        "Ingen deltagere er registreret.",
        "No participants are recorded.",
    ),
    "agenda": ("Program", "Program", "Program", "Program", "Agenda"),
    "step": ("Punkt", "Punkt", "Moment", "Punkt", "Step"),
    "minutes": ("Min.", "Min.", "Min.", "Min.", "Min."),
    "instructions": (
        "Instruksjoner til deltakerne",
        "Instruksjonar til deltakarane",
        "Instruktioner till deltagarna",
        "Instruktioner til deltagerne",
        "Instructions for the room",
    ),
    "no_boards": (
        "Ingen tavler i denne fasen.",
        "Ingen tavler i denne fasen.",
        "Inga tavlor i den här fasen.",
        "Ingen tavler i denne fase.",
        "No boards in this phase.",
    ),
    "notes": ("Lapper", "Lappar", "Lappar", "Sedler", "Notes"),
    "outside_frames": (
        "Utenfor rammene", "Utanfor rammene", "Utanför ramarna", "Uden for rammerne", "Outside the frames"
    ),
    "empty_note": ("(tom lapp)", "(tom lapp)", "(tom lapp)", "(tom seddel)", "(empty note)"),
    "no_notes": (
        "Tavla har ingen lapper.",
        "Tavla har ingen lappar.",
        "Tavlan har inga lappar.",
        "Tavlen har ingen sedler.",
        "This board has no notes.",
    ),
    "connections": ("Koblinger", "Koplingar", "Kopplingar", "Forbindelser", "Connections"),
    "affected": ("Berørt", "Råka", "Berörs", "Berørt", "Affected"),
    "owns": ("Eier", "Eig", "Äger", "Ejer", "Owns it"),
    "causes": ("er årsak til", "er årsak til", "orsakar", "forårsager", "causes"),
    "leads-to": ("fører til", "fører til", "leder till", "fører til", "leads to"),
    "blocks": ("hindrer", "hindrar", "hindrar", "hindrer", "blocks"),
    "related": ("henger sammen med", "heng saman med", "hänger ihop med", "hænger sammen med", "is related to"),
    "vote": ("Avstemning", "Avrøysting", "Omröstning", "Afstemning", "Vote"),
    "rank": ("Plass", "Plass", "Plats", "Plads", "Rank"),
    "note": ("Lapp", "Lapp", "Lapp", "Seddel", "Note"),
    "dots": ("Prikker", "Prikkar", "Prickar", "Prikker", "Dots"),
    "no_dots": (
        "Ingen prikker er satt ennå.",
        "Ingen prikkar er sette enno.",
        "Inga prickar har satts ännu.",
        "Der er ikke sat nogen prikker endnu.",
        "No dots have been placed yet.",
    ),
    "not_revealed": (
        "Resultatet er skjult og er ikke vist fram.",
        "Resultatet er skjult og er ikkje vist fram.",
        "Resultatet är dolt och har inte visats.",
        "Resultatet er skjult og er ikke vist frem.",
        "The result is hidden and has not been revealed.",
    ),
    "vote_open": (
        "Avstemningen er ikke avsluttet.",
        "Avrøystinga er ikkje avslutta.",
        "Omröstningen är inte avslutad.",
        "Afstemningen er ikke afsluttet.",
        "The vote is still open.",
    ),
    "stakeholders": ("Aktører", "Aktørar", "Aktörer", "Aktører", "Stakeholders"),
    "number": ("Nr.", "Nr.", "Nr.", "Nr.", "No."),
    "category": ("Kategori", "Kategori", "Kategori", "Kategori", "Category"),
    "criteria": ("Kriterier", "Kriterium", "Kriterier", "Kriterier", "Criteria"),
    "phases": ("Faser", "Fasar", "Faser", "Faser", "Phases"),
    "effectiveness": ("Effektivitet", "Effektivitet", "Effektivitet", "Effektivitet", "Effectiveness"),
    "democracy": ("Demokrati", "Demokrati", "Demokrati", "Demokrati", "Democracy"),
    "innovation": ("Innovasjon", "Innovasjon", "Innovation", "Innovation", "Innovation"),
    "politicians": ("Politikere", "Politikarar", "Politiker", "Politikere", "Politicians"),
    "administrators": ("Administrasjon", "Administrasjon", "Förvaltning", "Forvaltning", "Administrators"),
    "professionals": ("Fagfolk", "Fagfolk", "Yrkesverksamma", "Fagfolk", "Professionals"),
    "experts": ("Eksperter", "Ekspertar", "Experter", "Eksperter", "Experts"),
    "associations": ("Foreninger og frivillige", "Lag og organisasjonar", "Föreningar", "Foreninger", "Associations"),
    "businesses": ("Næringsliv", "Næringsliv", "Näringsliv", "Erhvervsliv", "Businesses"),
    "citizens": ("Innbyggere", "Innbyggjarar", "Invånare", "Borgere", "Citizens"),
    "users": ("Brukere", "Brukarar", "Brukare", "Brugere", "Users"),
    "no_stakeholders": (
        "Ingen aktører er registrert.",
        "Ingen aktørar er registrerte.",
        "Inga aktörer är registrerade.",
        "Ingen aktører er registreret.",
        "No stakeholders are recorded.",
    ),
    "grid": (
        "Makt og interesse", "Makt og interesse", "Inflytande och intresse", "Magt og interesse", "Power and interest"
    ),
    "power": ("Makt", "Makt", "Inflytande", "Magt", "Power"),
    "interest": ("Interesse", "Interesse", "Intresse", "Interesse", "Interest"),
    "manage_closely": ("Involver tett", "Involver tett", "Samarbeta nära", "Involver tæt", "Manage closely"),
    "keep_satisfied": ("Hold fornøyd", "Hald nøgd", "Håll nöjd", "Hold tilfreds", "Keep satisfied"),
    "keep_informed": ("Hold informert", "Hald informert", "Håll informerad", "Hold informeret", "Keep informed"),
    "monitor": ("Følg med", "Følg med", "Bevaka", "Hold øje med", "Monitor"),
    "actions": ("Tiltaksplan", "Tiltaksplan", "Handlingsplan", "Handleplan", "Action plan"),
    "what": ("Hva", "Kva", "Vad", "Hvad", "What"),
    "who": ("Hvem", "Kven", "Vem", "Hvem", "Who"),
    "due": ("Frist", "Frist", "Klart senast", "Frist", "By when"),
    "status": ("Status", "Status", "Status", "Status", "Status"),
    "planned": ("Planlagt", "Planlagt", "Planerad", "Planlagt", "Planned"),
    "in-progress": ("I gang", "I gang", "Pågår", "I gang", "In progress"),
    "done": ("Ferdig", "Ferdig", "Klar", "Færdig", "Done"),
    "stopped": ("Stoppet", "Stoppa", "Stoppad", "Stoppet", "Stopped"),
    "no_actions": (
        "Ingen tiltak er registrert.",
        "Ingen tiltak er registrerte.",
        "Inga åtgärder är registrerade.",
        "Ingen handlinger er registreret.",
        "No actions are recorded.",
    ),
    "decisions": ("Beslutninger", "Avgjerder", "Beslut", "Beslutninger", "Decisions"),
    "decision": ("Beslutning", "Avgjerd", "Beslut", "Beslutning", "Decision"),
    "no_decisions": (
        "Ingen beslutninger er registrert.",
        "Ingen avgjerder er registrerte.",
        "Inga beslut är registrerade.",
        "Ingen beslutninger er registreret.",
        "No decisions are recorded.",
    ),
    "attended": ("Til stede", "Til stades", "Närvarande", "Til stede", "Who attended"),
    "no_attendees": (
        "Ingen deltakere er registrert som til stede.",
        "Ingen deltakarar er registrerte som til stades.",
        "Inga deltagare är registrerade som närvarande.",
        "Ingen deltagere er registreret som til stede.",
        "Nobody is recorded as having attended.",
    ),
    "place": ("Sted", "Stad", "Plats", "Sted", "Place"),
    "time": ("Tid", "Tid", "Tid", "Tid", "Time"),
    "public": (
        "Offentlig versjon: navn på deltakere, innbyggere og brukere er erstattet med rolle eller organisasjon.",
        "Offentleg versjon: namn på deltakarar, innbyggjarar og brukarar er bytte ut med rolle eller organisasjon.",
        "Offentlig version: namn på deltagare, invånare och brukare är ersatta med roll eller organisation.",
        "Offentlig version: navne på deltagere, borgere og brugere er erstattet med rolle eller organisation.",
        "Public version: the names of participants, citizens and users are replaced by role or organisation.",
    ),
    "public_kicker": (
        "Offentlig versjon", "Offentleg versjon", "Offentlig version", "Offentlig version", "Public version"
    ),
    "participant": ("Deltaker", "Deltakar", "Deltagare", "Deltager", "Participant"),
    "key_points": ("Til politisk behandling", "Til politisk handsaming", "Till politisk behandling",
                   "Til politisk behandling", "For the council"),
    "problem": ("Problemet", "Problemet", "Problemet", "Problemet", "The problem"),
    "top_ideas": (
        "Idéene med flest stemmer", "Idéane med flest røyster", "Idéerna med flest röster",
        "Idéerne med flest stemmer", "Top-voted ideas",
    ),
    "since_last": (
        "Siden forrige møte: {done} ferdig, {stopped} stoppet, {new} nye.",
        "Sidan førre møte: {done} ferdige, {stopped} stoppa, {new} nye.",
        "Sedan förra mötet: {done} klara, {stopped} stoppade, {new} nya.",
        "Siden sidste møde: {done} færdige, {stopped} stoppet, {new} nye.",
        "Since the last meeting: {done} done, {stopped} stopped, {new} new.",
    ),
    "was": ("var", "var", "var", "var", "was"),
    "boards": ("Tavler", "Tavler", "Tavlor", "Tavler", "Boards"),
    "votes": ("Avstemninger", "Avrøystingar", "Omröstningar", "Afstemninger", "Votes"),
    "see_stakeholders": (
        "Aktørkartet er gjengitt i avsnittet «Aktører».",
        "Aktørkartet er attgjeve i avsnittet «Aktørar».",
        "Aktörskartan återges i avsnittet ”Aktörer”.",
        "Aktørkortet er gengivet i afsnittet »Aktører«.",
        "The stakeholder map is printed in the section “Stakeholders”.",
    ),
    "sectors": ("Sektorer", "Sektorar", "Sektorer", "Sektorer", "Sectors"),
    "page": (
        "Side {page} av {pages}", "Side {page} av {pages}", "Sida {page} av {pages}", "Side {page} af {pages}",
        "Page {page} of {pages}",
    ),
    "co-initiation": ("Co-initiering", "Co-initiering", "Co-initiering", "Co-initiering", "Co-initiation"),
    "co-design": ("Co-design", "Co-design", "Co-design", "Co-design", "Co-design"),
    "co-implementation": (
        "Co-implementering", "Co-implementering", "Co-implementering", "Co-implementering", "Co-implementation"
    ),
    "intro_co-initiation": (
        "Finne og definere problemet sammen.",
        "Finne og definere problemet saman.",
        "Hitta och definiera problemet tillsammans.",
        "Finde og definere problemet sammen.",
        "Finding and defining the problem together.",
    ),
    "intro_co-design": (
        "Utvikle, kombinere og velge løsninger sammen.",
        "Utvikle, kombinere og velje løysingar saman.",
        "Ta fram, kombinera och välja lösningar tillsammans.",
        "Udvikle, kombinere og vælge løsninger sammen.",
        "Generating, combining and choosing solutions together.",
    ),
    "intro_co-implementation": (
        "Sette løsningen ut i livet sammen.",
        "Setje løysinga ut i livet saman.",
        "Genomföra lösningen tillsammans.",
        "Føre løsningen ud i livet sammen.",
        "Carrying the solution out together.",
    ),
}

_MONTHS: dict[str, tuple[str, ...]] = {
    "nb": ("januar", "februar", "mars", "april", "mai", "juni",
           "juli", "august", "september", "oktober", "november", "desember"),
    "sv": ("januari", "februari", "mars", "april", "maj", "juni",
           "juli", "augusti", "september", "oktober", "november", "december"),
    "da": ("januar", "februar", "marts", "april", "maj", "juni",
           "juli", "august", "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June",
           "July", "August", "September", "October", "November", "December"),
}
# fmt: on
_MONTHS["nn"] = _MONTHS["nb"]


class Texts:
    """The summary's fixed strings and date formats for one language."""

    def __init__(self, language: str) -> None:
        self.language = language if language in LANGUAGES else FALLBACK
        self._column = LANGUAGES.index(self.language)

    def __getitem__(self, key: str) -> str:
        return _TEXTS[key][self._column]

    def long_date(self, iso: str) -> str:
        """'18. mars 2026', '18 mars 2026', '18 March 2026'; anything not an ISO date comes back as it is."""
        date = _parse(iso)
        if date is None:
            return iso
        month = _MONTHS[self.language][date.month - 1]
        if self.language in ("sv", "en"):
            return f"{date.day} {month} {date.year}"
        return f"{date.day}. {month} {date.year}"

    def short_date(self, iso: str) -> str:
        """A date for a table cell: 18.03.2026 in Norway and Denmark, 2026-03-18 in Sweden."""
        date = _parse(iso)
        if date is None:
            return iso
        if self.language == "sv":
            return date.isoformat()
        if self.language == "en":
            return f"{date.day} {_MONTHS['en'][date.month - 1][:3]} {date.year}"
        return f"{date.day:02d}.{date.month:02d}.{date.year}"


def _parse(iso: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(iso.strip()[:10])
    except ValueError:
        return None
