"""The names of the archive's tables and columns, as the window shows them: translated.

The data layer (:mod:`viewer.archive.tables`) states each label once, in English, for every
layer; the window shows it through :func:`table_label` and :func:`column_label`, which look it
up in the ``Tables`` context of the catalogue. ``pyside6-lupdate`` finds the labels here, in
:data:`LABELS`, and a test checks that every label the data layer has is listed, so a new
column cannot reach the window untranslated. Exports keep the English labels: a file's column
names are data that other programs read, not words of the interface.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt

from viewer.archive.tables import ENTITY_KINDS, Column, TableSpec
from viewer.archive.user_text import cut_short
from viewer.gui.translatable import QT_TRANSLATE_NOOP

LABELS = (
    QT_TRANSLATE_NOOP("Tables", "Actor"), QT_TRANSLATE_NOOP("Tables", "As stated"),
    QT_TRANSLATE_NOOP("Tables", "Attribute"), QT_TRANSLATE_NOOP("Tables", "Award"),
    QT_TRANSLATE_NOOP("Tables", "Awards"), QT_TRANSLATE_NOOP("Tables", "Cast"),
    QT_TRANSLATE_NOOP("Tables", "Character"), QT_TRANSLATE_NOOP("Tables", "Characters"),
    QT_TRANSLATE_NOOP("Tables", "Claims"), QT_TRANSLATE_NOOP("Tables", "Compared as"),
    QT_TRANSLATE_NOOP("Tables", "Crew"), QT_TRANSLATE_NOOP("Tables", "Date"),
    QT_TRANSLATE_NOOP("Tables", "Description"), QT_TRANSLATE_NOOP("Tables", "Directed by"),
    QT_TRANSLATE_NOOP("Tables", "Disagreements"), QT_TRANSLATE_NOOP("Tables", "Episodes"),
    QT_TRANSLATE_NOOP("Tables", "Event"), QT_TRANSLATE_NOOP("Tables", "Events"),
    QT_TRANSLATE_NOOP("Tables", "Excerpts"), QT_TRANSLATE_NOOP("Tables", "Fact"),
    QT_TRANSLATE_NOOP("Tables", "Facts"), QT_TRANSLATE_NOOP("Tables", "File"),
    QT_TRANSLATE_NOOP("Tables", "Kind"), QT_TRANSLATE_NOOP("Tables", "Language"),
    QT_TRANSLATE_NOOP("Tables", "Minutes"), QT_TRANSLATE_NOOP("Tables", "Name"),
    QT_TRANSLATE_NOOP("Tables", "No."), QT_TRANSLATE_NOOP("Tables", "Organisation"),
    QT_TRANSLATE_NOOP("Tables", "Organisations"), QT_TRANSLATE_NOOP("Tables", "People"),
    QT_TRANSLATE_NOOP("Tables", "Person"), QT_TRANSLATE_NOOP("Tables", "Place"),
    QT_TRANSLATE_NOOP("Tables", "Places"), QT_TRANSLATE_NOOP("Tables", "Played by"),
    QT_TRANSLATE_NOOP("Tables", "Professional"), QT_TRANSLATE_NOOP("Tables", "Quote"),
    QT_TRANSLATE_NOOP("Tables", "Quotes"), QT_TRANSLATE_NOOP("Tables", "Released"),
    QT_TRANSLATE_NOOP("Tables", "Role"), QT_TRANSLATE_NOOP("Tables", "Roles"),
    QT_TRANSLATE_NOOP("Tables", "Section"), QT_TRANSLATE_NOOP("Tables", "Site"),
    QT_TRANSLATE_NOOP("Tables", "Source"), QT_TRANSLATE_NOOP("Tables", "Sources"),
    QT_TRANSLATE_NOOP("Tables", "Speaker"), QT_TRANSLATE_NOOP("Tables", "Spellings"),
    QT_TRANSLATE_NOOP("Tables", "Storyline"), QT_TRANSLATE_NOOP("Tables", "Storylines"),
    QT_TRANSLATE_NOOP("Tables", "Subject"), QT_TRANSLATE_NOOP("Tables", "Summary"),
    QT_TRANSLATE_NOOP("Tables", "Surname"),
    QT_TRANSLATE_NOOP("Tables", "Teleplay by"), QT_TRANSLATE_NOOP("Tables", "Text"),
    QT_TRANSLATE_NOOP("Tables", "Title"), QT_TRANSLATE_NOOP("Tables", "Value"),
    QT_TRANSLATE_NOOP("Tables", "Values that do not agree"),
    QT_TRANSLATE_NOOP("Tables", "What it is"), QT_TRANSLATE_NOOP("Tables", "Works"),
    QT_TRANSLATE_NOOP("Tables", "Year"),
    # A label in one sense of its English word (Column.disambiguation).
    QT_TRANSLATE_NOOP("Tables", "Characters", "a text's length"),
)

#: Header tooltips particular to a column (Column.tip); the others say how it sorts.
TIPS = (
    QT_TRANSLATE_NOOP("Tables", "Sort by family name, then given names (a name whose family "
                                "name the sources do not tell sorts by the whole name)"),
)

#: Record fields that are not a column of a tab, as the detail pane names them
#: (``name_id`` → "Name id"); listed for ``pyside6-lupdate``.
FIELD_LABELS = (
    QT_TRANSLATE_NOOP("Fields", "Actor"),
    QT_TRANSLATE_NOOP("Fields", "Actors"),
    QT_TRANSLATE_NOOP("Fields", "Attribute"),
    QT_TRANSLATE_NOOP("Fields", "Author"),
    QT_TRANSLATE_NOOP("Fields", "Category"),
    QT_TRANSLATE_NOOP("Fields", "Char count"),
    QT_TRANSLATE_NOOP("Fields", "Character"),
    QT_TRANSLATE_NOOP("Fields", "Character id"),
    QT_TRANSLATE_NOOP("Fields", "Characters"),
    QT_TRANSLATE_NOOP("Fields", "Citation type"),
    QT_TRANSLATE_NOOP("Fields", "Claimed"),
    QT_TRANSLATE_NOOP("Fields", "Curated"),
    QT_TRANSLATE_NOOP("Fields", "Date"),
    QT_TRANSLATE_NOOP("Fields", "Dates"),
    QT_TRANSLATE_NOOP("Fields", "Description"),
    QT_TRANSLATE_NOOP("Fields", "Descriptions"),
    QT_TRANSLATE_NOOP("Fields", "Directors"),
    QT_TRANSLATE_NOOP("Fields", "Disagreement"),
    QT_TRANSLATE_NOOP("Fields", "Disagreement id"),
    QT_TRANSLATE_NOOP("Fields", "End"),
    QT_TRANSLATE_NOOP("Fields", "Episode"),
    QT_TRANSLATE_NOOP("Fields", "Episodes"),
    QT_TRANSLATE_NOOP("Fields", "Field"),
    QT_TRANSLATE_NOOP("Fields", "File"),
    QT_TRANSLATE_NOOP("Fields", "Id"),
    QT_TRANSLATE_NOOP("Fields", "Inferred"),
    QT_TRANSLATE_NOOP("Fields", "Inferred roles"),
    QT_TRANSLATE_NOOP("Fields", "Kind"),
    QT_TRANSLATE_NOOP("Fields", "Label"),
    QT_TRANSLATE_NOOP("Fields", "Language"),
    QT_TRANSLATE_NOOP("Fields", "Length"),
    QT_TRANSLATE_NOOP("Fields", "Links"),
    QT_TRANSLATE_NOOP("Fields", "Name"),
    QT_TRANSLATE_NOOP("Fields", "Number"),
    QT_TRANSLATE_NOOP("Fields", "People"),
    QT_TRANSLATE_NOOP("Fields", "Person"),
    QT_TRANSLATE_NOOP("Fields", "Person id"),
    QT_TRANSLATE_NOOP("Fields", "Professional"),
    QT_TRANSLATE_NOOP("Fields", "Quote"),
    QT_TRANSLATE_NOOP("Fields", "Rank"),
    QT_TRANSLATE_NOOP("Fields", "Reason"),
    QT_TRANSLATE_NOOP("Fields", "Record"),
    QT_TRANSLATE_NOOP("Fields", "Record id"),
    QT_TRANSLATE_NOOP("Fields", "Record table"),
    QT_TRANSLATE_NOOP("Fields", "Relation"),
    QT_TRANSLATE_NOOP("Fields", "Relations"),
    QT_TRANSLATE_NOOP("Fields", "Release date"),
    QT_TRANSLATE_NOOP("Fields", "Role"),
    QT_TRANSLATE_NOOP("Fields", "Role as stated"),
    QT_TRANSLATE_NOOP("Fields", "Roles"),
    QT_TRANSLATE_NOOP("Fields", "Runtime minutes"),
    QT_TRANSLATE_NOOP("Fields", "Section"),
    QT_TRANSLATE_NOOP("Fields", "Seq"),
    QT_TRANSLATE_NOOP("Fields", "Sha256"),
    QT_TRANSLATE_NOOP("Fields", "Site"),
    QT_TRANSLATE_NOOP("Fields", "Snippet"),
    QT_TRANSLATE_NOOP("Fields", "Source"),
    QT_TRANSLATE_NOOP("Fields", "Source file"),
    QT_TRANSLATE_NOOP("Fields", "Source id"),
    QT_TRANSLATE_NOOP("Fields", "Source title"),
    QT_TRANSLATE_NOOP("Fields", "Sources"),
    QT_TRANSLATE_NOOP("Fields", "Speaker"),
    QT_TRANSLATE_NOOP("Fields", "Spelling note"),
    QT_TRANSLATE_NOOP("Fields", "Start"),
    QT_TRANSLATE_NOOP("Fields", "Stated"),
    QT_TRANSLATE_NOOP("Fields", "Statement"),
    QT_TRANSLATE_NOOP("Fields", "Status"),
    QT_TRANSLATE_NOOP("Fields", "Storyline"),
    QT_TRANSLATE_NOOP("Fields", "Storylines"),
    QT_TRANSLATE_NOOP("Fields", "Subject"),
    QT_TRANSLATE_NOOP("Fields", "Summary"),
    QT_TRANSLATE_NOOP("Fields", "Surname"),
    QT_TRANSLATE_NOOP("Fields", "Synopsis"),
    QT_TRANSLATE_NOOP("Fields", "Table"),
    QT_TRANSLATE_NOOP("Fields", "Text"),
    QT_TRANSLATE_NOOP("Fields", "Title"),
    QT_TRANSLATE_NOOP("Fields", "Topic"),
    QT_TRANSLATE_NOOP("Fields", "Value"),
    QT_TRANSLATE_NOOP("Fields", "Values"),
    QT_TRANSLATE_NOOP("Fields", "Variants"),
    QT_TRANSLATE_NOOP("Fields", "Writers"),
)
#: How a span's value was found when the text does not state it in so many words.
STATUSES = (QT_TRANSLATE_NOOP("Fields", "inferred"), QT_TRANSLATE_NOOP("Fields", "curated"))

#: Headings of the detail pane's related records, by relation word (viewer.archive.links):
#: over one link and over several.
RELATIONS: dict[str, tuple[str, str]] = {
    "person": (QT_TRANSLATE_NOOP("Relations", "Person"), QT_TRANSLATE_NOOP("Relations", "People")),
    "quote": (QT_TRANSLATE_NOOP("Relations", "Quote"), QT_TRANSLATE_NOOP("Relations", "Quotes")),
    "people": (QT_TRANSLATE_NOOP("Relations", "People"), QT_TRANSLATE_NOOP("Relations", "People")),
    "mention": (QT_TRANSLATE_NOOP("Relations", "Mention"),
                QT_TRANSLATE_NOOP("Relations", "Mentions")),
    "character": (QT_TRANSLATE_NOOP("Relations", "Character"),
                  QT_TRANSLATE_NOOP("Relations", "Characters")),
    "storyline": (QT_TRANSLATE_NOOP("Relations", "Storyline"),
                  QT_TRANSLATE_NOOP("Relations", "Storylines")),
    "episode": (QT_TRANSLATE_NOOP("Relations", "Episode"),
                QT_TRANSLATE_NOOP("Relations", "Episodes")),
    "cast credit": (QT_TRANSLATE_NOOP("Relations", "Cast credit"),
                    QT_TRANSLATE_NOOP("Relations", "Cast credits")),
    "crew credit": (QT_TRANSLATE_NOOP("Relations", "Crew credit"),
                    QT_TRANSLATE_NOOP("Relations", "Crew credits")),
    "credit": (QT_TRANSLATE_NOOP("Relations", "Credit"), QT_TRANSLATE_NOOP("Relations", "Credits")),
    "other credit": (QT_TRANSLATE_NOOP("Relations", "Other credit"),
                     QT_TRANSLATE_NOOP("Relations", "Other credits")),
    "played by": (QT_TRANSLATE_NOOP("Relations", "Played by"),
                  QT_TRANSLATE_NOOP("Relations", "Played by")),
    "cast": (QT_TRANSLATE_NOOP("Relations", "Cast"), QT_TRANSLATE_NOOP("Relations", "Cast")),
    "speaker": (QT_TRANSLATE_NOOP("Relations", "Speaker"),
                QT_TRANSLATE_NOOP("Relations", "Speaker")),
    "same fact elsewhere": (QT_TRANSLATE_NOOP("Relations", "Same fact elsewhere"),
                            QT_TRANSLATE_NOOP("Relations", "Same fact elsewhere")),
    "same words quoted again": (QT_TRANSLATE_NOOP("Relations", "Same words quoted again"),
                                QT_TRANSLATE_NOOP("Relations", "Same words quoted again")),
    "author": (QT_TRANSLATE_NOOP("Relations", "Author"),
               QT_TRANSLATE_NOOP("Relations", "Authors")),
    "author of": (QT_TRANSLATE_NOOP("Relations", "Author of"),
                  QT_TRANSLATE_NOOP("Relations", "Author of")),
    "document": (QT_TRANSLATE_NOOP("Relations", "Document"),
                 QT_TRANSLATE_NOOP("Relations", "Document")),
    "Sources disagree": (QT_TRANSLATE_NOOP("Relations", "Sources disagree"),
                         QT_TRANSLATE_NOOP("Relations", "Sources disagree")),
    "stated in": (QT_TRANSLATE_NOOP("Relations", "Stated in"),
                  QT_TRANSLATE_NOOP("Relations", "Stated in")),
    "other claims": (QT_TRANSLATE_NOOP("Relations", "Other claims"),
                     QT_TRANSLATE_NOOP("Relations", "Other claims")),
    "claims": (QT_TRANSLATE_NOOP("Relations", "Claims"), QT_TRANSLATE_NOOP("Relations", "Claims")),
    "organisation": (QT_TRANSLATE_NOOP("Relations", "Organisation"),
                     QT_TRANSLATE_NOOP("Relations", "Organisations")),
    "place": (QT_TRANSLATE_NOOP("Relations", "Place"), QT_TRANSLATE_NOOP("Relations", "Places")),
    "event": (QT_TRANSLATE_NOOP("Relations", "Event"), QT_TRANSLATE_NOOP("Relations", "Events")),
    "work": (QT_TRANSLATE_NOOP("Relations", "Work"), QT_TRANSLATE_NOOP("Relations", "Works")),
    "award": (QT_TRANSLATE_NOOP("Relations", "Award"), QT_TRANSLATE_NOOP("Relations", "Awards")),
    "organisations": (QT_TRANSLATE_NOOP("Relations", "Organisations"),
                      QT_TRANSLATE_NOOP("Relations", "Organisations")),
    "places": (QT_TRANSLATE_NOOP("Relations", "Places"), QT_TRANSLATE_NOOP("Relations", "Places")),
    "events": (QT_TRANSLATE_NOOP("Relations", "Events"), QT_TRANSLATE_NOOP("Relations", "Events")),
    "works": (QT_TRANSLATE_NOOP("Relations", "Works"), QT_TRANSLATE_NOOP("Relations", "Works")),
    "awards": (QT_TRANSLATE_NOOP("Relations", "Awards"), QT_TRANSLATE_NOOP("Relations", "Awards")),
    "episodes": (QT_TRANSLATE_NOOP("Relations", "Episodes"),
                 QT_TRANSLATE_NOOP("Relations", "Episodes")),
    "crew": (QT_TRANSLATE_NOOP("Relations", "Crew"), QT_TRANSLATE_NOOP("Relations", "Crew")),
    "characters": (QT_TRANSLATE_NOOP("Relations", "Characters"),
                   QT_TRANSLATE_NOOP("Relations", "Characters")),
    "storylines": (QT_TRANSLATE_NOOP("Relations", "Storylines"),
                   QT_TRANSLATE_NOOP("Relations", "Storylines")),
    "quotes": (QT_TRANSLATE_NOOP("Relations", "Quotes"), QT_TRANSLATE_NOOP("Relations", "Quotes")),
    "facts": (QT_TRANSLATE_NOOP("Relations", "Facts"), QT_TRANSLATE_NOOP("Relations", "Facts")),
    "excerpts": (QT_TRANSLATE_NOOP("Relations", "Excerpts"),
                 QT_TRANSLATE_NOOP("Relations", "Excerpts")),
    "sources": (QT_TRANSLATE_NOOP("Relations", "Sources"),
                QT_TRANSLATE_NOOP("Relations", "Sources")),
    "disagreements": (QT_TRANSLATE_NOOP("Relations", "Disagreements"),
                      QT_TRANSLATE_NOOP("Relations", "Disagreements")),
    "entities": (QT_TRANSLATE_NOOP("Relations", "Entities"),
                 QT_TRANSLATE_NOOP("Relations", "Entities")),
}


def field_label(spec: TableSpec, key: str) -> str:
    """A record field's name in the detail pane: its column's label, else its own name."""
    try:
        return column_label(spec.column(key))
    except KeyError:
        return QCoreApplication.translate("Fields", key.replace("_", " ").capitalize())


def relation_heading(relation: str, count: int) -> str:
    """A relation's heading over ``count`` links ("Credits", "Cast", "Same fact elsewhere")."""
    known = RELATIONS.get(relation)
    if known is None:
        return relation.capitalize() + ("s" if count > 1 and not relation.endswith("s") else "")
    return QCoreApplication.translate("Relations", known[0] if count == 1 else known[1])


