"""A small JSON Schema checker: the subset of draft 2020-12 our template schema uses.

jsonschema is not a dependency of Samskap, and its messages name JSON pointers
and schema keywords that a facilitator cannot act on. This checker reads the
very schema file we publish (workshop_templates/schema/template.schema.json),
so the published schema and the checks cannot drift apart, and says in plain
words which field is wrong and why. A keyword it does not know is a bug in the
schema, not in the file being checked, so it raises instead of passing silently.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

Issue = tuple[str, str]  # (field path like "board.frames[0].title", reason)
Schema = dict[str, Any]

# Keywords that describe rather than constrain; the "x-" keys are hints for our messages.
_ANNOTATIONS = frozenset({"$schema", "$id", "$comment", "$defs", "title", "description", "default", "examples"})
_KNOWN = frozenset(
    {
        "$ref", "type", "properties", "required", "additionalProperties", "propertyNames",
        "minProperties", "maxProperties", "items", "minItems", "maxItems", "uniqueItems",
        "enum", "const", "pattern", "minLength", "maxLength", "minimum", "maximum",
        "anyOf", "if", "then", "else",
    }
)  # fmt: skip
_TYPE_NAMES = {
    "object": "an object",
    "array": "a list",
    "string": "a string",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "null": "null",
}


def json_type(value: Any) -> str:
    """The JSON type of a value parsed by the json module."""
    if value is None:
        return "null"
    if isinstance(value, bool):  # before int: True is an int in Python, not in JSON
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def shown(value: Any, limit: int = 40) -> str:
    """A value quoted for a message: short, with control characters visible."""
    text = value if isinstance(value, str) else str(value)
    if len(text) > limit:
        text = text[:limit] + "…"
    return repr(text) if isinstance(value, str) else text


def join(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


def check(value: Any, schema: Schema, root: Schema, path: str = "") -> Iterator[Issue]:
    """Every way `value` breaks `schema`; `root` resolves "#/$defs/..." references."""
    unknown = set(schema) - _KNOWN - _ANNOTATIONS - {k for k in schema if k.startswith("x-")}
    if unknown:
        raise ValueError(f"schema keyword(s) this checker does not know: {sorted(unknown)}")
    if "$ref" in schema:
        yield from check(value, resolve(schema["$ref"], root), root, path)
    if "anyOf" in schema:
        yield from _any_of(value, schema["anyOf"], root, path)
    if "if" in schema:
        branch = "then" if not any(True for _ in check(value, schema["if"], root, path)) else "else"
        if branch in schema:
            yield from check(value, schema[branch], root, path)
    if "type" in schema and not _has_type(value, schema["type"]):
        yield path, f"must be {_TYPE_NAMES[schema['type']]}, not {_TYPE_NAMES[json_type(value)]}"
        return  # the other keywords would only repeat the same complaint
    if "const" in schema and value != schema["const"]:
        yield path, f"must be {shown(schema['const'])}, not {shown(value)}"
    if "enum" in schema and not any(_same(value, option) for option in schema["enum"]):
        yield path, f"{shown(value)} is not one of: {', '.join(map(str, schema['enum']))}"
    kind = json_type(value)
    if kind == "string":
        yield from _string(value, schema, path)
    elif kind in ("integer", "number"):
        yield from _number(value, schema, path)
    elif kind == "array":
        yield from _array(value, schema, root, path)
    elif kind == "object":
        yield from _object(value, schema, root, path)


def resolve(reference: str, root: Schema) -> Schema:
    if not reference.startswith("#/"):
        raise ValueError(f"only local references are supported, not {reference!r}")
    node: Any = root
    for part in reference[2:].split("/"):
        node = node[part]
    return node  # type: ignore[no-any-return]


def _has_type(value: Any, wanted: str) -> bool:
    actual = json_type(value)
    return actual == wanted or (wanted == "number" and actual == "integer")


def _same(value: Any, option: Any) -> bool:
    return json_type(value) == json_type(option) and value == option


def _any_of(value: Any, options: list[Schema], root: Schema, path: str) -> Iterator[Issue]:
    results = [list(check(value, option, root, path)) for option in options]
    if any(not issues for issues in results):
        return
    # Report the option the value was meant for: the first whose complaint is not about the type itself.
    for issues in results:
        if not any(where == path and reason.startswith("must be ") for where, reason in issues):
            yield from issues
            return
    wanted = " or ".join(_TYPE_NAMES[o["type"]] if "type" in o else "an object" for o in options)
    yield path, f"must be {wanted}, not {_TYPE_NAMES[json_type(value)]}"


def _string(value: str, schema: Schema, path: str) -> Iterator[Issue]:
    if schema.get("minLength", 0) >= 1 and not value:
        yield path, "is empty"
    if "maxLength" in schema and len(value) > schema["maxLength"]:
        yield path, f"is {len(value):,} characters long, at most {schema['maxLength']:,}"
    if "pattern" in schema and not re.search(schema["pattern"], value):
        hint = schema.get("x-hint", f"text matching {schema['pattern']}")
        yield path, f"must be {hint}, not {shown(value)}"


def _number(value: float, schema: Schema, path: str) -> Iterator[Issue]:
    if "minimum" in schema and value < schema["minimum"]:
        yield path, f"is {value:g}, at least {schema['minimum']:g}"
    if "maximum" in schema and value > schema["maximum"]:
        yield path, f"is {value:g}, at most {schema['maximum']:g}"


def _array(value: list[Any], schema: Schema, root: Schema, path: str) -> Iterator[Issue]:
    if "minItems" in schema and len(value) < schema["minItems"]:
        yield path, f"has {len(value)} entries, at least {schema['minItems']}"
    if "maxItems" in schema and len(value) > schema["maxItems"]:
        yield path, f"has {len(value):,} entries, at most {schema['maxItems']}"
        return  # do not check a hundred thousand entries one by one
    if schema.get("uniqueItems"):
        seen: list[Any] = []
        for item in value:
            if any(_same(item, other) for other in seen):
                yield path, f"has {shown(item)} more than once"
            seen.append(item)
    if "items" in schema:
        for index, item in enumerate(value):
            yield from check(item, schema["items"], root, join(path, index))


def _object(value: dict[str, Any], schema: Schema, root: Schema, path: str) -> Iterator[Issue]:
    properties: Schema = schema.get("properties", {})
    for name in schema.get("required", []):
        if name not in value:
            yield join(path, name), "is missing"
    if "minProperties" in schema and len(value) < schema["minProperties"]:
        yield path, "is empty" if not value else f"has {len(value)} entries, at least {schema['minProperties']}"
    if "maxProperties" in schema and len(value) > schema["maxProperties"]:
        yield path, f"has {len(value)} entries, at most {schema['maxProperties']}"
    extra = schema.get("additionalProperties", True)
    for name, item in value.items():
        where = join(path, name)
        if "propertyNames" in schema:
            issues = list(check(name, schema["propertyNames"], root, where))
            if issues:
                yield where, issues[0][1].replace("must be", "is not named as", 1)
                continue
        if name in properties:
            yield from check(item, properties[name], root, where)
        elif extra is False:
            allowed = ", ".join(properties)
            yield where, f"is not a field of this format (known fields: {allowed})"
        elif isinstance(extra, dict):
            yield from check(item, extra, root, where)
