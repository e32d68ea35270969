"""The main toolbar: the few commands a facilitator reaches for with the mouse while running a room.

Every button does an action the menus already hold (with its shortcut), never a copy, so its
enabled state and text are the menu's. The bar is put up empty with the window's first frame
(`add_toolbar`), already as tall as its buttons will make it, and filled when the window's
parts are built (`fill_toolbar`, from widgets/window/main_menus.fill_menus): the board below
never moves. Whether it shows is remembered in the settings (View > Toolbar).

The app has no icon theme of its own: each button asks the platform's theme first (Windows 11
and macOS draw these from their own icon sets, Linux desktops from theirs) and falls back to
Qt's built-in pixmaps; the text beside the icon says what it does in any case. The icons stay
on the bar's buttons, not on the actions: the panels make icon-only tool buttons of some of the
same actions (sharing, voting), which must go on showing their text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QToolBar, QToolButton, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QStyle

    Theme = QIcon.ThemeIcon

    from app.agenda.step_timer import StepTimer
    from app.settings import Settings
    from widgets.window.window_parts import WindowParts

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls as they are

ICON_SIZE = QSize(20, 20)


def add_toolbar(window: QMainWindow, *, settings: Settings) -> QToolBar:
    """The toolbar, empty, at the top of `window`; hidden if the facilitator hid it last time."""
    bar = QToolBar(translate("Toolbar", "Toolbar"), window)
    bar.setObjectName("main_toolbar")
    # Fixed in its place: a bar dragged to the side would move the board the first frame placed.
    bar.setMovable(False)
    bar.setFloatable(False)
    bar.setIconSize(ICON_SIZE)
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    # Reserve the height of the buttons to come: one made and taken away, measured in between.
    # With neither text nor icon a button is as tall as the bar's icon size, which is what the
    # icons beside their text will make it. No icon is made for it: QIcon's and QStyle's enums
    # alone cost the first frame more than the rest of the bar.
    probe = bar.addAction("")
    bar.setMinimumHeight(bar.sizeHint().height())
    bar.removeAction(probe)
    probe.deleteLater()
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    bar.setVisible(settings.toolbar_visible())
    return bar


def fill_toolbar(
    bar: QToolBar, *, parts: WindowParts, add_note: QAction, undo: QAction, redo: QAction, settings: Settings
) -> QAction:
    """Put the buttons on `bar`; returns the View menu's action that shows or hides it."""
    from PySide6.QtGui import QIcon  # after the first frame: see add_toolbar
    from PySide6.QtWidgets import QStyle

    Pixmap, Theme = QStyle.StandardPixmap, QIcon.ThemeIcon
    # The menus' undo and redo name the change ("Undo Move note"): on the bar that would push
    # every button after them about as the history changes.
    undo.setIconText(translate("Toolbar", "Undo"))
    redo.setIconText(translate("Toolbar", "Redo"))
    _add(bar, (add_note, Theme.DocumentNew, Pixmap.SP_FileIcon))
    _add(bar, (undo, Theme.EditUndo, Pixmap.SP_ArrowBack))
    _add(bar, (redo, Theme.EditRedo, Pixmap.SP_ArrowForward))
    bar.addSeparator()
    timer = _add(bar, (parts.facilitation.timer_widget.start_action, Theme.MediaPlaybackStart, Pixmap.SP_MediaPlay))
    _follow_timer(bar, timer, parts.facilitation.timer)
    _add(bar, (parts.vote_panel.vote_actions.start, Theme.MediaRecord, Pixmap.SP_DialogApplyButton))
    bar.addSeparator()
    projector, sharing = parts.projector, parts.sharing
    _add(
        bar,
        (projector.start_action, Theme.VideoDisplay, Pixmap.SP_ComputerIcon),
        (projector.stop_action, Theme.MediaPlaybackStop, Pixmap.SP_MediaStop),
    )
    bar.addSeparator()
    _add(
        bar,
        (sharing.share_action, Theme.Phone, Pixmap.SP_DriveNetIcon),
        (sharing.stop_action, Theme.CallStop, Pixmap.SP_BrowserStop),
    )

    toggle = bar.toggleViewAction()
    toggle.setText(translate("Toolbar", "&Toolbar"))
    # Triggered, not toggled: only the facilitator's choice is kept, not the window hiding as it closes.
    toggle.triggered.connect(settings.set_toolbar_visible)
    return toggle


