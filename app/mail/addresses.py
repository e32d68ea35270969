"""What the facilitator typed as recipients: split into addresses, each checked before sending.

The check is deliberately practical rather than a full RFC 5322 parser: it accepts what
mail servers accept in practice (ASCII local part, a domain of dot-separated labels,
international domains such as `bærum.kommune.no` sent as IDNA) and names what is wrong
with the rest, so the facilitator can fix it before anything leaves the machine.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from email.utils import getaddresses

from app.domain.text_cleaning import clean_text

# RFC 5322 "dot-atom" characters for the part before the @.
_LOCAL_PART = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$")
_ASCII_LABEL = re.compile(r"^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$")


@dataclass(frozen=True)
class Recipient:
    """One entry of the recipients list: as typed, and what it means."""

    text: str  # the entry as the facilitator typed it (one line or one comma-separated part)
    name: str  # display name, may be empty
    address: str  # the address with its domain in IDNA (ASCII) form, empty when not understood
    problem: str  # empty when the address can be used, else why not (English source, see problem_text)

    @property
    def valid(self) -> bool:
        return not self.problem


# Problems are keys the widgets translate; the domain layer stays free of Qt translation.
NOT_AN_ADDRESS = "not an address"
NO_AT = "no @"
BAD_LOCAL_PART = "bad local part"
NON_ASCII_LOCAL_PART = "non-ASCII local part"
BAD_DOMAIN = "bad domain"
TOO_LONG = "too long"
DUPLICATE = "duplicate"


def clean_header_text(text: str) -> str:
    """Text that is safe in one header line: line breaks and tabs become spaces, other control
    characters a visible stand-in and invisible format characters (right-to-left overrides)
    nothing, as in the summary PDF (`app.domain.text_cleaning`).

    This is what stops header injection: a subject or a name can never start a new header.
    """
    return " ".join(clean_text(text).split())


def idna_domain(domain: str) -> str | None:
    """The domain in its ASCII (IDNA) form, or None when it is not a usable domain name."""
    domain = domain.strip().rstrip(".")
    if not domain or len(domain) > 253:
        return None
    labels = []
    for label in domain.split("."):
        try:
            ascii_label = label.encode("idna").decode("ascii") if not label.isascii() else label
        except UnicodeError:
            return None
        if not _ASCII_LABEL.match(ascii_label):
            return None
        labels.append(ascii_label.lower())
    if len(labels) < 2 or labels[-1].isdigit():
        return None  # "localhost" or a bare IP is not where a summary should go
    return ".".join(labels)


def check_address(address: str) -> tuple[str, str]:
    """`(normalised address, problem)`: the problem is empty when the address is sound."""
    address = address.strip()
    if len(address) > 254:
        return "", TOO_LONG
    if address.count("@") != 1:
        return "", NO_AT if "@" not in address else NOT_AN_ADDRESS
    local, domain = address.split("@")
    if not local.isascii():
        return "", NON_ASCII_LOCAL_PART
    if not _LOCAL_PART.match(local) or len(local) > 64:
        return "", BAD_LOCAL_PART
    ascii_domain = idna_domain(domain)
    if ascii_domain is None:
        return "", BAD_DOMAIN
    return f"{local}@{ascii_domain}", ""


def split_entries(text: str) -> list[str]:
    """The entries of a recipients text: one per line, and lines split at commas or semicolons
    that are not inside quotes or angle brackets."""
    entries: list[str] = []
    for line in text.splitlines():
        current: list[str] = []
        quoted = angled = False
        for char in line:
            if char == '"':
                quoted = not quoted
            elif char == "<" and not quoted:
                angled = True
            elif char == ">" and not quoted:
                angled = False
            if char in ",;" and not quoted and not angled:
                entries.append("".join(current))
                current = []
            else:
                current.append(char)
        entries.append("".join(current))
    return [e.strip() for e in entries if e.strip()]


def parse_recipients(text: str) -> list[Recipient]:
    """Every entry of `text`, understood and checked. Repeated addresses are flagged."""
    recipients: list[Recipient] = []
    seen: set[str] = set()
    for entry in split_entries(text):
        parsed = getaddresses([entry])
        if len(parsed) != 1 or not parsed[0][1]:
            # getaddresses gives ('', '') for what it cannot parse; still name the typical fault.
            problem = NO_AT if "@" not in entry else NOT_AN_ADDRESS
            recipients.append(Recipient(entry, "", "", problem))
            continue
        name, raw_address = parsed[0]
        typed = entry[entry.rfind("<") + 1 : entry.rfind(">")] if "<" in entry else entry
        # getaddresses quietly joins "per@exa mple.org" into another address: refuse instead.
        if ("<" in entry and ">" not in entry) or any(c.isspace() for c in typed.strip()):
            recipients.append(Recipient(entry, "", "", NOT_AN_ADDRESS))
            continue
        address, problem = check_address(raw_address)
        if not problem and address.lower() in seen:
            problem = DUPLICATE
        if not problem:
            seen.add(address.lower())
        recipients.append(Recipient(entry, clean_header_text(name), address, problem))
    return recipients


def format_recipient(name: str, email: str) -> str:
    """One line of the recipients text for a participant: `Name <address>`, quoted when needed."""
    name = clean_header_text(name).replace('"', "'")
    if not name:
        return email.strip()
    if re.search(r"[,;<>@()\[\]:\\.]", name):
        name = f'"{name}"'
    return f"{name} <{email.strip()}>"
