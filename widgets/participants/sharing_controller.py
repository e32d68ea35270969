"""Sharing the open workshop with phones: start, stop, the room's phones, and releases.

The window's face of app.participants.sharing.Sharing: it owns the Present
menu's actions ("Let participants join", "Stop sharing", "Show the join code
on the wall"), follows the open document, and stops sharing when the workshop
closes or the app quits. Its coroutines (opening and closing the listening
socket) run on the app's one path for slow work (app.jobs.Jobs, on qasync's loop).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack

from app.document import Changes, WorkshopDocument
from app.domain.model import Board, Device, Frame, Submission
from app.jobs import Job, Jobs, Outcome
from app.participants.join_address import ListenProblem, join_url_for, listen_problem, room_code_of
from app.participants.release_command import ReleaseNotes, plan_release_into
from app.participants.service import SharingSettings
from app.participants.sharing import Sharing
from widgets.participants.networks import Network, local_networks
from widgets.participants.phone_names import phone_label

NO_PHONE_MS = 60_000  # after this long with no phone, the facilitator is told what to check


class SharingController(QObject):
    """Lets participants' phones join the open workshop, and releases what they write."""

    started = Signal(str)  # the join address
    stopped = Signal()
    failed = Signal(str)  # why sharing could not start, in the facilitator's words
    room_changed = Signal()  # phones joined or left, notes came or were released, a setting changed
    first_phone_joined = Signal()
    no_phone_yet = Signal()  # NO_PHONE_MS passed with no phone: what to check
    wall_changed = Signal(str)  # the join address the wall shows, or "" for none

    def __init__(self, *, undo_stack: QUndoStack, jobs: Jobs, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack
        self.jobs = jobs
        self.document: WorkshopDocument | None = None
        self.sharing: Sharing | None = None
        self.settings = SharingSettings()
        self.host = "0.0.0.0"  # every network: the facilitator picks the address phones use
        self.port: int | None = None  # the default port, with a fallback when it is taken
        self.address: str | None = None  # the network chosen for the join address, None: the default route
        self.starting = False
        self.phone_seen = False
        self._stops: set[Job] = set()  # sessions whose sockets are closing
        self.no_phone_timer = QTimer(self)
        self.no_phone_timer.setSingleShot(True)
        self.no_phone_timer.setInterval(NO_PHONE_MS)
        self.no_phone_timer.timeout.connect(self._on_no_phone_timer_timeout)
        # The room changes in bursts (a full room pressing Send), and a phone's token is made
        # just after its row is committed: tell the panel once, on the loop's next turn.
        self._room_news = QTimer(self)
        self._room_news.setSingleShot(True)
        self._room_news.setInterval(0)
        self._room_news.timeout.connect(self.room_changed.emit)
        self.share_action = QAction(self.tr("Let participants &join"), self)
        self.share_action.setToolTip(self.tr("Let participants join from their phones on this network"))
        self.share_action.setShortcut(QKeySequence("Ctrl+Shift+J"))
        self.share_action.triggered.connect(lambda _checked=False: self.start())
        self.stop_action = QAction(self.tr("Stop s&haring"), self)
        self.stop_action.triggered.connect(lambda _checked=False: self.stop())
        self.wall_action = QAction(self.tr("Show the join &code on the wall"), self)
        self.wall_action.setCheckable(True)
        self.wall_action.toggled.connect(lambda _on: self._tell_wall())
        self._update_actions()

    # -- the window's face ------------------------------------------------------------

    def actions(self) -> list[QAction]:
        """For the Present menu (the first one also on the toolbar)."""
        return [self.share_action, self.stop_action, self.wall_action]

    def set_document(self, document: WorkshopDocument | None) -> None:
        """The window opened another workshop, or closed it (None): sharing never outlives its workshop."""
        if document is self.document:
            return
        self.stop()
        if self.document is not None:
            self.document.entities_changed.disconnect(self._on_document_entities_changed)
        self.document = document
        self.settings = SharingSettings()  # a board id of one workshop means nothing in another
        if document is not None:
            document.entities_changed.connect(self._on_document_entities_changed)
        self._update_actions()
        self.room_changed.emit()

    def shutdown(self) -> None:
        """The app quits: nothing may listen after it. Call from the window's close."""
        self.stop()

    @property
    def is_sharing(self) -> bool:
        return self.sharing is not None

    @property
    def closing(self) -> bool:
        """Whether a stopped session is still closing its socket (one turn of the loop)."""
        return bool(self._stops)

    def start(self) -> None:
        """Start listening for phones (a new room code each time)."""
        document = self.document
        if document is None or self.sharing is not None or self.starting:
            return
        self.starting = True
        self._update_actions()
        self._run(lambda: self._start(document), name="start sharing")

    def stop(self) -> None:
        """Stop listening: every phone's token ends now, the socket closes on the loop's next turn."""
        sharing, self.sharing = self.sharing, None
        self.no_phone_timer.stop()
        if sharing is None:
            return
        sharing.close()  # at once, while the document exists: no request is accepted from here on
        job = self._run(sharing.stop, name="stop sharing", then=self._stops.discard)
        if job.running:
            self._stops.add(job)
        self._update_actions()
        self._tell_wall()
        self.stopped.emit()
        self.room_changed.emit()

    def _run(self, start: Callable[[], Awaitable[Any]], *, name: str, then: Callable[[Job], None] | None = None) -> Job:
        """Run a coroutine on the app's job path; a bug in it goes to the crash handler like any other."""

        def done(job: Job) -> None:
            if job.outcome == Outcome.FAILED and job.error is not None:
                from widgets.common.jobs import report_failure

                self.starting = False
                self._update_actions()
                report_failure(None, self.tr("Sharing"), job.error)
            if then is not None:
                then(job)

        async def work(_progress: object, _cancelled: object) -> Any:
            return await start()

        return self.jobs.run_coroutine(work, name=name, done=done)

    # -- the room --------------------------------------------------------------------------

    def join_url(self) -> str:
        """The join address for the chosen network ("" while not sharing)."""
        if self.sharing is None:
            return ""
        return join_url_for(self.sharing.join_url, self.address)

    def room_code(self) -> str:
        return room_code_of(self.join_url())

    def networks(self) -> list[Network]:
        return local_networks()

    def set_address(self, address: str | None) -> None:
        """Use this network's address in the join address and the QR code (None: the default route's)."""
        self.address = address or None
        self._tell_wall()
        self.room_changed.emit()

    def phones(self) -> list[Device]:
        """The phones holding a token now, in the order they joined."""
        if self.sharing is None or self.document is None:
            return []
        ids = set(self.sharing.room.device_ids)
        return sorted((d for d in self.document.workshop.devices if d.id in ids), key=lambda d: d.number)

    def phone_label(self, device: Device) -> str:
        return phone_label(device)

    def remove_phone(self, device_id: str) -> None:
        """Send a phone away: its token ends and its page is told."""
        if self.sharing is not None:
            self.sharing.remove_device(device_id)
            self.room_changed.emit()

    def joining_open(self) -> bool:
        return self.sharing is not None and self.sharing.room.joining_open

    def set_joining_open(self, open_: bool) -> None:
        """Close joining (phones in the room stay) or open it again."""
        if self.sharing is not None:
            self.sharing.room.joining_open = open_
            self.room_changed.emit()

    def set_anonymous(self, anonymous: bool) -> None:
        self.settings.anonymous = anonymous  # the service holds this very object: it applies at once
        self.room_changed.emit()

    def set_target(self, board_id: str | None, frame_id: str | None = None) -> None:
        """Where phones write (board None: the current step's board)."""
        self.settings.board_id = board_id
        self.settings.frame_id = frame_id if board_id is not None else None
        self.room_changed.emit()

    def release(
        self, submission_ids: Iterable[str], *, board_id: str | None = None, frame_id: str | None = None
    ) -> int:
        """Put waiting notes on the board (into one board and frame, or where each was written): one undo step."""
        if self.document is None:
            return 0
        plan = plan_release_into(self.document.workshop, submission_ids, board_id=board_id, frame_id=frame_id)
        if plan.notes:
            self.undo_stack.push(ReleaseNotes(document=self.document, plan=plan))
        return len(plan.notes)

    # -- the wall ---------------------------------------------------------------------------

    def attach_wall(self, overlay: Any) -> None:
        """An audience view opened: its join overlay follows sharing (a JoinOverlay, or None)."""
        if overlay is None:
            return
        self.wall_changed.connect(overlay.show_join)
        overlay.show_join(self.wall_url())

    def wall_url(self) -> str:
        return self.join_url() if self.wall_action.isChecked() else ""

    # -- internals --------------------------------------------------------------------------

    async def _start(self, document: WorkshopDocument) -> None:
        sharing = Sharing(document=document, settings=self.settings)
        try:
            await sharing.start(host=self.host, port=self.port)
        except OSError as error:
            self.starting = False
            self._update_actions()
            self.failed.emit(self._listen_message(error))
            return
        self.starting = False
        if document is not self.document:  # the workshop closed while the socket opened
            await sharing.stop()
            self._update_actions()
            return
        self.sharing = sharing
        self.phone_seen = False
        self.no_phone_timer.start()
        self._update_actions()
        if not self.wall_action.isChecked():
            self.wall_action.setChecked(True)  # sharing is for joining: the wall shows how, until hidden
        self._tell_wall()
        self.started.emit(self.join_url())
        self.room_changed.emit()

    def _listen_message(self, error: OSError) -> str:
        problem = listen_problem(error)
        if problem == ListenProblem.NOT_ALLOWED:
            return self.tr(
                "This laptop does not allow Samskap to listen on the network. Ask your IT department to allow "
                "Samskap on private networks (README: For the IT department)."
            )
        if problem == ListenProblem.NO_NETWORK:
            return self.tr(
                "This laptop is on no network phones can reach. Connect it to the hall's Wi-Fi, a phone's hotspot "
                "or a travel router, then try again."
            )
        if problem == ListenProblem.PORT_TAKEN:
            return self.tr("Another program uses the network port. Close it, or try again.")
        return self.tr("Sharing could not start: %1").replace("%1", error.strerror or str(error))

    def _update_actions(self) -> None:
        sharing = self.sharing is not None
        self.share_action.setEnabled(self.document is not None and not sharing and not self.starting)
        self.stop_action.setEnabled(sharing)
        self.wall_action.setEnabled(sharing)

    def _tell_wall(self) -> None:
        self.wall_changed.emit(self.wall_url())

    def _on_document_entities_changed(self, changes: Changes) -> None:
        if not any(changes.touches(kind) for kind in (Device, Submission, Board, Frame)):
            return  # a board or frame renamed, added or gone changes the panel's places too
        if self.sharing is not None and changes.added_of(Device) and not self.phone_seen:
            self.phone_seen = True
            self.no_phone_timer.stop()
            self.first_phone_joined.emit()
        self._room_news.start()

    def _on_no_phone_timer_timeout(self) -> None:
        if self.sharing is not None and not self.phone_seen:
            self.no_phone_yet.emit()
