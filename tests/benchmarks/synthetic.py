"""Synthetic archives at any scale, written by the builder's own code.

An archive built from the four seeds has 330 excerpts. To see how the viewer behaves when
archives grow (more documents, more series), this module invents documents that look like the
seeds — mixed English/Spanish prose with accented names, headings, cast and crew lists, quotes,
facts, episodes and storylines — and hands them to the real builder: every synthetic document
becomes a :class:`~viewer.archive.build.SeedInfo` plus an
:class:`~viewer.archive.extract.base.Extraction` whose every value is a ``Located`` span of that
document's text, merged by ``Merger.take`` and written by
:func:`~viewer.archive.build.write_archive_file` (the same schema, FTS index, ``VACUUM`` and atomic
rename as ``somos-archive build``).

Proportions follow the real seeds: per 330 excerpts there are about 60 cast and 35 crew
credits, 85 people, 58 characters, 51 quotes, 52 facts (a third of them stating a date, in the
seeds' forms), 6 episodes and 7 storylines; half the directors' and writers' credits name the
episodes of their document, as the seeds' do, so the Views tab's charts have marks. A
document holds :data:`EXCERPTS_PER_DOCUMENT` excerpts, so 1M excerpts come from 1,000
documents. Everything is drawn from one ``random.Random`` with a fixed seed: the same scale
gives the same archive, and the benchmark queries (:data:`QUERIES`) hit known vocabulary.

Word frequencies follow Zipf's law over a ~40,000-word vocabulary, so a query set can name a
very common word ("the", in most rows), a common one, a rare one (a few hundred rows at 1M) and
a prefix that expands to thousands of terms ("ca*").
"""

from __future__ import annotations

import hashlib
import itertools
import os
import random
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from viewer.archive.build import BuildReport, write_archive_file
from viewer.archive.dates import YEAR_TOPICS
from viewer.archive.extract.base import (
    CharacterRecord,
    CreditRecord,
    EpisodeRecord,
    ExcerptKind,
    ExcerptRecord,
    Extraction,
    FactRecord,
    Located,
    QuoteRecord,
    Span,
    StorylineRecord,
    fold,
)
from viewer.archive.merging import Merger
from viewer.archive.seeds import SeedInfo
from viewer.archive.topics import FACT_TOPICS

SCALES: dict[str, int] = {"2k": 2_000, "10k": 10_000, "100k": 100_000, "1M": 1_000_000}
EXCERPTS_PER_DOCUMENT = 1_000
#: Of the facts, those that state a date (16 of the seeds' 52).
DATED_FACTS = 16 / 52
#: Of the directors' and writers' credits, those that name the episodes of their document.
EPISODE_CREDITS = 0.5
RANDOM_SEED = 20210930  # Somos. premiered on 30 June 2021

#: Per excerpt, as in the archive built from the real seeds (330 excerpts).
RATIOS = {"cast": 60 / 330, "crew": 35 / 330, "crew_people": 25 / 330, "quotes": 51 / 330,
          "facts": 52 / 330, "episodes": 6 / 330, "storylines": 7 / 330}

#: The fixed query set: what the benchmark searches, and what kind of query each one is.
QUERIES: dict[str, str] = {
    "benjamin": "accent-free name (Benjamín)",
    "alvaro nunez": "accent-free full name, 2 words (Álvaro Núñez)",
    "tamaulipas": "rare word",
    "familia": "common word",
    "the": "very common word (most rows)",
    "ca*": "prefix",
    '"de la casa"': "phrase",
    "ranch night police": "3-word AND",
}

# -- vocabulary ------------------------------------------------------------------------------

def _words(text: str) -> list[str]:
    return text.split()


_FUNCTION = _words(
    "the de la of and que el in a en to y los was is for del las un por with con his una her su "
    "as on para se at by al lo from she he it they their sus no más this that esta este but "
    "pero an como when cuando who quien after después before antes into entre over sobre had "
    "había were eran has ha are son")
