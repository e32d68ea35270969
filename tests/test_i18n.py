"""The interface in Norwegian (Bokmål and Nynorsk), Swedish, Danish and English.

The translation sources must hold every string the code has (lupdate finds no
new one), every string must be translated with its placeholders intact, the
compiled .qm files must be what the .ts files compile to, and a window built
in each language must show it, Qt's own standard buttons included.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from app.i18n import LANGUAGES, TRANSLATED, install_language, remove_translators, system_language
from app.locale_format import locale_for
from tests.conftest import save_screenshot

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "assets" / "i18n"
QT_TOOLS = Path(sys.executable).parent
PLACEHOLDER = re.compile(r"%\d|%n|%s|%d|\{[a-z_]*\}")


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) of every current message in a .ts file."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            found.append((name, message.findtext("source") or "", translation))
    return found


def run_lupdate(ts: Path) -> None:
    subprocess.run(
        [QT_TOOLS / "pyside6-lupdate", "-silent", "-extensions", "py", "-locations", "none", "-no-obsolete",
         "app", "widgets", "-ts", str(ts)],
        cwd=ROOT, check=True, capture_output=True,
    )  # fmt: skip


@pytest.mark.parametrize("language", TRANSLATED)
def test_translation_sources_hold_every_string_of_the_code(language: str, tmp_path: Path) -> None:
    committed = I18N / f"samskap_{language}.ts"
    fresh = tmp_path / committed.name
    shutil.copy(committed, fresh)
    run_lupdate(fresh)
    before = {(c, s) for c, s, _ in messages(committed)}
    after = {(c, s) for c, s, _ in messages(fresh)}
    assert after - before == set(), "strings missing from the .ts file: run bash .ci/update-translations"
    assert before - after == set(), "strings the code no longer has: run bash .ci/update-translations"


@pytest.mark.parametrize("language", TRANSLATED)
def test_no_string_is_left_untranslated(language: str) -> None:
    untranslated = []
    broken = []
    for context, source, translation in messages(I18N / f"samskap_{language}.ts"):
        # A %n string has one text per plural form of the language; each is checked.
        forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
        if translation.get("type") == "unfinished" or not all(text.strip() for text in forms):
            untranslated.append(f"{context}: {source!r}")
        for text in forms:
            if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
                broken.append(f"{context}: {source!r} -> {text!r}")
    assert untranslated == [], f"{len(untranslated)} untranslated in {language}: {untranslated[:10]}"
    assert broken == [], f"placeholders differ in {language}: {broken[:10]}"


@pytest.mark.parametrize("ts", sorted(I18N.glob("*.ts")), ids=lambda p: p.name)
def test_compiled_translations_are_up_to_date(ts: Path, tmp_path: Path) -> None:
    compiled = tmp_path / ts.with_suffix(".qm").name
    subprocess.run([QT_TOOLS / "pyside6-lrelease", "-silent", str(ts), "-qm", str(compiled)], check=True)
    assert (I18N / compiled.name).read_bytes() == compiled.read_bytes(), "run bash .ci/update-translations"


def _literal_text_arguments(call: ast.Call) -> bool:
    func = call.func
    if isinstance(func, ast.Name) and func.id in ("tr", "_tr"):
        return False  # an alias of translate(): lupdate reads its first argument as the text
    if isinstance(func, ast.Attribute) and func.attr == "tr":
        # lupdate names the context after the receiver's class only for `self.tr`;
        # `self.view.tr(...)` would land in a context called "self.view".
        if not (isinstance(func.value, ast.Name) and func.value.id == "self"):
            return False
        args = call.args[:1]
    elif (isinstance(func, ast.Attribute) and func.attr == "translate") or (
        isinstance(func, ast.Name) and func.id in ("translate", "QT_TRANSLATE_NOOP")
    ):
        args = call.args[:2]
    else:
        return True
    # A class's message template marked with QT_TRANSLATE_NOOP where it is written
    # (app/storage/errors.py) is the one computed text allowed: lupdate sees the mark.
    return all(
        (isinstance(a, ast.Constant) and isinstance(a.value, str))
        or (isinstance(a, ast.Attribute) and a.attr == "template")
        or (isinstance(a, ast.Name) and a.id == "template")
        for a in args
    )


def test_every_translated_string_is_a_literal_that_lupdate_can_see() -> None:
    hidden = []
    for path in sorted([*ROOT.glob("app/**/*.py"), *ROOT.glob("widgets/**/*.py")]):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and not _literal_text_arguments(node):
                hidden.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert hidden == [], f"tr() on another object, or a computed text, cannot be translated: {hidden}"


def test_system_language_picks_the_closest_interface_language() -> None:
    assert system_language(QLocale("nb_NO")) == "nb"
    assert system_language(QLocale("nn_NO")) == "nn"
    assert system_language(QLocale("sv_SE")) == "sv"
    assert system_language(QLocale("da_DK")) == "da"
    assert system_language(QLocale("se_NO")) in LANGUAGES  # Northern Sámi: the closest we have
    assert system_language(QLocale("de_DE")) == "en"


def test_dates_and_numbers_follow_the_language() -> None:
    from PySide6.QtCore import QDate

    date = QDate(2026, 3, 12)
    assert locale_for("nb").toString(date, QLocale.FormatType.LongFormat).startswith("torsdag 12. mars")
    assert locale_for("sv").toString(1234.5, "f", 1) == "1\u00a0234,5"
    assert locale_for("en").toString(1234.5, "f", 1) == "1,234.5"


STANDARD_CANCEL = {"nb": "Avbryt", "nn": "Avbryt", "sv": "Avbryt", "da": "Annuller"}
FILE_MENU = {"nb": "Fil", "nn": "Fil", "sv": "Arkiv", "da": "Filer"}


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_interface_shows_the_chosen_language(language: str, qtbot, tmp_path: Path) -> None:
    from app.settings import Settings
    from widgets.window.main_window import MainWindow

    app = QApplication.instance()
    assert app is not None  # qtbot made it
    translators = install_language(app, language)
    try:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Yes)
        qtbot.addWidget(buttons)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel).text()
        assert cancel == STANDARD_CANCEL[language]
        box = QMessageBox(QMessageBox.Icon.Question, "t", "t", QMessageBox.StandardButton.Cancel)
        qtbot.addWidget(box)
        assert box.button(QMessageBox.StandardButton.Cancel).text() == STANDARD_CANCEL[language]

        window = MainWindow(
            settings=Settings(tmp_path / "s.ini"),
            workshop_folder=tmp_path,
            demo_path=lambda: tmp_path / "none.samskap",
            language=language,
        )
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
        assert titles[0] == FILE_MENU[language]
        english = {"File", "Edit", "Note", "Board", "View", "Settings", "Help"}
        assert not english & set(titles), titles
        save_screenshot(window, f"i18n-start-{language}")
    finally:
        remove_translators(app, translators)
