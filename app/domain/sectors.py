"""The sectors a floke cuts across: the vocabulary of a note's sector tags.

A floke "does not belong to one place in the organisation" (DOMAIN.md), so a
floke map tags each cause and effect with the municipal sectors it touches:
health and care, schools and childhood (oppvekst), NAV, culture, technical
services, volunteers, business... A note stores the stable keys
(`Note.sectors`); labels and abbreviations are English source text that the
translation pass turns into the facilitator's language (HC becomes HO in
Bokmål). Keys that are not in the vocabulary (from an import, or a newer
Samskap) are kept and shown by a fallback, never dropped.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication


@dataclass(frozen=True)
class Sector:
    key: str  # stored in the file
    label: str  # English source text, translated on display
    abbreviation: str  # two or three letters for the marker on a note, translated on display
    colour: str  # "#rrggbb" marker fill; white text on it keeps a 4.5:1 contrast


# Ordered as a municipality's organisation chart is usually read: the big service
# sectors first, then the others, "other" last.
SECTORS: tuple[Sector, ...] = (
    Sector("health-care", "Health and care", "HC", "#b2182b"),
    Sector("schools", "Schools and childhood", "SCH", "#2c5f9e"),
    Sector("nav", "NAV (welfare)", "NAV", "#6a3d9a"),
    Sector("culture", "Culture", "CUL", "#a8326e"),
    Sector("technical", "Technical services", "TEC", "#4d4d4d"),
    Sector("housing", "Housing", "HOU", "#8a4b08"),
    Sector("transport", "Transport", "TRA", "#00665e"),
    Sector("volunteers", "Volunteers", "VOL", "#1b7030"),
    Sector("business", "Business", "BUS", "#7a5a00"),
    Sector("finance", "Finance", "FIN", "#1f4e5f"),
    Sector("other", "Other", "OTH", "#666666"),
)
SECTOR_KEYS: tuple[str, ...] = tuple(s.key for s in SECTORS)
_BY_KEY = {s.key: s for s in SECTORS}
_UNKNOWN_COLOUR = "#555555"


def sector(key: str) -> Sector:
    """The sector of `key`; an unknown key gets a grey stand-in named after the key itself."""
    known = _BY_KEY.get(key)
    if known is not None:
        return known
    letters = "".join(ch for ch in key if ch.isalnum())[:3].upper() or "?"
    return Sector(key, key, letters, _UNKNOWN_COLOUR)


def sector_label(key: str, translate: Callable[..., str] = QCoreApplication.translate) -> str:
    """The sector's name in the interface language (literal calls, so lupdate finds them).

    The PDF summary passes the `translate` of the workshop's language instead.
    """
    labels = {
        "health-care": translate("Sectors", "Health and care"),
        "schools": translate("Sectors", "Schools and childhood"),
        "nav": translate("Sectors", "NAV (welfare)"),
        "culture": translate("Sectors", "Culture"),
        "technical": translate("Sectors", "Technical services"),
        "housing": translate("Sectors", "Housing"),
        "transport": translate("Sectors", "Transport"),
        "volunteers": translate("Sectors", "Volunteers"),
        "business": translate("Sectors", "Business"),
        "finance": translate("Sectors", "Finance"),
        "other": translate("Sectors", "Other"),
    }
    return labels.get(key, key)


def sector_abbreviation(key: str) -> str:
    """The two or three letters shown on a note's marker, in the interface language (HC is HO in Bokmål)."""
    letters = {
        "health-care": QCoreApplication.translate("Sectors", "HC", "health and care"),
        "schools": QCoreApplication.translate("Sectors", "SCH", "schools and childhood"),
        "nav": QCoreApplication.translate("Sectors", "NAV", "the welfare administration"),
        "culture": QCoreApplication.translate("Sectors", "CUL", "culture"),
        "technical": QCoreApplication.translate("Sectors", "TEC", "technical services"),
        "housing": QCoreApplication.translate("Sectors", "HOU", "housing"),
        "transport": QCoreApplication.translate("Sectors", "TRA", "transport"),
        "volunteers": QCoreApplication.translate("Sectors", "VOL", "volunteers"),
        "business": QCoreApplication.translate("Sectors", "BUS", "business"),
        "finance": QCoreApplication.translate("Sectors", "FIN", "finance"),
        "other": QCoreApplication.translate("Sectors", "OTH", "other"),
    }
    return letters.get(key) or sector(key).abbreviation


def normalised(keys: Iterable[str]) -> list[str]:
    """`keys` without repeats, known sectors in vocabulary order first, unknown ones after as given."""
    unique = list(dict.fromkeys(keys))
    known = [k for k in SECTOR_KEYS if k in unique]
    return known + [k for k in unique if k not in _BY_KEY]


def toggled(keys: Iterable[str], key: str, on: bool) -> list[str]:
    """The sector list with `key` added (on) or taken away (off)."""
    current = [k for k in keys if k != key]
    return normalised([*current, key] if on else current)


def sector_counts(notes_sectors: Iterable[Iterable[str]]) -> list[tuple[str, int]]:
    """How many notes touch each sector, in vocabulary order (unknown keys after)."""
    counts: Counter[str] = Counter()
    for keys in notes_sectors:
        counts.update(set(keys))
    return [(k, counts[k]) for k in normalised(counts)]
