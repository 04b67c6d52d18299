"""The viewer's languages and their catalogues, Qt-free (the CLI and the build hooks ask too).

Two catalogues per language, both written by hand and kept in the repository:

* ``viewer/translations/somos_<lang>.ts`` — the window's strings, Qt Linguist's format, made
  and refreshed by ``pyside6-lupdate`` from the ``tr()`` / ``translate()`` calls of
  ``viewer/gui``; compiled to ``.qm`` by ``pyside6-lrelease``.
* ``viewer/translations/<lang>/LC_MESSAGES/somos-archive.po`` — the command line's messages,
  read by the standard library's :mod:`gettext`; compiled to ``.mo`` by :func:`compile_po`
  (standard library only: the ``.mo`` format is a small table of offsets).

Compiled catalogues are never committed. The wheel hook (``hatch_build.py``) and the frozen
build (``packaging/somos-archive.spec``) compile them with :func:`compile_all`; a source
checkout compiles them on demand beside their sources (:func:`compiled`), as it builds
``resources/somos.sqlite``. Where that folder is not writable they are compiled into a fresh
private temporary folder for this run, never read from a cache another process could write.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import gettext

# Only what every start needs is imported here: an English start asks which language the
# system wants and nothing more; compiling and reading catalogues import what they use.

PACKAGE = Path(__file__).resolve().parent
SOURCE_LANGUAGE = "en"
#: Every language the viewer speaks besides its source language, English.
LANGUAGES = ("es",)
QT_CATALOGUE = "somos"
CLI_DOMAIN = "somos-archive"


def translations_dir() -> Path:
    """Where the catalogues are: in the package (a checkout, a wheel), or in a frozen bundle."""
    here = PACKAGE / "translations"
    bundle = getattr(sys, "_MEIPASS", None)
    if not here.is_dir() and bundle:
        return Path(bundle) / "viewer" / "translations"
    return here


def language_of(tag: str) -> str | None:
    """The language of ours a locale name or UI language stands for (``es_MX.UTF-8`` → es,
    ``es-419`` → es, ``en_GB`` → en), or None for one we do not speak."""
    base = tag.replace("-", "_").split(".")[0].split("@")[0].split("_")[0].lower()
    if base == SOURCE_LANGUAGE or base in LANGUAGES:
        return base
    return None


def system_language(environ: os._Environ[str] | dict[str, str] | None = None) -> str:
    """The language the environment asks for, as gettext reads it: the first of
    ``LANGUAGE`` (a colon-separated list of preferences), ``LC_ALL``, ``LC_MESSAGES``, ``LANG``
    that is set; the first preference we speak wins, else English."""
    env = os.environ if environ is None else environ
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if not value:
            continue
        if value in ("C", "POSIX") or value.startswith(("C.", "POSIX.")):
            return SOURCE_LANGUAGE
        for tag in value.split(":"):
            lang = language_of(tag)
            if lang is not None:
                return lang
        if name != "LANGUAGE":
            return SOURCE_LANGUAGE
    return SOURCE_LANGUAGE


# -- compiling ------------------------------------------------------------------------------

def _po_entries(po: Path) -> dict[str, str]:
    """msgid → msgstr of a .po file (plural entries keyed ``singular\\0plural`` with their
    forms joined by NULs, as the .mo format wants); untranslated and fuzzy entries left out, so
    gettext falls back to the English source for them."""
    import ast

    entries: dict[str, str] = {}
    fields: dict[str, list[str]] = {}
    current: str | None = None
    fuzzy = False

    def flush() -> None:
        nonlocal fields, fuzzy
        if "msgid" in fields:
            msgid = "".join(fields["msgid"])
            if "msgid_plural" in fields:
                msgid += "\0" + "".join(fields["msgid_plural"])
                forms = [("".join(v)) for k, v in sorted(fields.items())
                         if k.startswith("msgstr[")]
                text = "\0".join(forms)
                done = all(forms)
            else:
                text = "".join(fields.get("msgstr", []))
                done = bool(text)
            if (done and not fuzzy) or msgid == "":
                entries[msgid] = text
        fields, fuzzy = {}, False

    for line in po.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line.startswith("#,") and "fuzzy" in line:
            flush()
            fuzzy = True
            continue
        if not line or line.startswith("#"):
            continue
        if line.startswith('"'):
            if current is not None:
                fields[current].append(ast.literal_eval(line))
            continue
        key, _, rest = line.partition(" ")
        if key == "msgid" and "msgid" in fields:
            keep_fuzzy = fuzzy
            flush()
            fuzzy = keep_fuzzy
        current = key
        fields[key] = [ast.literal_eval(rest)]
    flush()
    return entries


def mo_bytes(entries: dict[str, str]) -> bytes:
    """The GNU .mo file of ``entries`` (the layout ``gettext.GNUTranslations`` reads)."""
    import struct

    keys = sorted(entries)
    ids = [k.encode("utf-8") for k in keys]
    strs = [entries[k].encode("utf-8") for k in keys]
    header_size = 7 * 4
    ids_table = header_size
    strs_table = ids_table + 8 * len(keys)
    data_start = strs_table + 8 * len(keys)
    offsets: list[tuple[int, int]] = []
    data = b""
    for blob in ids + strs:
        offsets.append((len(blob), data_start + len(data)))
        data += blob + b"\0"
    out = struct.pack("<7I", 0x950412DE, 0, len(keys), ids_table, strs_table, 0, 0)
    for length, offset in offsets:
        out += struct.pack("<2I", length, offset)
    return out + data


def _land_bytes(target: Path, blob: bytes) -> None:
    from viewer.archive.atomic import land, temporary_path

    part = temporary_path(target)
    part.write_bytes(blob)
    land([(part, target)])


def compile_po(po: Path, mo: Path) -> Path:
    """``po`` compiled to ``mo`` (written atomically)."""
    mo.parent.mkdir(parents=True, exist_ok=True)
    _land_bytes(mo, mo_bytes(_po_entries(po)))
    return mo


def lrelease() -> Path:
    """PySide6's ``lrelease``, found without importing Qt (the CLI must not)."""
    import importlib.util
    import shutil

    spec = importlib.util.find_spec("PySide6")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        tool = Path(folder) / "lrelease"
        if tool.is_file():
            return tool
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if found is None:
        raise FileNotFoundError("pyside6-lrelease is not installed (it comes with PySide6)")
    return Path(found)


