"""Posts that hang on a body named before (kg/nlp/role_phrases.py, kg/nlp/roles.py): a title opened by
a possessive at the start of a sentence, and a title after a body's head word with a genitive."""

from __future__ import annotations

from tests.support.nlp_support import named_facts


def posts(extractor, text: str, language: str) -> set[tuple[str, str]]:
    """(person, body) of every memberOf the extractor finds in the text."""
    return {(person, body) for _, person, body in named_facts(extractor, text, language, "memberOf")}


def bodies_of(found: set[tuple[str, str]], person: str) -> set[str]:
    return {body for who, body in found if who == person}


def test_owned_posts_a_sentence_opened_by_a_possessive_title_names_the_body_before(extractor) -> None:
    text = ("Le ministre a reçu mardi une délégation de la société Lumitel, spécialisée dans les réseaux. "
            "Son PDG, Marc Odoyé, a présenté "
            "un projet de centre de données.")
    assert bodies_of(posts(extractor, text, "fr"), "Marc Odoyé") == {"Lumitel"}


def test_owned_posts_an_honorific_is_no_possessive(extractor) -> None:
    text = ("The Ministry of Energy hosted the talks. His Excellency Ambassador Tomas Reyl attended the "
            "ceremony.")
    assert "Ministry of Energy" not in bodies_of(posts(extractor, text, "en"), "Tomas Reyl")


def test_owned_posts_a_lower_case_head_with_a_genitive_names_the_body_before(extractor) -> None:
    text = ("Kenya's Ministry of Roads and Transport has signed a memorandum with Japan. It was signed "
            "by the ministry's permanent secretary, Anne Wairimu, and a Japanese envoy.")
    assert bodies_of(posts(extractor, text, "en"), "Anne Wairimu") == {"Ministry of Transport of Kenya"}


def test_owned_posts_a_bare_title_listed_after_a_body_s_official_is_a_post_in_that_body(extractor) -> None:
    text = ("The delegation of Peru included Ministry of Energy Secretary Rosa Quispe, Undersecretary Marco "
            "Salinas and officials of both countries.")
    found = posts(extractor, text, "en")
    assert bodies_of(found, "Marco Salinas") == bodies_of(found, "Rosa Quispe") != set()
