"""The command line speaks the user's language (issue 16, item 17).

Run as the real program under `LANG=nb_NO.UTF-8` or `LANG=sv_SE.UTF-8`, as a
terminal in a Norwegian or Swedish municipality would start it: what it says on
success and the one line of a failure are in that language, with nothing of the
English left. argparse's own words ("argument --size:") may stay English.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_cli import assert_one_line_error, samskap

LANG = {"nb": "nb_NO.UTF-8", "sv": "sv_SE.UTF-8"}
SAID = {
    # language: (demo written, check ok, file written, a missing file, a bad size)
    "nb": ("Skrev demoverkstedet til ", ": i orden", "Skrev ", "finnes ikke", "er ikke en størrelse"),
    "sv": ("Skrev demoworkshoppen till ", ": ok", "Skrev ", "finns inte", "är ingen storlek"),
}


@pytest.mark.parametrize("language", LANG)
def test_commands_say_what_they_did_in_the_users_language(language: str, tmp_path: Path) -> None:
    demo, ok, wrote, _missing, _size = SAID[language]
    path = tmp_path / "Fjellvik.samskap"
    made = samskap(tmp_path, "demo", "-o", path, lang=LANG[language])
    assert made.returncode == 0, made.stderr
    assert made.stdout == f"{demo}{path}\n"

    checked = samskap(tmp_path, "check", path, lang=LANG[language])
    assert checked.stdout == f"{path}{ok}\n"

    pdf = tmp_path / "oppsummering.pdf"
    summary = samskap(tmp_path, "pdf", path, "-o", pdf, lang=LANG[language])
    assert summary.returncode == 0, summary.stderr
    assert summary.stdout == f"{wrote}{pdf}\n"
    assert "Wrote" not in made.stdout + checked.stdout + summary.stdout
    assert not (tmp_path / "settings").exists()  # reading the saved language wrote nothing


@pytest.mark.parametrize("language", LANG)
def test_a_failure_is_one_line_in_the_users_language(language: str, tmp_path: Path) -> None:
    _demo, _ok, _wrote, missing, bad_size = SAID[language]
    gone = samskap(tmp_path, "check", tmp_path / "gone.samskap", lang=LANG[language])
    line = assert_one_line_error(gone, 1)
    assert missing in line and "gone.samskap" in line and "does not exist" not in line

    size = samskap(tmp_path, "screenshot", tmp_path / "x.samskap", "-o", tmp_path / "x.png", "--size", "big",
                   lang=LANG[language])  # fmt: skip
    line = assert_one_line_error(size, 2)
    assert bad_size in line and "big" in line and "is not a size" not in line


def test_the_language_chosen_in_the_window_wins_over_the_systems(tmp_path: Path) -> None:
    from app.settings import Settings

    (tmp_path / "settings").mkdir()
    Settings(tmp_path / "settings" / "samskap.ini").set_language("sv")
    made = samskap(tmp_path, "demo", "-o", tmp_path / "a.samskap", lang=LANG["nb"])
    assert made.stdout.startswith(SAID["sv"][0]), made.stdout


def test_english_when_the_system_speaks_none_of_ours(tmp_path: Path) -> None:
    made = samskap(tmp_path, "demo", "-o", tmp_path / "a.samskap", lang="de_DE.UTF-8")
    assert made.stdout == f"Wrote the demo workshop to {tmp_path / 'a.samskap'}\n"
