"""The workshop template library: what ships, the boards it builds, and the files it refuses.

Every shipped exercise and plan is loaded from the package exactly as the app
loads it, checked in all five languages, and its board is built into a real
workshop file in tmp_path and read back. Each way a shared file can be broken
is written into a user folder next to a good file: the broken one must be
refused with a message naming the file and the field, and the rest must load.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path
from typing import Any, cast

import pytest

from app.domain.model import PHASES, AgendaStep, BoardKind, Phase, StakeholderCategory, Workshop, WorkshopInfo
from app.domain.validation import problems as workshop_problems
from app.storage.rows import Entity
from app.storage.workshop_file import WorkshopFile, check_file
from app.templates.builder import CATEGORY_NAMES, build_board
from app.templates.library import TemplateLibrary
from app.templates.model import LANGUAGES, Exercise, Plan, local
from app.templates.reader import MAX_FILE_BYTES, TemplateError, read_template, template_schema
from app.templates.schema_check import check
from app.templates.writer import template_data, template_json
from tests.factories import query

LIBRARY = TemplateLibrary()
EXERCISES = {e.id: e for e in LIBRARY.exercises}
PLANS = {p.id: p for p in LIBRARY.plans}
ALL_TEMPLATES: list[Exercise | Plan] = [*EXERCISES.values(), *PLANS.values()]
TEMPLATES = Path(__file__).parents[2] / "workshop_templates"

# What DOMAIN.md and the issue ask the library to cover, by the ids that cover it.
REQUIRED_EXERCISES = {
    Phase.CO_INITIATION: ["floke-check", "floke-tree", "burning-platform", "actor-map", "three-criteria",
                          "power-interest", "problem-statement"],
    Phase.CO_DESIGN: ["igp-ideas", "brainwriting-635", "clustering", "dot-voting", "nytt-nyttig-nyttiggjort",
                      "good-best-next-practice", "objective-tree", "prototype-test-plan"],
    Phase.CO_IMPLEMENTATION: ["action-plan", "roles", "pilot-loop", "anchoring", "decision-log", "update-actor-map"],
}  # fmt: skip
# Words only Bokmål (or Danish) writes: Nynorsk uses ikkje, kva, kven, korleis, kvifor, eg, ein/ei/eit.
BOKMAL_ONLY = re.compile(r"\b(ikke|hva|hvem|hvordan|hvorfor|hver|noen|mye|jeg|dere|deres|enn å|være|fra)\b", re.I)
NYNORSK_ONLY = re.compile(r"\b(ikkje|kva|kven|korleis|kvifor|kvar|eit|nokon|mykje|dykk|frå|vere)\b", re.I)
DANISH_IN_SWEDISH = re.compile(r"\b(ikke|hvad|hvem|hvordan|og|jeg|nogle|meget|seddel|sedler)\b", re.I)
QUOTED = re.compile(r"«[^»]*»|”[^”]*”|»[^«]*«|\([^)]*\d{4}\)")  # quotations and citations keep their own language


def own_words(text: str) -> str:
    return QUOTED.sub("", text)


def texts_of(item: Exercise | Plan) -> list[dict[str, str]]:
    """Every text of an exercise or plan, as loaded."""
    if isinstance(item, Plan):
        step_texts = [t for s in item.steps for t in (s.title, s.room_instructions, s.facilitator_notes) if t]
        return [item.title, item.description, *step_texts]
    texts = [item.title, item.room_instructions, item.facilitator_notes]
    if item.board is not None:
        texts += [f.title for f in item.board.frames]
        texts += [c.title for f in item.board.frames for c in f.children]
        texts += [p.text for p in item.board.prompts]
        if item.board.vote and item.board.vote.question:
            texts.append(item.board.vote.question)
    return texts


def write_user_file(folder: Path, kind: str, name: str, content: str | bytes) -> Path:
    path = folder / ("plans" if kind == "plan" else "exercises") / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def exercise_json(**changes) -> dict:
    """A valid user exercise as JSON data, with fields replaced (or removed, with None)."""
    data = template_data(replace(EXERCISES["floke-tree"], id="my-tree"))
    data = json.loads(json.dumps(data))
    for dotted, value in changes.items():
        *parents, last = dotted.split("__")
        node = data
        for key in parents:
            node = node[int(key)] if key.isdigit() else node[key]
        if value is None:
            del node[last]
        else:
            node[last] = value
    return data


# -- what ships -------------------------------------------------------------------------


def test_every_shipped_template_loads_without_a_problem():
    assert LIBRARY.problems == []
    shipped = sorted(p.stem for p in (TEMPLATES / "exercises").glob("*.json"))
    assert sorted(EXERCISES) == shipped
    assert sorted(PLANS) == sorted(p.stem for p in (TEMPLATES / "plans").glob("*.json"))
    assert all(LIBRARY.is_builtin(item) for item in ALL_TEMPLATES)


def test_the_library_covers_what_the_domain_asks_for_in_every_phase():
    assert len(EXERCISES) >= 18
    for phase in PHASES:
        ids = [e.id for e in LIBRARY.exercises_in(phase)]
        assert len(ids) >= 5, phase
        assert set(REQUIRED_EXERCISES[phase]) <= set(ids)
    assert {"half-day-floke-workshop", "co-creation-day", "cross-party-policy-workshop", "follow-up-meeting"} <= set(
        PLANS
    )


@pytest.mark.parametrize("item_id", [*EXERCISES, *PLANS])
def test_every_text_is_written_in_all_five_languages(item_id):
    item = EXERCISES.get(item_id) or PLANS[item_id]
    assert item.languages == LANGUAGES
    for text in texts_of(item):
        assert set(text) == set(LANGUAGES), text
        assert all(value.strip() == value and value for value in text.values()), text


@pytest.mark.parametrize("exercise_id", EXERCISES)
def test_nynorsk_is_nynorsk_and_swedish_is_not_danish(exercise_id):
    exercise = EXERCISES[exercise_id]
    for text in (exercise.room_instructions, exercise.facilitator_notes):
        assert text["nn"] != text["nb"]
        assert not BOKMAL_ONLY.findall(own_words(text["nn"])), text["nn"]
        assert not NYNORSK_ONLY.findall(own_words(text["nb"])), text["nb"]
        assert not DANISH_IN_SWEDISH.findall(own_words(text["sv"])), text["sv"]
        assert "ikkje" not in text["da"] and "inte" not in text["da"].split()


def test_the_vocabulary_of_each_language_is_the_one_its_facilitators_use():
    every = {lang: " ".join(t[lang] for e in ALL_TEMPLATES for t in texts_of(e))
             for lang in LANGUAGES}  # fmt: skip
    assert "samskapande" in every["sv"].lower() and "handlingsplan" in every["sv"].lower()
    assert "samskabelse" in every["da"].lower() and "handleplan" in every["da"].lower()
    assert "tiltaksplan" in every["nb"].lower() and "floke" in every["nn"].lower()
    assert "seddel" in every["da"] and "lapp" in every["sv"]
    assert "kommunfullmäktige" in every["sv"] and "kommunalbestyrelse" in every["da"]


def test_the_exercises_have_the_boards_and_rules_their_method_needs():
    assert EXERCISES["floke-tree"].board.kind == BoardKind.FLOKE_MAP
    assert EXERCISES["objective-tree"].board.kind == BoardKind.FLOKE_MAP
    assert EXERCISES["actor-map"].board.stakeholder_categories == tuple(StakeholderCategory)
    assert EXERCISES["action-plan"].board.kind == BoardKind.ACTION_PLAN
    vote = EXERCISES["dot-voting"].board.vote
    assert (vote.dots_per_person, vote.allow_stacking, vote.hidden) == (3, False, True)
    assert all(c.children for c in EXERCISES["brainwriting-635"].board.frames)
    criteria = " ".join(f.title["en"] for f in EXERCISES["three-criteria"].board.frames)
    assert all(word in criteria for word in ("Effectiveness", "Democracy", "Innovation"))


@pytest.mark.parametrize("exercise_id", EXERCISES)
def test_prompts_lie_inside_frames_and_do_not_overlap(exercise_id):
    board = EXERCISES[exercise_id].board
    for language in LANGUAGES:
        built = build_board(EXERCISES[exercise_id], language)
        assert all(note.frame_id is not None for note in built.notes), language
    rects = [(p.x, p.y, p.x + p.width, p.y + p.height) for p in board.prompts]
    for i, a in enumerate(rects):
        for b in rects[i + 1 :]:
            assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1], (a, b)


@pytest.mark.parametrize("plan_id", PLANS)
def test_each_plan_runs_through_the_phases_in_order_in_every_language(plan_id):
    plan = PLANS[plan_id]
    for language in LANGUAGES:
        details = [LIBRARY.step_details(step, language) for step in plan.steps]
        assert all(d.title and d.duration_min > 0 for d in details)
        order = [PHASES.index(d.phase) for d in details]
        assert order == sorted(order), "the agenda groups steps by phase: a plan must not jump back"
    assert LIBRARY.missing_exercises(plan) == []


def test_the_plans_are_the_lengths_their_names_promise():
    def minutes(plan_id: str) -> int:
        return sum(LIBRARY.step_details(s, "en").duration_min for s in PLANS[plan_id].steps)

    def phases(plan_id: str) -> set[Phase]:
        return {LIBRARY.step_details(s, "en").phase for s in PLANS[plan_id].steps}

    assert 150 <= minutes("half-day-floke-workshop") <= 240
    assert phases("half-day-floke-workshop") == {Phase.CO_INITIATION}
    assert 360 <= minutes("co-creation-day") <= 480 and phases("co-creation-day") == set(PHASES)
    assert phases("cross-party-policy-workshop") == set(PHASES)
    assert minutes("follow-up-meeting") <= 120 and phases("follow-up-meeting") == {Phase.CO_IMPLEMENTATION}
    overridden = LIBRARY.step_details(PLANS["cross-party-policy-workshop"].steps[4], "da")
    assert "problemdiagnose" in overridden.facilitator_notes
    assert overridden.room_instructions == EXERCISES["problem-statement"].room_instructions["da"]


# -- building boards into real workshop files ----------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_exercise_builds_its_board_into_a_workshop_file_that_reads_back(tmp_path, language):
    workshop = Workshop(info=WorkshopInfo(title="Maler", language=language))
    built_boards = {}
    for exercise in LIBRARY.exercises:
        position = len(workshop.boards_in(exercise.phase))
        built = build_board(exercise, language, position=position)
        assert built is not None, f"{exercise.id} has no board"
        # It unpacks like the tuple the agenda expects.
        assert tuple(built) == (built.board, built.frames, built.notes, built.vote)
        built_boards[exercise.id] = built
        workshop.boards.append(built.board)
        workshop.frames += built.frames
        workshop.notes += built.notes
        workshop.votes += [built.vote] if built.vote else []
    assert list(workshop_problems(workshop)) == []
    path = tmp_path / f"maler-{language}.samskap"
    WorkshopFile.create(path, workshop).close()
    check_file(path, full=True)

    file = WorkshopFile.open(path, read_only=True)
    loaded = file.load()
    file.close()
    assert {b.id: b for b in loaded.boards} == {b.id: b for b in workshop.boards}
    assert {f.id: f for f in loaded.frames} == {f.id: f for f in workshop.frames}
    assert {n.id: n for n in loaded.notes} == {n.id: n for n in workshop.notes}
    assert {v.id: v for v in loaded.votes} == {v.id: v for v in workshop.votes}

    for exercise in LIBRARY.exercises:
        built = built_boards[exercise.id]
        board, frames, notes, vote = built.board, built.frames, built.notes, built.vote
        spec = exercise.board
        assert spec is not None  # it was built above
        assert board.name == exercise.title[language] and board.kind == spec.kind and board.phase == exercise.phase
        nested = sum(len(f.children) for f in spec.frames)
        assert len(frames) == len(spec.frames) + nested + len(spec.stakeholder_categories)
        titles = [f.title for f in frames]
        for frame_spec in spec.frames:
            assert frame_spec.title[language] in titles
        for category in spec.stakeholder_categories:
            assert CATEGORY_NAMES[category][language] in titles
        by_id = {f.id: f for f in frames}
        for frame in frames:
            if frame.parent_id is not None:  # a child lies inside its parent, and above it
                parent = by_id[frame.parent_id]
                assert parent.x <= frame.x and frame.x + frame.width <= parent.x + parent.width
                assert frame.z > parent.z
        assert [n.text for n in notes] == [p.text[language] for p in spec.prompts]
        if spec.vote:
            assert (vote.dots_per_person, vote.allow_stacking, vote.hidden) == (
                spec.vote.dots_per_person, spec.vote.allow_stacking, spec.vote.hidden)  # fmt: skip
            assert vote.title == local(spec.vote.question, language) or vote.title == board.name
        else:
            assert vote is None
    rows = query(path, "SELECT count(*) FROM boards")
    assert rows == [(len(LIBRARY.exercises),)]
    frame_titles = {t for (t,) in query(path, "SELECT title FROM frames")}
    assert EXERCISES["floke-tree"].board.frames[2].title[language] in frame_titles


def test_a_board_goes_into_an_open_workshop_as_one_undoable_command(qtbot, tmp_path):
    from PySide6.QtGui import QUndoStack

    from app.commands import EditEntities
    from app.document import WorkshopDocument

    path = tmp_path / "verksted.samskap"
    WorkshopFile.create(path, Workshop(info=WorkshopInfo(title="Verkstad", language="nn"))).close()
    document = WorkshopDocument.open(WorkshopFile.open(path))
    stack = QUndoStack()
    built = build_board(EXERCISES["brainwriting-635"], "nn", position=0)
    # BuiltBoard.entities() is typed list[object] in app/templates/builder.py; it holds entities.
    entities = cast(list[Entity], built.entities())
    stack.push(EditEntities("Legg til tavle", document=document, upsert=entities, board_id=built.board.id))
    assert query(path, "SELECT name FROM boards") == [("Skrivemyldring 6-3-5",)]
    assert query(path, "SELECT count(*) FROM frames WHERE parent_id IS NOT NULL") == [(18,)]
    assert query(path, "SELECT text FROM notes") == [("Runde 1: skriv éin idé i kvar kolonne",)]
    stack.undo()
    assert query(path, "SELECT count(*) FROM boards") == [(0,)]
    assert query(path, "SELECT count(*) FROM frames") == [(0,)]
    stack.redo()
    assert query(path, "SELECT count(*) FROM frames") == [(24,)]
    document.close()


# -- broken files are refused, and the rest keep working -------------------------------------

DEEP = '{"format": "samskap-template/1", "kind": "exercise", "title": {"nb": ' + "[" * 100_000 + "]" * 100_000 + "}}"
MODERATELY_DEEP = '{"format": "samskap-template/1", "kind": "exercise", "id": ' + "[" * 40 + "]" * 40 + "}"
BAD_FILES: list[tuple[str, str, str | bytes | dict[str, Any], str, str]] = [
    # (name, kind, content, field named, words in the reason)
    ("syntax", "exercise", '{"format": "samskap-template/1",\n "kind": "exercise" "id": "x"}', "", "not valid JSON"),
    ("empty", "exercise", "", "", "not valid JSON"),
    ("not-an-object", "exercise", "[1, 2]", "", "one JSON object"),
    ("missing-title", "exercise", exercise_json(title=None), "title", "is missing"),
    ("missing-board", "exercise", exercise_json(board=None), "board", "is missing"),
    ("board-kind", "exercise", exercise_json(board__kind="whiteboard"), "board.kind", "'whiteboard' is not one of"),
    ("missing-nynorsk", "exercise", exercise_json(title__nn=None), "title", "has no text in 'nn'"),
    ("missing-sv-prompt", "exercise", exercise_json(board__prompts__0__text__sv=None), "board.prompts[0].text", "'sv'"),
    ("duration-text", "exercise", exercise_json(duration_min="75"), "duration_min", "whole number, not a string"),
    ("duration-bool", "exercise", exercise_json(duration_min=True), "duration_min", "not true or false"),
    ("duration-zero", "exercise", exercise_json(duration_min=0), "duration_min", "at least 1"),
    ("x-text", "exercise", exercise_json(board__frames__0__x="left"), "board.frames[0].x", "must be a number"),
    ("colour", "exercise", exercise_json(board__frames__0__colour="red"), "board.frames[0].colour", "#f2f2f2"),
    ("phase", "exercise", exercise_json(phase="co-thinking"), "phase", "is not one of"),
    ("typo", "exercise", exercise_json(tilte={"nb": "x"}), "tilte", "not a field of this format"),
    ("category", "exercise", exercise_json(board__stakeholder_categories=["aliens"]), "board.stakeholder_categories[0]",
     "is not one of"),
    ("grandchild", "exercise", exercise_json(board__frames__0__children=[{"title": {"nb": "x"}, "x": 0, "y": 0,
     "width": 50, "height": 50, "children": []}]), "board.frames[0].children[0].children", "not a field"),
    ("child-outside", "exercise", exercise_json(board__frames__0__children=[dict(
        title={k: "x" for k in LANGUAGES}, x=5000, y=0, width=50, height=50)]), "board.frames[0].children[0]",
     "inside its parent"),
    ("bad-id", "exercise", exercise_json(id="Mitt tre!"), "id", "lower-case letters"),
    ("newer-format", "exercise", exercise_json(format="samskap-template/2"), "format", "not a format this Samskap reads"),  # noqa: E501
    ("no-format", "exercise", exercise_json(format=None), "format", "is missing"),
    ("kind", "exercise", exercise_json(kind="workshop"), "kind", "is not one of: exercise, plan"),
    ("bell", "exercise", exercise_json(title__nb="Floke\u0007tre"), "title.nb", "control character U+0007"),
    ("surrogate", "exercise", json.dumps(exercise_json()).replace('"Floketre', '"\\ud800Floketre', 1), "title.nb",
     "lone surrogate"),
    ("blank", "exercise", exercise_json(title__nb="   "), "title.nb", "is blank"),
    ("huge-text", "exercise", exercise_json(title__nb="x" * 100_000), "title.nb", "100,000 characters long, at most 120"),  # noqa: E501
    ("nan", "exercise", json.dumps(exercise_json()).replace('"x": 0.0', '"x": NaN', 1), "", "NaN"),
    ("twice", "exercise", '{"format": "samskap-template/1", "kind": "plan", "kind": "plan"}', "", "'kind' twice"),
    ("latin-1", "exercise", "{\"title\": \"Røtter\"}".encode("latin-1"), "", "not UTF-8"),
    ("deep", "exercise", DEEP, "", "nests deeper than"),
    ("moderately-deep", "exercise", MODERATELY_DEEP, "id", "nests deeper than"),
    ("too-many-frames", "exercise", exercise_json(board__frames=[{}] * 100_000), "board.frames", "at most 60"),
    ("huge-file", "exercise", b" " * (MAX_FILE_BYTES + 1) + b"{}", "", "bigger than 1 MB"),
    ("unknown-exercise", "plan", json.dumps({"format": "samskap-template/1", "kind": "plan", "id": "mine",
     "title": {"nb": "Min"}, "description": {"nb": "Min"}, "languages": ["nb"],
     "steps": [{"exercise_id": "floke-tree"}, {"exercise_id": "no-such-exercise"}]}), "steps[1].exercise_id",
     "no exercise 'no-such-exercise'"),
    ("own-step-without-phase", "plan", json.dumps({"format": "samskap-template/1", "kind": "plan", "id": "mine2",
     "title": {"nb": "Min"}, "description": {"nb": "Min"}, "languages": ["nb"],
     "steps": [{"title": {"nb": "Kaffe"}, "duration_min": 10}]}), "steps[0]", "needs phase"),
    ("no-steps", "plan", json.dumps({"format": "samskap-template/1", "kind": "plan", "id": "mine3",
     "title": {"nb": "Min"}, "description": {"nb": "Min"}, "languages": ["nb"], "steps": []}), "steps",
     "at least 1"),
    ("takes-a-builtin-id", "exercise", exercise_json(id="floke-tree"), "id", "already used by workshop_templates"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "kind", "content", "field", "reason"), BAD_FILES, ids=[c[0] for c in BAD_FILES])
def test_a_broken_user_file_is_refused_by_name_and_field_and_the_rest_load(
    tmp_path, name, kind, content, field, reason
):
    folder = tmp_path / "mine"
    text = json.dumps(content) if isinstance(content, dict) else content
    bad = write_user_file(folder, kind, f"{name}.json", text)
    good = template_data(replace(EXERCISES["dot-voting"], id="my-vote", languages=("nb",)))
    write_user_file(folder, "exercise", "zz-good.json", json.dumps(good))

    library = TemplateLibrary(folder)

    assert len(library.problems) == 1, [str(p) for p in library.problems]
    problem = library.problems[0]
    assert problem.file == str(bad)
    assert problem.field == field
    assert reason in problem.reason
    assert str(problem).startswith(f"{bad}: {field + ': ' if field else ''}")
    mine = library.exercise("my-vote")
    assert mine is not None and not library.is_builtin(mine)
    assert len(library.exercises) == len(EXERCISES) + 1 and len(library.plans) == len(PLANS)
    with pytest.raises(TemplateError) as refused:
        library.import_file(bad, tmp_path / "other")
    assert any(p.file == str(bad) and p.field == field for p in refused.value.problems)
    assert not (tmp_path / "other").exists()


def test_every_broken_file_at_once_leaves_the_library_working(tmp_path):
    folder = tmp_path / "mine"
    for name, kind, content, _, _ in BAD_FILES:
        write_user_file(folder, kind, f"{name}.json", json.dumps(content) if isinstance(content, dict) else content)
    library = TemplateLibrary(folder)
    assert len(library.problems) == len(BAD_FILES)
    assert {p.id for p in library.exercises} == set(EXERCISES) and {p.id for p in library.plans} == set(PLANS)


def test_an_unreadable_user_folder_entry_is_a_problem_not_a_crash(tmp_path):
    folder = tmp_path / "mine"
    (folder / "exercises" / "a-folder.json").mkdir(parents=True)
    library = TemplateLibrary(folder)
    assert [p.file for p in library.problems] == [str(folder / "exercises" / "a-folder.json")]
    assert "cannot be read" in library.problems[0].reason
    assert len(library.exercises) == len(EXERCISES)


# -- hostile text that is allowed is kept verbatim and stays plain text ---------------------------


def test_markup_emoji_rtl_and_sami_letters_load_verbatim_and_build_a_board(tmp_path):
    hostile = '<b>Røtter</b> <img src="/etc/hostname"/> & 🔥 مرحبا Áltá č đ ŋ š ŧ ž'
    data = exercise_json(id="hostile", title__nb=hostile, board__prompts__0__text__nb=hostile * 2)
    path = write_user_file(tmp_path / "mine", "exercise", "hostile.json", json.dumps(data, ensure_ascii=False))
    library = TemplateLibrary(tmp_path / "mine")
    assert library.problems == []
    exercise = library.exercise("hostile")
    assert exercise is not None
    assert exercise.title["nb"] == hostile and exercise.source == str(path)
    built = build_board(exercise, "nb")
    workshop = Workshop(info=WorkshopInfo(title="x"), boards=[built.board], frames=built.frames, notes=built.notes)
    WorkshopFile.create(tmp_path / "x.samskap", workshop).close()
    assert query(tmp_path / "x.samskap", "SELECT name FROM boards") == [(hostile,)]
    assert query(tmp_path / "x.samskap", "SELECT text FROM notes ORDER BY z LIMIT 1") == [(hostile * 2,)]


# -- sharing: export, import, save a plan ----------------------------------------------------------


def test_export_then_read_gives_back_the_same_exercise_and_plan(tmp_path):
    for item in ALL_TEMPLATES:
        path = tmp_path / f"{item.id}.json"
        LIBRARY.export(item, path)
        again, problems = read_template(path.read_bytes(), str(path))
        assert problems == []
        assert again == replace(item, source=str(path))
    assert not list(tmp_path.glob("*.partial")) and not list(tmp_path.glob(".*"))


def test_import_copies_a_checked_file_in_and_refuses_it_a_second_time(tmp_path):
    shared = tmp_path / "fra-kollega.json"
    shared.write_text(json.dumps(exercise_json(id="kollega-tre")), encoding="utf-8")
    library = TemplateLibrary(tmp_path / "mine")

    item = library.import_file(shared)

    assert item.id == "kollega-tre"
    target = tmp_path / "mine" / "exercises" / "kollega-tre.json"
    assert target.read_bytes() == shared.read_bytes()
    assert library.exercise("kollega-tre") is not None and library.problems == []
    with pytest.raises(TemplateError, match="already have an exercise 'kollega-tre'"):
        library.import_file(shared)
    assert library.import_file(shared, replace_existing=True).id == "kollega-tre"


def test_import_refuses_a_built_in_id_and_writes_nothing(tmp_path):
    shared = tmp_path / "floke-tree.json"
    LIBRARY.export(EXERCISES["floke-tree"], shared)
    library = TemplateLibrary(tmp_path / "mine")
    with pytest.raises(TemplateError) as refused:
        library.import_file(shared)
    assert [(p.file, p.field) for p in refused.value.problems] == [(str(shared), "id")]
    assert "built-in exercise" in refused.value.message
    assert not (tmp_path / "mine").exists()


def test_a_plan_that_needs_a_users_exercise_imports_after_that_exercise(tmp_path):
    exercise = tmp_path / "ex.json"
    exercise.write_text(json.dumps(exercise_json(id="kollega-tre")), encoding="utf-8")
    plan = tmp_path / "plan.json"
    steps = [{"exercise_id": "kollega-tre"}, {"exercise_id": "dot-voting", "duration_min": 10}]
    plan.write_text(json.dumps({"format": "samskap-template/1", "kind": "plan", "id": "kollega-plan",
                                "languages": ["sv"], "title": {"sv": "Vår plan"},
                                "description": {"sv": "Från Växjö"}, "steps": steps}), encoding="utf-8")  # fmt: skip
    library = TemplateLibrary(tmp_path / "mine")
    with pytest.raises(TemplateError, match="no exercise 'kollega-tre'"):
        library.import_file(plan)
    library.import_file(exercise)
    assert library.import_file(plan).id == "kollega-plan"
    assert [s.exercise_id for s in library.plan("kollega-plan").steps] == ["kollega-tre", "dot-voting"]
    assert TemplateLibrary(tmp_path / "mine").problems == []


def test_a_saved_agenda_comes_back_as_the_same_steps(tmp_path):
    library = TemplateLibrary(tmp_path / "mine")
    floke = EXERCISES["floke-tree"]
    agenda = [
        AgendaStep("Velkommen, kaffi og kringle", Phase.CO_INITIATION, 20, position=0, room_instructions="Ta plass"),
        AgendaStep(floke.title["nn"], Phase.CO_INITIATION, 90, position=1, exercise_id="floke-tree",
                   room_instructions=floke.room_instructions["nn"], facilitator_notes="Berre 6 i kvar gruppe"),
        AgendaStep("Prikkrøysting", Phase.CO_DESIGN, 10, position=2, exercise_id="dot-voting"),
    ]  # fmt: skip
    plan = library.plan_from_agenda(agenda, plan_id="var-plan", title="Vår plan for Sogndal", language="nn")

    path = library.save_plan(plan)

    assert path == tmp_path / "mine" / "plans" / "var-plan.json"
    saved = TemplateLibrary(tmp_path / "mine").plan("var-plan")
    assert saved.languages == ("nn",) and saved.title == {"nn": "Vår plan for Sogndal"}
    details = [library.step_details(step, "nn") for step in saved.steps]
    assert [(d.title, d.phase, d.duration_min) for d in details] == [(s.title, s.phase, s.duration_min) for s in agenda]
    assert [d.room_instructions for d in details[:2]] == ["Ta plass", floke.room_instructions["nn"]]
    assert details[1].facilitator_notes == "Berre 6 i kvar gruppe"
    assert saved.steps[1].room_instructions == {}, "texts equal to the exercise's are not copied into the plan"
    with pytest.raises(TemplateError, match="built-in plan"):
        library.save_plan(replace(plan, id="co-creation-day"))


def test_export_to_a_place_that_cannot_be_written_is_a_clear_error(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(TemplateError) as refused:
        LIBRARY.export(EXERCISES["roles"], blocker / "roles.json")
    assert refused.value.problems[0].file == str(blocker / "roles.json")
    assert "cannot be written" in refused.value.message


def test_save_refuses_a_plan_with_text_that_would_not_read_back(tmp_path):
    library = TemplateLibrary(tmp_path / "mine")
    bad = Plan(id="x", title={"nb": "Tittel\x00"}, description={"nb": "ok"}, steps=(), languages=("nb",))
    with pytest.raises(TemplateError) as refused:
        library.save_plan(bad)
    fields = {p.field for p in refused.value.problems}
    assert fields == {"steps"}  # the schema stops at the empty steps before looking at characters
    with pytest.raises(TemplateError, match="U\\+0000"):
        library.save_plan(replace(bad, steps=PLANS["follow-up-meeting"].steps))
    assert not (tmp_path / "mine").exists()


# -- the schema and its checker ------------------------------------------------------------------


def test_the_published_schema_resolves_and_the_checker_knows_all_its_keywords():
    schema = template_schema()
    for item in ALL_TEMPLATES:
        assert list(check(template_data(item), schema, schema)) == []  # the top level's if/then/else too
    assert list(check({"format": "samskap-template/1", "kind": "plan"}, schema, schema)) == [
        ("id", "is missing"), ("title", "is missing"), ("description", "is missing"), ("steps", "is missing")]  # fmt: skip  # noqa: E501
    with pytest.raises(ValueError, match="does not know"):
        list(check(1, {"multipleOf": 2}, {}))


def test_whole_numbers_refuse_booleans_and_numbers_accept_whole_numbers():
    assert list(check(True, {"type": "integer"}, {})) == [("", "must be a whole number, not true or false")]
    assert list(check(3, {"type": "number"}, {})) == []
    assert list(check(3.5, {"type": "integer"}, {})) == [("", "must be a whole number, not a number")]
    assert list(check(None, {"anyOf": [{"type": "null"}, {"type": "object"}]}, {})) == []
    assert list(check("x", {"anyOf": [{"type": "null"}, {"type": "object"}]}, {})) == [
        ("", "must be null or an object, not a string")]  # fmt: skip


def test_template_json_is_readable_utf8_with_the_letters_as_written():
    text = template_json(EXERCISES["floke-tree"])
    assert "Røter: kvifor skjer det?" in text and "\\u" not in text
    assert text.endswith("\n") and text.count("\n") > 50


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_frame_title_fits_above_its_frame_on_the_wall(qapp, language):
    """Titles are drawn in one line, 22 px bold DejaVu Sans (widgets/board/frame_item.py), and clipped at the frame's width."""  # noqa: E501
    from PySide6.QtGui import QFont, QFontMetricsF

    from widgets.common.fonts import install_fonts

    install_fonts()
    font = QFont("DejaVu Sans")
    font.setPixelSize(22)
    font.setBold(True)
    metrics = QFontMetricsF(font)
    too_long = [
        (exercise.id, frame.title, round(metrics.horizontalAdvance(frame.title)), frame.width)
        for exercise in LIBRARY.exercises
        for frame in build_board(exercise, language).frames
        if metrics.horizontalAdvance(frame.title) > frame.width - 8
    ]
    assert too_long == []


@pytest.mark.parametrize("exercise_id", EXERCISES)
def test_frames_side_by_side_leave_room_for_each_others_titles(exercise_id):
    frames = build_board(EXERCISES[exercise_id], "en").frames
    title_band = 32  # the title is drawn above the frame
    for i, a in enumerate(frames):
        for b in frames[i + 1 :]:
            if a.parent_id != b.parent_id:  # only siblings: a child lies inside its parent on purpose
                continue
            apart = (a.x + a.width <= b.x or b.x + b.width <= a.x
                     or a.y + a.height <= b.y - title_band or b.y + b.height <= a.y - title_band)  # fmt: skip
            assert apart, (a.title, b.title)
