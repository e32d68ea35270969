"""The look of the summary: page geometry, paragraph styles, table styles, and headings that bookmark."""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph

from app.summary.fonts import BOLD, REGULAR, printable, register_fonts

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

    def __init__(self) -> None:
        register_fonts()
        base = ParagraphStyle("base", fontName=REGULAR, fontSize=9.5, leading=12.5, textColor=INK)
        self.base = base
        self.kicker = ParagraphStyle("kicker", base, fontName=BOLD, fontSize=11, leading=14, textColor=ACCENT)
        self.title = ParagraphStyle("title", base, fontName=BOLD, fontSize=26, leading=31, spaceBefore=6, spaceAfter=14)
        self.cover_line = ParagraphStyle("cover", base, fontSize=13, leading=18, spaceAfter=2)
        self.h1 = ParagraphStyle(
            "h1", base, fontName=BOLD, fontSize=19, leading=23, textColor=ACCENT, spaceAfter=2, keepWithNext=1
        )
        self.intro = ParagraphStyle("intro", base, fontSize=10.5, leading=14, textColor=MUTED, spaceAfter=10)
        self.h2 = ParagraphStyle(
            "h2", base, fontName=BOLD, fontSize=14, leading=18, spaceBefore=16, spaceAfter=6, keepWithNext=1
        )
        self.h3 = ParagraphStyle(
            "h3", base, fontName=BOLD, fontSize=10.5, leading=14, spaceBefore=9, spaceAfter=3, keepWithNext=1
        )
        self.muted = ParagraphStyle("muted", base, textColor=MUTED, spaceAfter=4)
        self.note = ParagraphStyle(
            "note", base, leftIndent=13, bulletIndent=0, bulletFontName=REGULAR, bulletFontSize=10, spaceAfter=3
        )
        self.connection = ParagraphStyle("connection", base, fontSize=8.5, leading=11, leftIndent=13, spaceAfter=2)
        self.cell = ParagraphStyle("cell", base, fontSize=8.5, leading=11)
        self.cell_head = ParagraphStyle("cell_head", self.cell, fontName=BOLD)

    @lru_cache(maxsize=64)  # noqa: B019 - one Styles per export, a handful of colours
    def note_with_bullet(self, colour: str) -> ParagraphStyle:
        """The note style whose square bullet has the note's colour (a little darker, so white shows)."""
        try:
            fill = HexColor(colour)
        except (ValueError, TypeError):
            fill = HexColor("#ffe14d")
        darker = type(fill)(fill.red * 0.85, fill.green * 0.85, fill.blue * 0.85)
        return ParagraphStyle(f"note {colour}", self.note, bulletColor=darker)


class Heading(Paragraph):
    """A heading that puts itself in the PDF's outline (bookmarks) where it is drawn."""

    def __init__(self, text: str, style: ParagraphStyle, *, outline_title: str, outline_level: int, key: str) -> None:
        super().__init__(text, style)
        self.outline_title = " ".join(printable(outline_title).split())
        self.outline_level = outline_level
        self.key = key

    def draw(self) -> None:
        super().draw()
        canvas = self.canv
        canvas.bookmarkHorizontal(self.key, 0, self.height + 6)
        canvas.addOutlineEntry(self.outline_title, self.key, level=self.outline_level, closed=False)
