"""Hostile text through every text field, the file, the JSON format, the document and a note's editor;
and JSON that is not a workshop (wrong types, huge, deeply nested) refused with a clear message.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.commands import EditEntities
from app.document import WorkshopDocument
from app.domain.model import Action, Connector, Frame, Note, Participant, Stakeholder, Workshop
from app.domain.text_limits import NOTE_TEXT_MAX, TITLE_MAX
from app.storage.errors import BadInterchange
from app.storage.interchange import export_json, import_json, to_json_object
from app.storage.workshop_file import WorkshopFile, check_file
from tests.factories import minimal_workshop, query, sample_workshop, sorted_by_id
from tests.hostile import HOSTILE, LONG, UNSTORABLE, free_text_fields, hostile_workshop, with_text

NAMES = list(HOSTILE)


def test_corpus_is_what_it_claims() -> None:
    assert len(LONG) == 100_000
    assert "\x00" in HOSTILE["control"] and "\u202e" in HOSTILE["rtl"]
    assert set("áčđŋšŧž") <= set(HOSTILE["sami"])
    # Every entity type has at least one free-text field that the corpus goes into.
    workshop = hostile_workshop(sample_workshop(), "X")
    for name in (
        "participants",
        "boards",
        "frames",
        "notes",
        "connectors",
        "votes",
        "stakeholders",
        "actions",
        "agenda",
        "decisions",
    ):
        entities = getattr(workshop, name)
        assert entities and free_text_fields(type(entities[0])), name
    assert workshop.notes[0].text == "X" and workshop.connectors[0].label == "X"
    assert workshop.stakeholders[0].effectiveness_reason == "X"


@pytest.mark.parametrize("name", NAMES)
def test_hostile_text_round_trips_through_the_file_and_json(tmp_path: Path, name: str) -> None:
    workshop = hostile_workshop(sample_workshop(), HOSTILE[name])
    path = tmp_path / "fiendtlig.samskap"
    WorkshopFile.create(path, workshop).close()
    check_file(path, full=True)
    file = WorkshopFile.open(path)
    loaded = file.load()
    file.close()
    assert sorted_by_id(loaded) == sorted_by_id(workshop)

    exported = tmp_path / "fiendtlig.json"
    export_json(loaded, exported)
    assert sorted_by_id(import_json(exported)) == sorted_by_id(workshop)


@pytest.mark.parametrize("name", NAMES)
def test_hostile_text_through_the_document_is_kept_and_undone(tmp_path: Path, name: str) -> None:
    """Frames, connector labels, stakeholders, participants, actions: the general change path, do/undo/redo."""
    from PySide6.QtGui import QUndoStack

    text = HOSTILE[name]
    path = tmp_path / "dokument.samskap"
    WorkshopFile.create(path, minimal_workshop()).close()
    document = WorkshopDocument.open(WorkshopFile.open(path))
    stack = QUndoStack()
    a, b = Note("b-only", text=text, id="n-a"), Note("b-only", text="b", id="n-b")
    entities = [
        a,
        b,
        Frame("b-only", title=text, id="f-1"),
        Connector("b-only", "n-a", "n-b", label=text, id="c-1"),
        with_text(Stakeholder("x", id="s-1"), text),
        with_text(Participant("x", id="p-1"), text),
        with_text(Action("x", board_id="b-only", note_id="n-a", id="a-1"), text),
    ]
    stack.push(EditEntities("hostile", document=document, upsert=entities, board_id="b-only"))
    stack.push(EditEntities("info", document=document, info=with_text(document.info, text)))
    assert query(path, "SELECT label FROM connectors") == [(text,)]
    assert query(path, "SELECT title FROM frames") == [(text,)]
    assert query(path, "SELECT title FROM workshop") == [(text[:TITLE_MAX],)]  # with_text: as much as a title holds
    reopened = WorkshopFile.open(path, read_only=True)
    assert sorted_by_id(reopened.load()) == sorted_by_id(document.workshop)
    reopened.close()
    stack.undo()
    stack.undo()
    assert query(path, "SELECT count(*) FROM notes") == [(0,)]
    assert query(path, "SELECT title FROM workshop") == [("Tomt",)]
    stack.redo()
    assert query(path, "SELECT what FROM actions") == [(text,)]
    document.close()


# "long" (100,000 characters) is more than a note holds: tests/board/test_text_limits.py pastes it.
@pytest.mark.parametrize("name", ["markup", "reportlab", "sql", "rtl", "combining", "emoji", "sami", "json"])
def test_pasting_hostile_text_into_a_note(window, tmp_path: Path, qtbot, name: str) -> None:
    """Typing (pasting) into a note on the board stores exactly what was pasted."""
    text = HOSTILE[name]
    path = tmp_path / "lim.samskap"
    workshop = minimal_workshop()
    workshop.notes = [Note("b-only", text="", x=100, y=100, id="n-1")]
    WorkshopFile.create(path, workshop).close()
    assert window.open_path(path)
    view = window.view
    item = view.board_scene.note_item("n-1")
    item.setSelected(True)
    view.setFocus()
    qtbot.keyClick(view.viewport(), Qt.Key.Key_F2)
    assert view.is_editing()
    QApplication.clipboard().setText(text)
    qtbot.keyClick(view.viewport(), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Escape)
    assert not view.is_editing()
    assert query(path, "SELECT text FROM notes WHERE id = 'n-1'") == [(text,)]
    assert window.document.note("n-1").text == text
    view.viewport().repaint()  # painting the text must not fail either
    window.undo()
    assert query(path, "SELECT text FROM notes WHERE id = 'n-1'") == [("",)]


def test_control_characters_pasted_into_a_note_are_stored_as_the_editor_has_them(window, tmp_path: Path, qtbot):
    """Qt's editor turns line and paragraph separators into line breaks; what it shows is what is saved."""
    path = tmp_path / "kontroll.samskap"
    workshop = minimal_workshop()
    workshop.notes = [Note("b-only", text="", id="n-1")]
    WorkshopFile.create(path, workshop).close()
    assert window.open_path(path)
    view = window.view
    view.board_scene.note_item("n-1").setSelected(True)
    view.setFocus()
    qtbot.keyClick(view.viewport(), Qt.Key.Key_F2)
    QApplication.clipboard().setText(HOSTILE["control"])
    qtbot.keyClick(view.viewport(), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    shown = view.note_edits.editor.text()  # what the facilitator sees in the note while typing
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Escape)
    stored = query(path, "SELECT text FROM notes WHERE id = 'n-1'")[0][0]
    assert stored == window.document.note("n-1").text
    assert "bell" in stored and "ps" in stored, "nothing after a control character is lost"
    assert stored == shown
    view.viewport().repaint()


