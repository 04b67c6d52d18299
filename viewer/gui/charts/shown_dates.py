"""A stated date as the window writes it: in its language.

The seeds are English, and a fact keeps the words its source states a date in ("late 2019",
"30 June 2021", "March 18, 2011"); the data layer reads them into a
:class:`~viewer.archive.dates.StatedDate` to the precision stated. An English window labels a
date with the source's words, as it always has; a window in another language writes the
date it read, to the same precision, in the layout its catalogue gives and with its
language's month names (:class:`QLocale`), and the few words the seeds put around a date to
say which part of it ("late", "early") through the catalogue. The source's own words stay in
the tooltip, quoted.
Exports and the CLI keep the stated words.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from viewer.archive.dates import Precision, StatedDate, parse_stated_date
from viewer.gui.labels import fill
from viewer.gui.translatable import QT_TRANSLATE_NOOP

#: Qt date formats by precision, with a year and without (a day stated with no year): d the
#: day, MMMM the month's name, yyyy the year; other words in 'quotes'.
FORMATS = {
    (Precision.DAY, True): QT_TRANSLATE_NOOP("Dates", "d MMMM yyyy"),
    (Precision.MONTH, True): QT_TRANSLATE_NOOP("Dates", "MMMM yyyy"),
    (Precision.YEAR, True): QT_TRANSLATE_NOOP("Dates", "yyyy"),
    (Precision.DAY, False): QT_TRANSLATE_NOOP("Dates", "d MMMM"),
    (Precision.MONTH, False): QT_TRANSLATE_NOOP("Dates", "MMMM"),
}
#: The words the seeds put before a date to say which part of it, by the word.
QUALIFIERS = {
    "late": QT_TRANSLATE_NOOP("Dates", "late %1"),
    "early": QT_TRANSLATE_NOOP("Dates", "early %1"),
    "mid": QT_TRANSLATE_NOOP("Dates", "mid %1"),
    "about": QT_TRANSLATE_NOOP("Dates", "about %1"),
    "around": QT_TRANSLATE_NOOP("Dates", "around %1"),
}
_QUALIFIED = re.compile(r"^(?P<word>[A-Za-z]+)[- ]+(?P<rest>.+)$")
# A year to write a day or month stated without one: a leap year, so 29 February is a day.
_ANY_LEAP_YEAR = 2000


def _tr(text: str) -> str:
    return QCoreApplication.translate("Dates", text)


def written_date(date: StatedDate) -> str:
    """``date`` in the window's language, to the precision stated."""
    layout = _tr(FORMATS[date.precision, date.has_year])
    day = QDate(date.year or _ANY_LEAP_YEAR, date.month or 1, date.day or 1)
    return QLocale().toString(day, layout)


def shown_date(stated: str, date: StatedDate) -> str:
    """A date a source states in the words ``stated``, read as ``date``, as the window shows
    it: the source's words in an English window; else the date in the window's language,
    with a word before it that the seeds use ("late 2019") in the window's language too."""
    day_format = FORMATS[Precision.DAY, True]
    if _tr(day_format) == day_format:  # no catalogue: English, the seeds' language
        return stated
    written = written_date(date)
    match = _QUALIFIED.match(" ".join(stated.split()))
    if match is None:
        return written
    word = match["word"].lower()
    if word not in QUALIFIERS:
        return written
    rest = parse_stated_date(match["rest"], bare_year=True)
    if rest is None or rest.iso() != date.iso():
        return written
    return fill(_tr(QUALIFIERS[word]), written)
