"""Qt's own dialogs and menus speak the interface language (issue 16, item 16).

The app opens Qt's file dialog (the widget-based one wherever the platform has no native
dialog: Linux without a desktop theme, and the offscreen platform here), message boxes,
input dialogs, the wizard, progress dialogs, and the standard context menus of text fields
and scroll bars. Each is built the way the app builds it, once in English and once in each
interface language, and every text it shows (labels, buttons, tool tips, menu entries,
column headers, item names) is compared: a text still the same as in English is a string
Qt's translation lacks, unless it is the same word in that language too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QScrollBar,
    QTextEdit,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.i18n import TRANSLATED, install_language, remove_translators
from tests.conftest import save_screenshot

# Texts that are the same word in English and in a language ("Type" in Danish and Norwegian).
SAME_WORD = {"nb": {"Type"}, "nn": {"Type"}, "sv": set(), "da": {"Type", "Computer"}}
SAME_EVERYWHERE = {"", "OK", "Alias"}
# Texts the app (or this test) gives a dialog: captions, filters, file and folder names.
CAPTION = "Samskap caption"
FILTERS = "Samskap workshops (*.samskap);;All files (*)"
# The standard buttons the app's message boxes use (grep StandardButton in widgets/).
BUTTONS = (
    QMessageBox.StandardButton.Ok
    | QMessageBox.StandardButton.Cancel
    | QMessageBox.StandardButton.Yes
    | QMessageBox.StandardButton.No
    | QMessageBox.StandardButton.Close
    | QMessageBox.StandardButton.Save
    | QMessageBox.StandardButton.Discard
)
# What Qt's file dialog says only when asked (overwrite, delete, a name it cannot find).
FILE_DIALOG_MESSAGES = [
    ("QFileDialog", "%1 already exists.\nDo you want to replace it?"),
    ("QFileDialog", "%1\nFile not found.\nPlease verify the correct file name was given."),
    ("QFileDialog", "%1\nDirectory not found.\nPlease verify the correct directory name was given."),
    ("QFileDialog", "Are you sure you want to delete '%1'?"),
    ("QFileDialog", "'%1' is write protected.\nDo you want to delete it anyway?"),
    ("QFileDialog", "Could not delete directory."),
    ("QFileDialog", "New Folder"),
    ("QFileDialog", "Recent Places"),
    ("QFileSystemModel", "Invalid filename"),
]


def _item_texts(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    for column in range(model.columnCount()):
        yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")

    def walk(parent: QModelIndex, depth: int) -> Iterator[str]:
        for row in range(min(model.rowCount(parent), 30)):
            for column in range(model.columnCount(parent)):
                yield str(model.data(model.index(row, column, parent)) or "")
            if depth < 1:
                yield from walk(model.index(row, 0, parent), depth + 1)

    yield from walk(view.rootIndex(), 0)


def _menu_texts(menu: QMenu) -> Iterator[str]:
    for action in menu.actions():
        yield action.text()
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            yield from _menu_texts(submenu)


def shown_texts(widget: QWidget) -> set[str]:
    """Every text `widget` and its children show, in menus and tool tips too."""
    texts = {widget.windowTitle()}
    for child in [widget, *widget.findChildren(QWidget)]:
        if isinstance(child, QLabel):
            texts.add(child.text())
        elif isinstance(child, QAbstractButton):
            texts |= {child.text(), child.toolTip()}
        elif isinstance(child, QComboBox):
            texts |= {child.itemText(i) for i in range(child.count())}
        elif isinstance(child, QAbstractItemView):
            texts |= set(_item_texts(child))
        elif isinstance(child, QMenu):
            texts |= set(_menu_texts(child))
    texts |= {action.text() for action in widget.findChildren(QAction)}
    return texts


def _file_dialog(mode: QFileDialog.AcceptMode, folder: Path) -> QFileDialog:
    dialog = QFileDialog(None, CAPTION, str(folder), FILTERS)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # what Linux shows; Windows has its own
    dialog.setAcceptMode(mode)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    return dialog


def open_dialog(folder: Path) -> QWidget:
    return _file_dialog(QFileDialog.AcceptMode.AcceptOpen, folder)


def save_dialog(folder: Path) -> QWidget:
    return _file_dialog(QFileDialog.AcceptMode.AcceptSave, folder)


def message_box(_folder: Path) -> QWidget:
    box = QMessageBox(QMessageBox.Icon.Question, CAPTION, CAPTION, BUTTONS)
    box.setDetailedText(CAPTION)  # adds Qt's "Show Details..." button
    return box


def input_dialog(_folder: Path) -> QWidget:
    dialog = QInputDialog()
    dialog.setWindowTitle(CAPTION)
    dialog.setLabelText(CAPTION)
    return dialog


def wizard(_folder: Path) -> QWidget:
    # As the new-workshop wizard: classic style, Help button shown, on a middle page.
    wizard = QWizard()
    wizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
    wizard.setOption(QWizard.WizardOption.HaveHelpButton)
    for _ in range(3):
        wizard.addPage(QWizardPage())
    wizard.setWindowTitle(CAPTION)
    QTimer.singleShot(0, wizard.next)
    return wizard


def progress_dialog(_folder: Path) -> QWidget:
    dialog = QProgressDialog()
    dialog.setWindowTitle(CAPTION)
    dialog.setLabelText(CAPTION)
    return dialog


def text_field_menus(_folder: Path) -> QWidget:
    """The right-click menus of a line edit, a text edit and a plain text edit, as one widget."""
    holder = QWidget()
    holder.setWindowTitle(CAPTION)
    for field in (QLineEdit(holder), QTextEdit(holder), QPlainTextEdit(holder)):
        field.createStandardContextMenu().setParent(holder, Qt.WindowType.Popup)
    return holder


def docks_and_scroll_bars(_folder: Path) -> QWidget:
    """A dock's float and close buttons, and the scroll bar's right-click menu."""
    window = QMainWindow()
    window.setWindowTitle(CAPTION)
    dock = QDockWidget(CAPTION)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    for orientation in (Qt.Orientation.Vertical, Qt.Orientation.Horizontal):
        bar = QScrollBar(orientation, window)
        bar.createStandardContextMenu(bar.rect().center()).setParent(window, Qt.WindowType.Popup)
    return window


DIALOGS: dict[str, Callable[[Path], QWidget]] = {
    "open-file": open_dialog,
    "save-file": save_dialog,
    "message-box": message_box,
    "input-dialog": input_dialog,
    "wizard": wizard,
    "progress-dialog": progress_dialog,
    "text-field-menus": text_field_menus,
    "docks-and-scroll-bars": docks_and_scroll_bars,
}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A folder with a workshop file, a text file and a subfolder, for the file dialog to list."""
    (tmp_path / "Fjellvik.samskap").write_bytes(b"x" * 2000)
    (tmp_path / "notes.txt").write_text("x")
    (tmp_path / "Workshops").mkdir()
    return tmp_path