def compile_ts(ts: Path, qm: Path) -> Path:
    """``ts`` compiled to ``qm`` by ``pyside6-lrelease`` (written atomically)."""
    import subprocess

    from viewer.archive.atomic import land, temporary_path

    qm.parent.mkdir(parents=True, exist_ok=True)
    part = temporary_path(qm)
    subprocess.run([str(lrelease()), "-silent", str(ts), "-qm", str(part)], check=True,
                   stdout=subprocess.DEVNULL)
    land([(part, qm)])
    return qm


def sources(lang: str, folder: Path | None = None) -> list[tuple[Path, Path]]:
    """(source, compiled) for each catalogue of ``lang``, relative to ``folder``."""
    base = folder or translations_dir()
    po = base / lang / "LC_MESSAGES" / f"{CLI_DOMAIN}.po"
    ts = base / f"{QT_CATALOGUE}_{lang}.ts"
    return [(ts, ts.with_suffix(".qm")), (po, po.with_suffix(".mo"))]


def _compile(source: Path, target: Path) -> Path:
    return compile_ts(source, target) if source.suffix == ".ts" else compile_po(source, target)


def compile_all(out: Path, folder: Path | None = None) -> list[Path]:
    """Every catalogue compiled into ``out`` (the layout of ``translations/``), for the wheel
    and the frozen build."""
    base = folder or translations_dir()
    made = []
    for lang in LANGUAGES:
        for source, target in sources(lang, base):
            made.append(_compile(source, out / target.relative_to(base)))
    return made


_private: Path | None = None


def _private_dir() -> Path:
    """A folder only this process writes, removed at exit."""
    import atexit
    import shutil
    import tempfile

    global _private
    if _private is None:
        _private = Path(tempfile.mkdtemp(prefix="somos-translations-"))
        atexit.register(shutil.rmtree, _private, ignore_errors=True)
    return _private


def compiled(lang: str, kind: str) -> Path | None:
    """The compiled catalogue of ``lang`` (``kind`` ``"qm"`` or ``"mo"``), compiling it first
    in a checkout where it is missing or older than its source; None if there is none (the
    viewer then speaks English)."""
    for source, target in sources(lang):
        if target.suffix != f".{kind}":
            continue
        fresh = target.is_file() and (
            not source.is_file() or target.stat().st_mtime >= source.stat().st_mtime)
        if fresh:
            return target
        if not source.is_file():
            return None
        if not os.access(target.parent, os.W_OK):
            target = _private_dir() / target.relative_to(translations_dir())
        import subprocess

        try:
            return _compile(source, target)
        except (OSError, subprocess.CalledProcessError):
            return None
    return None


