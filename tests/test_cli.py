"""The command line, run as the real program in a subprocess with no display.

Every run removes QT_QPA_PLATFORM and DISPLAY from the environment, so a
headless command that forgot to pick the offscreen platform itself fails
here. Settings and the workshops folder point into tmp_path, so nothing
touches the real home. An error is one line on stderr, starting with
"samskap: ", and a non-zero exit: 2 for a command line that cannot be
understood, 1 for a file that cannot be used; never a traceback.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import struct
import subprocess
import sys
from pathlib import Path

import pytest

import app
from app.demo import build_demo_workshop
from app.domain.model import Phase
from app.storage import schema
from app.storage.workshop_file import WorkshopFile

ROOT = Path(__file__).parents[1]
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
DEMO = build_demo_workshop()  # text and layout are fixed; only the ids change between calls
CO_DESIGN_BOARD = DEMO.boards_in(Phase.CO_DESIGN)[-1].name  # not the phase's first: the name must choose it


# What picks the language the program speaks: English here, others in tests/test_cli_language.py.
LANGUAGE_VARIABLES = ("LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "SAMSKAP_LANGUAGE")


def samskap(
    home: Path, *args: str | Path, timeout: float = 60, lang: str = "C.UTF-8"
) -> subprocess.CompletedProcess[str]:
    """Run `python -m app ARGS` from the repository, with no display and settings under `home`,
    under the system language `lang` (English unless asked: the messages these tests read)."""
    hidden = ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY", *LANGUAGE_VARIABLES)
    env = {k: v for k, v in os.environ.items() if k not in hidden}
    env["LANG"] = lang
    env["SAMSKAP_WORKSHOP_DIR"] = str(home / "workshops")
    env["SAMSKAP_SETTINGS"] = str(home / "settings" / "samskap.ini")
    return subprocess.run(
        [sys.executable, "-m", "app", *map(str, args)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        encoding="utf-8",
        errors="replace",
        timeout=timeout,
    )


def assert_one_line_error(result: subprocess.CompletedProcess[str], code: int) -> str:
    """The run failed with `code` and said why in one line on stderr; returns that line."""
    assert result.returncode == code, (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("samskap: ")
    assert len(lines[0]) > len("samskap: ")
    return lines[0]


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk; fails unless the file is a PNG."""
    data = path.read_bytes()
    assert data[:8] == PNG_SIGNATURE
    length, kind, width, height = struct.unpack(">I4sII", data[8:24])
    assert (length, kind) == (13, b"IHDR")
    return width, height


def stray_files(folder: Path) -> list[str]:
    """Half-written files that a failed write left behind."""
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".partial"))


# -- fixtures --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def made_demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[subprocess.CompletedProcess[str], Path]:
    """`samskap demo -o FILE`, run once for the module: (the run, the file)."""
    folder = tmp_path_factory.mktemp("demo")
    path = folder / "demo.samskap"
    return samskap(folder, "demo", "-o", path), path


@pytest.fixture
def workshop(made_demo: tuple[subprocess.CompletedProcess[str], Path], tmp_path: Path) -> Path:
    """A copy of the demo workshop of this test's own."""
    result, source = made_demo
    assert result.returncode == 0, result.stderr
    return Path(shutil.copy(source, tmp_path / "Fjellvik.samskap"))


@pytest.fixture(scope="module")
def default_shot(made_demo: tuple[subprocess.CompletedProcess[str], Path], tmp_path_factory: pytest.TempPathFactory):
    """`samskap screenshot FILE -o OUT.png --size 1024x640`: (the run, the picture, bytes before, after)."""
    folder = tmp_path_factory.mktemp("shot")
    path = Path(shutil.copy(made_demo[1], folder / "shot.samskap"))
    before = path.read_bytes()
    output = folder / "board.png"
    result = samskap(folder, "screenshot", path, "-o", output, "--size", "1024x640")
    return result, output, before, path.read_bytes()


# -- the window's arguments ------------------------------------------------------------