def _texts_in(language: str, build: Callable[[Path], QWidget], folder: Path, qtbot, shot: str = "") -> set[str]:
    """The texts of the dialog `build` makes, built and shown in `language` (and its picture, if `shot`)."""
    app = QApplication.instance()
    assert app is not None
    translators = install_language(app, language)
    try:
        widget = build(folder)
        qtbot.addWidget(widget)
        widget.show()
        qtbot.waitExposed(widget)
        if isinstance(widget, QFileDialog):  # the folder is listed by a thread of Qt's
            qtbot.waitUntil(lambda: "Fjellvik.samskap" in shown_texts(widget))
        if isinstance(widget, QWizard):
            qtbot.waitUntil(lambda: widget.currentId() == 1)
        if shot:  # before the translators go: removing them turns the dialog back into English
            save_screenshot(widget, shot)
        return shown_texts(widget)
    finally:
        remove_translators(app, translators)


def _given(folder: Path) -> set[str]:
    names = {p.name for p in folder.iterdir()}
    # The sidebar lists the user's home folder by its name.
    return {CAPTION, *FILTERS.split(";;"), str(folder), "/", *names, *folder.parts, Path.home().name}


@pytest.mark.parametrize("dialog", DIALOGS)
@pytest.mark.parametrize("language", TRANSLATED)
def test_qt_dialogs_show_no_english(language: str, dialog: str, folder: Path, qtbot) -> None:
    build = DIALOGS[dialog]
    in_english = _texts_in("en", build, folder, qtbot)
    shot = f"qt-{dialog}-{language}" if dialog in ("open-file", "save-file", "message-box") else ""
    translated = _texts_in(language, build, folder, qtbot, shot)
    assert in_english - _given(folder) - SAME_EVERYWHERE, "the dialog showed nothing of Qt's own"
    left = in_english & translated - _given(folder) - SAME_EVERYWHERE - SAME_WORD[language]
    # Sizes and dates follow the system's formats, not the interface language: not Qt's words.
    left = {text for text in left if not any(c.isdigit() for c in text)}
    assert left == set(), f"English in Qt's {dialog} under {language}: {sorted(left)}"


@pytest.mark.parametrize("language", TRANSLATED)
def test_what_the_file_dialog_says_when_asked_is_translated(language: str) -> None:
    app = QApplication.instance() or QApplication([])
    translators = install_language(app, language)
    try:
        english = [(c, s) for c, s in FILE_DIALOG_MESSAGES if QCoreApplication.translate(c, s) == s]
    finally:
        remove_translators(app, translators)
    assert english == []


def test_replacing_a_file_asks_in_the_interface_language(folder: Path, qtbot) -> None:
    """The save dialog's own question before it replaces a file, as the facilitator sees it."""
    app = QApplication.instance()
    assert app is not None
    translators = install_language(app, "nb")
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer)
            return
        seen.append(box.text())
        seen.extend(button.text() for button in box.buttons())
        save_screenshot(box, "qt-replace-file-nb")
        box.reject()

    try:
        dialog = _file_dialog(QFileDialog.AcceptMode.AcceptSave, folder)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.selectFile(str(folder / "Fjellvik.samskap"))
        QTimer.singleShot(0, answer)
        dialog.accept()
    finally:
        remove_translators(app, translators)
    assert seen, "no question came"
    assert "finnes allerede" in seen[0], seen
    assert "&Yes" not in seen and "&No" not in seen, seen
