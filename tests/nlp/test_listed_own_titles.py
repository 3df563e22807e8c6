"""Names listed each with its title after it (kg/nlp/role_phrases.py): "X, directrice de A, Y, directeur de
B et Z, …" gives each name the title written right after it, while "le ministre A, X, le ministre B, Y"
still gives each name the title written before it."""

from __future__ import annotations

from tests.support.nlp_support import named_facts


def posts(extractor, text: str, language: str) -> set[tuple[str, str]]:
    """(person, body) of every memberOf the extractor finds in the text."""
    return {(person, body) for _, person, body in named_facts(extractor, text, language, "memberOf")}


def test_listed_own_titles_a_list_opened_by_a_name_gives_each_name_the_title_after_it(extractor) -> None:
    text = ("Jeanne Morvan, Directrice Générale de la société Lumitel, Paul Odoyé, Directeur Général du "
            "groupe Vantora et Luc Brel, Directeur Général de Kestrel ont signé hier un accord de partenariat.")
    found = posts(extractor, text, "fr")
    assert ("Jeanne Morvan", "Lumitel") in found
    assert ("Paul Odoyé", "Vantora") in found
    assert ("Paul Odoyé", "Lumitel") not in found


def test_listed_own_titles_a_title_before_the_name_still_wins(extractor) -> None:
    text = ("Le ministre de la Poste, Jean Malo, ministre de l'Énergie, Paul Odoyé, ont signé un accord "
            "de partenariat hier.")
    found = posts(extractor, text, "fr")
    assert ("Jean Malo", "Ministry of Post") in found
    assert ("Jean Malo", "Ministry of Energy") not in found