# -- JSON that is not a workshop ------------------------------------------------------------------


def write(tmp_path: Path, document: object | str) -> Path:
    path = tmp_path / "import.json"
    path.write_text(document if isinstance(document, str) else json.dumps(document), encoding="utf-8")
    return path


def valid_document() -> dict:
    return to_json_object(sample_workshop())


def with_field(table: str, field: str, value: object) -> dict:
    document = valid_document()
    document[table][0][field] = value
    return document


@pytest.mark.parametrize(
    ("document", "words"),
    [
        (with_field("notes", "x", "12"), "notes[0]: field 'x'"),
        (with_field("notes", "text", 12), "notes[0]: field 'text'"),
        (with_field("notes", "text", None), "notes[0]: field 'text'"),
        (with_field("notes", "text", ["a"]), "notes[0]: field 'text'"),
        (with_field("notes", "text", {"a": 1}), "notes[0]: field 'text'"),
        (with_field("notes", "width", True), "notes[0]: field 'width'"),
        (with_field("boards", "position", 1.5), "boards[0]: field 'position'"),
        (with_field("boards", "position", 10**30), "too large"),
        (with_field("stakeholders", "phase_roles", [1, 2]), "stakeholders[0]: field 'phase_roles'"),
        (with_field("connectors", "label", UNSTORABLE["lone surrogate"]), "not valid Unicode"),
        ({**valid_document(), "notes": {"a": 1}}, "'notes' is not a list"),
        ({**valid_document(), "notes": ["x"]}, "notes[0] is not a JSON object"),
        ({**valid_document(), "workshop": []}, "workshop is not a JSON object"),
        ([1, 2, 3], "not a JSON object"),
        ("null", "not a JSON object"),
        ('"samskap/1"', "not a JSON object"),
        ('{"format": "samskap/1", "workshop": {"title": 1e999}}', "not"),
        ('{"format": "samskap/1", "notes": [NaN]}', "NaN is not allowed"),
        ('{"format": "samskap/1", "x": ' + "9" * 5000 + "}", "not valid JSON"),
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ('{"a":' * 100_000 + "1" + "}" * 100_000, "nested too deeply"),
        ("\ufeff{}", "not valid JSON"),
        ("", "not valid JSON"),
    ],
    ids=lambda value: None if isinstance(value, str) and len(value) < 40 else "",
)
def test_import_refuses_what_is_not_a_workshop(tmp_path: Path, document: object, words: str) -> None:
    path = write(tmp_path, document)
    with pytest.raises(BadInterchange) as caught:
        import_json(path)
    assert words in caught.value.message
    assert "import.json" in caught.value.message


