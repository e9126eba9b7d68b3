"""Articles made from file text."""

from __future__ import annotations

from claimmark.core.articles import make_article
from claimmark.core.articles import text_hash


def test_article_text_is_normalised_once_and_titled_by_its_first_line() -> None:
    article = make_article("a1", "\ufeff\r\nÜberschrift\r\nText\x00 hier\r\n", "in/a1.txt")
    assert article.text == "\nÜberschrift\nText hier\n"
    assert article.title == "Überschrift"
    assert article.status == "todo"
    assert article.text_hash == text_hash(article.text)
    assert article.source_path == "in/a1.txt"
