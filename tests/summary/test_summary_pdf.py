"""The PDF summary, read back with pypdf: content, safety with hostile text, bookmarks, metadata, atomic writes."""

from __future__ import annotations

import dataclasses
import os
import re
import subprocess
import sys
from pathlib import Path

import pypdf
import pytest

from app.demo import build_demo_workshop
from app.domain.model import (
    Action,
    ActionStatus,
    AgendaStep,
    Board,
    Connector,
    Decision,
    Frame,
    Note,
    Participant,
    Phase,
    Stakeholder,
    Vote,
    VoteDot,
    Workshop,
    WorkshopInfo,
)
from app.storage.errors import CannotWrite
from app.summary import PROGRESS_STEPS, ExportCancelled, export_summary
from app.summary.fonts import CONTROL, MISSING_GLYPH, printable
from app.summary.texts import Texts
from tests.factories import sample_workshop

ROOT = Path(__file__).parents[2]
FOOTER_TOP = 40  # points above the bottom of the page: the footer's line sits below
SAMI = "Čáhcegáddi ŋ đ ŧ ž š á č"
LONG_NOTE = " ".join(f"ord{i}" for i in range(20_000))[:100_000]
MARKUP = '<b>fet</b> & <img src="/etc/hostname"/> <a href="https://example.org">lenke</a> <font size=40>x</font>'


def export(workshop: Workshop, folder: Path, *, language: str | None = None, name: str = "summary.pdf") -> Path:
    target = folder / name
    export_summary(workshop, target, language=language or workshop.info.language)
    return target


def pdf_text(path: Path) -> str:
    """The text of every page but the footers, with each run of whitespace made one space (lines break anywhere)."""
    reader = pypdf.PdfReader(path)
    return squash(" ".join(page_body(page) for page in reader.pages))


def page_body(page: pypdf.PageObject) -> str:
    """A page's text without the footer, which would otherwise split a note running across pages."""
    parts: list[str] = []

    def visit(text, cm, tm, font, size) -> None:
        if tm[4] * cm[1] + tm[5] * cm[3] + cm[5] > FOOTER_TOP:
            parts.append(text)

    page.extract_text(visitor_text=visit)
    return "".join(parts)


def raw_text(path: Path) -> str:
    return squash(" ".join(page.extract_text() for page in pypdf.PdfReader(path).pages))


def squash(text: str) -> str:
    return " ".join(text.split())


def outline_titles(path: Path) -> list[str]:
    def walk(items) -> list[str]:
        titles: list[str] = []
        for item in items:
            titles += walk(item) if isinstance(item, list) else [item.title]
        return titles

    return walk(pypdf.PdfReader(path).outline)


# -- content ---------------------------------------------------------------------------


def test_demo_summary_holds_every_note_stakeholder_action_and_participant(tmp_path):
    demo = build_demo_workshop()
    path = export(demo, tmp_path)
    text = pdf_text(path)
    missing = [n.text for n in demo.notes if squash(n.text) not in text]
    assert not missing
    for stakeholder in demo.stakeholders:
        assert squash(stakeholder.name) in text
        assert stakeholder.effectiveness_reason in text
    for action in demo.actions:
        assert action.what in text
    for person in demo.participants:
        assert person.name in text
        assert person.organisation in text
    assert "Máret Ánne Sárá" in text
    assert "17. juni 2026" in text  # the cover's date in Norwegian: the current meeting's (the planned follow-up)
    assert "Fasilitator: Ingrid Solberg" in text
    assert "Side 2 av" in raw_text(path)
    assert "Hvilke idéer skal vi jobbe videre med?" in text  # the vote's ranking


def test_sami_letters_and_markup_print_literally_and_no_file_is_embedded(tmp_path):
    workshop = sample_workshop()
    workshop.notes[0] = dataclasses.replace(workshop.notes[0], text=f"{SAMI} {MARKUP}")
    workshop.stakeholders[0] = dataclasses.replace(workshop.stakeholders[0], name=f"Stakeholder {MARKUP}")
    workshop.actions[0] = dataclasses.replace(workshop.actions[0], what=f"Action {MARKUP}")
    path = export(workshop, tmp_path)
    text = pdf_text(path)
    assert SAMI in text
    assert "Guovdageaidnu" in text and "Áile Sara" in text
    assert text.count(MARKUP) >= 3
    hostname = Path("/etc/hostname")
    if hostname.exists() and hostname.read_text().strip():
        assert hostname.read_text().strip() not in text
    reader = pypdf.PdfReader(path)
    for page in reader.pages:
        assert "/Annots" not in page  # no live link
        resources = page["/Resources"]
        assert isinstance(resources, pypdf.generic.DictionaryObject)
        for xobject in (resources.get("/XObject") or {}).values():
            assert xobject.get_object()["/Subtype"] != "/Image"


