"""A one-word name its language also writes opened by its article ("La Réunion"), bare at a line's start before
an adjective, is a common noun (kg/nlp/gazetteer.py); a headline the body repeats names no country that the
body's copy reads as a common noun (kg/nlp/offices.py, headline_countries)."""

from __future__ import annotations

from kg.models import Article
from kg.readers import Document
from tests.support.nlp_support import headline_posts as posts


def test_meeting_headline_names_no_island(extractor) -> None:
    title = "Réunion ministérielle avec la Banque africaine de développement"
    text = (f"{title}\n\nLe ministre du Développement numérique, Jean Rakotobe, a reçu lundi une délégation de "
            "la Banque africaine de développement pour préparer un programme de connectivité rurale.")
    found = posts(extractor, title, text, "fr")
    assert not any("Réunion" in (r[1], r[2]) for r in found), found


def test_island_with_its_article_stays_a_place(extractor) -> None:
    text = ("Réunion bilatérale à Saint-Denis : le câble sous-marin reliera la Réunion à Maurice d'ici deux ans, "
            "selon l'opérateur.")
    article = Article(id="island-test", title="Un câble sous-marin", language="fr", published="2025-03-04")
    extraction = extractor.extract(Document(article=article, text=text, origin="test"))
    places = [e for e in extraction.entities if "Réunion" in e.name]
    assert len(places) == 1 and [m.text for m in places[0].mentions] == ["Réunion"], places


def test_meeting_word_qualified_mid_sentence_names_no_island(extractor) -> None:
    """"la première Réunion de haut niveau", "la Réunion des dirigeants": an adjective before the word or a
    complement after it makes it a meeting, wherever it stands."""
    text = ("Le Sénégal et le Maroc ont tenu à Dakar la première Réunion de haut niveau sur le numérique, en marge "
            "de la Réunion des dirigeants africains, a indiqué le ministère.")
    article = Article(id="meeting-test", title="Numérique", language="fr", published="2025-03-04")
    extraction = extractor.extract(Document(article=article, text=text, origin="test"))
    assert not any("Réunion" in e.name for e in extraction.entities), extraction.entities
