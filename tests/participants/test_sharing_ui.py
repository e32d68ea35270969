"""The facilitator's side of phones, through the real panel and a real server on 127.0.0.1.

Phones are aiohttp clients on the same qasync loop as the window; what the
panel shows, what the file holds and what the undo stack does are checked
after each step.
"""

from __future__ import annotations

import aiohttp
import pytest
import shiboken6

from app.domain.model import SubmissionStatus
from tests.conftest import save_screenshot
from tests.participants.room_support import Phone, load
from tests.participants.sharing_ui_support import Room, loop, room, run

__all__ = ["loop", "room"]  # fixtures


def start_sharing(qtbot, room: Room) -> str:
    with qtbot.wait_signal(room.controller.started, timeout=10_000) as started:
        room.controller.share_action.trigger()
    url = started.args[0]
    assert url.startswith("http://127.0.0.1:")
    return url.split("/j/")[0]


def waiting_texts(room: Room) -> list[str]:
    tree = room.panel.waiting.tree
    return [
        tree.topLevelItem(i).child(j).text(0)
        for i in range(tree.topLevelItemCount())
        for j in range(tree.topLevelItem(i).childCount())
    ]


def test_a_phone_joins_writes_and_its_note_is_released_as_one_undo_step(qtbot, room: Room) -> None:
    base = start_sharing(qtbot, room)
    panel = room.panel
    assert panel.code.text() == room.controller.sharing.room.code
    assert panel.address.text().endswith("/j/" + panel.code.text())
    assert "Connected" in panel.status.text()  # the self-test: scan with your own phone first
    assert panel.phone_count.text().endswith(": 0")

    session = run(qtbot, _session())
    try:
        kari, anonymous = Phone(session, base), Phone(session, base)
        with qtbot.wait_signal(room.controller.first_phone_joined):
            assert run(qtbot, kari.join(panel.code.text(), "Kari"))[0] == 200
        assert run(qtbot, anonymous.join(panel.code.text().lower()))[0] == 200
        qtbot.waitUntil(lambda: panel.phone_count.text().endswith(": 2"))
        names = [panel.phone_list.item(i).text() for i in range(panel.phone_list.count())]
        assert names == ["Kari", "anonymous 2"]
        assert "Connected" in panel.status.text()
        kari_row = shiboken6.getCppPointer(panel.phone_list.item(0))

        for text in ("Benk ved bussen", "Lys i parken"):
            assert run(qtbot, kari.note(text))[0] == 201
        assert run(qtbot, anonymous.note("Gatetun"))[0] == 201
        qtbot.waitUntil(lambda: panel.waiting.summary.text().endswith(": 3"))
        assert "Benk ved bussen — Kari" in waiting_texts(room)
        assert panel.phone_list.item(0).text() == "Kari (2 waiting)"
        assert shiboken6.getCppPointer(panel.phone_list.item(0)) == kari_row, "a note changes a text, not the list"
        assert len(room.document.workshop.notes) == 3, "private first: nothing on the board yet"
        save_screenshot(panel, "participants-panel")

        # Release all into the frame "Nytt": the notes land in it, in the file, as one undo step.
        panel.waiting.into.setCurrentIndex(panel.waiting.into.findText("Idear › Nytt"))
        steps = room.undo_stack.count()
        qtbot.mouseClick(panel.waiting.release_all_button, _left())
        assert room.undo_stack.count() == steps + 1
        released = {n.text: n for n in load(room.path).notes}
        assert {"Benk ved bussen", "Lys i parken", "Gatetun"} <= set(released)
        assert {released[t].frame_id for t in ("Benk ved bussen", "Gatetun")} == {"f-new"}
        assert released["Benk ved bussen"].author == "Kari"
        qtbot.waitUntil(lambda: panel.waiting.summary.text() == "No notes are waiting.")
        assert {n["status"] for n in run(qtbot, kari.state())["notes"]} == {"released"}

        room.undo_stack.undo()
        assert len(load(room.path).notes) == 3
        assert {s.status for s in load(room.path).submissions} == {SubmissionStatus.WAITING}
        qtbot.waitUntil(lambda: panel.waiting.summary.text().endswith(": 3"))
        assert {n["status"] for n in run(qtbot, kari.state())["notes"]} == {"waiting"}

        room.undo_stack.redo()
        assert len(load(room.path).notes) == 6
        assert {s.status for s in load(room.path).submissions} == {SubmissionStatus.RELEASED}
    finally:
        run(qtbot, session.close())


def test_release_this_persons_and_selected_one_by_one(qtbot, room: Room) -> None:
    base = start_sharing(qtbot, room)
    panel = room.panel
    session = run(qtbot, _session())
    try:
        kari, ola = Phone(session, base), Phone(session, base)
        run(qtbot, kari.join(panel.code.text(), "Kari"))
        run(qtbot, ola.join(panel.code.text(), "Ola"))
        for phone, text in ((kari, "K1"), (kari, "K2"), (ola, "O1"), (ola, "O2")):
            assert run(qtbot, phone.note(text))[0] == 201
        qtbot.waitUntil(lambda: panel.waiting.summary.text().endswith(": 4"))
        assert not panel.waiting.release_phone_button.isEnabled()
        panel.phone_list.setCurrentRow(1)  # Ola
        qtbot.mouseClick(panel.waiting.release_phone_button, _left())
        assert sorted(n.text for n in load(room.path).notes if n.text.startswith(("K", "O"))) == ["O1", "O2"]

        qtbot.waitUntil(lambda: panel.waiting.summary.text().endswith(": 2"))
        tree = panel.waiting.tree
        first = tree.topLevelItem(0).child(0)
        assert first.text(0) == "K1 — Kari"
        first.setSelected(True)
        qtbot.mouseClick(panel.waiting.release_selected_button, _left())
        assert sorted(n.text for n in load(room.path).notes if n.text.startswith(("K", "O"))) == ["K1", "O1", "O2"]
        assert room.undo_stack.count() == 2, "each release one step"
        qtbot.waitUntil(lambda: waiting_texts(room) == ["K2 — Kari"])
    finally:
        run(qtbot, session.close())