def test_bookmarks_follow_phases_and_boards_and_metadata_is_set(tmp_path):
    demo = build_demo_workshop()
    path = export(demo, tmp_path)
    titles = outline_titles(path)
    # The cover's attendees, then what the council needs first, then the record behind it.
    assert titles[:6] == [
        "Til stede",
        "Til politisk behandling",
        "Beslutninger",
        "Tiltaksplan",
        "Idéene med flest stemmer",
        "Program",
    ]
    assert titles[6:8] == ["Tavler", "1. Co-initiering"]
    assert {"2. Co-design", "3. Co-implementering", "Aktører", "Avstemninger"} <= set(titles)
    assert titles.index("Aktører") < titles.index("Avstemninger")
    assert {b.name for b in demo.boards} <= set(titles)
    reader = pypdf.PdfReader(path)
    assert reader.metadata.title == "Bo hjemme lengst mulig"
    assert reader.metadata.author == "Ingrid Solberg"
    assert reader.metadata.subject is not None and "Fjellvik kommune" in reader.metadata.subject
    assert reader.trailer["/Root"]["/Lang"] == "nb"
    # Each board's bookmark points at the page where its heading is.
    first_board = demo.boards_in(Phase.CO_DESIGN)[0].name
    entry = next(e for e in _flat(reader.outline) if e.title == first_board)
    page_text = reader.pages[reader.get_destination_page_number(entry)].extract_text()
    assert first_board in page_text


def _flat(items):
    for item in items:
        if isinstance(item, list):
            yield from _flat(item)
        else:
            yield item


def test_agenda_prints_steps_and_room_instructions_but_never_facilitator_notes(tmp_path):
    workshop = sample_workshop()
    text = pdf_text(export(workshop, tmp_path, language="nn"))
    assert "Flokesjekk" in text and "Skriv ein lapp kvar" in text
    assert "Hald tida" not in text  # the facilitator's private note
    assert "Vi søkjer midlar" in text and "Nytt møte i mai" in text  # decisions
    assert "Avgjerder" in text and "Til stades" in text


def test_hidden_vote_results_stay_out_until_revealed(tmp_path):
    workshop = sample_workshop()

    def revealed(value: bool) -> None:
        workshop.votes = [dataclasses.replace(v, revealed=value) if v.id == "v-ideas" else v for v in workshop.votes]

    revealed(False)
    text = pdf_text(export(workshop, tmp_path, language="en"))
    assert "The result is hidden and has not been revealed." in text
    revealed(True)
    text = pdf_text(export(workshop, tmp_path, language="en", name="revealed.pdf"))
    assert "The result is hidden" not in text
    assert "Rank Note Dots" in text


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("sv", ["Närvarande", "Sida 2 av", "17 juni 2026", "Processledare"]),
        ("da", ["Til stede", "Side 2 af", "17. juni 2026", "Handleplan"]),
        ("en", ["Who attended", "Page 2 of", "17 June 2026", "Action plan"]),
        ("se", ["Who attended", "Page 2 of"]),  # Northern Sámi falls back to English for now
    ],
)
def test_the_summary_speaks_the_workshop_language(tmp_path, language, words):
    demo = build_demo_workshop()
    path = export(demo, tmp_path, language=language)
    text = raw_text(path)
    for word in words:
        assert word in text
    assert pypdf.PdfReader(path).trailer["/Root"]["/Lang"] == language


def test_dates_are_written_the_local_way():
    assert Texts("nb").short_date("2026-03-05") == "05.03.2026"
    assert Texts("sv").short_date("2026-03-05") == "2026-03-05"
    assert Texts("nn").long_date("2026-05-17") == "17. mai 2026"
    assert Texts("xx").long_date("2026-05-17") == "17 May 2026"
    assert Texts("nb").long_date("not a date <b>") == "not a date <b>"


# -- hostile text and size ----------------------------------------------------------------