_CONTENT = _words(
    "town pueblo family familia night noche ranch rancho police policía border frontera story "
    "historia mother madre son hijo father padre brother hermano sister hermana house casa "
    "people gente cartel series serie episode episodio water agua street calle friend amigo "
    "amiga school escuela church iglesia market mercado road camino truck camioneta fire fuego "
    "firefighter bombero mayor alcalde radio teacher maestra doctor médico money dinero phone "
    "teléfono call llamada silence silencio fear miedo morning mañana evening tarde wedding "
    "boda party fiesta cattle ganado horse caballo dog perro vet veterinaria dust polvo heat "
    "calor river río bridge puente coahuila allende texas dea zetas massacre masacre "
    "investigation investigación report reportaje journalist periodista camera cámara scene "
    "escena actor actriz director directora writer escritora music música song canción light "
    "luz memory memoria victim víctima survivor sobreviviente neighbour vecino neighbourhood "
    "barrio grandmother abuela grandfather abuelo child niño niña girl chica boy chico love "
    "amor letter carta window ventana door puerta table mesa kitchen cocina garden jardín field "
    "campo harvest cosecha rain lluvia storm tormenta summer verano winter invierno year año "
    "month mes week semana day día hour hora")
_ONSETS = _words("b c d f g j l m n p r s t v z ch br cr dr gr pl tr bl fl gu qu ll ñ")
_NUCLEI = _words("a e i o u á é í ó ú ia ie io ue ua")
_CODAS = ["", "", "", "n", "s", "r", "l", "z", "d"]
#: Real words placed at fixed ranks of the long tail, so a query can name them.
_PLACED = {30_000: "tamaulipas", 9_000: "veterinarian", 12_000: "sabinas"}
VOCABULARY_SIZE = 40_000

_FIRST = _words(
    "Álvaro Benjamín José María Érika Ramón Iñaki Sofía Raúl Jesús Inés Ángel Nicolás Lucía "
    "Joaquín Martín Andrés Mónica Adrián Elena James Mary Thomas Sarah Daniel Laura Héctor "
    "Rocío Rubén Verónica Julián Itzel Germán Alejandra Efraín Marisol Tomás Irene Chema Flor "
    "Isidro Paquito Rosario Juan Ana Luis Carmen Pedro Teresa Miguel Gabriela Jorge Patricia "
    "Ricardo Beatriz Óscar Leticia Sergio Dolores Arturo Guadalupe Emilio Yolanda Fernando "
    "Araceli Mariana Sandra Monika Fernanda Caraly Jero Arelí Iliana Everardo Mercedes Jesusa "
    "Brenda Ulises Noemí Saúl Zoé")
_LAST = _words(
    "Curiel Medina Núñez García Pérez Muñoz Gutiérrez Hernández López Ramírez Martínez "
    "Rodríguez Sánchez Díaz Vázquez Chávez Schamus Melchor Chenillo Revilla Solares Velasco "
    "Sida Larrañaga Arzate Donatlán González Linares Garza Treviño Villarreal Cantú Elizondo "
    "Zúñiga Ibáñez Peña Ordóñez Cortés Beltrán Calderón Rentería Alarcón Castañeda Maldonado "
    "Quiñones Bermúdez Saldaña Valdés Rincón Galván Ochoa Robles Salinas Estrada Fuentes "
    "Carrillo Domínguez Lozano Cárdenas Aguilar Mendoza Ríos Navarro Herrera Jiménez Moreno "
    "Álvarez Romero Torres Flores Rivera Gómez Ruiz Ortiz Castillo Morales Reyes Cruz Vargas "
    "Ramos Guerrero Mejía Soto Campos Luna Juárez Rosales Espinoza Avilés Acosta Serrano "
    "Padilla Ávila Zamora Ponce Mora Sosa Ayala Olvera Barrera Montes Trejo Bautista Cervantes "
    "Nava Ocampo Quintero Tapia Urbina Yáñez Zavala Anaya Bravo Cisneros Durán Escobar Farías "
    "Gallegos Haro Islas")
_TITLES = ["", "", "", "Doña ", "Don ", "Tío ", "La ", "El "]
_SECTIONS = _words(
    "Synopsis Production Casting Reception Episodes Historia Producción Reparto Música Rodaje "
    "Premiere Background Contexto Accolades Development Filming")
_CREW_ROLES = [("Directed by", "Director"), ("Written by", "Writer"), ("Created by", "Creator"),
               ("Executive producer", "Executive Producer"), ("Edited by", "Editor"),
               ("Cinematography", "Cinematographer"), ("Music by", "Composer"),
               ("Casting director", "Casting Director"), ("Producer", "Producer")]
