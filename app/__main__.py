"""The composition root: reads the command line, then builds what that command needs.

The only module of `app` that may import widgets: it puts settings, storage
and the main window together and hands each its dependencies. Headless
commands pick the offscreen platform themselves, so they run with no display.
"""

from __future__ import annotations

import gc
import os
import sys
import traceback
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse

# The headless commands (app.cli.command_parser reads their arguments); any other first
# argument is the window's. Known here, so a start of the window never imports app.cli.
COMMANDS = ("demo", "export", "import", "check", "screenshot", "templates", "pdf", "serve")


def main(argv: list[str] | None = None) -> int:
    _streams_even_without_a_console()
    _utf8_in_the_c_locale()
    skip_pyside_source_scan()
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] in COMMANDS:
            from app import cli

            # A picture needs a QApplication, the rest no more than Qt's core: made before the
            # arguments are read, so that even their errors speak the user's language.
            app = _application(headless=True) if argv[0] == "screenshot" else cli.command_application()
            cli.speak_user_language(app)  # the translators are the app's children: they live as long
            args = cli.command_parser().parse_args(argv)
            if args.command != "serve":  # serve stops itself cleanly on SIGTERM (it closes the room)
                _stop_on_sigterm()
            if args.command == "screenshot":
                return _screenshot(app, args)
            return cli.run_file_command(args)
        app, window = start_window(argv)
        return run_event_loop(app, window)
    except KeyboardInterrupt as stop:
        from app import cli

        # Ctrl+C, or SIGTERM (see _stop_on_sigterm). The exception has already passed through the
        # writers on its way here, so a half-written file (a summary's .partial) is removed.
        return cli.fail("stopped before the command finished", 143 if isinstance(stop, Terminated) else 130)
    except Exception as error:  # report() turns known errors into one line and re-raises bugs
        from app import cli

        return cli.report(error)


def skip_pyside_source_scan() -> None:
    """Spare every later import PySide6's scan of its source file.

    Once QtCore is loaded, PySide6 looks at each newly imported module to learn whether it
    may opt in to `from __feature__ import snake_case` (PYSIDE-2029): it reads the module's
    whole source with inspect.getsource and searches it for "PySide6". Samskap uses no
    __feature__, so the answer changes nothing, yet the reading costs about 2 % of the
    first frame (about 90 modules; measured with callgrind). The answer is given from the
    module's names instead. Done before the app's own modules are imported; a PySide6
    without this hook is left alone, and a bundle (no sources) never paid for it.
    """
    import PySide6.QtCore  # noqa: F401  (loads PySide6.support.feature)

    feature = sys.modules.get("PySide6.support.feature")
    if feature is not None and hasattr(feature, "_mod_uses_pyside"):
        feature._mod_uses_pyside = _uses_pyside  # type: ignore[attr-defined]


