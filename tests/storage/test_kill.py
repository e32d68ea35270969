"""A writer killed with SIGKILL mid-edit loses no acknowledged edit and leaves a sound file.

The writer is tests/kill_writer.py in a child process; it prints each edit
before it commits it and again after the commit returned. Ten times, the
parent kills it at a random moment, then checks the file with SQLite's
integrity_check, opens it as the app would, and looks for every edit the
child acknowledged.
"""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path
from typing import BinaryIO

import pytest

from app.domain.model import Note
from app.storage.workshop_file import WorkshopFile
from tests.factories import minimal_workshop

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 30


class Writer:
    """One child process and a thread that collects its stdout lines as they come."""

    def __init__(self, path: Path, seed: int, first_value: int, stderr: BinaryIO) -> None:
        self._stderr = stderr
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.kill_writer", str(path), str(seed), str(first_value)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            text=True,
        )
        self.lines: list[str] = []
        self.ready = threading.Event()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.append(line.rstrip("\n"))
            if line.startswith("ok "):
                self.ready.set()  # set once the first edit is acknowledged
        self.ready.set()  # or when the child is gone, so a crash fails at once

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()
        self._reader.join(timeout=5)

    def stderr(self) -> str:
        self._stderr.seek(0)
        return self._stderr.read().decode(errors="replace")


def test_killed_writer_loses_no_acknowledged_edit(tmp_path: Path) -> None:
    path = tmp_path / "drept.samskap"
    workshop = minimal_workshop("Kill -9")
    workshop.notes = [Note("b-only", text="v0", x=0.0, id=f"n-start-{i}") for i in range(5)]
    WorkshopFile.create(path, workshop).close()

    rng = random.Random(9)
    acknowledged: dict[str, int] = {}  # note id -> value of its last acknowledged edit
    total = 0
    for round_number in range(ROUNDS):
        first_value = (round_number + 1) * 1_000_000
        with open(tmp_path / f"stderr-{round_number}.txt", "w+b") as stderr:
            writer = Writer(path, rng.randrange(1 << 30), first_value, stderr)
            try:
                started = writer.ready.wait(timeout=20)
                assert started, f"the writer did not start: {writer.stderr()}"
                try:
                    writer.process.wait(timeout=rng.uniform(0.02, 0.3))
                except subprocess.TimeoutExpired:
                    pass  # still writing: the moment to kill it
                else:
                    pytest.fail(f"the writer stopped by itself: {writer.lines[-3:]} {writer.stderr()}")
            finally:
                writer.kill()
        assert writer.process.returncode == -signal.SIGKILL

        in_flight: tuple[str, int] | None = None
        for line in writer.lines:
            word, *rest = line.split(" ")
            if word == "try":
                _, note_id, number = rest
                in_flight = (note_id, int(number))
            elif word == "ok":
                _, note_id, number = rest
                assert in_flight == (note_id, int(number))
                acknowledged[note_id] = int(number)
                in_flight = None
                total += 1
            else:
                assert word == "ready", line

        conn = sqlite3.connect(path)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        finally:
            conn.close()

        f = WorkshopFile.open(path)
        try:
            notes = {n.id: n for n in f.load().notes}
        finally:
            f.close()
        for note_id, value in acknowledged.items():
            assert note_id in notes, (round_number, note_id)
            held = int(notes[note_id].x)
            if in_flight is not None and held == in_flight[1]:
                # Committed but killed before it said so: allowed, and now the latest value.
                assert note_id == in_flight[0]
            else:
                assert held == value, (round_number, note_id, held, value)
            assert notes[note_id].text == f"v{held}"
        if in_flight is not None and in_flight[1] in {int(n.x) for n in notes.values()}:
            acknowledged[in_flight[0]] = in_flight[1]

    # Enough edits were acknowledged for the check above to mean something.
    assert total >= 100
