"""How stakeholder categories, criteria and phase roles look and are named on screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from app.domain.model import Phase, StakeholderCategory

C = StakeholderCategory

# The Okabe-Ito palette (distinct for the common colour blindnesses); the category is also
# written on each card, so colour is never the only cue.
CATEGORY_COLOURS: dict[StakeholderCategory, QColor] = {
    C.POLITICIANS: QColor("#cc79a7"),
    C.ADMINISTRATORS: QColor("#0072b2"),
    C.PROFESSIONALS: QColor("#56b4e9"),
    C.EXPERTS: QColor("#000000"),
    C.ASSOCIATIONS: QColor("#009e73"),
    C.BUSINESSES: QColor("#e69f00"),
    C.CITIZENS: QColor("#d55e00"),
    C.USERS: QColor("#f0e442"),
}

CRITERIA = ("effectiveness", "democracy", "innovation")


def criterion_title(criterion: str) -> str:
    titles = {
        "effectiveness": QCoreApplication.translate("Criterion", "Effectiveness"),
        "democracy": QCoreApplication.translate("Criterion", "Democracy"),
        "innovation": QCoreApplication.translate("Criterion", "Innovation"),
    }
    return titles[criterion]


def criterion_question(criterion: str) -> str:
    questions = {
        "effectiveness": QCoreApplication.translate("Criterion", "Has resources that help solve the task"),
        "democracy": QCoreApplication.translate("Criterion", "Ought to have influence"),
        "innovation": QCoreApplication.translate("Criterion", "Has creative ideas and the capacity to create"),
    }
    return questions[criterion]


def criterion_letter(criterion: str) -> str:
    """One letter for a card's badge (E, D, I)."""
    letters = {
        "effectiveness": QCoreApplication.translate("Criterion", "E", "effectiveness, one letter"),
        "democracy": QCoreApplication.translate("Criterion", "D", "democracy, one letter"),
        "innovation": QCoreApplication.translate("Criterion", "I", "innovation, one letter"),
    }
    return letters[criterion]


def role_title(phase: Phase) -> str:
    """The role a stakeholder has in a phase."""
    titles = {
        Phase.CO_INITIATION: QCoreApplication.translate("PhaseRole", "Co-initiator"),
        Phase.CO_DESIGN: QCoreApplication.translate("PhaseRole", "Co-designer"),
        Phase.CO_IMPLEMENTATION: QCoreApplication.translate("PhaseRole", "Co-implementer"),
    }
    return titles[phase]
