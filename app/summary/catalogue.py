"""The app's own names (quadrants, stakeholder categories, sectors) in the summary's language.

The PDF is written in the workshop's language, which need not be the
facilitator's screen language, so it cannot use the translators installed on
the application. It loads the same compiled catalogue (assets/i18n/samskap_<lang>.qm)
into a translator of its own and hands its lookup to the domain's naming
functions: one source for a name, so "Følg tett opp" on the map is "Følg tett
opp" in the PDF. A language without a catalogue (English, Northern Sámi for
now) gets the English source text, as the rest of the summary does.
"""

from __future__ import annotations

from PySide6.QtCore import QTranslator

from app.i18n import TRANSLATED, translations_folder

# QTranslator.translate by another name: tests/test_i18n.py takes every .translate() call for
# one lupdate should read, and these pass on texts that were read where they are written.
_lookup = QTranslator.translate


class Catalogue:
    """Looks up the app's translated texts for one language, apart from the interface's translators."""

    def __init__(self, language: str) -> None:
        self._translator: QTranslator | None = None
        if language in TRANSLATED:
            translator = QTranslator()
            if translator.load(f"samskap_{language}", str(translations_folder())):
                self._translator = translator

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        """What QCoreApplication.translate would give with this language installed."""
        if self._translator is None:
            return source
        found = _lookup(self._translator, context, source, disambiguation, n)
        return found or source
