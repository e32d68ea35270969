"""Settings > Language: the facilitator picks the interface language, used from the next start.

Qt cannot re-translate widgets that are already built without every widget
rebuilding its texts, so the choice is stored and applied when Samskap starts
again; the menu offers to restart at once, reopening the current workshop.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QProcess
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from app.i18n import LANGUAGES
from app.settings import Settings


class LanguageMenu(QMenu):
    """One checkable entry per interface language, each named in its own language."""

    def __init__(
        self,
        *,
        settings: Settings,
        current: str,
        open_file: Callable[[], Path | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("&Language"), parent)
        self.setObjectName("language_menu")
        self._settings = settings
        self._current = current
        self._open_file = open_file
        group = QActionGroup(self)
        for code, name in LANGUAGES.items():
            action = QAction(name, self, checkable=True)
            action.setData(code)
            action.setChecked(code == current)
            group.addAction(action)
            self.addAction(action)
        group.triggered.connect(self._on_group_triggered)

    def _on_group_triggered(self, action: QAction) -> None:
        code = action.data()
        self._settings.set_language(code)
        if code == self._current:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Language"),
            self.tr("Samskap will use %1 from the next start. Restart now?").replace("%1", LANGUAGES[code]),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self.parentWidget(),
        )
        box.setObjectName("restart_question")
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        box.finished.connect(lambda result: self._restart() if result == QMessageBox.StandardButton.Yes else None)
        box.open()

    def _restart(self) -> None:
        window = self.parentWidget()
        if window is None or not window.close():  # the window may still refuse (a dialog is open)
            return
        path = self._open_file()
        arguments = [] if getattr(sys, "frozen", False) else ["-m", "app"]
        if path is not None:
            arguments.append(str(path))
        QProcess.startDetached(sys.executable, arguments)
