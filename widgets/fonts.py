"""The bundled fonts, so Nordic and Sámi letters look the same on every laptop."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

import assets


def install_fonts() -> None:
    # By path, so Qt reads the files itself: no copy of 1.4 MB through Python at start-up.
    for path in sorted((assets.FOLDER / "fonts").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(path))