_CAST_ROLE_WORDS = ["Cast", "Starring", "portrays", "appears as", "Supporting Ensemble"]
_PHRASES = ["de la casa", "the cartel", "in the town of Allende", "la noche del viernes",
            "the border with Texas", "el rancho de la familia", "a mouth full of flies",
            "the lazy herd", "de la frontera", "the night of the massacre"]
#: Excerpt kinds with their share in the seeds and their length in words (min, max).
_KINDS: list[tuple[ExcerptKind, float, int, int]] = [
    ("paragraph", 0.43, 40, 130), ("quote", 0.17, 30, 110), ("list_item", 0.05, 10, 40),
    ("table_row", 0.19, 3, 8), ("infobox", 0.11, 3, 10), ("heading", 0.05, 1, 4)]
_MONTHS = _words(
    "January February March April May June July August September October November December")


def _vocabulary(rng: random.Random) -> list[str]:
    words: list[str] = list(dict.fromkeys(_FUNCTION + _CONTENT))
    seen = set(words) | set(_PLACED.values())
    while len(words) < VOCABULARY_SIZE:
        rank = len(words) + 1
        if rank in _PLACED:
            words.append(_PLACED[rank])
            continue
        syllables = rng.choice((2, 2, 3, 3, 3, 4))
        onsets = rng.choices(_ONSETS, k=syllables)
        nuclei = rng.choices(_NUCLEI, k=syllables)
        word = "".join(map(str.__add__, onsets, nuclei)) + rng.choice(_CODAS)
        if word not in seen:
            seen.add(word)
            words.append(word)
    return words


#: People given these names first, so a query can name them at every scale: at 10k no
#: "Álvaro Núñez" came up by chance, and the full-name query measured a search with no hits.
_PLACED_PEOPLE = ("Álvaro Núñez",)


class _Names:
    """Person and character names, unique accent- and case-blind (as the builder merges them).

    Two-word names while they last, then three words (first × last × last is 2.7M names).
    """

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()
        self._placed = list(_PLACED_PEOPLE)

    def _unique(self, make: Callable[[], str]) -> str:
        while True:
            name = make()
            key = fold(name)
            if key not in self.used:
                self.used.add(key)
                return name

    def person(self) -> str:
        if self._placed:
            name = self._placed.pop(0)
            self.used.add(fold(name))
            return name
        rng = self.rng
        short = rng.random() < 0.5
        for _ in range(3 if short else 0):
            name = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
            if fold(name) not in self.used:
                self.used.add(fold(name))
                return name
        return self._unique(
            lambda: f"{rng.choice(_FIRST)} {rng.choice(_LAST)} {rng.choice(_LAST)}")

    def character(self) -> str:
        rng = self.rng
        for _ in range(3):
            name = f"{rng.choice(_TITLES)}{rng.choice(_FIRST)} {rng.choice(_LAST)}"
            if fold(name) not in self.used:
                self.used.add(fold(name))
                return name
        return self._unique(
            lambda: f"{rng.choice(_TITLES)}{rng.choice(_FIRST)} {rng.choice(_LAST)} "
                    f"{rng.choice(_LAST)}")


def _strip_accents(name: str) -> str:
    table = str.maketrans("ÁÉÍÓÚáéíóúÑñ", "AEIOUaeiouNn")
    return name.translate(table)


