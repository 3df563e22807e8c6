"""A sub-national region's own government (data/reference/places.yaml rows with region: true, named by
each pack's region_government patterns): the body, its country, and the posts in it (kg/nlp/roles.py)."""

from __future__ import annotations

import pytest

from kg.models import EntityType
from kg.nlp import roles
from kg.nlp.lexicon import load_lexicon
from tests.support.article_state import drafts, mention, state_for, term
from tests.support.nlp_support import named_facts

E = EntityType


@pytest.fixture(scope="module")
def people_layer(extractor):
    return extractor.layers("en").people


def test_region_government_is_named_in_each_language_by_its_pack() -> None:
    forms = {language: {s for s, t in load_lexicon().forms[language] if t.id == "body/government-of-quebec"}
             for language in ("en", "fr")}
    assert {"Quebec government", "government of Quebec"} <= forms["en"]
    assert "gouvernement du Québec" in forms["fr"]
    assert load_lexicon().known("body/government-of-quebec").country == "ca"


@pytest.mark.parametrize(("language", "text", "person"), [
    ("en", "Karnataka IT Minister Anil Rao opened the new centre in Mysore on Friday.", "Anil Rao"),
    ("en", "The Sindh government will train teachers, provincial chief secretary Omar Baig said on Friday.",
     "Omar Baig"),
    ("fr", "Le premier ministre de l'Ontario, Marc Dubois, a signé l'entente lundi.", "Marc Dubois"),
])
def test_region_a_post_in_a_region_s_government(extractor, language, text, person) -> None:
    found = named_facts(extractor, text, language, "memberOf", "partOf")
    region = {"Anil Rao": ("Karnataka", "India"), "Omar Baig": ("Sindh", "Pakistan"),
              "Marc Dubois": ("Ontario", "Canada")}[person]
    assert ("memberOf", person, f"Government of {region[0]}") in found
    assert ("partOf", f"Government of {region[0]}", region[1]) in found
    assert not any(t == "memberOf" and s == person and o.startswith("Ministry") for t, s, o in found)


def test_region_a_region_named_after_the_title_is_no_post_of_it(people_layer) -> None:
    """A region named later in the sentence, not next to the title, says nothing of the post."""
    text = "Ana Ruiz, Spain's Minister of Digital Transformation, will visit Catalonia in May."
    state = state_for(text, "en")
    mention(state, "Spain", term(E.COUNTRY, "Spain", "es"))
    mention(state, "Catalonia", load_lexicon().places["place/catalonia"])
    person = mention(state, "Ana Ruiz", term(E.PERSON, "Ana Ruiz"), source="ner")
    roles.find_roles(state, [person], people_layer.roles(state.doc))
    roles.memberships(state, people_layer.role_body)
    members = {d[3] for d in drafts(state) if d[1] == "memberOf"}
    assert members and "body/government-of-catalonia" not in members


def test_region_a_national_leader_in_a_region_s_article_is_no_post_of_its_government(extractor) -> None:
    """A title naming no country is a post in the one region government an article names, but not the
    title of a leader whose own country the reference data gives."""
    text = ("The Kerala government opened a data centre on Friday. Prime Minister Narendra Modi praised it, "
            "and Chief Secretary Anu Varma said more would follow.")
    found = named_facts(extractor, text, "en", "memberOf")
    assert ("memberOf", "Anu Varma", "Government of Kerala") in found
    assert not any(s == "Narendra Modi" and o == "Government of Kerala" for _, s, o in found)


@pytest.mark.parametrize(("language", "text", "region", "acts"), [
    ("fr", "La France et le Québec renforcent leur coopération. Un centre ouvrira au Québec.", "Quebec", True),
    ("fr", "Le Québec participera à ce partenariat, a indiqué la ministre.", "Quebec", True),
    ("fr", "Le ministre a inauguré un centre au Québec lundi.", "Quebec", False),
    ("en", "Quebec signed a memorandum with Japan on Monday. The plant will be built in Quebec.", "Quebec", True),
    ("en", "Ontario signed a memorandum with Japan on Monday. The plant will be built in Ontario.", "Ontario", False),
])
def test_region_an_acting_region_is_its_government_wherever_named(extractor, language, text, region, acts) -> None:
    """A region whose government has international relations of its own (Quebec) that acts once in the article
    (subject, pair with a country) is that government in every mention; one only named as a place stays a
    place, and so does every other region (a state, a province that signs as a place in the annotation)."""
    state = state_for(text, language)
    extractor.layers(language).mentions(state)
    ids = {f.id for f in state.found if f.text in ("Québec", "Quebec", "Ontario")}
    slug = region.lower()
    assert ids == ({f"body/government-of-{slug}"} if acts else {f"place/{slug}"})


def test_region_a_government_named_by_its_region_makes_no_post_of_a_minister_s_title(extractor) -> None:
    """"le Québec" standing for its government names no government of its own: a minister's title there still
    names the minister's ministry."""
    text = ("La France et le Québec ont signé une entente lundi. La ministre des Relations internationales et de "
            "la Francophonie, Anne Tremblay, était présente.")
    found = named_facts(extractor, text, "fr", "memberOf")
    assert ("memberOf", "Anne Tremblay", "Ministry of International Relations and La Francophonie") in found
    assert ("memberOf", "Anne Tremblay", "Government of Quebec") not in found
