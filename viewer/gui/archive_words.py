"""The archive's own words — fact labels, claims' subjects and attributes, record titles — as
the window shows them: in its language.

The builder writes a closed vocabulary of its own (:mod:`viewer.archive.topics`), in English,
which the CLI and the exports keep. The window translates each word where it is shown, as
:func:`~viewer.gui.labels.kind_label` does a source's kind: the tables below list every word
for ``pyside6-lupdate``, and a test checks that every word of the builder's vocabulary is
listed, so a new topic cannot reach the window untranslated. A word not listed (a fact of a
topic no list knows, from an archive built elsewhere) is shown as the archive has it. What a
source says — names, quotes, the figures it states — is never translated. The search finds
records by the words shown as well as by the archive's (:func:`search_words`); so does a
tab's filter, and a sort by such a column follows them, in the window's language's order:
:func:`shown_words` hands them to the data layer with each page the tab asks for
(:mod:`viewer.archive.shown_words`).
"""

from __future__ import annotations

from functools import cmp_to_key
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale

from viewer.archive.shown_words import ShownColumn, ShownWords
from viewer.archive.tables import TABLE_SPECS, title_of
from viewer.archive.topics import FACT_CLAIMS, FACT_TOPICS, episode_of, sentence_case
from viewer.gui.labels import KINDS, fill, kind_label, table_label, vocabulary_column
from viewer.gui.translatable import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    # The record classes are made by the pages that hold them, not at start-up.
    from collections.abc import Callable, Collection, Sequence

    from viewer.archive.records.navigation import Link
    from viewer.archive.search_query import ShownPairs
    from viewer.archive.tables import TableSpec

#: Every fact label of :data:`viewer.archive.topics.FACT_TOPICS` (context "Facts").
FACT_LABELS = frozenset((
    QT_TRANSLATE_NOOP("Facts", "Premiere date"),
    QT_TRANSLATE_NOOP("Facts", "Announcement date"),
    QT_TRANSLATE_NOOP("Facts", "Countries at premiere"),
    QT_TRANSLATE_NOOP("Facts", "Number of episodes"),
    QT_TRANSLATE_NOOP("Facts", "Number of seasons"),
    QT_TRANSLATE_NOOP("Facts", "Runtime, episodes 1–5 (minutes)"),
    QT_TRANSLATE_NOOP("Facts", "Runtime, episode 6 (minutes)"),
    QT_TRANSLATE_NOOP("Facts", "Filming began"),
    QT_TRANSLATE_NOOP("Facts", "Filming suspended"),
    QT_TRANSLATE_NOOP("Facts", "Filming resumed"),
    QT_TRANSLATE_NOOP("Facts", "Rights to the article acquired"),
    QT_TRANSLATE_NOOP("Facts", "Source article published"),
    QT_TRANSLATE_NOOP("Facts", "Massacre began"),
    QT_TRANSLATE_NOOP("Facts", "Death toll estimate"),
    QT_TRANSLATE_NOOP("Facts", "Disappearances estimate"),
    QT_TRANSLATE_NOOP("Facts", "Dead or missing, counted together"),
    QT_TRANSLATE_NOOP("Facts", "Official death toll"),
    QT_TRANSLATE_NOOP("Facts", "Deaths the series portrays"),
    QT_TRANSLATE_NOOP("Facts", "Emergency calls during the massacre"),
    QT_TRANSLATE_NOOP("Facts", "Emergency calls in a single day"),
    QT_TRANSLATE_NOOP("Facts", "People interviewed in casting"),
    QT_TRANSLATE_NOOP("Facts", "Crew members"),
    QT_TRANSLATE_NOOP("Facts", "Writing and development (years)"),
    QT_TRANSLATE_NOOP("Facts", "Approval rating of reviews (%)"),
    QT_TRANSLATE_NOOP("Facts", "Reviews behind the approval rating"),
    QT_TRANSLATE_NOOP("Facts", "Score out of 100 from reviews"),
    QT_TRANSLATE_NOOP("Facts", "Reviews behind the score out of 100"),
    QT_TRANSLATE_NOOP("Facts", "User rating (of 10)"),
    QT_TRANSLATE_NOOP("Facts", "User reviews behind the rating"),
    QT_TRANSLATE_NOOP("Facts", "Allende population"),
    QT_TRANSLATE_NOOP("Facts", "Cartel gunmen in the attack"),
    QT_TRANSLATE_NOOP("Facts", "Properties razed"),
    QT_TRANSLATE_NOOP("Facts", "Length of the rampage (hours)"),
    QT_TRANSLATE_NOOP("Facts", "Families affected by disappearances"),
    QT_TRANSLATE_NOOP("Facts", "Members one family lost"),
    QT_TRANSLATE_NOOP("Facts", "Country of origin"),
    QT_TRANSLATE_NOOP("Facts", "Original language"),
    QT_TRANSLATE_NOOP("Facts", "Subtitle language"),
    QT_TRANSLATE_NOOP("Facts", "Non-professional actors in the cast (%)"),
))

