"""Help > Keyboard shortcuts: keys and what they do in two columns, key names in the user's language."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from app.i18n import install_language, remove_translators


def _open_from_help_menu(window, qtbot):
    window.parts  # the menus come with the parts  # noqa: B018
    window.menus.help.actions()[0].trigger()  # Help > Keyboard shortcuts
    dialog = window.shortcuts_dialog
    qtbot.waitExposed(dialog)
    return dialog


def _rows(dialog) -> list[tuple[str, str]]:
    table = dialog.table
    rows = []
    for row in range(table.rowCount()):
        keys, what = table.item(row, 0), table.item(row, 1)
        rows.append((keys.text(), what.text() if what is not None else ""))
    return rows


@pytest.fixture
def bokmaal(qtbot):
    app = QApplication.instance()
    assert app is not None  # qtbot made it
    translators = install_language(app, "nb")
    yield
    remove_translators(app, translators)


def test_keys_and_their_meaning_are_two_columns_in_bokmaal(bokmaal, window, qtbot) -> None:
    dialog = _open_from_help_menu(window, qtbot)
    rows = _rows(dialog)
    steps = next((keys, what) for keys, what in rows if "agenda" in what.lower() and "Alt" in keys)
    # The keys of a row stand alone in the first column; nothing runs into the text beside them.
    assert steps[0].endswith("T"), steps
    assert steps[1].startswith("Neste"), steps
    # Key names come in the interface language (Qt's own key names), never English ones.
    page_down = QKeySequence("PgDown").toString(QKeySequence.SequenceFormat.NativeText)
    assert page_down != "PgDown"
    shown_keys = " ".join(keys for keys, _what in rows)
    assert page_down in shown_keys
    assert "PgDown" not in shown_keys and "PgUp" not in shown_keys
    assert "Pil opp" in shown_keys  # Alt+Up moves a board up
    # Topics are rows across both columns, in bold.
    assert dialog.table.columnSpan(0, 0) == 2
    assert dialog.table.item(0, 0).font().bold()
    dialog.grab().save(str(__import__("pathlib").Path(__file__).parents[1] / "screenshots" / "shortcuts_nb.png"))


def test_in_english_the_keys_read_as_qt_writes_them(window, qtbot) -> None:
    rows = _rows(_open_from_help_menu(window, qtbot))
    assert ("Ctrl+Shift+L", "Tidy the floke tree") in rows
    assert ("F5, Shift+F5 / Esc", "Start presenting, stop presenting") in rows
