"""Planning an import: new, merged and skipped articles, refused spans, labels brought in."""

from __future__ import annotations

from collections.abc import Iterator

from claimmark.core.articles import make_article
from claimmark.core.importing import OnDuplicate
from claimmark.core.importing import Stored
from claimmark.core.importing import UnknownLabels
from claimmark.core.importing import plan_import
from claimmark.core.labels import DEFAULT_LABELS
from claimmark.core.labels import Label
from claimmark.core.problems import ImportProblem
from claimmark.core.records import Record
from claimmark.core.spans import Span
from claimmark.core.words import Said

TEXT = "Titel\nKim schickte 3000 Soldaten und 50 Raketen.\n"
ARTICLE = make_article("a1", TEXT)


def _span(words: str, label: str, article_id: str = "a1") -> Span:
    start = TEXT.index(words)
    return Span(f"{label}-{start}", article_id, start, start + len(words), label, words, "x", "t")


def test_a_new_article_is_added_with_its_spans() -> None:
    troops = _span("3000 Soldaten", "TROOPS")
    plan = plan_import([Record(ARTICLE, [troops])], [], {}, DEFAULT_LABELS)
    assert (plan.added, plan.articles, plan.spans) == (["a1"], [ARTICLE], [troops])
    assert (plan.merged, plan.skipped, plan.problems, plan.labels) == ([], [], [], [])


def test_an_article_present_by_id_or_text_is_skipped_with_the_reason() -> None:
    stored = [Stored("a1", ARTICLE.text_hash)]
    twin = make_article("copy", TEXT)
    plan = plan_import([Record(ARTICLE, []), Record(twin, [])], stored, {}, DEFAULT_LABELS)
    assert plan.skipped == [
        ("a1", "an article with id a1 exists"),
        ("copy", "same text as article a1"),
    ]
    assert plan.articles == []


def test_merging_adds_only_the_spans_an_article_lacks() -> None:
    troops, weapons = _span("3000 Soldaten", "TROOPS"), _span("50 Raketen", "WEAPONS")
    plan = plan_import(
        [Record(ARTICLE, [troops, weapons])],
        [Stored("a1", ARTICLE.text_hash)],
        {"a1": [troops]},
        DEFAULT_LABELS,
        on_duplicate=OnDuplicate.MERGE,
    )
    assert (plan.merged, plan.spans, plan.articles) == (["a1"], [weapons], [])


def test_an_article_whose_text_differs_under_its_id_is_not_merged() -> None:
    plan = plan_import(
        [Record(ARTICLE, [])], [Stored("a1", "another hash")], {}, DEFAULT_LABELS,
        on_duplicate=OnDuplicate.MERGE,
    )  # fmt: skip
    assert plan.skipped == [("a1", "article a1 has another text; not merged")]


def test_the_second_record_of_one_import_with_the_same_id_is_present() -> None:
    plan = plan_import([Record(ARTICLE, []), Record(ARTICLE, [])], [], {}, DEFAULT_LABELS)
    assert plan.added == ["a1"]
    assert plan.skipped == [("a1", "an article with id a1 exists")]


def test_an_overlapping_span_of_the_same_label_is_refused_by_the_rule() -> None:
    whole, part = _span("3000 Soldaten", "TROOPS"), _span("Soldaten", "TROOPS")
    plan = plan_import([Record(ARTICLE, [whole, part])], [], {}, DEFAULT_LABELS)
    assert plan.spans == [whole]
    assert len(plan.problems) == 1
    assert "'Soldaten' overlaps the TROOPS span '3000 Soldaten'" in plan.problems[0].message


def test_unknown_labels_are_added_with_a_free_key_or_refused() -> None:
    civilians = _span("3000 Soldaten", "CIVILIANS")
    added = plan_import([Record(ARTICLE, [civilians])], [], {}, DEFAULT_LABELS)
    assert added.labels == [Label("CIVILIANS", "4", "#b5e48c", "added by an import")]
    assert added.spans == [civilians]
    refused = plan_import(
        [Record(ARTICLE, [civilians])], [], {}, DEFAULT_LABELS,
        unknown_labels=UnknownLabels.REFUSE,
    )  # fmt: skip
    assert (refused.labels, refused.spans) == ([], [])
    assert refused.problems == [
        ImportProblem("a1", "CIVILIANS span '3000 Soldaten' in a1: label not in the project; "
                      "not imported")
    ]  # fmt: skip


def test_a_label_that_cannot_be_a_label_name_is_refused() -> None:
    odd = _span("3000 Soldaten", "not a name")
    plan = plan_import([Record(ARTICLE, [odd])], [], {}, DEFAULT_LABELS)
    assert (plan.labels, plan.spans, len(plan.problems)) == ([], [], 1)


def test_a_refused_span_is_named_with_the_line_it_was_read_from() -> None:
    whole, part = _span("3000 Soldaten", "TROOPS"), _span("Soldaten", "TROOPS")
    plan = plan_import([Record(ARTICLE, [whole, part], line=7)], [], {}, DEFAULT_LABELS)
    assert [p.line for p in plan.problems] == [7]


def _values(words: Said) -> Iterator[object]:
    for value in words.values:
        yield value
        if isinstance(value, Said):
            yield from _values(value)


def test_a_refused_overlap_keeps_its_words_not_the_error_and_its_frames() -> None:
    # The conflict was kept as the exception: its traceback held the planner's frames
    # and, through them, the whole batch of records. 126,146 refused spans of 10,000
    # articles held 868 MB; the words alone are what the problem says.
    troops = _span("3000 Soldaten", "TROOPS")
    inner = Span("inner", "a1", troops.start + 1, troops.end, "TROOPS", "000 Soldaten", "x", "t")
    plan = plan_import([Record(ARTICLE, [troops, inner])], [], {}, DEFAULT_LABELS)
    [problem] = plan.problems
    assert problem.said is not None
    assert "overlaps the TROOPS span '3000 Soldaten'" in str(problem)
    assert not [v for v in _values(problem.said) if isinstance(v, BaseException)]
