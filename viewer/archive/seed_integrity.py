"""Are the seeds the ones the project ships? Checked by every build against ``SHA256SUMS``.

A seed cut short or edited can keep the landmarks its extractor looks for and build an
archive that silently says less, or something else (issue 30). ``seeds/SHA256SUMS`` records
each seed's checksum (``sha256sum`` format); a build names every file that differs and stops,
unless the person building says they mean it (``--allow-changed-seeds``), and then the archive
records which seeds were changed in its meta table (:data:`CHANGED_SEEDS_KEY`).

The commonest change is not deliberate: git's ``core.autocrlf`` on Windows rewrites line
endings to CRLF on checkout. ``.gitattributes`` marks the seeds ``-text`` so git keeps them
byte for byte; when a seed has CRLF endings anyway, the message says so and how to fix it.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from pathlib import Path

from viewer.archive.errors import SeedError
from viewer.i18n import message as _

CHECKSUMS_FILE = "SHA256SUMS"
#: The meta key of an archive built from seeds that differ from SHA256SUMS (a JSON list).
CHANGED_SEEDS_KEY = "changed_seeds"
_LINE = re.compile(r"^([0-9a-f]{64}) [ *](.+)$")


def _crlf_fix() -> str:
    return _("it has Windows line endings (CRLF), as git's core.autocrlf makes them on "
             "checkout; the seeds must stay byte for byte as shipped (.gitattributes marks "
             "them -text). Check them out again: git rm --cached -r seeds && "
             "git checkout -- seeds")


def layout_name(layout: str) -> str:
    """A seed layout's name as a message says it ("news item" for ``news_item``)."""
    names = {"news_item": _("news item"), "explainer_article": _("explainer article"),
             "encyclopedia_page": _("encyclopedia page"),
             "production_notes": _("production notes")}
    return names.get(layout, layout.replace("_", " "))


def unrecognised_seed(data: bytes, layout: str) -> str:
    """Why a seed its extractor does not recognise was refused."""
    if b"\r\n" in data:
        return _("does not read as the {layout} layout: {fix}").format(
            layout=layout_name(layout), fix=_crlf_fix())
    return _("does not read as the {layout} layout (its landmarks are missing), so it was "
             "probably replaced or cut: restore it from its source, or build without "
             "--allow-changed-seeds to check every seed against SHA256SUMS").format(
        layout=layout_name(layout))


def read_checksums(seeds_dir: Path) -> dict[str, str]:
    """File name → SHA-256 from ``SHA256SUMS`` (SeedError: missing or malformed)."""
    path = seeds_dir / CHECKSUMS_FILE
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SeedError(CHECKSUMS_FILE, _("not found in {folder}; it records the seeds' "
                                          "checksums (build with --allow-changed-seeds to "
                                          "build without it)").format(folder=seeds_dir)
                        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise SeedError(CHECKSUMS_FILE, _("cannot be read: {problem}").format(
            problem=exc)) from exc
    sums: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        found = _LINE.match(line.strip())
        if found is None:
            raise SeedError(CHECKSUMS_FILE, _("is not in sha256sum's format"), number)
        sums[found.group(2)] = found.group(1)
    return sums


def changed_seeds(seeds_dir: Path, seeds: Iterable[tuple[str, str, str]]) -> dict[str, str]:
    """Each seed (its file, SHA-256 and text) that ``SHA256SUMS`` does not vouch for, with
    what is wrong with it."""
    recorded = read_checksums(seeds_dir)
    changed: dict[str, str] = {}
    for file, sha256, text in seeds:
        want = recorded.get(file)
        if want is None:
            changed[file] = _("is not listed in {checksums}").format(checksums=CHECKSUMS_FILE)
        elif sha256 != want:
            as_shipped = text.replace("\r\n", "\n").encode("utf-8")
            changed[file] = (_crlf_fix() if hashlib.sha256(as_shipped).hexdigest() == want
                             else _("differs from its checksum (edited, cut short or "
                                    "replaced)"))
    return changed


def refuse_changed(changed: dict[str, str]) -> SeedError:
    """The error a build from changed seeds stops with, naming each file."""
    listed = "; ".join(f"{file} {why}" for file, why in changed.items())
    return SeedError(CHECKSUMS_FILE, _("the seeds are not the ones it records: {listed}. "
                                       "Restore them from the distribution, or build with "
                                       "--allow-changed-seeds (the archive records that).")
                     .format(listed=listed))
