"""A database that cannot be written is read, searched and exported, never changed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from claimmark.bundled import seeds_dir
from claimmark.core.articles import make_article
from claimmark.formats.txt import read_txt
from claimmark.store import ReadOnlyError
from claimmark.store import Repository


@pytest.fixture
def seeded(db_path: Path) -> Path:
    repo = Repository.open(db_path)
    repo.add_articles(r.article for r in read_txt([seeds_dir()]).records)
    repo.close()
    return db_path


def test_a_database_opened_read_only_reads_and_refuses_every_write(seeded: Path) -> None:
    repo = Repository.open(seeded, read_only=True)
    assert repo.read_only
    assert repo.stats().articles == 5
    assert len(list(repo.iter_records())) == 5
    assert repo.search("Soldaten")
    with pytest.raises(ReadOnlyError, match="open read-only"):
        repo.add_articles([make_article("new", "Titel\nText")])
    with pytest.raises(ReadOnlyError):
        repo.set_status("000_c85cdf0a18791572", "done")
    repo.close()
    assert Repository.open(seeded).stats().articles == 5


def test_a_database_in_a_folder_that_cannot_be_written_opens_read_only(
    seeded: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_access = os.access
    folder = str(seeded.parent)

    def access(path: object, mode: int) -> bool:  # as for a user without write permission
        if mode == os.W_OK and str(path).startswith(folder):
            return False
        return real_access(path, mode)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "access", access)
    repo = Repository.open(seeded, create=False)
    assert repo.read_only
    assert repo.stats().articles == 5
    repo.close()


def test_the_cli_reads_and_exports_a_read_only_database(
    seeded: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from click.testing import CliRunner

    from claimmark.cli import cli

    real_access = os.access
    monkeypatch.setattr(
        os, "access", lambda path, mode: mode != os.W_OK and real_access(path, mode)
    )
    runner = CliRunner()
    stats = runner.invoke(cli, ["stats", "--db", str(seeded)])
    assert (stats.exit_code, stats.stdout.splitlines()[0]) == (0, "articles: 5")
    monkeypatch.setattr(os, "access", real_access)  # the export's own folder is writable
    out = tmp_path / "out.jsonl"
    repo_path = str(seeded)
    export = runner.invoke(cli, ["export", "--db", repo_path, "--out", str(out)])
    assert export.exit_code == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == 5


def _killed_with_commits_in_the_wal(db: Path) -> None:
    """Add a span's worth of articles in another process, killed before it checkpoints."""
    import subprocess
    import sys

    code = (
        "import os, sys; from claimmark.store import Repository; "
        "from claimmark.core.articles import make_article; "
        "r = Repository.open(sys.argv[1]); "
        "r.add_articles([make_article(f'k{n}', f'Titel\\nText {n}') for n in range(5)]); "
        "os.kill(os.getpid(), 9)"
    )
    subprocess.run([sys.executable, "-c", code, str(db)], check=False)
    assert Path(f"{db}-wal").stat().st_size > 0


def _folder_not_writable(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    real_access = os.access

    def access(path: object, mode: int) -> bool:  # as for a user without write permission
        if mode & os.W_OK and str(path).startswith(str(folder)):
            return False
        return real_access(path, mode)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "access", access)


def test_a_read_only_folder_shows_the_work_a_killed_process_left_in_the_wal(
    seeded: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _killed_with_commits_in_the_wal(seeded)
    _folder_not_writable(monkeypatch, seeded.parent)
    repo = Repository.open(seeded, create=False)
    assert repo.read_only
    assert repo.stats().articles == 10  # the five seeds and the five in the log
    repo.close()


def test_a_wal_that_cannot_be_read_read_only_is_refused_not_hidden(
    seeded: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimmark.store import StoreError

    _killed_with_commits_in_the_wal(seeded)
    Path(f"{seeded}-shm").unlink()
    _folder_not_writable(monkeypatch, seeded.parent)
    with pytest.raises(StoreError, match="committed work is in its write-ahead log"):
        Repository.open(seeded, create=False)
