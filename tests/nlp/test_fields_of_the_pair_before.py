"""A strong sentence of cooperation that names its fields but no party goes on with the one pair of partners of
the sentence before it, not with the article's first partners, unless a side of that pair is written there only as
a demonym (kg/nlp/cooperation.py, pair_before). Sentences written for the purpose."""

from __future__ import annotations

from tests.support.nlp_support import relations, run

TEXT = ("Ghana's Ministry of Communications held talks with the U.S. Chamber of Commerce in Accra on Monday to "
        "explore partnerships in e-commerce. The meeting highlighted shared priorities for cooperation between "
        "Ghana and the United States. Key focus areas included strengthening cybersecurity and advancing "
        "artificial intelligence.")


def test_fields_with_no_party_go_to_the_pair_of_the_sentence_before(extractor) -> None:
    found = relations(run(extractor, TEXT, "en"))
    for country in ("country/gh", "country/us"):
        assert ("cooperatesOn", country, "domain/cybersecurity") in found
        assert ("cooperatesOn", country, "domain/artificial-intelligence") in found
    assert ("cooperatesOn", "org/chamber-of-commerce", "domain/cybersecurity") not in found
    assert ("cooperatesOn", "body/ministry-of-communications-of-ghana", "domain/cybersecurity") not in found


def test_a_pair_written_only_as_demonyms_before_leaves_the_fields_to_the_first_partners(extractor) -> None:
    text = ("Le Sénégal et Huawei ont signé lundi à Dakar un partenariat sur le cloud. Les deux parties, le "
            "gouvernement sénégalais et l'entreprise chinoise, se sont accordées pour renforcer leur coopération. "
            "Grâce à ce partenariat, nous allons développer la cybersécurité, a déclaré le ministre.")
    found = relations(run(extractor, text, "fr"))
    assert ("cooperatesOn", "org/huawei", "domain/cybersecurity") in found
    assert ("cooperatesOn", "country/cn", "domain/cybersecurity") not in found