def label(text: str) -> str:
    """A table's or column's English label, or a column's tip, in the window's language."""
    return QCoreApplication.translate("Tables", text)


def table_label(spec: TableSpec) -> str:
    return label(spec.label)


def column_label(column: Column) -> str:
    """A column's label; its disambiguation picks the sense ("Characters" of a text's length,
    not the story's people: Spanish has a word for each)."""
    return QCoreApplication.translate("Tables", column.label, column.disambiguation or None)


def number(value: int) -> str:
    """A count as the window's language writes it (its thousands separator)."""
    return QLocale().toString(value)


def date_time(stamp: str) -> str:
    """An ISO 8601 time stamp ("2026-12-07T10:03:00Z") as the window's language writes a
    short date and time, in this computer's time zone; the stamp as it is if it is not one."""
    when = QDateTime.fromString(stamp, Qt.DateFormat.ISODate)
    if not when.isValid():
        return stamp
    locale = QLocale()
    # The short format's two-digit year ("12/7/26") read as a day or a month beside the
    # others; the language's own order and separators are kept, its year written whole.
    layout = re.sub(r"(?<!y)yy(?!y)", "yyyy",
                    locale.dateTimeFormat(QLocale.FormatType.ShortFormat))
    return locale.toString(when.toLocalTime(), layout)


