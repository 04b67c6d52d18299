"""The command line in Spanish (issue 32): its messages and help come from the gettext
catalogue, in the environment's language, and nothing of it is left in English."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO
from viewer import i18n
from viewer.archive.schema import SCHEMA_VERSION

SPANISH = {"LANG": "es_MX.UTF-8", "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": ""}


def run_in(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "viewer.cli", *args], cwd=REPO,
                          env={**os.environ, **env}, capture_output=True, text=True,
                          encoding="utf-8", timeout=120)


def test_the_cli_speaks_spanish_under_a_mexican_locale(archive_path: Path) -> None:
    help_text = run_in(SPANISH, "search", "--help").stdout
    assert help_text.startswith("Uso:")
    assert "Busca QUERY en todos los registros" in help_text
    assert "Mostrar este mensaje y salir." in help_text
    missing = run_in(SPANISH, "search", "zzzqqqxx", "--archive", str(archive_path))
    assert missing.returncode == 1
    assert missing.stderr.strip() == "somos-archive: no hay coincidencias para 'zzzqqqxx'"
    bad = run_in(SPANISH, "export", "nothing", "--archive", str(archive_path))
    assert "tabla desconocida 'nothing'; elija una de" in bad.stderr


def test_the_searchable_tables_are_named_in_spanish(archive_path: Path) -> None:
    from viewer.archive.tables import SEARCHED_TABLES, TABLE_SPECS

    help_text = " ".join(run_in(SPANISH, "search", "--help").stdout.split())
    assert f"Buscar en una tabla ({', '.join(SEARCHED_TABLES)}) o en todas (all)." in help_text
    left_out = next(name for name in TABLE_SPECS if name not in SEARCHED_TABLES)
    refused = run_in(SPANISH, "search", "Benjamín", "--table", left_out,
                     "--archive", str(archive_path))
    assert refused.returncode == 1
    assert refused.stderr == (f"somos-archive: no se puede buscar en la tabla {left_out!r}; "
                              f"se puede buscar en estas tablas: {', '.join(SEARCHED_TABLES)}\n")


def test_the_cli_speaks_english_elsewhere(archive_path: Path) -> None:
    english = run_in({**SPANISH, "LANG": "en_US.UTF-8"}, "search", "zzzqqqxx",
                     "--archive", str(archive_path))
    assert english.stderr.strip() == "somos-archive: no matches for 'zzzqqqxx'"
    c_locale = run_in({**SPANISH, "LANG": "C.UTF-8"}, "--help")
    assert c_locale.stdout.startswith("Usage:")


def test_language_preferences_are_read_as_gettext_reads_them() -> None:
    assert i18n.system_language({"LANGUAGE": "fr:es_MX", "LANG": "en_US.UTF-8"}) == "es"
    assert i18n.system_language({"LC_ALL": "es_ES.UTF-8", "LANG": "en_US.UTF-8"}) == "es"
    assert i18n.system_language({"LC_MESSAGES": "de_DE.UTF-8", "LANG": "es_MX.UTF-8"}) == "en"
    assert i18n.system_language({"LANG": "es_MX.UTF-8"}) == "es"
    assert i18n.system_language({"LANG": "C"}) == "en"
    assert i18n.system_language({}) == "en"


def test_every_cli_message_has_a_spanish_translation() -> None:
    po = i18n.sources("es")[1][0]
    entries = i18n._po_entries(po)
    untranslated = []
    for singular, plural in i18n.cli_messages():
        key = singular if plural is None else f"{singular}\0{plural}"
        if not entries.get(key, "").strip("\0"):
            untranslated.append(singular)
    assert not untranslated, f"no Spanish for: {untranslated}"


def test_the_translations_keep_their_placeholders() -> None:
    """A brace placeholder lost or misspelt in a translation raises KeyError at run time."""
    import string

    for msgid, msgstr in i18n._po_entries(i18n.sources("es")[1][0]).items():
        if not msgid:
            continue
        fields = {name for text in msgid.split("\0")
                  for _, name, _, _ in string.Formatter().parse(text) if name}
        # An argument's Spanish, where the archive holds it (``reason_es``: the curators'
        # words, viewer.archive.reasons.CURATORS_WORDS).
        fields |= {f"{name}_es" for name in fields}
        for form in msgstr.split("\0"):
            used = {name for _, name, _, _ in string.Formatter().parse(form) if name}
            assert used <= fields, (msgid, form)


def test_the_mo_file_is_compiled_on_demand_and_read_by_gettext(tmp_path: Path) -> None:
    import gettext

    mo = i18n.compile_po(i18n.sources("es")[1][0], tmp_path / "x.mo")
    with mo.open("rb") as handle:
        catalogue = gettext.GNUTranslations(handle)
    assert catalogue.gettext("Print only errors.") == "Mostrar solo los errores."
    assert catalogue.ngettext("Wrote {count} annotation to {path}",
                              "Wrote {count} annotations to {path}", 3) == (
        "Se escribieron {count} anotaciones en {path}")


@pytest.mark.parametrize("module", ["viewer.cli", "viewer.i18n"])
def test_the_translated_cli_still_does_not_import_qt(module: str) -> None:
    code = f"import sys, {module}; print('PySide6' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                         text=True, env={**os.environ, **SPANISH}, timeout=60)
    assert out.stdout.strip() == "False", out.stderr


def test_an_archive_that_will_not_open_is_explained_in_spanish(tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not an archive" * 400)
    out = run_in(SPANISH, "info", "--archive", str(junk))
    assert out.returncode == 1
    assert "no es una base de datos SQLite, así que no es un acervo de Somos" in out.stderr


@pytest.mark.parametrize(("case", "said"), [
    ("older-schema", " y le falta lo que esta versión muestra (las tablas claims_fts). "),
    ("schema-5-search-index",
     " y le falta lo que esta versión muestra (el índice de búsqueda que lee). "),
    ("schema-6-people", " y le falta lo que esta versión muestra (las columnas "
                        "spelling_note_parts de la tabla people). ")])
def test_an_older_archive_is_explained_in_spanish(archive_path: Path, tmp_path: Path,
                                                  case: str, said: str) -> None:
    """The three messages about an older archive share one lead, each adding what it lacks."""
    from tests.bad_archives import BAD_ARCHIVES, make_bad_archive

    older = make_bad_archive(next(c for c in BAD_ARCHIVES if c.name == case), archive_path,
                             tmp_path)
    out = run_in(SPANISH, "info", "--archive", str(older))
    assert out.returncode == 1
    lead = (f"{older} se hizo con una versión anterior de Somos Archive (esquema del acervo "
            f"{SCHEMA_VERSION - 1}; esta versión lee el esquema {SCHEMA_VERSION})")
    assert f"{lead}{said}" in " ".join(out.stderr.split()), out.stderr


def test_the_viewers_own_command_line_speaks_spanish_too() -> None:
    out = subprocess.run([sys.executable, "-m", "viewer", "--help"], cwd=REPO,
                         env={**os.environ, **SPANISH}, capture_output=True, text=True,
                         timeout=60)
    assert out.stdout.startswith("uso: somos-viewer")
    assert "Explore y busque en el acervo de Somos sin conexión." in out.stdout
    assert "mostrar este mensaje de ayuda y salir" in out.stdout


def test_a_file_that_cannot_be_written_is_explained_in_spanish(archive_path: Path) -> None:
    out = run_in(SPANISH, "export", "cast", "-o", "/nonexistent-folder/cast.csv",
                 "--archive", str(archive_path))
    assert out.returncode == 1
    assert "la carpeta /nonexistent-folder no existe; elija otra carpeta" in out.stderr


def test_what_the_search_did_to_the_words_is_said_in_spanish(archive_path: Path) -> None:
    out = run_in(SPANISH, "search", '"Benjamin', "--archive", str(archive_path))
    assert "somos-archive: Se ignoró unas comillas sin cerrar." in out.stderr


def test_a_malformed_seed_and_the_build_progress_are_said_in_spanish(tmp_path: Path) -> None:
    """What a build says while it works, and why it stops on a bad seed, come from the
    catalogue at their source in the data layer (issue 32's second round)."""
    import shutil

    from tests.conftest import SEEDS

    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    built = run_in(SPANISH, "build", "--seeds", str(seeds), "--out", str(tmp_path / "a.sqlite"))
    assert built.returncode == 0, built.stderr
    progress = built.stderr.splitlines()
    assert progress[0] == f"Leyendo las semillas de {seeds}"
    assert any(line.startswith("Extrayendo ") and line.endswith("(nota informativa)")
               for line in progress)
    assert "Escribiendo los registros" in progress and "Indexando para la búsqueda" in progress
    assert progress[-1] == f"Se escribió {tmp_path / 'a.sqlite'}"

    news = next(seeds.glob("001_*.txt"))
    news.write_bytes(news.read_bytes() + b"\xff")
    broken = run_in(SPANISH, "build", "--seeds", str(seeds), "--out", str(tmp_path / "b.sqlite"))
    assert broken.returncode == 1
    assert (f"construcción detenida: {news.name}, línea " in broken.stderr
            and ": no es texto UTF-8 (byte 0xff en la posición " in broken.stderr), broken.stderr

    news.write_text("Hola.\n", encoding="utf-8")
    refused = run_in(SPANISH, "build", "--seeds", str(seeds), "--out", str(tmp_path / "c.sqlite"))
    assert (f"{news.name}: no tiene el formato de nota informativa (le faltan sus marcas "
            "características)") in refused.stderr, refused.stderr
    english = run_in({**SPANISH, "LANG": "en_US.UTF-8"}, "build", "--seeds", str(seeds),
                     "--out", str(tmp_path / "c.sqlite"))
    assert f"{news.name}: does not read as the news item layout (its landmarks" in english.stderr
    assert "restore it from its source, or build without --allow-changed-seeds" in english.stderr


def test_a_system_error_is_said_in_spanish(tmp_path: Path) -> None:
    """The C library's "Is a directory" stayed English inside a Spanish message."""
    result = run_in(SPANISH, "build", "-q", "--out", str(tmp_path))
    assert result.returncode == 1
    assert result.stderr == (f"somos-archive: No se puede escribir en {tmp_path}: es una "
                             f"carpeta; elija un nombre de archivo\n")


def test_the_wheels_manual_pages_are_english_after_a_build_in_spanish(tmp_path: Path) -> None:
    """The wheel hook builds the archive (whose progress messages read the catalogue) before
    it renders the manual pages: on a Spanish machine they must still be English."""
    script = (
        "import sys, types\n"
        "from pathlib import Path\n"
        # hatchling is not installed here: the hook's base class is all it needs of it.
        "interface = types.ModuleType('hatchling.builders.hooks.plugin.interface')\n"
        "interface.BuildHookInterface = object\n"
        "sys.modules['hatchling.builders.hooks.plugin.interface'] = interface\n"
        "for name in ('hatchling', 'hatchling.builders', 'hatchling.builders.hooks',\n"
        "             'hatchling.builders.hooks.plugin'):\n"
        "    sys.modules[name] = types.ModuleType(name)\n"
        "from hatch_build import ArchiveBuildHook\n"
        "from viewer.i18n import message\n"
        "message('Writing records')  # as build_archive does first\n"
        "for page in ArchiveBuildHook._man_pages(Path('.'), Path(sys.argv[1])):\n"
        "    print(page.read_text(encoding='utf-8'))\n")
    out = subprocess.run([sys.executable, "-c", script, str(tmp_path)], cwd=REPO,
                         env={**os.environ, **SPANISH}, capture_output=True, text=True,
                         encoding="utf-8", timeout=120)
    assert out.returncode == 0, out.stderr
    assert "what four documents say about the series" in out.stdout
    assert "Archive file to read (default:" in out.stdout
    assert "cuatro documentos" not in out.stdout


def test_an_export_keeps_the_archives_english_under_a_mexican_locale(
        archive_path: Path) -> None:
    """``export`` writes the archive's words, as it writes its labels and titles: under
    LANG=es_MX the builder's reasons in the file were Spanish."""
    done = run_in(SPANISH, "export", "people", "--format", "json", "--query", "Vincent Webb",
                  "--archive", str(archive_path))
    assert done.returncode == 0, done.stderr
    assert "no source names Vincent Webb by family name alone" in done.stdout
    assert "ninguna fuente" not in done.stdout


def test_the_cli_filters_and_sorts_the_archives_own_english_words(archive_path: Path) -> None:
    """The window's filter finds a fact by its label as shown in Spanish; the CLI, in any
    language, reads and writes the archive's own words: a query by the Spanish word finds
    nothing, by the stored word every death toll, in the stored words' order."""
    import csv
    import io

    from viewer.archive.records.statements import Fact
    from viewer.archive.store import Archive

    args = ("export", "facts", "-f", "csv", "--no-provenance", "--archive", str(archive_path))
    spanish = run_in(SPANISH, *args, "--query", "muertos")
    assert spanish.returncode == 0 and len(spanish.stdout.strip().splitlines()) == 1
    rows = list(csv.DictReader(io.StringIO(run_in(SPANISH, *args, "--query",
                                                  "death toll").stdout.lstrip("\ufeff"))))
    assert {row["label"] for row in rows} == {"Death toll estimate", "Official death toll"}
    every = list(csv.DictReader(io.StringIO(run_in(SPANISH, *args).stdout.lstrip("\ufeff"))))
    with Archive.open(archive_path) as archive:
        stored = [f.label for f in archive.iter_records("facts") if isinstance(f, Fact)]
    assert [row["label"] for row in every] == stored
    assert stored == sorted(stored, key=str.casefold)
