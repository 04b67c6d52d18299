"""A process killed in the middle of writing annotations leaves the database intact."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.conftest import REPO
from viewer.annotations.model import SPAN, Annotation, new_id, now
from viewer.annotations.store import AnnotationStore

#: Saves one annotation, then starts a transaction of many and stops half-way through it
#: (pages spilled to the write-ahead log, nothing committed) until it is killed.
WRITER = textwrap.dedent("""
    import sys, time
    from viewer.annotations.model import Annotation, new_id, now
    from viewer.annotations.store import AnnotationStore

    store = AnnotationStore.open(sys.argv[1])
    store._conn.execute("PRAGMA cache_size = 8")  # spill to the log before the commit
    stamp = now()

    def many():
        for n in range(100_000):
            if n == 3_000:
                print("writing", flush=True)
                time.sleep(60)
            yield Annotation(id=new_id(), kind="span", note="x" * 200 + str(n),
                             source_file="s.txt", exact="words", created=stamp,
                             modified=stamp)

    store.save(many())
""")


def test_kill_during_a_write_leaves_the_database_as_before(tmp_path: Path) -> None:
    path = tmp_path / "annotations.sqlite"
    stamp = now()
    first = Annotation(id=new_id(), kind=SPAN, note="written before", source_file="s.txt",
                       exact="words", created=stamp, modified=stamp)
    with AnnotationStore.open(path) as store:
        store.add(first)
    child = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], cwd=REPO,
                             stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "writing"
        wal = path.with_name(path.name + "-wal")
        assert wal.stat().st_size > 100_000, "the transaction had not reached the disk"
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.kill()
        child.wait(timeout=30)
        if child.stdout is not None:
            child.stdout.close()
    assert child.returncode == -signal.SIGKILL
    with AnnotationStore.open(path) as store:
        assert store.integrity_check() == ["ok"]
        assert store.all() == [first]  # the interrupted change is not there, at all
        store.add(first.replace(id=new_id(), note="written after"))
        assert store.count() == 2
