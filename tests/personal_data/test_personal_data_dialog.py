"""File > Personal data… on the real window and a real demo file: what it shows, removing a person,
anonymising everyone, undo, and deleting the backups that still hold them (read back with sqlite3)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QPushButton

from app.storage.rows import TABLE_OF
from tests.conftest import save_screenshot
from widgets.personal_data.personal_data_dialog import PersonalDataDialog

KARI = "Kari Nordmann"
KARI_ID = "040ec179a15562cb0334ccc15b6b538d"  # the demo's ids are fixed


def dump(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table of the workshop file, sorted: what "everything" is."""
    with sqlite3.connect(path) as db:
        tables = ["workshop", *TABLE_OF.values()]
        return {t: sorted(db.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in tables}


def query(path: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(path) as db:
        return db.execute(sql).fetchall()


def open_dialog(window, qtbot) -> PersonalDataDialog:
    action = window.findChild(QAction, "personal_data_action")
    window.menus.file.aboutToShow.emit()
    assert action.isEnabled()
    action.trigger()
    dialog = window.findChild(PersonalDataDialog, "personal_data_dialog")
    qtbot.waitExposed(dialog)
    return dialog


def select(dialog: PersonalDataDialog, section_start: str, name: str) -> None:
    tree = dialog.tree
    for index in range(tree.topLevelItemCount()):
        section = tree.topLevelItem(index)
        if section.text(0).startswith(section_start):
            for row in range(section.childCount()):
                item = section.child(row)
                if item is not None and item.text(0) == name:
                    tree.setCurrentItem(item)
                    return
    raise AssertionError(f"no {name!r} under {section_start!r}")


def sections(dialog: PersonalDataDialog) -> dict[str, list[str]]:
    tree = dialog.tree
    found = {}
    for index in range(tree.topLevelItemCount()):
        section = tree.topLevelItem(index)
        found[section.text(0)] = [section.child(r).text(0) for r in range(section.childCount())]
    return found


@pytest.fixture
def opened(window, demo_file, qtbot):
    assert window.open_path(demo_file)
    store = window.guard.backups
    taken = [store.take_of(demo_file, at=datetime(2026, 3, 18, 8 + hour, tzinfo=UTC)) for hour in (1, 2)]
    return window, demo_file, taken


def test_the_dialog_shows_what_the_demo_holds_about_people(opened, qtbot) -> None:
    window, _path, _taken = opened
    dialog = open_dialog(window, qtbot)
    shown = sections(dialog)
    assert shown["Facilitator"] == ["Ingrid Solberg"]
    assert KARI in shown["Participants (9)"]
    assert shown["Note authors (10): notes written"][0] == "Ingrid Solberg"  # 18 notes, the most
    assert KARI in shown["Votes (9 voters): dots given"]
    assert shown["Stakeholders who are persons (3)"] == ["Eldrerådet", "Pårørende", "Brukere av hjemmetjenesten"]
    assert "Tor Einar Moen" in shown["Responsible for actions (6): actions each"]
    assert not dialog.remove_button.isEnabled()  # nobody chosen yet
    select(dialog, "Participants", KARI)
    assert dialog.remove_button.isEnabled()
    assert dialog.backups_box.list.topLevelItemCount() == 2
    save_screenshot(dialog, "personal_data_dialog")


def test_removing_a_person_leaves_no_trace_in_the_file_and_undo_restores_everything(opened, qtbot) -> None:
    window, path, _taken = opened
    before = dump(path)
    dots_per_note = query(path, "SELECT note_id, count(*) FROM vote_dots GROUP BY note_id ORDER BY note_id")
    dialog = open_dialog(window, qtbot)
    select(dialog, "Note authors", KARI)  # any row of hers names the same person
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)

    assert query(path, f"SELECT count(*) FROM participants WHERE name = '{KARI}' OR id = '{KARI_ID}'") == [(0,)]
    assert query(path, "SELECT count(*) FROM notes WHERE author LIKE '%kari%'") == [(0,)]
    assert query(path, f"SELECT count(*) FROM vote_dots WHERE participant_id = '{KARI_ID}'") == [(0,)]
    assert query(path, "SELECT count(*) FROM stakeholders WHERE contact LIKE '%kari.nordmann%'") == [(0,)]
    assert query(path, "SELECT count(*) FROM notes") == [(len(before["notes"]),)]  # her notes stay
    assert query(path, "SELECT note_id, count(*) FROM vote_dots GROUP BY note_id ORDER BY note_id") == dots_per_note
    assert KARI not in sections(dialog)["Participants (8)"]
    assert KARI in dialog.status.text()
    save_screenshot(dialog, "personal_data_dialog_after_removal")

    dialog.close()
    window.undo()
    assert dump(path) == before
    window.redo()
    assert query(path, f"SELECT count(*) FROM participants WHERE id = '{KARI_ID}'") == [(0,)]
    window.undo()
    assert dump(path) == before


def test_anonymising_all_participants_is_one_step_of_undo(opened, qtbot) -> None:
    window, path, _taken = opened
    before = dump(path)
    dialog = open_dialog(window, qtbot)
    qtbot.mouseClick(dialog.anonymise_button, Qt.MouseButton.LeftButton)
    names = [n for (n,) in query(path, "SELECT name FROM participants ORDER BY rowid")]
    assert names == [f"Participant {n}" for n in range(1, 10)]
    assert query(path, "SELECT count(*) FROM participants WHERE email != ''") == [(0,)]
    assert query(path, "SELECT count(*) FROM notes WHERE author != ''") == [(0,)]
    assert query(path, "SELECT count(*) FROM vote_dots") == [(len(before["vote_dots"]),)]
    assert window.undo_stack.count() == 1
    dialog.close()
    window.undo()
    assert dump(path) == before


def test_the_backups_taken_before_are_deleted_only_when_confirmed(opened, qtbot) -> None:
    window, path, taken = opened
    dialog = open_dialog(window, qtbot)
    select(dialog, "Participants", KARI)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.guard.backup_job is None)
    box = dialog.backups_box
    box.refresh()
    assert "Backups taken before this change: 2" in box.explanation.text()
    assert box.list.topLevelItemCount() == 2

    qtbot.mouseClick(box.delete_button, Qt.MouseButton.LeftButton)
    confirmation = dialog.findChild(QMessageBox, "delete_backups_confirmation")
    qtbot.waitExposed(confirmation)
    save_screenshot(confirmation, "personal_data_delete_backups")
    confirmation.button(QMessageBox.StandardButton.Cancel).click()
    assert all(b.path.exists() for b in taken)

    qtbot.mouseClick(box.delete_button, Qt.MouseButton.LeftButton)
    confirmation = dialog.findChild(QMessageBox, "delete_backups_confirmation")
    qtbot.waitExposed(confirmation)
    confirmation.findChild(QPushButton, "confirm_delete_backups").click()
    assert not any(b.path.exists() for b in taken)
    assert box.list.topLevelItemCount() == 0 and not box.delete_button.isEnabled()
    # The window backs the file up after the change: that backup is not offered, and holds no Kari.
    qtbot.waitUntil(lambda: window.guard.backup_job is None)
    for backup in window.guard.backups.backups(path):
        assert backup.taken > datetime(2026, 3, 18, 10, tzinfo=UTC)
        assert query(backup.path, f"SELECT count(*) FROM participants WHERE name = '{KARI}'") == [(0,)]