class _Document:
    """Text of one synthetic seed, appended piece by piece; each piece is ``Located``."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0

    def put(self, text: str, value: str | None = None, end: str = "") -> Located:
        start = self.length
        self.parts.append(text + end)
        self.length += len(text) + len(end)
        return Located(text, (Span(start, start + len(text)),), value)

    def raw(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def text(self) -> str:
        return "".join(self.parts)


class Generator:
    """Documents and their extractions, one after another, for ``excerpts`` excerpts."""

    def __init__(self, excerpts: int, seed: int = RANDOM_SEED) -> None:
        self.total = excerpts
        self.rng = random.Random(seed)
        words = _vocabulary(self.rng)
        self.words = words
        weights = [1 / (rank + 2.7) for rank in range(len(words))]  # Zipf–Mandelbrot
        self.cum = list(itertools.accumulate(weights))
        self.names = _Names(self.rng)
        self.documents = (excerpts + EXCERPTS_PER_DOCUMENT - 1) // EXCERPTS_PER_DOCUMENT
        self.owed = dict.fromkeys(RATIOS, 0.0)
        self.episode_number = 0

    def _share(self, key: str, excerpts: int) -> int:
        """Records of kind ``key`` for a document of ``excerpts``, carrying the remainder."""
        self.owed[key] += RATIOS[key] * excerpts
        n = int(self.owed[key])
        self.owed[key] -= n
        return n

    def date(self) -> tuple[str, str]:
        """A date as the seeds state one, and its reading: a day, a month, a year, "late"
        a year, or a day without its year."""
        rng = self.rng
        year, month, day = rng.randint(2005, 2024), rng.randrange(12), rng.randint(1, 28)
        name = _MONTHS[month]
        return rng.choice([(f"{name} {day}, {year}", f"{year}-{month + 1:02d}-{day:02d}"),
                           (f"{name} {year}", f"{year}-{month + 1:02d}"),
                           (str(year), str(year)), (f"late {year}", str(year)),
                           (f"{name} {day}", f"{name} {day}")])

    def prose(self, n: int, mentions: list[str]) -> str:
        rng = self.rng
        tokens = rng.choices(self.words, cum_weights=self.cum, k=n)
        if mentions and rng.random() < 0.35:
            tokens.insert(rng.randrange(len(tokens) + 1), rng.choice(mentions))
        if rng.random() < 0.12:
            tokens.insert(rng.randrange(len(tokens) + 1), rng.choice(_PHRASES))
        # Sentences of 6–18 words; a comma now and then.
        start = 0
        while start < len(tokens):
            tokens[start] = tokens[start][:1].upper() + tokens[start][1:]
            end = start + rng.randint(6, 18)
            if end <= len(tokens):
                tokens[end - 1] += "."
            elif end - start > 4:
                tokens[rng.randrange(start, len(tokens))] += ","
            start = end
        text = " ".join(tokens)
        return text if text.endswith(".") else text.rstrip(",") + "."

    def title(self, n: int) -> str:
        rng = self.rng
        words = rng.choices(self.words[100:4000], k=n)
        return " ".join(w.capitalize() for w in words)

    def documents_and_extractions(self) -> Iterator[tuple[SeedInfo, Extraction]]:
        left = self.total
        for index in range(1, self.documents + 1):
            n = min(EXCERPTS_PER_DOCUMENT, left)
            left -= n
            yield self._document(index, n)

    def _document(self, index: int, n_excerpts: int) -> tuple[SeedInfo, Extraction]:
        rng = self.rng
        doc = _Document()
        ex = Extraction()
        series = f"Serie {index}: {self.title(2)}"
        doc.put(f"# {series}", end="\n\n")

        # Cast: each credit one new person as one new character.
        doc.raw("## Cast\n")
        cast_names: list[str] = []
        characters: list[str] = []
        for _ in range(self._share("cast", n_excerpts)):
            person, character = self.names.person(), self.names.character()
            word = rng.choice(_CAST_ROLE_WORDS)
            role = doc.put(word, "Actor", end=": ")
            p = doc.put(person, end=" as ")
            c = doc.put(character, end="\n")
            ex.credits.append(CreditRecord(p, "cast", role, c, professional=rng.random() < 0.8))
            if rng.random() < 0.5:
                description = doc.put(self.prose(rng.randint(10, 30), []), end="\n")
                ex.characters.append(CharacterRecord(c, description))
            cast_names.append(person)
            characters.append(character)

        # Crew: fewer people than credits (some hold two roles); some spelled without accents.
        doc.raw("\n## Crew\n")
        crew_people = [self.names.person() for _ in range(self._share("crew_people", n_excerpts))]
        crew_by_role: dict[str, list[str]] = {}
        n_episodes = self._share("episodes", n_excerpts)
        mine = range(self.episode_number + 1, self.episode_number + 1 + n_episodes)
        for i in range(self._share("crew", n_excerpts)):
            if not crew_people:
                break
            person = crew_people[i % len(crew_people)]
            stated, canonical = rng.choice(_CREW_ROLES)
            role = doc.put(stated, canonical, end=": ")
            spelled = _strip_accents(person) if rng.random() < 0.15 else person
            p = doc.put(spelled)
            episodes: tuple[int, ...] = ()
            if canonical in ("Director", "Writer") and mine and rng.random() < EPISODE_CREDITS:
                episodes = tuple(sorted(rng.sample(mine, rng.randint(1, len(mine)))))
                doc.raw(f" (episodes {', '.join(map(str, episodes))})")
            doc.raw("\n")
            ex.credits.append(CreditRecord(p, "crew", role, episodes=episodes))
            crew_by_role.setdefault(canonical, []).append(spelled)
        everyone = cast_names + crew_people

        # Episodes, numbered across the whole archive.
        doc.raw("\n## Episodes\n")
        for _ in range(n_episodes):
            self.episode_number += 1
            number = doc.put(str(self.episode_number), end=". ")
            title = doc.put(self.title(rng.randint(2, 5)), end=" — directed by ")
            directors = tuple(doc.put(name, end=", ") for name in
                              rng.sample(crew_by_role.get("Director", everyone) or everyone, 1))
            doc.raw("written by ")
            writers = tuple(doc.put(name, end="; ") for name in
                            rng.sample(crew_by_role.get("Writer", everyone) or everyone, 1))
            month = rng.randrange(12)
            day = rng.randint(1, 28)
            release = doc.put(f"{_MONTHS[month]} {day}, 2021", f"2021-{month + 1:02d}-{day:02d}",
                              end="; ")
            minutes = rng.randint(40, 75)
            runtime = doc.put(f"{minutes} minutes", str(minutes), end="\n")
            synopsis = doc.put(self.prose(rng.randint(40, 90), characters), end="\n")
            ex.episodes.append(EpisodeRecord(number, title, directors, writers, release, runtime,
                                             synopsis))

        # Storylines name some of the characters in their summaries.
        doc.raw("\n## Storylines\n")
        for _ in range(self._share("storylines", n_excerpts)):
            title = doc.put(self.title(rng.randint(2, 4)), end="\n")
            named = rng.sample(characters, min(3, len(characters)))
            summary_start = doc.length
            said: list[str] = []
            pieces: list[Located] = []
            for name in named:
                said.append(self.prose(rng.randint(8, 20), []).rstrip(".") + " ")
                doc.raw(said[-1])
                pieces.append(doc.put(name, end=" "))
                said.append(name + " ")
            said.append(self.prose(rng.randint(8, 20), []))
            doc.raw(said[-1])
            summary = Located("".join(said), (Span(summary_start, doc.length),))
            doc.raw("\n")
            ex.storylines.append(StorylineRecord(title, summary, tuple(pieces)))

        # The makers' words.
        doc.raw("\n## In the words of its makers\n")
        for _ in range(self._share("quotes", n_excerpts) if everyone else 0):
            text = doc.put(self.prose(rng.randint(20, 60), characters), end="\n- ")
            speaker = doc.put(rng.choice(everyone), end=" (")
            role = doc.put(rng.choice(["Executive Producer", "Director", "Writer", "Actor"]),
                           end=")\n")
            ex.quotes.append(QuoteRecord(speaker, text, role))

        # Facts: a topic, the words that state its value, and the sentence around them.
        doc.raw("\n## Facts\n")
        topics = list(FACT_TOPICS)
        date_topics = sorted(YEAR_TOPICS)
        for _ in range(self._share("facts", n_excerpts)):
            before = self.prose(rng.randint(5, 12), []).rstrip(".")
            start = doc.length
            doc.raw(before + " ")
            if rng.random() < DATED_FACTS:
                topic = rng.choice(date_topics)
                value = doc.put(*self.date(), end=" ")
            else:
                topic = rng.choice(topics)
                figure = rng.randint(2, 900)
                value = doc.put(f"{figure} people", str(figure), end=" ")
            after = self.prose(rng.randint(3, 8), [])
            doc.raw(after)
            sentence = f"{before} {value.text} {after}"
            statement = Located(sentence, (Span(start, doc.length),))
            doc.raw("\n")
            ex.facts.append(FactRecord(topic, value, statement))

        # Excerpts: sections of ~10 passages; kinds and lengths as in the seeds.
        doc.raw("\n")
        kinds = [k for k, _share, _lo, _hi in _KINDS]
        shares = [share for _k, share, _lo, _hi in _KINDS]
        lengths = {k: (lo, hi) for k, _share, lo, hi in _KINDS}
        section = ""
        mentions = everyone + characters
        for i in range(n_excerpts):
            if i % 10 == 0:
                top = rng.choice(_SECTIONS)
                sub = rng.choice(everyone) if everyone and rng.random() < 0.5 else self.title(2)
                section = f"{top} › {sub}"
                doc.raw(f"\n### {section}\n\n")
            kind = rng.choices(kinds, shares)[0]
            lo, hi = lengths[kind]
            n = rng.randint(lo, hi)
            text = self.prose(n, mentions) if n > 6 else self.title(n)
            located = doc.put(text, end="\n\n")
            ex.excerpts.append(ExcerptRecord(section, kind, located))

        text = doc.text()
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        seed = SeedInfo(id=index, file=f"synthetic_{index:05d}.md", title=series,
                        site="synthetic.example", kind="synthetic document", language="en/es",
                        date="2021-06-30", layout="synthetic", text=text, sha256=digest)
        return seed, ex


def build(excerpts: int, out: Path, progress: Callable[[str], None] | None = None,
          seed: int = RANDOM_SEED) -> BuildReport:
    """Generate ``excerpts`` excerpts' worth of documents and write them as an archive."""
    say = progress or (lambda _msg: None)
    gen = Generator(excerpts, seed)
    seeds: list[SeedInfo] = []
    merger = Merger(seeds)
    started = time.perf_counter()
    for i, (info, extraction) in enumerate(gen.documents_and_extractions(), start=1):
        seeds.append(info)
        merger.take(info, extraction)
        if i % 100 == 0:
            say(f"generated {i}/{gen.documents} documents ({time.perf_counter() - started:.0f} s)")
    return write_archive_file(out, seeds, merger, f"synthetic {excerpts} seed {seed}", say)


