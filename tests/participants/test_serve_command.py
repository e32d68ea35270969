"""`samskap serve` as a real process: the contract's first line, signals, options, and kill -9."""

from __future__ import annotations

import random
import signal
import socket
from pathlib import Path

import pytest

from app.domain.model import SubmissionStatus
from app.participants.sharing import DEFAULT_PORT, open_socket
from tests.participants.room_support import load, make_file
from tests.participants.serve_support import ServeProcess


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_serve_prints_the_join_address_first_and_stops_cleanly(tmp_path: Path, sig: int) -> None:
    path = make_file(tmp_path / "serve.samskap")
    server = ServeProcess(path)
    assert len(server.code) == 6
    status, page = server.call("GET", f"/j/{server.code}")
    assert status == 200 and b'<html lang="nb">' in page
    server.join("Kari")
    status, body = server.call("POST", "/api/notes", {"text": "Frå serve"})
    assert status == 201
    code, err = server.stop(sig=sig)
    assert code == 0, err
    assert "Traceback" not in err
    (submission,) = load(path).submissions
    assert (submission.id, submission.text, submission.status) == (body["id"], "Frå serve", SubmissionStatus.WAITING)
    assert not (tmp_path / ".serve.samskap-lock").exists(), "the lock is given back"


def test_serve_release_auto_and_anonymous(tmp_path: Path) -> None:
    path = make_file(tmp_path / "auto.samskap")
    server = ServeProcess(path, "--release", "auto", "--anonymous")
    server.join("Kari")
    assert server.call("POST", "/api/notes", {"text": "Med ein gong"})[0] == 201
    assert server.stop()[0] == 0
    workshop = load(path)
    (submission,) = workshop.submissions
    note = next(n for n in workshop.notes if n.id == submission.note_id)
    assert (note.text, note.author, submission.author) == ("Med ein gong", "", "")


def test_a_second_server_on_the_same_file_is_refused(tmp_path: Path) -> None:
    path = make_file(tmp_path / "to.samskap")
    first = ServeProcess(path)
    try:
        from tests.test_cli import samskap

        result = samskap(tmp_path, "serve", path, "--host", "127.0.0.1")
        assert result.returncode == 1
        assert result.stderr.startswith("samskap: ") and "open for writing" in result.stderr
        assert result.stdout == ""
    finally:
        assert first.stop()[0] == 0


def test_the_default_port_falls_back_to_a_free_one_when_taken() -> None:
    holder = socket.socket()
    # SO_REUSEADDR: an earlier test's connections to 8765 may linger in TIME_WAIT.
    holder.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        try:
            holder.bind(("127.0.0.1", DEFAULT_PORT))
            holder.listen(1)
        except OSError:
            pass  # taken already by someone else: the fallback is needed all the same
        sock = open_socket("127.0.0.1", None)
        try:
            assert sock.getsockname()[1] != DEFAULT_PORT
        finally:
            sock.close()
        with pytest.raises(OSError):
            open_socket("127.0.0.1", DEFAULT_PORT)  # an explicit port has no fallback
    finally:
        holder.close()


@pytest.mark.slow
def test_every_note_that_got_201_survives_kill_9(tmp_path: Path) -> None:
    """The server is killed with SIGKILL at random moments while a phone writes: every note it
    answered 201 for is in the file. Bounded: a few rounds, a few dozen notes each."""
    path = make_file(tmp_path / "drepen.samskap")
    rng = random.Random(1313)
    acknowledged: list[str] = []
    for round_number in range(5):
        server = ServeProcess(path)
        server.join(f"Runde {round_number}")
        for index in range(rng.randint(1, 30)):
            status, body = server.call("POST", "/api/notes", {"text": f"r{round_number} n{index}"})
            assert status == 201
            acknowledged.append(body["id"])
        server.post_without_waiting(f"r{round_number} kanskje")  # in flight when the kill comes
        code, _err = server.stop(sig=signal.SIGKILL)
        assert code == -signal.SIGKILL
        in_file = {s.id for s in load(path).submissions}
        assert set(acknowledged) <= in_file, f"round {round_number} lost an acknowledged note"
    assert len(acknowledged) >= 5


def test_serve_fails_in_one_line_for_a_missing_file_or_a_taken_port(tmp_path: Path) -> None:
    from tests.test_cli import assert_one_line_error, samskap

    line = assert_one_line_error(samskap(tmp_path, "serve", tmp_path / "borte.samskap", "--host", "127.0.0.1"), 1)
    assert "borte.samskap" in line
    path = make_file(tmp_path / "port.samskap")
    holder = socket.socket()
    holder.bind(("127.0.0.1", 0))
    holder.listen(1)
    try:
        port = str(holder.getsockname()[1])
        line = assert_one_line_error(samskap(tmp_path, "serve", path, "--host", "127.0.0.1", "--port", port), 1)
        assert f"127.0.0.1:{port}" in line
    finally:
        holder.close()
    assert_one_line_error(samskap(tmp_path, "serve", path, "--port", "70000"), 2)
