"""Talks with one organisation received by a minister ("Les échanges avec Acme ont porté sur …"): the
guest and the host's own body, by the host's role, are the sides whose talks name the fields (`discussed`
cues, kg/nlp/cooperation.py host_body); on sentences written for the purpose."""

from __future__ import annotations

from kg.nlp import Extractor
from tests.support.nlp_support import relations, run

TEXT = ("Le ministre de l'Économie numérique du Sénégal, Paul Diouf, a reçu mardi à Dakar Jean Martin, "
        "directeur général de Huawei.\n\n"
        "Les échanges avec Huawei ont porté sur la cybersécurité des banques.")


def test_talks_with_guest_fields_go_to_the_guest_and_the_host_body(extractor: Extractor) -> None:
    found = relations(run(extractor, TEXT, "fr"))
    fielded = {r[1] for r in found if r[0] == "cooperatesOn" and r[2] == "domain/cybersecurity"}
    assert "org/huawei" in fielded
    assert len(fielded) == 2  # the host's ministry, or its country the ministry is lifted to


def test_talks_with_guest_no_meeting_gives_no_host(extractor: Extractor) -> None:
    found = relations(run(extractor, "Les échanges avec Huawei ont porté sur la cybersécurité des banques.", "fr"))
    assert not any(r[0] == "cooperatesOn" for r in found)
