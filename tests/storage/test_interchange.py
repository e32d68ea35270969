"""The samskap/1 JSON format: lossless round trips, hostile text, and imports it must refuse."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from app.domain.model import Board, Note, Participant, Phase, Workshop
from app.domain.text_limits import NOTE_TEXT_MAX, TITLE_MAX
from app.storage.errors import BadInterchange, FileMissing
from app.storage.interchange import FORMAT, export_json, import_json, to_json_object
from app.storage.workshop_file import WorkshopFile
from tests.factories import LISTS, query, sample_workshop

# -- round trips ---------------------------------------------------------------------


def test_export_then_import_gives_the_same_workshop(tmp_path: Path) -> None:
    workshop = sample_workshop()
    target = tmp_path / "eksport.json"
    export_json(workshop, target)
    assert import_json(target) == workshop
    assert [p.name for p in tmp_path.iterdir()] == ["eksport.json"]  # no .partial left


def test_export_import_file_export_is_byte_identical(tmp_path: Path) -> None:
    first = tmp_path / "first.json"
    second = tmp_path / "second.json"
    export_json(sample_workshop(), first)
    f = WorkshopFile.create(tmp_path / "via.samskap", import_json(first))
    f.close()
    f = WorkshopFile.open(tmp_path / "via.samskap")
    loaded = f.load()
    f.close()
    export_json(loaded, second)
    assert second.read_bytes() == first.read_bytes()


def test_the_json_layout(tmp_path: Path) -> None:
    workshop = sample_workshop()
    target = tmp_path / "eksport.json"
    export_json(workshop, target)
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["format"] == "samskap/2" == FORMAT
    assert document["workshop"]["title"] == workshop.info.title
    for name in (
        "participants",
        "boards",
        "frames",
        "notes",
        "connectors",
        "votes",
        "vote_dots",
        "stakeholders",
        "actions",
    ):
        assert isinstance(document[name], list), name
        assert [row["id"] for row in document[name]] == [e.id for e in getattr(workshop, name)], name
    # JSON keeps booleans and lists as themselves, not SQLite's 0/1 and JSON-in-TEXT.
    assert document["votes"][0]["allow_stacking"] is True
    assert document["stakeholders"][0]["phase_roles"] == ["co-initiation", "co-implementation"]
    assert document["boards"][0]["phase"] == "co-initiation"
    # Written as UTF-8 text, not \u escapes: a person can read it.
    assert "Guovdageaidnu" in target.read_text(encoding="utf-8")
    assert "Mørkt om vinteren" in target.read_text(encoding="utf-8")


# -- hostile text ------------------------------------------------------------------------

HOSTILE = {
    "markup": '<b>bold</b> <img src="/etc/hostname"/> <a href="http://x">x</a> & &amp; a<b',
    "control": "bell\x07 escape\x1b[31mred tab\there\r\nwindows line\rold mac\x7f\x0c",
    "emoji": "👍🏽 👩‍👩‍👧‍👦 🧑🏿‍🦯 🏳️‍🌈 🇳🇴 🇸🇪 🇫🇮 🏴󠁧󠁢󠁳󠁣󠁴󠁿 ❤️‍🔥",
    "arabic": "\u202bمرحبا بالعالم\u202c 123 \u200fשלום עולם\u200f \u2067עברית\u2069 \u200emixed",
    "sami": "áčđŋšŧž ÁČĐŊŠŦŽ",
    "combining": "e\u0301 a\u030a o\u0308 n\u0303 Z\u0351\u0352\u0353\u0354 \u1e9b\u0323 ﬁ \ufeffBOM",
    "surrogate-plane": "𝕊𝕒𝕞𝕤𝕜𝕒𝕡 𐍈 \U0010fffd",
    # As long as a note may be (app.domain.text_limits), in characters outside the BMP too.
    "long": (("Langt innspel " + "ŋ👍" * 7) * 4000)[:NOTE_TEXT_MAX],
}
assert len(HOSTILE["long"]) == NOTE_TEXT_MAX


def _hostile_workshop(texts: dict[str, str]) -> Workshop:
    workshop = sample_workshop()
    joined = " | ".join(texts.values())
    workshop.info = dataclasses.replace(workshop.info, title=joined[:TITLE_MAX], facilitator=texts.get("markup", ""))
    workshop.participants.append(Participant(name=joined[:300], organisation=texts.get("arabic", ""), id="p-hostile"))
    workshop.boards.append(Board(texts.get("emoji", "x"), Phase.CO_DESIGN, position=2, id="b-hostile"))
    for key, text in texts.items():
        workshop.notes.append(Note("b-hostile", text=text, author=key, z=float(len(workshop.notes)), id=f"n-{key}"))
    workshop.connectors[0] = dataclasses.replace(workshop.connectors[0], label=texts.get("control", ""))
    workshop.stakeholders[0] = dataclasses.replace(workshop.stakeholders[0], democracy_reason=texts.get("sami", ""))
    workshop.actions[0] = dataclasses.replace(workshop.actions[0], what=texts.get("combining", ""))
    return workshop


def _file_round_trip(workshop: Workshop, path: Path) -> Workshop:
    WorkshopFile.create(path, workshop).close()
    f = WorkshopFile.open(path)
    try:
        return f.load()
    finally:
        f.close()


def test_hostile_text_survives_file_and_json(tmp_path: Path) -> None:
    workshop = _hostile_workshop(HOSTILE)
    loaded = _file_round_trip(workshop, tmp_path / "fiendtleg.samskap")
    assert loaded == workshop
    for key, text in HOSTILE.items():
        stored = query(tmp_path / "fiendtleg.samskap", "SELECT text FROM notes WHERE id = ?", (f"n-{key}",))
        assert stored == [(text,)], key

    target = tmp_path / "fiendtleg.json"
    export_json(loaded, target)
    imported = import_json(target)
    assert imported == workshop
    assert {n.id: n.text for n in imported.notes if n.board_id == "b-hostile"} == {
        f"n-{k}": v for k, v in HOSTILE.items()
    }
    # The markup stays text in the JSON, it is not escaped into entities or dropped.
    assert '<img src=\\"/etc/hostname\\"/>' in target.read_text(encoding="utf-8")


def test_nul_characters_survive_file_and_json(tmp_path: Path) -> None:
    texts = {"nul": "før\x00etter\x00", "only-nul": "\x00"}
    workshop = _hostile_workshop(texts)
    loaded = _file_round_trip(workshop, tmp_path / "nul.samskap")
    assert loaded.notes[-2].text == "før\x00etter\x00"
    assert loaded == workshop
    # SQLite holds the whole value, not a C string cut at the NUL.
    assert query(tmp_path / "nul.samskap", "SELECT length(CAST(text AS BLOB)) FROM notes WHERE id = 'n-nul'") == [
        (len("før\x00etter\x00".encode()),)
    ]
    target = tmp_path / "nul.json"
    export_json(loaded, target)
    assert "\\u0000" in target.read_text(encoding="utf-8")
    assert import_json(target) == workshop


# -- malformed imports -----------------------------------------------------------------


def _valid_document() -> dict[str, Any]:
    return json.loads(_valid_text())


def _valid_text() -> str:
    return json.dumps(to_json_object(sample_workshop()), ensure_ascii=False, indent=1)


def _mutated(change: Callable[[dict[str, Any]], None]) -> str:
    document = _valid_document()
    change(document)
    return json.dumps(document, ensure_ascii=False)


def _note_without_x(d: dict[str, Any]) -> None:
    del d["notes"][2]["x"]


def _note_on_unknown_board(d: dict[str, Any]) -> None:
    d["notes"][0]["board_id"] = "b-nowhere"


def _board_of_unknown_kind(d: dict[str, Any]) -> None:
    d["boards"][1]["kind"] = "mood-board"


def _red_note(d: dict[str, Any]) -> None:
    d["notes"][4]["colour"] = "red"


def _nan_text() -> str:
    text = _valid_text()
    marker = '"x": 12.5'
    assert marker in text
    return text.replace(marker, '"x": NaN', 1)


MALFORMED: dict[str, tuple[Callable[[], bytes], list[str]]] = {
    "not JSON": (lambda: b'{"format": "samskap/1", "boards": [', ["not valid JSON"]),
    "a list at the top": (lambda: b'[{"format": "samskap/1"}]', ["top level", "not a JSON object"]),
    "wrong format": (
        lambda: _mutated(lambda d: d.update(format="samskap/3")).encode(),
        ["'format'", "samskap/2", "samskap/1"],
    ),
    "no format": (lambda: _mutated(lambda d: d.pop("format")).encode(), ["'format'"]),
    "note missing x": (lambda: _mutated(_note_without_x).encode(), ["notes[2]", "'x'"]),
    "note on unknown board": (
        lambda: _mutated(_note_on_unknown_board).encode(),
        ["notes[0]", "'board_id'", "b-nowhere"],
    ),
    "board of unknown kind": (lambda: _mutated(_board_of_unknown_kind).encode(), ["boards[1]", "'kind'", "mood-board"]),
    "red note": (lambda: _mutated(_red_note).encode(), ["notes[4]", "'colour'"]),
    "NaN coordinate": (lambda: _nan_text().encode(), ["NaN"]),
    "not UTF-8": (lambda: _valid_text().replace("Mørkt", "M\udcf8rkt").encode("utf-8", "surrogateescape"), ["UTF-8"]),
    "notes not a list": (lambda: _mutated(lambda d: d.update(notes={"n": 1})).encode(), ["'notes'", "not a list"]),
    "note not an object": (lambda: _mutated(lambda d: d["notes"].__setitem__(1, "lapp")).encode(), ["notes[1]"]),
    "string coordinate": (
        lambda: _mutated(lambda d: d["notes"][3].update(y="10")).encode(),
        ["notes[3]", "'y'"],
    ),
    "duplicate id": (
        lambda: _mutated(lambda d: d["boards"][2].update(id=d["boards"][0]["id"])).encode(),
        ["boards[2]", "duplicate"],
    ),
    "too small a note": (lambda: _mutated(lambda d: d["notes"][0].update(width=5)).encode(), ["notes[0]", "'width'"]),
    "missing workshop": (lambda: _mutated(lambda d: d.pop("workshop")).encode(), ["workshop"]),
}


@pytest.mark.parametrize("case", list(MALFORMED))
def test_malformed_import_names_the_problem_and_creates_nothing(tmp_path: Path, case: str) -> None:
    make, expected = MALFORMED[case]
    source = tmp_path / "innspel.json"
    source.write_bytes(make())
    target = tmp_path / "ny.samskap"

    with pytest.raises(BadInterchange) as caught:
        # The app's import path: only a workshop that parsed reaches create().
        WorkshopFile.create(target, import_json(source))

    error = caught.value
    assert "innspel.json" in error.message
    for fragment in expected:
        assert fragment in error.detail, (fragment, error.detail)
        assert fragment in error.message
    assert sorted(p.name for p in tmp_path.iterdir()) == ["innspel.json"]


def test_missing_json_file(tmp_path: Path) -> None:
    source = tmp_path / "borte.json"
    with pytest.raises(FileMissing) as caught:
        import_json(source)
    assert "borte.json" in caught.value.message
    assert list(tmp_path.iterdir()) == []


def test_infinite_coordinate_from_an_overflowing_literal_is_refused(tmp_path: Path) -> None:
    # 1e999 parses as float("inf") without passing through parse_constant.
    source = tmp_path / "inf.json"
    source.write_text(_valid_text().replace('"x": 12.5', '"x": 1e999', 1), encoding="utf-8")
    with pytest.raises(BadInterchange) as caught:
        import_json(source)
    assert "notes[0]" in caught.value.detail and "'x'" in caught.value.detail


def test_huge_integer_coordinate_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "huge.json"
    source.write_text(_valid_text().replace('"x": 12.5', '"x": 1' + "0" * 400, 1), encoding="utf-8")
    with pytest.raises(BadInterchange) as caught:
        import_json(source)
    assert "'x'" in caught.value.detail


def test_huge_integer_position_is_refused_before_create(tmp_path: Path) -> None:
    source = tmp_path / "huge.json"
    source.write_text(_mutated(lambda d: d["boards"][0].update(position=10**30)), encoding="utf-8")
    target = tmp_path / "ny.samskap"
    try:
        with pytest.raises(BadInterchange):
            WorkshopFile.create(target, import_json(source))
    finally:
        assert sorted(p.name for p in tmp_path.iterdir()) == ["huge.json"]


def test_infinite_stakeholder_power_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "power.json"
    text = _valid_text()
    assert '"power": 0.25' in text
    source.write_text(text.replace('"power": 0.25', '"power": 1e999', 1), encoding="utf-8")
    with pytest.raises(BadInterchange) as caught:
        import_json(source)
    assert "power" in caught.value.detail


def test_sqlite_rejects_nothing_the_import_accepted(tmp_path: Path) -> None:
    # Every list of a valid import lands in its table.
    source = tmp_path / "ok.json"
    source.write_text(_valid_text(), encoding="utf-8")
    workshop = import_json(source)
    target = tmp_path / "ok.samskap"
    WorkshopFile.create(target, workshop).close()
    conn = sqlite3.connect(target)
    try:
        for name in LISTS:
            assert conn.execute(f"SELECT count(*) FROM {name}").fetchone()[0] == len(getattr(workshop, name)), name
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()
