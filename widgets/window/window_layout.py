"""The main window's size, position and dock layout, remembered between sessions.

Restored while the window is made, before its first frame, so nothing moves after it. The
docks the parts make later (dot voting, participants: widgets/window/window_parts.py) take
their place from the same saved state when they are made (QMainWindow.restoreDockWidget).
Which docks and toolbars show stays the window's own choice (a workshop open or not, the
toolbar setting); only where they are and how big comes back.

Qt's restoreGeometry keeps the window on a screen that is there: a geometry saved on a
projector that is unplugged since comes back on the screens of today.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDockWidget, QMainWindow, QToolBar

from app.settings import Settings

# What a window manager adds around the window (title bar, borders), which the screen must hold too.
_FRAME = QSize(16, 40)


def fit_to_screen(window: QMainWindow) -> None:
    """A first start: the window's default size, made lower where the screen is lower.

    The default 1280x800 is taller than a 1366x768 laptop, the commonest in municipal offices;
    a window taller than the screen hides its status bar and the bottom of its panels.
    """
    # The height only: 1280 is narrower than any laptop screen in use, and narrower than that the
    # docks would be squeezed below their widths.
    available = window.screen().availableGeometry().height() - _FRAME.height()
    if window.height() > available:
        window.resize(window.width(), available)


class WindowLayout:
    """Restores `window`'s saved layout now, and saves it when told (on closing)."""

    def __init__(self, window: QMainWindow, settings: Settings) -> None:
        self._window = window
        self._settings = settings
        self._remember = True
        self._default_state = window.saveState()
        saved = settings.window_layout()
        self._state = saved[1] if saved is not None else None  # the docks as last seen with a workshop open
        if saved is not None:
            geometry, state = saved
            window.restoreGeometry(geometry)
            self._keeping_visibility(lambda: window.restoreState(state))
        else:
            fit_to_screen(window)

    def restore_dock(self, dock: QDockWidget) -> None:
        """Put a dock made after the window (by the parts) where the saved layout had it."""
        hidden = dock.isHidden()
        if self._remember and self._window.restoreDockWidget(dock):
            dock.setHidden(hidden)

    def note_docks(self) -> None:
        """The docks as they are now, with a workshop open: what the next window gets."""
        self._state = bytes(self._window.saveState().data())

    def save(self) -> None:
        """Write the window's geometry and last docks to the settings (on closing the window)."""
        if self._remember:
            state = self._state if self._state is not None else bytes(self._window.saveState().data())
            self._settings.set_window_layout(bytes(self._window.saveGeometry().data()), state)

    def use_default(self) -> None:
        """The layout a new installation has, not saved on closing (pictures of the window)."""
        self._remember = False
        self._keeping_visibility(lambda: self._window.restoreState(self._default_state))

    def _keeping_visibility(self, restore) -> None:
        bars = [*self._window.findChildren(QDockWidget), *self._window.findChildren(QToolBar)]
        hidden = {bar: bar.isHidden() for bar in bars if bar.parent() is self._window}
        restore()
        for bar, was_hidden in hidden.items():
            bar.setHidden(was_hidden)
