"""The command line: the headless commands, and the arguments of the window.

Every failure is one line on stderr and a non-zero exit: 2 for a command
line that cannot be understood, 1 for a file that cannot be used. The
messages speak the user's language, as the window does (app.i18n.user_language:
LANG=nb_NO.UTF-8 gives Bokmål); argparse's own words (usage, "argument
--size:") stay English.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from PySide6.QtCore import QCoreApplication, QTranslator

from app import __version__
from app.domain.model import Phase
from app.storage.errors import WorkshopFileError
from app.storage.workshop_file import WorkshopFile, check_file

if TYPE_CHECKING:
    from app.domain.model import Workshop
    from app.summary.record import MeetingRecord


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(
            QCoreApplication.translate("CommandLine", "'{text}' is not a size like 1280x800").format(text=text)
        ) from None
    if not (200 <= width <= 8000 and 200 <= height <= 8000):
        raise argparse.ArgumentTypeError(
            QCoreApplication.translate("CommandLine", "'{text}' is outside 200x200 to 8000x8000").format(text=text)
        )
    return width, height


def window_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="samskap", description="Co-creation workshops for municipalities.")
    parser.add_argument("file", nargs="?", type=Path, help="a workshop file (.samskap) to open")
    parser.add_argument("--demo", action="store_true", help="open the built-in demo workshop")
    parser.add_argument("--read-only", action="store_true", help="open the file for viewing only")
    parser.add_argument("--version", action="version", version=f"samskap {__version__}")
    return parser


def command_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="samskap")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    demo = sub.add_parser("demo", help="write the demo workshop to a file")
    demo.add_argument("-o", "--output", type=Path, required=True)
    demo.add_argument("--force", action="store_true", help="replace the file if it exists")
    export = sub.add_parser("export", help="write a workshop as samskap/2 JSON")
    export.add_argument("file", type=Path)
    export.add_argument("-o", "--output", type=Path, required=True)
    imp = sub.add_parser("import", help="make a workshop file from samskap/2 (or samskap/1) JSON")
    imp.add_argument("file", type=Path)
    imp.add_argument("-o", "--output", type=Path, required=True)
    imp.add_argument("--force", action="store_true", help="replace the file if it exists")
    check = sub.add_parser("check", help="check a workshop file's integrity and format")
    check.add_argument("file", type=Path)
    shot = sub.add_parser("screenshot", help="render the window with a board to a PNG")
    shot.add_argument("file", type=Path)
    shot.add_argument("-o", "--output", type=Path, required=True)
    shot.add_argument("--size", type=_size, default=(1280, 800), help="WIDTHxHEIGHT, default 1280x800")
    shot.add_argument("--phase", choices=[p.value for p in Phase])
    shot.add_argument("--board", help="the name of the board to show")
    pdf = sub.add_parser("pdf", help="write the workshop's summary as a PDF")
    pdf.add_argument("file", type=Path)
    pdf.add_argument("-o", "--output", type=Path, required=True)
    pdf.add_argument("--public", action="store_true", help="the public version: people named by role or organisation")
    pdf.add_argument(
        "--meeting", metavar="N|DATE", help="the meeting to summarise: its number (1 for the first) or its date"
    )
    shot.add_argument("--audience", action="store_true", help="render the projector's audience view instead")
    templates = sub.add_parser("templates", help="list the workshop templates, or check a template file")
    templates.add_argument("--json", action="store_true", help="print the list as JSON")
    templates.add_argument("--validate", type=Path, metavar="FILE", help="check a template file; exit 1 with reasons")
    templates.add_argument(
        "--folder", type=Path, help="your own templates (default: SAMSKAP_TEMPLATE_DIR, else Samskap/templates)"
    )
    _add_serve(sub)
    return parser


def _port(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            QCoreApplication.translate("CommandLine", "'{text}' is not a port number").format(text=text)
        ) from None
    if not 1 <= port <= 65535:
        raise argparse.ArgumentTypeError(
            QCoreApplication.translate("CommandLine", "'{text}' is outside 1 to 65535").format(text=text)
        )
    return port


def _add_serve(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    serve = sub.add_parser("serve", help="let participants' phones join a workshop, without the window")
    serve.add_argument("file", type=Path)
    serve.add_argument("--host", default="0.0.0.0", help="the address to listen on (default: all)")
    serve.add_argument("--port", type=_port, help="the TCP port (default 8765, or a free one when taken)")
    serve.add_argument("--anonymous", action="store_true", help="notes from phones carry no name")
    serve.add_argument("--release", choices=["auto"], help="'auto': notes go on the board at once")


def run_file_command(args: argparse.Namespace) -> int:
    """The commands that need no window. Raises WorkshopFileError for a file's problem."""
    if args.command == "demo":
        from app.demo import build_demo_workshop

        WorkshopFile.create(args.output, build_demo_workshop(), overwrite=args.force).close()
        print(QCoreApplication.translate("CommandLine", "Wrote the demo workshop to {path}").format(path=args.output))
    elif args.command == "export":
        # The JSON interchange only for its two commands: the window starts without it.
        from app.storage.interchange import export_json

        file = WorkshopFile.open(args.file, read_only=True)
        try:
            export_json(file.load(), args.output)
        finally:
            file.close()
    elif args.command == "import":
        from app.storage.interchange import import_json

        workshop = import_json(args.file)
        WorkshopFile.create(args.output, workshop, overwrite=args.force).close()
    elif args.command == "check":
        check_file(args.file, full=True)
        print(QCoreApplication.translate("CommandLine", "{file}: ok").format(file=args.file))
    elif args.command == "templates":
        from app.settings import default_template_folder
        from app.templates.listing import run

        folder = args.folder if args.folder is not None else default_template_folder()
        return run(as_json=args.json, validate=args.validate, folder=folder)
    elif args.command == "pdf":
        from app.summary import export_summary  # reportlab only when a PDF is wanted

        file = WorkshopFile.open(args.file, read_only=True)
        try:
            workshop = file.load()
        finally:
            file.close()
        record = _meeting_record(workshop, args.meeting)
        if record is None:
            message = QCoreApplication.translate("CommandLine", "{file} has no meeting {meeting}")
            return fail(message.format(file=args.file, meeting=args.meeting), 2)
        export_summary(workshop, args.output, language=workshop.info.language, public=args.public, meeting=record)
        print(wrote(args.output))
    elif args.command == "serve":
        from app.participants.serve import run as serve  # aiohttp only when serving

        return serve(args)
    return 0


