"""Dates, clock times and durations in the format of a language's locale.

The agenda speaks the workshop's language (a Danish agenda says 09.30, a
Norwegian one 09:30); the wizard speaks the interface's. English gets the
system's English locale when there is one, otherwise British English: a
24-hour clock and day-month order, as in every Nordic municipality.
"""

from __future__ import annotations

from datetime import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

if TYPE_CHECKING:
    from app.domain.model import Meeting

_LOCALE_NAMES = {"nb": "nb_NO", "nn": "nn_NO", "sv": "sv_SE", "da": "da_DK"}


def locale_for(language: str) -> QLocale:
    """The QLocale a language code's text is formatted in."""
    if language in _LOCALE_NAMES:
        return QLocale(_LOCALE_NAMES[language])
    system = QLocale.system()
    if system.language() == QLocale.Language.English:
        return system
    return QLocale("en_GB")


def interface_language() -> str:
    """The language code of the interface (the default locale), or English when it is none of ours."""
    locale = QLocale()
    language = locale.language()
    if language == QLocale.Language.NorwegianBokmal:
        return "nb"
    if language == QLocale.Language.NorwegianNynorsk:
        return "nn"
    if language == QLocale.Language.Swedish:
        return "sv"
    if language == QLocale.Language.Danish:
        return "da"
    return "en"


def clock_text(moment: time, locale: QLocale) -> str:
    """A time of day, e.g. 09:30 (nb) or 09.30 (da)."""
    return locale.toString(QTime(moment.hour, moment.minute), locale.timeFormat(QLocale.FormatType.ShortFormat))


def short_date_format(locale: QLocale) -> str:
    """The locale's short date format with a four-digit year, for date fields."""
    text = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in text:
        text = text.replace("yy", "yyyy")
    return text


def meeting_label(number: int, meeting: Meeting, *, current: bool, locale: QLocale) -> str:
    """How a meeting is named in a list: "2. 06.05.2026: Co-design", with "(current)" for the room's."""
    day = QDate.fromString(meeting.date, "yyyy-MM-dd")
    if day.isValid():
        when = locale.toString(day, QLocale.FormatType.ShortFormat)
    else:
        when = QCoreApplication.translate("MeetingChooser", "no date")
    text = f"{number}. {when}" + (f": {meeting.title}" if meeting.title else "")
    return QCoreApplication.translate("MeetingChooser", "%1 (current)").replace("%1", text) if current else text
