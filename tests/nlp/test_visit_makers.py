"""Who makes a visit: the person a visit noun names as its maker, and a country ending the phrase before a title.

Sentences written for the purpose."""

from __future__ import annotations

from kg.nlp import Extractor
from tests.support.nlp_support import relations, run


def test_nlp_the_visit_of_a_named_minister_is_that_ministers(extractor: Extractor) -> None:
    text = ("Le président Paul Ouédraogo a salué jeudi la visite de travail au Mali du ministre sénégalais "
            "des Finances, Aliou Diop.")
    found = relations(run(extractor, text, "fr"))
    assert ("visits", "person/aliou-diop", "country/ml") in found
    assert ("visits", "person/paul-ouedraogo", "country/ml") not in found


def test_nlp_a_country_before_du_is_no_part_of_the_title(extractor: Extractor) -> None:
    text = "Les échanges ont suivi la visite au Maroc du Premier ministre tunisien Hichem Kacem."
    found = relations(run(extractor, text, "fr"))
    assert ("visits", "person/hichem-kacem", "country/ma") in found


def test_nlp_a_description_told_before_the_name_stands_for_the_one_named_after(extractor: Extractor) -> None:
    text = ("La visite de travail du ministre malien des Finances à Dakar a permis de signer une convention. "
            "L'entretien entre M. Ousmane Ndiaye et son homologue malien Bakary Traoré s'est déroulé au ministère.")
    found = relations(run(extractor, text, "fr"))
    assert ("visits", "person/bakary-traore", "place/dakar") in found


def test_nlp_a_description_set_after_a_name_is_not_read_ahead(extractor: Extractor) -> None:
    text = ("L'accord a été paraphé par Awa Keita (photo), la ministre malienne de la Poste, et Jean Dupont, "
            "en présence du Premier ministre malien Moussa Mara.")
    found = relations(run(extractor, text, "fr"))
    assert not any(r[0] == "signs" and r[1] == "person/moussa-mara" for r in found)


def test_nlp_visiting_before_a_title_makes_the_named_one_the_visitor(extractor: Extractor) -> None:
    text = ("President Samuel Otieno and visiting Estonia President Anna Korhonen toured the data centre "
            "in Nairobi on Tuesday.")
    found = relations(run(extractor, text, "en"))
    assert ("visits", "person/anna-korhonen", "place/nairobi") in found
    assert ("visits", "person/samuel-otieno", "place/nairobi") not in found


def test_nlp_who_receives_guests_on_a_trip_is_at_home_there(extractor: Extractor) -> None:
    text = ("Madame Awa Mensah, la ministre du Numérique, a reçu en audience ce lundi une délégation du Niger "
            "en visite au Togo. Après une présentation de la délégation, Madame Awa Mensah a remercié les "
            "visiteurs d'avoir choisi le Togo.")
    found = relations(run(extractor, text, "fr"))
    assert ("visits", "person/awa-mensah", "country/tg") not in found


def test_nlp_the_first_named_beside_a_guest_from_abroad_receives_them(extractor: Extractor) -> None:
    text = ("Le vice-Premier ministre Tran Van Long a rencontré jeudi à Hanoi le ministre laotien des Postes, "
            "Somphone Keola.")
    found = relations(run(extractor, text, "fr"))
    assert ("visits", "person/tran-van-long", "place/hanoi") not in found
    assert ("visits", "person/somphone-keola", "place/hanoi") in found


def test_nlp_the_one_a_courtesy_visit_is_paid_to_is_no_visitor(extractor: Extractor) -> None:
    text = ("Le ministre rwandais Eric Nkusi a rendu une visite de courtoisie au président du Sénat, Paul Zinsou, "
            "à Cotonou.")
    found = relations(run(extractor, text, "fr"))
    assert ("visits", "person/eric-nkusi", "place/cotonou") in found
    assert ("visits", "person/paul-zinsou", "place/cotonou") not in found