def _icon(bar: QToolBar, theme: Theme, fallback: QStyle.StandardPixmap) -> QIcon:
    from PySide6.QtGui import QIcon

    return QIcon.fromTheme(theme, bar.style().standardIcon(fallback))


def _add(bar: QToolBar, *commands: tuple[QAction, Theme, QStyle.StandardPixmap]) -> ActionButton:
    button = ActionButton({action: _icon(bar, theme, fallback) for action, theme, fallback in commands}, parent=bar)
    button.setIconSize(bar.iconSize())
    button.setToolButtonStyle(bar.toolButtonStyle())
    bar.iconSizeChanged.connect(button.setIconSize)
    bar.toolButtonStyleChanged.connect(button.setToolButtonStyle)
    button.keep_width()
    bar.addWidget(button)
    return button


def _follow_timer(bar: QToolBar, button: ActionButton, timer: StepTimer) -> None:
    """The timer's button shows play or pause, as its text says Start or Pause."""
    (action,) = button.commands
    play = button.icon_of(action)
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QStyle

    pause = _icon(bar, QIcon.ThemeIcon.MediaPlaybackPause, QStyle.StandardPixmap.SP_MediaPause)

    def update() -> None:
        button.set_icon(action, pause if timer.running() else play)

    timer.state_changed.connect(update)
    update()
    # As wide as its wider text, so the buttons after it stay put as it says Start or Pause.
    metrics = button.fontMetrics()
    texts = (translate("TimerWidget", "Start timer"), translate("TimerWidget", "Pause timer"))
    widest = max(metrics.horizontalAdvance(text) for text in texts)
    button.setMinimumWidth(button.sizeHint().width() - metrics.horizontalAdvance(action.iconText()) + widest)


class _Relay(QObject):
    fired = Signal()


class ActionButton(QToolButton):
    """A toolbar button for one of the menus' actions with an icon of its own, or for a start and
    its stop (presenting, sharing): it then does whichever can be done now, so the bar shows what
    is going on and keeps half the room two buttons would take."""

    def __init__(self, icons: dict[QAction, QIcon], *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._icons = icons  # the start first, then its stop
        self.setAutoRaise(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # as the bar's own buttons: the keys stay with the board
        # Heard through a child, not by the button itself: a QToolButton cuts every connection from an
        # action taken off it (see _show), and would stop hearing of the one it does not show.
        relay = _Relay(self)
        for action in icons:
            action.changed.connect(relay.fired)
        relay.fired.connect(self._follow)
        self._follow()

    @property
    def commands(self) -> list[QAction]:
        """The actions this button does: one, or a start and its stop."""
        return list(self._icons)

    def icon_of(self, action: QAction) -> QIcon:
        return self._icons[action]

    def set_icon(self, action: QAction, icon: QIcon) -> None:
        self._icons[action] = icon
        self._follow()

    def keep_width(self) -> None:
        """As wide as its widest action, so the buttons after it stay put as it changes."""
        widths = []
        for action in reversed(self.commands):
            self._show(action)
            widths.append(self.sizeHint().width())
        self.setMinimumWidth(max(widths))
        self._follow()

    def _follow(self) -> None:
        start, stop = self.commands[0], self.commands[-1]
        self._show(stop if stop.isEnabled() else start)

    def _show(self, action: QAction) -> None:
        self.setDefaultAction(action)  # its text, tooltip and enabled state; the icon is ours
        self.setIcon(self._icons[action])
        # Only the one shown: a button holding two actions would offer them as a drop-down menu.
        for other in self.actions():
            if other is not action:
                self.removeAction(other)
