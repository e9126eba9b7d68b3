"""Errors cross process boundaries (a job's pool sends them back pickled) whole."""

from __future__ import annotations

import pickle

from claimmark.core.errors import ClaimmarkError
from claimmark.core.errors import NotFoundError
from claimmark.core.errors import RuleError
from claimmark.core.words import QT_TRANSLATE_NOOP
from claimmark.core.words import said


def test_a_not_found_error_comes_back_from_a_pickle_as_it_was() -> None:
    error = pickle.loads(pickle.dumps(NotFoundError("article", "a1")))
    assert isinstance(error, NotFoundError)
    assert (error.kind, error.key, str(error)) == ("article", "a1", "there is no article 'a1'")


def test_an_error_told_in_words_keeps_its_words_through_a_pickle() -> None:
    words = said(QT_TRANSLATE_NOOP("edits", "no word at {offset}"), offset=3)
    error = pickle.loads(pickle.dumps(RuleError(words)))
    assert isinstance(error, ClaimmarkError)
    assert (str(error), error.said) == ("no word at 3", words)
