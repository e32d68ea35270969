"""The look of the summary: page geometry, paragraph styles, table styles, and headings that bookmark."""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Paragraph

from app.summary.fonts import BOLD, REGULAR, printable, register_fonts
from app.summary.hyphens import hyphenator

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 18 * mm
MARGIN_BOTTOM = 20 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
CONTENT_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM

INK = HexColor("#1f2937")
ACCENT = HexColor("#1f4e79")
MUTED = HexColor("#5b6470")
RULE = HexColor("#c9d1db")
HEADER_FILL = HexColor("#e8eef5")


class Styles:
    """Every paragraph style the summary uses, made once the font is registered."""

    def __init__(self, language: str = "en") -> None:
        register_fonts()
        # No line of a paragraph alone at the foot (orphan) or the head (widow) of a page; words
        # break at syllables of the summary's language, with a hyphen, never anywhere without one.
        base = ParagraphStyle(
            "base",
            fontName=REGULAR,
            fontSize=9.5,
            leading=12.5,
            textColor=INK,
            allowWidows=0,
            allowOrphans=0,
        )
        self.language = language
        self.base = base
        self.kicker = ParagraphStyle("kicker", base, fontName=BOLD, fontSize=11, leading=14, textColor=ACCENT)
        self.title = ParagraphStyle("title", base, fontName=BOLD, fontSize=26, leading=31, spaceBefore=6, spaceAfter=14)
        self.cover_line = ParagraphStyle("cover", base, fontSize=13, leading=18, spaceAfter=2)
        self.h1 = ParagraphStyle(
            "h1",
            base,
            fontName=BOLD,
            fontSize=19,
            leading=23,
            textColor=ACCENT,
            spaceBefore=14,
            spaceAfter=2,
            keepWithNext=1,
        )
        self.intro = ParagraphStyle("intro", base, fontSize=10.5, leading=14, textColor=MUTED, spaceAfter=10)
        self.h2 = ParagraphStyle(
            "h2", base, fontName=BOLD, fontSize=14, leading=18, spaceBefore=16, spaceAfter=6, keepWithNext=1
        )
        self.h3 = ParagraphStyle(
            "h3", base, fontName=BOLD, fontSize=10.5, leading=14, spaceBefore=9, spaceAfter=3, keepWithNext=1
        )
        self.board = ParagraphStyle(
            "board", base, fontName=BOLD, fontSize=12.5, leading=16, spaceBefore=14, spaceAfter=5, keepWithNext=1
        )
        self.muted = ParagraphStyle("muted", base, textColor=MUTED, spaceAfter=4)
        self.note = ParagraphStyle(
            "note", base, leftIndent=13, bulletIndent=0, bulletFontName=REGULAR, bulletFontSize=10, spaceAfter=3
        )
        # A long note printed in pieces (app/summary/chunks.py): the pieces after the first read on.
        self.note_piece = ParagraphStyle("note_piece", self.note, spaceAfter=0)
        self.problem = ParagraphStyle("problem", base, fontSize=11, leading=15, spaceAfter=4)
        self.ranked = ParagraphStyle("ranked", base, leftIndent=16, bulletIndent=0, spaceAfter=2)
        self.hyphenate = hyphenator(language)
        self.connection = ParagraphStyle("connection", base, fontSize=8.5, leading=11, leftIndent=13, spaceAfter=2)
        self.cell = ParagraphStyle("cell", base, fontSize=8.5, leading=11)
        self.cell_head = ParagraphStyle("cell_head", self.cell, fontName=BOLD)
        for style in vars(self).values():  # a word breaks only when wider than a full line in this style
            if isinstance(style, ParagraphStyle):
                width = CONTENT_WIDTH - style.leftIndent - 4
                style.hyphenationLang = hyphenator(language, width, style.fontName, style.fontSize)

    @lru_cache(maxsize=64)  # noqa: B019 - one Styles per export, a handful of column widths
    def cell_for(self, width: float, *, head: bool = False) -> ParagraphStyle:
        """The cell style for a column `width` points wide: a word breaks only when wider than the column."""
        style = self.cell_head if head else self.cell
        lang = hyphenator(self.language, width - 8, style.fontName, style.fontSize)
        return ParagraphStyle(f"{style.name} {width:.0f}", style, hyphenationLang=lang)

    @lru_cache(maxsize=64)  # noqa: B019 - one Styles per export, a handful of colours
    def note_with_bullet(self, colour: str, *, continued: bool = False) -> ParagraphStyle:
        """The note style whose square bullet has the note's colour (a little darker, so white shows).

        `continued`: more pieces of the same note follow, so no space after this one.
        """
        try:
            fill = HexColor(colour)
        except (ValueError, TypeError):
            fill = HexColor("#ffe14d")
        darker = type(fill)(fill.red * 0.85, fill.green * 0.85, fill.blue * 0.85)
        space = 0 if continued else self.note.spaceAfter
        return ParagraphStyle(f"note {colour} {continued}", self.note, bulletColor=darker, spaceAfter=space)


class Heading(Paragraph):
    """A heading that puts itself in the PDF's outline (bookmarks) where it is drawn.

    `over_table`: the heading of a table that may run over pages. Kept with the table as
    one block, it would carry the whole table to the next page and leave this one half
    white; instead it stands free after a CondPageBreak that leaves room for it and a few rows.
    """

    def __init__(
        self,
        text: str,
        style: ParagraphStyle,
        *,
        outline_title: str,
        outline_level: int,
        key: str,
        over_table: bool = False,
    ) -> None:
        if over_table:
            style = ParagraphStyle(f"{style.name} over table", style, keepWithNext=0)
        super().__init__(text, style)
        self.outline_title = " ".join(printable(outline_title).split())
        self.outline_level = outline_level
        self.key = key

    def draw(self) -> None:
        super().draw()
        canvas = self.canv
        canvas.bookmarkHorizontal(self.key, 0, self.height + 6)
        canvas.addOutlineEntry(self.outline_title, self.key, level=self.outline_level, closed=False)


def room_for_table() -> CondPageBreak:
    """Goes before a table's heading: a new page unless the heading and a few rows fit on this one."""
    return CondPageBreak(96)