def test_a_read_only_workshop_is_shown_but_not_changed(window, demo_file, qtbot) -> None:
    assert window.open_path(demo_file, read_only=True)
    dialog = open_dialog(window, qtbot)
    select(dialog, "Participants", KARI)
    assert not dialog.remove_button.isEnabled() and not dialog.anonymise_button.isEnabled()
    assert "read-only" in dialog.status.text()


def test_deleting_the_last_backups_of_a_workshop_removes_its_folder(tmp_path) -> None:
    from app.demo import build_demo_workshop
    from app.storage.backup_removal import delete_backups
    from app.storage.backups import BackupStore
    from app.storage.workshop_file import WorkshopFile

    path = tmp_path / "w.samskap"
    WorkshopFile.create(path, build_demo_workshop()).close()
    store = BackupStore(tmp_path / "backups")
    made = [store.take_of(path, at=datetime(2026, 3, 18, hour, tzinfo=UTC)) for hour in (9, 10)]
    assert delete_backups(made[:1]) == []
    assert not made[0].path.exists() and made[1].path.exists()
    assert delete_backups(made[1:]) == []
    assert store.backups(path) == [] and not store.folder_for(path).exists()


@pytest.fixture
def bokmaal(qtbot):
    from PySide6.QtWidgets import QApplication

    from app.i18n import install_language, remove_translators

    app = QApplication.instance()
    assert app is not None  # qtbot made it
    translators = install_language(app, "nb")
    yield
    remove_translators(app, translators)


def test_in_bokmaal_the_dialog_speaks_norwegian_and_anonymous_names_are_norwegian(bokmaal, opened, qtbot) -> None:
    window, path, _taken = opened
    dialog = open_dialog(window, qtbot)
    assert dialog.windowTitle() == "Personopplysninger"
    assert "Deltakere (9)" in sections(dialog)
    qtbot.mouseClick(dialog.anonymise_button, Qt.MouseButton.LeftButton)
    names = [n for (n,) in query(path, "SELECT name FROM participants ORDER BY rowid")]
    assert names == [f"Deltaker {n}" for n in range(1, 10)]
    assert "Rediger > Angre" in dialog.status.text()
    save_screenshot(dialog, "personal_data_dialog_nb")


def test_the_file_is_written_with_deleted_content_overwritten(tmp_path) -> None:
    """A person removed leaves no text in the file's free pages, on every build of SQLite
    (Python's on Windows keeps deleted content by default): the file says so itself."""
    from app.demo import build_demo_workshop
    from app.storage.workshop_file import WorkshopFile

    path = tmp_path / "w.samskap"
    WorkshopFile.create(path, build_demo_workshop()).close()
    file = WorkshopFile.open(path)
    try:
        assert file._conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
    finally:
        file.close()
