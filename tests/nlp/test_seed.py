"""The seed article: every fact of SPEC section 1, and no relation of a wrong type."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.evaluation.scores import align, load_gold, relation_keys
from kg.models import Extraction
from kg.nlp import Extractor
from kg.readers import Document, read_paths

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"
SEED = SEEDS / "000_2a8f7775b04ba0e4.txt"
GOLD = Path(__file__).parents[1] / "data" / "seed_gold.json"
AMAL = "person/amal-el-fallah-seghrouchni"
LEILA = "person/leila-elmergawi"
MINISTRY = "body/ministry-of-digital-transition-and-administrative-reform"
STATE_DEPARTMENT = "body/united-states-department-of-state"
DOMAINS = ["artificial-intelligence", "ai-ethics", "cybersecurity", "data-science", "digital-transformation",
           "digital-governance", "digital-skills", "technological-sovereignty", "sustainable-development",
           "health", "education", "digital-inclusion"]


@pytest.fixture(scope="module")
def seed() -> Extraction:
    if not SEED.exists():
        pytest.skip("the shared seed articles are not beside the project")
    documents = [d for d in read_paths([SEED]) if isinstance(d, Document)]
    return Extractor().extract(documents[0])


def facts(extraction: Extraction) -> set[tuple[str, str, str]]:
    return {(r.type.value, r.subject, r.object) for r in extraction.relations}


@pytest.mark.parametrize("fact", [
    ("visits", AMAL, "place/washington"),
    ("visits", AMAL, "country/us"),
    ("meets", AMAL, LEILA),
    ("memberOf", AMAL, MINISTRY),
    ("partOf", MINISTRY, "country/ma"),
    ("memberOf", LEILA, STATE_DEPARTMENT),
    ("partOf", STATE_DEPARTMENT, "country/us"),
    ("hasPolicy", "country/ma", "policy/digital-maroc-2030"),
    ("cooperatesWith", "country/ma", "country/us"),
])
def test_nlp_seed_fact_is_found(seed: Extraction, fact: tuple[str, str, str]) -> None:
    assert fact in facts(seed)


@pytest.mark.parametrize("country", ["country/ma", "country/us"])
@pytest.mark.parametrize("domain", DOMAINS)
def test_nlp_seed_cooperation_domain_for_both_countries(seed: Extraction, country: str, domain: str) -> None:
    assert ("cooperatesOn", country, f"domain/{domain}") in facts(seed)


def test_nlp_seed_roles(seed: Extraction) -> None:
    assert "Transition numérique" in (seed.entity(AMAL).role or "")
    assert (seed.entity(LEILA).role or "").startswith("directrice")
    assert "la ministre" in seed.entity(AMAL).aliases


def test_nlp_seed_no_relation_of_a_wrong_type() -> None:
    if not SEED.exists():
        pytest.skip("the shared seed articles are not beside the project")
    documents = [d for d in read_paths([SEED]) if isinstance(d, Document)]
    predicted, gold = Extractor().extract(documents[0]), load_gold(GOLD)
    mapping = align(predicted.entities, gold.entities)
    gold_pairs = {(s, o) for _, s, o in relation_keys(gold)} | {(o, s) for _, s, o in relation_keys(gold)}
    gold_facts = relation_keys(gold)
    for kind, subject, obj in relation_keys(predicted, mapping):
        if (subject, obj) in gold_pairs:
            assert (kind, subject, obj) in gold_facts, f"{kind} between {subject} and {obj}"
