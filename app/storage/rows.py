"""Conversion between domain dataclasses and plain rows.

One mapping serves both the SQLite tables and the samskap/2 JSON format: a
row is a dict of str, int, float and None. Enums travel as their values,
booleans as 0/1 in SQLite (JSON keeps them as booleans), lists as JSON text in
SQLite.
"""

from __future__ import annotations

import dataclasses
import enum
import json
import typing
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from app.domain.model import (
    Action,
    ActionUpdate,
    AgendaStep,
    Board,
    Connector,
    Decision,
    Device,
    Frame,
    Meeting,
    Note,
    NoteStakeholder,
    Participant,
    Stakeholder,
    Submission,
    Vote,
    VoteDot,
    WorkshopInfo,
)

Entity = (
    Participant
    | Board
    | Frame
    | Note
    | Connector
    | Vote
    | VoteDot
    | Stakeholder
    | NoteStakeholder
    | Action
    | AgendaStep
    | Decision
    | Device
    | Submission
    | Meeting
    | ActionUpdate
)
E = TypeVar("E", bound=Entity | WorkshopInfo)

# In the order a parent comes before its children: inserting in this order and
# deleting in its reverse keeps every foreign key satisfied.
TABLE_OF: dict[type[Any], str] = {
    Participant: "participants",
    Board: "boards",
    Frame: "frames",
    Note: "notes",
    Connector: "connectors",
    Vote: "votes",
    Device: "devices",
    VoteDot: "vote_dots",
    Stakeholder: "stakeholders",
    NoteStakeholder: "note_stakeholders",
    Action: "actions",
    Meeting: "meetings",
    AgendaStep: "agenda",
    Decision: "decisions",
    Submission: "submissions",
    ActionUpdate: "action_updates",
}
ENTITY_TYPES: tuple[type[Any], ...] = tuple(TABLE_OF)


@dataclasses.dataclass(frozen=True)
class _FieldSpec:
    """A field's name, the type its value must have (None allowed when `optional`), and the
    function that checks and converts a stored value to it."""

    name: str
    base: Any
    optional: bool
    convert: Callable[[str, Any], Any]


_FIELD_SPECS: dict[type[Any], tuple[_FieldSpec, ...]] = {}


def _field_specs(cls: type[Any]) -> tuple[_FieldSpec, ...]:
    """Each field's resolved type and converter, worked out once per class: get_type_hints is
    slow, and opening a workshop converts every value of every row."""
    specs = _FIELD_SPECS.get(cls)
    if specs is None:
        hints = typing.get_type_hints(cls)
        built = []
        for f in dataclasses.fields(cls):
            hint, args = hints[f.name], typing.get_args(hints[f.name])
            optional = type(None) in args
            base = next(a for a in args if a is not type(None)) if optional else hint
            built.append(_FieldSpec(f.name, base, optional, _converter(base)))
        specs = _FIELD_SPECS[cls] = tuple(built)
    return specs


# Fields added after samskap/1 and schema version 2 first shipped. A row written before
# them lacks them and takes the dataclass default; every other field must be present.
LATER_FIELDS: dict[type[Any], frozenset[str]] = {
    Note: frozenset({"sectors"}),
    Vote: frozenset({"revealed", "voter_ids"}),
    VoteDot: frozenset({"device_id"}),  # schema version 4: phones vote
    # A process of meetings (samskap/2): a samskap/1 workshop is one meeting.
    WorkshopInfo: frozenset({"start_time", "current_step_id", "current_meeting_id"}),
    AgendaStep: frozenset({"meeting_id"}),
    Decision: frozenset({"meeting_id"}),
}


def to_row(entity: Any, *, for_json: bool = False) -> dict[str, Any]:
    """The entity as a dict of plain values, ready for a table or for JSON."""
    row: dict[str, Any] = {}
    for spec in _field_specs(type(entity)):
        name = spec.name
        value = getattr(entity, name)
        if isinstance(value, enum.Enum):
            value = value.value
        elif isinstance(value, bool) and not for_json:
            value = int(value)
        elif isinstance(value, list) and not for_json:
            value = json.dumps(value, ensure_ascii=False)
        row[name] = value
    return row


def from_row(cls: type[E], row: dict[str, Any]) -> E:
    """Build an entity from a row; raises ValueError or TypeError naming the bad field."""
    values: dict[str, Any] = {}
    for spec in _field_specs(cls):
        name = spec.name
        if name not in row:
            if name in LATER_FIELDS.get(cls, ()):
                continue  # the dataclass default, as for a file written before the field existed
            raise ValueError(f"missing field '{name}'")
        value = row[name]
        values[name] = None if value is None and spec.optional else spec.convert(name, value)
    return cls(**values)


