"""The headline an article repeats in its body (kg/nlp/generic.py `outside_headline`, through the
extractor): headline case capitalises verbs and common nouns, so no unknown name is read there."""

from __future__ import annotations

from kg.models import Article, EntityType
from kg.nlp.found import Found
from kg.nlp.generic import outside_headline
from kg.nlp.lexicon import Term
from kg.readers import Document


def _found(text: str, name: str) -> Found:
    start = text.index(name)
    term = Term(f"org/{name.lower().replace(' ', '-')}", EntityType.ORGANIZATION, name)
    return Found(start, start + len(name), name, term, "pattern")


def test_headline_names_on_the_repeated_headline_line_are_dropped() -> None:
    title = "Acme to Train Kenyan Ministry Staff"
    text = f"{title}\n\nAcme  to Train   Kenyan Ministry Staff\nThe Nairobi Data Institute hosts the course."
    first, second = _found(text, "Train Kenyan Ministry Staff"), _found(text, "Nairobi Data Institute")
    assert outside_headline([first, second], text, title) == [second]
    assert outside_headline([first, second], text, "") == [first, second]
    assert outside_headline([first, second], text, "Another headline") == [first, second]


def test_headline_case_words_become_no_body(extractor) -> None:
    title = "Telco to Train Ghanaian Ministry of Communications Staff in Cloud Skills"
    text = (f"{title}\n\nAccra, March 3 - Telco will train forty officials of Ghana's Ministry of "
            "Communications in cloud computing, the company said on Monday.")
    article = Article(id="headline-test", title=title, language="en", published="2025-03-04")
    names = {e.name for e in extractor.extract(Document(article=article, text=text, origin="test")).entities}
    assert not any(name.startswith("Train") for name in names)
