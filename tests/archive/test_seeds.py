"""The seeds are the project's ground truth: byte for byte what was handed over."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import tomllib
from contextlib import closing
from pathlib import Path

import pytest

from tests.conftest import REPO, SEEDS
from viewer.archive.extract.base import fold


def test_seed_checksums_match_sha256sums() -> None:
    listed = {}
    for line in (SEEDS / "SHA256SUMS").read_text().splitlines():
        digest, name = line.split(maxsplit=1)
        listed[name.strip()] = digest
    assert len(listed) == 4
    for name, digest in listed.items():
        assert hashlib.sha256((SEEDS / name).read_bytes()).hexdigest() == digest, name


def test_seeds_are_the_shared_copies_when_present() -> None:
    shared = REPO.parent.parent / "shared" / "seeds"
    if not shared.is_dir():
        shared = REPO.parent / "shared" / "seeds"
    for name in (SEEDS / "SHA256SUMS").read_text().split()[1::2]:
        if (shared / name).is_file():
            assert (shared / name).read_bytes() == (SEEDS / name).read_bytes()


def test_sources_toml_describes_every_seed() -> None:
    manifest = tomllib.loads((SEEDS / "sources.toml").read_text(encoding="utf-8"))
    files = [entry["file"] for entry in manifest["source"]]
    assert sorted(files) == sorted(p.name for p in SEEDS.glob("0*.txt"))
    kinds = {entry["kind"] for entry in manifest["source"]}
    assert kinds == {"explainer article", "news item", "encyclopedia page", "production notes"}
    for entry in manifest["source"]:
        assert entry["title"] and entry["language"] == "en" and entry["layout"]


def test_every_correction_is_still_needed(archive_path: Path) -> None:
    """A correction whose names no longer occur in the seeds is dead data: every name of a
    same_person entry is written in a seed, and the entry's names are one person's spellings
    in the archive (spellings the sources write whole, R3 code review, finding 10); every
    named_here entry's words are in its seed, each person's among them."""
    corrections = tomllib.loads((SEEDS / "corrections.toml").read_text(encoding="utf-8"))
    texts = {p.name: p.read_text(encoding="utf-8") for p in SEEDS.glob("0*.txt")}
    text = "\n".join(texts.values())
    with closing(sqlite3.connect(f"{archive_path.as_uri()}?mode=ro", uri=True)) as conn:
        spellings = [json.loads(v) for (v,) in conn.execute("SELECT variants FROM people")]
    for entry in corrections["same_person"]:
        assert entry["reason"].strip()
        for name in entry["names"]:
            assert name in text, name
        assert any(set(entry["names"]) <= set(s) for s in spellings), entry["names"]
    for entry in corrections.get("named_here", []):
        assert entry["reason"].strip()
        assert entry["words"] in texts[entry["source"]], entry["words"]
        assert all(words in entry["words"] for words in entry["people"])
    # Spellings differing only in accents or capitals are filed together: some are.
    assert corrections["accents_and_case"]["reason"].strip()
    assert any(len({fold(n) for n in s}) < len(s) for s in spellings)
    # Each version of a remark still occurs, in exactly one source.
    seeds = [p.read_text(encoding="utf-8") for p in SEEDS.glob("0*.txt")]
    for remark in corrections["same_remark"]:
        assert remark["reason"].strip()
        for version in remark["versions"]:
            assert sum(version in seed for seed in seeds) == 1, version


def test_a_malformed_same_remark_entry_is_a_seed_error(tmp_path: Path) -> None:
    from viewer.archive.extract.base import SeedError
    from viewer.archive.seeds import load_same_remarks

    (tmp_path / "corrections.toml").write_text(
        '[[same_remark]]\nversions = ["only one"]\nreason = "x"\n', encoding="utf-8")
    with pytest.raises(SeedError, match="same_remark"):
        load_same_remarks(tmp_path)


def test_a_malformed_named_here_entry_is_a_seed_error(tmp_path: Path) -> None:
    """Each person's words must stand among the entry's words, with a name and a reason."""
    from viewer.archive.extract.base import SeedError
    from viewer.archive.seeds import load_corrections

    (tmp_path / "corrections.toml").write_text(
        '[[named_here]]\nsource = "x.txt"\nwords = "his brother Omar"\n'
        'people = { "Miguel" = "Miguel Treviño" }\nreason = "x"\n', encoding="utf-8")
    with pytest.raises(SeedError, match="named_here"):
        load_corrections(tmp_path)


def test_a_named_here_entry_whose_words_the_seed_no_longer_writes_stops_the_build(
        tmp_path: Path) -> None:
    """Dead curated data is an error, not a person quietly left out."""
    import shutil

    from tests.conftest import edit_seed
    from viewer.archive.build import build_archive
    from viewer.archive.extract.base import SeedError

    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    edit_seed(seeds, "000_*.txt", [("Miguel ngel Trevio and his brother Omar",
                                    "Miguel Ángel Treviño and his brother Omar")])
    with pytest.raises(SeedError, match="named_here"):
        build_archive(seeds, tmp_path / "a.sqlite", allow_changed_seeds=True)


def test_every_correction_gives_its_reason_in_spanish_too() -> None:
    """The Spanish window says a curator's reason from ``reason_es`` (R5 review item 9):
    every entry that gives a reason gives it in Spanish too, and the loader reads each."""
    from viewer.archive.seeds import load_corrections

    data = tomllib.loads((SEEDS / "corrections.toml").read_text(encoding="utf-8"))
    entries = [entry for section in data.values()
               for entry in (section if isinstance(section, list) else [section])
               if isinstance(entry, dict) and "reason" in entry]
    assert len(entries) >= 5
    for entry in entries:
        assert isinstance(entry.get("reason_es"), str) and entry["reason_es"].strip(), entry
        assert entry["reason_es"] != entry["reason"]
    spanish = load_corrections(SEEDS).spanish
    assert {e["reason"]: e["reason_es"] for e in entries} == spanish


def test_a_curated_reason_is_stored_as_the_curators_words_in_both_languages(
        archive_path: Path) -> None:
    """Its ``reason`` stays the English the file gives; its parts carry the Spanish."""
    from viewer.archive import reasons as R

    with closing(sqlite3.connect(archive_path)) as db:
        rows = db.execute("SELECT reason, reason_parts FROM provenance "
                          "WHERE status = 'curated'").fetchall()
    assert rows
    for reason, parts in rows:
        assert parts, reason
        assert R.say(R.from_json(parts)) == reason
        assert "reason_es" in parts
