"""The rules of app/domain/personal_data.py, on plain workshops: no Qt application, no file."""

from __future__ import annotations

import dataclasses

from app.demo import build_demo_workshop
from app.domain.model import (
    Action,
    Board,
    Device,
    Note,
    Participant,
    Phase,
    Stakeholder,
    StakeholderCategory,
    Submission,
    Vote,
    VoteDot,
    VoteStatus,
    Workshop,
    WorkshopInfo,
)
from app.domain.personal_data import Labels, Person, Redaction, anonymisation, inventory, removal, same_name
from app.domain.validation import problems
from app.domain.voting import ranked_results, rule_violations
from app.storage.rows import TABLE_OF, to_row


def applied(workshop: Workshop, change: Redaction) -> Workshop:
    """The workshop as WorkshopDocument.apply would leave it (the rules name every dependant themselves)."""
    result = dataclasses.replace(workshop)
    for table in TABLE_OF.values():
        setattr(result, table, list(getattr(workshop, table)))
    for entity in change.delete:
        table = TABLE_OF[type(entity)]
        setattr(result, table, [e for e in getattr(result, table) if e.id != entity.id])
    for entity in change.upsert:
        table = TABLE_OF[type(entity)]
        rows = getattr(result, table)
        index = next((i for i, e in enumerate(rows) if e.id == entity.id), None)
        if index is None:
            rows.append(entity)
        else:
            rows[index] = entity
    return result


def everything_said(workshop: Workshop) -> str:
    """Every stored value of every entity but the note texts, casefolded, as one string."""
    values = [str(v) for v in to_row(workshop.info).values()]
    for table in TABLE_OF.values():
        for entity in getattr(workshop, table):
            values += [str(v) for k, v in to_row(entity).items() if not (isinstance(entity, Note) and k == "text")]
    return "\n".join(values).casefold()


def small_workshop() -> Workshop:
    kari = Participant("Kari Nordmann", "Hjemmetjenesten", "Sykepleier", "kari@example.no", id="k" * 32)
    ola = Participant("Ola Hansen", email="ola@example.no", id="o" * 32)
    board = Board("Ideer", Phase.CO_DESIGN, id="b" * 32)
    notes = [
        Note(board.id, "Mer tid", author="Kari Nordmann", id="1" * 32, y=0),
        Note(board.id, "Færre skjema", author="kari  NORDMANN", id="2" * 32, y=200),
        Note(board.id, "Kafé", author="Ola Hansen", id="3" * 32, y=400),
        Note(board.id, "Buss", author="", id="4" * 32, y=600),
    ]
    everyone = Vote(board.id, "Beste", id="v" * 32, dots_per_person=3)
    chosen = Vote(board.id, "Valgte", id="w" * 32, voter_ids=[kari.id, ola.id])
    only_kari = Vote(board.id, "Tredje", id="x" * 32, voter_ids=[kari.id])
    phone = Device(number=1, name="Kari", participant_id=kari.id, id="d" * 32)
    stranger = Device(number=2, name="Per", id="e" * 32)
    dots = [
        VoteDot(everyone.id, notes[0].id, kari.id),
        VoteDot(everyone.id, notes[1].id, kari.id),
        VoteDot(everyone.id, notes[0].id, ola.id),
        VoteDot(everyone.id, notes[2].id, None, device_id=stranger.id),
        VoteDot(chosen.id, notes[3].id, kari.id),
    ]
    return Workshop(
        info=WorkshopInfo("Bo hjemme", facilitator="Ingrid Solberg"),
        participants=[kari, ola],
        boards=[board],
        notes=notes,
        votes=[everyone, chosen, only_kari],
        vote_dots=dots,
        devices=[phone, stranger],
        submissions=[
            Submission(phone.id, board.id, "Fra mobilen", author="Kari"),
            Submission(stranger.id, board.id, "Hei", author="Per"),
        ],
        stakeholders=[
            Stakeholder("Kari Nordmann", "", StakeholderCategory.CITIZENS, id="s" * 32),
            Stakeholder(
                "Pårørende", "", StakeholderCategory.CITIZENS, contact="kari@example.no", participant_id=kari.id
            ),
            Stakeholder("Ordfører", "Fjellvik kommune", StakeholderCategory.POLITICIANS),
        ],
        actions=[Action("Ringe", who="Kari Nordmann"), Action("Skrive", who="Ola Hansen")],
    )


def test_names_are_the_same_whatever_their_case_and_spacing() -> None:
    assert same_name("Kari  Nordmann ", "kari nordmann")
    assert not same_name("Kari", "Kari Nordmann")
    assert not same_name("", "  ")


def test_the_inventory_finds_every_kind_of_personal_data() -> None:
    found = inventory(small_workshop())
    assert found.facilitator == "Ingrid Solberg"
    assert [p.name for p in found.participants] == ["Kari Nordmann", "Ola Hansen"]
    assert found.note_authors == [("Kari Nordmann", 2), ("Ola Hansen", 1)]
    by_voter = {(v.person.name if v.person else None): (v.dots, v.votes) for v in found.voters}
    assert by_voter == {"Kari Nordmann": (3, 2), "Ola Hansen": (1, 1), "Per": (1, 1)}
    assert [s.name for s in found.person_stakeholders] == ["Kari Nordmann", "Pårørende"]
    assert [d.name for d in found.phones] == ["Kari", "Per"]
    assert found.phone_authors == [("Kari", 1), ("Per", 1)]
    assert found.action_owners == [("Kari Nordmann", 1), ("Ola Hansen", 1)]
    names = [p.name for p in found.people()]
    assert names == ["Kari Nordmann", "Ola Hansen", "Kari", "Per", "Pårørende"]