#: A fact whose topic no list knows: :data:`viewer.archive.topics.GENERIC_FACT_LABEL` and the
#: words of its key.
OTHER_FACT = QT_TRANSLATE_NOOP("Facts", "Other stated figure (%1)")

#: Every subject a claim can have (:data:`viewer.archive.topics.CLAIM_SUBJECTS`), and an
#: episode's, by its number (context "Claims").
CLAIM_SUBJECTS = frozenset((
    QT_TRANSLATE_NOOP("Claims", "the series"),
    QT_TRANSLATE_NOOP("Claims", "the shoot"),
    QT_TRANSLATE_NOOP("Claims", "the source article"),
    QT_TRANSLATE_NOOP("Claims", "the massacre"),
    QT_TRANSLATE_NOOP("Claims", "casting"),
    QT_TRANSLATE_NOOP("Claims", "the writing"),
    QT_TRANSLATE_NOOP("Claims", "the town"),
))
EPISODE_SUBJECT = QT_TRANSLATE_NOOP("Claims", "episode %1")

#: Every attribute of :data:`viewer.archive.topics.CLAIM_ATTRIBUTES`.
CLAIM_ATTRIBUTES = frozenset((
    QT_TRANSLATE_NOOP("Claims", "premiere date"),
    QT_TRANSLATE_NOOP("Claims", "announcement date"),
    QT_TRANSLATE_NOOP("Claims", "countries at premiere"),
    QT_TRANSLATE_NOOP("Claims", "number of episodes"),
    QT_TRANSLATE_NOOP("Claims", "number of seasons"),
    QT_TRANSLATE_NOOP("Claims", "runtime of episodes 1–5 (minutes)"),
    QT_TRANSLATE_NOOP("Claims", "runtime of episode 6 (minutes)"),
    QT_TRANSLATE_NOOP("Claims", "start"),
    QT_TRANSLATE_NOOP("Claims", "suspension"),
    QT_TRANSLATE_NOOP("Claims", "resumption"),
    QT_TRANSLATE_NOOP("Claims", "rights acquired"),
    QT_TRANSLATE_NOOP("Claims", "year published"),
    QT_TRANSLATE_NOOP("Claims", "date"),
    QT_TRANSLATE_NOOP("Claims", "people killed"),
    QT_TRANSLATE_NOOP("Claims", "people disappeared"),
    QT_TRANSLATE_NOOP("Claims", "people dead or missing"),
    QT_TRANSLATE_NOOP("Claims", "emergency calls, in all"),
    QT_TRANSLATE_NOOP("Claims", "emergency calls in one day"),
    QT_TRANSLATE_NOOP("Claims", "people interviewed"),
    QT_TRANSLATE_NOOP("Claims", "crew members"),
    QT_TRANSLATE_NOOP("Claims", "years"),
    QT_TRANSLATE_NOOP("Claims", "population"),
    QT_TRANSLATE_NOOP("Claims", "title"),
    QT_TRANSLATE_NOOP("Claims", "release date"),
    QT_TRANSLATE_NOOP("Claims", "runtime (minutes)"),
    QT_TRANSLATE_NOOP("Claims", "directors"),
    QT_TRANSLATE_NOOP("Claims", "writers"),
    QT_TRANSLATE_NOOP("Claims", "based on (title)"),
    QT_TRANSLATE_NOOP("Claims", "role in the series"),
    QT_TRANSLATE_NOOP("Claims", "words of a remark"),
    QT_TRANSLATE_NOOP("Claims", "approval rating of reviews (%)"),
    QT_TRANSLATE_NOOP("Claims", "reviews behind the approval rating"),
    QT_TRANSLATE_NOOP("Claims", "score out of 100 from reviews"),
    QT_TRANSLATE_NOOP("Claims", "reviews behind the score out of 100"),
    QT_TRANSLATE_NOOP("Claims", "user rating (of 10)"),
    QT_TRANSLATE_NOOP("Claims", "user reviews behind the rating"),
    QT_TRANSLATE_NOOP("Claims", "cartel gunmen"),
    QT_TRANSLATE_NOOP("Claims", "properties razed"),
    QT_TRANSLATE_NOOP("Claims", "length (hours)"),
    QT_TRANSLATE_NOOP("Claims", "families affected by disappearances"),
    QT_TRANSLATE_NOOP("Claims", "members one family lost"),
    QT_TRANSLATE_NOOP("Claims", "country of origin"),
    QT_TRANSLATE_NOOP("Claims", "original language"),
    QT_TRANSLATE_NOOP("Claims", "subtitle language"),
    QT_TRANSLATE_NOOP("Claims", "non-professional actors (%)"),
    QT_TRANSLATE_NOOP("Claims", "deaths it portrays"),
))