def from_rows(cls: type[E], columns: list[str], rows: list[tuple[Any, ...]]) -> list[E]:
    """Build one entity per row (values in the order of `columns`), converting column by column.

    The same checks as from_row, but a column whose values all have the field's type already
    (text that is ASCII, REAL numbers, known enum values) passes whole, by C-speed checks: opening
    a board of 20,000 notes converted over a hundred thousand values one Python call at a time.
    """
    if not rows:
        return []
    index = {name: i for i, name in enumerate(columns)}
    by_column = list(zip(*rows, strict=True))  # the rows turned into columns, at C speed
    names, values = [], []
    for spec in _field_specs(cls):
        i = index.get(spec.name)
        if i is None:
            if spec.name in LATER_FIELDS.get(cls, ()):
                continue  # the dataclass default, as for a file written before the field existed
            raise ValueError(f"missing field '{spec.name}'")
        names.append(spec.name)
        values.append(_convert_column(spec, by_column[i]))
    if len(names) == len(_field_specs(cls)):
        return [cls(*entity) for entity in zip(*values, strict=True)]
    return [cls(**dict(zip(names, entity, strict=True))) for entity in zip(*values, strict=True)]


def _convert_column(spec: _FieldSpec, column: Sequence[Any]) -> Sequence[Any]:
    """`column` converted to the field's type, whole when it already has it, else value by value."""
    base, optional = spec.base, spec.optional
    present = [v for v in column if v is not None] if optional else column
    types = set(map(type, present))  # one C-speed pass, where all(...) was a Python call per value
    if base is str and types <= {str}:
        try:
            "".join(present).encode("utf-8")  # what _valid_text checks, for the whole column at once
        except UnicodeEncodeError:
            pass  # the value-by-value path names the field
        else:
            return column
    if base is float and types <= {float}:
        return column
    listed = typing.get_origin(base) is list
    if listed or (isinstance(base, type) and issubclass(base, enum.Enum)):
        # Few distinct values (enum values, sector lists as JSON text): each is converted once.
        try:
            known = {v: spec.convert(spec.name, v) for v in set(present)}
        except TypeError:  # an unhashable value: the value-by-value path names it
            known = None
        if known is not None and listed:  # a list of its own for each entity
            return [None if v is None and optional else list(known[v]) for v in column]
        if known is not None:
            return [None if v is None and optional else known[v] for v in column]
    convert, name = spec.convert, spec.name
    return [None if v is None and optional else convert(name, v) for v in column]


def _converter(hint: Any) -> Callable[[str, Any], Any]:
    """The function that checks a stored value against `hint` and converts it, chosen once."""
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return lambda name, value: _to_enum(name, hint, value)
    if hint is bool:
        return _to_bool
    if hint is float:
        return _to_float
    if hint is int:
        return _to_int
    if hint is str:
        return _to_str
    if typing.get_origin(hint) is list:
        return _to_text_list
    raise TypeError(f"no conversion for fields of type {hint!r}")


def _wrong_type(name: str, value: Any) -> ValueError:
    return ValueError(f"field '{name}' has a value of the wrong type: {value!r:.60}")


def _to_enum(name: str, hint: type[enum.Enum], value: Any) -> Any:
    try:
        return hint(value)
    except ValueError:
        raise ValueError(f"field '{name}' has the unknown value {value!r}") from None


def _to_bool(name: str, value: Any) -> bool:
    if value in (0, 1, True, False):
        return bool(value)
    raise _wrong_type(name, value)


def _to_float(name: str, value: Any) -> float:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        try:
            return float(value)
        except OverflowError:
            raise ValueError(f"field '{name}' is too large a number") from None
    raise _wrong_type(name, value)


def _to_int(name: str, value: Any) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        if not -(2**63) <= value < 2**63:  # what an SQLite INTEGER holds
            raise ValueError(f"field '{name}' is too large a number")
        return value
    raise _wrong_type(name, value)


def _to_str(name: str, value: Any) -> str:
    if isinstance(value, str):
        return _valid_text(name, value)
    raise _wrong_type(name, value)


def _to_text_list(name: str, value: Any) -> list[str]:
    if isinstance(value, str):
        value = json.loads(value)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return [_valid_text(name, v) for v in value]
    raise _wrong_type(name, value)


def _valid_text(name: str, value: str) -> str:
    # JSON can carry a lone surrogate ("\\ud800") that no file can store as UTF-8. Most text is
    # ASCII, which needs no check (and no encoded copy).
    if value.isascii():
        return value
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError(f"field '{name}' is not valid Unicode text") from None
    return value
