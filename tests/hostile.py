"""A corpus of hostile text for every place a user can type or import text.

Import it from any test: `from tests.hostile import HOSTILE, hostile_workshop`.
Each entry is something a real facilitator might paste (a web page, an
e-mail, a spreadsheet cell, a name in Northern Sámi) or something that has
broken text handling elsewhere (markup parsed by reportlab, NUL in C
strings, bidi overrides that reverse what follows, SQL typed by a joker).
"""

from __future__ import annotations

import dataclasses
import typing
from typing import Any

from app.domain.model import Workshop, WorkshopInfo
from app.domain.text_limits import LIMITED_FIELDS, MAXIMUM, TITLE_MAX
from app.storage.rows import TABLE_OF

LONG = ("Eldre skal kunne bo hjemme lengst mulig. " * 2500)[:100_000]

HOSTILE: dict[str, str] = {
    "markup": "<b>fet</b> & <i>kursiv</i> &amp; &lt;tag&gt; <br/> a<b c>d",
    "reportlab": (
        '<para><img src="/etc/hostname"/><font name="Nope" size="99">x</font><a href="file:///etc">y</a></para>'
    ),
    "html": "<script>alert('x')</script><img src=x onerror=alert(1)><!-- comment --> <![CDATA[ ]]>",
    "control": "tab\there\nline\r\ncr\rnul\x00bell\x07esc\x1b[31mred\x7f\x85\u2028ls\u2029ps",
    "nul": "\x00",
    "long": LONG,
    "rtl": "\u202eevil.exe\u202c \u2067isolert\u2069 \u200fעברית العربية\u200e",
    "combining": "Z̴̡̛͈͎̯a̷̧l̵g̶o " + "e\u0301" * 40 + " \u0338\u20dd",
    "emoji": "👩🏽‍🚀🇳🇴🏳️‍🌈 ❤️ 🦄 \U0001f9d1\u200d\U0001f91d\u200d\U0001f9d1",
    "sami": "Áile Sárá Ŋuolla: á č đ ŋ š ŧ ž Á Č Đ Ŋ Š Ŧ Ž",
    "sql": "'); DROP TABLE notes; -- \" OR 1=1; /* */ ?1 :name",
    "format": "%s %d %1 %n {0} {name} {{}} $HOME ${x} \\n \\u0000",
    "whitespace": " \t \u00a0\u2003\u200b\ufeff ",
    "empty": "",
    "json": '{"format": "samskap/1", "notes": [1, 2]}',
    "path": "../../../etc/passwd C:\\Windows\\system32 \\\\server\\share",
}

# Text no file can hold: a lone surrogate (JSON can spell it, UTF-8 cannot). Refused on import.
UNSTORABLE = {"lone surrogate": "before\ud800after"}

# Fields holding references, dates, codes or colours: they have rules of their own, so hostile
# text goes only into the free-text fields.
_NOT_FREE_TEXT = frozenset(
    {"id", "colour", "created", "modified", "date", "due", "made_on", "language", "start_time", "timer_started_at"}
)


def free_text_fields(cls: type[Any]) -> list[str]:
    """The names of the fields of `cls` a user types into."""
    hints = typing.get_type_hints(cls)
    return [
        f.name
        for f in dataclasses.fields(cls)
        if hints[f.name] is str
        and f.name not in _NOT_FREE_TEXT
        and not f.name.endswith("_id")
        and f.name not in ("from_note", "to_note")
    ]


def length_limit(cls: type[Any], name: str) -> int | None:
    """How many characters the field may hold (app.domain.text_limits), or None for no limit."""
    if cls is WorkshopInfo:
        return TITLE_MAX if name == "title" else None
    table = TABLE_OF.get(cls)
    return next((MAXIMUM[kind] for t, field, kind in LIMITED_FIELDS if (t, field) == (table, name)), None)


def with_text(entity: Any, text: str) -> Any:
    """A copy of `entity` with `text` in every free-text field.

    A field with a length limit gets as much of it as it holds: longer text is refused at
    every entry (tests/storage/test_model_rules.py and the editors' tests say so).
    """
    cls = type(entity)
    return dataclasses.replace(
        entity, **{name: text[: length_limit(cls, name) or len(text)] for name in free_text_fields(cls)}
    )


def hostile_workshop(base: Workshop, text: str) -> Workshop:
    """A copy of `base` with `text` in every free-text field of every entity and of the workshop."""
    lists = {
        f.name: [with_text(e, text) for e in getattr(base, f.name)]
        for f in dataclasses.fields(base)
        if f.name != "info"
    }
    return Workshop(info=with_text(base.info, text), **lists)
