"""A country named right after the travellers ("une délégation du Burkina Faso", "l'ambassadeur de Chine")
is where they come from, never the destination of a visit."""

from __future__ import annotations

from kg.models import RelationType
from tests.support.layer_run import before, relations


def _visited(text: str) -> set[tuple[str, str, str]]:
    state, layer = before(text, "fr", "visits")
    layer(state)
    return relations(state, RelationType.VISITS)


def test_visits_le_pays_de_l_ambassadeur_n_est_pas_une_destination() -> None:
    text = ("Le ministre sénégalais Moussa Diop a profité de la visite de courtoisie de l'ambassadeur de Chine "
            "pour évoquer la fibre optique.")
    found = _visited(text)
    assert ("visits", "person/moussa-diop", "country/cn") not in found


def test_visits_le_pays_d_une_delegation_est_celui_d_ou_elle_vient() -> None:
    text = "Une délégation du Burkina Faso conduite par Awa Traoré est en visite de travail au Niger."
    found = _visited(text)
    assert ("visits", "person/awa-traore", "country/ne") in found
    assert ("visits", "person/awa-traore", "country/bf") not in found
