"""``QT_TRANSLATE_NOOP``, typed: marks an English text for ``pyside6-lupdate`` where it is
declared (a table of actions, labels, headings) and returns it unchanged, to be translated
with ``QCoreApplication.translate(context, text)`` where it is shown.

PySide6's own says it takes and returns ``object``; lupdate knows the call by its name, so
this one, with the same name and typed ``str``, serves it as well.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str, disambiguation: str = "") -> str:
    # ``context`` and ``disambiguation`` are read by lupdate from the source (it takes a third
    # argument as the disambiguation, as C++'s QT_TRANSLATE_NOOP3); not used at run time.
    del context, disambiguation
    return text
