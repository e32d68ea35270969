"""The stakeholder map's rules: Mendelow's quadrants, the gaps in an actor map, conversions.

Pure functions over the model's dataclasses, so the screen, the PDF summary
and the tests ask the same questions the same way. The sentences that explain
a gap go through QCoreApplication.translate, which needs no QApplication and
returns the English source until a translator is installed.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from app.domain.model import Participant, Phase, Stakeholder, StakeholderCategory

# QCoreApplication.translate, or a lookup in another language's catalogue (the PDF summary's).
Translate = Callable[..., str]

# Power and interest at or above this count as high: a card on the middle line is "high",
# so dragging a card exactly onto the line never leaves it in between.
HIGH = 0.5


class Quadrant(StrEnum):
    """Mendelow's power/interest grid."""

    MANAGE_CLOSELY = "manage-closely"  # high power, high interest
    KEEP_SATISFIED = "keep-satisfied"  # high power, low interest
    KEEP_INFORMED = "keep-informed"  # low power, high interest
    MONITOR = "monitor"  # low power, low interest


def quadrant(stakeholder: Stakeholder) -> Quadrant:
    """The quadrant of the grid a stakeholder sits in."""
    high_power, high_interest = stakeholder.power >= HIGH, stakeholder.interest >= HIGH
    if high_power:
        return Quadrant.MANAGE_CLOSELY if high_interest else Quadrant.KEEP_SATISFIED
    return Quadrant.KEEP_INFORMED if high_interest else Quadrant.MONITOR


def clamp_unit(value: float) -> float:
    """A power or interest value kept within 0..1 (a card dragged off the grid stays on its edge)."""
    if value != value:  # NaN
        return 0.5
    return min(1.0, max(0.0, value))


def spread_new(
    new: Sequence[Stakeholder], existing: Sequence[Stakeholder], *, card: tuple[float, float]
) -> list[Stakeholder]:
    """The new cards, each moved to a free place nearest the grid's middle so none hides another.

    `card` is a card's (power, interest) extent in grid units. A card left at its default
    (0.5, 0.5) lands where it overlaps no card placed before it; one given a place of its
    own keeps it. All new cards at the middle, the grid showed one and hid the rest.
    """
    default = Stakeholder(name="")
    placed = [(s.power, s.interest) for s in existing]
    out = []
    for stakeholder in new:
        if (stakeholder.power, stakeholder.interest) == (default.power, default.interest):
            power, interest = free_grid_place(placed, card=card)
            stakeholder = dataclasses.replace(stakeholder, power=power, interest=interest)
        placed.append((stakeholder.power, stakeholder.interest))
        out.append(stakeholder)
    return out


def free_grid_place(taken: Sequence[tuple[float, float]], *, card: tuple[float, float]) -> tuple[float, float]:
    """(power, interest) nearest the middle where a card overlaps none at `taken`, or the middle itself."""
    # Whole hundredths (as the table shows them) with a little air, so rounding never overlaps two cards.
    dp, di = (math.ceil(extent * 100 + 1) / 100 for extent in card)
    steps_p, steps_i = int(0.5 / dp), int(0.5 / di)
    spots = [(0.5 + j * dp, 0.5 + i * di) for j in range(-steps_p, steps_p + 1) for i in range(-steps_i, steps_i + 1)]
    # Nearest the middle in card steps; on a tie, more interest and more power first (up and right).
    spots.sort(key=lambda s: (abs(s[0] - 0.5) / dp + abs(s[1] - 0.5) / di, -s[1], -s[0]))
    for power, interest in spots:
        inside = dp / 2 <= power <= 1 - dp / 2 and di / 2 <= interest <= 1 - di / 2
        clear = all(abs(power - p) >= dp - 1e-9 or abs(interest - i) >= di - 1e-9 for p, i in taken)
        if inside and clear:
            return round(power, 2), round(interest, 2)
    return 0.5, 0.5


class GapKind(StrEnum):
    NOBODY = "nobody"  # the map is empty
    MISSING_CATEGORY = "missing-category"
    NO_EFFECTIVENESS = "no-effectiveness"
    NO_DEMOCRACY = "no-democracy"
    NO_INNOVATION = "no-innovation"
    NO_CO_INITIATOR = "no-co-initiator"
    NO_CO_DESIGNER = "no-co-designer"
    NO_CO_IMPLEMENTER = "no-co-implementer"
    NOBODY_MANAGE_CLOSELY = "nobody-manage-closely"
    KEY_PLAYER_WITHOUT_ROLE = "key-player-without-role"  # manage closely, yet in no phase


@dataclass(frozen=True)
class Gap:
    """One thing missing from the actor map; `subject` names the category or stakeholder it is about."""

    kind: GapKind
    subject: str = ""


_ROLE_GAPS = (
    (Phase.CO_INITIATION, GapKind.NO_CO_INITIATOR),
    (Phase.CO_DESIGN, GapKind.NO_CO_DESIGNER),
    (Phase.CO_IMPLEMENTATION, GapKind.NO_CO_IMPLEMENTER),
)


