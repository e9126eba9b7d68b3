"""Pre-annotating a corpus on a Dask cluster: articles in, articles with suggestions out.

The client streams the input (what ``claimmark import`` reads) in partitions of
:data:`PARTITION_ARTICLES`, keeps a few partitions per worker in flight, and
writes each partition's articles with their suggestions as it comes back, in the
input's order: the client holds those partitions and no more, whatever the size
of the corpus. Each worker holds the detector once (scattered to it) and returns
only the suggestions, not the texts it was sent.

The output (Claimmark JSONL or Parquet, by its suffix) holds every article with its
suggestions marked ``"state": "pending"``, as ``export --suggestions`` writes them,
so ``claimmark import`` stores them as suggestions to review.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Iterator
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field
from dataclasses import replace
from pathlib import Path
from typing import Any

from claimmark.core.articles import Status
from claimmark.core.batches import batched
from claimmark.core.batches import read_ahead
from claimmark.core.errors import ClaimmarkError
from claimmark.core.errors import ExtraMissingError
from claimmark.core.records import Record
from claimmark.core.spans import Span
from claimmark.core.suggestions import StoredSuggestion
from claimmark.core.words import counted
from claimmark.detector.learning import Lessons
from claimmark.detector.learning import Where
from claimmark.detector.learning import allowed
from claimmark.detector.rules import Detector
from claimmark.formats.importing import stream_path
from claimmark.formats.output import open_output
from claimmark.formats.parquet import CLUSTER_EXTRA
from claimmark.project.corpus_outcome import CorpusOutcome
from claimmark.project.detecting import suggestions_in
from claimmark.project.learning import PER_ARTICLE
from claimmark.project.progress import Progress
from claimmark.project.progress import ignore

PARTITION_ARTICLES = 500
"""Articles sent to a worker as one task, and written as one batch (a Parquet row group)."""

IN_FLIGHT_PER_WORKER = 2
"""Partitions a worker thread has queued at most: one it works on and one ready, so it
never waits on the client, and the client holds no more than that many per thread."""


CONNECT_SECONDS = 30
"""How long a scheduler given by address may take to answer (a cluster still starting)."""


class PreannotateError(ClaimmarkError):
    """The cluster could not be reached or failed; the output file was not written."""


@dataclass(frozen=True)
class Suggester:
    """What a worker needs to suggest claims: the detector with its lexicon, and what a
    project's spans teach and its annotators rejected too often (empty without one).

    Sent to each worker once; its :meth:`suggest` gives the suggestions ``claimmark
    detect`` stores for an article of a project, the rules' and the learned ones.
    """

    detector: Detector
    lessons: Lessons = field(default_factory=lambda: Lessons(()))
    blocks: frozenset[tuple[str, str]] = frozenset()

    def suggest(
        self, article_id: str, text: str, language: str, spans: Sequence[Span], done: bool
    ) -> list[StoredSuggestion]:
        """Return an article's suggestions: the rules' (but words rejected too often),
        then, unless the article is done, the other occurrences of the project's spans'
        words where neither a span nor a suggestion of their label is."""
        found = allowed(
            suggestions_in(self.detector, None, article_id, text, language), self.blocks
        )
        if done or not len(self.lessons):
            return found
        learned = self.lessons.occurrences(Where(article_id, text, spans, found), PER_ARTICLE)
        return sorted(
            [*found, *allowed(learned, self.blocks)], key=lambda s: (s.start, s.end, s.label)
        )


Task = tuple[str, str, str, tuple[Span, ...], bool]
"""An article as a worker gets it: id, text, language, spans, and whether it is done."""


def suggest_partition(suggester: Suggester, tasks: Sequence[Task]) -> list[list[StoredSuggestion]]:
    """Return the suggestions of each article of a partition, in order (a worker's task)."""
    return [suggester.suggest(*task) for task in tasks]


@dataclass
class PreannotateOutcome(CorpusOutcome):
    """What pre-annotating did.

    Attributes:
        articles: articles written.
        suggestions: suggestions written.
        partitions: partitions the cluster worked on.
        workers: worker processes of the cluster.
    """

    articles: int = 0
    suggestions: int = 0
    partitions: int = 0
    workers: int = 0

    def summary_line(self) -> str:
        """Return the one line that sums the run up."""
        return (
            f"pre-annotated {counted(self.articles, 'article')} with "
            f"{counted(self.suggestions, 'suggestion')} on {counted(self.workers, 'worker')} "
            f"({counted(self.partitions, 'partition')}) into {self.out}, "
            f"{counted(len(self.problems), 'problem')}"
        )

    def figures(self) -> dict[str, Any]:
        """Return the articles, suggestions, partitions and workers."""
        return {
            "articles": self.articles,
            "suggestions": self.suggestions,
            "partitions": self.partitions,
            "workers": self.workers,
        }


def preannotate(
    paths: Sequence[Path],
    out: Path,
    suggester: Suggester,
    *,
    scheduler: str | None = None,
    workers: int | None = None,
    language: str | None = None,
    format_name: str | None = None,
    progress: Progress = ignore,
    partition_articles: int = PARTITION_ARTICLES,
) -> PreannotateOutcome:
    """Run the detector over the articles of ``paths`` on a Dask cluster; write them with
    their suggestions to ``out``.

    Args:
        paths: files and folders, as ``claimmark import`` reads them.
        out: a ``.jsonl`` or ``.parquet`` file; replaced only when the run succeeds.
        suggester: the detector, and a project's lessons (see :class:`Suggester`).
        scheduler: the address of a running scheduler (``tcp://host:8786``); ``None``
            starts a local cluster of ``workers`` processes for this run.
        workers: worker processes of the local cluster (default: one per core).
        language: the language of every article (``de`` or ``en``); ``None``: each
            article's own, as its file says or as detected.
        format_name: the input's format, or ``None`` to guess it from each path.
        progress: told (partitions written, partitions sent) as partitions come back.
        partition_articles: articles per partition.

    Raises:
        PreannotateError: the scheduler cannot be reached, or a task failed.
        ExtraMissingError: Dask (or, for Parquet, pyarrow) is not installed.
        OSError: the output cannot be written (what was there is untouched).
    """
    outcome = PreannotateOutcome(out)

    def records() -> Iterator[Record]:
        for path in paths:
            for record in stream_path(path, outcome.read, format_name):
                if language is not None:
                    record = replace(record, article=replace(record.article, language=language))
                yield record

    with _client(scheduler, workers) as client, open_output(out) as write:
        threads = client.nthreads()
        outcome.workers = len(threads)
        # Partitions queued per worker thread: a worker of 8 threads works on 8 at once.
        bound = IN_FLIGHT_PER_WORKER * max(sum(threads.values()), 1)
        remote = client.scatter(suggester, broadcast=True)
        sent = 0

        def submitted() -> Iterator[tuple[list[Record], Any]]:
            nonlocal sent
            for batch in batched(records(), partition_articles):
                tasks = [
                    (
                        r.article.id, r.article.text, r.article.language, tuple(r.spans),
                        r.article.status == Status.DONE,
                    )
                    for r in batch
                ]  # fmt: skip
                sent += 1
                yield batch, client.submit(suggest_partition, remote, tasks, pure=False)

        for batch, future in read_ahead(submitted(), bound):
            try:
                found = future.result()
            except Exception as error:  # a task raises what its worker raised, any type
                raise PreannotateError(
                    f"a task failed on the cluster ({type(error).__name__}: {error}); "
                    f"{out} was not written"
                ) from error
            written = [
                replace(record, suggestions=suggestions)
                for record, suggestions in zip(batch, found, strict=True)
            ]
            write(written)
            outcome.partitions += 1
            outcome.articles += len(written)
            outcome.suggestions += sum(len(s) for s in found)
            progress(outcome.partitions, sent)
    return outcome


@contextlib.contextmanager
def _client(scheduler: str | None, workers: int | None) -> Iterator[Any]:
    """A Dask client of the scheduler at ``scheduler``, or of a local cluster of
    ``workers`` processes (one thread each: the detector is pure Python) started for it."""
    try:
        from distributed import Client
        from distributed import LocalCluster
    except ImportError as error:
        raise ExtraMissingError.of("preannotate", "Dask", CLUSTER_EXTRA) from error
    if scheduler is not None:
        try:
            client = Client(scheduler, timeout=CONNECT_SECONDS)
        except (OSError, TimeoutError) as error:
            raise PreannotateError(
                f"cannot reach the Dask scheduler at {scheduler} ({error}); is it running, "
                "and is the address right?"
            ) from error
        with client:
            yield client
        return
    count = workers or os.cpu_count() or 1
    with (
        LocalCluster(
            n_workers=count, threads_per_worker=1, processes=True, dashboard_address=None,
            silence_logs=logging.ERROR,
        ) as cluster,
        Client(cluster) as client,
    ):  # fmt: skip
        yield client
