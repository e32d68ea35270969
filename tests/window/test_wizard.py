"""The new-workshop wizard and pasted participant lists, checked in the file it makes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, Qt, QTime, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWizard

from app.domain.participant_list import PastedParticipant, email_valid, parse_participants
from tests.agenda_support import DAY_PLAN
from tests.conftest import save_screenshot
from tests.factories import query
from widgets.wizard.new_workshop_wizard import NewWorkshopWizard

SPREADSHEET = (
    "Navn\tOrganisasjon\tRolle\tE-post\n"
    "Kari Nordmann\tFjellvik kommune\tRådgiver\tkari@example.no\n"
    "Máret Ánne Sárá\tEldrerådet\tLeder\t\n"
    "\n"
    "Per Hansen\tNAV\tVeileder\tper(at)example\n"
)


# -- parsing pasted lists -----------------------------------------------------------------


def test_a_spreadsheet_selection_parses_with_its_header_skipped():
    rows = parse_participants(SPREADSHEET)
    assert rows == [
        PastedParticipant("Kari Nordmann", "Fjellvik kommune", "Rådgiver", "kari@example.no"),
        PastedParticipant("Máret Ánne Sárá", "Eldrerådet", "Leder", ""),
        PastedParticipant("Per Hansen", "NAV", "Veileder", "per(at)example"),
    ]
    assert [r.email_valid for r in rows] == [True, True, False]


def test_csv_with_commas_or_semicolons_and_quoted_fields():
    rows = parse_participants('Nils, "Oppvekst, skole", rektor, nils@ex.com\r\nSiv;Kultur;;siv@ex.no')
    assert rows == [
        PastedParticipant("Nils", "Oppvekst, skole", "rektor", "nils@ex.com"),
        PastedParticipant("Siv", "Kultur", "", "siv@ex.no"),
    ]


def test_an_email_address_line_parses_into_names_and_addresses():
    rows = parse_participants('Kari Nordmann <kari@example.no>; "Hansen, Per" <per@example.no>, <ola@x.no>')
    assert [(r.name, r.email) for r in rows] == [
        ("Kari Nordmann", "kari@example.no"),
        ("Hansen, Per", "per@example.no"),
        ("ola", "ola@x.no"),
    ]


@pytest.mark.parametrize(
    ("email", "valid"),
    [("", True), ("a@b.no", True), ("åse@kommune.no", True), ("a@b", False), ("a b@c.no", False), ("@c.no", False)],
)
def test_email_check(email, valid):
    assert email_valid(email) is valid


def test_hostile_pastes_never_crash_and_stay_bounded():
    assert parse_participants("") == []
    assert parse_participants("\x00\x07\x1b[31m\n\t\t\n") == [PastedParticipant("[31m")]
    rows = parse_participants("x" * 100_000 + "\tOrg")
    assert len(rows[0].name) == 500
    assert parse_participants("<b>Ada</b>\t<i>x</i>")[0].name == "<b>Ada</b>"
    assert parse_participants("مرحبا\tشركة")[0].organisation == "شركة"


# -- the wizard ---------------------------------------------------------------------------


def fill_wizard(wizard: NewWorkshopWizard, *, title: str, plan_row: int) -> None:
    details = wizard.details
    details.title_edit.setText(title)
    details.municipality.setText("Fjellvik kommune")
    details.date.setDate(QDate(2026, 3, 18))
    details.start_time.setTime(QTime(8, 30))
    details.facilitator.setText("Ingrid Solberg")
    details.language.setCurrentIndex(details.language.findData("nb"))
    wizard.next()
    wizard.people.table.add_text(SPREADSHEET)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled(), "a wrong email holds the wizard back"
    assert "look wrong" in wizard.people.table.status.text()
    wizard.people.table.table.item(2, 3).setText("per@example.no")
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()
    wizard.agenda.plans.setCurrentRow(plan_row)


def test_the_wizard_creates_the_workshop_it_was_given(facilitator, library, tmp_path, qtbot):
    def drive() -> None:
        wizard = QApplication.activeModalWidget()
        assert isinstance(wizard, NewWorkshopWizard)
        fill_wizard(wizard, title="Bo hjemme: Sørdalen", plan_row=1)
        wizard.accept()

    QTimer.singleShot(0, drive)
    facilitator.new_workshop()
    path = tmp_path / "workshops" / "Bo hjemme Sørdalen.samskap"
    assert path.exists()
    assert query(path, "SELECT title, municipality, date, facilitator, language, start_time FROM workshop") == [
        ("Bo hjemme: Sørdalen", "Fjellvik kommune", "2026-03-18", "Ingrid Solberg", "nb", "08:30")
    ]
    assert query(path, "SELECT name, organisation, role, email FROM participants ORDER BY name") == [
        ("Kari Nordmann", "Fjellvik kommune", "Rådgiver", "kari@example.no"),
        ("Máret Ánne Sárá", "Eldrerådet", "Leder", ""),
        ("Per Hansen", "NAV", "Veileder", "per@example.no"),
    ]
    steps = query(
        path, "SELECT title, phase, duration_min, position, board_id, room_instructions FROM agenda ORDER BY position"
    )
    assert [(t, p, d, i) for t, p, d, i, _b, _r in steps] == [
        ("Floketre", "co-initiation", 45, 0),
        ("Brennende plattform", "co-initiation", 20, 1),
        ("Individ, gruppe, plenum", "co-design", 40, 2),
        ("Refleksjonsrunde", "co-design", 10, 3),
        ("Tiltaksplan", "co-implementation", 25, 4),
    ], "one step per plan step, in Bokmål, plan durations over the exercise's; an unknown exercise is left out"
    assert steps[0][5] == "Årsaker er røtter, følger er greiner."
    assert steps[3][4] is None, "an exercise without a board gives a step without one"
    phase_order = "CASE phase WHEN 'co-initiation' THEN 0 WHEN 'co-design' THEN 1 ELSE 2 END"
    boards = query(path, f"SELECT id, name, phase, kind, position FROM boards ORDER BY {phase_order}, position")
    assert [(n, ph, k, pos) for _i, n, ph, k, pos in boards] == [
        ("Floketre", "co-initiation", "floke-map", 0),
        ("Brennende plattform", "co-initiation", "free", 1),
        ("Individ, gruppe, plenum", "co-design", "idea-board", 0),
        ("Tiltaksplan", "co-implementation", "action-plan", 0),
    ]
    assert {b for *_, b, _r in steps if b} == {i for i, *_ in boards}
    assert query(path, "SELECT title FROM frames ORDER BY title") == [("Greiner",), ("Røtter",)]
    assert query(path, "SELECT text FROM notes") == [("Hva er floken?",)]
    first = query(path, "SELECT id, board_id FROM agenda WHERE position = 0")[0]
    assert query(path, "SELECT current_step_id FROM workshop") == [(first[0],)]
    assert facilitator.current_board_id() == first[1], "it opens on the first step's board"
    assert facilitator.facilitation.agenda_panel.rows()[0] == ("▶ 08:30", "Floketre", "45")


def test_an_empty_agenda_keeps_the_three_starting_boards(facilitator, tmp_path, qtbot):
    wizard = NewWorkshopWizard(folder=tmp_path / "workshops", library=facilitator.facilitation.library)
    qtbot.addWidget(wizard)
    wizard.show()
    fill_wizard(wizard, title="Tom", plan_row=0)
    assert wizard.plan() is None
    assert facilitator.create_workshop(wizard.path(), wizard.info(), participants=wizard.participants(), plan=None)
    path = wizard.path()
    assert query(path, "SELECT phase, kind FROM boards ORDER BY phase") == [
        ("co-design", "idea-board"),
        ("co-implementation", "action-plan"),
        ("co-initiation", "floke-map"),
    ]
    assert query(path, "SELECT count(*) FROM agenda") == [(0,)]
    assert query(path, "SELECT count(*) FROM participants") == [(3,)]
    assert query(path, "SELECT current_step_id FROM workshop") == [(None,)]


def test_the_wizard_needs_a_title_and_defaults_to_the_interface_language(facilitator, tmp_path, qtbot):
    previous = QLocale()
    QLocale.setDefault(QLocale("sv_SE"))
    try:
        wizard = NewWorkshopWizard(folder=tmp_path, library=facilitator.facilitation.library)
        qtbot.addWidget(wizard)
        wizard.show()
        assert wizard.details.language.currentData() == "sv"
        assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
        wizard.details.title_edit.setText("   ")
        assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled(), "spaces are no title"
        wizard.details.title_edit.setText("Samråd")
        assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
        wizard.details.date.setDate(QDate(2026, 3, 18))
        assert wizard.details.date.text() == "2026-03-18", "Swedish dates are written year first"
    finally:
        QLocale.setDefault(previous)


def test_pasting_from_the_clipboard_into_the_table(facilitator, tmp_path, qtbot):
    wizard = NewWorkshopWizard(folder=tmp_path, library=facilitator.facilitation.library)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.details.title_edit.setText("Lim inn")
    wizard.next()
    QGuiApplication.clipboard().setText("Kari Nordmann <kari@example.no>; Per <per@example.no>")
    table = wizard.people.table.table
    table.setFocus()
    QTest.keyClick(table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert [(p.name, p.email) for p in wizard.participants()] == [
        ("Kari Nordmann", "kari@example.no"),
        ("Per", "per@example.no"),
    ]


def test_screenshots_of_the_wizard_pages(facilitator, tmp_path, qtbot):
    wizard = NewWorkshopWizard(folder=tmp_path / "workshops", library=facilitator.facilitation.library)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    details = wizard.details
    details.title_edit.setText("Bo hjemme lengst mulig")
    details.municipality.setText("Fjellvik kommune")
    details.facilitator.setText("Ingrid Solberg")
    save_screenshot(wizard, "wizard-1-details")
    wizard.next()
    wizard.people.table.add_text(SPREADSHEET)
    save_screenshot(wizard, "wizard-2-participants")
    wizard.people.table.table.item(2, 3).setText("per@example.no")
    wizard.next()
    wizard.agenda.plans.setCurrentRow(1)
    assert wizard.agenda.preview.topLevelItemCount() == 5
    assert "5 steps, 140 min in all" in wizard.agenda.total.text()
    save_screenshot(wizard, "wizard-3-plan")


def test_a_workshop_can_be_created_in_a_folder_that_does_not_exist_yet(facilitator, tmp_path):
    from app.domain.model import WorkshopInfo

    path = tmp_path / "deep" / "er" / "ny.samskap"
    assert facilitator.create_workshop(path, WorkshopInfo("Ny"), plan=DAY_PLAN)
    assert Path(path).exists()


def test_every_shipped_plan_makes_a_workshop_in_every_language(tmp_path):
    from app.domain.model import WorkshopInfo
    from app.storage.workshop_file import WorkshopFile, check_file
    from app.workshop_plan import LoadedLibrary, load_library, workshop_from_plan

    library = load_library()
    assert isinstance(library, LoadedLibrary) and len(library.plans()) >= 4
    for plan in library.plans():
        for language in ("nb", "nn", "sv", "da", "en"):
            info = WorkshopInfo(plan.id, date="2026-03-18", start_time="09:00", language=language)
            path = tmp_path / f"{plan.id}-{language}.samskap"
            WorkshopFile.create(path, workshop_from_plan(info, [], plan, library)).close()
            check_file(path)
            steps = query(path, "SELECT title, board_id FROM agenda ORDER BY position")
            assert len(steps) == len(plan.steps), f"{plan.id}: one step per plan step"
            assert all(title.strip() for title, _ in steps)
            boards = {b for _, b in steps if b}
            assert boards == {b for (b,) in query(path, "SELECT id FROM boards")}, "each board belongs to a step"
            assert query(path, "SELECT current_step_id FROM workshop")[0][0] is not None
