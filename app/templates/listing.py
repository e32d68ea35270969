"""`samskap templates`: the library as a table or as JSON, and the check of one file."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, TextIO

from app.domain.model import PHASES
from app.templates.library import TemplateLibrary, read_limited
from app.templates.model import Exercise, Plan, local
from app.templates.reader import TemplateProblem, read_template


def template_rows(library: TemplateLibrary) -> list[dict[str, Any]]:
    """One JSON-able object per exercise and plan: what `--json` prints."""
    rows: list[dict[str, Any]] = []
    for exercise in library.exercises:
        rows.append(
            {
                "id": exercise.id,
                "kind": "exercise",
                "phase": str(exercise.phase),
                "languages": list(exercise.languages),
                "duration_min": exercise.duration_min,
                "board": str(exercise.board.kind) if exercise.board else None,
                "title": exercise.title,
                "builtin": library.is_builtin(exercise),
                "source": exercise.source,
            }
        )
    for plan in library.plans:
        details = [library.step_details(step, "en") for step in plan.steps]
        phases = {d.phase for d in details}
        rows.append(
            {
                "id": plan.id,
                "kind": "plan",
                "phases": [str(p) for p in PHASES if p in phases],
                "languages": list(plan.languages),
                "duration_min": sum(d.duration_min for d in details),
                "steps": len(plan.steps),
                "title": plan.title,
                "builtin": library.is_builtin(plan),
                "source": plan.source,
            }
        )
    return rows


def print_table(library: TemplateLibrary, out: TextIO = sys.stdout) -> None:
    """The library as an aligned table, one line per exercise or plan, titles in English."""
    header = ("ID", "KIND", "PHASE", "MIN", "LANGUAGES", "FROM", "TITLE")
    lines = [header]
    for row in template_rows(library):
        phase = row["phase"] if row["kind"] == "exercise" else "+".join(p.split("-")[1] for p in row["phases"])
        title = local(row["title"], "en").replace("\n", " ")
        origin = "built-in" if row["builtin"] else "yours"
        lines.append(
            (row["id"], row["kind"], phase, str(row["duration_min"]), ",".join(row["languages"]), origin, title)
        )
    widths = [max(len(line[i]) for line in lines) for i in range(len(header) - 1)]
    for line in lines:
        print(
            "  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=False)) + "  " + line[-1], file=out
        )


def validate_file(path: Path, library: TemplateLibrary) -> tuple[Exercise | Plan | None, list[TemplateProblem]]:
    """Check one template file as an import would; a plan's exercises must be in `library`."""
    data, problem = read_limited(path)
    if problem is not None or data is None:
        return None, [problem] if problem else []
    item, problems = read_template(data, str(path))
    if isinstance(item, Plan):
        problems += library.missing_exercises(item)
    if item is not None:
        problems += library.builtin_id_problems(item, str(path))  # what Import in the library refuses
    return item, problems


def run(*, as_json: bool, validate: Path | None, folder: Path | None) -> int:
    """The `templates` command; returns the exit code."""
    library = TemplateLibrary(folder)
    if validate is not None:
        item, problems = validate_file(validate, library)
        if problems:
            for problem in problems:
                print(f"samskap: {problem}", file=sys.stderr)
            return 1
        assert item is not None
        kind = "plan" if isinstance(item, Plan) else "exercise"
        print(f"{validate}: ok ({kind} {item.id!r}, languages {', '.join(item.languages)})")
        return 0
    for problem in library.problems:  # a broken file of the user's must not hide the others
        print(f"samskap: warning: {problem}", file=sys.stderr)
    if as_json:
        print(json.dumps(template_rows(library), ensure_ascii=False, indent=2))
    else:
        print_table(library)
    return 0