_cli_catalogue: gettext.NullTranslations | None = None
_chosen: str | None = None


def use_language(lang: str) -> None:
    """Say the messages of the command line and the data layer (an archive that cannot be
    opened) in ``lang`` rather than the environment's: the window does, to match its own."""
    global _cli_catalogue, _chosen
    _chosen, _cli_catalogue = lang, None


def _cli() -> gettext.NullTranslations:
    """The command line's messages in the chosen language, else the environment's (gettext's
    own rules: ``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``; ``es_MX`` falls back to
    ``es``), compiled and opened once."""
    global _cli_catalogue
    if _cli_catalogue is None:
        import contextlib
        import gettext as stdlib_gettext

        lang = (language_of(_chosen) or SOURCE_LANGUAGE) if _chosen else system_language()
        mo = compiled(lang, "mo") if lang != SOURCE_LANGUAGE else None
        _cli_catalogue = stdlib_gettext.NullTranslations()
        if mo is not None:
            with contextlib.suppress(OSError), mo.open("rb") as handle:
                _cli_catalogue = stdlib_gettext.GNUTranslations(handle)
            # Click's own words (Usage:, Options, Error:) go through the standard library's
            # global domain: pointing it at our catalogue, which holds them too, translates them.
            stdlib_gettext.bindtextdomain(CLI_DOMAIN, str(mo.parents[2]))
            stdlib_gettext.textdomain(CLI_DOMAIN)
    return _cli_catalogue


def message(text: str) -> str:
    """A message of the command line or the data layer in the user's language (gettext's
    ``_``)."""
    return _cli().gettext(text)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form of a message for ``n`` things, in the user's language."""
    return _cli().ngettext(singular, plural, n)


def qt_sources(root: Path | None = None) -> list[Path]:
    """The modules whose ``tr()`` / ``translate()`` calls make the ``.ts`` catalogue."""
    package = (root / "viewer") if root else PACKAGE
    return sorted([*package.joinpath("gui").rglob("*.py"), package / "__main__.py"])


def lupdate_command(ts: Path, root: Path | None = None) -> list[str]:
    """The ``pyside6-lupdate`` run that refreshes ``ts`` from the sources (obsolete entries
    dropped): ``python -m viewer.i18n`` runs it for every language."""
    tool = lrelease().with_name("lupdate")
    return [str(tool), "-locations", "none", "-no-obsolete",
            *map(str, qt_sources(root)), "-ts", str(ts)]


#: The modules whose messages go through gettext (paths inside ``viewer/``).
MESSAGE_MODULES = ("cli.py", "cli_annotations.py", "__main__.py", "archive/validation.py",
                   "archive/store.py", "archive/atomic.py", "archive/export.py",
                   "archive/search.py", "archive/search_query.py",
                   "annotations/store.py", "annotations/exchange.py",
                   # what a build says and why a seed is refused (issue 32)
                   "archive/errors.py", "archive/build.py", "archive/seeds.py",
                   "archive/manifest.py", "archive/seed_integrity.py",
                   "archive/extract/news_item.py", "archive/extract/explainer_article.py",
                   "archive/extract/encyclopedia_page.py",
                   "archive/extract/production_notes.py", "archive/tables.py",
                   # the builder's reasons, said in the reader's language (N_ marks them)
                   "archive/reasons.py")


def cli_messages(root: Path | None = None) -> list[tuple[str, str | None]]:
    """(msgid, msgid_plural or None) of every ``_()`` / ``ngettext()`` call with literal
    strings in :data:`MESSAGE_MODULES`: what the ``.po`` catalogue must translate."""
    import ast

    package = (root / "viewer") if root else PACKAGE
    found: dict[tuple[str, str | None], None] = {}
    for module in MESSAGE_MODULES:
        tree = ast.parse((package / module).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            texts = [a.value for a in node.args
                     if isinstance(a, ast.Constant) and isinstance(a.value, str)]
            if node.func.id in ("_", "N_") and texts:
                found[(texts[0], None)] = None
            elif node.func.id == "ngettext" and len(texts) >= 2:
                found[(texts[0], texts[1])] = None
    return list(found)


if __name__ == "__main__":
    import subprocess

    for code in LANGUAGES:
        subprocess.run(lupdate_command(sources(code)[0][0]), check=True)
