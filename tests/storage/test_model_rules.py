"""`samskap import` and `samskap check` refuse a workshop that breaks the model's rules.

Each case is one broken rule, made twice: in a samskap/1 JSON file (what a colleague
mails, or a script writes) and in a SQLite workshop file (changed behind the app's back,
by hand or by another program). Both go through the real command line entry
(`app.__main__.main`); the refusal is one line that names the entry and the field, and
nothing is written: import makes no file, check leaves the file byte for byte as it was.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from app.__main__ import main
from app.domain.text_limits import number
from app.storage.interchange import to_json_object
from app.storage.workshop_file import WorkshopFile
from tests.factories import sample_workshop

Json = dict[str, Any]


@dataclass(frozen=True)
class Broken:
    """One broken rule: how to break a JSON export, the same in SQL, and what the refusal names."""

    in_json: Callable[[Json], None]
    sql: str
    named: tuple[str | int, ...]


def _set(table: str, index: int, **fields: Any) -> Callable[[Json], None]:
    def change(document: Json) -> None:
        row = document["workshop"] if table == "workshop" else document[table][index]
        row.update(fields)

    return change


def _add_deeper_frame(document: Json) -> None:
    inner = next(f for f in document["frames"] if f["id"] == "f-inner")
    document["frames"].append({**inner, "id": "f-deeper", "parent_id": "f-inner", "width": 100.0})


_DEEPER_FRAME_SQL = (
    "INSERT INTO frames (id, board_id, title, x, y, width, height, z, colour, parent_id) "
    "VALUES ('f-deeper', 'b-floke', 'Djupare', 20, 30, 100, 100, -998, '#e0e0e0', 'f-inner')"
)

CASES: dict[str, Broken] = {
    "dangling current step": Broken(
        _set("workshop", 0, current_step_id="st-gone"),
        "UPDATE workshop SET current_step_id = 'st-gone'",
        ("workshop", "'current_step_id'", "st-gone"),
    ),
    "dangling voter": Broken(
        _set("votes", 0, voter_ids=["p-ada", "p-gone"]),
        """UPDATE votes SET voter_ids = '["p-ada", "p-gone"]' WHERE id = 'v-ideas'""",
        ("votes[0]", "'voter_ids'", "p-gone"),
    ),
    "frame its own parent": Broken(
        _set("frames", 0, parent_id="f-roots"),
        "UPDATE frames SET parent_id = id WHERE id = 'f-roots'",
        ("frames[0]", "'parent_id'", "itself"),
    ),
    "frames in a circle": Broken(
        _set("frames", 0, parent_id="f-inner"),
        "UPDATE frames SET parent_id = 'f-inner' WHERE id = 'f-roots'",
        ("frames[0]", "'parent_id'", "circle"),
    ),
    "frame nested two deep": Broken(
        _add_deeper_frame, _DEEPER_FRAME_SQL, ("frames[3]", "'parent_id'", "2 frames deep")
    ),
    "connector to a note on another board": Broken(
        _set("connectors", 2, to_note="n-cars"),
        "UPDATE connectors SET to_note = 'n-cars' WHERE id = 'c-3'",
        ("connectors[2]", "'to_note'", "n-cars", "another board"),
    ),
    "dot on a note of another board": Broken(
        _set("vote_dots", 3, note_id="n-lights"),
        "UPDATE vote_dots SET note_id = 'n-lights' WHERE id = 'd-4'",
        ("vote_dots[3]", "'note_id'", "n-lights", "another board"),
    ),
    "unknown language": Broken(
        _set("workshop", 0, language="klingon"),
        "UPDATE workshop SET language = 'klingon'",
        ("workshop", "'language'", "klingon"),
    ),
    "unknown phase": Broken(
        _set("stakeholders", 0, phase_roles=["co-initiation", "co-dreaming"]),
        """UPDATE stakeholders SET phase_roles = '["co-initiation", "co-dreaming"]' WHERE id = 's-fau'""",
        ("stakeholders[0]", "'phase_roles'", "co-dreaming"),
    ),
    "impossible date": Broken(
        _set("workshop", 0, date="2026-13-45"),
        "UPDATE workshop SET date = '2026-13-45'",
        ("workshop", "'date'", "2026-13-45"),
    ),
    "impossible start time": Broken(
        _set("workshop", 0, start_time="25:99"),
        "UPDATE workshop SET start_time = '25:99'",
        ("workshop", "'start_time'", "25:99"),
    ),
    "created that is not a time": Broken(
        _set("workshop", 0, created="i fjor"),
        "UPDATE workshop SET created = 'i fjor'",
        ("workshop", "'created'", "i fjor"),
    ),
    "note created that is not a time": Broken(
        _set("notes", 1, created="2026-03-12 kl. 10"),
        "UPDATE notes SET created = '2026-03-12 kl. 10' WHERE id = 'n-dark'",
        ("notes[1]", "'created'"),
    ),
    "note text too long": Broken(
        _set("notes", 2, text="å" * 2001),
        "UPDATE notes SET text = printf('%.2001c', 'x') WHERE id = 'n-speed'",
        ("notes[2]", "'text'", 2001, 2000),
    ),
    "frame title too long": Broken(
        _set("frames", 1, title="T" * 301),
        "UPDATE frames SET title = printf('%.301c', 'T') WHERE id = 'f-quick'",
        ("frames[1]", "'title'", 301, 300),
    ),
    "workshop title too long": Broken(
        _set("workshop", 0, title="T" * 301),
        "UPDATE workshop SET title = printf('%.301c', 'T')",
        ("workshop", "'title'", 301, 300),
    ),
    "arrow label too long": Broken(
        _set("connectors", 0, label="l" * 201),
        "UPDATE connectors SET label = printf('%.201c', 'l') WHERE id = 'c-1'",
        ("connectors[0]", "'label'", 201, 200),
    ),
}


def _refusal(capsys: pytest.CaptureFixture[str], code: int) -> str:
    captured = capsys.readouterr()
    assert code == 1, captured
    lines = captured.err.splitlines()
    assert len(lines) == 1, captured.err
    assert lines[0].startswith("samskap: ")
    return lines[0]


def test_the_sample_passes_both_ways(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # The cases below break one rule each of a workshop that follows them all.
    source = tmp_path / "heil.json"
    source.write_text(json.dumps(to_json_object(sample_workshop())), encoding="utf-8")
    assert main(["import", str(source), "-o", str(tmp_path / "heil.samskap")]) == 0
    assert main(["check", str(tmp_path / "heil.samskap")]) == 0
    assert capsys.readouterr().out.strip().endswith("heil.samskap: ok")


def _as_written(fragment: str | int) -> str:
    # A count is written as the command's locale writes it, which the command sets as it starts.
    return number(fragment) if isinstance(fragment, int) else fragment


@pytest.mark.parametrize("case", list(CASES))
def test_import_refuses_and_names_the_entry_and_field(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = to_json_object(sample_workshop())
    CASES[case].in_json(document)
    source = tmp_path / "innspel.json"
    source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")

    line = _refusal(capsys, main(["import", str(source), "-o", str(tmp_path / "ny.samskap")]))

    assert "innspel.json" in line
    for fragment in map(_as_written, CASES[case].named):
        assert fragment in line, (fragment, line)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["innspel.json"]


@pytest.mark.parametrize("case", list(CASES))
def test_check_refuses_and_names_the_entry_and_field(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "verkstad.samskap"
    WorkshopFile.create(path, sample_workshop()).close()
    conn = sqlite3.connect(path)
    with conn:
        assert conn.execute(CASES[case].sql).rowcount == 1
    conn.close()
    before = path.read_bytes()

    line = _refusal(capsys, main(["check", str(path)]))

    assert "verkstad.samskap" in line
    for fragment in map(_as_written, CASES[case].named):
        assert fragment in line, (fragment, line)
    assert path.read_bytes() == before


def test_the_limits_agree_with_every_other_statement_of_them() -> None:
    """The phones, the templates and the languages say no more than the model allows."""
    from app import i18n
    from app.domain import submissions, text_limits, validation
    from app.templates import model as templates
    from app.templates.reader import template_schema

    assert submissions.NOTE_TEXT_LIMIT <= text_limits.NOTE_TEXT_MAX  # a released phone note fits
    definitions = template_schema()["$defs"]
    longest = {name: definitions[name]["additionalProperties"]["maxLength"] for name in ("shortText", "promptText")}
    assert longest["shortText"] <= text_limits.TITLE_MAX  # titles, frame titles, a vote's question
    assert longest["promptText"] <= text_limits.NOTE_TEXT_MAX  # a prompt becomes a note
    assert set(i18n.LANGUAGES) <= set(validation.LANGUAGES)
    assert set(templates.LANGUAGES) <= set(validation.LANGUAGES)


def test_the_refusal_is_in_the_interface_language(qapp, tmp_path: Path) -> None:
    """What the window's import and check show: the reason in the facilitator's language."""
    from app.i18n import install_language, remove_translators
    from app.storage.errors import BadInterchange, BreaksRules
    from app.storage.interchange import import_json
    from app.storage.workshop_file import check_file

    document = to_json_object(sample_workshop())
    CASES["impossible date"].in_json(document)
    source = tmp_path / "innspel.json"
    source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    path = tmp_path / "verkstad.samskap"
    WorkshopFile.create(path, sample_workshop()).close()
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(CASES["frames in a circle"].sql)
    conn.close()
    translators = install_language(qapp, "nb")
    try:
        with pytest.raises(BadInterchange) as refused:
            import_json(source)
        assert refused.value.message == (
            "Fila innspel.json er ikke en gyldig Samskap-eksport: "
            "workshop: 'date' er ikke en dato skrevet ÅÅÅÅ-MM-DD ('2026-13-45')"
        )
        with pytest.raises(BreaksRules) as broken:
            check_file(path, full=True)
        assert broken.value.message == (
            "Verkstedfilen verkstad.samskap følger ikke Samskaps regler: "
            "frames[0]: 'parent_id' går i ring mellom rammer"
        )
    finally:
        remove_translators(qapp, translators)
