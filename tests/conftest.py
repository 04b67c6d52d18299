"""Test setup shared by every layer.

Qt must see ``QT_QPA_PLATFORM=offscreen`` before PySide6 is first imported, so it is set here,
at collection time, not in a fixture. Settings never touch the developer's own: QSettings is
pointed at a temporary folder by the GUI tests' fixtures.
"""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