#: Every qualifier of :data:`viewer.archive.topics.CLAIM_QUALIFIERS`: what a disagreement's
#: side says its value is (context "Claims").
CLAIM_QUALIFIER_WORDS = frozenset((
    QT_TRANSLATE_NOOP("Claims", "official count"),
))

#: What an organisation, place, event, work or award is to the series or the text naming it
#: (``relations``): the readings the extractors file (viewer/archive/extract/vocabulary.py and
#: entities.py), a closed set (context "Entities").
ENTITY_RELATIONS = frozenset((
    QT_TRANSLATE_NOOP("Entities", "announcement"),
    QT_TRANSLATE_NOOP("Entities", "apology"),
    QT_TRANSLATE_NOOP("Entities", "article"),
    QT_TRANSLATE_NOOP("Entities", "award"),
    QT_TRANSLATE_NOOP("Entities", "birthplace"),
    QT_TRANSLATE_NOOP("Entities", "book"),
    QT_TRANSLATE_NOOP("Entities", "cartel"),
    QT_TRANSLATE_NOOP("Entities", "city"),
    QT_TRANSLATE_NOOP("Entities", "company"),
    QT_TRANSLATE_NOOP("Entities", "depicted on screen"),
    QT_TRANSLATE_NOOP("Entities", "detention"),
    QT_TRANSLATE_NOOP("Entities", "distributor"),
    QT_TRANSLATE_NOOP("Entities", "employer"),
    QT_TRANSLATE_NOOP("Entities", "film"),
    QT_TRANSLATE_NOOP("Entities", "film development company"),
    QT_TRANSLATE_NOOP("Entities", "filming location"),
    QT_TRANSLATE_NOOP("Entities", "institution"),
    QT_TRANSLATE_NOOP("Entities", "incident"),
    QT_TRANSLATE_NOOP("Entities", "investigation"),
    QT_TRANSLATE_NOOP("Entities", "leak"),
    QT_TRANSLATE_NOOP("Entities", "lockdown"),
    QT_TRANSLATE_NOOP("Entities", "magazine"),
    QT_TRANSLATE_NOOP("Entities", "march"),
    QT_TRANSLATE_NOOP("Entities", "massacre"),
    QT_TRANSLATE_NOOP("Entities", "museum"),
    QT_TRANSLATE_NOOP("Entities", "nearby place"),
    QT_TRANSLATE_NOOP("Entities", "network"),
    QT_TRANSLATE_NOOP("Entities", "newspaper"),
    QT_TRANSLATE_NOOP("Entities", "nomination"),
    QT_TRANSLATE_NOOP("Entities", "novel"),
    QT_TRANSLATE_NOOP("Entities", "operation"),
    QT_TRANSLATE_NOOP("Entities", "organisation"),
    QT_TRANSLATE_NOOP("Entities", "outlet"),
    QT_TRANSLATE_NOOP("Entities", "premiere"),
    QT_TRANSLATE_NOOP("Entities", "produced in association with"),
    QT_TRANSLATE_NOOP("Entities", "production company"),
    QT_TRANSLATE_NOOP("Entities", "publisher"),
    QT_TRANSLATE_NOOP("Entities", "real-life setting"),
    QT_TRANSLATE_NOOP("Entities", "region"),
    QT_TRANSLATE_NOOP("Entities", "resumption"),
    QT_TRANSLATE_NOOP("Entities", "review score"),
    QT_TRANSLATE_NOOP("Entities", "reviewer"),
    QT_TRANSLATE_NOOP("Entities", "sentence"),
    QT_TRANSLATE_NOOP("Entities", "series"),
    QT_TRANSLATE_NOOP("Entities", "set visit"),
    QT_TRANSLATE_NOOP("Entities", "short film"),
    QT_TRANSLATE_NOOP("Entities", "source of the series"),
    QT_TRANSLATE_NOOP("Entities", "start"),
    QT_TRANSLATE_NOOP("Entities", "state"),
    QT_TRANSLATE_NOOP("Entities", "strike"),
    QT_TRANSLATE_NOOP("Entities", "studio"),
    QT_TRANSLATE_NOOP("Entities", "suspension"),
    QT_TRANSLATE_NOOP("Entities", "university"),
))