def _uses_pyside(module) -> bool:
    # What upstream's scan answers for the modules that matter: a name bound from PySide6. The
    # standard library binds none, and its modules are the largest to look through (os, typing).
    if module.__name__.partition(".")[0] in sys.stdlib_module_names:
        return False
    for value in vars(module).values():
        owner = value.__name__ if isinstance(value, type(sys)) else getattr(value, "__module__", None)
        if isinstance(owner, str) and owner.startswith("PySide6"):
            return True
    return False


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised where the command is, so it unwinds like Ctrl+C does."""


def _stop_on_sigterm() -> None:
    """By default SIGTERM ends Python on the spot: no `finally` runs, and a file being written
    (`samskap pdf`'s .partial) stays behind. Raised as an exception instead, every writer cleans up."""
    import signal

    def stop(_number, _frame) -> None:
        raise Terminated()

    signal.signal(signal.SIGTERM, stop)


def _streams_even_without_a_console() -> None:
    """samskap.exe on Windows is built windowed (no console window beside the app), and Python
    gives such a program None for sys.stdout and sys.stderr: a print (a command's message,
    --version, the crash handler's details) would raise. They write into nothing instead; the
    command line has its own executable, samskap-cli.exe (build.spec)."""
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115  (open as long as the app)


def _utf8_in_the_c_locale() -> None:
    """In the C locale (LANG unset, as in many containers and cron jobs) Qt prints four lines of
    warning before switching to C.UTF-8 itself. `python` coerces the C locale to C.UTF-8 before
    Qt looks (PEP 538), the bundle's bootloader does not: do the same here, so a command's
    one line of output stays one line in both."""
    if not sys.platform.startswith("linux") or os.environ.get("LC_ALL"):
        return  # LC_ALL overrides LC_CTYPE, and PEP 538 leaves it alone too
    if (os.environ.get("LC_CTYPE") or os.environ.get("LANG") or "C") in ("C", "POSIX"):
        os.environ["LC_CTYPE"] = "C.UTF-8"


def run_event_loop(app, window) -> int:
    """Qt's event loop, with asyncio's on it (qasync) from just after the first frame; on quit,
    the jobs still running are cancelled and the loop closed without waiting for a stuck one."""
    from widgets.common.event_loop import close_event_loop, make_loop_after_first_frame

    make_loop_after_first_frame(window)
    code = app.exec()
    window.jobs.shutdown()
    close_event_loop()
    return code


def _application(headless: bool):
    if headless and "QT_QPA_PLATFORM" not in os.environ:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    # Qt fills large areas on a pool of threads of its own. On the two cores of a facilitator's
    # laptop, starting those threads and waiting for them costs more than they give: measured on a
    # 2-core machine, the first frame took 4.6 ms longer with them and a repaint of the whole
    # window 7 to 9.5 ms against 3.4 ms without. Set before the application is made, which reads it.
    os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")
    from PySide6.QtWidgets import QApplication

    from widgets.common.fonts import install_fonts

    _quiet_known_platform_notices()
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName("Samskap")
    app.setOrganizationName("Samskap")
    install_fonts()
    return app


def _quiet_known_platform_notices() -> None:
    """Drop the offscreen platform's notice that it cannot resize windows to hints: not a problem."""
    from PySide6.QtCore import qInstallMessageHandler

    previous = None

    def handler(mode, context, message: str) -> None:
        if "propagateSizeHints" in message:
            return
        if previous is not None:
            previous(mode, context, message)
        else:
            sys.stderr.write(message + "\n")

    previous = qInstallMessageHandler(handler)


def _main_window(app):
    from app.i18n import install_language, user_language
    from app.jobs import Jobs
    from app.settings import Settings, default_backups_folder, default_settings_file, default_workshop_folder
    from app.storage.backups import BackupStore
    from widgets.common.event_loop import qt_event_loop
    from widgets.window.main_window import MainWindow

    settings_file = default_settings_file()
    settings_file.parent.mkdir(parents=True, exist_ok=True)
    settings = Settings(settings_file)
    # The system's language at first start; the facilitator's choice after that.
    language = user_language(settings.language())
    app.samskap_translators = install_language(app, language)  # kept alive with the app
    folder = default_workshop_folder()
    from PySide6.QtCore import QStandardPaths

    # The email outbox (issue 6) is app data, not configuration: it may hold messages for days.
    data = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    # With SAMSKAP_SETTINGS (tests, a portable install) it stays beside the settings file.
    beside_settings = bool(os.environ.get("SAMSKAP_SETTINGS")) or not data
    outbox = settings_file.parent / "outbox.sqlite" if beside_settings else Path(data) / "outbox.sqlite"
    return MainWindow(
        settings=settings,
        workshop_folder=folder,
        demo_path=lambda: demo_path(folder),
        language=language,
        backups=BackupStore(default_backups_folder()),
        outbox_path=outbox,
        jobs=Jobs(loop=qt_event_loop),  # slow work, on the loop made after the first frame
    )


def demo_path(folder: Path) -> Path:
    """The demo workshop in the workshops folder, made again only if missing or broken."""
    from app.demo import build_demo_workshop
    from app.storage.errors import WorkshopFileError
    from app.storage.workshop_file import WorkshopFile, check_file

    path = folder / "Samskap demo.samskap"
    try:
        check_file(path)
    except WorkshopFileError:
        folder.mkdir(parents=True, exist_ok=True)
        WorkshopFile.create(path, build_demo_workshop(), overwrite=True).close()
    return path


def start_window(argv: list[str]):
    """What `samskap [FILE] [--demo] [--read-only]` does before the event loop runs: the
    application, the window, and the workshop in it. The start-up benchmark runs this too."""
    # Python's collector finds nothing to free among the objects a start-up makes (modules, Qt
    # types and their enums, the window) yet walks them again and again: about 10 ms of the
    # first frame. It rests until that frame is on the screen (see _resume_collector).
    gc.disable()
    skip_pyside_source_scan()
    try:
        app, window = _build_window(argv)
    except BaseException:
        gc.enable()
        raise
    from widgets.common.event_loop import after_first_frame

    after_first_frame(window, _resume_collector)
    after_first_frame(window, _set_app_icon)
    window.destroyed.connect(_resume_collector)  # a window gone before it ever painted
    return app, window


def window_arguments(argv: list[str]) -> argparse.Namespace:
    """The window's arguments (file, demo, read_only), as app.cli.window_parser reads them.

    `samskap FILE` (how a double-click starts it) and a bare `samskap` are read without
    the parser or app.cli: argparse looks for its own translations when it builds one
    (~5 ms of every start). Anything else goes through the parser.
    """
    import argparse  # loaded already by PySide6's signature support: only its parser costs

    if len(argv) <= 1 and not any(arg.startswith("-") for arg in argv):
        return argparse.Namespace(file=Path(argv[0]) if argv else None, demo=False, read_only=False)
    from app import cli

    return cli.window_parser().parse_args(argv)


def _build_window(argv: list[str]):
    args = window_arguments(argv)
    app = _application(headless=False)
    _install_crash_handler()
    window = _main_window(app)
    # The workshop opens before the window shows, so the first frame is its board.
    if args.demo:
        window.open_path(demo_path(window._workshop_folder))
    elif args.file is not None:
        window.open_path(args.file, read_only=args.read_only)
    window.show()
    return app, window


def _set_app_icon() -> None:
    """The windows' icon, just after the first frame: its module and Qt's SVG library are no part of it."""
    from widgets.common.app_icon import set_app_icon

    set_app_icon()


def _resume_collector() -> None:
    """Collect again, with what the start-up made frozen out: those objects live as long as the
    app, and leaving them out keeps each later collection short while the room works."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def _screenshot(app, args) -> int:
    from app import cli
    from app.storage.workshop_file import check_file

    check_file(args.file)  # a bad file is one line on stderr, before any window exists
    from widgets.window.screenshot import render_window

    window = _main_window(app)
    render_window(
        window, args.file, args.output, size=args.size, phase=args.phase, board=args.board, audience=args.audience
    )
    window.close()
    print(cli.wrote(args.output))
    return 0


def _install_crash_handler() -> None:
    """A bug shows a calm message and writes its details to a log file, not to the facilitator."""
    from PySide6.QtCore import QStandardPaths

    log_folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation) or Path.home())

    def handle(kind, value, tb) -> None:
        # Imported when a bug happens, not on every start: the window's first frame needs no message box.
        from PySide6.QtWidgets import QApplication, QMessageBox

        details = "".join(traceback.format_exception(kind, value, tb))
        log_folder.mkdir(parents=True, exist_ok=True)
        log = log_folder / "crash.log"
        with open(log, "a", encoding="utf-8") as f:
            f.write(details + "\n")
        sys.stderr.write(details)
        QMessageBox.critical(
            QApplication.activeWindow(),
            QApplication.translate("CrashHandler", "Something went wrong"),
            QApplication.translate(
                "CrashHandler",
                "Samskap met an unexpected problem. Every change up to the last one is saved in the workshop file.\n\n"
                "Details for the developers are in %s",
            )
            % log,
        )

    sys.excepthook = handle


if __name__ == "__main__":
    sys.exit(main())
