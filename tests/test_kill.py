"""SIGKILL at random moments while marking, undoing, importing and exporting loses nothing.

Every line the child prints names a committed write. After each kill the database
must pass SQLite's integrity check and hold every acknowledged write; an import
is whole or absent; the export is a complete file. ``KILLS`` sets how many kills
(50 in the normal run; ``make soak`` runs 500).
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from claimmark.bundled import seeds_dir
from claimmark.formats.txt import read_txt
from claimmark.store import Repository

ROOT = Path(__file__).parents[1]
KILLS = int(os.environ.get("KILLS", "50"))

pytestmark = pytest.mark.slow


# sqlite-utils imports pandas and numpy when they are installed (the test extra brings
# them): 0.8 s of the child's start, and it starts KILLS times. The child needs neither.
_START_CHILD = (
    "import runpy, sys; sys.modules.update(pandas=None, numpy=None); "
    "runpy.run_module('tests.soak_child', run_name='__main__')"
)


def _run_and_kill(db: Path, work: Path, seed: int, rng: random.Random) -> list[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", _START_CHILD, str(db), str(work), str(seed)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    # The child says it is ready with a file, not a line: reading a line here would
    # buffer lines after it that communicate() then never sees.
    ready = work / f"ready{seed}"
    deadline = time.monotonic() + 60
    while not ready.exists():
        assert child.poll() is None, "the child ended before it was ready"
        assert time.monotonic() < deadline, "the child did not get ready in a minute"
        time.sleep(0.01)
    try:
        child.wait(timeout=rng.uniform(0.0, 0.25))  # a random moment of its work
    except subprocess.TimeoutExpired:
        child.send_signal(signal.SIGKILL)
    out, err = child.communicate()
    assert child.returncode in (-signal.SIGKILL, 0), err
    return out.splitlines()


def test_kills_at_random_moments_lose_no_acknowledged_write(tmp_path: Path) -> None:
    db, work = tmp_path / "soak.db", tmp_path / "work"
    work.mkdir()
    rng = random.Random(2026)
    marked: set[str] = set()
    imported: set[str] = set()
    for kill in range(KILLS):
        in_flight: set[str] = set()
        for line in _run_and_kill(db, work, kill, rng):
            kind, _, what = line.partition(" ")
            if kind in ("marking", "unmarking"):
                in_flight = {what}
            elif kind == "marked":
                marked.add(what)
                in_flight = set()
            elif kind == "unmarked":
                marked.discard(what)
                in_flight = set()
            elif kind == "imported":
                imported.add(what)
        with sqlite3.connect(db) as conn:
            assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
            spans = {r[0] for r in conn.execute("select id from spans")}
            ids = [r[0] for r in conn.execute("select id from articles where id like 'b%'")]
        conn.close()
        # Every acknowledged mark is there but the one being undone; nothing else
        # is there but the one being made: the write in flight may have landed or not.
        assert marked - in_flight <= spans, f"kill {kill}: lost {sorted(marked - spans)[:3]}"
        assert spans - marked <= in_flight, f"kill {kill}: {sorted(spans - marked)[:3]}"
        marked = spans
        batches: dict[str, int] = {}
        for article_id in ids:
            batch = article_id.rsplit("-", 1)[0]
            batches[batch] = batches.get(batch, 0) + 1
        assert set(batches.values()) <= {3}, f"kill {kill}: a partial import {batches}"
        assert imported <= set(batches)
        export = work / "export.jsonl"
        if export.exists():
            lines = export.read_text(encoding="utf-8").split("\n")
            assert lines[-1] == ""
            assert all(json.loads(line)["id"] for line in lines[:-1])


DIALOG_KILLS = max(3, KILLS // 10)


@pytest.fixture
def seeded_db(db_path: Path) -> Path:
    """A database file of the five seed articles, closed."""
    repo = Repository.open(db_path)
    repo.add_articles(record.article for record in read_txt([seeds_dir()]).records)
    repo.close()
    return db_path


def _outside_reader(db: Path, stop: threading.Event) -> None:
    """Read the database from other processes until ``stop``: each checkpoints and, if it
    believes itself alone, deletes the WAL as it closes."""
    while not stop.is_set():
        subprocess.run(
            [sys.executable, "-c", _READ, str(db)], capture_output=True, check=False, timeout=60
        )


_READ = (
    "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
    "c.execute('select count(*) from spans').fetchone(); c.close()"
)


@pytest.mark.skipif(sys.platform != "linux", reason="the lock hazard is POSIX's")
def test_kills_of_a_window_opening_file_dialogs_beside_outside_readers_lose_no_mark(
    tmp_path: Path, seeded_db: Path
) -> None:
    db, work = seeded_db, tmp_path / "work"
    work.mkdir()
    rng = random.Random(21)
    marked: set[str] = set()
    for kill in range(DIALOG_KILLS):
        stop = threading.Event()
        reader = threading.Thread(target=_outside_reader, args=(db, stop))
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.dialog_child", str(db), str(work), str(kill)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        ready = work / f"ready{kill}"
        deadline = time.monotonic() + 60
        while not ready.exists():
            assert child.poll() is None, child.communicate()[1]
            assert time.monotonic() < deadline, "the window did not get ready in a minute"
            time.sleep(0.01)
        reader.start()
        try:
            child.wait(timeout=rng.uniform(1.0, 3.0))
        except subprocess.TimeoutExpired:
            child.send_signal(signal.SIGKILL)
        out, err = child.communicate()
        stop.set()
        reader.join()
        lines = out.splitlines()
        assert not [line for line in lines if line.startswith("refused")], lines[-3:]
        assert child.returncode == -signal.SIGKILL, err
        assert "dialog" in lines, "no dialog was opened before the kill"
        marked |= {line.split(" ", 1)[1] for line in lines if line.startswith("marked ")}
        with sqlite3.connect(db) as conn:
            assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
            spans = {r[0] for r in conn.execute("select id from spans")}
        conn.close()
        assert marked <= spans, f"kill {kill}: lost {sorted(marked - spans)[:3]}"
