"""The bundled fonts, so Nordic and Sámi letters look the same on every laptop."""

from __future__ import annotations

from importlib import resources

from PySide6.QtGui import QFontDatabase


def install_fonts() -> None:
    fonts = resources.files("assets").joinpath("fonts")
    for entry in fonts.iterdir():
        if entry.name.endswith(".ttf"):
            QFontDatabase.addApplicationFontFromData(entry.read_bytes())
