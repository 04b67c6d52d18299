"""Wheel build hook: bake the archive built from ``seeds/`` into the wheel, and the manual
pages made from the command line's own help into ``share/man/man1``.

An installed copy then opens instantly and needs no writable folder; the seeds travel along
(``viewer/_seeds``) so the archive can still be rebuilt and its provenance checked. Editable
installs skip this: a source checkout builds ``resources/somos.sqlite`` on demand instead.
The translations' compiled catalogues (``.qm`` by ``pyside6-lrelease``, ``.mo`` by
:func:`viewer.i18n.compile_po`) are made here too: only their sources are in the repository.
The manual pages are click-man's rendering of ``somos-archive --help`` and each command's
help, so they never say other than the commands do.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

#: hatchling's fixed file time for reproducible wheels (2020-02-02).
REPRODUCIBLE_EPOCH = 1580601600


class ArchiveBuildHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable":
            return
        root = Path(self.root)
        sys.path.insert(0, str(root))
        try:
            from viewer.archive.build import build_archive
        finally:
            sys.path.pop(0)
        work = Path(tempfile.mkdtemp(prefix="somos-wheel-"))
        out = work / "somos.sqlite"
        build_archive(root / "seeds", out)
        build_data["force_include"][str(out)] = "viewer/_data/somos.sqlite"
        for made in self._catalogues(root, work / "translations"):
            inside = made.relative_to(work / "translations").as_posix()
            build_data["force_include"][str(made)] = f"viewer/translations/{inside}"
        for page in self._man_pages(root, work / "man"):
            build_data["shared_data"][str(page)] = f"share/man/man1/{page.name}"

    @staticmethod
    def _catalogues(root: Path, out: Path) -> list[Path]:
        sys.path.insert(0, str(root))
        try:
            from viewer.i18n import compile_all
        finally:
            sys.path.pop(0)
        return compile_all(out, root / "viewer" / "translations")

    @staticmethod
    def _man_pages(root: Path, folder: Path) -> list[Path]:
        from click_man.core import write_man_pages

        sys.path.insert(0, str(root))
        # The manual pages are in English, whatever language the machine building the wheel
        # speaks: the CLI's words are read when it is imported, from the catalogue the build
        # of the archive already chose (so use_language, not the environment), and click's
        # own ("Show this message and exit.") as the pages are written, from the environment.
        saved = os.environ.get("LANGUAGE")
        os.environ["LANGUAGE"] = "en"
        try:
            from viewer import __version__, i18n

            i18n.use_language("en")
            from viewer.cli import main

            folder.mkdir(parents=True, exist_ok=True)
            # Dated as the wheel's files are (hatchling's reproducible timestamp, unless
            # SOURCE_DATE_EPOCH says otherwise), not today: two builds make the same wheel.
            epoch = int(os.environ.get("SOURCE_DATE_EPOCH", REPRODUCIBLE_EPOCH))
            write_man_pages("somos-archive", main, version=__version__, target_dir=str(folder),
                            date=time.strftime("%Y-%m-%d", time.gmtime(epoch)))
        finally:
            sys.path.pop(0)
            if saved is None:
                os.environ.pop("LANGUAGE")
            else:
                os.environ["LANGUAGE"] = saved
        return sorted(folder.glob("*.1"))
