"""Recipients, templates and the MIME message: what the facilitator types cannot break the email."""

from __future__ import annotations

import email
from collections.abc import Sequence
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage

import keyring.errors
import pytest
from keyring.backend import KeyringBackend

from app.domain.model import WorkshopInfo
from app.mail import addresses as A
from app.mail.addresses import format_recipient, parse_recipients
from app.mail.errors import MailError
from app.mail.message import build_message, message_bytes, safe_file_name, write_eml
from app.mail.passwords import PasswordStore
from app.mail.templates import LANGUAGES, STANDARD_TEMPLATES, EmailTemplate, fill_template, format_date

HOSTILE = '<b>x</b> & <img src="/etc/hostname"/> \u202eRTL\u202c 🎉 á č đ ŋ š ŧ ž {title} {nope} %1 %s'


def problems(text: str) -> list[tuple[str, str]]:
    return [(r.text, r.problem) for r in parse_recipients(text)]


def test_recipients_are_checked_and_each_problem_is_named():
    text = (
        "Ada Lovelace <ada@example.org>\n"
        "ola@@fjellvik.kommune.no, kari.nordmann@bærum.kommune.no; no-at-sign\n"
        '"Berg, Kari" <kari@example.org>\n'
        "øyvind@example.org\n"
        "x@localhost\nADA@example.org\n"
        "per@exa mple.org\n\n   \n"
    )
    result = parse_recipients(text)
    assert [(r.text, r.problem) for r in result] == [
        ("Ada Lovelace <ada@example.org>", ""),
        ("ola@@fjellvik.kommune.no", A.NOT_AN_ADDRESS),
        ("kari.nordmann@bærum.kommune.no", ""),
        ("no-at-sign", A.NO_AT),
        ('"Berg, Kari" <kari@example.org>', ""),
        ("øyvind@example.org", A.NON_ASCII_LOCAL_PART),
        ("x@localhost", A.BAD_DOMAIN),
        ("ADA@example.org", A.DUPLICATE),
        ("per@exa mple.org", result[-1].problem),
    ]
    assert result[-1].problem  # a space in the domain is never accepted, whatever the parser makes of it
    assert result[2].address == "kari.nordmann@xn--brum-voa.kommune.no"  # IDN domains go out as IDNA
    assert result[4].name == "Berg, Kari"


def test_participant_lines_round_trip_through_the_recipient_parser():
    for name in ["Ada Lovelace", "Berg, Kari", "Nils Ánte (Sámediggi)", 'Ola "Buen" Nordmann', "Line\r\nBcc: x@y.no"]:
        (recipient,) = parse_recipients(format_recipient(name, "someone@example.org"))
        assert recipient.valid and recipient.address == "someone@example.org"
        assert "\n" not in recipient.name and "\r" not in recipient.name


def test_every_language_has_a_template_that_fills_with_the_workshop_and_its_date():
    info = WorkshopInfo("Eldre skal bo hjemme", "Fjellvik kommune", "2026-03-18", "Kari Nordmann")
    for language in LANGUAGES:
        filled = fill_template(STANDARD_TEMPLATES[language], info, language)
        assert "Eldre skal bo hjemme" in filled.subject and "2026" in filled.subject
        assert filled.body.rstrip().endswith("Kari Nordmann\nFjellvik kommune")
        assert "{" not in filled.subject + filled.body
    assert format_date("2026-03-18", "nb") == "18. mars 2026"
    assert format_date("2026-03-18", "sv") == "18 mars 2026"
    assert format_date("2026-03-18", "da") == "18. marts 2026"
    assert format_date("2026-12-01", "en") == "1 December 2026"
    assert format_date("snart", "nb") == "snart"


def test_empty_facts_leave_no_dangling_punctuation_and_user_braces_stay_literal():
    filled = fill_template(STANDARD_TEMPLATES["nb"], WorkshopInfo("Møte {date} {nope}"), "se")
    assert filled.subject == "Oppsummering fra verkstedet «Møte {date} {nope}»"
    assert filled.body.rstrip().endswith("Vennlig hilsen")
    own = EmailTemplate(subject="{title}: {title} – {x}", body="{municipality}, {facilitator}.")
    filled = fill_template(own, WorkshopInfo("A", municipality="Kåfjord", facilitator=HOSTILE), "en")
    assert filled.subject == "A: A – {x}"
    assert filled.body == f"Kåfjord, {HOSTILE}."


def sample_message(
    *,
    sender_name: str = "Kari Nordmann",
    sender_address: str = "kari@fjellvik.kommune.no",
    recipients: Sequence[A.Recipient] | None = None,  # None: Ada and Åse
    subject: str = "Oppsummering fra verkstedet «Trygg skoleveg», æøå ÆØÅ á č đ ŋ š ŧ ž",
    draft: bool = False,
) -> EmailMessage:
    if recipients is None:
        recipients = parse_recipients("Ada Lovelace <ada@example.org>\nÅse Ødegård <ase@bærum.kommune.no>")
    return build_message(
        sender_name=sender_name,
        sender_address=sender_address,
        recipients=recipients,
        subject=subject,
        body="Hei alle sammen!\n\nVedlagt. æøå\n" + HOSTILE + "\n" + "x" * 5000,
        attachment=b"%PDF-1.4\n" + bytes(range(256)) * 100,
        attachment_name="Oppsummering – Trygg skoleveg ŋ.pdf",
        date=datetime(2026, 3, 18, 15, 30, tzinfo=UTC),
        draft=draft,
    )