#: Every canonical role the builder files a credit under (context "Roles"): the values of
#: :data:`viewer.archive.roles.CREW_ROLES` (which hold :data:`~viewer.archive.roles.ROLE_WORDS`),
#: :data:`~viewer.archive.roles.SOURCE_AUTHOR`, and "Actor", a cast credit's role. A role filed
#: in the source's own words (a phrase no table knows) is the source's, and stays as it is.
ROLES = frozenset((
    QT_TRANSLATE_NOOP("Roles", "Actor"),
    QT_TRANSLATE_NOOP("Roles", "Casting Director"),
    QT_TRANSLATE_NOOP("Roles", "Cinematographer"),
    QT_TRANSLATE_NOOP("Roles", "Co-Executive Producer"),
    QT_TRANSLATE_NOOP("Roles", "Colorist"),
    QT_TRANSLATE_NOOP("Roles", "Composer"),
    QT_TRANSLATE_NOOP("Roles", "Consultant"),
    QT_TRANSLATE_NOOP("Roles", "Costume Designer"),
    QT_TRANSLATE_NOOP("Roles", "Creator"),
    QT_TRANSLATE_NOOP("Roles", "Developer"),
    QT_TRANSLATE_NOOP("Roles", "Director"),
    QT_TRANSLATE_NOOP("Roles", "Editor"),
    QT_TRANSLATE_NOOP("Roles", "Executive Producer"),
    QT_TRANSLATE_NOOP("Roles", "Line Producer"),
    QT_TRANSLATE_NOOP("Roles", "Location Manager"),
    QT_TRANSLATE_NOOP("Roles", "Makeup Artist"),
    QT_TRANSLATE_NOOP("Roles", "Music Supervisor"),
    QT_TRANSLATE_NOOP("Roles", "Post-production"),
    QT_TRANSLATE_NOOP("Roles", "Producer"),
    QT_TRANSLATE_NOOP("Roles", "Production Designer"),
    QT_TRANSLATE_NOOP("Roles", "Researcher"),
    QT_TRANSLATE_NOOP("Roles", "Screenplay and Research Assistant"),
    QT_TRANSLATE_NOOP("Roles", "Sound Designer"),
    QT_TRANSLATE_NOOP("Roles", "Source article author"),
    QT_TRANSLATE_NOOP("Roles", "Writer"),
))

#: A role (or a credit's person) no words state, only the archive's reading of them: marked
#: wherever it is shown, the reason in the detail pane and the tooltip (context "Roles").
INFERRED_MARK = QT_TRANSLATE_NOOP("Roles", "%1 (inferred)")