def test_version_prints_the_package_version(tmp_path: Path) -> None:
    result = samskap(tmp_path, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"samskap {app.__version__}"


def test_help_lists_the_window_arguments_and_exits_0(tmp_path: Path) -> None:
    result = samskap(tmp_path, "--help")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("usage: samskap")
    assert "--demo" in result.stdout and "--read-only" in result.stdout


@pytest.mark.parametrize(
    "argv",
    [[], ["workshop.samskap"], ["Mitt verksted.samskap"], [""], ["a.samskap", "--read-only"], ["--demo"], ["-"]],
)
def test_the_window_reads_its_arguments_as_its_parser_does(argv: list[str]) -> None:
    from app.__main__ import window_arguments
    from app.cli import window_parser

    assert vars(window_arguments(argv)) == vars(window_parser().parse_args(argv))


def test_the_start_knows_every_command_the_parser_has() -> None:
    """main() tells a command from the window's arguments by its first word, without app.cli."""
    import argparse

    from app.__main__ import COMMANDS
    from app.cli import command_parser

    sub = next(a for a in command_parser()._actions if isinstance(a, argparse._SubParsersAction))
    assert set(COMMANDS) == set(sub.choices)


def test_the_window_refuses_two_files_as_its_parser_does() -> None:
    from app.__main__ import window_arguments
    from app.cli import UsageError

    with pytest.raises(UsageError):
        window_arguments(["a.samskap", "b.samskap"])


# -- demo ------------------------------------------------------------------------------


def test_demo_writes_the_demo_workshop(made_demo: tuple[subprocess.CompletedProcess[str], Path]) -> None:
    result, path = made_demo
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert path.is_file()
    file = WorkshopFile.open(path, read_only=True)
    try:
        loaded = file.load()
    finally:
        file.close()
    assert loaded.info.title == DEMO.info.title
    for phase in Phase:
        assert loaded.boards_in(phase), f"no board in {phase}"
    assert sorted(b.name for b in loaded.boards) == sorted(b.name for b in DEMO.boards)


def test_demo_refuses_to_replace_a_file_without_force(workshop: Path, tmp_path: Path) -> None:
    before = workshop.read_bytes()
    result = samskap(tmp_path, "demo", "-o", workshop)
    line = assert_one_line_error(result, 1)
    assert workshop.name in line
    assert workshop.read_bytes() == before
    assert stray_files(tmp_path) == []


def test_demo_with_force_replaces_the_file(workshop: Path, tmp_path: Path) -> None:
    before = workshop.read_bytes()
    result = samskap(tmp_path, "demo", "-o", workshop, "--force")
    assert result.returncode == 0, result.stderr
    assert workshop.read_bytes() != before  # a fresh demo has new ids
    assert samskap(tmp_path, "check", workshop).returncode == 0


# -- export and import -----------------------------------------------------------------


def test_export_import_export_gives_byte_identical_json(workshop: Path, tmp_path: Path) -> None:
    before = workshop.read_bytes()
    first, second, copy = tmp_path / "first.json", tmp_path / "second.json", tmp_path / "copy.samskap"

    result = samskap(tmp_path, "export", workshop, "-o", first)
    assert result.returncode == 0, result.stderr
    assert workshop.read_bytes() == before  # export only reads
    document = json.loads(first.read_text(encoding="utf-8"))
    assert document["format"] == "samskap/2"
    assert document["workshop"]["title"] == DEMO.info.title

    result = samskap(tmp_path, "import", first, "-o", copy)
    assert result.returncode == 0, result.stderr
    result = samskap(tmp_path, "export", copy, "-o", second)
    assert result.returncode == 0, result.stderr

    assert second.read_bytes() == first.read_bytes()
    assert stray_files(tmp_path) == []


def test_import_refuses_to_replace_a_file_without_force(workshop: Path, tmp_path: Path) -> None:
    exported = tmp_path / "workshop.json"
    assert samskap(tmp_path, "export", workshop, "-o", exported).returncode == 0
    target = tmp_path / "existing.samskap"
    target.write_bytes(b"not mine to replace")
    line = assert_one_line_error(samskap(tmp_path, "import", exported, "-o", target), 1)
    assert target.name in line
    assert target.read_bytes() == b"not mine to replace"


def test_import_of_a_note_missing_a_field_names_the_field(workshop: Path, tmp_path: Path) -> None:
    exported = tmp_path / "workshop.json"
    assert samskap(tmp_path, "export", workshop, "-o", exported).returncode == 0
    document = json.loads(exported.read_text(encoding="utf-8"))
    del document["notes"][0]["colour"]
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    output = tmp_path / "imported.samskap"

    line = assert_one_line_error(samskap(tmp_path, "import", broken, "-o", output), 1)
    assert "broken.json" in line
    assert "notes[0]" in line and "'colour'" in line
    assert not output.exists()
    assert stray_files(tmp_path) == []


# Inputs that pass the JSON parser but not SQLite or the exporter: each is refused with
# one line naming the field, and leaves nothing behind.


def _import_edited(workshop: Path, tmp_path: Path, edit) -> tuple[subprocess.CompletedProcess[str], Path]:
    exported = tmp_path / "workshop.json"
    assert samskap(tmp_path, "export", workshop, "-o", exported).returncode == 0
    edited = tmp_path / "edited.json"
    edited.write_text(edit(exported.read_text(encoding="utf-8")), encoding="utf-8")
    output = tmp_path / "imported.samskap"
    return samskap(tmp_path, "import", edited, "-o", output), output


def test_import_of_an_integer_too_large_for_sqlite_is_one_line(workshop: Path, tmp_path: Path) -> None:
    def edit(text: str) -> str:
        document = json.loads(text)
        document["boards"][0]["position"] = 2**70
        return json.dumps(document, ensure_ascii=False)

    result, output = _import_edited(workshop, tmp_path, edit)
    line = assert_one_line_error(result, 1)
    assert "'position'" in line
    assert not output.exists()
    assert stray_files(tmp_path) == []


def test_import_of_a_lone_surrogate_is_one_line(workshop: Path, tmp_path: Path) -> None:
    def edit(text: str) -> str:
        document = json.loads(text)
        document["workshop"]["title"] = "\ud800"
        return json.dumps(document)  # ASCII escapes: the file itself is valid UTF-8

    result, output = _import_edited(workshop, tmp_path, edit)
    line = assert_one_line_error(result, 1)
    assert "'title'" in line
    assert not output.exists()
    assert stray_files(tmp_path) == []


def test_import_of_an_overflowing_number_is_refused(workshop: Path, tmp_path: Path) -> None:
    def edit(text: str) -> str:
        document = json.loads(text)
        document["stakeholders"][0]["power"] = "OVERFLOW"
        return json.dumps(document, ensure_ascii=False).replace('"OVERFLOW"', "1e999")

    result, output = _import_edited(workshop, tmp_path, edit)
    line = assert_one_line_error(result, 1)
    assert "'power'" in line
    assert not output.exists()
    assert stray_files(tmp_path) == []


# -- check -----------------------------------------------------------------------------


def test_check_says_ok_on_the_demo(workshop: Path, tmp_path: Path) -> None:
    before = workshop.read_bytes()
    result = samskap(tmp_path, "check", workshop)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.strip() == f"{workshop}: ok"
    assert workshop.read_bytes() == before


def _empty(path: Path, demo: bytes) -> None:
    path.write_bytes(b"")


def _text(path: Path, demo: bytes) -> None:
    path.write_text("Referat fra verkstedet\n" * 20, encoding="utf-8")


def _foreign(path: Path, demo: bytes) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id TEXT PRIMARY KEY, text TEXT)")
    conn.execute("INSERT INTO notes VALUES ('a', 'hei')")
    conn.commit()
    conn.close()