def hostile_workshop() -> Workshop:
    """Every text field holds markup, control characters, emoji, bidi overrides and combining marks."""
    nasty = f"{MARKUP} \x00NUL\x07bell\x1b[31m \u202eRTL override\u202c 🙂👩‍👩‍👧 e\u0301\u0301\u0301 {SAMI} \ud800"
    info = WorkshopInfo(nasty, municipality=nasty, date="2026-13-45", facilitator=nasty, language=nasty)
    board = Board(nasty * 5, Phase.CO_INITIATION, id="b1")
    frame = Frame("b1", title=nasty, id="f1")
    inner = Frame("b1", title=nasty, parent_id="f1", x=20, y=20, width=300, height=200, id="f2")
    notes = [
        Note("b1", text=nasty, frame_id="f1", author=nasty, colour="#zzzzzz", id="n1"),
        Note("b1", text=LONG_NOTE, frame_id="f2", x=200, id="n2"),
        Note("b1", text="X" * 10_000, x=400, id="n3"),  # one word longer than many lines
        Note("b1", text="", x=600, id="n4"),
        Note("b1", text="\n\n\n" + "\t" * 50 + "\r\n\r", x=800, id="n5"),
    ]
    return Workshop(
        info=info,
        participants=[Participant(nasty, organisation=nasty, role=nasty)],
        boards=[board],
        frames=[frame, inner],
        notes=notes,
        connectors=[Connector("b1", "n1", "n2", label=nasty), Connector("b1", "n2", "n2")],
        votes=[Vote("b1", title=nasty, id="v1")],
        vote_dots=[VoteDot("v1", "n1", "p") for _ in range(120)],
        stakeholders=[Stakeholder(nasty, organisation=nasty, effectiveness=True, effectiveness_reason=nasty * 200)],
        actions=[Action(nasty, who=nasty, due=nasty), Action("Y " * 5_000, status=ActionStatus.STOPPED)],
        agenda=[AgendaStep(nasty, Phase.CO_DESIGN, room_instructions=nasty * 100, facilitator_notes="SECRET")],
        decisions=[Decision(nasty, made_on=nasty)],
    )


def test_hostile_text_exports_with_visible_stand_ins(tmp_path):
    path = export(hostile_workshop(), tmp_path, language="nb")
    text = pdf_text(path)
    assert MARKUP in text
    assert SAMI in text
    assert MISSING_GLYPH in text  # the emoji
    assert CONTROL + "NUL" in text and CONTROL + "bell" in text
    assert "RTL override" in text and "\u202e" not in text
    assert squash(LONG_NOTE) in text  # 100,000 characters, whole
    assert text.count("X") >= 10_000
    assert "SECRET" not in text
    assert "2026-13-45" in text  # a date that is not one is printed as it is


def test_printable_replaces_what_the_font_cannot_show():
    assert printable("a\x00b") == f"a{CONTROL}b"
    assert printable("🙂") == MISSING_GLYPH
    assert printable("\u202eabc\u200d") == "abc"
    assert printable("x\r\ny\rz\tw") == "x\ny\nz    w"
    assert printable(SAMI) == SAMI
    assert printable("e\u0301") == "e\u0301"  # DejaVu has the combining acute