#: The connecting words of the titles the window composes (context "Titles").
CAST_TITLE = QT_TRANSLATE_NOOP("Titles", "%1 as %2")
#: A claim's or a disagreement's title: subject, attribute, the value(s).
CLAIM_TITLE = QT_TRANSLATE_NOOP("Titles", "%1, %2: %3")
#: A fact's topic in the detail pane: what it is a claim about.
TOPIC = QT_TRANSLATE_NOOP("Titles", "%1, %2")


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def fact_label(topic: str) -> str:
    """A fact's label by its topic, translated, as :func:`viewer.archive.topics.fact_label`
    writes it in English: a topic no list knows under the generic label, with its key's
    words."""
    known = FACT_TOPICS.get(topic)
    if known is not None:
        return _tr("Facts", known)
    return fill(_tr("Facts", OTHER_FACT), topic.replace("_", " "))


def fact_label_text(label: str) -> str:
    """A fact label as the archive holds it, translated when it is one of :data:`FACT_LABELS`."""
    return _tr("Facts", label) if label in FACT_LABELS else label


def subject_label(subject: str) -> str:
    """A claim's subject ("the massacre", "episode 3") in the window's language."""
    number = episode_of(subject)
    if number is not None:
        return fill(_tr("Claims", EPISODE_SUBJECT), number)
    return _tr("Claims", subject) if subject in CLAIM_SUBJECTS else subject


def attribute_label(attribute: str) -> str:
    """A claim's attribute ("people killed"); a fact's label when it is one (a topic no list
    of claims knows is compared under its label)."""
    if attribute in CLAIM_ATTRIBUTES:
        return _tr("Claims", attribute)
    return fact_label_text(attribute)


def topic_label(topic: str) -> str:
    """A fact's topic as words — what it is a claim about ("The massacre, people killed"):
    never its key; a topic no list of claims knows is its label."""
    claim = FACT_CLAIMS.get(topic)
    if claim is None:
        return fact_label(topic)
    return sentence_case(fill(_tr("Titles", TOPIC), subject_label(claim[0]),
                              attribute_label(claim[1])))


def role_label(role: str) -> str:
    """A canonical role ("Executive Producer") in the window's language; any other words (a
    role an archive built elsewhere files) as they are."""
    return _tr("Roles", role) if role in ROLES else role


def qualifier_label(qualifier: str) -> str:
    """What a side's value is ("official count"), in the window's language."""
    return _tr("Claims", qualifier) if qualifier in CLAIM_QUALIFIER_WORDS else qualifier


def inferred_role(shown: str) -> str:
    """``shown`` (a role or a name as the window shows it) marked as inferred."""
    return fill(_tr("Roles", INFERRED_MARK), shown)


def marked_roles(roles: Sequence[str], inferred: Collection[str]) -> tuple[str, ...]:
    """A person's roles in the window's language, each one only inferred credits give
    marked so (``Person.inferred_roles``)."""
    return tuple(inferred_role(role_label(r)) if r in inferred else role_label(r)
                 for r in roles)


def relation_label(relation: str) -> str:
    """What a thing is to the series ("production company"), in the window's language."""
    return _tr("Entities", relation) if relation in ENTITY_RELATIONS else relation


def _table_text(table: str) -> str:
    return table_label(TABLE_SPECS[table]) if table in TABLE_SPECS else table


# Each vocabulary of :data:`viewer.gui.labels.VOCABULARY_COLUMNS`: the words the archive
# stores, and how the window shows one (any other words as they are).
VOCABULARIES: dict[str, tuple[Collection[str], Callable[[str], str]]] = {
    "kinds": (KINDS, kind_label),
    "fact labels": (FACT_LABELS, fact_label_text),
    "topics": (FACT_TOPICS, topic_label),
    "claim subjects": (CLAIM_SUBJECTS, subject_label),
    "claim attributes": (CLAIM_ATTRIBUTES | FACT_LABELS, attribute_label),
    "tables": (frozenset(TABLE_SPECS), _table_text),
    "relations": (ENTITY_RELATIONS, relation_label),
    "roles": (ROLES, role_label),
}


