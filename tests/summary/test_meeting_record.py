"""The summary as the record of one meeting (issue 14): order, public version, and each page defect.

Read back with pypdf; the drawing order and dash patterns from the page's content stream.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pypdf
import pytest
from reportlab.platypus import Paragraph

from app.demo import build_demo_workshop
from app.domain.model import (
    ActionStatus,
    Board,
    BoardKind,
    Connector,
    ConnectorKind,
    Note,
    Participant,
    Phase,
    Stakeholder,
    StakeholderCategory,
    Workshop,
    WorkshopInfo,
)
from app.domain.stakeholders import Quadrant, quadrant_title
from app.i18n import install_language, remove_translators
from app.summary import export_summary
from app.summary.arrows import ARROW_STYLES, label_spot
from app.summary.catalogue import Catalogue
from app.summary.record import ActionChanges, record_of
from app.summary.stakeholder_grid import StakeholderGrid
from app.summary.styles import CONTENT_WIDTH, Styles
from app.summary.texts import Texts


def export(workshop: Workshop, folder: Path, name: str = "s.pdf", **options) -> Path:
    target = folder / name
    export_summary(workshop, target, language=options.pop("language", workshop.info.language), **options)
    return target


def page_texts(path: Path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in pypdf.PdfReader(path).pages]


def test_decisions_and_actions_come_on_the_first_page_after_the_cover(tmp_path):
    demo = build_demo_workshop()
    may = demo.meetings_in_order()[1]  # the meeting that made decisions
    cover, first, *_rest = page_texts(export(demo, tmp_path, meeting=record_of(demo, may.id)))
    assert "Bo hjemme lengst mulig" in cover and "Til stede" in cover
    assert "Beslutninger" not in cover
    decisions = [d for d in demo.decisions if d.meeting_id == may.id]
    assert decisions
    for decision in decisions:
        assert " ".join(decision.text.split())[:40] in first
    for action in demo.actions:
        assert " ".join(action.what.split())[:30] in first
    assert "Tiltaksplan" in first and "Idéene med flest stemmer" in first
    assert "Eldre i Fjellvik må flytte fra hjemmet" in first  # the problem: the floke's trunk


def test_the_agenda_has_clock_times_from_the_start_time_and_durations(tmp_path):
    demo = build_demo_workshop()  # its current meeting starts at demo.info.start_time
    text = " ".join(page_texts(export(demo, tmp_path)))
    steps = demo.agenda_in_order()
    hour, minute = map(int, demo.info.start_time.split(":"))
    start = hour * 60 + minute

    def clock(minutes: int, sep: str = ":") -> str:
        return f"{minutes // 60:02d}{sep}{minutes % 60:02d}"

    assert f"{clock(start)}–{clock(start + steps[0].duration_min)}" in text
    total = sum(s.duration_min for s in steps)
    assert f"–{clock(start + total)}" in text
    danish = " ".join(page_texts(export(demo, tmp_path, "da.pdf", language="da")))
    assert f"{clock(start, '.')}–" in danish  # the Danish clock


def test_no_page_but_the_cover_and_the_last_is_mostly_white(tmp_path):
    """Every page between cover and end is filled to below its middle (no forced breaks mid-page)."""
    for language in ("nb", "sv"):
        reader = pypdf.PdfReader(export(build_demo_workshop(), tmp_path, f"{language}.pdf", language=language))
        for number, page in enumerate(reader.pages[1:-1], start=2):
            lowest = [float(page.mediabox.height)]

            def visit(text, cm, tm, font, size, lowest=lowest) -> None:
                y = tm[5] * cm[3] + cm[5]
                if text.strip() and y > 45:  # above the footer
                    lowest[0] = min(lowest[0], y)

            page.extract_text(visitor_text=visit)
            assert lowest[0] < float(page.mediabox.height) / 2, f"page {number} ({language}) is mostly white"


def test_no_line_of_a_paragraph_is_left_alone_at_a_page_foot_or_head():
    styles = Styles("nb")
    text = " ".join(f"ord{i}" for i in range(160))  # several lines
    for style in (styles.note, styles.base, styles.cell_for(CONTENT_WIDTH)):
        paragraph = Paragraph(text, style)
        _w, height = paragraph.wrap(CONTENT_WIDTH, 10_000)
        lines = len(paragraph.blPara.lines)
        assert lines >= 5
        # Room for one line only: the whole paragraph moves on (no orphan).
        assert Paragraph(text, style).split(CONTENT_WIDTH, style.leading * 1.5) == []
        # Room for all but one line: the split leaves at least two on the next page (no widow).
        _first, second = Paragraph(text, style).split(CONTENT_WIDTH, height - style.leading * 0.5)
        second.wrap(CONTENT_WIDTH, 10_000)
        assert len(second.blPara.lines) >= 2


# -- the public version ---------------------------------------------------------------


def public_workshop() -> Workshop:
    demo = build_demo_workshop()
    someone = demo.participants[0]
    demo.notes[0] = dataclasses.replace(demo.notes[0], text=f"Som {someone.name} sa: flere hender")
    demo.stakeholders.append(Stakeholder("Ragnhild Innbygger", category=StakeholderCategory.CITIZENS))
    demo.participants[1] = dataclasses.replace(demo.participants[1], email="hilde@example.org")
    return demo


def test_the_public_version_names_no_participant_anywhere(tmp_path):
    demo = public_workshop()
    path = export(demo, tmp_path, public=True)
    text = " ".join(page_texts(path))
    for person in demo.participants:
        assert person.name not in text, person.name
        if person.email:
            assert person.email not in text
    assert "Ragnhild Innbygger" not in text and "Innbyggere" in text  # named by its category
    assert "OFFENTLIG VERSJON" in text and "erstattet med rolle eller organisasjon" in text
    assert "Fysioterapeut" in text or any(p.role in text for p in demo.participants if p.role)
    for note in demo.notes:
        assert f"— {note.author}" not in text
    # The private version is untouched by the public one.
    private = " ".join(page_texts(export(demo, tmp_path, "private.pdf")))
    assert all(person.name in private for person in demo.participants)
    assert "OFFENTLIG" not in private


def test_the_public_version_from_the_command_line(demo_file: Path, tmp_path: Path) -> None:
    from tests.test_cli import samskap

    out = tmp_path / "offentlig.pdf"
    result = samskap(tmp_path, "pdf", demo_file, "-o", out, "--public")
    assert result.returncode == 0, result.stderr
    text = " ".join(page_texts(out))
    assert "OFFENTLIG VERSJON" in text
    assert "Máret Ánne Sárá" not in text and "Per Arne Haugen" not in text


# -- page defects ----------------------------------------------------------------------


def arrows_workshop() -> Workshop:
    board = Board("Piler", Phase.CO_INITIATION, kind=BoardKind.FLOKE_MAP, id="b")
    notes = [
        Note("b", text="Venstre", x=0, y=0, id="a"),
        Note("b", text="Midten", x=200, y=0, id="m"),  # between a and c: a's arrow to c runs under it
        Note("b", text="Høyre", x=400, y=0, id="c"),
        Note("b", text="Under", x=0, y=300, id="d"),
        Note("b", text="Nede", x=400, y=300, id="e"),
    ]
    connectors = [
        Connector("b", "a", "c", label="færre hender", kind=ConnectorKind.CAUSES),
        Connector("b", "a", "d", kind=ConnectorKind.BLOCKS),
        Connector("b", "d", "e", kind=ConnectorKind.RELATED),
        Connector("b", "c", "e", kind=ConnectorKind.LEADS_TO),
    ]
    return Workshop(WorkshopInfo("Piler", language="nb"), boards=[board], notes=notes, connectors=connectors)


def board_page_operations(path: Path) -> list[tuple[str, Any]]:
    """The drawing operations of the page with the board picture, in order, with the text drawn."""
    reader = pypdf.PdfReader(path)
    page = next(p for p in reader.pages if "Venstre" in p.extract_text())
    events: list[tuple[str, Any]] = []
    page.extract_text(
        visitor_operand_before=lambda op, args, cm, tm: events.append(
            (op.decode() if isinstance(op, bytes) else op, args)
        ),
        visitor_text=lambda text, *rest: events.append(("text", text)) if text.strip() else None,
    )
    return events


def test_arrow_labels_are_drawn_above_the_notes_and_beside_them(tmp_path):
    events = board_page_operations(export(arrows_workshop(), tmp_path))
    label = next(i for i, (kind, value) in enumerate(events) if kind == "text" and "færre hender" in str(value))
    # The notes are listed as text under the picture too: only the picture's own drawing counts.
    listed = next(i for i, (kind, value) in enumerate(events) if kind == "text" and "Utenfor rammene" in str(value))
    note_texts = [
        i
        for i, (kind, value) in enumerate(events[:listed])
        if kind == "text" and str(value).strip() in ("Midten", "Venstre")
    ]
    assert note_texts and label > max(note_texts), "the label is drawn before a note that may cover it"
    # Where it goes: not on the note it would otherwise lie on.
    middle = (200.0, 0.0, 380.0, 120.0)
    box = label_spot((180.0, 60.0, 600.0, 60.0), 100.0, 16.0, [middle])
    assert not (box[0] < middle[2] and middle[0] < box[2] and box[1] < middle[3] and middle[1] < box[3])
    assert box[1] < 60 < box[3]  # still on its arrow


def test_arrow_kinds_are_drawn_apart_as_on_screen(tmp_path):
    events = board_page_operations(export(arrows_workshop(), tmp_path))
    dashes = {tuple(float(x) for x in args[0]) for kind, args in events if kind == "d" and args and args[0]}
    blocks, related = ARROW_STYLES[ConnectorKind.BLOCKS].dash, ARROW_STYLES[ConnectorKind.RELATED].dash
    assert {blocks, related} <= dashes and blocks != related
    colours = {args_key for kind, args_key in ((k, tuple(float(x) for x in a)) for k, a in events if k == "RG")}
    assert len(colours) >= 4  # causes, leads to, blocks and related each in their colour


def test_the_arrow_styles_are_the_screens():
    from PySide6.QtCore import Qt

    from widgets.board.connector_item import STYLES

    lines = {Qt.PenStyle.SolidLine: 0, Qt.PenStyle.DashLine: 2, Qt.PenStyle.DotLine: 2}
    for kind, screen in STYLES.items():
        printed = ARROW_STYLES[kind]
        assert printed.colour.lower() == screen.colour.name().lower()
        assert printed.head == screen.head
        assert len(printed.dash) == lines[screen.pen.style()]
    assert ARROW_STYLES[ConnectorKind.BLOCKS].dash[0] > ARROW_STYLES[ConnectorKind.RELATED].dash[0]  # dashes, dots


def test_a_stakeholder_map_board_points_to_the_stakeholders_section(tmp_path):
    demo = build_demo_workshop()
    assert any(b.kind is BoardKind.STAKEHOLDER_MAP for b in demo.boards)
    text = " ".join(page_texts(export(demo, tmp_path)))
    pointer = text.index("Aktørkartet er gjengitt i avsnittet «Aktører»")
    assert "Aktørkart" in text[pointer - 60 : pointer]  # under the board's heading (and its picture)
    assert "Tavla har ingen lapper" not in text


def test_a_stakeholder_dot_near_the_top_does_not_cover_a_quadrant_name():
    people = [Stakeholder(f"S{i}", power=1.0, interest=i / 20) for i in range(21)]
    people += [Stakeholder(f"T{i}", power=0.45, interest=i / 20) for i in range(21)]
    grid = StakeholderGrid(people, Texts("nb"), Catalogue("nb"))
    grid.wrap(CONTENT_WIDTH, 250)
    layout = grid.layout()
    for *_name, (left, bottom, right, top) in layout.labels:
        for x, y in layout.dots:
            nearest_x, nearest_y = min(max(x, left), right), min(max(y, bottom), top)
            assert (x - nearest_x) ** 2 + (y - nearest_y) ** 2 >= 7.5**2


@pytest.mark.parametrize("language", ["nb", "nn", "sv", "da"])
def test_quadrant_names_are_the_apps(qapp, language, tmp_path):
    installed = install_language(qapp, language)
    try:
        on_screen = {q: quadrant_title(q) for q in Quadrant}
    finally:
        remove_translators(qapp, installed)
    assert on_screen[Quadrant.MANAGE_CLOSELY] != "Manage closely"
    demo = build_demo_workshop()
    text = " ".join(page_texts(export(demo, tmp_path, language=language)))
    for name in on_screen.values():
        assert name in text
    if language == "nb":
        assert "Følg tett opp" in text and "Involver tett" not in text


def test_notes_are_credited_to_their_author_not_to_the_facilitator(tmp_path):
    board = Board("Idéer", Phase.CO_DESIGN, id="b")
    notes = [
        Note("b", text="Skrevet av fasilitator ved tastaturet", author="Ingrid Solberg", id="n1"),
        Note("b", text="Fra telefonen", author="Kari Nordmann", x=200, id="n2"),
    ]
    info = WorkshopInfo("Kreditt", facilitator="Ingrid Solberg", language="nb")
    text = " ".join(page_texts(export(Workshop(info, boards=[board], notes=notes), tmp_path)))
    assert "Fra telefonen — Kari Nordmann" in text
    assert "— Ingrid Solberg" not in text


@pytest.mark.parametrize(
    ("language", "word", "category"),
    [
        ("nb", "hverdagsrehabiliteringsteamet", StakeholderCategory.PROFESSIONALS),
        ("sv", "Yrkesverksamma", StakeholderCategory.PROFESSIONALS),
    ],
)
def test_words_break_between_words_or_with_a_hyphen_never_bare(tmp_path, language, word, category):
    board = Board("Ord", Phase.CO_DESIGN, id="b")
    note = Note("b", text=f"{word} " * 3 + "X" * 400, width=90, id="n")
    info = WorkshopInfo("Orddeling", language=language)
    workshop = Workshop(
        info,
        boards=[board],
        notes=[note],
        stakeholders=[Stakeholder(word, category=category)],
    )
    path = export(workshop, tmp_path)
    text = " ".join(page_texts(path))
    # A piece of the word that is not its end ends in a hyphen (or the … of a full note).
    for token in text.split():
        core = token.rstrip("-…")
        if len(core) >= 4 and core != word and core in word and not word.endswith(core):
            assert token.endswith(("-", "…")), token
    xs = [token for token in text.split() if token.rstrip("-…") and set(token.rstrip("-…")) == {"X"}]
    assert xs and all(token.endswith(("-", "…")) for token in xs[:-1]), xs


def test_runs_of_blank_lines_are_one_blank_line_in_print(tmp_path):
    board = Board("Tomt", Phase.CO_DESIGN, id="b")
    notes = [Note("b", text="Før" + "\n" * 2000 + "Etter", id="n"), Note("b", text=" \n" * 2000, x=200, id="m")]
    path = export(Workshop(WorkshopInfo("Blanke", language="nb"), boards=[board], notes=notes), tmp_path)
    assert len(pypdf.PdfReader(path).pages) <= 3
    assert "Før" in " ".join(page_texts(path)) and "Etter" in " ".join(page_texts(path))


def test_a_title_over_200_characters_is_printed_whole_once(tmp_path):
    title = "Lang tittel " + " ".join(f"ord{i}" for i in range(60)) + " SLUTT"
    board_name = "Tavle " + " ".join(f"del{i}" for i in range(60)) + " TAVLESLUTT"
    assert len(title) > 200 and len(board_name) > 200
    board = Board(board_name, Phase.CO_DESIGN, id="b")
    workshop = Workshop(WorkshopInfo(title, language="nb"), boards=[board], notes=[Note("b", text="x", id="n")])
    text = " ".join(page_texts(export(workshop, tmp_path)))
    assert text.count(" ".join(title.split())) == 1
    assert text.count(board_name) == 1


def test_right_to_left_names_reach_the_page_in_stored_order(tmp_path):
    """Hebrew prints in the order it is stored (README, "Summary": reportlab's bidi needs rlbidi,
    which is not installable here); it must at least print, never vanish or break the export."""
    hebrew, arabic = "דוד כהן", "فاطمة"
    workshop = Workshop(
        WorkshopInfo("RTL", language="nb"),
        participants=[Participant(hebrew, role="Innbygger"), Participant(arabic, role="Bruker")],
    )
    text = " ".join(page_texts(export(workshop, tmp_path)))
    assert "כהן" in text or "ןהכ" in text
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    assert "right-to-left" in readme.lower()


def test_sector_tags_are_shown_with_the_apps_names(tmp_path):
    board = Board("Floke", Phase.CO_INITIATION, id="b")
    notes = [Note("b", text="Ensomhet", sectors=["health-care", "nav", "unknown-key"], id="n")]
    workshop = Workshop(WorkshopInfo("Sektorer", language="nb"), boards=[board], notes=notes)
    text = " ".join(page_texts(export(workshop, tmp_path)))
    health = Catalogue("nb").translate("Sectors", "Health and care")
    assert health != "Health and care"
    nav = Catalogue("nb").translate("Sectors", "NAV (welfare)")
    assert f"Ensomhet [{health}, {nav}, unknown-key]" in text


def test_a_meetings_record_plugs_into_the_same_summary(tmp_path):
    """What a process of meetings will hand over: its own place, attendees and action changes."""
    demo = build_demo_workshop()
    first_action = sorted(demo.actions, key=lambda a: a.position)[0]  # done by now
    record = dataclasses.replace(
        record_of(demo),
        place="Rådhuset, møterom 2",
        attendees=demo.participants[:2],
        changes=ActionChanges(done=3, stopped=1, new=2, previous_status={first_action.id: ActionStatus.PLANNED}),
    )
    cover, first, *_rest = page_texts(export(demo, tmp_path, meeting=record))
    assert "Sted: Rådhuset, møterom 2" in cover
    assert demo.participants[0].name in cover and demo.participants[2].name not in cover
    assert "Siden forrige møte: 3 ferdig, 1 stoppet, 2 nye." in first
    assert "Ferdig (var planlagt)" in first
