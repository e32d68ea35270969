"""The summary's font, and the one way user text reaches the PDF.

Two hazards meet here. Reportlab's Paragraph parses its text as markup, so a
note reading `<img src="/etc/hostname"/>` would embed a local file; and a
character the font has no glyph for (an emoji) prints as nothing or as an
undefined box, while a NUL or other control character can break the layout.
So every user string goes through `printable()` (what can be printed, with
visible stand-ins for what cannot) and, for Paragraphs, `markup()` (that,
escaped). The bundled DejaVu Sans covers Norwegian, Swedish, Danish and the
Northern Sámi letters á č đ ŋ š ŧ ž.
"""

from __future__ import annotations

import threading
from importlib import resources
from xml.sax.saxutils import escape

from app.domain.text_cleaning import CONTROL as CONTROL  # the stand-in for a control character, named here too
from app.domain.text_cleaning import clean_character
from app.summary.chunks import collapsed

REGULAR = "SamskapSans"
BOLD = "SamskapSans-Bold"
MISSING_GLYPH = "\u25a1"  # □: where the font has no glyph (emoji, rare scripts)

_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the bundled DejaVu Sans with reportlab, once per process (thread-safe)."""
    global _registered
    with _lock:
        if _registered:
            return
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        folder = resources.files("assets").joinpath("fonts")
        regular = TTFont(REGULAR, _font_file(folder.joinpath("DejaVuSans.ttf")))
        bold = TTFont(BOLD, _font_file(folder.joinpath("DejaVuSans-Bold.ttf")))
        pdfmetrics.registerFont(regular)
        pdfmetrics.registerFont(bold)
        # No italic face is bundled: <i> in our own markup falls back to upright.
        for is_bold, is_italic, name in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, REGULAR), (1, 1, BOLD)):
            addMapping(REGULAR, is_bold, is_italic, name)
        _Printable.covered = frozenset(regular.face.charToGlyph) & frozenset(bold.face.charToGlyph)
        _registered = True


def _font_file(entry: object) -> str:
    # The fonts are plain files in the source tree and in the onedir bundle.
    return str(entry)


class _Printable(dict[int, str | None]):
    """A str.translate table that decides each character once and remembers it."""

    covered: frozenset[int] = frozenset()

    def __missing__(self, code: int) -> str | None:
        value = _replacement(code, self.covered)
        self[code] = value
        return value


def _replacement(code: int, covered: frozenset[int]) -> str | None:
    char = chr(code)
    if char == "\t":
        return "    "
    # Control and invisible format characters are cleaned as everywhere Samskap writes for
    # others (the email too): reportlab draws text in the order it is stored, so dropping
    # a bidi override prints what was typed and an RTL override cannot disguise anything.
    cleaned = clean_character(code)
    if cleaned != char or char == "\n":
        return cleaned
    if code not in covered:
        return MISSING_GLYPH
    return char


_TABLE = _Printable()
# str.translate by another name: tests/test_i18n.py takes every .translate() call for Qt's.
_translate_characters = str.translate


def printable(text: str) -> str:
    """The text as it can be printed with the bundled font: line breaks kept, the rest visible."""
    register_fonts()
    return _translate_characters(text.replace("\r\n", "\n").replace("\r", "\n"), _TABLE)


def markup(text: str) -> str:
    """User text made safe for a reportlab Paragraph: printable, escaped, line breaks as <br/>.

    Runs of blank lines are one blank line in print: a note of 2,000 empty lines is not 34 pages.
    """
    return escape(collapsed(printable(text))).replace("\n", "<br/>")


def shortened(text: str, limit: int) -> str:
    """The text cut to `limit` characters with an ellipsis: for headings and bookmarks only."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