def test_removing_a_participant_takes_them_out_and_keeps_the_work() -> None:
    before = small_workshop()
    change = removal(before, Person("Kari Nordmann", "k" * 32), Labels(category=lambda c: f"<{c}>"))
    after = applied(before, change)

    assert [p.name for p in after.participants] == ["Ola Hansen"]
    assert [n.author for n in after.notes] == ["", "", "Ola Hansen", ""]
    assert [n.text for n in after.notes] == [n.text for n in before.notes]
    # The dots stay, each vote's result is the same, and one anonymous voter holds Kari's.
    assert len(after.vote_dots) == len(before.vote_dots)
    for vote in before.votes:
        assert [(r.note.id, r.dots, r.voters) for r in ranked_results(after, vote.id)] == [
            (r.note.id, r.dots, r.voters) for r in ranked_results(before, vote.id)
        ]
    assert rule_violations(after, "v" * 32) == []
    assert all(d.participant_id != "k" * 32 for d in after.vote_dots)
    phone = next(d for d in after.devices if d.id == "d" * 32)
    assert (phone.name, phone.participant_id) == ("", None)  # her phone now holds her dots, anonymously
    assert {d.device_id for d in after.vote_dots if d.participant_id is None} == {"d" * 32, "e" * 32}
    # The vote she alone was chosen for closes: an empty list would mean everyone, and her id names nobody.
    assert [v.voter_ids for v in after.votes] == [[], ["o" * 32], []]
    assert after.votes[2].status == VoteStatus.CLOSED
    assert [s.name for s in after.stakeholders] == ["<citizens>", "Pårørende", "Ordfører"]
    assert [(s.contact, s.participant_id) for s in after.stakeholders][1] == ("", None)
    assert [a.who for a in after.actions] == ["", "Ola Hansen"]
    assert [s.author for s in after.submissions] == ["Kari", "Per"]  # "Kari" is another name: a person of its own
    assert list(problems(after)) == []
    assert "kari nordmann" not in everything_said(after)
    assert "kari@example.no" not in everything_said(after)


def test_a_participant_without_a_phone_leaves_their_dots_to_a_new_anonymous_voter() -> None:
    before = small_workshop()
    before.devices = [d for d in before.devices if d.id != "d" * 32]
    before.submissions = [s for s in before.submissions if s.device_id != "d" * 32]
    after = applied(before, removal(before, Person("Kari Nordmann", "k" * 32)))
    new = [d for d in after.devices if d.id not in {"e" * 32}]
    assert len(new) == 1 and new[0].name == "" and new[0].participant_id is None and new[0].number == 3
    assert sum(1 for d in after.vote_dots if d.device_id == new[0].id) == 3
    assert list(problems(after)) == []


def test_removing_a_name_without_a_participant_clears_it_where_it_stands() -> None:
    before = small_workshop()
    after = applied(before, removal(before, Person("Per")))
    assert after.participants == before.participants
    assert [d.name for d in after.devices] == ["Kari", ""]
    assert [s.author for s in after.submissions] == ["Kari", ""]
    assert len(after.vote_dots) == len(before.vote_dots)
    assert "per" not in {d.name.casefold() for d in after.devices}


def test_anonymising_numbers_the_participants_and_clears_every_author() -> None:
    before = small_workshop()
    labels = Labels(participant=lambda n: f"Deltaker {n}")
    after = applied(before, anonymisation(before, labels))
    assert [(p.name, p.email, p.organisation, p.role) for p in after.participants] == [
        ("Deltaker 1", "", "Hjemmetjenesten", "Sykepleier"),
        ("Deltaker 2", "", "", ""),
    ]
    assert {n.author for n in after.notes} == {""}
    assert {s.author for s in after.submissions} == {""}
    assert {d.name for d in after.devices} == {""}
    assert next(d for d in after.devices if d.id == "d" * 32).participant_id == "k" * 32  # still votes as her
    assert after.vote_dots == before.vote_dots  # the dots stay the (renamed) participants' own
    assert [a.who for a in after.actions] == ["Deltaker 1", "Deltaker 2"]
    assert [s.name for s in after.stakeholders] == ["Deltaker 1", "Pårørende", "Ordfører"]
    assert after.stakeholders[1].contact == ""
    said = everything_said(after)
    assert "kari" not in said and "ola hansen" not in said and "@example.no" not in said
    assert anonymisation(after, labels).empty  # a second time there is nothing left to do


def test_every_participant_of_the_demo_can_be_removed_without_trace() -> None:
    demo = build_demo_workshop()
    for participant in demo.participants:
        after = applied(demo, removal(demo, Person(participant.name, participant.id)))
        assert list(problems(after)) == [], participant.name
        assert participant.name.casefold() not in everything_said(after), participant.name
        if participant.email:
            assert participant.email.casefold() not in everything_said(after)
        vote = demo.votes[0].id
        assert [(r.note.id, r.dots) for r in ranked_results(after, vote)] == [
            (r.note.id, r.dots) for r in ranked_results(demo, vote)
        ]
        assert rule_violations(after, vote) == []
