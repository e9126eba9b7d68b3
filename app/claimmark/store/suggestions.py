"""The store's suggestions: detector runs, learning, review states."""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Mapping
from collections.abc import Sequence
from dataclasses import replace

from claimmark.core.errors import NotFoundError
from claimmark.core.spans import Span
from claimmark.core.spans import SpanIndex
from claimmark.core.spans import now_iso
from claimmark.core.suggestions import StoredSuggestion
from claimmark.core.suggestions import SuggestionState
from claimmark.core.suggestions import plan_detection
from claimmark.detector.learning import Stretched
from claimmark.detector.learning import allowed
from claimmark.detector.learning import blocked
from claimmark.store.connection import _batches
from claimmark.store.connection import _environment_errors
from claimmark.store.rows import _SET_ON_INSERT
from claimmark.store.rows import _SPAN_UPSERT
from claimmark.store.rows import _SUGGESTION_COLUMNS
from claimmark.store.rows import _SUGGESTION_INSERT
from claimmark.store.rows import _SUGGESTION_SELECT
from claimmark.store.rows import _check_fits
from claimmark.store.rows import _span_values
from claimmark.store.rows import _suggestion_from_row
from claimmark.store.rows import _suggestion_from_values
from claimmark.store.spans import Spans

_CHECKED_ONE_BY_ONE = 8
"""Up to this many accepted at once in an article are checked span by span in SQL;
more (Accept all) against all the article's spans, read once."""


