"""A plural title before a list of names (kg/nlp/role_phrases.listed_roles through the whole extractor):
each name takes the singular title with the country of its rank, hence its ministry and that ministry's country."""

from __future__ import annotations

import pytest

from tests.support.nlp_support import named_facts


@pytest.mark.parametrize(("language", "text", "pairs"), [
    ("fr", "Les ministres sénégalais et malien de l'Économie numérique, Awa Ndiaye et Boubacar Traoré, ont "
     "signé jeudi un accord à Dakar.", [("Awa Ndiaye", "Senegal"), ("Boubacar Traoré", "Mali")]),
    ("en", "The ministers of ICT of Kenya and Uganda, respectively Joseph Kamau and Sarah Nakato, met in "
     "Nairobi on Monday.", [("Joseph Kamau", "Kenya"), ("Sarah Nakato", "Uganda")]),
    ("fr", "La ministre Zeynab Kaci a reçu dimanche à Alger les ambassadeurs d'Italie et de Grande Bretagne à "
     "Alger, respectivement Marco Bellini et John Fraser.",
     [("Marco Bellini", "Italy"), ("John Fraser", "United Kingdom")]),
    ("en", "The minister received the ambassadors of Chile and Peru, Ana Rojas and Luis Quispe, on Tuesday.",
     [("Ana Rojas", "Chile"), ("Luis Quispe", "Peru")]),
])
def test_listed_titles_give_each_name_its_own_country_s_ministry(extractor, language: str, text: str,
                                                                  pairs: list[tuple[str, str]]) -> None:
    found = named_facts(extractor, text, language, "memberOf", "partOf")
    members = {s: o for kind, s, o in found if kind == "memberOf"}
    parts = {(s, o) for kind, s, o in found if kind == "partOf"}
    bodies = [members.get(person) for person, _ in pairs]
    assert all(bodies) and len(set(bodies)) == len(bodies)
    for (_, country), body in zip(pairs, bodies, strict=True):
        assert (body, country) in parts


def test_the_portfolio_written_before_a_plural_title_goes_with_each_name(extractor) -> None:
    text = ("The deal was signed by the Health Ministers of Peru and Ecuador, Ana Rojas and Luis Vera, "
            "respectively, in Quito on Monday.")
    found = named_facts(extractor, text, "en", "memberOf")
    members = {s: o for _, s, o in found}
    assert members.get("Ana Rojas", "").startswith("Ministry of Health")
    assert members.get("Luis Vera", "").startswith("Ministry of Health")
    assert members["Ana Rojas"] != members["Luis Vera"]


@pytest.mark.parametrize(("language", "text", "pairs"), [
    ("fr", "Le ministre a accueilli mardi les directeurs généraux de Microsoft et d'Ericsson, respectivement "
     "Paul Martin et Claire Dubois.", [("Paul Martin", "Microsoft"), ("Claire Dubois", "Ericsson")]),
    ("en", "The deal was signed by the chief executives of Ericsson and Microsoft, respectively Tom Baker "
     "and Jane Moss, in Lagos.", [("Tom Baker", "Ericsson"), ("Jane Moss", "Microsoft")]),
])
def test_a_plural_title_s_bodies_pair_in_order_with_the_names_after_respectively(
        extractor, language: str, text: str, pairs: list[tuple[str, str]]) -> None:
    found = named_facts(extractor, text, language, "memberOf")
    members = {(s, o) for _, s, o in found}
    assert set(pairs) <= members
    assert not {(p, b) for p, _ in pairs for _, b in pairs if (p, b) not in pairs} & members


@pytest.mark.parametrize(("language", "text", "person", "body"), [
    ("fr", "Le ministre s'est rendu lundi au siège d'Ericsson, où il a été accueilli par le directeur général de "
     "cette entreprise, M. Paul Martin.", "Paul Martin", "Ericsson"),
    ("en", "The delegation then went to the offices of Microsoft, where it was received by the president of this "
     "company, Jane Moss.", "Jane Moss", "Microsoft"),
])
def test_a_title_of_this_institution_is_a_post_in_the_body_named_last(extractor, language: str, text: str,
                                                                      person: str, body: str) -> None:
    found = named_facts(extractor, text, language, "memberOf")
    assert (person, body) in {(s, o) for _, s, o in found}


@pytest.mark.parametrize(("text", "body"), [
    ("Dans le cadre de ce projet, l'Agence Française de Développement (AFD), sous la direction de Paul Martin, a "
     "reçu jeudi une délégation malienne.", "Agence française de développement"),
    ("La délégation de Smart Africa, conduite par M. Paul Martin, a été reçue mardi à Dakar.", "Smart Africa"),
])
def test_the_person_who_leads_a_body_named_before_is_its_member(extractor, text: str, body: str) -> None:
    found = named_facts(extractor, text, "fr", "memberOf")
    assert ("Paul Martin", body) in {(s, o) for _, s, o in found}
