"""Posts that a title names without its body: an envoy whose title names no country sits in the one embassy
the article names or implies (kg/nlp/roles.py `bare_envoys`); a title written right after a body's
acronym in brackets is a post in that body (kg/nlp/roles.py `_body_before_title`); a ministry's name ends
before "and the …'s Department" (kg/nlp/names.py `_next_named`); a minister's word inside a head of
government's title implies no ministry (kg/nlp/roles.py `_kind`); "ambassadeure" is an envoy's title."""

from __future__ import annotations

from tests.support.nlp_support import headline_posts as posts


def _bodies(found: set[tuple[str, str, str]], person: str) -> set[str]:
    return {o for t, s, o in found if t == "memberOf" and s == person}


def test_an_ambassador_named_without_a_country_sits_in_the_one_embassy_named(extractor) -> None:
    text = ("The Peruvian Embassy in Oslo said on Monday that both sides will work on solar power. "
            "\"Ambassador Carlos Quispe and the minister agreed to meet again,\" the embassy said.")
    found = posts(extractor, "Peru and Norway talk solar power", text, "en")
    assert _bodies(found, "Carlos Quispe") == {"Embassy of Peru in Norway"}, found
    assert ("partOf", "Embassy of Peru in Norway", "Peru") in found
    assert ("partOf", "Embassy of Peru in Norway", "Norway") not in found


def test_an_ambassador_of_no_country_is_of_no_embassy_when_two_are_named(extractor) -> None:
    text = ("The Peruvian Embassy in Oslo and the Chilean Embassy in Oslo hosted a solar fair on Monday. "
            "Ambassador Carlos Quispe opened it.")
    found = posts(extractor, "Embassies host a solar fair", text, "en")
    assert not _bodies(found, "Carlos Quispe"), found


def test_a_french_ambassador_named_bare_after_the_title_of_his_country(extractor) -> None:
    text = ("Le ministre de l'Énergie, Amadou Fall, a reçu mardi l'ambassadeur du Pérou au Sénégal. "
            "L'ambassadeur Carlos Quispe a salué la coopération solaire entre les deux pays.")
    found = posts(extractor, "Le ministre reçoit l'ambassadeur du Pérou", text, "fr")
    assert _bodies(found, "Carlos Quispe") == {"Embassy of Peru in Senegal"}, found
    assert _bodies(found, "Amadou Fall") != {"Embassy of Peru in Senegal"}


def test_a_title_right_after_a_bodys_bracketed_acronym_is_a_post_in_it(extractor) -> None:
    text = ("Officials met in Lima on Monday with Department of Energy and Mines (DEM) Secretary Paul Okello "
            "to discuss solar power.")
    found = posts(extractor, "Peru talks solar power", text, "en")
    assert _bodies(found, "Paul Okello") == {"Department of Energy and Mines"}, found


def test_a_ministrys_name_ends_before_another_countrys_department(extractor) -> None:
    text = ("Kenya's Ministry of Energy and Mines and the UK's Department for Solar Power and Mining "
            "signed a memorandum in Nairobi on Monday.")
    found = posts(extractor, "Kenya and the UK sign a solar memorandum", text, "en")
    bodies = {s for t, s, o in found if t == "partOf"}
    assert "Ministry of Energy and Mines" in {b.removesuffix(" of Kenya") for b in bodies}, found
    assert not any("Department" in b and "Ministry" in b for b in bodies), found


def test_a_head_of_governments_title_implies_no_ministry(extractor) -> None:
    text = ("Paul Okello, Prime Minister of Kenya and Lead Head of Government for Science and Technology, "
            "opened the solar forum in Nairobi on Monday. Jane Wanjiru, Minister of Energy and Mines of Kenya, "
            "attended.")
    found = posts(extractor, "Kenya opens solar forum", text, "en")
    assert not _bodies(found, "Paul Okello"), found
    assert _bodies(found, "Jane Wanjiru") == {"Ministry of Energy and Mines of Kenya"}, found


def test_ambassadeure_is_an_envoys_title(extractor) -> None:
    text = ("Le ministre de l'Énergie, Amadou Fall, a reçu mardi à Dakar l'ambassadeure du Pérou près le "
            "Sénégal, Rosa Quispe, pour parler d'énergie solaire.")
    found = posts(extractor, "Le ministre reçoit l'ambassadeure du Pérou", text, "fr")
    assert _bodies(found, "Rosa Quispe") == {"Embassy of Peru in Senegal"}, found
    assert ("partOf", "Embassy of Peru in Senegal", "Senegal") not in found
