"""The app's asyncio loop, which is Qt's own event loop (qasync): no thread of its own.

asyncio and qasync cost tens of milliseconds to import, so nothing here is imported
before the window's first frame: the composition root asks for the loop just after the
window first paints (`make_loop_after_first_frame`), and anything that needs it sooner
makes it on the spot.
qasync takes over the loop that is already running (`already_running=True`); from then
on `asyncio.get_running_loop()` is that loop wherever Qt calls back on the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    import asyncio


def qt_event_loop() -> asyncio.AbstractEventLoop:
    """The asyncio loop running on Qt's on this thread, made now if there is none yet."""
    import asyncio

    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        pass
    import qasync

    app = QCoreApplication.instance()
    assert app is not None, "the loop runs on the application's event loop"
    loop = qasync.QEventLoop(app, already_running=True)
    asyncio.set_event_loop(loop)
    return loop


def close_event_loop() -> None:
    """After `app.exec()` has returned: end the tasks still pending and close the loop.

    The jobs were cancelled before (app.jobs.Jobs.shutdown); a cancelled task ends at its
    next step, so running the loop until they have is short even when a worker thread is
    stuck in a network call (the thread is a daemon and is not waited for).
    """
    import sys

    if "asyncio" not in sys.modules:
        return  # the loop was never made: nothing to close
    import asyncio

    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        return
    loop.stop()  # qasync's already-running loop: now it may be run (and closed) like any other
    asyncio.events._set_running_loop(None)
    pending = [task for task in asyncio.all_tasks(loop) if not task.done()]
    for task in pending:
        task.cancel()
    if pending:
        loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
    loop.close()
    asyncio.set_event_loop(None)


# The event that carries work for after the first frame, posted at low priority (see below).
_AFTER_FIRST_FRAME = QEvent.Type(QEvent.registerEventType())


class _AfterFirstFrame(QObject):
    def __init__(self, widget: QWidget, then: Callable[[], object]) -> None:
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # The window paints before its children: the work waits until the whole frame is
            # painted and anything else queued meanwhile has run. Low priority puts it behind every
            # event posted in the meantime, where a zero-timer would run before the children's.
            QCoreApplication.postEvent(self, QEvent(_AFTER_FIRST_FRAME), Qt.EventPriority.LowEventPriority.value)
        return False

    def event(self, event: QEvent) -> bool:
        if event.type() == _AFTER_FIRST_FRAME:
            self.deleteLater()
            self._then()
            return True
        return super().event(event)


def after_first_frame(widget: QWidget, then: Callable[[], object]) -> None:
    """Call `then` once `widget`'s first frame is painted and what was queued meanwhile has run:
    for work that must not delay the first frame (a zero-timer set before `app.exec()` fires
    before it)."""
    _AfterFirstFrame(widget, then)


def make_loop_after_first_frame(window: QWidget) -> None:
    """Make the asyncio loop just after `window` first paints, so importing asyncio and qasync
    never delays the first frame."""
    after_first_frame(window, qt_event_loop)