def _truncated(path: Path, demo: bytes) -> None:
    path.write_bytes(demo[: len(demo) // 2])


def _newer(path: Path, demo: bytes) -> None:
    header = bytearray(demo)
    header[60:64] = struct.pack(">I", schema.SCHEMA_VERSION + 1)  # user_version
    path.write_bytes(bytes(header))


BAD_FILES = {
    "empty": (_empty, "is not a Samskap workshop"),
    "text": (_text, "is not a Samskap workshop"),
    "foreign-sqlite": (_foreign, "is not a Samskap workshop"),
    "truncated": (_truncated, "damaged"),
    "newer": (_newer, "newer version"),
}


@pytest.mark.parametrize("kind", BAD_FILES)
def test_check_refuses_a_bad_file_in_one_line_and_leaves_it_alone(kind: str, workshop: Path, tmp_path: Path) -> None:
    make, reason = BAD_FILES[kind]
    path = tmp_path / f"{kind}.samskap"
    make(path, workshop.read_bytes())
    before = path.read_bytes()

    line = assert_one_line_error(samskap(tmp_path, "check", path), 1)
    assert path.name in line
    assert reason in line
    assert path.read_bytes() == before


def test_check_of_a_missing_file_says_it_does_not_exist(tmp_path: Path) -> None:
    path = tmp_path / "gone.samskap"
    line = assert_one_line_error(samskap(tmp_path, "check", path), 1)
    assert "gone.samskap" in line and "does not exist" in line
    assert not path.exists()


# -- screenshot ------------------------------------------------------------------------


def test_screenshot_writes_a_png_of_the_requested_size(default_shot) -> None:
    result, output, before, after = default_shot
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert png_size(output) == (1024, 640)
    assert after == before  # the workshop is opened for viewing only


def check_screenshot(picture: Path) -> subprocess.CompletedProcess[str]:
    """CI's look at what a picture shows (.ci/check_screenshot.py): exit 1 naming empty panels."""
    checker = ROOT / ".ci" / "check_screenshot.py"
    return subprocess.run([sys.executable, checker, picture], capture_output=True, encoding="utf-8", timeout=60)


def test_screenshot_draws_the_agenda_and_the_current_step_too(default_shot) -> None:
    # Parts of the window are built just after its first frame: the picture waits for them.
    checked = check_screenshot(default_shot[1])
    assert checked.returncode == 0, checked.stderr


def test_the_check_of_a_screenshot_sees_empty_panels(default_shot, qapp, tmp_path: Path) -> None:
    from PySide6.QtGui import QColor, QImage, QPainter

    picture = QImage(str(default_shot[1]))
    painter = QPainter(picture)  # the right-hand column as it was before the parts arrived: flat
    painter.fillRect(int(picture.width() * 0.74), 0, picture.width(), picture.height(), QColor("#efefef"))
    painter.end()
    empty = tmp_path / "empty-panels.png"
    assert picture.save(str(empty))
    checked = check_screenshot(empty)
    assert checked.returncode == 1
    assert "agenda" in checked.stderr and "current step" in checked.stderr and "board" not in checked.stderr


def test_screenshot_shows_the_chosen_board_of_a_phase(default_shot, workshop: Path, tmp_path: Path) -> None:
    before = workshop.read_bytes()
    output = tmp_path / "co-design.png"
    result = samskap(
        tmp_path, "screenshot", workshop, "-o", output,
        "--size", "1024x640", "--phase", "co-design", "--board", CO_DESIGN_BOARD,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert png_size(output) == (1024, 640)
    assert output.read_bytes() != default_shot[1].read_bytes()  # not the first board of co-initiation
    assert workshop.read_bytes() == before


@pytest.mark.parametrize(
    ("board", "phase"),
    [("Ingen slik tavle", None), (CO_DESIGN_BOARD, "co-initiation")],
    ids=["unknown", "other-phase"],
)
def test_screenshot_of_a_board_not_there_fails_in_one_line(
    board: str, phase: str | None, workshop: Path, tmp_path: Path
) -> None:
    before = workshop.read_bytes()
    output = tmp_path / "board.png"
    args: list[str | Path] = ["screenshot", workshop, "-o", output, "--board", board]
    if phase is not None:
        args += ["--phase", phase]
    line = assert_one_line_error(samskap(tmp_path, *args), 1)
    assert board in line
    assert not output.exists()
    assert workshop.read_bytes() == before


def test_screenshot_of_a_missing_file_fails_in_one_line(tmp_path: Path) -> None:
    output = tmp_path / "board.png"
    line = assert_one_line_error(samskap(tmp_path, "screenshot", tmp_path / "gone.samskap", "-o", output), 1)
    assert "gone.samskap" in line
    assert not output.exists()


@pytest.mark.parametrize("size", ["big", "1024x", "100x100", "1024x640x2"])
def test_screenshot_with_a_bad_size_is_a_usage_error(size: str, workshop: Path, tmp_path: Path) -> None:
    output = tmp_path / "board.png"
    line = assert_one_line_error(samskap(tmp_path, "screenshot", workshop, "-o", output, "--size", size), 2)
    assert "--size" in line and size in line
    assert not output.exists()


# -- usage errors ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["--bogus"],
        ["check", "--bogus", "x.samskap"],
        ["check"],
        ["demo"],
        ["export", "x.samskap"],
        ["import", "x.json"],
        ["screenshot", "x.samskap"],
        ["screenshot", "x.samskap", "-o", "x.png", "--phase", "co-dreaming"],
    ],
    ids=["unknown-option", "unknown-command-option", "check-no-file", "demo-no-o", "export-no-o",
         "import-no-o", "screenshot-no-o", "unknown-phase"],
)  # fmt: skip
def test_usage_error_is_one_line_and_exit_2(args: list[str], tmp_path: Path) -> None:
    line = assert_one_line_error(samskap(tmp_path, *args), 2)
    assert "usage:" not in line
    assert list(tmp_path.iterdir()) == []  # nothing written, not even settings
