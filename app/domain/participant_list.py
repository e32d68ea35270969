"""Reading a list of participants pasted from a spreadsheet, a CSV file or an email.

Facilitators get their lists in whatever shape the municipality keeps them:
columns copied from Excel (tab-separated), a CSV export (comma, or semicolon as
Nordic Excel writes it), or the To: line of an invitation email
("Kari Nordmann <kari@example.no>; Per Hansen <per@example.no>"). One function
reads them all, keeps the order, and says which email addresses look wrong
instead of dropping them, so the facilitator can correct them.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass

# Deliberately simple: one @, something before, a dot in the domain, no spaces. The
# full RFC 5322 grammar accepts addresses no municipal mail server delivers to.
_EMAIL = re.compile(r"^[^@\s<>,;\"]+@[^@\s<>,;\"]+\.[^@\s<>,;\".]{2,}$")
_NAME_AND_ADDRESS = re.compile(r'^\s*"?([^"<]*?)"?\s*<([^<>]*)>\s*$')
# Header words in the five languages, to skip a header row copied with the data.
_HEADER_WORDS = {"name", "navn", "namn", "e-mail", "email", "e-post", "epost", "organisation", "organisasjon", "rolle"}
MAX_FIELD = 500  # a cell longer than this is not a name; cut, so a stray paste cannot flood the file


@dataclass(frozen=True)
class PastedParticipant:
    """One row of a pasted list, with whether its email (if any) looks like an address."""

    name: str
    organisation: str = ""
    role: str = ""
    email: str = ""

    @property
    def email_valid(self) -> bool:
        return email_valid(self.email)


def email_valid(email: str) -> bool:
    """True for an empty email (it is optional) or one that looks like an address."""
    return not email or bool(_EMAIL.match(email))


def parse_participants(text: str) -> list[PastedParticipant]:
    """Participants from pasted text; blank lines and a header row are skipped."""
    rows: list[PastedParticipant] = []
    for line in _clean(text).splitlines():
        if not line.strip():
            continue
        if "<" in line and ">" in line:
            rows.extend(_address_list(line))
            continue
        cells = _cells(line)
        if _is_header(cells):
            continue
        row = _from_cells(cells)
        if row is not None:
            rows.append(row)
    return rows


def _clean(text: str) -> str:
    # Control characters other than tab and newline come from odd clipboards; drop them.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "".join(ch for ch in text if ch in "\t\n" or (ch >= " " and ch != "\x7f"))


def _cells(line: str) -> list[str]:
    if "\t" in line:
        delimiter = "\t"
    elif ";" in line:
        delimiter = ";"
    elif "," in line:
        delimiter = ","
    else:
        return [line.strip()]
    return [cell.strip()[:MAX_FIELD] for cell in next(csv.reader([line], delimiter=delimiter, skipinitialspace=True))]


def _is_header(cells: list[str]) -> bool:
    return any(cell.strip().lower() in _HEADER_WORDS for cell in cells) and not any("@" in cell for cell in cells)


def _from_cells(cells: list[str]) -> PastedParticipant | None:
    """Name, organisation, role, email in that order; an address (with @) may stand in any column."""
    email = next((cell for cell in cells if "@" in cell), None)
    if email is not None:
        rest = [cell for cell in cells if cell is not email]
    else:  # the fourth column is the email column, even if what is in it is no address
        rest = cells[:3] + cells[4:]
        email = cells[3] if len(cells) > 3 else ""
    rest += [""] * (3 - len(rest))
    name, organisation, role = rest[0], rest[1], " ".join(c for c in rest[2:] if c)
    if not name and email:
        name = email.split("@", 1)[0]
    if not name:
        return None
    return PastedParticipant(name[:MAX_FIELD], organisation[:MAX_FIELD], role[:MAX_FIELD], email[:MAX_FIELD])


def _address_list(line: str) -> list[PastedParticipant]:
    """'Name <address>' entries, one or several on a line, separated by ; or ,."""
    rows = []
    for entry in re.split(r"(?<=>)\s*[;,]\s*", line.strip().rstrip(";,")):
        match = _NAME_AND_ADDRESS.match(entry)
        if match is None:
            row = _from_cells(_cells(entry))
        else:
            name, address = match.group(1).strip(), match.group(2).strip()
            row = _from_cells([name or address.split("@", 1)[0], address])
        if row is not None:
            rows.append(row)
    return rows
