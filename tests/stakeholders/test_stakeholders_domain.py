"""The stakeholder map's rules, without Qt widgets: quadrants, gaps, conversions."""

from __future__ import annotations

import dataclasses

from app.demo import build_demo_workshop
from app.domain.model import Participant, Phase, Stakeholder, StakeholderCategory
from app.domain.stakeholders import (
    Gap,
    GapKind,
    Quadrant,
    clamp_unit,
    describe_gap,
    find_gaps,
    participant_from_stakeholder,
    quadrant,
    stakeholder_from_participant,
    unlinked_participants,
)

C = StakeholderCategory
ALL_PHASES = [p.value for p in Phase]


def complete_map() -> list[Stakeholder]:
    """One stakeholder per category, every criterion and phase covered, a key player with a role."""
    people = [Stakeholder(f"S {c.value}", category=c, power=0.2, interest=0.2) for c in C]
    people[0] = dataclasses.replace(
        people[0], power=0.9, interest=0.9, effectiveness=True, democracy=True, innovation=True, phase_roles=ALL_PHASES
    )
    return people


def test_quadrants_follow_mendelow_with_the_middle_line_counting_as_high():
    def q(power, interest):
        return quadrant(Stakeholder("x", power=power, interest=interest))

    assert q(0.9, 0.9) is Quadrant.MANAGE_CLOSELY
    assert q(0.9, 0.1) is Quadrant.KEEP_SATISFIED
    assert q(0.1, 0.9) is Quadrant.KEEP_INFORMED
    assert q(0.1, 0.1) is Quadrant.MONITOR
    assert q(0.5, 0.5) is Quadrant.MANAGE_CLOSELY
    assert q(0.499, 0.5) is Quadrant.KEEP_INFORMED


def test_clamp_keeps_values_on_the_grid():
    assert clamp_unit(-3) == 0.0
    assert clamp_unit(7) == 1.0
    assert clamp_unit(0.25) == 0.25
    assert clamp_unit(float("nan")) == 0.5


def test_a_complete_map_has_no_gaps():
    assert find_gaps(complete_map()) == []


def test_an_empty_map_has_one_gap_saying_so():
    gaps = find_gaps([])
    assert gaps == [Gap(GapKind.NOBODY)]
    assert "empty" in describe_gap(gaps[0])


def test_missing_categories_are_named_in_sentences():
    people = [s for s in complete_map() if s.category not in (C.CITIZENS, C.USERS)]
    gaps = find_gaps(people)
    assert gaps == [Gap(GapKind.MISSING_CATEGORY, "citizens"), Gap(GapKind.MISSING_CATEGORY, "users")]
    assert [describe_gap(g) for g in gaps] == [
        "Nobody from the category Citizens is on the map.",
        "Nobody from the category Users is on the map.",
    ]


def test_criteria_roles_and_quadrant_gaps():
    people = [dataclasses.replace(s, power=0.1, effectiveness=False, phase_roles=[]) for s in complete_map()]
    people[1] = dataclasses.replace(people[1], phase_roles=[Phase.CO_INITIATION.value])
    kinds = [g.kind for g in find_gaps(people)]
    assert kinds == [
        GapKind.NO_EFFECTIVENESS,
        GapKind.NO_CO_DESIGNER,
        GapKind.NO_CO_IMPLEMENTER,
        GapKind.NOBODY_MANAGE_CLOSELY,
    ]
    assert "carry the solution out" in describe_gap(Gap(GapKind.NO_CO_IMPLEMENTER))
    for kind in GapKind:
        assert describe_gap(Gap(kind, "citizens")).endswith((".", "?"))


def test_a_key_player_without_a_role_is_a_gap_named_after_them():
    people = complete_map()
    people.append(Stakeholder("Ordføreren <b>", category=C.POLITICIANS, power=0.8, interest=0.8))
    gaps = find_gaps(people)
    assert gaps == [Gap(GapKind.KEY_PLAYER_WITHOUT_ROLE, "Ordføreren <b>")]
    assert describe_gap(gaps[0]).startswith("Ordføreren <b> has much power")


def test_participant_and_stakeholder_convert_both_ways_and_link():
    person = Participant("Máret Ánne Sárá", organisation="Eldrerådet", email="maret@example.no")
    card = stakeholder_from_participant(person)
    assert (card.name, card.organisation, card.contact, card.participant_id) == (
        person.name,
        "Eldrerådet",
        "maret@example.no",
        person.id,
    )
    phone_only = Stakeholder("NAV", organisation="NAV Fjellvik", contact="+47 555 55 555")
    new_person, linked = participant_from_stakeholder(phone_only)
    assert new_person.email == "" and new_person.name == "NAV" and new_person.organisation == "NAV Fjellvik"
    assert linked.participant_id == new_person.id and linked.id == phone_only.id
    assert unlinked_participants([person, new_person], [linked]) == [person]


def test_the_demo_map_is_filled_in_and_has_only_meaningful_gaps():
    demo = build_demo_workshop()
    assert len(demo.stakeholders) == 11
    assert {s.category for s in demo.stakeholders} == set(C)
    for s in demo.stakeholders:
        assert s.phase_roles, s.name
        assert s.effectiveness or s.democracy or s.innovation, s.name
        for criterion in ("effectiveness", "democracy", "innovation"):
            assert getattr(s, criterion) == bool(getattr(s, criterion + "_reason")), (s.name, criterion)
    assert find_gaps(demo.stakeholders) == []
