"""How long a note, a title and a label may be: one statement, enforced at every entry.

The limits keep a workshop what it is (sticky notes, headings, arrow labels), and
keep what is drawn from it (the board, the wall, the PDF summary) fast and readable:
a 200 KB "note" once made the PDF take minutes. Every way in refuses text beyond its
limit with a message that says so, never cutting it silently: the editors (the note
editor and every line edit), paste, the JSON import, templates and the phones.

- A note: 2,000 characters. A sticky note at its default size shows about 150; at its
  largest (2000 x 2000 units) some 2,000 fit in the note font. That is about 300
  words, a long paragraph: a quote from a citizen or a clause of a plan fits, a
  document does not. (A phone writes at most 500, app.domain.submissions: a note
  typed with thumbs.)
- A title (the workshop's, a board's name, a frame's, a vote's question, an agenda
  step's): 300 characters. A heading is one line on the wall and in the PDF; 300
  holds the longest project names municipalities use, and a vote's question.
- A label on an arrow: 200 characters. It is drawn along the arrow, wrapped to
  200 units; a longer one covers the notes it connects.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

NOTE_TEXT_MAX = 2000
TITLE_MAX = 300
LABEL_MAX = 200

NOTE, TITLE, LABEL = "note", "title", "label"
MAXIMUM = {NOTE: NOTE_TEXT_MAX, TITLE: TITLE_MAX, LABEL: LABEL_MAX}

# (list on the Workshop, field, kind): every limited field of the model. The workshop's own
# title (WorkshopInfo.title) is a TITLE too; validation checks it beside these.
LIMITED_FIELDS: tuple[tuple[str, str, str], ...] = (
    ("notes", "text", NOTE),
    ("submissions", "text", NOTE),
    ("boards", "name", TITLE),
    ("frames", "title", TITLE),
    ("votes", "title", TITLE),
    ("agenda", "title", TITLE),
    ("connectors", "label", LABEL),
)

_TOO_LONG = {
    NOTE: QT_TRANSLATE_NOOP("TextLimits", "A note holds at most {max} characters."),
    TITLE: QT_TRANSLATE_NOOP("TextLimits", "A title holds at most {max} characters."),
    LABEL: QT_TRANSLATE_NOOP("TextLimits", "A label holds at most {max} characters."),
}


def number(value: int) -> str:
    """A count as the interface's locale writes it (2 000, 2,000)."""
    from PySide6.QtCore import QLocale

    return QLocale().toString(value)


def too_long(kind: str, text: str) -> str | None:
    """The message refusing `text` as a `kind` (NOTE, TITLE, LABEL), or None when it fits."""
    if len(text) <= MAXIMUM[kind]:
        return None
    return too_long_message(kind, len(text))


def too_long_message(kind: str, length: int | None) -> str:
    """Why a text of `length` characters (None: not known) cannot be a `kind`, in the interface's language."""
    # The templates are marked with QT_TRANSLATE_NOOP where they are written (typed as object).
    template = _TOO_LONG[kind]
    message = QCoreApplication.translate("TextLimits", template).format(max=number(MAXIMUM[kind]))  # type: ignore[arg-type]
    if length is None:
        return message
    return message + " " + QCoreApplication.translate("TextLimits", "This text has {n}.").format(n=number(length))
