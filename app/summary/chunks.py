"""User text for print: runs of blank lines collapsed, and long texts cut into pieces a page can hold.

Reportlab lays a paragraph out again, whole, each time it splits it across a
page, so one note of 200 KB costs time in the square of its length (minutes).
Cut beforehand into pieces of about a page or less, it costs time in
proportion to its length: each piece is laid out at most about twice. The
pieces are cut at line breaks where the text has them, else between words,
else (one endless "word") anywhere.
"""

from __future__ import annotations

import re

PIECE = 1500  # characters: about 20 lines of a note at the page's width, well under a page

_BLANK_RUN = re.compile(r"\n[ \t\u00a0\u3000]*(?:\n[ \t\u00a0\u3000]*)+\n")


def collapsed(text: str) -> str:
    """The text with each run of blank lines made one blank line, and none at either end."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _BLANK_RUN.sub("\n\n", text).strip("\n")


def pieces(text: str, size: int = PIECE) -> list[str]:
    """The text in pieces of at most `size` characters, cut at a line break, else a space, else anywhere."""
    result: list[str] = []
    start, end = 0, len(text)
    while end - start > size:
        limit = start + size
        cut = text.rfind("\n", start + size // 2, limit)
        if cut < 0:
            cut = text.rfind(" ", start + size // 2, limit)
        if cut < 0:
            result.append(text[start:limit])
            start = limit
        else:
            result.append(text[start:cut])
            start = cut + 1
    if start < end or not result:
        result.append(text[start:end])
    return result