def test_the_eml_draft_parses_back_with_its_headers_and_the_pdf_intact(tmp_path):
    message = sample_message(draft=True)
    path = write_eml(message, tmp_path / "drafts" / safe_file_name("Trygg skoleveg / æøå: <x>", ".eml"))

    assert path.name == "Trygg skoleveg æøå x.eml" and not list(path.parent.glob(".draft-*"))
    raw = path.read_bytes()
    assert raw.isascii()  # 7-bit clean: no server or client needs 8BITMIME for æøå
    parsed = email.message_from_bytes(raw, policy=policy.default)
    assert parsed["Subject"] == "Oppsummering fra verkstedet «Trygg skoleveg», æøå ÆØÅ á č đ ŋ š ŧ ž"
    assert parsed["From"].addresses[0].addr_spec == "kari@fjellvik.kommune.no"
    assert parsed["From"].addresses[0].display_name == "Kari Nordmann"
    assert [a.addr_spec for a in parsed["To"].addresses] == ["ada@example.org", "ase@xn--brum-voa.kommune.no"]
    assert parsed["To"].addresses[1].display_name == "Åse Ødegård"
    assert email.utils.parsedate_to_datetime(parsed["Date"]) == datetime(2026, 3, 18, 15, 30, tzinfo=UTC)
    assert parsed["Message-ID"].startswith("<") and parsed["Message-ID"].endswith("@fjellvik.kommune.no>")
    assert parsed["X-Unsent"] == "1"
    body = parsed.get_body(("plain",)).get_content().replace("\r\n", "\n")
    # Markup and placeholders stay as typed; the right-to-left override is cleaned out, as in the PDF.
    assert body.startswith("Hei alle sammen!\n\nVedlagt. æøå\n" + HOSTILE.replace("\u202e", "").replace("\u202c", ""))
    (attachment,) = list(parsed.iter_attachments())
    assert attachment.get_content_type() == "application/pdf"
    assert attachment.get_filename() == "Oppsummering – Trygg skoleveg ŋ.pdf"
    assert attachment.get_content() == b"%PDF-1.4\n" + bytes(range(256)) * 100


@pytest.mark.parametrize(
    "subject",
    [
        "Hei\r\nBcc: spy@evil.example",
        "Hei\nBcc: spy@evil.example",
        "Hei\rBcc: spy@evil.example",
        "Hei\x00\x0bBcc: spy@evil.example",
        "Hei\u2028Bcc: spy@evil.example",
        "x" * 100_000 + "\r\nBcc: a@b.no",
    ],
)
def test_line_breaks_in_subject_or_names_never_make_a_header(subject):
    recipients = [
        A.Recipient("", "Ada\r\nBcc: spy@evil.example", "ada@example.org", ""),
        *parse_recipients('"Per\tCc: spy@evil.example" <per@example.org>'),
    ]
    message = sample_message(subject=subject, sender_name="Kari\nReply-To: spy@evil.example", recipients=recipients)
    parsed = email.message_from_bytes(message_bytes(message), policy=policy.default)

    assert sorted(parsed.keys()) == sorted(
        ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"]
    )
    assert "Bcc" not in parsed and "Reply-To" not in parsed and "Cc" not in parsed
    assert [a.addr_spec for a in parsed["To"].addresses] == ["ada@example.org", "per@example.org"]
    assert "Bcc: spy@evil.example" in parsed["Subject"] or len(parsed["Subject"]) > 99_000


def test_a_message_without_a_valid_sender_or_recipient_is_refused_with_a_reason():
    with pytest.raises(MailError, match="From address"):
        sample_message(sender_address="kari@")
    with pytest.raises(MailError, match="no valid recipient"):
        sample_message(recipients=parse_recipients("nobody, @x.no"))


def test_a_draft_that_cannot_be_written_says_why(tmp_path):
    (tmp_path / "blocker").write_text("a file where a folder should be")
    with pytest.raises(MailError):
        write_eml(sample_message(), tmp_path / "blocker" / "draft.eml")


class MemoryKeyring(KeyringBackend):
    """A keyring backend of the test's own (keyring's plug-in interface), standing in for the OS keyring."""

    priority = 1

    def __init__(self):
        super().__init__()
        self.store = {}

    def get_password(self, service, username):
        return self.store.get((service, username))

    def set_password(self, service, username, password):
        self.store[(service, username)] = password

    def delete_password(self, service, username):
        if (service, username) not in self.store:
            raise keyring.errors.PasswordDeleteError(username)
        del self.store[(service, username)]


def test_passwords_go_to_the_keyring_when_there_is_one_and_survive_a_restart():
    backend = MemoryKeyring()
    store = PasswordStore(backend)
    assert store.persistent and store.set("kari@smtp:587", "sørlandet ŋ")
    assert PasswordStore(backend).get("kari@smtp:587") == "sørlandet ŋ"
    store.forget("kari@smtp:587")
    assert PasswordStore(backend).get("kari@smtp:587") is None


def test_without_a_keyring_the_password_lives_in_memory_only():
    from keyring.backends import fail

    store = PasswordStore(fail.Keyring())
    assert not store.persistent
    assert store.set("kari@smtp:587", "hemmelig") is False
    assert store.get("kari@smtp:587") == "hemmelig"
    assert PasswordStore(fail.Keyring()).get("kari@smtp:587") is None  # the next session asks again
