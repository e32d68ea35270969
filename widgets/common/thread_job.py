"""One piece of slow work on a worker thread, its outcome delivered back on the UI thread."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot


class ThreadJob(QObject):
    """Runs `work()` on a new thread; emits `succeeded(result)` or `failed(exception)` in the UI thread.

    The job keeps itself alive while it runs (the thread holds it), so the widget that started
    it may close meanwhile: Qt drops the connections to a deleted receiver.
    """

    succeeded = Signal(object)
    failed = Signal(object)
    _finished_in_thread = Signal(bool, object)

    def __init__(self, work: Callable[[], object], *, name: str = "samskap-job") -> None:
        super().__init__()
        self._work = work
        self._name = name
        self._thread: threading.Thread | None = None
        # A slot of this object, which lives in the UI thread: Qt queues the call there.
        self._finished_in_thread.connect(self._on_finished)

    @property
    def running(self) -> bool:
        return self._thread is not None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name=self._name, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            result = self._work()
        except Exception as error:
            self._finished_in_thread.emit(False, error)
        else:
            self._finished_in_thread.emit(True, result)

    @Slot(bool, object)
    def _on_finished(self, ok: bool, value: object) -> None:
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join()
        (self.succeeded if ok else self.failed).emit(value)
