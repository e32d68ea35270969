"""Samskap's icon on its windows, drawn from the one source picture, assets/icons/samskap.svg.

The executables' icon on Windows (the .ico in the bundle) is made from the same SVG at build
time (.ci/bundle_resources.py). The windows get theirs just after the first frame: reading an
SVG loads Qt's SVG library, which the first frame does not otherwise need.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QIcon

import assets

SOURCE = assets.FOLDER / "icons" / "samskap.svg"


def app_icon() -> QIcon:
    """The icon, drawn at whatever size it is asked for (the SVG icon engine renders each size)."""
    return QIcon(str(SOURCE))


def set_app_icon() -> None:
    """Give every window of the application the icon, those already shown included (and dialogs)."""
    QGuiApplication.setWindowIcon(app_icon())