class Suggestions(Spans):
    """The store's suggestions: detector runs, learning, review states."""

    def is_detected(self, article_id: str) -> bool:
        """Return whether the detector has run on the article."""
        return self._article_column(article_id, "detected_at") is not None

    def store_suggestions(self, article_id: str, suggestions: Iterable[StoredSuggestion]) -> int:
        """Record a detector run on an article; return how many suggestions are new.

        Suggestions the user accepted or rejected keep their state (a rejected one
        does not come back); pending ones the detector no longer makes are dropped.
        """
        return self.store_detections({article_id: suggestions})

    def store_detections(self, found: Mapping[str, Iterable[StoredSuggestion]]) -> int:
        """Record detector runs on several articles in one transaction (see
        :meth:`store_suggestions`); return how many suggestions are new."""
        with _environment_errors(self.path), self._writing():
            stamp = now_iso()
            return sum(
                self._store_detection(article_id, suggestions, stamp)
                for article_id, suggestions in found.items()
            )

    def _store_detection(
        self, article_id: str, suggestions: Iterable[StoredSuggestion], stamp: str
    ) -> int:
        blocks = blocked(self.word_rejections())
        fresh = {s.id: s for s in allowed(suggestions, blocks)}
        stored = {
            row[0]: (SuggestionState(row[1]), row[2])
            for row in self._db.execute(
                "select id, state, origin from suggestions where article_id = ?", [article_id]
            )
        }
        plan = plan_detection(fresh, stored)
        self._db.conn.executemany("delete from suggestions where id = ?", ([i] for i in plan.gone))
        self._db.conn.executemany(
            "update suggestions set origin = ? where id = ?",
            ((origins, i) for i, origins in plan.learned_only),
        )
        self._db.conn.executemany(
            "update suggestions set origin = ?1, score = ?2 where id = ?3 "
            "and (origin != ?1 or score != ?2)",
            ((origins, score, i) for i, origins, score in plan.again),
        )
        self._db.conn.executemany(
            _SUGGESTION_INSERT,
            (
                [
                    *(getattr(s, c) for c in _SUGGESTION_COLUMNS if c not in _SET_ON_INSERT),
                    SuggestionState.PENDING.value,
                    None,
                    s.detected_at or stamp,
                ]
                for s in plan.new
            ),
        )
        cursor = self._db.execute(
            "update articles set detected_at = ? where id = ?", [stamp, article_id]
        )
        if cursor.rowcount == 0:
            raise NotFoundError("article", article_id)
        return len(plan.new)

    # Learning -----------------------------------------------------------

    def word_rejections(self) -> list[tuple[str, str, int]]:
        """Return how often each words and label were rejected: ``(words, label, times)``."""
        with _environment_errors(self.path):
            return [
                (str(r[0]), str(r[1]), int(r[2]))
                for r in self._db.execute("select words, label, times from word_rejections")
            ]

    def count_rejection(self, words: str, label: str, step: int) -> None:
        """Count one more (``step`` 1) or one less (-1) rejection of ``words`` with ``label``."""
        with _environment_errors(self.path), self._writing():
            self._db.execute(
                "insert into word_rejections (words, label, times) values (?, ?, max(?, 0)) "
                "on conflict (words, label) do update set times = max(times + ?, 0)",
                [words, label, step, step],
            )

    def set_rejections(self, words: str, label: str, times: int) -> None:
        """Set how often ``words`` were rejected with ``label`` (0: propose them again)."""
        with _environment_errors(self.path), self._writing():
            self._db.execute(
                "insert into word_rejections (words, label, times) values (?, ?, ?) "
                "on conflict (words, label) do update set times = excluded.times",
                [words, label, max(times, 0)],
            )

    def candidate_articles(
        self, stems: Sequence[str], limit: int | None = None, unfinished: bool = False
    ) -> list[str]:
        """Return the articles holding a word that starts with each of ``stems``, in list
        order (the search index answers, so a corpus is not read to find a few).

        Args:
            stems: the beginnings of words, all of which an article must hold.
            limit: at most this many articles.
            unfinished: only articles not marked done.
        """
        terms = [stem.replace('"', "") for stem in stems if stem.replace('"', "").strip()]
        if not terms:
            return []
        query = " AND ".join(f'"{term}"*' for term in terms)
        where = " and a.status != 'done'" if unfinished else ""
        bound = "" if limit is None else f" limit {int(limit)}"
        with _environment_errors(self.path):
            return [
                str(row[0])
                for row in self._db.execute(
                    "select a.id from articles_fts f join articles a on a.rowid = f.rowid "
                    f"where articles_fts match ?{where} order by a.position{bound}",
                    [query],
                )
            ]

    def add_suggestions(self, suggestions: Sequence[StoredSuggestion]) -> list[StoredSuggestion]:
        """Add these pending suggestions, but those there already (by id) and those whose
        words were rejected too often; return the ones added."""
        blocks = blocked(self.word_rejections())
        with _environment_errors(self.path), self._writing():
            known: set[str] = set()
            for batch, marks in _batches([s.id for s in suggestions]):
                known.update(
                    str(row[0])
                    for row in self._db.execute(
                        f"select id from suggestions where id in ({marks})", batch
                    )
                )
            new = [s for s in allowed(suggestions, blocks) if s.id not in known]
            self._db.conn.executemany(
                _SUGGESTION_INSERT,
                (
                    [
                        *(getattr(s, c) for c in _SUGGESTION_COLUMNS if c not in _SET_ON_INSERT),
                        SuggestionState.PENDING.value,
                        None,
                        s.detected_at or now_iso(),
                    ]
                    for s in new
                ),
            )
        return new

    def span_words(self) -> list[tuple[str, str, str]]:
        """Return each distinct span text without digits with its label and an article it
        is in: ``(text, label, article_id)`` (what the project's spans can teach)."""
        with _environment_errors(self.path):
            return [
                (str(r[0]), str(r[1]), str(r[2]))
                for r in self._db.execute(
                    "select text, label, min(article_id) from spans "
                    "where text not glob '*[0-9]*' group by text, label"
                )
            ]

    def placed_of(self, article_ids: Sequence[str]) -> dict[str, list[Stretched]]:
        """Return where the spans and suggestions of these articles are, and their labels,
        by article (what learning checks an occurrence against; nothing else is read)."""
        found: dict[str, list[Stretched]] = {}
        with _environment_errors(self.path):
            for batch, marks in _batches(article_ids):
                for table in ("spans", "suggestions"):
                    for article_id, start, end, label in self._db.execute(
                        f'select article_id, "start", "end", label from {table} '
                        f"where article_id in ({marks})",
                        batch,
                    ):
                        found.setdefault(article_id, []).append(Stretched(start, end, label))
        return found

    def suggestions_of(self, article_ids: Sequence[str]) -> dict[str, list[StoredSuggestion]]:
        """Return the suggestions of these articles in every state, by article."""
        found: dict[str, list[StoredSuggestion]] = {}
        with _environment_errors(self.path):
            for batch, marks in _batches(article_ids):
                for row in self._db.execute(
                    _SUGGESTION_SELECT + f" where article_id in ({marks})", batch
                ):
                    suggestion = _suggestion_from_values(row)
                    found.setdefault(suggestion.article_id, []).append(suggestion)
        return found

    def delete_pending_suggestions(self, ids: Iterable[str]) -> None:
        """Delete these suggestions, those still pending only (a reviewed one stays)."""
        with _environment_errors(self.path), self._writing():
            self._db.conn.executemany(
                "delete from suggestions where id = ? and state = 'pending'",
                ([i] for i in ids),
            )

    def undetected(self, again: bool = False) -> list[str]:
        """Return the ids of the articles the detector has not seen (all with ``again``)."""
        condition = "" if again else " where detected_at is null"
        with _environment_errors(self.path):
            return [
                row[0]
                for row in self._db.execute(
                    f"select id from articles{condition} order by position, id"
                )
            ]

    def texts(self, article_ids: Sequence[str]) -> dict[str, str]:
        """Return the texts of these articles by id (one query per thousand)."""
        found: dict[str, str] = {}
        with _environment_errors(self.path):
            for batch, marks in _batches(article_ids):
                found.update(
                    self._db.execute(
                        f"select article_id, text from article_texts where article_id in ({marks})",
                        batch,
                    ).fetchall()
                )
        return found

    def languages(self, article_ids: Sequence[str]) -> dict[str, str]:
        """Return the languages of these articles by id ("" where it is not known)."""
        found: dict[str, str] = {}
        with _environment_errors(self.path):
            for batch, marks in _batches(article_ids):
                for article_id, language in self._db.execute(
                    f"select id, language from articles where id in ({marks})", batch
                ):
                    found[article_id] = language or ""
        return found

    def suggestions_for(
        self,
        article_id: str,
        states: tuple[SuggestionState, ...] = (SuggestionState.PENDING,),
    ) -> list[StoredSuggestion]:
        """Return an article's suggestions in the given states, ordered by start."""
        marks = ", ".join("?" for _ in states)
        with _environment_errors(self.path):
            return [
                _suggestion_from_values(r)
                for r in self._db.execute(
                    _SUGGESTION_SELECT
                    + f' where article_id = ? and state in ({marks}) order by "start", "end"',
                    [article_id, *(SuggestionState(s).value for s in states)],
                )
            ]

    def suggestion(self, suggestion_id: str) -> StoredSuggestion:
        """Return the suggestion with ``suggestion_id``.

        Raises:
            NotFoundError: there is none.
        """
        return _suggestion_from_row(self._row("suggestion", _SUGGESTION_SELECT, suggestion_id))

    def save_suggestion(self, suggestion: StoredSuggestion) -> None:
        """Replace a stored suggestion's offsets, label, attributes and state (by id)."""
        SuggestionState(suggestion.state)  # an unknown state is a bug: ValueError
        with _environment_errors(self.path), self._writing():
            self.suggestion(suggestion.id)
            self._db.table("suggestions").update(
                suggestion.id,
                {
                    c: getattr(suggestion, c)
                    for c in (
                        "start", "end", "text", "label", "value", "qualifier", "source",
                        "state", "span_id",
                    )
                },
            )  # fmt: skip

    def reject_suggestion(
        self, suggestion: StoredSuggestion, words: str, undo: bool = False
    ) -> None:
        """Reject a suggestion and count the rejection of its words (one transaction); with
        ``undo``, make it pending again and take the count back."""
        with _environment_errors(self.path), self._writing():
            state = suggestion.state if undo else SuggestionState.REJECTED
            self.save_suggestion(replace(suggestion, state=state))
            self.count_rejection(words, suggestion.label, -1 if undo else 1)

    def accept_suggestions(self, accepted: Iterable[tuple[StoredSuggestion, Span]]) -> None:
        """Turn suggestions into spans, all in one transaction, in bulk.

        Raises:
            SpanConflictError: a span of the same label overlaps one of them; nothing
                is saved.
            RuleError: a span does not fit its article's text.
        """
        pairs = list(accepted)
        with _environment_errors(self.path), self._writing():
            by_article: dict[str, list[Span]] = {}
            for _suggestion, span in pairs:
                by_article.setdefault(span.article_id, []).append(span)
            for article_id, spans in by_article.items():
                if len(spans) <= _CHECKED_ONE_BY_ONE:
                    # One accept (or a few): each span's stretch and the spans in its way
                    # are read, not the article's text and every span (a 2 MB article
                    # with 20,000 spans took 120 ms of the key); the new ones among
                    # themselves in an index of their own.
                    index = SpanIndex()
                    for span in spans:
                        self._check_in_article(span)
                        self._check_no_conflict(span)
                        index.check(span)
                        index.add(span)
                    continue
                text = self.article(article_id).text
                index = SpanIndex(s for s in self.spans_for(article_id))
                for span in spans:
                    _check_fits(span, article_id, text)
                    index.check(span)
                    index.add(span)
            self._db.conn.executemany(_SPAN_UPSERT, (_span_values(s) for _, s in pairs))
            self._update_suggestions(
                replace(suggestion, state=SuggestionState.ACCEPTED, span_id=span.id)
                for suggestion, span in pairs
            )

    def unaccept_suggestions(self, suggestions: Iterable[StoredSuggestion]) -> None:
        """Undo accepting: delete the spans made from the suggestions, make them pending."""
        suggestions = list(suggestions)
        with _environment_errors(self.path), self._writing():
            for batch, marks in _batches([s.id for s in suggestions]):
                self._db.execute(
                    f"delete from spans where id in (select span_id from suggestions "
                    f"where id in ({marks}) and span_id is not null)",
                    batch,
                )
            self._update_suggestions(
                replace(s, state=SuggestionState.PENDING, span_id=None) for s in suggestions
            )

    def _update_suggestions(self, suggestions: Iterable[StoredSuggestion]) -> None:
        """Write suggestions' offsets, label, attributes and state (inside a transaction)."""
        self._db.conn.executemany(
            'update suggestions set "start" = ?, "end" = ?, text = ?, label = ?, value = ?, '
            "qualifier = ?, source = ?, state = ?, span_id = ? where id = ?",
            (
                (s.start, s.end, s.text, s.label, s.value, s.qualifier, s.source,
                 SuggestionState(s.state).value, s.span_id, s.id)
                for s in suggestions
            ),
        )  # fmt: skip
