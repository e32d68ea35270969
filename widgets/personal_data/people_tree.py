"""The tree of what a workshop holds about people, section by section (app.domain.personal_data.inventory)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from app.domain.model import Workshop
from app.domain.personal_data import Inventory, Person, inventory, name_key
from app.domain.stakeholders import category_title

_PERSON = Qt.ItemDataRole.UserRole + 1  # the Person a row is about, on rows a removal can start from


class PeopleTree(QTreeWidget):
    """One top-level item per kind of personal data, one row per person found there.

    Rows of a person (a participant, or a name found without one) carry that Person, so
    selecting any of them names whom "Remove this person everywhere" is about.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("people_tree")
        self.setColumnCount(3)
        self.setHeaderLabels([self.tr("Name"), self.tr("Details"), self.tr("Number")])
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.found: Inventory | None = None

    def show_workshop(self, workshop: Workshop) -> None:
        """Fill the tree anew from the workshop, keeping the person selected if they are still there."""
        chosen = self.selected_person()
        self.found = found = inventory(workshop)
        self.clear()
        names = {p.id: p.name for p in workshop.participants}
        if found.facilitator.strip():
            section = self._section(self.tr("Facilitator"))
            self._row(section, found.facilitator, self.tr("on the cover of the summary"))
        section = self._section(self.tr("Participants (%1)").replace("%1", str(len(found.participants))))
        for p in found.participants:
            details = " · ".join(part for part in (p.organisation, p.role, p.email) if part.strip())
            self._row(section, p.name, details, person=Person(p.name, p.id))
        self._counted(self.tr("Note authors (%1): notes written"), found.note_authors)
        section = self._section(self.tr("Votes (%1 voters): dots given").replace("%1", str(len(found.voters))))
        for voter in found.voters:
            if voter.person is None:
                name = self.tr("anonymous phone %1").replace("%1", str(voter.phone or "?"))
                self._row(section, name, self.tr("already anonymous"), str(voter.dots))
            else:
                phone = self.tr("phone %1").replace("%1", str(voter.phone)) if voter.phone is not None else ""
                self._row(section, voter.person.name, phone, str(voter.dots), person=voter.person)
        title = self.tr("Stakeholders who are persons (%1)").replace("%1", str(len(found.person_stakeholders)))
        section = self._section(title)
        for s in found.person_stakeholders:
            details = " · ".join(part for part in (category_title(s.category), s.organisation, s.contact) if part)
            self._row(section, s.name, details, person=Person(s.name))
        section = self._section(self.tr("Phones that joined with a name (%1)").replace("%1", str(len(found.phones))))
        for device in found.phones:
            details = self.tr("phone %1").replace("%1", str(device.number))
            if device.participant_id in names:
                details += " · " + self.tr("votes as %1").replace("%1", names[device.participant_id])
            person = (
                Person(names[device.participant_id], device.participant_id) if device.participant_id in names else None
            )
            self._row(section, device.name, details, person=person or Person(device.name))
        self._counted(self.tr("Notes sent from phones (%1): notes each"), found.phone_authors)
        self._counted(self.tr("Responsible for actions (%1): actions each"), found.action_owners)
        self.expandAll()
        self._select(chosen)

    def selected_person(self) -> Person | None:
        item = self.currentItem()
        value = item.data(0, _PERSON) if item is not None else None
        return value if isinstance(value, Person) else None

    def _select(self, person: Person | None) -> None:
        if person is None:
            return
        for item in self.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive):
            if item.data(0, _PERSON) == person:
                self.setCurrentItem(item)
                return

    def _counted(self, title: str, names: list[tuple[str, int]]) -> None:
        section = self._section(title.replace("%1", str(len(names))))
        participants = {} if self.found is None else {name_key(p.name): p for p in self.found.participants}
        for name, count in names:
            known = participants.get(name_key(name))
            person = Person(known.name, known.id) if known is not None else Person(name)
            self._row(
                section, name, "" if known is not None else self.tr("not a participant"), str(count), person=person
            )

    def _section(self, title: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self, [title])
        item.setFirstColumnSpanned(True)
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        return item

    def _row(
        self, section: QTreeWidgetItem, name: str, details: str, number: str = "", *, person: Person | None = None
    ) -> None:
        item = QTreeWidgetItem(section, [name, details, number])
        item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if person is None:
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        else:
            item.setData(0, _PERSON, person)
