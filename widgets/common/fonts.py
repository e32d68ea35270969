"""The bundled fonts, so Nordic and Sámi letters look the same on every laptop."""

from __future__ import annotations

import sys

from PySide6.QtGui import QFontDatabase

import assets


def install_fonts() -> list[str]:
    """Register the bundled fonts with Qt; returns the font families they hold."""
    families: list[str] = []
    # By path, so Qt reads the files itself: no copy of 1.4 MB through Python at start-up.
    for path in sorted((assets.FOLDER / "fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    if not families:  # a packaging mistake: the app still runs, on the system's fonts
        sys.stderr.write(f"Samskap: no bundled fonts found in {assets.FOLDER / 'fonts'}\n")
    return families