#: Every module under viewer/archive that a synthetic build imports: the writer and the merger,
#: and what they import (the extractors' helpers, the claims' dates, the role words). A change
#: to any of them may change the archive, so each is in the cache key; a few that cannot
#: (errors.py, atomic.py) are kept too, as the rule is simpler than the exceptions.
#: test_smoke.py checks the list against the modules a build really imports.
BUILD_MODULES: tuple[str, ...] = (
    "__init__.py", "atomic.py", "build.py", "claim_writing.py", "claims.py", "dates.py",
    "entity_writing.py",
    "errors.py", "manifest.py", "mentions.py", "merging.py", "reasons.py", "repeats.py",
    "roles.py", "schema.py",
    "seed_integrity.py",
    "seeds.py", "stop_words.py", "tables.py", "ties.py", "topics.py", "undated_events.py",
    "value_order.py", "writing.py",
    "extract/__init__.py", "extract/base.py", "extract/entities.py", "extract/prose.py",
    "extract/surnames.py", "extract/vocabulary.py",
)


def code_files() -> list[Path]:
    """The generator and :data:`BUILD_MODULES`: the files the cache key hashes."""
    here = Path(__file__).resolve().parent
    archive = here.parent.parent / "viewer" / "archive"
    return [here / "synthetic.py", *(archive / name for name in BUILD_MODULES)]


def code_version() -> str:
    """Changes to the generator or to what the build runs make cached archives stale."""
    digest = hashlib.sha256()
    for path in code_files():
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def cache_dir() -> Path:
    env = os.environ.get("SOMOS_BENCH_CACHE")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "somos-bench"


def cached_archive(scale: str, progress: Callable[[str], None] | None = None
                   ) -> tuple[Path, float, bool]:
    """The archive for ``scale``, the seconds its build took and whether it was built now
    (False: it came from the cache, and the time is the one recorded when it was built)."""
    path = cache_dir() / f"synthetic-{scale}-{code_version()}.sqlite"
    timing = path.with_suffix(".build-seconds")
    if path.is_file() and timing.is_file():
        return path, float(timing.read_text()), False
    for stale in cache_dir().glob(f"synthetic-{scale}-*"):
        stale.unlink(missing_ok=True)
    started = time.perf_counter()
    build(SCALES[scale], path, progress)
    seconds = time.perf_counter() - started
    timing.write_text(f"{seconds:.1f}\n")
    return path, seconds, True
