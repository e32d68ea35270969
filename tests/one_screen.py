"""One screen in the test process (800x800): F5 on a board too full for it asks first (see one_screen.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox


def answer_one_screen_question(window, answer: str = "whole board") -> QMessageBox | None:
    """Click `answer` in the question asked before the wall covers the only screen; None if none was asked."""
    box = next((b for b in window.findChildren(QMessageBox, "one_screen_question") if b.isVisible()), None)
    if box is None:
        return None
    button = next(b for b in box.buttons() if answer in b.text().replace("&", ""))
    button.click()
    return box
