"""`samskap serve`: the participant server without the window, on a plain asyncio loop.

For tests and kiosk set-ups. The first line on stdout is the join address;
SIGINT or SIGTERM stop it cleanly (the room closes, the file is closed).
"""

from __future__ import annotations

import argparse
import asyncio
import signal
import sys

from app.document import WorkshopDocument
from app.participants.service import SharingSettings
from app.participants.sharing import Sharing
from app.storage.workshop_file import WorkshopFile


async def serve(args: argparse.Namespace) -> None:
    """Run until a stop signal arrives."""
    document = WorkshopDocument.open(WorkshopFile.open(args.file))
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
        document.close()


def run(args: argparse.Namespace) -> int:
    asyncio.run(serve(args))
    print("stopped", file=sys.stderr)
    return 0
