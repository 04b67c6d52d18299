"""Wheel build hook: bake the archive built from ``seeds/`` into the wheel.

An installed copy then opens instantly and needs no writable folder; the seeds travel along
(``viewer/_seeds``) so the archive can still be rebuilt and its provenance checked. Editable
installs skip this: a source checkout builds ``resources/somos.sqlite`` on demand instead.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


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
        out = Path(tempfile.mkdtemp(prefix="somos-wheel-")) / "somos.sqlite"
        build_archive(root / "seeds", out)
        build_data["force_include"][str(out)] = "viewer/_data/somos.sqlite"
