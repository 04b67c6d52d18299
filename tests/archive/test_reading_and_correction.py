"""A reading with a reason of its own, which corrections.toml then files with a person, keeps
both reasons: the reading's, then the correction's (R3 code review, finding 3). Built from
copied seeds, the explainer's lost letters put back, with a correction of their own."""

from __future__ import annotations

import json
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

from tests.conftest import SEEDS, edit_seed
from viewer.archive import reasons as R
from viewer.archive.build import build_archive

_REASON = "A test's correction: the explainer's Omar Trevio is the encyclopedia's Omar Treviño."


def test_a_sibling_reading_filed_by_a_correction_keeps_both_reasons(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    edit_seed(seeds, "000_*.txt", [("Miguel ngel Trevio and his brother Omar",
                                    "Miguel Trevio and his brother Omar")])
    (seeds / "corrections.toml").write_text(
        f'[[same_person]]\nnames = ["Omar Treviño", "Omar Trevio"]\nreason = "{_REASON}"\n',
        encoding="utf-8")
    out = tmp_path / "a.sqlite"
    build_archive(seeds, out, allow_changed_seeds=True)
    with closing(sqlite3.connect(f"{out.as_uri()}?mode=ro", uri=True)) as conn:
        rows = conn.execute(
            "SELECT p.status, p.reason, p.reason_parts, p.text, p.value FROM provenance p "
            "JOIN people ON people.id = p.record_id AND p.record_table = 'people' "
            "JOIN sources s ON s.id = p.source_id "
            "WHERE people.name = 'Omar Treviño' AND p.field = 'name' AND s.file LIKE '000%'"
        ).fetchall()
    [(status, reason, parts, text, value)] = rows
    assert (status, text, value) == ("curated", "Omar", "Omar Trevio")
    messages = [r.message for r in R.from_json(parts)]
    assert messages == [R.SIBLING_FAMILY_NAME, R.CURATED]
    assert reason.startswith("the source gives only the given name “Omar” here (“Miguel "
                             "Trevio and his brother Omar”)")
    assert reason.endswith(f"as the curators' corrections say: {_REASON}")
    # The curators' words: this entry gives no Spanish, so a Spanish reader is told they are
    # the curators' English words (reasons.curators).
    curators = json.loads(parts)[1]["args"]["reason"]
    assert curators["message"] == R.CURATORS_WORDS and curators["args"]["reason"] == _REASON
    assert curators["args"]["reason_es"] == {"message": R.CURATORS_ENGLISH,
                                             "args": {"reason": _REASON}}