def fill(template: str, *values: object) -> str:
    """``%1``, ``%2``… of a translated template replaced by ``values`` (QString.arg's
    placeholders, which translators know; Python's str has no ``arg``). Replaced from the
    highest number down, so ``%1`` never eats the start of ``%10``."""
    for position in range(len(values), 0, -1):
        template = template.replace(f"%{position}", str(values[position - 1]))
    return template


def counted(n: int, one: str, many: str) -> str:
    """``one`` (the message for exactly one thing) or ``many`` by ``n``. English needs no
    catalogue this way: its two forms are the two source texts. Where ``many`` comes from
    ``self.tr(text, "", n)`` with ``%Ln``, Qt picks the translation's plural form as well;
    ``translate(context, text, "", n)`` is not seen as plural by ``pyside6-lupdate``, so those
    messages say ``%1`` and are filled with :func:`number` (or move to a small QObject class
    whose ``self.tr`` asks, as :class:`~viewer.gui.tables.export_messages.ExportCounts`)."""
    return one if n == 1 else many


def quoted(text: str) -> str:
    """The user's text (a filter, a search) as a message quotes it: on one line, cut short
    (:func:`~viewer.archive.user_text.cut_short`); the rest of a pasted page is in the field
    it was typed in. The quotation marks are the translated string's own (“%1”)."""
    return cut_short(text)


