"""`samskap serve`: the participant server without the window, on a plain asyncio loop.

For tests and kiosk set-ups. The first line on stdout is the join address;
SIGINT or SIGTERM stop it cleanly (the room closes, the file and its lock are
given back). It takes the workshop's lock like the window does, so the window
and a server never edit one file at the same time.
"""

from __future__ import annotations

import argparse
import asyncio
import signal
import sys

from app.document import WorkshopDocument
from app.participants.service import SharingSettings
from app.participants.sharing import Sharing
from app.storage import lock
from app.storage.workshop_file import WorkshopFile


async def serve(args: argparse.Namespace, document: WorkshopDocument) -> None:
    """Share the open workshop until a stop signal arrives."""
    settings = SharingSettings(anonymous=args.anonymous, auto_release=args.release == "auto")
    sharing = Sharing(document=document, settings=settings)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for number in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(number, stop.set)
        except NotImplementedError:  # Windows' loops have no signal handlers
            signal.signal(number, lambda *_: loop.call_soon_threadsafe(stop.set))
    try:
        url = await sharing.start(host=args.host, port=args.port)
        print(f"join: {url}", flush=True)
        await stop.wait()
    finally:
        await sharing.stop()


def run(args: argparse.Namespace) -> int:
    """The command: 0 when stopped by a signal, 1 (one line on stderr) when it cannot start."""
    held, holder = lock.acquire(args.file)
    if held is None and holder is not None:
        print(f"samskap: {args.file} is open for writing by {holder.user} on {holder.host}", file=sys.stderr)
        return 1
    try:
        document = WorkshopDocument.open(WorkshopFile.open(args.file))
        try:
            asyncio.run(serve(args, document))
        except OSError as error:  # the address or port cannot be used
            print(f"samskap: cannot listen on {args.host}:{args.port}: {error.strerror or error}", file=sys.stderr)
            return 1
        finally:
            document.close()
    finally:
        if held is not None:
            held.release()
    return 0