def test_two_thousand_notes_all_reach_the_pdf(tmp_path):
    board = Board("Mange", Phase.CO_DESIGN, id="b")
    notes = [
        Note("b", text=f"Lapp {i} om eldreomsorg", x=(i % 50) * 200.0, y=(i // 50) * 140.0, id=f"n{i}")
        for i in range(2000)
    ]
    workshop = Workshop(WorkshopInfo("Stor"), boards=[board], notes=notes)
    text = pdf_text(export(workshop, tmp_path))
    assert all(f"Lapp {i} om eldreomsorg" in text for i in range(2000))


def test_long_tables_break_across_pages_with_their_header_repeated(tmp_path):
    workshop = Workshop(
        WorkshopInfo("Mange tiltak", language="nb"),
        actions=[Action(f"Tiltak nummer {i}", who="Kari", position=i) for i in range(300)]
        + [Action("Langt " * 2_000, position=300)],
    )
    path = export(workshop, tmp_path)
    reader = pypdf.PdfReader(path)
    text = pdf_text(path)
    assert all(f"Tiltak nummer {i} " in text for i in range(300))
    assert text.count("Langt") == 2_000
    pages = [page.extract_text() for page in reader.pages]
    action_pages = [page for page in pages if "Tiltak nummer" in page or "Langt" in page]
    assert len(action_pages) >= 5
    assert all(squash(page).count("Nr. Hva Hvem Frist Status") == 1 for page in action_pages)


# -- progress, cancel, failure -------------------------------------------------------------


def test_progress_rises_to_the_end(tmp_path):
    seen: list[tuple[int, int]] = []
    export_summary(build_demo_workshop(), tmp_path / "s.pdf", language="nb", progress=lambda d, t: seen.append((d, t)))
    values = [d for d, _ in seen]
    assert values == sorted(values) and len(values) > 10
    assert seen[-1] == (PROGRESS_STEPS - 1, PROGRESS_STEPS) and {t for _, t in seen} == {PROGRESS_STEPS}


@pytest.mark.parametrize("after", [0, 5, 150])
def test_cancel_leaves_no_file_and_an_old_summary_untouched(tmp_path, after):
    target = tmp_path / "summary.pdf"
    target.write_bytes(b"the summary of last week")
    asked = 0

    def cancelled() -> bool:
        nonlocal asked
        asked += 1
        return asked > after

    with pytest.raises(ExportCancelled):
        export_summary(build_demo_workshop(), target, language="nb", cancelled=cancelled)
    assert target.read_bytes() == b"the summary of last week"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["summary.pdf"]
    target.unlink()
    with pytest.raises(ExportCancelled):
        export_summary(build_demo_workshop(), target, language="nb", cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == []


def test_a_target_that_is_a_folder_is_refused_clearly(tmp_path):
    folder = tmp_path / "summary.pdf"
    folder.mkdir()
    with pytest.raises(CannotWrite) as caught:
        export_summary(build_demo_workshop(), folder, language="nb")
    assert "summary.pdf" in caught.value.message and "folder" in caught.value.message
    assert folder.is_dir() and list(folder.iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["summary.pdf"]


def read_only_folder(tmp_path: Path) -> Path:
    """A folder this process cannot write to: chmod for a normal user, /sys for root (who ignores modes)."""
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    if os.access(folder, os.W_OK):
        folder.chmod(0o755)
        return Path("/sys")
    return folder


def test_a_read_only_folder_is_refused_clearly_and_leaves_nothing(tmp_path):
    folder = read_only_folder(tmp_path)
    before = set(folder.iterdir())
    with pytest.raises(CannotWrite) as caught:
        export_summary(build_demo_workshop(), folder / "summary.pdf", language="nb")
    assert "read-only" in caught.value.message
    assert set(folder.iterdir()) == before


def test_a_missing_folder_is_refused_clearly(tmp_path):
    with pytest.raises(CannotWrite) as caught:
        export_summary(build_demo_workshop(), tmp_path / "nowhere" / "summary.pdf", language="nb")
    assert "does not exist" in caught.value.message


def test_the_app_starts_without_importing_reportlab():
    code = "import sys, app.__main__, app.cli, widgets.window.main_window; print('reportlab' in sys.modules)"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, env=env)
    assert result.stdout.strip() == "False", result.stderr


def test_the_demo_pages_are_rendered_for_a_person_to_look_at(tmp_path):
    """Writes tests/screenshots/summary-demo-NN.png (needs pdftoppm from poppler-utils)."""
    pdftoppm = pytest.importorskip("shutil").which("pdftoppm")
    if pdftoppm is None:
        pytest.skip("pdftoppm is not installed")
    path = export(build_demo_workshop(), tmp_path)
    out = ROOT / "tests" / "screenshots"
    out.mkdir(exist_ok=True)
    for old in out.glob("summary-demo-*.png"):
        old.unlink()
    subprocess.run([pdftoppm, "-png", "-r", "60", str(path), str(out / "summary-demo")], check=True)
    pages = sorted(out.glob("summary-demo-*.png"))
    assert len(pages) == len(pypdf.PdfReader(path).pages)
    assert all(re.search(r"summary-demo-\d+\.png$", p.name) for p in pages)


def test_a_notes_stakeholders_are_named_under_it_by_how_they_stand_to_it(tmp_path):
    workshop = sample_workshop()  # n-cars: Foreldre affected; n-speed: Statens vegvesen owns it
    text = squash(pdf_text(export(workshop, tmp_path, language="nb")))
    assert squash("For mange bilar") in text
    assert squash("Berørt: Foreldre") in text
    assert squash("Eier: Statens vegvesen") in text
    english = squash(pdf_text(export(workshop, tmp_path, language="en", name="en.pdf")))
    assert squash("Affected: Foreldre") in english and squash("Owns it: Statens vegvesen") in english
