"""The demo workshop's idea step with a room of phones, end to end, from the real main window.

Join by the QR code's address, write privately, release into a frame (one undo
step), a hidden dot vote from the phones, reveal, and the result on the phones,
on the wall and in the PDF summary. The server listens on loopback; the phones
are HTTP clients speaking the contract in README "Participants' phones".
"""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import Any
from urllib.parse import urlsplit

import aiohttp
import pypdf
from PySide6.QtCore import QPoint, QPointF, QRectF
from PySide6.QtGui import QColor

from app.domain import voting
from app.domain.model import Board, Frame, Note, SubmissionStatus
from tests.conftest import save_screenshot
from tests.one_screen import answer_one_screen_question
from tests.participants.room_support import Phone
from tests.participants.test_join_wall import assert_crisp_qr

IDEA_BOARD = "Idéer: trygg hverdag hjemme"
WRITTEN = {  # phone: what it writes
    "anonymous": ["Nattlys i gangen som tenner av seg selv", "Fast kontaktperson i hjemmetjenesten"],
    "kari": ["Pårørendekafé én kveld i måneden"],
    "ola": ["Handlehjelp fra ungdomsklubben"],
}
DOTS = {"anonymous": [0, 1], "kari": [0], "ola": [0, 2]}  # indexes into the notes in the order written
DOT_RED = QColor("#b2182b")


def on_loop(qtbot, window, coroutine: Coroutine[Any, Any, Any]) -> Any:
    """Run a phone's request on the window's loop while Qt turns, and give its result."""
    future = asyncio.ensure_future(coroutine, loop=window.jobs.loop)
    qtbot.waitUntil(future.done, timeout=10_000)
    return future.result()


def overlapping(notes: list[Note]) -> list[tuple[str, str]]:
    rects = [(n.id, QRectF(n.x, n.y, n.width, n.height)) for n in notes]
    return [(a, b) for i, (a, ra) in enumerate(rects) for b, rb in rects[i + 1 :] if ra.intersects(rb)]


def frames_overlapping(frames: list[Frame]) -> list[tuple[str, str]]:
    """Frames that overlap, other than one nested in the other: a frame that grew over its neighbour."""
    rects = {f.id: QRectF(f.x, f.y, f.width, f.height) for f in frames}
    return [
        (a.id, b.id)
        for i, a in enumerate(frames)
        for b in frames[i + 1 :]
        if rects[a.id].intersects(rects[b.id]) and a.id != b.parent_id and b.id != a.parent_id
    ]


def inside(note: Note, frame: Frame) -> bool:
    return QRectF(frame.x, frame.y, frame.width, frame.height).contains(QRectF(note.x, note.y, note.width, note.height))


def close_to(colour: QColor, expected: QColor, tolerance: int = 40) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(colour.getRgb()[:3], expected.getRgb()[:3], strict=True))


