"""Undo commands of File > Personal data…: remove a person, anonymise the participants.

Each is one EditEntities, so one step of undo puts back every participant, author, dot and
stakeholder exactly as it was; the changes themselves are computed by the pure rules of
app/domain/personal_data.py.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.commands import EditEntities
from app.document import WorkshopDocument
from app.domain.personal_data import Labels, Person, anonymisation, removal
from app.domain.stakeholders import category_title


def labels() -> Labels:
    """The words the rules write into the workshop, in the interface's language."""
    return Labels(
        participant=lambda number: QCoreApplication.translate("PersonalData", "Participant %1").replace(
            "%1", str(number)
        ),
        category=category_title,
    )


class RemovePerson(EditEntities):
    """Take one person out of the workshop: the participant goes, their notes and dots stay anonymous."""

    def __init__(self, *, document: WorkshopDocument, person: Person) -> None:
        change = removal(document.workshop, person, labels())
        super().__init__(
            QCoreApplication.translate("PersonalData", "Remove a person"),
            document=document,
            upsert=change.upsert,
            delete=change.delete,
        )


class AnonymiseParticipants(EditEntities):
    """Replace every participant's name by "Participant n", clear emails and every note's author."""

    def __init__(self, *, document: WorkshopDocument) -> None:
        change = anonymisation(document.workshop, labels())
        super().__init__(
            QCoreApplication.translate("PersonalData", "Anonymise participants"),
            document=document,
            upsert=change.upsert,
        )
