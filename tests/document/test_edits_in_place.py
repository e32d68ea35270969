"""A change replaces the entities it names where they are: an edit of one note on a board of
thousands costs what it changes, not a copy of the whole table (issue 17). No clocks: the
tests look at the lists themselves."""

from __future__ import annotations

from app.document import WorkshopDocument
from app.domain.model import Board, Note, Participant, Phase, Workshop, WorkshopInfo
from app.storage.workshop_file import WorkshopFile


def open_document(tmp_path, count: int = 3000) -> WorkshopDocument:
    notes = [Note("b", text=f"Lapp {i}", x=i * 10.0, id=f"n{i:05d}") for i in range(count)]
    workshop = Workshop(info=WorkshopInfo("Stor"), boards=[Board("Stor", Phase.CO_DESIGN, id="b")], notes=notes)
    path = tmp_path / "stor.samskap"
    WorkshopFile.create(path, workshop).close()
    return WorkshopDocument.open(WorkshopFile.open(path))


def test_an_edit_replaces_the_note_where_it_is(tmp_path):
    document = open_document(tmp_path)
    notes = document.workshop.notes
    changes = document.change_notes({"n01500": {"text": "Endret"}})
    assert document.workshop.notes is notes, "the table was copied for an edit of one note"
    assert notes[1500].text == "Endret" and notes[1500] is document.note("n01500")
    assert changes.added_of(Note) == [] and [n.id for n in changes.changed_of(Note)] == ["n01500"]
    added = document.add_notes([Note("b", text="Ny", id="n-new")])
    assert notes[-1].id == "n-new" and [n.id for n in added.added_of(Note)] == ["n-new"]
    document.close()


def test_edits_after_deletes_and_outside_changes_land_on_the_right_note(tmp_path):
    document = open_document(tmp_path, 50)
    document.apply(delete=[document.note("n00010"), document.note("n00020")])
    document.change_notes({"n00030": {"text": "Etter sletting"}})
    ids = [n.id for n in document.workshop.notes]
    assert len(ids) == 48 and len(set(ids)) == 48 and "n00010" not in ids
    assert document.note("n00030").text == "Etter sletting"
    # Someone moves the list behind the document's back: it looks again, never writes a copy.
    document.workshop.notes.reverse()
    document.change_notes({"n00001": {"text": "Snudd"}})
    ids = [n.id for n in document.workshop.notes]
    assert len(ids) == 48 and len(set(ids)) == 48
    assert next(n for n in document.workshop.notes if n.id == "n00001").text == "Snudd"
    document.close()
    reopened = WorkshopFile.open(tmp_path / "stor.samskap", read_only=True)
    try:
        stored = {n.id: n.text for n in reopened.load().notes}
    finally:
        reopened.close()
    assert stored["n00001"] == "Snudd" and stored["n00030"] == "Etter sletting" and len(stored) == 48


class _CountedWalks(list):
    """A table that counts how often it is walked from end to end."""

    walks = 0

    def __iter__(self):
        type(self).walks += 1
        return super().__iter__()


def test_finding_an_entity_looks_it_up_instead_of_walking_its_table(tmp_path):
    """A dot on a board of thousands finds its participant, vote and frame many times: each find
    walked a whole table (1 ms a dot at 7,000 dots)."""
    document = open_document(tmp_path, 10)
    participants = [Participant(f"Deltaker {i}", id=f"p{i:04d}") for i in range(3000)]
    document.apply(upsert=participants)
    document.workshop.participants = _CountedWalks(document.workshop.participants)
    _CountedWalks.walks = 0
    for i in range(0, 3000, 7):
        assert document.find(Participant, f"p{i:04d}") is participants[i]
    assert document.find(Participant, "nobody") is None
    assert _CountedWalks.walks <= 1, f"{_CountedWalks.walks} walks over the table for 430 finds"
    # Moved behind the document's back, deleted and added through it: still the right one.
    document.workshop.participants.reverse()
    assert document.find(Participant, "p0007") is participants[7]
    document.apply(delete=[participants[8]])
    assert document.find(Participant, "p0008") is None and document.find(Participant, "p0009") is participants[9]
    document.apply(upsert=[Participant("Ny", id="p-ny")])
    assert document.find(Participant, "p-ny").name == "Ny"
    document.close()