def _meeting_record(workshop: Workshop, which: str | None) -> MeetingRecord | None:
    """The record of the meeting `--meeting` names (its number, 1 for the first, or its date),
    the current meeting without it; None when no meeting is so named."""
    from app.domain.meetings import as_process, find_meeting
    from app.summary import record_of

    if which is None:
        return record_of(workshop)
    process = as_process(workshop)
    meeting = find_meeting(process, which)
    return record_of(process, meeting.id) if meeting is not None else None


def wrote(path: Path) -> str:
    """What a command says when it has written a file."""
    return QCoreApplication.translate("CommandLine", "Wrote {path}").format(path=path)


def speak_user_language(app: QCoreApplication) -> list[QTranslator]:
    """Install the translations of the user's language (see app.i18n.user_language) into `app`.

    Reads the facilitator's saved choice without writing anything: a command that fails to
    parse leaves no settings file behind.
    """
    from app.i18n import install_language, user_language
    from app.settings import Settings, default_settings_file

    return install_language(app, user_language(Settings(default_settings_file()).language()))


def command_application() -> QCoreApplication:
    """The Qt application of a headless command: translators need one, and the settings file's
    place depends on its names (the same as the window's)."""
    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    app.setApplicationName("Samskap")
    app.setOrganizationName("Samskap")
    return app


def fail(message: str, code: int) -> int:
    print(f"samskap: {message}", file=sys.stderr)
    return code


def report(error: BaseException) -> int:
    """Turn a known error into its one line and exit code."""
    if isinstance(error, UsageError):
        return fail(str(error), 2)
    if isinstance(error, WorkshopFileError):
        return fail(error.message, 1)
    raise error
