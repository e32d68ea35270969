"""`samskap pdf --meeting N|DATE`: the record of one meeting of the process, read back from the PDF."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest

from app.demo import build_demo_workshop
from app.storage.workshop_file import WorkshopFile
from tests.test_cli import samskap

DEMO = build_demo_workshop()
NAMES = [p.name for p in DEMO.participants]


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("meetings") / "demo.samskap"
    WorkshopFile.create(path, DEMO).close()
    return path


def pages(pdf: Path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in pypdf.PdfReader(pdf).pages]


def summary(home: Path, demo: Path, *options: str) -> list[str]:
    out = home / f"{'_'.join(options) or 'current'}.pdf"
    result = samskap(home, "pdf", demo, "-o", out, *options)
    assert result.returncode == 0, result.stderr
    return pages(out)


def test_the_second_meeting_tells_what_happened_since_the_first(tmp_path, demo) -> None:
    may = DEMO.meetings_in_order()[1]
    text = summary(tmp_path, demo, "--meeting", "2")
    assert "6. mai 2026" in text[0] and may.place in text[0], "the cover is the May meeting's"
    council = text[1]  # the first page after the cover: what the council needs
    assert "Siden forrige møte: 2 ferdig, 1 stoppet, 4 nye." in council
    for decision in (d for d in DEMO.decisions if d.meeting_id == may.id):
        assert " ".join(decision.text.split())[:40] in council
    assert "Ferdig (var planlagt)" in council
    came = {p.id for p in DEMO.participants if p.id in may.attendee_ids}
    absent = [p.name for p in DEMO.participants if p.id not in came]
    assert absent and not any(name in text[0] for name in absent), "only who attended is on the cover"
    assert summary(tmp_path, demo, "--meeting", may.date) == text, "a meeting is also named by its date"


def test_the_first_meeting_shows_the_actions_as_they_stood_then(tmp_path, demo) -> None:
    text = summary(tmp_path, demo, "--meeting", "1")
    assert "18. mars 2026" in text[0]
    council = text[1]
    assert "Siden forrige møte" not in council, "nothing came before the first meeting"
    assert "Ferdig" not in council.split("Tiltaksplan")[1].split("Idéene")[0], "nothing was done yet in March"
    assert "Rekruttere 15 besøksvenner" not in council, "an action made in May is not in March's record"


def test_without_meeting_the_current_meeting_is_summarised(tmp_path, demo) -> None:
    current = DEMO.current_meeting()
    assert current is not None
    text = summary(tmp_path, demo)
    assert "17. juni 2026" in text[0] and current.place in text[0]


def test_a_meeting_that_is_not_there_is_one_line_and_exit_2(tmp_path, demo) -> None:
    result = samskap(tmp_path, "pdf", demo, "-o", tmp_path / "x.pdf", "--meeting", "9")
    assert result.returncode == 2
    assert result.stderr.strip() == f"samskap: {demo} has no meeting 9"
    assert not (tmp_path / "x.pdf").exists()


def test_the_public_record_of_a_meeting_names_no_participant(tmp_path, demo) -> None:
    text = " ".join(summary(tmp_path, demo, "--meeting", "2", "--public"))
    assert not [name for name in NAMES if name in text]
