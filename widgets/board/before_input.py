"""Work put off until just after a frame, done at the latest before the next input is handled.

A board of thousands of notes is shown before its arrows' items are made (BoardScene): far out,
the overview draws the arrows from the model, and the items, which only clicks, drags and
keys need, are made right after the first frame. Should a click, a key or a wheel come first,
the work is done before the event reaches any widget, so what the person does always meets a
whole board.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject

_INPUT = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.KeyPress,
        QEvent.Type.ShortcutOverride,
        QEvent.Type.Shortcut,
        QEvent.Type.Wheel,
        QEvent.Type.ContextMenu,
        QEvent.Type.ToolTip,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
        QEvent.Type.DragEnter,
    }
)


class _Gate(QObject):
    """Watches the application's events while work waits; the first input event does it all."""

    def __init__(self) -> None:
        super().__init__()
        self.waiting: list[Callable[[], None]] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        if self.waiting and event.type() in _INPUT:
            finish_all()
        return False


_gate: _Gate | None = None


def wait(work: Callable[[], None]) -> None:
    """Do `work` before the next input event at the latest (its owner may do it earlier, then
    `forget` it)."""
    global _gate
    app = QCoreApplication.instance()
    if app is None:
        work()
        return
    if _gate is None:
        _gate = _Gate()
    if not _gate.waiting:
        app.installEventFilter(_gate)  # watched only while something waits: no cost otherwise
    _gate.waiting.append(work)


def forget(work: Callable[[], None]) -> None:
    """`work` was done (or is no longer wanted): no input needs to wait for it."""
    if _gate is None or work not in _gate.waiting:
        return
    _gate.waiting.remove(work)
    if not _gate.waiting:
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(_gate)


def finish_all() -> None:
    """Do all the work waiting now."""
    while _gate is not None and _gate.waiting:
        work = _gate.waiting[0]
        forget(work)
        work()
