"""Presenting: the audience view on a chosen screen, what it follows, and the keys that drive it.

The facilitator's window stays the console; the projector opens the
audience view full screen on another screen (or, with one screen, full
screen over the laptop's: F5, Esc leaves), keeps it on the facilitator's
current board, and fits the wall to the whole board, to one frame at a time,
or to the facilitator's own view. Screens come and go during a meeting: a
projector plugged in takes the audience view, one pulled out sends it to
another screen or ends presenting; the facilitator's window and the
workshop are never touched by either.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, QRectF, QSize, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QImage, QKeySequence, QScreen
from PySide6.QtWidgets import (
    QGraphicsScene,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QWidget,
)

from app.document import Changes, WorkshopDocument
from app.domain.agenda import utc_now
from app.domain.model import Frame, Note
from app.domain.presenting import FollowMode, frames_in_reading_order, legible, min_text_px, step_index
from widgets.board.board_scene import BoardScene
from widgets.board.board_view import BoardView
from widgets.projector.projector_board import FRAME_TITLE_HEIGHT
from widgets.projector.projector_window import Clock, ProjectorWindow

_EMPTY_BOARD = QRectF(0, 0, 1200, 800)


class Projector(QObject):
    """Owns the audience view while presenting, and the Present menu's actions."""

    audience_opened = Signal(object)  # a new ProjectorWindow, for what else the wall shows (the join code)

    def __init__(self, *, window: QMainWindow, board_view: BoardView, clock: Clock = utc_now) -> None:
        super().__init__(window)
        self.window = window
        self.board_view = board_view
        self.clock = clock  # replaceable: tests drive time by hand
        # A board shown by another widget than the board view (the stakeholder map's grid):
        # the window sets this, so the wall shows that picture instead of sticky notes.
        self.other_scene: Callable[[], QGraphicsScene | None] = lambda: None
        self.other_board_id: Callable[[], str | None] = lambda: None  # and the board that picture is of
        self.document: WorkshopDocument | None = None
        self.audience: ProjectorWindow | None = None
        self.mode = FollowMode.BOARD
        self._frame_id: str | None = None
        self._chosen_screen: str | None = None  # a screen's name, as the facilitator picked it
        self._extra_actions: list[QAction] = []
        self._question: QMessageBox | None = None  # asked before the wall covers the only screen
        self._refit_timer = QTimer(self)
        self._refit_timer.setSingleShot(True)
        self._refit_timer.setInterval(0)  # many changes in one event-loop turn refit once
        self._refit_timer.timeout.connect(self.refit)
        self._build_actions()
        self._build_banner()
        board_view.horizontalScrollBar().valueChanged.connect(self._on_facilitator_view_moved)
        board_view.verticalScrollBar().valueChanged.connect(self._on_facilitator_view_moved)
        board_view.zoom_changed.connect(self._on_facilitator_view_moved)
        board_view.viewport().installEventFilter(self)
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)  # a window exists, so a GUI application does
        app.screenAdded.connect(self._on_app_screen_added)
        app.screenRemoved.connect(self._on_app_screen_removed)

    # -- actions and menu -----------------------------------------------------------

    def _action(self, text: str, slot, shortcut: str | None = None, *, checkable: bool = False) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.setCheckable(checkable)
        if checkable:
            action.toggled.connect(slot)
        else:
            action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        self.start_action = self._action(self.tr("&Start presenting"), self.start, "F5")
        self.stop_action = self._action(self.tr("Stop p&resenting"), self.stop, "Shift+F5")
        self.follow_board_action = self._action(
            self.tr("Show the whole &board"), lambda: self.set_mode(FollowMode.BOARD)
        )
        self.follow_frame_action = self._action(
            self.tr("Show one &frame at a time"), lambda: self.set_mode(FollowMode.FRAME)
        )
        self.follow_view_action = self._action(self.tr("Show what &I see"), lambda: self.set_mode(FollowMode.VIEWPORT))
        self._mode_actions = {
            FollowMode.BOARD: self.follow_board_action,
            FollowMode.FRAME: self.follow_frame_action,
            FollowMode.VIEWPORT: self.follow_view_action,
        }
        group = QActionGroup(self)
        for action in self._mode_actions.values():
            action.setCheckable(True)
            group.addAction(action)
        self.follow_board_action.setChecked(True)
        self.next_frame_action = self._action(self.tr("N&ext frame"), lambda: self.step_frame(1), "PgDown")
        self.previous_frame_action = self._action(self.tr("Pre&vious frame"), lambda: self.step_frame(-1), "PgUp")
        self.freeze_action = self._action(self.tr("Free&ze the wall"), self.set_frozen, "F", checkable=True)
        self.blank_action = self._action(self.tr("B&lank the wall"), self.set_blank, "B", checkable=True)
        self.screen_menu = QMenu(self.tr("A&udience screen"))
        self.screen_menu.aboutToShow.connect(self._fill_screen_menu)
        self._update_enabled()

    def actions(self) -> list[QAction]:
        """Every action with a shortcut, for the facilitator's window and the audience view alike."""
        return [
            self.start_action,
            self.stop_action,
            self.next_frame_action,
            self.previous_frame_action,
            self.freeze_action,
            self.blank_action,
        ]

    def fill_menu(self, menu: QMenu, step_actions: Sequence[QAction] = ()) -> None:
        """The Present menu: start and stop, the screen, what the wall follows, and the room's keys."""
        menu.addActions([self.start_action, self.stop_action])
        menu.addMenu(self.screen_menu)
        menu.addSeparator()
        menu.addActions(list(self._mode_actions.values()))
        menu.addActions([self.next_frame_action, self.previous_frame_action])
        menu.addSeparator()
        menu.addActions([self.freeze_action, self.blank_action])
        if step_actions:
            menu.addSeparator()
            menu.addActions(list(step_actions))
        # The same keys work while the audience view has the keyboard (one screen, full screen).
        self._extra_actions = list(step_actions)

    def _build_banner(self) -> None:
        """The laptop's note that the wall is too small to read, with the way out."""
        self.banner = QWidget()
        self.banner.setObjectName("presenter_banner")
        layout = QHBoxLayout(self.banner)
        layout.setContentsMargins(0, 0, 0, 0)
        self.banner_label = QLabel()
        self.banner_button = QPushButton(self.tr("Present one frame at a time"))
        self.banner_button.clicked.connect(lambda: self.set_mode(FollowMode.FRAME))
        layout.addWidget(self.banner_label)
        layout.addWidget(self.banner_button)
        self.window.statusBar().addWidget(self.banner)
        self.banner.setVisible(False)
        self._warning = ""  # the banner's text; it waits while a temporary message has the status bar
        self.window.statusBar().messageChanged.connect(lambda _message: self._place_banner())

    # -- the workshop and the board -------------------------------------------------

    def set_document(self, document: WorkshopDocument | None) -> None:
        if document is self.document:
            return
        self.stop()
        if self.document is not None:
            self.document.entities_changed.disconnect(self._on_document_entities_changed)
        self.document = document
        if document is not None:
            document.entities_changed.connect(self._on_document_entities_changed)
        self._update_enabled()

    def board_scene(self) -> BoardScene | None:
        """The sticky-note board on the wall, or None (no board, or one another widget shows)."""
        if self.other_scene() is not None:
            return None
        return self.board_view.board_scene

    def shown_scene(self) -> QGraphicsScene | None:
        """What the wall shows: the sticky-note board, or the picture of a board another widget shows."""
        return self.other_scene() or self.board_view.board_scene

    def shown_board_id(self) -> str | None:
        """The board the wall shows (the facilitator's), whose name the wall gives when it is not the step's."""
        scene = self.board_scene()
        return scene.board_id if scene is not None else self.other_board_id()

    def board_changed(self) -> None:
        """The facilitator shows another board (or none): the wall follows."""
        self._frame_id = None
        if self.audience is not None:
            self.audience.board.set_board_scene(self.shown_scene())
            self.audience.set_shown_board(self.shown_board_id())
            self.refit()

    def frames(self) -> list[Frame]:
        scene = self.board_scene()
        if scene is None or self.document is None:
            return []
        return frames_in_reading_order([f for f in self.document.all_of(Frame) if f.board_id == scene.board_id])

    def current_frame(self) -> Frame | None:
        return next((f for f in self.frames() if f.id == self._frame_id), None)

    # -- presenting -------------------------------------------------------------------

    def is_presenting(self) -> bool:
        return self.audience is not None and self.audience.isVisible()

    def audience_screen(self) -> QScreen:
        """The chosen screen if it is there; else the first that is not the facilitator's; else theirs."""
        screens = QGuiApplication.screens()
        chosen = next((s for s in screens if s.name() == self._chosen_screen), None)
        if chosen is not None:
            return chosen
        own = self.window.screen()
        return next((s for s in screens if s is not own), own)

    def choose_screen(self, name: str | None) -> None:
        self._chosen_screen = name
        if self.is_presenting():
            self._place(self.audience_screen())

    def start(self) -> None:
        """Open the audience view full screen on the audience screen (over the laptop's, if it is the only one).

        Over the laptop's own screen the wall hides the status bar that warns of small text: a wall
        the back row could not read is announced first, in a question with the ways out.
        """
        if self.document is None or self._question is not None:
            return
        screen = self.audience_screen()
        if screen is self.window.screen() and not self.is_presenting():
            from widgets.projector.one_screen import ask_before_covering, rehearse

            scene = self.shown_scene()
            unreadable = rehearse(
                self.document, scene, self.shown_board_id(), self.frames(), self.target_rect(), screen
            )
            if unreadable is not None:
                self._question = ask_before_covering(
                    self.window,
                    text_px=unreadable[0],
                    needed_px=unreadable[1],
                    has_frames=bool(self.frames()),
                    answered=self._on_question_answered,
                )
                return
        self._open_audience()

    def _open_audience(self) -> None:
        assert self.document is not None
        if self.audience is None:
            self.audience = ProjectorWindow(document=self.document, clock=self.clock)
            self.audience.addActions([*self.actions(), *self._extra_actions])
            self.audience.escape_pressed.connect(self.stop)
            self.audience.closed.connect(self._on_audience_closed)
            self.audience.board.fitted.connect(self._on_wall_fitted)
            self.audience_opened.emit(self.audience)
        self.audience.board.set_board_scene(self.shown_scene())
        self.audience.set_shown_board(self.shown_board_id())
        self._place(self.audience_screen())
        self.refit()
        self._update_enabled()

    def _on_question_answered(self, answer) -> None:
        from widgets.projector.one_screen import Answer

        self._question = None
        if answer == Answer.CANCEL or self.document is None:
            return
        if answer == Answer.FRAMES:
            self.set_mode(FollowMode.FRAME)
        self._open_audience()

    def stop(self) -> None:
        if self._question is not None:
            self._question.done(0)  # the question before presenting goes too, answered "Cancel"
        audience, self.audience = self.audience, None
        if audience is not None:
            audience.closed.disconnect(self._on_audience_closed)
            audience.detach()
            audience.close()
            audience.deleteLater()
        for action in (self.freeze_action, self.blank_action):
            action.blockSignals(True)
            action.setChecked(False)
            action.blockSignals(False)
        self._show_warning("")
        self._update_enabled()

    def _place(self, screen: QScreen) -> None:
        audience = self.audience
        assert audience is not None
        audience.setScreen(screen)
        audience.setGeometry(screen.geometry())
        audience.showFullScreen()
        if screen is self.window.screen():
            # One screen: the wall covers the laptop, so it takes the keys (Esc leaves).
            audience.activateWindow()
        else:
            self.window.activateWindow()

    def set_mode(self, mode: FollowMode) -> None:
        self.mode = mode
        action = self._mode_actions[mode]
        if not action.isChecked():
            action.setChecked(True)
        if mode == FollowMode.FRAME and self.current_frame() is None:
            first = self.frames()[:1]
            self._frame_id = first[0].id if first else None
            if not first:
                message = self.tr("This board has no frames: the wall shows all of it.")
                self.window.statusBar().showMessage(message, 8000)
        self.refit()

    def step_frame(self, step: int) -> None:
        """Present the next (or previous) frame of the board, in reading order."""
        frames = self.frames()
        ids = [f.id for f in frames]
        current = ids.index(self._frame_id) if self.mode == FollowMode.FRAME and self._frame_id in ids else None
        index = step_index(current, len(frames), step)
        self._frame_id = ids[index] if index is not None else None
        self.set_mode(FollowMode.FRAME)

    def set_frozen(self, frozen: bool) -> None:
        if self.audience is not None:
            self.audience.set_frozen(frozen)
        if self.freeze_action.isChecked() != frozen:
            self.freeze_action.setChecked(frozen)

    def set_blank(self, blank: bool) -> None:
        if self.audience is not None:
            self.audience.set_blank(blank)
        if self.blank_action.isChecked() != blank:
            self.blank_action.setChecked(blank)

    def refit(self) -> None:
        """Point the wall at what the current mode asks for."""
        if self.audience is None:
            return
        self.audience.board.set_frame_titles(self.frames())
        self.audience.board.show_rect(self.target_rect())

    def target_rect(self) -> QRectF:
        """The part of the board (board units) the wall should show now."""
        scene = self.board_scene()
        if scene is None:
            other = self.other_scene()  # the stakeholder map's grid: shown whole
            return other.sceneRect() if other is not None else QRectF(_EMPTY_BOARD)
        if self.mode == FollowMode.VIEWPORT:
            view = self.board_view
            return view.mapToScene(view.viewport().rect()).boundingRect()
        frame = self.current_frame() if self.mode == FollowMode.FRAME else None
        if frame is not None:
            return QRectF(frame.x, frame.y - FRAME_TITLE_HEIGHT, frame.width, frame.height + FRAME_TITLE_HEIGHT)
        content = scene.content_rect()
        return content if not content.isNull() else QRectF(_EMPTY_BOARD)

    def legibility_warning(self) -> str:
        """What the laptop says when the wall's note text is too small for the back row, else ""."""
        return self._warning

    def audience_picture(self, size: QSize) -> QImage:
        """The audience view at `size`, for `samskap screenshot --audience`: opened, drawn, closed."""
        assert self.document is not None
        view = ProjectorWindow(document=self.document, clock=self.clock)
        view.board.set_board_scene(self.shown_scene())
        view.resize(size)
        view.show()
        view.board.set_frame_titles(self.frames())
        view.board.show_rect(self.target_rect())
        QGuiApplication.processEvents()
        picture = view.grab().toImage()
        view.detach()
        view.close()
        view.deleteLater()
        return picture

    # -- internals ---------------------------------------------------------------------

    def _show_warning(self, text: str, *, offer_frames: bool = False) -> None:
        # A board without frames has no frame-by-frame way out: the facilitator zooms and shows their view.
        self._warning = text
        self.banner_label.setText(text)
        self.banner_button.setVisible(offer_frames)
        self._place_banner()
        audience = self.audience
        if audience is not None:
            # Over the laptop's own screen the status bar is hidden: the wall says it, with the keys out.
            own_screen = audience.screen() is self.window.screen()
            if offer_frames:
                keys = self.tr("PgDown: one frame at a time. Esc: back to your window.")
            else:  # no frames to step through, or one frame is still too full: the way out is zooming
                keys = self.tr("Esc: back to your window, to zoom in and choose Present > Show what I see.")
            audience.set_hint(f"{text} {keys}" if text and own_screen else "")

    def _place_banner(self) -> None:
        # A temporary message hides the status bar's widgets, and shows them when it ends; but a widget
        # shown during the message is drawn over it (the two texts on top of each other), so it waits.
        self.banner.setVisible(bool(self._warning) and not self.window.statusBar().currentMessage())

    def _update_enabled(self) -> None:
        presenting = self.audience is not None
        self.start_action.setEnabled(self.document is not None)
        self.stop_action.setEnabled(presenting)
        for action in (self.next_frame_action, self.previous_frame_action, self.freeze_action, self.blank_action):
            action.setEnabled(presenting)

    def _fill_screen_menu(self) -> None:
        self.screen_menu.clear()
        group = QActionGroup(self.screen_menu)
        current = self.audience_screen()
        own = self.window.screen()
        for screen in QGuiApplication.screens():
            size = screen.geometry().size()
            text = (
                self.tr("%1 (%2 × %3)")
                .replace("%1", screen.name() or self.tr("Screen"))
                .replace("%2", str(size.width()))
                .replace("%3", str(size.height()))
            )
            if screen is own:
                text += self.tr(", this window's screen")
            action = self.screen_menu.addAction(text)
            action.setCheckable(True)
            action.setChecked(screen is current)
            action.triggered.connect(lambda _checked=False, name=screen.name(): self.choose_screen(name))  # noqa: B008 (binds this screen)
            group.addAction(action)

    def _on_audience_closed(self) -> None:
        # Closed from outside (the system, a screen gone): presenting ends cleanly.
        QTimer.singleShot(0, self.stop)

    def _on_wall_fitted(self, scale: float) -> None:
        """Tell the facilitator when the wall's text is too small for the back row: on the laptop, and on
        the wall itself when it covers the laptop."""
        audience = self.audience
        if audience is None or self.shown_scene() is None:
            self._show_warning("")
            return
        height = audience.height()
        text_px = audience.board.text_px()
        if legible(scale, text_px, height):
            self._show_warning("")
            return
        text = (
            self.tr("Note text on the wall is %1 px; the back row needs %2 px.")
            .replace("%1", str(round(scale * text_px)))
            .replace("%2", str(round(min_text_px(height))))
        )
        if self.mode == FollowMode.BOARD:
            text = self.tr("The whole board is too full to read from the back row.") + " " + text
        elif self.mode == FollowMode.FRAME:
            text = self.tr("This frame is too full to read from the back row.") + " " + text
        else:
            text = self.tr("Zoom in to make the wall readable.") + " " + text
        self._show_warning(text, offer_frames=self.mode == FollowMode.BOARD and bool(self.frames()))

    def _on_facilitator_view_moved(self, *_args) -> None:
        if self.mode == FollowMode.VIEWPORT:
            self._refit_timer.start()

    def _on_document_entities_changed(self, changes: Changes) -> None:
        if changes.touches(Frame) or self._shown_notes_changed(changes):
            self._refit_timer.start()

    def _shown_notes_changed(self, changes: Changes) -> bool:
        scene = self.board_scene()
        if scene is None or self.mode != FollowMode.BOARD:
            return False
        return any(n.board_id == scene.board_id for n in (*changes.upserted_of(Note), *changes.deleted_of(Note)))

    def _on_app_screen_added(self, screen: QScreen) -> None:
        if self.audience is not None and self.audience.screen() is self.window.screen():
            # Presenting over the laptop's own screen, and a projector arrives: the wall goes there.
            self._place(screen)
            self.window.statusBar().showMessage(self.tr("A screen was connected: the audience view moved to it."), 8000)
        elif self.document is not None and self.audience is None:
            self.window.statusBar().showMessage(
                self.tr("A screen was connected: Present > Start presenting (F5) shows the room's view on it."), 8000
            )

    def _on_app_screen_removed(self, screen: QScreen) -> None:
        audience = self.audience
        if audience is None or audience.screen() is not screen:
            return
        own = self.window.screen()
        others = [s for s in QGuiApplication.screens() if s is not screen and s is not own]
        if others:
            self._place(others[0])
            self.window.statusBar().showMessage(
                self.tr("The audience screen was disconnected: the audience view moved to %1.").replace(
                    "%1", others[0].name()
                ),
                8000,
            )
        else:
            # Only the laptop's screen is left: covering it would take the facilitator's console away.
            self.stop()
            self.window.statusBar().showMessage(
                self.tr("The audience screen was disconnected: presenting stopped. F5 presents again."), 8000
            )

    # -- Qt overrides --------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.board_view.viewport():
            self._on_facilitator_view_moved()
        return False
