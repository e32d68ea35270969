"""Synced folders and network shares are recognised from the path (and the mount table), and warned of once."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from app.storage.locations import NETWORK_SHARE, _fs_type_of, risky_location
from app.storage.workshop_file import WorkshopFile
from tests.conftest import save_screenshot
from tests.factories import minimal_workshop

LINUX_MOUNTS = [
    ("/", "ext4"),
    ("/home", "ext4"),
    ("/mnt/kommune", "cifs"),
    ("/mnt/kommune/lokal", "ext4"),
    ("/media/nfs", "nfs4"),
    ("/home/ada/fjern", "fuse.sshfs"),
    ("/run/user/1000/gvfs", "fuse.gvfsd-fuse"),
]


@pytest.mark.parametrize(
    ("path", "platform", "expected"),
    [
        (r"C:\Users\ada\OneDrive\Workshops\x.samskap", "win32", "OneDrive"),
        (r"C:\Users\ada\OneDrive - Fjellvik kommune\x.samskap", "win32", "OneDrive"),
        (r"C:\Users\ada\Dropbox\x.samskap", "win32", "Dropbox"),
        (r"G:\My Drive\Workshops\x.samskap", "win32", "Google Drive"),
        (r"C:\Users\ada\iCloudDrive\x.samskap", "win32", "iCloud"),
        (r"\\fil01\felles\Samskap\x.samskap", "win32", NETWORK_SHARE),
        ("//fil01/felles/x.samskap", "win32", NETWORK_SHARE),
        (r"C:\Users\ada\Documents\Samskap\x.samskap", "win32", None),
        (r"C:\Users\ada\Documents\OneDriveNotes\x.samskap", "win32", None),
        ("/Users/ada/Library/CloudStorage/OneDrive-Personal/x.samskap", "darwin", "OneDrive"),
        ("/Users/ada/Library/CloudStorage/GoogleDrive-ada@example.org/My Drive/x.samskap", "darwin", "Google Drive"),
        ("/Users/ada/Library/Mobile Documents/com~apple~CloudDocs/x.samskap", "darwin", "iCloud"),
        ("/Users/ada/Dropbox/x.samskap", "darwin", "Dropbox"),
        ("/Users/ada/Documents/x.samskap", "darwin", None),
        ("/home/ada/Dropbox/x.samskap", "linux", "Dropbox"),
        ("/home/ada/Dokumenter/dropbox.samskap", "linux", None),  # only folders count, not the file's name
        ("/mnt/kommune/Samskap/x.samskap", "linux", NETWORK_SHARE),
        ("/mnt/kommune/lokal/x.samskap", "linux", None),  # a local disk mounted inside the share
        ("/mnt/kommunen/x.samskap", "linux", None),  # a prefix of the name is not the mount point
        ("/media/nfs/x.samskap", "linux", NETWORK_SHARE),
        ("/home/ada/fjern/x.samskap", "linux", NETWORK_SHARE),
        ("/run/user/1000/gvfs/smb-share:server=fil01/x.samskap", "linux", NETWORK_SHARE),
        ("/home/ada/Samskap/x.samskap", "linux", None),
    ],
)
def test_risky_location(path: str, platform: str, expected: str | None) -> None:
    assert risky_location(path, platform=platform, mounts=LINUX_MOUNTS) == expected


def test_longest_mount_point_wins() -> None:
    assert _fs_type_of("/mnt/kommune/lokal/a/b", LINUX_MOUNTS) == "ext4"
    assert _fs_type_of("/mnt/kommune", LINUX_MOUNTS) == "cifs"
    assert _fs_type_of("/srv/x", LINUX_MOUNTS) == "ext4"


def test_warning_is_shown_once_per_file(window, tmp_path: Path) -> None:
    folder = tmp_path / "Dropbox" / "Workshops"
    folder.mkdir(parents=True)
    path = folder / "Delt.samskap"
    WorkshopFile.create(path, minimal_workshop("Delt")).close()

    def warnings() -> list[QMessageBox]:
        return [b for b in window.findChildren(QMessageBox, "sync_warning") if b.isVisible()]

    assert window.open_path(path)
    shown = warnings()
    assert len(shown) == 1 and "Dropbox" in shown[0].text() and "Delt.samskap" in shown[0].text()
    save_screenshot(shown[0], "sync_warning")
    shown[0].close()
    window.close_workshop()
    assert window.open_path(path)
    assert warnings() == [], "the same file is not warned of twice"

    other = tmp_path / "Dropbox" / "Annen.samskap"
    WorkshopFile.create(other, minimal_workshop("Annen")).close()
    assert window.open_path(other)
    assert len(warnings()) == 1


def test_no_warning_for_a_local_folder(window, tmp_path: Path) -> None:
    path = tmp_path / "Lokal.samskap"
    WorkshopFile.create(path, minimal_workshop()).close()
    assert window.open_path(path)
    assert [b for b in window.findChildren(QMessageBox, "sync_warning") if b.isVisible()] == []
