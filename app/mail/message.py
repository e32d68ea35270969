"""One summary email as a MIME message: text, the PDF attached, headers that cannot be forged.

`build_message` is used for both ways out: the `.eml` draft and the SMTP send, so the
draft the facilitator opens is exactly what the outbox would have sent.
"""

from __future__ import annotations

import email
from collections.abc import Sequence
from datetime import UTC, datetime
from email import policy
from email.header import Header
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import Policy
from email.utils import format_datetime, make_msgid
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.domain.text_cleaning import clean_text
from app.mail.addresses import Recipient, check_address, clean_header_text
from app.mail.errors import MailError
from app.storage.atomic import write_atomic

# Larger attachments are refused or stripped by many municipal mail servers.
ATTACHMENT_WARNING_BYTES = 10 * 1024 * 1024
# Outside the message: a placeholder domain for Message-IDs when the From address is unknown.
_FALLBACK_ID_DOMAIN = "samskap.invalid"


class _EncodedText(str):
    """An unstructured header value that folds itself correctly.

    Python's own folder (3.11 to 3.13 at least) drops the space between two encoded words
    when it folds a long subject: "skoleveg», æøå" arrives as "skoleveg»,æøå". The older
    `email.header.Header` encoder puts every space inside an encoded word, so nothing is
    lost. The value stays the plain text; only its wire form differs.
    """

    name: str

    def __new__(cls, name: str, text: str) -> _EncodedText:
        value = super().__new__(cls, text)
        value.name = name
        return value

    def fold(self, *, policy: Policy) -> str:
        if self.isascii():
            return policy.header_factory(self.name, str(self)).fold(policy=policy)  # type: ignore[attr-defined,no-any-return]
        encoded = Header(str(self), "utf-8", header_name=self.name).encode(linesep=policy.linesep, maxlinelen=78)
        return f"{self.name}: {encoded}{policy.linesep}"


def _address(name: str, address: str) -> Address:
    local, domain = address.rsplit("@", 1)
    return Address(display_name=clean_header_text(name), username=local, domain=domain)


def build_message(
    *,
    sender_name: str,
    sender_address: str,
    recipients: Sequence[Recipient],
    subject: str,
    body: str,
    attachment: bytes | None = None,
    attachment_name: str = "",
    date: datetime | None = None,
    draft: bool = False,
    blind: bool = False,
) -> EmailMessage:
    """The message to send. Every header value is cleaned of line breaks first, so no text the
    facilitator or a participant typed can add a header (`Bcc:` ...).

    `date` is an aware `datetime` (now by default). `draft` adds `X-Unsent: 1`, which makes
    Outlook open an `.eml` as a message ready to send rather than as one received.
    `blind` sends to the recipients as blind copies (a list of everyone's address is personal
    data): To names the sender alone, and the recipients are in `Bcc`, which the outbox keeps
    out of what it sends (see `envelope_recipients`) and a draft keeps for the mail program.

    Subject, body and names are cleaned as the summary PDF cleans text
    (`app.domain.text_cleaning`): no NUL or BEL, no right-to-left override.
    """
    sender, problem = check_address(sender_address)
    if problem:
        raise MailError(QCoreApplication.translate("Mail", "The From address is not a valid email address."))
    usable = [r for r in recipients if r.valid]
    if not usable:
        raise MailError(QCoreApplication.translate("Mail", "There is no valid recipient."))
    message = EmailMessage(policy=policy.SMTP)
    message["From"] = _address(sender_name, sender)
    if blind:
        message["To"] = _address(sender_name, sender)
        message["Bcc"] = [_address(r.name, r.address) for r in usable]
    else:
        message["To"] = [_address(r.name, r.address) for r in usable]
    message["Subject"] = _EncodedText("Subject", clean_header_text(subject))
    message["Date"] = format_datetime(date if date is not None else datetime.now(UTC).astimezone())
    message["Message-ID"] = make_msgid(domain=sender.rsplit("@", 1)[1] or _FALLBACK_ID_DOMAIN)
    message["MIME-Version"] = "1.0"
    if draft:
        message["X-Unsent"] = "1"
    # Quoted-printable keeps the whole message 7-bit: no server needs 8BITMIME for æøå.
    text = clean_text(body)
    message.set_content(text, charset="utf-8", cte="quoted-printable")
    if attachment is not None:
        filename = clean_header_text(attachment_name) or "summary.pdf"
        message.add_attachment(attachment, maintype="application", subtype="pdf", filename=filename)
    return message


def replace_recipient(mime: bytes, old: str, new: str) -> bytes:
    """The message with the recipient `old` named `new` in its To and Cc (the name kept), for
    sending it again to a corrected address. Every other byte stays as it was (a parsed message
    is written back unchanged), so the copy the others got and this one differ only there.
    Blind copies are named in no header: then the message is returned as it is."""
    parsed = email.message_from_bytes(mime, policy=policy.SMTP)
    assert isinstance(parsed, EmailMessage)  # the SMTP policy makes EmailMessages
    changed = False
    for header in ("To", "Cc"):
        if header not in parsed:
            continue
        addresses = list(parsed[header].addresses)
        for index, address in enumerate(addresses):
            if address.addr_spec.lower() == old.lower():
                local, domain = new.rsplit("@", 1)
                addresses[index] = Address(display_name=address.display_name, username=local, domain=domain)
                changed = True
        if changed:
            parsed.replace_header(header, addresses)  # in its place: the rest of the message is untouched
    return message_bytes(parsed) if changed else mime


def envelope_recipients(message: EmailMessage) -> list[str]:
    """Everyone the message goes to: To, Cc and Bcc (the addresses only), each once."""
    found: list[str] = []
    for header in ("To", "Cc", "Bcc"):
        for address in message[header].addresses if header in message else ():
            if address.addr_spec.lower() not in (f.lower() for f in found):
                found.append(address.addr_spec)
    return found


def message_bytes(message: EmailMessage) -> bytes:
    """The message as it goes over the wire (CRLF line ends)."""
    return message.as_bytes(policy=policy.SMTP)


def write_eml(message: EmailMessage, target: Path) -> Path:
    """Write the message as an `.eml` file, atomically: a half-written draft never appears."""
    data = message_bytes(message)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(target, data)
    except OSError as error:
        reason = error.strerror or str(error)
        text = QCoreApplication.translate("Mail", "The draft could not be written to %1: %2")
        raise MailError(text.replace("%1", str(target)).replace("%2", reason)) from error
    return target


def safe_file_name(text: str, suffix: str, limit: int = 80) -> str:
    """A file name made from a title: letters of every language kept, path characters dropped."""
    cleaned = "".join(c if c.isalnum() or c in " -_.,()" else " " for c in clean_header_text(text))
    cleaned = " ".join(cleaned.split()).strip(" .")[:limit].strip(" .")
    return (cleaned or "summary") + suffix
