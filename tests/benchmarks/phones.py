"""Load benchmark of the participant server: 100 simulated phones on loopback.

    python tests/benchmarks/phones.py [--phones 100] [--notes 5] [--headless] [--live] [--json OUT]

Not part of the test run. By default the server runs as in the app: the real
main window (offscreen unless QT_QPA_PLATFORM says otherwise, so it also runs
under `xvfb-run` with QT_QPA_PLATFORM=xcb) with the workshop's board shown,
sharing started from the window's SharingController on qasync's loop, with
auto release, so a 201 means the note is committed to the file and on the
board. `--headless` runs the server on a plain asyncio loop with no window
(as `samskap serve --release auto`). The phones run in a child process at a
lower priority, so their work does not weigh on the loop measured. `--live`:
each phone also follows the room's server-sent events and asks for its state
again after each, as the page does (`state_gets` counts those requests).

Prints p50/p99 from a phone's POST to its 201 (target: p99 <= 150 ms) and the
longest UI stall during the burst (<= 50 ms): the longest gap between ticks of
a 5 ms Qt timer beyond its 5 ms (headless: of an asyncio sleep), and, with the
window, the longest gap between two iterations of Qt's event loop. Checks that
every note and dot arrived exactly once, and that the board's scene shows
every note.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))  # run as a script from a checkout, installed or not

if TYPE_CHECKING:
    from app.document import WorkshopDocument


class Phone:
    """One phone on one keep-alive HTTP/1.1 connection, in a few lines of asyncio.

    aiohttp's client cost about as much processor per request as the server it
    measured: on a 2-core machine the figures then measured the phones.
    """

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, host: str) -> None:
        self.reader, self.writer, self.host = reader, writer, host
        self.token = ""

    async def call(self, method: str, path: str, body: Any = None) -> tuple[int, Any]:
        data = json.dumps(body).encode() if body is not None else b""
        head = f"{method} {path} HTTP/1.1\r\nHost: {self.host}\r\nContent-Length: {len(data)}\r\n"
        if data:
            head += "Content-Type: application/json\r\n"
        if self.token:
            head += f"Authorization: Bearer {self.token}\r\n"
        self.writer.write(head.encode() + b"\r\n" + data)
        status = int((await self.reader.readline()).split()[1])
        length = 0
        while (line := await self.reader.readline()) not in (b"\r\n", b""):
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value)
        payload = await self.reader.readexactly(length)
        return status, json.loads(payload) if payload else None


async def swarm(base: str, code: str, phones: int, notes: int, live: bool = False) -> dict[str, Any]:
    """The child process: every phone joins, writes, votes; returns the latencies in ms.

    `live`: each phone also follows the room as the page does, on a stream of server-sent
    events, asking for its state again after each one (one request at a time, as a page does
    at best), until every phone is done.
    """
    host, port = base.removeprefix("http://").rsplit(":", 1)
    note_ms: list[float] = []
    dot_ms: list[float] = []
    state_gets = [0]
    followers: list[asyncio.Task[None]] = []

    async def connect() -> Phone:
        reader, writer = await asyncio.open_connection(host, int(port))
        return Phone(reader, writer, f"{host}:{port}")

    async def follow(token: str) -> None:
        events, state = await connect(), await connect()
        state.token = token
        news = asyncio.Event()

        async def read_events() -> None:
            events.writer.write(f"GET /api/events?token={token} HTTP/1.1\r\nHost: {events.host}\r\n\r\n".encode())
            while line := await events.reader.readline():
                if line.startswith(b"event: changed"):
                    news.set()

        reading = asyncio.ensure_future(read_events())
        try:
            while True:
                await news.wait()
                news.clear()
                await state.call("GET", "/api/state")
                state_gets[0] += 1
        finally:
            reading.cancel()
            events.writer.close()
            state.writer.close()

    async def phone(number: int) -> None:
        me = await connect()
        status, body = await me.call("POST", "/api/join", {"code": code, "name": f"P{number}"})
        assert status == 200, body
        me.token = body["token"]
        if live:
            followers.append(asyncio.ensure_future(follow(me.token)))
        for index in range(notes):
            start = time.perf_counter()
            status, body = await me.call("POST", "/api/notes", {"text": f"p{number} n{index}"})
            assert status == 201, body
            note_ms.append((time.perf_counter() - start) * 1000)
        status, body = await me.call("GET", "/api/state")
        vote = body["vote"]
        for candidate in vote["candidates"][number % 10 :][: vote["dots_per_person"]]:
            start = time.perf_counter()
            status, body = await me.call("POST", f"/api/votes/{vote['id']}/dots", {"note_id": candidate["id"]})
            assert status == 201, body
            dot_ms.append((time.perf_counter() - start) * 1000)
        me.writer.close()

    await asyncio.gather(*(phone(n) for n in range(phones)))
    for follower in followers:
        follower.cancel()
    await asyncio.gather(*followers, return_exceptions=True)
    return {"note_ms": note_ms, "dot_ms": dot_ms, "state_gets": state_gets[0]}


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def load_workshop(folder: Path) -> Path:
    """The room's workshop with an open vote on its idea board, written to a file in `folder`."""
    from app.domain.model import Vote
    from app.storage.workshop_file import WorkshopFile
    from tests.participants.workshops import room_workshop

    path = folder / "last.samskap"
    workshop = room_workshop()
    workshop.votes.append(Vote("b-ideas", title="Last", dots_per_person=3, id="v-load"))
    WorkshopFile.create(path, workshop).close()
    return path