def find_gaps(stakeholders: Sequence[Stakeholder]) -> list[Gap]:
    """What the actor map lacks, most fundamental first.

    Sørensen asks for actors from every category, chosen for effectiveness,
    democracy and innovation, with someone to carry each phase; Mendelow adds
    that the powerful and interested must be managed closely, so a key player
    with no role in any phase is a gap too.
    """
    if not stakeholders:
        return [Gap(GapKind.NOBODY)]
    gaps: list[Gap] = []
    present = {s.category for s in stakeholders}
    gaps += [Gap(GapKind.MISSING_CATEGORY, c.value) for c in StakeholderCategory if c not in present]
    if not any(s.effectiveness for s in stakeholders):
        gaps.append(Gap(GapKind.NO_EFFECTIVENESS))
    if not any(s.democracy for s in stakeholders):
        gaps.append(Gap(GapKind.NO_DEMOCRACY))
    if not any(s.innovation for s in stakeholders):
        gaps.append(Gap(GapKind.NO_INNOVATION))
    for phase, kind in _ROLE_GAPS:
        if not any(phase.value in s.phase_roles for s in stakeholders):
            gaps.append(Gap(kind))
    key_players = [s for s in stakeholders if quadrant(s) is Quadrant.MANAGE_CLOSELY]
    if not key_players:
        gaps.append(Gap(GapKind.NOBODY_MANAGE_CLOSELY))
    gaps += [Gap(GapKind.KEY_PLAYER_WITHOUT_ROLE, s.name) for s in key_players if not s.phase_roles]
    return gaps


def category_title(category: StakeholderCategory | str, translate: Translate = QCoreApplication.translate) -> str:
    """The category's name as the interface shows it (or as `translate` gives it: the PDF's language)."""
    titles = {
        StakeholderCategory.POLITICIANS: translate("StakeholderCategory", "Politicians"),
        StakeholderCategory.ADMINISTRATORS: translate("StakeholderCategory", "Administrators"),
        StakeholderCategory.PROFESSIONALS: translate("StakeholderCategory", "Professionals"),
        StakeholderCategory.EXPERTS: translate("StakeholderCategory", "Experts"),
        StakeholderCategory.ASSOCIATIONS: translate("StakeholderCategory", "Associations"),
        StakeholderCategory.BUSINESSES: translate("StakeholderCategory", "Businesses"),
        StakeholderCategory.CITIZENS: translate("StakeholderCategory", "Citizens"),
        StakeholderCategory.USERS: translate("StakeholderCategory", "Users"),
    }
    return titles[StakeholderCategory(category)]


def quadrant_title(q: Quadrant, translate: Translate = QCoreApplication.translate) -> str:
    """The quadrant's name as the stakeholder map shows it; the PDF passes its own language's `translate`."""
    titles = {
        Quadrant.MANAGE_CLOSELY: translate("Quadrant", "Manage closely"),
        Quadrant.KEEP_SATISFIED: translate("Quadrant", "Keep satisfied"),
        Quadrant.KEEP_INFORMED: translate("Quadrant", "Keep informed"),
        Quadrant.MONITOR: translate("Quadrant", "Monitor"),
    }
    return titles[q]


def describe_gap(gap: Gap) -> str:
    """One sentence a facilitator can read out to the room."""
    if gap.kind is GapKind.MISSING_CATEGORY:
        return QCoreApplication.translate("StakeholderGaps", "Nobody from the category %1 is on the map.").replace(
            "%1", category_title(gap.subject)
        )
    if gap.kind is GapKind.KEY_PLAYER_WITHOUT_ROLE:
        return QCoreApplication.translate(
            "StakeholderGaps", "%1 has much power and interest but no role in any phase."
        ).replace("%1", gap.subject)
    sentences = {
        GapKind.NOBODY: QCoreApplication.translate(
            "StakeholderGaps", "The map is empty: add the actors who are affected or can contribute."
        ),
        GapKind.NO_EFFECTIVENESS: QCoreApplication.translate(
            "StakeholderGaps", "Nobody meets the effectiveness criterion: who has resources to solve the task?"
        ),
        GapKind.NO_DEMOCRACY: QCoreApplication.translate(
            "StakeholderGaps", "Nobody meets the democracy criterion: who ought to have influence?"
        ),
        GapKind.NO_INNOVATION: QCoreApplication.translate(
            "StakeholderGaps", "Nobody meets the innovation criterion: who has creative ideas and capacity?"
        ),
        GapKind.NO_CO_INITIATOR: QCoreApplication.translate(
            "StakeholderGaps", "Nobody has a role in co-initiation: who helps define the problem?"
        ),
        GapKind.NO_CO_DESIGNER: QCoreApplication.translate(
            "StakeholderGaps", "Nobody has a role in co-design: who helps shape the solutions?"
        ),
        GapKind.NO_CO_IMPLEMENTER: QCoreApplication.translate(
            "StakeholderGaps", "Nobody has a role in co-implementation: who can carry the solution out?"
        ),
        GapKind.NOBODY_MANAGE_CLOSELY: QCoreApplication.translate(
            "StakeholderGaps", "Nobody is in Manage closely: is there no one with both power and interest?"
        ),
    }
    return sentences[gap.kind]


def stakeholder_from_participant(participant: Participant) -> Stakeholder:
    """A new stakeholder card for a workshop participant, linked to them."""
    return Stakeholder(
        name=participant.name,
        organisation=participant.organisation,
        contact=participant.email,
        participant_id=participant.id,
    )


def participant_from_stakeholder(stakeholder: Stakeholder) -> tuple[Participant, Stakeholder]:
    """A new participant for a stakeholder, and the stakeholder linked to them.

    The contact becomes the participant's email only when it looks like one:
    a phone number in the e-mail field would be used for the summary mail.
    """
    email = stakeholder.contact.strip() if "@" in stakeholder.contact else ""
    participant = Participant(name=stakeholder.name, organisation=stakeholder.organisation, email=email)
    return participant, dataclasses.replace(stakeholder, participant_id=participant.id)


def unlinked_participants(
    participants: Sequence[Participant], stakeholders: Sequence[Stakeholder]
) -> list[Participant]:
    """Participants that no stakeholder card stands for yet."""
    linked = {s.participant_id for s in stakeholders}
    return [p for p in participants if p.id not in linked]
