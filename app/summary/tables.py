"""Tables whose rows may hold any amount of user text and still break cleanly across pages.

Reportlab splits a table only between rows (its in-row splitting repeats the
header in the middle of a page), so a cell with more text than fits on a
page would stop the layout. Long cells are therefore cut into pieces at word
boundaries beforehand, and each piece after the first goes into a
continuation row drawn without a rule above it: the reader sees one tall row
that continues on the next page under the repeated header.
"""

from __future__ import annotations

import re

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import LongTable, Paragraph, TableStyle

from app.summary.chunks import collapsed
from app.summary.fonts import markup
from app.summary.styles import ACCENT, CONTENT_WIDTH, HEADER_FILL, RULE, Styles

Cell = list[str]  # the cell's markup, in pieces each small enough to fit on a page


def text_cell(text: str, fraction: float) -> Cell:
    """Plain user text for a column `fraction` of the page wide."""
    return [markup(piece) for piece in _pieces(text, _limit(fraction))] or [""]


def parts_cell(parts: list[tuple[str, str, str | None]], fraction: float) -> Cell:
    """Several lines in one cell, each (markup label, user text, colour or None): a criterion and its reason."""
    limit = _limit(fraction)
    lines: list[tuple[str, int]] = []
    for label, text, colour in parts:
        pieces = [_coloured(markup(piece), colour) for piece in _pieces(text, limit)] or [""]
        sizes = [len(piece) for piece in _pieces(text, limit)] or [0]
        lines.append((label + pieces[0], sizes[0]))
        lines += list(zip(pieces[1:], sizes[1:], strict=True))
    cell: Cell = []
    size = limit + 1
    for line, length in lines:
        if cell and size + length <= limit:
            cell[-1] += "<br/>" + line
            size += length
        else:
            cell.append(line)
            size = length
    return cell or [""]


def _coloured(text: str, colour: str | None) -> str:
    return f'<font color="{colour}">{text}</font>' if colour and text else text


def long_table(header: list[str], rows: list[list[Cell]], fractions: list[float], styles: Styles) -> LongTable:
    """A table at the page's width with `header` repeated on every page; `fractions` are the column widths."""
    widths = [CONTENT_WIDTH * fraction for fraction in fractions]
    data = [[Paragraph(markup(title), styles.cell_for(w, head=True)) for title, w in zip(header, widths, strict=True)]]
    starts: list[int] = []
    continued: list[int] = []
    for row in rows:
        starts.append(len(data))
        for index in range(max(len(cell) for cell in row)):
            if index:
                continued.append(len(data))
            data.append(
                [
                    _flowable(cell[index] if index < len(cell) else "", styles.cell_for(w))
                    for cell, w in zip(row, widths, strict=True)
                ]
            )
    commands = [
        ("FONT", (0, 1), (-1, -1), styles.cell.fontName, styles.cell.fontSize, styles.cell.leading),
        ("TEXTCOLOR", (0, 1), (-1, -1), styles.cell.textColor),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, -1), (-1, -1), 0.5, RULE),
    ]
    commands += [("LINEABOVE", (0, start), (-1, start), 0.5, RULE) for start in starts[1:]]
    for index in continued:  # a continuation reads as the same row
        commands += [("TOPPADDING", (0, index), (-1, index), 0), ("BOTTOMPADDING", (0, index - 1), (-1, index - 1), 0)]
    return LongTable(data, colWidths=widths, repeatRows=1, splitByRow=1, style=TableStyle(commands), hAlign="LEFT")


def _flowable(piece: str, style: ParagraphStyle) -> Paragraph | str:
    # A number or an empty continuation cell needs no Paragraph: plain strings cost far less to lay out.
    return piece if _PLAIN.fullmatch(piece) else Paragraph(piece, style)


_PLAIN = re.compile(r"[0-9.]*")


def _limit(fraction: float) -> int:
    # About 18 lines of 8.5 pt text at this column width: a piece never outgrows a page.
    return max(60, int(CONTENT_WIDTH * fraction * 4))


def _pieces(text: str, limit: int) -> list[str]:
    """The text in pieces of at most `limit` characters, broken at white space where there is some.

    Blank-line runs are collapsed first; the text is walked once (no copies of the rest), so the
    cost is in proportion to its length.
    """
    text = collapsed(text).strip()
    pieces: list[str] = []
    start = 0
    while len(text) - start > limit:
        end = start + limit
        cut = max(text.rfind(" ", start, end), text.rfind("\n", start, end))
        if cut - start < limit // 2:
            cut = end
        piece = text[start:cut].rstrip()
        if piece:
            pieces.append(piece)
        start = cut
        while start < len(text) and text[start].isspace():
            start += 1
    if start < len(text):
        pieces.append(text[start:])
    return pieces
