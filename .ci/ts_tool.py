"""Read and fill Qt .ts translation files without a GUI (used with .ci/update-translations).

    python .ci/ts_tool.py todo assets/i18n/samskap_nb.ts > todo.json
        every unfinished message as {"context": ..., "source": ..., "translation": ""}
    python .ci/ts_tool.py fill assets/i18n/samskap_nb.ts done.json
        sets each listed translation (matched on context and source) and marks it finished

Writing a translation is a person's work (or a careful translator's); this only
moves text in and out of the XML safely.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def _messages(root: ET.Element):
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def todo(ts: Path) -> list[dict[str, str]]:
    root = ET.parse(ts).getroot()
    out = []
    for name, message in _messages(root):
        translation = message.find("translation")
        if translation is not None and translation.get("type") == "unfinished":
            out.append({"context": name, "source": message.findtext("source") or "", "translation": ""})
    return out


def fill(ts: Path, entries: list[dict[str, str]]) -> int:
    tree = ET.parse(ts)
    wanted = {(e["context"], e["source"]): e["translation"] for e in entries if e.get("translation")}
    count = 0
    for name, message in _messages(tree.getroot()):
        key = (name, message.findtext("source") or "")
        if key in wanted:
            translation = message.find("translation")
            assert translation is not None
            forms = translation.findall("numerusform")
            if forms:
                # A %n string (numerus="yes"): one text serves every plural form of the language.
                translation.text = None
                for form in forms:
                    form.text = wanted[key]
            else:
                translation.text = wanted[key]
            translation.attrib.pop("type", None)
            count += 1
    text = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + "\n", encoding="utf-8")
    return count


if __name__ == "__main__":
    command, path = sys.argv[1], Path(sys.argv[2])
    if command == "todo":
        json.dump(todo(path), sys.stdout, ensure_ascii=False, indent=1)
        print()
    elif command == "fill":
        entries = json.loads(Path(sys.argv[3]).read_text(encoding="utf-8"))
        print(f"{fill(path, entries)} translations set in {path}", file=sys.stderr)
    else:
        raise SystemExit(__doc__)
