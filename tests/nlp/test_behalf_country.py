"""The country an official acts for (kg/nlp/roles.py, through the whole extractor): "Minister X signed
on behalf of the government of Y" makes X, and the ministry X's title implies, Y's, whatever country the
headline names first."""

from __future__ import annotations

from tests.support.nlp_support import headline_posts as posts


def test_behalf_the_government_named_after_the_signer_is_the_minister_s(extractor) -> None:
    text = ("A grant for rural schools was agreed in the capital on Monday. Minister of Tourism and Culture "
            "Hassan Latheef signed the grant on behalf of the government of Seychelles, while the "
            "Chinese side was represented by its ambassador.")
    found = posts(extractor, "China funds schools in Seychelles", text, "en")
    assert any(t == "memberOf" and s == "Hassan Latheef" and o.endswith("of Seychelles") for t, s, o in found), found
    assert not any(t == "partOf" and o == "China" and "Tourism" in s for t, s, o in found)


def test_behalf_french_au_nom_du_gouvernement(extractor) -> None:
    text = ("Un accord sur la formation a été conclu vendredi. Le ministre de l'Agriculture, Paul Mbeki, a "
            "signé le texte au nom du gouvernement du Botswana, en présence de diplomates indiens.")
    found = posts(extractor, "L'Inde et le Botswana renforcent leurs liens", text, "fr")
    assert any(t == "memberOf" and s == "Paul Mbeki" and o.endswith("of Botswana") for t, s, o in found), found
    assert not any(t == "partOf" and o == "India" and "Agriculture" in s for t, s, o in found)
