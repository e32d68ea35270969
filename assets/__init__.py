"""Bundled data: fonts (with their licence), icons and translations.

`FOLDER` is this package's folder in a checkout, an installed wheel and the PyInstaller
bundle alike (build.spec bundles the package and copies its files beside it). The window
reads fonts and translations from it at start-up without importing importlib.resources,
which costs a few milliseconds there; the PDF summary and the template library use
importlib.resources.
"""

from pathlib import Path

FOLDER = Path(__file__).resolve().parent
