"""The localised subject and body of the summary email, and how their placeholders are filled.

The standard texts are written for a facilitator writing to everyone who took part,
in the workshop's language. The facilitator may save their own version per language
(`app.settings`); the placeholders stay the same.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.domain.model import WorkshopInfo

LANGUAGES = ("nb", "nn", "sv", "da", "en")
PLACEHOLDERS = ("title", "date", "municipality", "facilitator")
_PLACEHOLDER = re.compile(r"\{(" + "|".join(PLACEHOLDERS) + r")\}")


@dataclass(frozen=True)
class EmailTemplate:
    """A subject and a body with `{title}`, `{date}`, `{municipality}`, `{facilitator}` in them."""

    subject: str
    body: str


STANDARD_TEMPLATES: dict[str, EmailTemplate] = {
    "nb": EmailTemplate(
        subject="Oppsummering fra verkstedet «{title}», {date}",
        body=(
            "Hei alle sammen!\n\n"
            "Takk for innsatsen på samskapingsverkstedet «{title}».\n\n"
            "Vedlagt finner dere oppsummeringen fra verkstedet: flokene vi kartla, ideene vi valgte, "
            "aktørene og tiltaksplanen med ansvar og frister.\n\n"
            "Gi meg gjerne beskjed om noe mangler eller bør rettes.\n\n"
            "Vennlig hilsen\n{facilitator}\n{municipality}\n"
        ),
    ),
    "nn": EmailTemplate(
        subject="Oppsummering frå verkstaden «{title}», {date}",
        body=(
            "Hei alle saman!\n\n"
            "Takk for innsatsen på samskapingsverkstaden «{title}».\n\n"
            "Vedlagt finn de oppsummeringa frå verkstaden: flokane vi kartla, ideane vi valde, "
            "aktørane og tiltaksplanen med ansvar og fristar.\n\n"
            "Gje meg gjerne beskjed om noko manglar eller bør rettast.\n\n"
            "Venleg helsing\n{facilitator}\n{municipality}\n"
        ),
    ),
    "sv": EmailTemplate(
        subject="Sammanfattning av workshoppen ”{title}”, {date}",
        body=(
            "Hej alla!\n\n"
            "Tack för att ni var med på workshoppen ”{title}”.\n\n"
            "Här bifogas sammanfattningen av workshoppen: problembilden vi kartlade, idéerna vi valde, "
            "aktörerna och handlingsplanen med ansvariga och tidsplan.\n\n"
            "Hör gärna av er om något saknas eller behöver rättas.\n\n"
            "Vänliga hälsningar\n{facilitator}\n{municipality}\n"
        ),
    ),
    "da": EmailTemplate(
        subject="Opsamling fra workshoppen »{title}«, {date}",
        body=(
            "Kære alle\n\n"
            "Tak for jeres deltagelse i workshoppen »{title}«.\n\n"
            "Vedhæftet finder I opsamlingen fra workshoppen: de problemer, vi kortlagde, idéerne, vi valgte, "
            "aktørerne og handleplanen med ansvar og frister.\n\n"
            "Skriv endelig, hvis noget mangler eller skal rettes.\n\n"
            "Venlig hilsen\n{facilitator}\n{municipality}\n"
        ),
    ),
    "en": EmailTemplate(
        subject="Summary of the workshop “{title}”, {date}",
        body=(
            "Dear all,\n\n"
            "Thank you for taking part in the co-creation workshop “{title}”.\n\n"
            "Attached is the summary of the workshop: the problems we mapped, the ideas we chose, "
            "the stakeholders, and the action plan with owners and deadlines.\n\n"
            "Please let me know if anything is missing or needs correcting.\n\n"
            "Kind regards,\n{facilitator}\n{municipality}\n"
        ),
    ),
}

# The PDF's file name as the recipients see it in their mail.
ATTACHMENT_WORDS = {
    "nb": "Oppsummering",
    "nn": "Oppsummering",
    "sv": "Sammanfattning",
    "da": "Opsamling",
    "en": "Summary",
}

_MONTHS = {
    "nb": "januar februar mars april mai juni juli august september oktober november desember",
    "nn": "januar februar mars april mai juni juli august september oktober november desember",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "en": "January February March April May June July August September October November December",
}
# Day-first everywhere; Norwegian and Danish write the day as an ordinal with a full stop.
_DAY_SUFFIX = {"nb": ".", "nn": ".", "da": ".", "sv": "", "en": ""}


def template_language(language: str) -> str:
    """The template language for a workshop language. Northern Sámi (and anything unknown)
    falls back to Bokmål, the language most Sámi municipalities in Norway write to the council in;
    the dialog lets the facilitator pick another."""
    return language if language in LANGUAGES else "nb"


def format_date(iso_date: str, language: str) -> str:
    """`2026-03-12` as a person writes it: `12. mars 2026`, `12 mars 2026`, `12 March 2026`.
    Anything that is not an ISO date is returned as it is."""
    match = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", iso_date.strip())
    language = template_language(language)
    if not match or not 1 <= int(match[2]) <= 12:
        return iso_date.strip()
    month = _MONTHS[language].split()[int(match[2]) - 1]
    return f"{int(match[3])}{_DAY_SUFFIX[language]} {month} {match[1]}"


def values_for(info: WorkshopInfo, language: str) -> dict[str, str]:
    """The placeholder values for one workshop."""
    return {
        "title": info.title.strip(),
        "date": format_date(info.date, language),
        "municipality": info.municipality.strip(),
        "facilitator": info.facilitator.strip(),
    }


def fill(text: str, values: dict[str, str]) -> str:
    """`text` with each known placeholder replaced once.

    Not `str.format`: braces the facilitator types (or a title like "{x}") are kept literally,
    and a value is never itself scanned for placeholders. Leftovers of empty values (a dangling
    comma, empty quotes, a blank signature line) are tidied away.
    """
    lines = []
    for line in text.split("\n"):
        had_empty = any(not values.get(name, "") for name in _PLACEHOLDER.findall(line))
        line = _PLACEHOLDER.sub(lambda m: values.get(m[1], ""), line)
        if had_empty:  # tidy only where an empty value left a gap, never the facilitator's own text
            line = re.sub(r"[ \t]{2,}", " ", line)
            line = re.sub(r"\s*(«»|“”|””|»«|\"\"|\(\))", "", line)
            line = re.sub(r"[ ,]+$", "", line)
            line = re.sub(r"\s+([.,!?])", r"\1", line)
            if not line.strip():
                continue
        lines.append(line)
    return "\n".join(lines)


def fill_template(template: EmailTemplate, info: WorkshopInfo, language: str) -> EmailTemplate:
    """The subject and body ready to send for this workshop."""
    values = values_for(info, language)
    return EmailTemplate(subject=fill(template.subject, values).strip(), body=fill(template.body, values))