def test_a_removed_phone_is_401_and_stop_sharing_closes_the_port(qtbot, room: Room) -> None:
    base = start_sharing(qtbot, room)
    panel = room.panel
    session = run(qtbot, _session())
    try:
        phone = Phone(session, base)
        run(qtbot, phone.join(panel.code.text(), "Kari"))
        qtbot.waitUntil(lambda: panel.phone_list.count() == 1)
        panel.phone_list.setCurrentRow(0)
        qtbot.mouseClick(panel.remove_button, _left())
        assert panel.phone_list.count() == 0
        assert run(qtbot, phone.call("GET", "/api/state"))[0] == 401

        with qtbot.wait_signal(room.controller.stopped):
            room.controller.stop_action.trigger()
        qtbot.waitUntil(lambda: not room.controller.closing)
        assert panel.address.text() == ""
        assert room.controller.share_action.isEnabled()
        with pytest.raises(aiohttp.ClientConnectorError):
            run(qtbot, session.get(base + "/"))
    finally:
        run(qtbot, session.close())


def test_closing_the_workshop_stops_sharing_and_a_new_start_has_a_new_code(qtbot, room: Room) -> None:
    base = start_sharing(qtbot, room)
    first_code = room.controller.room_code()
    room.controller.set_document(None)
    assert not room.controller.is_sharing
    qtbot.waitUntil(lambda: not room.controller.closing)
    session = run(qtbot, _session())
    try:
        with pytest.raises(aiohttp.ClientConnectorError):
            run(qtbot, session.get(base + "/"))
    finally:
        run(qtbot, session.close())
    room.controller.set_document(room.document)
    start_sharing(qtbot, room)
    assert room.controller.room_code() != first_code


def test_no_phone_after_a_minute_says_what_to_check(qtbot, room: Room) -> None:
    start_sharing(qtbot, room)
    assert room.controller.no_phone_timer.isActive()
    room.controller.no_phone_timer.timeout.emit()  # the minute is the timer's business, not the test's
    text = room.panel.status.text()
    assert "same network" in text and "guest Wi-Fi" in text and "firewall" in text


async def _session() -> aiohttp.ClientSession:
    return aiohttp.ClientSession()


def _left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


@pytest.mark.parametrize(
    ("host", "expected"),
    [
        ("192.0.2.123", "on no network phones can reach"),  # TEST-NET: an address this laptop does not have
        ("taken", "Another program uses the network port"),
    ],
)
def test_sharing_that_cannot_listen_says_why_in_words(qtbot, room: Room, host: str, expected: str) -> None:
    import socket

    holder = socket.socket()
    holder.bind(("127.0.0.1", 0))
    holder.listen(1)
    try:
        if host == "taken":
            room.controller.host, room.controller.port = "127.0.0.1", holder.getsockname()[1]
        else:
            room.controller.host = host
        with qtbot.wait_signal(room.controller.failed, timeout=10_000) as failed:
            room.controller.share_action.trigger()
        assert expected in failed.args[0]
        assert "Traceback" not in failed.args[0] and "Errno" not in failed.args[0]
        assert room.panel.status.text() == failed.args[0]
        assert not room.controller.is_sharing and room.controller.share_action.isEnabled(), (
            "the facilitator may try again"
        )
    finally:
        holder.close()


def test_a_refused_listen_is_a_message_for_the_it_department() -> None:
    import errno

    from app.participants.join_address import ListenProblem, listen_problem

    assert listen_problem(PermissionError(errno.EACCES, "Permission denied")) == ListenProblem.NOT_ALLOWED
    assert listen_problem(OSError(errno.EPERM, "Operation not permitted")) == ListenProblem.NOT_ALLOWED
    assert listen_problem(OSError(errno.EADDRNOTAVAIL, "Cannot assign")) == ListenProblem.NO_NETWORK


def test_settings_anonymous_writing_the_target_frame_and_the_chosen_network(qtbot, room: Room) -> None:
    base = start_sharing(qtbot, room)
    panel = room.panel
    panel.anonymous.setChecked(True)
    panel.target.setCurrentIndex(panel.target.findText("Idear › Nytt"))
    panel.target.activated.emit(panel.target.currentIndex())
    session = run(qtbot, _session())
    try:
        phone = Phone(session, base)
        run(qtbot, phone.join(panel.code.text(), "Kari"))
        assert run(qtbot, phone.note("Utan namn"))[0] == 201
        (submission,) = load(room.path).submissions
        assert (submission.board_id, submission.frame_id, submission.author) == ("b-ideas", "f-new", "")
        qtbot.waitUntil(lambda: panel.phone_list.count() == 1)
        assert panel.phone_list.item(0).text().startswith("anonymous 1"), "anonymous writing asks for no name"
    finally:
        run(qtbot, session.close())

    # A laptop on two networks: the facilitator picks the address phones can reach; the port and code stay.
    code, port = panel.code.text(), base.rsplit(":", 1)[1]
    panel.network.addItem("Hotspot: 172.20.10.2", "172.20.10.2")
    panel.network.setCurrentIndex(panel.network.count() - 1)
    panel.network.activated.emit(panel.network.currentIndex())
    assert panel.address.text() == f"http://172.20.10.2:{port}/j/{code}"
    assert room.controller.wall_url() == panel.address.text()
