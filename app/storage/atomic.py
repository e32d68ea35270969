"""Replacing a file so that it holds either all of its old content or all of its new.

Every file Samskap writes whole (a summary PDF, an email draft, a template, a
JSON export) goes through `atomic_path`: the content is written under a
temporary name in the target's own folder (a rename across folders, or
file systems, would not be atomic), flushed to the disk, and renamed over
the target. A crash, a full disk or an exception halfway leaves the old file
as it was and no temporary file behind.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

# Temporary files end in this (.gitignore ignores them).
TEMPORARY_SUFFIX = ".partial"


@contextlib.contextmanager
def atomic_path(target: Path, *, mode: int = 0o644, durable: bool = True) -> Iterator[Path]:
    """Yield a temporary path beside `target` to write to; on leaving, it becomes `target`.

    The temporary file exists (empty) when the block starts, so a writer that
    opens it by name finds it. When the block ends normally the file is
    fsynced, given `mode` (mkstemp's 0600 would keep a shared summary from
    colleagues), renamed over `target`, and the folder is fsynced so the
    rename itself survives a power cut. When the block raises, the temporary
    file is removed and `target` is untouched. Raises OSError from creating,
    syncing or renaming. With `durable=False` nothing is synced: the rename is
    still all or nothing, but a power cut may lose the new content.
    """
    handle, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=TEMPORARY_SUFFIX)
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        if durable:
            with open(temporary, "rb+") as written:
                os.fsync(written.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    if durable:
        _sync_folder(target.parent)


def write_atomic(target: Path, data: bytes, *, mode: int = 0o644, durable: bool = True) -> None:
    """Write `data` to `target` through `atomic_path`; raises OSError, leaving no temporary file."""
    with atomic_path(target, mode=mode, durable=durable) as temporary:
        temporary.write_bytes(data)


def _sync_folder(folder: Path) -> None:
    # Windows cannot open a folder as a file to sync it.
    if sys.platform == "win32":
        return
    # The new file is in place already; a file system that cannot sync a folder (some network
    # shares answer EINVAL) is no reason to report the write as failed.
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