def run_phones(base: str, code: str, phones: int, notes: int, folder: Path, live: bool) -> subprocess.Popen[bytes]:
    """Start the phones' child process; it writes its latencies to folder/phones.json."""
    out = str(folder / "phones.json")
    command = [sys.executable, __file__, "--swarm", base, code, str(phones), str(notes), out, "live" if live else "-"]
    return subprocess.Popen(command, cwd=ROOT, env={**os.environ})


async def phones_done(child: subprocess.Popen[bytes], folder: Path) -> dict[str, Any]:
    """Wait (without blocking the loop) for the phones, and read what they measured."""
    while child.poll() is None:
        await asyncio.sleep(0.02)
    if child.returncode != 0:
        raise SystemExit(f"the phones failed (exit {child.returncode})")
    return dict(json.loads((folder / "phones.json").read_text(encoding="utf-8")))


def figures(document: WorkshopDocument, result: dict[str, Any], phones: int, notes: int) -> dict[str, Any]:
    """Check every note and dot arrived exactly once; the figures from the phones' latencies."""
    texts = [s.text for s in document.workshop.submissions]
    expected = {f"p{p} n{i}" for p in range(phones) for i in range(notes)}
    on_board = [n.text for n in document.workshop.notes if n.text in expected]
    dots = [d for d in document.workshop.vote_dots if d.vote_id == "v-load"]
    assert sorted(texts) == sorted(expected), "every note exactly once"
    assert sorted(on_board) == sorted(expected), "every note on the board exactly once"
    assert len(dots) == len(result["dot_ms"]) == phones * 3, "every dot exactly once"
    return {
        "phones": phones,
        "notes": len(texts),
        "dots": len(dots),
        "note_p50_ms": round(statistics.median(result["note_ms"]), 1),
        "note_p99_ms": round(percentile(result["note_ms"], 99), 1),
        "dot_p99_ms": round(percentile(result["dot_ms"], 99), 1),
        "state_gets": result["state_gets"],
    }


async def serve_headless(phones: int, notes: int, live: bool = False) -> dict[str, Any]:
    """The server on a plain asyncio loop, no window (as `samskap serve --release auto`)."""
    from app.document import WorkshopDocument
    from app.participants.room import Limits
    from app.participants.service import SharingSettings
    from app.participants.sharing import Sharing
    from app.storage.workshop_file import WorkshopFile

    folder = Path(tempfile.mkdtemp(prefix="samskap-phones-"))
    document = WorkshopDocument.open(WorkshopFile.open(load_workshop(folder)))
    sharing = Sharing(
        document=document,
        settings=SharingSettings(auto_release=True),
        limits=Limits(max_devices=max(200, phones)),
    )
    url = await sharing.start(host="127.0.0.1", port=0)
    base, code = url.split("/j/")
    stalls: list[float] = []
    done = asyncio.Event()

    async def ticker() -> None:
        last = time.perf_counter()
        while not done.is_set():
            await asyncio.sleep(0.005)
            now = time.perf_counter()
            stalls.append((now - last) * 1000 - 5)
            last = now

    tick = asyncio.create_task(ticker())
    result = await phones_done(run_phones(base, code, phones, notes, folder, live), folder)
    done.set()
    await tick
    await sharing.stop()
    try:
        return {**figures(document, result, phones, notes), "longest_stall_ms": round(max(stalls), 1)}
    finally:
        document.close()
        shutil.rmtree(folder, ignore_errors=True)


class QtStalls:
    """The UI's stalls as the facilitator feels them, measured on Qt's own event loop.

    A 5 ms precise timer: the longest gap between its ticks beyond 5 ms is the
    longest time a click or a repaint would have waited. The event dispatcher's
    `awake` signal, once per iteration of Qt's loop, gives the longest gap
    between two iterations (with the timer running, an idle loop wakes at least
    every 5 ms, so a longer gap is work that held the loop).
    """

    def __init__(self) -> None:
        from PySide6.QtCore import QAbstractEventDispatcher, Qt, QThread, QTimer

        self.gaps: list[float] = []
        self.iterations: list[float] = []
        self._last_tick = self._last_awake = time.perf_counter()
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(5)
        self._timer.timeout.connect(self._tick)
        self._dispatcher = QAbstractEventDispatcher.instance(QThread.currentThread())
        self._dispatcher.awake.connect(self._on_awake)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._dispatcher.awake.disconnect(self._on_awake)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append((now - self._last_tick) * 1000 - 5)
        self._last_tick = now

    def _on_awake(self) -> None:
        now = time.perf_counter()
        self.iterations.append((now - self._last_awake) * 1000)
        self._last_awake = now


