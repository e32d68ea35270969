"""widgets/common/jobs.py on the app's qasync loop: the progress bar, Cancel, one way to fail, and quitting."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMainWindow, QMessageBox, QProgressBar, QPushButton

from app.jobs import Cancelled, Jobs
from app.mail.errors import MailError
from widgets.common.event_loop import qt_event_loop
from widgets.common.jobs import UiJob

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def host(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def jobs():
    jobs = Jobs(loop=qt_event_loop)
    yield jobs
    jobs.shutdown(wait_seconds=30)


def test_progress_reaches_the_bar_and_the_result_comes_back(qtbot, host, jobs):
    job = UiJob(jobs=jobs, parent=host, problem_title="Cannot", label="Working…")
    go = threading.Event()

    def work(progress, cancelled) -> str:
        go.wait(30)
        for done in range(1, 5):
            progress(done, 4)
        return "made"

    job.start_thread(work, name="progress")
    bar = job.dialog.findChild(QProgressBar)
    shown: list[tuple[int, int]] = []
    bar.valueChanged.connect(lambda value: shown.append((value, bar.maximum())))
    assert job.dialog.isVisible()
    with qtbot.waitSignal(job.succeeded) as succeeded:
        go.set()
    assert succeeded.args == ["made"]
    assert shown[-1] == (4, 4)
    assert job.dialog is None


def test_cancel_stops_the_work_and_nothing_is_written(qtbot, host, jobs, tmp_path):
    job = UiJob(jobs=jobs, parent=host, problem_title="Cannot", label="Working…")
    target = tmp_path / "out.txt"
    started = threading.Event()

    def work(progress, cancelled) -> None:
        started.set()
        while not cancelled():
            sum(range(1000))
        if cancelled():
            raise Cancelled
        target.write_text("done")

    job.start_thread(work, name="cancel")
    assert started.wait(30)
    with qtbot.waitSignal(job.cancelled), qtbot.assertNotEmitted(job.succeeded):
        job.dialog.findChild(QPushButton).click()
    assert not target.exists() and not job.is_running()


def test_a_known_problem_is_one_message_box(qtbot, host, jobs):
    job = UiJob(jobs=jobs, parent=host, problem_title="Cannot send", label=None)

    def work(progress, cancelled) -> None:
        raise MailError("Disken er full")

    with qtbot.waitSignal(job.failed) as failed:
        job.start_thread(work, name="known")
    assert failed.args == ["Disken er full"]
    boxes = [b for b in host.findChildren(QMessageBox, "problem_dialog") if b.isVisible()]
    assert len(boxes) == 1 and boxes[0].text() == "Disken er full" and boxes[0].windowTitle() == "Cannot send"
    boxes[0].close()


def test_an_unknown_error_goes_to_the_crash_handler(qtbot, host, jobs, monkeypatch):
    crashes: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, value, tb: crashes.append(value))
    job = UiJob(jobs=jobs, parent=host, problem_title="Cannot", label=None)

    async def work(progress, cancelled) -> None:
        await asyncio.sleep(0)
        raise KeyError("a bug")

    with qtbot.waitSignal(job.finished), qtbot.assertNotEmitted(job.failed):
        job.start_coroutine(work, name="bug")
    assert [type(e) for e in crashes] == [KeyError]
    assert not [b for b in host.findChildren(QMessageBox) if b.isVisible()]


def test_a_coroutine_job_runs_on_the_ui_thread_between_events(qtbot, host, jobs):
    job = UiJob(jobs=jobs, parent=host, problem_title=None, label=None)
    ui_thread = threading.current_thread()

    async def work(progress, cancelled) -> bool:
        await asyncio.sleep(0)
        return threading.current_thread() is ui_thread and asyncio.get_running_loop() is qt_event_loop()

    with qtbot.waitSignal(job.succeeded) as succeeded:
        job.start_coroutine(work, name="coroutine")
    assert succeeded.args == [True]


QUIT_WITH_JOBS_RUNNING = textwrap.dedent(
    """
    import asyncio, threading
    from PySide6.QtCore import QTimer
    from app.__main__ import run_event_loop, start_window

    app, window = start_window([])
    stuck = threading.Event()  # never set: like SMTP on a dead network, it ignores cancel

    async def forever(progress, cancelled):
        await asyncio.Future()

    def start_jobs_then_quit():
        window.jobs.run_in_thread(lambda progress, cancelled: stuck.wait(), name="stuck")
        window.jobs.run_coroutine(forever, name="forever")
        QTimer.singleShot(0, window.close)

    QTimer.singleShot(0, start_jobs_then_quit)
    code = run_event_loop(app, window)
    print("closed", code)
    """
)


def test_quitting_with_jobs_running_does_not_hang(tmp_path):
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "SAMSKAP_SETTINGS": str(tmp_path / "settings.ini"),
    }
    # A hang would stop at the guard's timeout, not pass.
    done = subprocess.run(
        [sys.executable, "-c", QUIT_WITH_JOBS_RUNNING],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "closed 0" in done.stdout
    assert "Task was destroyed but it is pending" not in done.stderr
