"""Participants' phones: the room, the server, the page and the release of notes.

No QtWidgets here: the window (and `samskap serve`) build a `Sharing` over an
open WorkshopDocument. aiohttp is imported only when sharing starts.
"""
