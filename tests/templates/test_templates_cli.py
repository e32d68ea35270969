"""`samskap templates`: the list, its JSON, and the check of one file, run as the real program.

Like tests/test_cli.py, each run has no display, and settings, workshops and the
user's template folder all point into tmp_path.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from app.templates.library import TemplateLibrary
from app.templates.reader import TemplateError
from app.templates.writer import template_data

ROOT = Path(__file__).parents[2]
LIBRARY = TemplateLibrary()


def samskap(home: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    """Run `python -m app ARGS` with no display and every folder under `home`."""
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    env["SAMSKAP_WORKSHOP_DIR"] = str(home / "workshops")
    env["SAMSKAP_SETTINGS"] = str(home / "settings" / "samskap.ini")
    env["SAMSKAP_TEMPLATE_DIR"] = str(home / "templates")
    return subprocess.run(
        [sys.executable, "-m", "app", *map(str, args)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        encoding="utf-8",
        errors="replace",
        timeout=60,
    )


def with_sami(value):
    """Every text of a template's JSON data given a Northern Sámi version (here, the Bokmål text)."""
    if isinstance(value, dict):
        if "nb" in value and all(isinstance(v, str) for v in value.values()):
            return {**value, "se": value["nb"]}
        return {k: with_sami(v) for k, v in value.items()}
    if isinstance(value, list):
        return [with_sami(v) for v in value]
    return value


def user_exercise(home: Path, exercise_id: str, **changes) -> Path:
    clustering = LIBRARY.exercise("clustering")
    assert clustering is not None
    data = with_sami(template_data(replace(clustering, id=exercise_id, languages=("nb", "se"))))
    data["title"]["se"] = "Čoahkkin: mii gullá oktii?"
    data.update(changes)
    path = home / "templates" / "exercises" / f"{exercise_id}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_templates_lists_every_exercise_and_plan_as_a_table(tmp_path):
    result = samskap(tmp_path, "templates")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    assert lines[0].split()[:5] == ["ID", "KIND", "PHASE", "MIN", "LANGUAGES"]
    rows = {line.split()[0]: line.split() for line in lines[1:]}
    assert set(rows) == {e.id for e in LIBRARY.exercises} | {p.id for p in LIBRARY.plans}
    assert rows["floke-tree"][1:5] == ["exercise", "co-initiation", "75", "nb,nn,sv,da,en"]
    assert rows["follow-up-meeting"][1:3] == ["plan", "implementation"]


def test_templates_json_has_id_kind_phase_and_languages(tmp_path):
    result = samskap(tmp_path, "templates", "--json")
    assert result.returncode == 0, result.stderr
    items = json.loads(result.stdout)
    assert len(items) == len(LIBRARY.exercises) + len(LIBRARY.plans)
    for item in items:
        assert {"id", "kind", "languages"} <= set(item)
        assert item["kind"] in ("exercise", "plan")
        assert item["languages"] == ["nb", "nn", "sv", "da", "en"]
    exercises = [i for i in items if i["kind"] == "exercise"]
    assert all(i["phase"] in ("co-initiation", "co-design", "co-implementation") for i in exercises)
    day = next(i for i in items if i["id"] == "co-creation-day")
    assert day["phases"] == ["co-initiation", "co-design", "co-implementation"]
    assert day["title"]["nn"] == "Samskapingsdag: frå floke til tiltak"


def test_the_users_templates_are_listed_and_a_broken_one_is_a_warning(tmp_path):
    user_exercise(tmp_path, "mi-klynging")
    broken = user_exercise(tmp_path, "broken", duration_min="lang")
    result = samskap(tmp_path, "templates", "--json")
    assert result.returncode == 0
    mine = next(i for i in json.loads(result.stdout) if i["id"] == "mi-klynging")
    assert (mine["builtin"], mine["languages"]) == (False, ["nb", "se"])
    assert result.stderr.splitlines() == [
        f"samskap: warning: {broken}: duration_min: must be a whole number, not a string"
    ]
    table = samskap(tmp_path, "templates")
    assert any(line.startswith("mi-klynging") and "yours" in line for line in table.stdout.splitlines())


def test_validate_says_ok_for_a_good_file(tmp_path):
    path = user_exercise(tmp_path, "mi-klynging")
    result = samskap(tmp_path, "templates", "--validate", path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"{path}: ok")


def test_validate_gives_one_line_per_reason_naming_file_and_field(tmp_path):
    path = user_exercise(tmp_path, "feil", duration_min=0, phase="co-thinking")
    result = samskap(tmp_path, "templates", "--validate", path)
    assert result.returncode == 1
    assert result.stdout == "" and "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [
        f"samskap: {path}: phase: 'co-thinking' is not one of: co-initiation, co-design, co-implementation",
        f"samskap: {path}: duration_min: is 0, at least 1",
    ]


def test_validate_refuses_bad_syntax_a_missing_file_and_a_plan_with_an_unknown_exercise(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "samskap-template/1", "kind": ', encoding="utf-8")
    result = samskap(tmp_path, "templates", "--validate", bad)
    assert result.returncode == 1
    assert result.stderr.startswith(f"samskap: {bad}: is not valid JSON: ") and "line 1" in result.stderr

    result = samskap(tmp_path, "templates", "--validate", tmp_path / "missing.json")
    assert result.returncode == 1
    assert result.stderr.strip() == f"samskap: {tmp_path / 'missing.json'}: cannot be read: No such file or directory"

    plan = tmp_path / "plan.json"
    plan.write_text(json.dumps({"format": "samskap-template/1", "kind": "plan", "id": "p", "languages": ["da"],
                                "title": {"da": "Plan"}, "description": {"da": "Plan"},
                                "steps": [{"exercise_id": "mi-klynging"}]}), encoding="utf-8")  # fmt: skip
    result = samskap(tmp_path, "templates", "--validate", plan)
    assert result.returncode == 1
    assert (
        result.stderr.strip()
        == f"samskap: {plan}: steps[0].exercise_id: there is no exercise 'mi-klynging' in the library"
    )
    user_exercise(tmp_path, "mi-klynging")  # now the user's library has it
    assert samskap(tmp_path, "templates", "--validate", plan).returncode == 0


def test_validate_refuses_the_id_of_a_built_in_template_as_import_does(tmp_path):
    # A colleague's copy of a built-in exercise, kept under its id: Import in the library refuses it.
    path = user_exercise(tmp_path, "clustering")
    result = samskap(tmp_path, "templates", "--validate", path)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [f"samskap: {path}: id: 'clustering' is the id of a built-in exercise"]
    with pytest.raises(TemplateError) as refused:
        TemplateLibrary(tmp_path / "mine").import_file(path)
    assert [str(p) for p in refused.value.problems] == [result.stderr.splitlines()[0].removeprefix("samskap: ")]


def test_templates_with_an_unknown_option_is_a_usage_error(tmp_path):
    result = samskap(tmp_path, "templates", "--frobnicate")
    assert result.returncode == 2
    assert result.stderr.startswith("samskap: ") and len(result.stderr.splitlines()) == 1
