"""Whole-file writes: the target holds its old content or all of the new, never a part, and no
temporary file is left beside it."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from app.storage.atomic import atomic_path, write_atomic


class Interrupted(Exception):
    pass


def test_a_write_replaces_the_old_file_and_leaves_nothing_else(tmp_path: Path) -> None:
    target = tmp_path / "plan.json"
    target.write_text("old", encoding="utf-8")
    write_atomic(target, "ny plan æøå".encode())
    assert target.read_text(encoding="utf-8") == "ny plan æøå"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.json"]
    assert stat.S_IMODE(target.stat().st_mode) == 0o644  # shared files are readable by colleagues


def test_the_temporary_file_is_beside_the_target_until_the_block_ends(tmp_path: Path) -> None:
    target = tmp_path / "summary.pdf"
    with atomic_path(target) as temporary:
        assert temporary.parent == tmp_path and temporary.exists() and temporary != target
        temporary.write_bytes(b"%PDF")
        assert not target.exists()
    assert target.read_bytes() == b"%PDF" and not temporary.exists()


def test_a_failure_mid_write_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "summary.pdf"
    target.write_bytes(b"the old summary")
    with pytest.raises(Interrupted), atomic_path(target) as temporary:
        temporary.write_bytes(b"half of a new")
        raise Interrupted
    assert target.read_bytes() == b"the old summary"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["summary.pdf"]


def test_a_rename_that_fails_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    # The target is a folder: os.replace of a file onto it fails after the content was written.
    target = tmp_path / "draft.eml"
    target.mkdir()
    (target / "inside").write_text("kept", encoding="utf-8")
    with pytest.raises(OSError):
        write_atomic(target, b"Subject: hei\r\n")
    assert (target / "inside").read_text(encoding="utf-8") == "kept"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["draft.eml"]


def test_a_folder_that_does_not_exist_raises_and_creates_nothing(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        write_atomic(tmp_path / "gone" / "x.json", b"{}")
    assert list(tmp_path.iterdir()) == []