def serve_in_window(phones: int, notes: int, live: bool = False) -> dict[str, Any]:
    """The server as in the app: from the main window's SharingController, on qasync's loop on Qt's."""
    folder = Path(tempfile.mkdtemp(prefix="samskap-phones-"))
    # As the start-up benchmark's children: settings and backups of this run only.
    os.environ["SAMSKAP_SETTINGS"] = str(folder / "settings" / "s.ini")
    os.environ["SAMSKAP_BACKUP_DIR"] = str(folder / "backups")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer

    from app.__main__ import start_window
    from widgets.common.event_loop import close_event_loop, qt_event_loop

    path = load_workshop(folder)
    app, window = start_window([str(path)])
    window.resize(1280, 800)
    outcome: dict[str, Any] = {}

    async def measure() -> None:
        try:
            outcome["figures"] = await _share_and_measure(window, phones, notes, folder, live)
        except BaseException as error:
            outcome["error"] = error
        finally:
            app.quit()

    def begin() -> None:
        outcome["task"] = qt_event_loop().create_task(measure())  # held: a task only weakly referenced may vanish

    QTimer.singleShot(0, begin)
    app.exec()
    window.jobs.shutdown()
    close_event_loop()
    window.close()
    shutil.rmtree(folder, ignore_errors=True)
    if "error" in outcome:
        raise outcome["error"]
    return dict(outcome["figures"])


async def _share_and_measure(window: Any, phones: int, notes: int, folder: Path, live: bool) -> dict[str, Any]:
    from widgets.board.note_item import NoteItem

    document = window.document
    scene = window.view.board_scene
    assert scene is not None and scene.board_id == "b-ideas", "the load workshop's board is shown"
    sharing = window.parts.sharing
    sharing.host, sharing.port = "127.0.0.1", 0  # loopback and a free port
    sharing.settings.auto_release = True  # as `samskap serve --release auto`: a 201 means on the board
    started: asyncio.Future[str] = asyncio.get_running_loop().create_future()

    def settle(url: str = "", why: str = "") -> None:
        if started.done():
            return
        if why:
            started.set_exception(RuntimeError(why))
        else:
            started.set_result(url)

    sharing.started.connect(lambda url: settle(url=url))
    sharing.failed.connect(lambda why: settle(why=why))
    sharing.start()
    base, code = (await asyncio.wait_for(started, 30)).split("/j/")
    stalls = QtStalls()
    result = await phones_done(run_phones(base, code, phones, notes, folder, live), folder)
    stalls.stop()
    await asyncio.sleep(0.05)  # the scene reacts on the same turn as the commit; this only lets paints settle
    shown = [item for item in scene.items() if isinstance(item, NoteItem)]
    expected = {f"p{p} n{i}" for p in range(phones) for i in range(notes)}
    shown_ids = [item.note_id for item in shown]
    load_note_ids = sorted(n.id for n in document.workshop.notes if n.text in expected)
    assert len(set(shown_ids)) == len(shown_ids), "one item per note in the board's scene"
    assert set(load_note_ids) <= set(shown_ids), "the board's scene shows every note"
    numbers = figures(document, result, phones, notes)
    sharing.stop()
    while sharing.closing:
        await asyncio.sleep(0.02)
    return {
        **numbers,
        "shown_on_board": len(set(load_note_ids) & set(shown_ids)),
        "longest_stall_ms": round(max(stalls.gaps), 1),
        "longest_iteration_ms": round(max(stalls.iterations), 1),
    }


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--swarm":
        base, code, phones, notes, out = sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]), sys.argv[6]
        if hasattr(os, "nice"):
            # Real phones bring their own processors: on a 2-core machine the simulated ones
            # must not take the laptop's, or the figures measure the scheduler, not Samskap.
            os.nice(10)
        live = sys.argv[7] == "live"
        Path(out).write_text(json.dumps(asyncio.run(swarm(base, code, phones, notes, live))), encoding="utf-8")
        return 0
    parser = argparse.ArgumentParser()
    parser.add_argument("--phones", type=int, default=100)
    parser.add_argument("--notes", type=int, default=5)
    parser.add_argument("--headless", action="store_true", help="a plain asyncio loop and no window")
    parser.add_argument("--live", action="store_true", help="phones also follow the room's events, as the page does")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    if args.headless:
        numbers = asyncio.run(serve_headless(args.phones, args.notes, args.live))
    else:
        numbers = serve_in_window(args.phones, args.notes, args.live)
    targets = {"note_p99_ms": 150.0, "longest_stall_ms": 50.0}
    for name, value in numbers.items():
        target = f"<= {targets[name]:g}" if name in targets else ""
        print(f"{name:20} {value:>10} {target}")
    if args.json:
        args.json.write_text(json.dumps(numbers, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