def test_import_refuses_a_huge_file_before_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    with open(path, "wb") as f:
        f.truncate(201 * 1024 * 1024)  # sparse: takes no disk, and is never read
    with pytest.raises(BadInterchange) as caught:
        import_json(path)
    assert "larger than 200 MB" in caught.value.message


def test_import_limit_is_on_size_not_on_content(tmp_path: Path) -> None:
    path = write(tmp_path, valid_document())
    with pytest.raises(BadInterchange):
        import_json(path, max_bytes=100)
    assert import_json(path).info.title == sample_workshop().info.title


def test_import_of_a_folder_or_binary_is_refused(tmp_path: Path) -> None:
    with pytest.raises(BadInterchange):
        import_json(tmp_path)
    binary = tmp_path / "bin.json"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(BadInterchange) as caught:
        import_json(binary)
    assert "UTF-8" in caught.value.message


def test_hostile_json_import_in_the_window_is_explained(window, tmp_path: Path, qtbot, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    path = write(tmp_path, "[" * 100_000)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    window.import_dialog()
    # The file is read off the UI thread; its outcome comes on the event loop.
    with qtbot.waitSignal(window.exports.json_import.job.failed):
        pass
    boxes = [b for b in window.findChildren(QMessageBox, "problem_dialog") if b.isVisible()]
    assert boxes and "not a valid Samskap export" in boxes[0].text()


def test_every_hostile_text_in_one_workshop(tmp_path: Path) -> None:
    """All of the corpus at once, one entry per note: a file the PDF and e-mail helpers can reuse."""
    workshop: Workshop = minimal_workshop("Fiendtlig")
    # Each as much as a note holds (app.domain.text_limits): a full check refuses more.
    texts = [text[:NOTE_TEXT_MAX] for text in HOSTILE.values()]
    workshop.notes = [Note("b-only", text=text, x=i * 200.0, id=f"n-{i}") for i, text in enumerate(texts)]
    path = tmp_path / "alt.samskap"
    WorkshopFile.create(path, workshop).close()
    check_file(path, full=True)
    file = WorkshopFile.open(path)
    assert [n.text for n in file.load().notes] == texts
    file.close()
    assert dataclasses.asdict(workshop.notes[0])["text"] == HOSTILE[NAMES[0]]
