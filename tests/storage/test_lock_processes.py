"""The workshop lock between real processes: a crashed holder's lock is taken over by exactly one
of several windows racing for it, and a live holder in another process is respected."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from app.storage import lock as locks

ROOT = Path(__file__).resolve().parents[2]

# A window in miniature: says "ready", waits for "go" (so all start together), tries the lock,
# says "won" or "lost", then keeps what it won until told to go: then it lets go, or, told
# "crash", dies without letting go.
CONTENDER = """
import os, sys
from pathlib import Path
from app.storage import lock as locks

print("ready", flush=True)
sys.stdin.readline()
lock, holder = locks.acquire(Path(sys.argv[1]))
print("won" if lock is not None else "lost " + (holder.user if holder else "-"), flush=True)
if sys.stdin.readline().strip() == "crash":
    os._exit(0)
if lock is not None:
    lock.release()
"""


def says(child: subprocess.Popen[str]) -> str:
    assert child.stdout is not None
    return child.stdout.readline().strip()


def tell(child: subprocess.Popen[str], line: str, *, close: bool = False) -> None:
    assert child.stdin is not None
    child.stdin.write(line + "\n")
    child.stdin.flush()
    if close:
        child.stdin.close()


def start(workshop: Path, count: int) -> list[subprocess.Popen[str]]:
    children = [
        subprocess.Popen(
            [sys.executable, "-c", CONTENDER, str(workshop)],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(count)
    ]
    for child in children:
        assert says(child) == "ready"
    return children


def race(children: list[subprocess.Popen[str]]) -> list[str]:
    for child in children:  # every child has its "go" before any answer is read
        tell(child, "go")
    return [says(child) for child in children]


def finish(children: list[subprocess.Popen[str]], order: str = "") -> None:
    for child in children:
        tell(child, order, close=True)
        assert child.wait(timeout=60) == 0


def crashed_holder(workshop: Path) -> None:
    """Leave both lock files of a holder that died without letting go."""
    holder = start(workshop, 1)
    assert race(holder) == ["won"]
    finish(holder, "crash")
    assert locks.lock_path(workshop).exists() and locks.qt_lock_path(workshop).exists()


def test_of_several_processes_racing_for_a_stale_lock_exactly_one_wins(tmp_path: Path) -> None:
    workshop = tmp_path / "Felles.samskap"
    workshop.touch()
    for _round in range(6):  # one round catches a racy takeover only now and then
        crashed_holder(workshop)
        children = start(workshop, 6)
        results = race(children)
        try:
            assert results.count("won") == 1, results
            winner = children[results.index("won")]
            written = locks.read_lock(locks.lock_path(workshop))
            assert written is not None and written.pid == winner.pid
        finally:
            finish(children, "crash")


def test_a_live_holder_in_another_process_is_respected_and_named(tmp_path: Path) -> None:
    workshop = tmp_path / "Felles.samskap"
    workshop.touch()
    holder = start(workshop, 1)
    try:
        assert race(holder) == ["won"]
        ours, who = locks.acquire(workshop)
        assert ours is None and who is not None
        assert (who.user, who.host, who.pid) == (locks.current_user(), locks.this_host(), holder[0].pid)
    finally:
        finish(holder)
    # Let go cleanly: nothing is left, and the lock is free again.
    assert not locks.lock_path(workshop).exists() and not locks.qt_lock_path(workshop).exists()
    ours, who = locks.acquire(workshop)
    assert ours is not None and who is None
    ours.release()


def test_a_qt_lock_without_its_json_still_names_the_process(tmp_path: Path) -> None:
    # The holder took the Qt lock and has yet to write the JSON (or it was deleted).
    workshop = tmp_path / "Felles.samskap"
    workshop.touch()
    holder = start(workshop, 1)
    try:
        assert race(holder) == ["won"]
        locks.lock_path(workshop).unlink()
        ours, who = locks.acquire(workshop)
        assert ours is None and who is not None
        assert (who.host, who.pid, who.user) == (locks.this_host(), holder[0].pid, "?")
    finally:
        finish(holder)


# A window opening a workshop in miniature, round after round: on "go" it takes the lock if it
# can and opens the file (for writing only with the lock), says "writer" or "reader", and on
# "crash" dies holding what it has, on "again" lets go and waits for the next round.
OPENER = """
import os, sys
from pathlib import Path
from app.storage import lock as locks
from app.storage.workshop_file import WorkshopFile

print("ready", flush=True)
while sys.stdin.readline().strip() == "go":
    lock, holder = locks.acquire(Path(sys.argv[1]))
    file = WorkshopFile.open(Path(sys.argv[1]), read_only=lock is None)
    print("reader" if file.read_only else "writer", flush=True)
    if sys.stdin.readline().strip() == "crash":
        os._exit(0)
    file.close()
    if lock is not None:
        lock.release()
"""


def test_eight_windows_opening_a_file_with_a_stale_lock_give_exactly_one_writer(tmp_path: Path) -> None:
    from app.storage.workshop_file import WorkshopFile
    from tests.factories import minimal_workshop

    workshop = tmp_path / "Felles.samskap"
    WorkshopFile.create(workshop, minimal_workshop("Felles")).close()

    def opener() -> subprocess.Popen[str]:
        child = subprocess.Popen(
            [sys.executable, "-c", OPENER, str(workshop)],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        return child

    children = [opener() for _ in range(8)]
    spare = opener()  # started a round ahead, so a crashed writer's place is taken without waiting
    try:
        for child in children:
            assert says(child) == "ready"
        for _round in range(8):  # each round after the first starts from the lock a crashed writer left
            results = race(children)
            assert results.count("writer") == 1, results
            winner = children[results.index("writer")]
            written = locks.read_lock(locks.lock_path(workshop))
            assert written is not None and written.pid == winner.pid
            tell(winner, "crash", close=True)
            assert winner.wait(timeout=60) == 0
            for child in children:
                if child is not winner:
                    tell(child, "again")
            assert says(spare) == "ready"
            children[children.index(winner)], spare = spare, opener()
    finally:
        for child in [*children, spare]:
            if child.poll() is None:
                tell(child, "stop", close=True)
                child.wait(timeout=60)
