"""Backups: taken with the backup API while a workshop changes, kept by the retention rule,
listed and restored into a new file from the window, and offered when a file is damaged.

A controllable clock stands in for time; files are real, in tmp_path.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from app.document import WorkshopDocument
from app.domain.model import Note
from app.storage.backups import INTERVAL, KEEP_DAYS, KEEP_NEWEST, Backup, BackupSchedule, BackupStore, to_keep
from app.storage.errors import CorruptWorkshop
from app.storage.workshop_file import WorkshopFile, check_file
from tests.conftest import save_screenshot
from tests.factories import many_notes_workshop, minimal_workshop, query

START = datetime(2026, 3, 12, 9, 0, tzinfo=UTC)


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: datetime = START) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, delta: timedelta) -> None:
        self.now += delta


def notes_in(path: Path) -> set[str]:
    return {row[0] for row in query(path, "SELECT text FROM notes")}


@pytest.fixture
def workshop_path(tmp_path: Path) -> Path:
    path = tmp_path / "work" / "Skoleveg.samskap"
    path.parent.mkdir()
    WorkshopFile.create(path, minimal_workshop("Skoleveg")).close()
    return path


# -- the retention rule ----------------------------------------------------------------


def test_retention_keeps_ten_newest_and_one_a_day_for_two_weeks() -> None:
    now = START
    # Every hour for 20 days.
    times = [now - timedelta(hours=h) for h in range(20 * 24)]
    kept = to_keep(times, now)
    newest = sorted(times, reverse=True)[:KEEP_NEWEST]
    assert set(newest) <= kept
    days = {t.date() for t in kept}
    assert len(days) == KEEP_DAYS  # today and the 13 days before it
    assert min(days) == (now - timedelta(days=KEEP_DAYS - 1)).date()
    # One per day beyond the ten newest, and it is that day's newest.
    for day in days - {t.date() for t in newest}:
        of_day = [t for t in kept if t.date() == day]
        assert of_day == [max(t for t in times if t.date() == day)]
    assert len(kept) == KEEP_NEWEST + KEEP_DAYS - 1  # the ten newest are all from today


def test_retention_of_few_backups_keeps_them_all() -> None:
    times = [START - timedelta(days=40), START - timedelta(days=2), START]
    assert to_keep(times, START) == set(times)


# -- the store and the schedule ----------------------------------------------------------


def backup_if_due(schedule: BackupSchedule) -> Backup | None:
    """What the window does on its timer and after a change (on a worker there): back up when due."""
    if not schedule.due():
        return None
    taken = schedule.begin()
    backup = schedule.store.take_of(schedule.file.path, at=taken)
    schedule.end(backup)
    return backup


def test_a_backup_is_a_sound_copy_taken_while_the_file_is_open(workshop_path: Path, tmp_path: Path) -> None:
    store = BackupStore(tmp_path / "backups", clock=Clock())
    document = WorkshopDocument.open(WorkshopFile.open(workshop_path))
    document.add_notes([Note("b-only", text="før backup")])
    backup = store.take_of(document.file.path)
    document.add_notes([Note("b-only", text="etter backup")])
    document.close()

    assert backup.path.parent == store.folder_for(workshop_path)
    assert backup.taken == START and backup.size == backup.path.stat().st_size > 0
    check_file(backup.path, full=True)
    assert notes_in(backup.path) == {"før backup"}
    assert not Path(f"{backup.path}-wal").exists()
    assert store.backups(workshop_path) == [backup]
    assert store.backups() == [backup]


def test_schedule_backs_up_at_most_every_ten_minutes_while_changed_and_at_close(
    workshop_path: Path, tmp_path: Path
) -> None:
    clock = Clock()
    store = BackupStore(tmp_path / "backups", clock=clock)
    document = WorkshopDocument.open(WorkshopFile.open(workshop_path))
    schedule = BackupSchedule(store, document.file)

    def on_commit() -> None:  # as the window's guard does
        schedule.note_change()
        backup_if_due(schedule)

    document.committed.connect(on_commit)

    assert backup_if_due(schedule) is None, "nothing changed, nothing to back up"
    document.add_notes([Note("b-only", text="1")])
    assert len(store.backups(workshop_path)) == 1, "the first change of a session is backed up"
    for minute in range(1, 10):
        clock.advance(timedelta(minutes=1))
        document.add_notes([Note("b-only", text=f"minute {minute}")])
    assert len(store.backups(workshop_path)) == 1, "at most one backup in ten minutes"
    clock.advance(timedelta(minutes=1))
    assert backup_if_due(schedule) is not None, "ten minutes on, the changes are backed up by the timer"
    assert backup_if_due(schedule) is None
    clock.advance(INTERVAL * 3)
    assert backup_if_due(schedule) is None, "no change since the last backup: none taken"
    document.add_notes([Note("b-only", text="lenge etter")])
    assert len(store.backups(workshop_path)) == 3, "a change long after the last backup is backed up at once"
    clock.advance(timedelta(minutes=2))
    document.add_notes([Note("b-only", text="siste")])
    final = schedule.closing()
    document.close()
    assert final is not None and "siste" in notes_in(final.path)
    assert len(store.backups(workshop_path)) == 4
    assert schedule.closing() is None, "nothing changed since"


def test_old_backups_are_pruned_by_the_rule(workshop_path: Path, tmp_path: Path) -> None:
    clock = Clock()
    store = BackupStore(tmp_path / "backups", clock=clock)
    file = WorkshopFile.open(workshop_path)
    for _ in range(30 * 6):  # every four hours for 30 days
        store.take_of(file.path)
        clock.advance(timedelta(hours=4))
    file.close()
    taken = [b.taken for b in store.backups(workshop_path)]
    assert set(taken) == to_keep(taken, clock.now - timedelta(hours=4))
    assert len(taken) <= KEEP_NEWEST + KEEP_DAYS
    assert min(taken) >= clock.now - timedelta(days=KEEP_DAYS + 1)


def test_two_workshops_of_the_same_name_have_their_own_backups(tmp_path: Path) -> None:
    store = BackupStore(tmp_path / "backups", clock=Clock())
    paths = []
    for folder in ("a", "b"):
        path = tmp_path / folder / "Workshop.samskap"
        path.parent.mkdir()
        WorkshopFile.create(path, minimal_workshop(folder)).close()
        file = WorkshopFile.open(path)
        store.take_of(file.path)
        file.close()
        paths.append(path)
    assert store.folder_for(paths[0]) != store.folder_for(paths[1])
    assert [len(store.backups(p)) for p in paths] == [1, 1]


def test_restore_makes_a_new_file_and_never_replaces_one(workshop_path: Path, tmp_path: Path) -> None:
    store = BackupStore(tmp_path / "backups", clock=Clock())
    document = WorkshopDocument.open(WorkshopFile.open(workshop_path))
    document.add_notes([Note("b-only", text="i backupen")])
    backup = store.take_of(document.file.path)
    document.close()
    before = workshop_path.read_bytes()

    first = store.restore(backup, workshop_path.parent)
    second = store.restore(backup, workshop_path.parent)
    assert first != second and first != workshop_path and second != workshop_path
    assert "restored" in first.name and first.suffix == ".samskap"
    assert workshop_path.read_bytes() == before
    for restored in (first, second):
        check_file(restored, full=True)
        assert notes_in(restored) == {"i backupen"}
        WorkshopFile.open(restored).close()  # opens for writing


def test_newest_sound_backup_skips_a_damaged_one(workshop_path: Path, tmp_path: Path) -> None:
    clock = Clock()
    store = BackupStore(tmp_path / "backups", clock=clock)
    document = WorkshopDocument.open(WorkshopFile.open(workshop_path))
    document.add_notes([Note("b-only", text="god")])
    good = store.take_of(document.file.path)
    clock.advance(timedelta(minutes=20))
    document.add_notes(many_notes_workshop(200).notes)
    damaged = store.take_of(document.file.path)
    document.close()
    _damage(damaged.path)
    assert store.newest_sound(workshop_path) == good


def _damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    middle = len(data) // 4096 // 2
    data[middle * 4096 : (middle + 2) * 4096] = b"\xa5" * 8192
    path.write_bytes(bytes(data))
    with pytest.raises(CorruptWorkshop):
        check_file(path, full=True)


def test_backup_to_a_folder_that_cannot_be_written_fails_cleanly(workshop_path: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "not a folder"
    blocker.write_text("x")
    store = BackupStore(blocker / "backups", clock=Clock())
    file = WorkshopFile.open(workshop_path)
    from app.storage.errors import CannotWrite

    with pytest.raises(CannotWrite):
        store.take_of(file.path)
    file.close()


# -- in the window -------------------------------------------------------------------------


def test_closing_a_changed_workshop_takes_a_backup(window, workshop_path: Path, qtbot) -> None:
    assert window.open_path(workshop_path)
    store = window.guard.backups
    assert store.backups(workshop_path) == []
    from app.commands import AddNotes

    with qtbot.waitSignal(window.guard.backup_taken):  # taken on a worker thread, reported on the loop
        window.undo_stack.push(AddNotes(document=window.document, notes=[Note("b-only", text="A")]))
    assert len(store.backups(workshop_path)) == 1
    window.undo_stack.push(AddNotes(document=window.document, notes=[Note("b-only", text="B")]))
    window.close_workshop()
    backups = store.backups(workshop_path)
    assert len(backups) == 2  # a second one at close: less than ten minutes apart is allowed then
    assert notes_in(backups[0].path) == {"A", "B"}


def test_restore_dialog_lists_backups_and_opens_a_restored_copy(window, workshop_path: Path, qtbot) -> None:
    clock = Clock(datetime.now(UTC).replace(microsecond=0) - timedelta(hours=3))
    window.guard.backups.clock = clock
    assert window.open_path(workshop_path)
    from app.commands import AddNotes

    for text in ("første", "andre", "tredje"):
        with qtbot.waitSignal(window.guard.backup_taken):  # taken on a worker thread, reported on the loop
            window.undo_stack.push(AddNotes(document=window.document, notes=[Note("b-only", text=text)]))
        clock.advance(timedelta(minutes=11))
        window.guard.backup_if_due()
    backups = window.guard.backups.backups(workshop_path)
    assert len(backups) == 3

    dialog = window.restore_dialog()
    qtbot.waitExposed(dialog)
    assert dialog.list.topLevelItemCount() == 3
    newest = dialog.list.topLevelItem(0)
    assert newest.text(0) == "Skoleveg"
    assert newest.text(1) == backups[0].taken.astimezone().strftime("%Y-%m-%d %H:%M")
    assert newest.text(2).endswith("KB")
    save_screenshot(dialog, "restore_dialog")

    dialog.list.setCurrentItem(dialog.list.topLevelItem(2))  # the oldest: only "første"
    dialog.restore_button.click()
    restored = window.document.file.path
    assert restored != workshop_path and restored.parent == workshop_path.parent and "restored" in restored.name
    assert {n.text for n in window.document.workshop.notes} == {"første"}
    assert not window.document.read_only
    # The workshop the backup was taken of was not replaced (closing it wrote its last changes).
    assert notes_in(workshop_path) == {"første", "andre", "tredje"}


def test_restore_dialog_with_no_backups_says_so(window, qtbot) -> None:
    dialog = window.restore_dialog()
    qtbot.waitExposed(dialog)
    assert dialog.empty_label.isVisible() and not dialog.restore_button.isEnabled()
    dialog.close()


def test_damaged_file_is_left_alone_and_its_newest_sound_backup_offered(window, workshop_path: Path, qtbot) -> None:
    assert window.open_path(workshop_path)
    from app.commands import AddNotes

    window.undo_stack.push(AddNotes(document=window.document, notes=many_notes_workshop(300).notes))
    window.close_workshop()
    assert len(window.guard.backups.backups(workshop_path)) == 1
    _damage(workshop_path)
    damaged = workshop_path.read_bytes()

    assert not window.open_path(workshop_path)
    offers = [b for b in window.findChildren(QMessageBox, "corrupt_offer") if b.isVisible()]
    assert len(offers) == 1 and "damaged" in offers[0].text()
    save_screenshot(offers[0], "corrupt_offer")
    assert workshop_path.read_bytes() == damaged
    restore = next(b for b in offers[0].buttons() if "backup" in b.text())
    restore.click()
    qtbot.waitUntil(lambda: window.document is not None)
    assert window.document.file.path != workshop_path
    assert len(window.document.workshop.notes) == 300
    assert workshop_path.read_bytes() == damaged, "the damaged file is never written to"


def test_damaged_file_without_backups_is_only_explained(window, tmp_path: Path) -> None:
    path = tmp_path / "Ingen backup.samskap"
    WorkshopFile.create(path, many_notes_workshop(300)).close()
    _damage(path)
    assert not window.open_path(path)
    assert [b for b in window.findChildren(QMessageBox, "corrupt_offer") if b.isVisible()] == []
    problems = [b for b in window.findChildren(QMessageBox, "problem_dialog") if b.isVisible()]
    assert problems and "damaged" in problems[0].text()


def test_backup_is_plain_sqlite(workshop_path: Path, tmp_path: Path) -> None:
    """Another program (the sqlite3 shell, a support person) can read a backup as it is."""
    store = BackupStore(tmp_path / "backups", clock=Clock())
    file = WorkshopFile.open(workshop_path)
    backup = store.take_of(file.path)
    file.close()
    conn = sqlite3.connect(backup.path)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("SELECT title FROM workshop").fetchone()[0] == "Skoleveg"
    finally:
        conn.close()