def field_text(key: str, value: Any, table: str = "") -> Any:
    """A record field's value as a cell or the detail pane shows it: a word of the archive's
    own vocabulary (by the field's ``key`` and the record's ``table``,
    :data:`~viewer.gui.labels.VOCABULARY_COLUMNS`) translated, each of a list's too; anything
    else as it is."""
    column = vocabulary_column(table, key)
    if column is None:
        return value
    _words, show = VOCABULARIES[column.vocabulary]
    if isinstance(value, tuple):
        return tuple(show(v) if isinstance(v, str) else v for v in value)
    return show(value) if isinstance(value, str) else value


def record_title(table: str, record: Any) -> str:
    """A record's one-line title in the window's language: composed from its fields, as
    :func:`viewer.archive.tables.title_of` composes the English one the CLI and the exports
    show, with the connecting words and the archive's vocabulary translated."""
    if table == "cast" and record.character:
        return fill(_tr("Titles", CAST_TITLE), record.actor, record.character)
    if table == "crew":
        role = role_label(record.role)
        return f"{record.person} — {inferred_role(role) if record.inferred else role}"
    if table == "facts":
        return f"{fact_label(record.topic)}: {record.value}"
    if table in ("claims", "disagreements"):
        value = record.value if table == "claims" else record.summary
        return sentence_case(fill(_tr("Titles", CLAIM_TITLE), subject_label(record.subject),
                                  attribute_label(record.attribute), value))
    return title_of(table, record)


def link_label(link: Link, record: Any | None) -> str:
    """A related record's label in the window's language: its title composed from
    ``record`` where :data:`~viewer.archive.tables.COMPOSED_TITLES` says the English one has
    words of ours, and the kind of document it is stated in where the link names one."""
    if record is None:
        return link.label
    title = record_title(link.table, record)
    return f"{title} · {kind_label(link.document_kind)}" if link.document_kind else title


# The vocabularies whose words the search index holds as the archive stores them: a credit's
# or a person's role, a fact's label, a claim's subject and attribute, a source's kind, what
# a thing is to the series (the topics and tables are keys, in no record's text).
SEARCHED_VOCABULARIES = ("roles", "fact labels", "claim subjects", "claim attributes", "kinds",
                         "relations")


def search_words() -> ShownPairs:
    """What the window shows for each word of the archive's own vocabulary that the search
    index holds, as (shown, stored) pairs, for the search to find records by the shown
    words too (:func:`~viewer.archive.search_query.with_stored_words`); empty where every
    word is shown as stored (an English window). Qt's translate is thread-safe: the search
    job asks for them."""
    pairs: dict[tuple[str, str], None] = {}
    for vocabulary in SEARCHED_VOCABULARIES:
        stored, show = VOCABULARIES[vocabulary]
        for word in sorted(stored):
            shown = show(word)
            if shown != word:
                pairs[shown, word] = None
    return tuple(pairs)


def shown_words(spec: TableSpec, subjects: Collection[str] = ()) -> ShownWords | None:
    """What a tab of ``spec`` shows for each stored word of its columns of the archive's own
    vocabulary, each column's words in the order the window's language sorts them (its
    collation: accents and case second to the letters, "ñ" after "n"), for the data layer to
    filter and sort by (:mod:`viewer.archive.shown_words`). ``subjects``: the claims'
    subjects of the archive shown (:meth:`~viewer.archive.store.Archive.claim_subjects`),
    which an episode's are composed into. None when the tab shows every such word as stored
    (an English window): its filter and sort are the archive's own."""
    from PySide6.QtCore import QCollator, Qt

    collator = QCollator(QLocale())
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    collator.setNumericMode(True)
    columns = []
    for column in spec.columns:
        vocabulary = vocabulary_column(spec.name, column.key)
        if vocabulary is None:
            continue  # a column of the sources' words
        stored, show = VOCABULARIES[vocabulary.vocabulary]
        if vocabulary.vocabulary == "claim subjects":
            stored = frozenset(stored) | frozenset(subjects)  # an episode's too ("episode 3")
        pairs = [(word, show(word)) for word in sorted(stored)]
        if all(word == shown for word, shown in pairs):
            continue
        collated = cmp_to_key(collator.compare)
        pairs.sort(key=lambda pair: collated(pair[1]))
        columns.append(ShownColumn(column.key, tuple(pairs), listed=column.listed))
    return ShownWords(tuple(columns)) if columns else None