def test_the_demos_idea_step_with_a_room_of_phones(window, qtbot, tmp_path) -> None:
    assert window.open_path(window._demo_path())
    document = window.document
    board = next(b for b in document.workshop.boards if b.name == IDEA_BOARD)
    step = next(s for s in document.workshop.agenda if s.board_id == board.id)
    window.facilitation.agenda.go_to(step.id)
    assert document.workshop.current_step() == step
    assert window.view.board_scene.board_id == board.id, "the laptop shows the step's board"
    frame = min((f for f in document.workshop.frames if f.board_id == board.id), key=lambda f: (f.y, f.x))

    # The wall, and sharing started from the window's own action: the QR code carries the join address.
    projector = window.projector
    projector.start()
    answer_one_screen_question(window)
    audience = projector.audience
    qtbot.waitUntil(lambda: audience.isVisible() and audience.board.shown_rect() is not None)
    sharing = window.parts.sharing
    sharing.host, sharing.port = "127.0.0.1", 0  # loopback and a free port: tests never leave the machine
    with qtbot.waitSignal(sharing.started, timeout=10_000):
        sharing.share_action.trigger()
    join_url = sharing.join_url()
    overlay = audience.join_overlay
    qtbot.waitUntil(overlay.isVisible)
    assert overlay.url == join_url
    assert_crisp_qr(audience.grab().toImage(), overlay)
    base, code = join_url.split("/j/")
    assert urlsplit(join_url).hostname == "127.0.0.1" and code == sharing.room_code()

    # Phones join with the room code from the address, and write privately.
    session = on_loop(qtbot, window, _session())
    phones = {key: Phone(session, base) for key in WRITTEN}
    names = {"anonymous": None, "kari": "Kari Nordmann", "ola": "Ola"}
    for key, phone in phones.items():
        assert on_loop(qtbot, window, phone.join(code, names[key]))[0] == 200
    kari = next(d for d in document.workshop.devices if d.name == "Kari Nordmann")
    assert kari.participant_id is not None, "Kari picked her own name: she votes as herself"
    panel = window.parts.participants_panel
    qtbot.waitUntil(lambda: panel.phone_list.count() == 3)
    sharing.wall_action.setChecked(False)  # everyone is in: the wall gives the board the room
    written: list[str] = []
    for key, texts in WRITTEN.items():
        for text in texts:
            status, body = on_loop(qtbot, window, phones[key].note(text))
            assert status == 201, body
            written.append(text)
    assert not [n for n in document.workshop.notes if n.text in written], "they wait: not on the board"
    state = on_loop(qtbot, window, phones["anonymous"].state())
    assert [(n["text"], n["status"]) for n in state["notes"]] == [(t, "waiting") for t in WRITTEN["anonymous"]]
    assert state["step"]["title"] == step.title
    qtbot.waitUntil(lambda: panel.waiting.summary.text() == "Notes waiting: 4")

    # The facilitator releases them all into the first frame: one undo step, undone and redone.
    frames_before = [f for f in document.workshop.frames if f.board_id == board.id]
    into = panel.waiting.into
    into.setCurrentIndex(next(i for i in range(into.count()) if into.itemData(i) == (board.id, frame.id)))
    panel.waiting.release_all_button.click()
    released = [n for n in document.workshop.notes if n.text in written]
    assert sorted(n.text for n in released) == sorted(written)
    frame = document.find(Frame, frame.id)  # it may have grown to take them
    assert all(n.frame_id == frame.id and inside(n, frame) for n in released)
    assert overlapping([n for n in document.notes_on(board.id) if n.frame_id == frame.id]) == []
    assert {n.author for n in released} == {"", "Kari Nordmann", "Ola"}
    assert frames_overlapping([f for f in document.workshop.frames if f.board_id == board.id]) == []
    window.undo()
    assert not [n for n in document.workshop.notes if n.text in written]
    assert [f for f in document.workshop.frames if f.board_id == board.id] == frames_before
    assert {s.status for s in document.workshop.submissions} == {SubmissionStatus.WAITING}
    state = on_loop(qtbot, window, phones["anonymous"].state())
    assert {n["status"] for n in state["notes"]} == {"waiting"}
    window.redo()
    assert sorted(n.text for n in document.workshop.notes if n.text in written) == sorted(written)
    note_of = {n.text: n.id for n in document.workshop.notes if n.text in written}
    ordered = [note_of[text] for text in written]

    # A hidden dot vote on that frame, from the vote panel's dialog.
    vote_panel = window.vote_panel
    dialog = vote_panel.setup_dialog()
    qtbot.addWidget(dialog)
    dialog.title.setText("Hvilke idéer fra telefonene tar vi videre?")
    dialog.scope.setCurrentIndex(dialog.scope.findData(frame.id))
    dialog.dots.setValue(2)
    dialog.hidden.setChecked(True)
    window.votes.start_vote(*dialog.setup())
    vote = window.votes.vote()
    assert vote is not None and vote.frame_id == frame.id and vote.hidden

    for key, picks in DOTS.items():
        state = on_loop(qtbot, window, phones[key].state())
        assert state["vote"]["id"] == vote.id and state["vote"]["may_vote"]
        assert set(ordered) <= {c["id"] for c in state["vote"]["candidates"]}
        for index in picks:
            assert on_loop(qtbot, window, phones[key].dot(vote.id, ordered[index]))[0] == 201
    state = on_loop(qtbot, window, phones["ola"].state())
    assert state["vote"]["hidden"] and state["vote"]["results"] is None
    assert state["vote"]["dots_left"] == 0
    assert voting.rule_violations(document.workshop, vote.id) == []
    # The laptop: who has voted how much, but no counts while the vote is hidden.
    voter_rows = [vote_panel.voter_list.item(i).text() for i in range(vote_panel.voter_list.count())]
    assert "Phone: anonymous 1: 0 of 2 left" in voter_rows and "Phone: Ola: 0 of 2 left" in voter_rows
    assert any(row.endswith("Kari Nordmann: 1 of 2 left") for row in voter_rows)
    assert vote_panel.phone_dots.text() == "Dots from phones: 5 of 6"
    assert not any("●" in vote_panel.note_list.item(i).text() for i in range(vote_panel.note_list.count()))
    assert window.votes.dots_item(ordered[0]) is None, "no dots drawn before the reveal"

    # Reveal: the phones get the ranked result, the wall shows the dots.
    vote_panel.vote_actions.reveal.trigger()
    state = on_loop(qtbot, window, phones["kari"].state())
    assert not state["vote"]["hidden"]
    results = [(r["rank"], r["text"], r["dots"]) for r in state["vote"]["results"]]
    assert results[0] == (1, written[0], 3)
    assert sorted(results[1:]) == sorted([(2, written[1], 1), (2, written[2], 1)]), "a tie shares its rank"
    top = window.votes.dots_item(ordered[0])
    assert top is not None and top.count == 3
    assert audience.board.scene() is window.view.scene()
    projector.refit()
    qtbot.waitUntil(lambda: audience.board.shown_rect().contains(top.sceneBoundingRect()))
    wall = audience.grab().toImage()
    centre = audience.board.mapFromScene(top.mapToScene(QPointF(12, 12)))
    at = audience.board.viewport().mapTo(audience, centre)
    ratio = audience.devicePixelRatioF()
    pixel = QColor(wall.pixel(QPoint(round(at.x() * ratio), round(at.y() * ratio))))
    assert close_to(pixel, DOT_RED), pixel.name()
    save_screenshot(audience, "demo-idea-step-wall-at-reveal")
    save_screenshot(window, "demo-idea-step-laptop-at-reveal")

    # The PDF summary lists the result, the phones' notes ranked.
    target = tmp_path / "oppsummering.pdf"
    job = window.export_summary_to(target)
    assert job is not None
    with qtbot.waitSignal(job.finished, timeout=60_000):
        pass
    text = " ".join(" ".join(page.extract_text().split()) for page in pypdf.PdfReader(target).pages)
    # The vote's title stands first over its top ideas for the council; its whole ranking is in the
    # vote results at the end.
    section = text[text.rindex("Hvilke idéer fra telefonene tar vi videre?") :]
    # Ties share a rank and keep the board's reading order: the two notes with one dot sit side by side.
    ranked = f"Plass Lapp Prikker 1. {written[0]} 3 2. {written[1]} 1 2. {written[2]} 1"
    assert ranked in section
    assert written[3] not in section[: section.index(ranked) + len(ranked)], "no dot, no place in the result"

    on_loop(qtbot, window, session.close())
    sharing.stop()
    qtbot.waitUntil(lambda: not sharing.closing, timeout=10_000)
    projector.stop()
    assert document.find(Board, board.id) is not None


async def _session() -> aiohttp.ClientSession:
    return aiohttp.ClientSession()
