"""The phone page's files, read from the package with importlib.resources.

Only the files named here are ever served: a request names one of them, not a
path, so nothing outside the folder (and never the workshop file) can be asked for.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files

from app.participants.phone_state import LANGUAGES

# name in the URL -> content type; the name is also the file's name in page/.
STATIC_FILES: dict[str, str] = {
    "phone.css": "text/css; charset=utf-8",
    "phone.js": "text/javascript; charset=utf-8",
    "strings.json": "application/json; charset=utf-8",
}


@cache
def read(name: str) -> bytes:
    """A file of the page folder (only the page and STATIC_FILES are ever asked for)."""
    return (files("app.participants") / "page" / name).read_bytes()


def index_html(language: str) -> bytes:
    """The page, in the workshop's language (a known code only: it is written into the markup)."""
    code = language if language in LANGUAGES else "en"
    return read("index.html").replace(b"__LANG__", code.encode("ascii"))
