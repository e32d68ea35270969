"""The samskap/2 JSON interchange format: a whole workshop (a process of meetings) in one JSON object.

Its layout is documented in README.md. Lists mirror the tables of the
workshop file, one object per row, so export followed by import gives back
the same workshop, identifiers included. samskap/1, written before meetings,
is still read: it is one meeting, as the file migration "meetings" makes of an
older file.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app import __version__
from app.domain import validation
from app.domain.meetings import as_process
from app.domain.model import Workshop, WorkshopInfo
from app.storage.atomic import write_atomic
from app.storage.errors import BadInterchange, CannotWrite, FileMissing, describe_os_error
from app.storage.rows import TABLE_OF, from_row, to_row

FORMAT = "samskap/2"
FORMAT_ONE_MEETING = "samskap/1"
# A workshop of 5,000 notes is about 3 MB of JSON; anything near this is not a workshop,
# and reading it whole would take the laptop's memory with it.
MAX_IMPORT_BYTES = 200 * 1024 * 1024
_ROWS_PER_REPORT = 500

Progress = Callable[[int, int], None]


def to_json_object(workshop: Workshop) -> dict[str, Any]:
    document: dict[str, Any] = {
        "format": FORMAT,
        "generator": f"Samskap {__version__}",
        "workshop": to_row(workshop.info, for_json=True),
    }
    for table in TABLE_OF.values():
        document[table] = [to_row(e, for_json=True) for e in getattr(workshop, table)]
    return document


def from_json_object(document: Any, *, source: Path, progress: Progress | None = None) -> Workshop:
    """Build a workshop from a parsed samskap/2 or samskap/1 object; BadInterchange names the bad field.

    `progress(done, total)` follows the rows read and may raise to stop (a cancelled import).
    """
    if not isinstance(document, dict):
        raise BadInterchange(source, "the top level is not a JSON object")
    version = document.get("format")
    if version not in (FORMAT, FORMAT_ONE_MEETING):
        raise BadInterchange(source, f'\'format\' must be "{FORMAT}" or "{FORMAT_ONE_MEETING}"')
    try:
        info = _entity(WorkshopInfo, document.get("workshop"), "workshop")
        tables = [(cls, table, document.get(table, [])) for cls, table in TABLE_OF.items()]
        total = sum(len(rows) for _cls, _table, rows in tables if isinstance(rows, list))
        done = 0
        lists: dict[str, list[Any]] = {}
        for cls, table, rows in tables:
            if not isinstance(rows, list):
                raise ValueError(f"'{table}' is not a list")
            built = lists[table] = []
            for i, row in enumerate(rows):
                built.append(_entity(cls, row, f"{table}[{i}]"))
                done += 1
                if progress is not None and (done % _ROWS_PER_REPORT == 0 or done == total):
                    progress(done, total)
    except ValueError as error:
        raise BadInterchange(source, str(error)) from None
    workshop = Workshop(info=info, **lists)
    for problem in validation.problems(workshop):
        raise BadInterchange(source, problem)
    if version == FORMAT_ONE_MEETING:
        # Lists a samskap/1 file could not have had are ignored above it (they are empty).
        return as_process(dataclasses.replace(workshop, meetings=[], action_updates=[]))
    meetings = {m.id for m in workshop.meetings}
    if workshop.meetings and info.current_meeting_id not in meetings:
        raise BadInterchange(source, "workshop: 'current_meeting_id' points to a missing entry")
    return workshop


def _entity(cls: type[Any], row: Any, where: str) -> Any:
    if not isinstance(row, dict):
        raise ValueError(f"{where} is not a JSON object")
    try:
        return from_row(cls, row)
    except (ValueError, TypeError) as error:
        raise ValueError(f"{where}: {error}") from None


def export_json(workshop: Workshop, target: Path) -> None:
    """Write the workshop as samskap/2 JSON; the target is replaced only when complete."""
    text = json.dumps(to_json_object(workshop), ensure_ascii=False, indent=1, allow_nan=False)
    try:
        write_atomic(target, (text + "\n").encode("utf-8"))
    except OSError as error:
        raise CannotWrite(target, describe_os_error(error)) from None


def import_json(source: Path, *, max_bytes: int = MAX_IMPORT_BYTES, progress: Progress | None = None) -> Workshop:
    """Read a samskap/2 or samskap/1 file; BadInterchange for anything that is not one, before anything is built.

    `progress(done, total)` follows the rows read and may raise to stop (see `from_json_object`).
    """
    try:
        size = source.stat().st_size
    except FileNotFoundError:
        raise FileMissing(source) from None
    except OSError as error:
        raise BadInterchange(source, describe_os_error(error)) from None
    if size > max_bytes:
        raise BadInterchange(source, f"the file is larger than {max_bytes // (1024 * 1024)} MB")
    try:
        text = source.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise FileMissing(source) from None
    except IsADirectoryError:
        raise BadInterchange(source, "it is a folder, not a file") from None
    except UnicodeDecodeError:
        raise BadInterchange(source, "the file is not UTF-8 text") from None
    except OSError as error:
        raise BadInterchange(source, describe_os_error(error)) from None
    try:
        document = json.loads(text, parse_constant=_refuse_constant)
    except (json.JSONDecodeError, ValueError) as error:
        raise BadInterchange(source, f"not valid JSON ({error})") from None
    except RecursionError:
        raise BadInterchange(source, "the JSON is nested too deeply") from None
    return from_json_object(document, source=source, progress=progress)


def _refuse_constant(name: str) -> None:
    raise ValueError(f"{name} is not allowed")