#: The kinds the builder and the manifest give things — a source's kind, an excerpt's, what a
#: disagreement compares — shown in cells as labels of ours, so translated like them. A kind
#: not listed (a manifest's own) is shown as it is. The search sees the archive's words; a
#: tab's filter and sort see the words shown too (viewer.gui.archive_words.shown_words).
KINDS = (
    QT_TRANSLATE_NOOP("Kinds", "news item"), QT_TRANSLATE_NOOP("Kinds", "explainer article"),
    QT_TRANSLATE_NOOP("Kinds", "encyclopedia page"),
    QT_TRANSLATE_NOOP("Kinds", "production notes"),
    QT_TRANSLATE_NOOP("Kinds", "paragraph"), QT_TRANSLATE_NOOP("Kinds", "list_item"),
    QT_TRANSLATE_NOOP("Kinds", "quote"), QT_TRANSLATE_NOOP("Kinds", "table_row"),
    QT_TRANSLATE_NOOP("Kinds", "infobox"), QT_TRANSLATE_NOOP("Kinds", "heading"),
    QT_TRANSLATE_NOOP("Kinds", "number"), QT_TRANSLATE_NOOP("Kinds", "date"),
    QT_TRANSLATE_NOOP("Kinds", "name"), QT_TRANSLATE_NOOP("Kinds", "role"),
    QT_TRANSLATE_NOOP("Kinds", "words"), QT_TRANSLATE_NOOP("Kinds", "names"))
