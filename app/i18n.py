"""The interface language: which languages exist, which one to use, and loading its translations.

English is the source language of every string (`tr()` / `translate()`); the
Nordic languages come from `assets/i18n/samskap_<lang>.qm`, compiled from the
`.ts` files that pyside6-lupdate keeps in step with the code (see README,
"Translations"). Qt's own strings (the OK and Cancel of standard buttons, the
wizard's Next and Back, the file dialog) come from Qt's `qtbase_<lang>.qm`, with
`assets/i18n/qtbase_<lang>.qm` loaded after it so that ours win: Qt ships no
Bokmål one, so ours is the whole of it for nb, and for nn, sv and da ours fills
the gaps Qt's leaves in the dialogs Samskap opens (tests/test_qt_dialogs_i18n.py).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

import assets
from app.locale_format import locale_for  # the one mapping from a language to its formats

# The interface languages, each with its own name for itself (what a language menu shows).
LANGUAGES: dict[str, str] = {
    "nb": "Norsk bokmål",
    "nn": "Norsk nynorsk",
    "sv": "Svenska",
    "da": "Dansk",
    "en": "English",
}
TRANSLATED: tuple[str, ...] = ("nb", "nn", "sv", "da")  # English needs no translation file


def system_language(locale: QLocale | None = None) -> str:
    """The interface language closest to the system's, English when none is close."""
    locale = locale or QLocale.system()
    for name in locale.uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in ("nb", "no"):
            return "nb"
        if code in LANGUAGES:
            return code
    return "en"


def user_language(saved: str | None) -> str:
    """The language to speak: SAMSKAP_LANGUAGE, else the facilitator's saved choice, else the system's
    (on Linux LANG and its kin, on Windows the display language); English when none is ours.

    The window and the command line choose alike, so `samskap demo` says what the window would."""
    language = os.environ.get("SAMSKAP_LANGUAGE") or saved or system_language()
    return language if language in LANGUAGES else "en"


def translations_folder() -> Path:
    return assets.FOLDER / "i18n"


def install_language(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load the app's and Qt's translations for `language`, and make its locale the default.

    Returns the installed translators; the caller keeps them alive (Qt holds
    only a pointer) and may pass them to `remove_translators` to switch back.
    """
    QLocale.setDefault(locale_for(language))
    if language not in TRANSLATED:
        return []
    installed = []
    ours = translations_folder()
    qt = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    # Qt asks the translator installed last first: ours after Qt's, so ours win where both have a string.
    for name, folder in ((f"qtbase_{language}", qt), (f"qtbase_{language}", ours), (f"samskap_{language}", ours)):
        if not (folder / f"{name}.qm").is_file():
            continue  # Qt has no Bokmål; QTranslator.load would also try other names and folders
        translator = QTranslator(app)
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
    QLocale.setDefault(locale_for("en"))
