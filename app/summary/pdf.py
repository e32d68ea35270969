"""The PDF summary of a workshop: what the facilitator sends to the participants and the council.

`export_summary` is the one entry point (the CLI, the window and the email
all call it). It writes to a temporary file beside the target and moves it
into place only when the whole document is written, so a failure or a
cancel leaves no file at the target and an older summary there untouched.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, CondPageBreak, Flowable, Frame, PageBreak, PageTemplate

from app.domain.model import PHASES, Workshop
from app.storage.atomic import atomic_path
from app.storage.errors import CannotWrite, describe_os_error
from app.summary import sections
from app.summary.board_section import board_flowables
from app.summary.catalogue import Catalogue
from app.summary.council import council_flowables
from app.summary.fonts import REGULAR, markup, printable, shortened
from app.summary.public import public_record
from app.summary.record import MeetingRecord, record_of
from app.summary.styles import (
    CONTENT_HEIGHT,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    Heading,
    Styles,
)
from app.summary.texts import Texts
from app.summary.votes import vote_results

Progress = Callable[[int, int], None]
PROGRESS_STEPS = 1000  # progress is reported as (done, PROGRESS_STEPS)
_STORY_SHARE = 300  # of the steps: building the story; the rest is laying out pages


class ExportCancelled(Exception):
    """The export was cancelled; nothing was written at the target."""


def export_summary(
    workshop: Workshop,
    target: Path,
    *,
    language: str,
    public: bool = False,
    meeting: MeetingRecord | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> None:
    """Write the summary of a meeting as an A4 PDF at `target`, in `language` (nb, nn, sv, da, en; others in English).

    `meeting` is the record of the meeting to summarise; by default the one
    meeting the workshop holds (`record_of(workshop)`). `public` writes the
    version for the public record: people named by role or organisation
    (app/summary/public.py).

    `progress(done, total)` is called now and then from the calling thread;
    `cancelled()` is asked as often, and when it returns True the export stops
    with ExportCancelled. A file that cannot be written raises CannotWrite (a
    WorkshopFileError, with a `.message` for the facilitator). Either way no
    file is left at `target`, and a file already there is not touched.
    Safe to call from a worker thread on a workshop no one else changes.
    """
    target = Path(target)
    if target.is_dir():
        raise CannotWrite(target, QCoreApplication.translate("SummaryExport", "it is a folder, not a file"))
    if not target.parent.is_dir():
        folder_missing = QCoreApplication.translate("SummaryExport", "the folder %s does not exist")
        raise CannotWrite(target, folder_missing % target.parent)
    try:
        with atomic_path(target) as temp:
            ticker = _Ticker(progress, cancelled)
            texts, catalogue = Texts(language), Catalogue(language)
            record = meeting if meeting is not None else record_of(workshop)
            if public:
                record = public_record(record, texts, catalogue)
            _write(record, temp, texts, catalogue, _pdf_language(language), ticker)
            ticker.report(PROGRESS_STEPS - 1)  # the last chance to cancel
    except OSError as error:
        raise CannotWrite(target, describe_os_error(error)) from error


def _write(
    record: MeetingRecord, path: Path, texts: Texts, catalogue: Catalogue, language: str, ticker: _Ticker
) -> None:
    styles = Styles(texts.language)
    story = _story(record, texts, styles, catalogue, ticker)
    document = _SummaryDocument(
        str(path),
        ticker=ticker,
        story_length=len(story),
        title=printable(shortened(record.title, sections.TITLE_LIMIT)),
        author=printable(shortened(record.facilitator, 200)),
        subject=printable(
            texts["subject"] + (f", {shortened(record.municipality, 200)}" if record.municipality else "")
        ),
        creator="Samskap",
        lang=language,
    )
    footer_title = printable(shortened(record.title, 70))
    page_label = texts["page"]

    def canvas_maker(*args, **kwargs) -> Canvas:
        return _NumberedCanvas(*args, footer_title=footer_title, page_label=page_label, **kwargs)

    document.build(story, canvasmaker=canvas_maker)


def _story(
    record: MeetingRecord, texts: Texts, styles: Styles, catalogue: Catalogue, ticker: _Ticker
) -> list[Flowable]:
    """Cover; what the council needs; the agenda; the boards by phase; the stakeholders; the votes.

    Only the cover ends in a page break: the other parts follow on, a heading
    moving to the next page only when too little room is left for a start
    (no half-white pages from forced breaks).
    """
    workshop = record.workshop
    total = max(1, len(workshop.notes))
    done = 0

    def tick(count: int) -> None:
        nonlocal done
        done += count
        ticker.report(_STORY_SHARE * min(done, total) // total)

    story: list[Flowable] = sections.cover(record, texts, styles)
    story.append(PageBreak())
    story += council_flowables(record, texts, styles)
    agenda = sections.agenda(record, texts, styles)
    if agenda:
        story += [_ROOM_FOR_A_START(), *agenda]
    if workshop.boards:
        title = texts["boards"]
        story += [
            _ROOM_FOR_A_START(),
            Heading(markup(title), styles.h1, outline_title=title, outline_level=0, key="boards"),
        ]
    for number, phase in enumerate(PHASES, start=1):
        boards = workshop.boards_in(phase)
        if not boards:
            continue
        story += sections.phase_heading(phase, texts, styles, number)
        for board in boards:
            story.append(_ROOM_FOR_A_START())
            story += board_flowables(workshop, board, texts, styles, catalogue, tick)
            tick(0)
    story.append(_ROOM_FOR_A_START())
    story += sections.stakeholders(workshop, texts, styles, catalogue)
    votes = vote_results(workshop, texts, styles)
    if votes:
        story += [_ROOM_FOR_A_START(), *votes]
    ticker.report(_STORY_SHARE)
    return story


def _ROOM_FOR_A_START() -> CondPageBreak:
    """A new part starts on the next page only when less than a fifth of this one is left."""
    return CondPageBreak(CONTENT_HEIGHT / 5)


class _Ticker:
    """Turns work done into progress reports and asks whether to stop, at each step."""

    def __init__(self, progress: Progress | None, cancelled: Callable[[], bool] | None) -> None:
        self._progress = progress
        self._cancelled = cancelled
        self._last = -1

    def report(self, done: int) -> None:
        """Say how far the export is (of PROGRESS_STEPS); raise ExportCancelled if asked to stop."""
        if self._cancelled is not None and self._cancelled():
            raise ExportCancelled()
        done = max(0, min(PROGRESS_STEPS, done))
        if done != self._last and self._progress is not None:
            self._last = done
            self._progress(done, PROGRESS_STEPS)


class _SummaryDocument(BaseDocTemplate):
    """A4 pages with one frame; reports progress after each flowable is placed."""

    def __init__(self, filename: str, *, ticker: _Ticker, story_length: int, **kwargs) -> None:
        super().__init__(
            filename,
            pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            **kwargs,
        )
        frame = Frame(MARGIN_X, MARGIN_BOTTOM, self.width, self.height, id="body", leftPadding=0, rightPadding=0)
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        self._ticker = ticker
        self._story_length = max(1, story_length)
        self._placed = 0

    def afterFlowable(self, flowable: Flowable) -> None:
        # Split flowables are placed more than once, so the count may pass the story's length.
        self._placed += 1
        share = min(self._placed, self._story_length - 1) / self._story_length
        self._ticker.report(_STORY_SHARE + int((PROGRESS_STEPS - _STORY_SHARE - 1) * share))


class _NumberedCanvas(Canvas):
    """Holds each page back until the end, so every footer can say "page X of Y".

    Bookmarks point at the page being emitted, so they are held back with
    their page and set when it is finally written.
    """

    def __init__(self, *args, footer_title: str, page_label: str, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._footer_title = footer_title
        self._page_label = page_label
        self._held_pages: list[tuple[dict, list[tuple[str, dict]]]] = []
        self._page_bookmarks: list[tuple[str, dict]] = []
        self.showOutline()

    def bookmarkPage(self, key, **kwargs):
        self._page_bookmarks.append((key, kwargs))

    def showPage(self) -> None:
        self._held_pages.append((dict(self.__dict__), self._page_bookmarks))
        self._page_bookmarks = []
        self._startPage()

    def save(self) -> None:
        held = self._held_pages
        for number, (state, bookmarks) in enumerate(held, start=1):
            self.__dict__.update(state)
            if number > 1:
                self._draw_footer(number, len(held))
            for key, kwargs in bookmarks:
                Canvas.bookmarkPage(self, key, **kwargs)
            Canvas.showPage(self)
        Canvas.save(self)

    def _draw_footer(self, number: int, pages: int) -> None:
        self.saveState()
        self.setFont(REGULAR, 8)
        self.setFillColor(MUTED)
        self.drawString(MARGIN_X, MARGIN_BOTTOM / 2, self._footer_title)
        label = self._page_label.format(page=number, pages=pages)
        self.drawRightString(PAGE_WIDTH - MARGIN_X, MARGIN_BOTTOM / 2, label)
        self.restoreState()


def _pdf_language(language: str) -> str:
    """A BCP 47 tag for the catalog's /Lang, or "und" (undetermined) for anything else."""
    return language if re.fullmatch(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*", language or "") else "und"