_KINDS = frozenset(KINDS)


def kind_label(kind: str) -> str:
    """``kind`` as the window shows it: translated if it is one of :data:`KINDS`."""
    return QCoreApplication.translate("Kinds", kind) if kind in _KINDS else kind


@dataclass(frozen=True, slots=True)
class VocabularyColumn:
    """A record field whose values are words of the archive's own vocabulary (or a table's or
    a kind's name): the window shows them in its language, and a tab filters and sorts by the
    words it shows (:mod:`viewer.gui.archive_words`, which holds each ``vocabulary``'s words
    and how it shows one). ``tables``: the tabs whose field of that key holds them; empty,
    every tab's."""

    key: str
    vocabulary: str
    tables: frozenset[str] = frozenset()


# Which field shows which vocabulary: the one list :data:`VOCABULARY_FIELDS`,
# :func:`viewer.gui.archive_words.field_text` and the tabs' shown words are read from. A
# crew credit's ``role`` and a person's ``roles`` are canonical roles; a quote's ``role`` is
# the speaker's in the source's words, and a crew credit's ``role_as_stated`` the credit's.
VOCABULARY_COLUMNS: tuple[VocabularyColumn, ...] = (
    VocabularyColumn("kind", "kinds"),
    VocabularyColumn("label", "fact labels"),
    VocabularyColumn("topic", "topics"),
    VocabularyColumn("subject", "claim subjects"),
    VocabularyColumn("attribute", "claim attributes"),
    VocabularyColumn("record_table", "tables"),
    VocabularyColumn("relations", "relations", frozenset(ENTITY_KINDS)),
    VocabularyColumn("role", "roles", frozenset({"crew"})),
    VocabularyColumn("roles", "roles", frozenset({"people"})),
)
# The keys of :data:`VOCABULARY_COLUMNS`: a tab or a detail pane with none of them needs no
# vocabulary loaded.
VOCABULARY_FIELDS = frozenset(column.key for column in VOCABULARY_COLUMNS)


def vocabulary_column(table: str, key: str) -> VocabularyColumn | None:
    """The vocabulary field ``key`` of tab ``table`` shows, if any."""
    for column in VOCABULARY_COLUMNS:
        if column.key == key and (not column.tables or table in column.tables):
            return column
    return None
