"""Language packs: every language has the same files and keys, and no word list is left in code."""

from __future__ import annotations

import ast
import re
import shutil
from pathlib import Path

import pytest
import yaml

from kg.errors import ResourceError
from kg.nlp import schemas
from kg.nlp.lexicon import ROOT, load_lexicon
from kg.nlp.packs import languages, load_pack, load_packs
from kg.readers.boilerplate import load_pack_rules, pack_files
from tests.support.nlp_support import copy_root

NLP = Path(__file__).resolve().parents[2] / "kg" / "nlp"
WORD = re.compile(r"^[^\W\d_][^\W\d_'’. -]*(?:['’. -][^\W\d_]+)*['’.-]?$")
# Annotation labels of spaCy and Universal Dependencies: names of tags, not words of a language.
LABELS = {"VERB", "AUX", "PRON", "SCONJ", "ADJ", "NOUN", "PROPN", "LOC", "GPE", "PER", "PERSON", "ORG",
          "flat", "compound", "conj", "appos"}  # parse labels (parts of speech, entities, dependencies)
# A regular expression with an alternation of three or more words: "(avec|with|auprès d)".
WORD_ALTERNATION = re.compile(r"\((?:\?:)?(?:[^\W\d_][\w' ]*\|){2,}[^\W\d_][\w' ]*\)")


def word_lists(source: str) -> list[tuple[int, list[str]]]:
    """Set, tuple and list literals of three or more word-like strings, and regular expressions
    alternating three or more words, by line."""
    found = []
    tree = ast.parse(source)
    exported = {id(node.value) for node in ast.walk(tree) if isinstance(node, ast.Assign)
                and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets)}
    for node in ast.walk(tree):
        if id(node) in exported:
            continue  # exported names are identifiers, not words
        if isinstance(node, ast.Set | ast.Tuple | ast.List):
            words = [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)
                     and WORD.match(e.value) and e.value not in LABELS]
            if len(words) >= 3:
                found.append((node.lineno, words))
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and WORD_ALTERNATION.search(node.value):
            found.append((node.lineno, [node.value]))
    return found


@pytest.mark.parametrize("path", sorted(NLP.glob("*.py")), ids=lambda p: p.name)
def test_nlp_packs_no_word_lists_in_code(path: Path) -> None:
    assert word_lists(path.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize(("source", "found"), [
    ('LOCATIVE = {"à", "en", "in", "to"}', True),
    ('WITH = re.compile(r"\\b(avec|with|auprès d)", re.I)', True),
    ('MARKS = {"-", "–", "—", "/"}', False),
    ('TAGS = ("VERB", "AUX", "PRON")', False),
    ('YEAR = re.compile(r"^(19|20)\\d\\d$")', False),
    ('__all__ = ["Lexicon", "Term", "load"]', False),
])
def test_nlp_packs_word_list_finder(source: str, found: bool) -> None:
    assert bool(word_lists(source)) is found


def test_nlp_packs_every_language_has_the_same_files() -> None:
    codes = languages()
    assert {"en", "fr"} <= set(codes)
    files = {code: sorted(p.name for p in (ROOT / "data" / "lang" / code).glob("*.yaml")) for code in codes}
    assert len({tuple(names) for names in files.values()}) == 1, files


def test_nlp_packs_roles_and_agreements_line_up_across_languages() -> None:
    packs = load_packs()
    kinds = {code: [role.body for role in pack.titles.roles] for code, pack in packs.items()}
    labels = {code: [a.label for a in pack.agreements] for code, pack in packs.items()}
    assert len({tuple(v) for v in kinds.values()}) == 1
    assert len({tuple(v) for v in labels.values()}) == 1


def test_nlp_packs_words_are_lower_case() -> None:
    for code in languages():
        data = yaml.safe_load((ROOT / "data" / "lang" / code / "words.yaml").read_text(encoding="utf-8"))
        for kind, words in data.items():
            if kind == "head_offices":  # English names of offices, each with its phrases
                assert all(w == w.lower() for phrases in words.values() for w in phrases), (code, kind)
            elif isinstance(words, list) and kind not in ("central_bank_openers", "demonym_inflections", "proclitics"):
                assert all(w == w.lower() for w in words), (code, kind)



def test_nlp_packs_a_new_language_is_a_folder(tmp_path: Path) -> None:
    """A copy of the English pack under another code loads as a language of its own."""
    root = copy_root(tmp_path)
    shutil.copytree(root / "data" / "lang" / "en", root / "data" / "lang" / "xx")
    lexicon = load_lexicon.__wrapped__(root)
    assert "xx" in lexicon.languages
    assert lexicon.words("xx") == lexicon.words("en")
    assert lexicon.cues["xx"]["meets"].pattern == lexicon.cues["en"]["meets"].pattern


def test_nlp_packs_missing_file_is_named(tmp_path: Path) -> None:
    root = copy_root(tmp_path)
    (root / "data" / "lang" / "fr" / "words.yaml").unlink()
    with pytest.raises(ResourceError, match=r"data/lang/fr/words\.yaml"):
        load_pack.__wrapped__("fr", root)


def test_nlp_packs_unknown_language_is_an_error() -> None:
    with pytest.raises(ResourceError, match="no language pack 'zz'"):
        load_pack.__wrapped__("zz", ROOT)


def test_nlp_packs_schema_keys_are_documented() -> None:
    doc = (ROOT / "docs" / "languages.md").read_text(encoding="utf-8")
    for model in (schemas.WordsFile, schemas.PackDates, schemas.PackCoref, schemas.ContextPatterns):
        for name, field in model.model_fields.items():
            assert f"`{field.alias or name}`" in doc, (model.__name__, name)


def test_nlp_packs_boilerplate_rules_merge_across_languages() -> None:
    """One rule per name, with the patterns of every pack: French and English furniture both go."""
    rules = {rule.name: rule for rule in load_pack_rules(pack_files())}
    assert rules["newsletter"].matches("Abonnez-vous !") and rules["newsletter"].matches("Subscribe now!")
    assert rules["read-also"].matches("Lire aussi : la suite") and rules["read-also"].matches("Also read: more")
    assert {path.parent.name for path in pack_files()} == set(languages())


def test_nlp_packs_boilerplate_rules_must_agree_across_packs(tmp_path: Path) -> None:
    for code, scope in (("aa", "anywhere"), ("bb", "tail")):
        (tmp_path / code).mkdir()
        (tmp_path / code / "boilerplate.yaml").write_text(
            f"rules:\n  - name: ads\n    description: Ads.\n    scope: {scope}\n    max_length: 40\n"
            "    patterns: ['ad$']\n", encoding="utf-8")
    with pytest.raises(ResourceError, match="rule 'ads' has another scope"):
        load_pack_rules(sorted(tmp_path.glob("*/boilerplate.yaml")))


def test_nlp_packs_a_model_may_be_a_folder_of_the_project(tmp_path: Path) -> None:
    import spacy

    from kg.nlp.pipeline import trained

    (tmp_path / "data" / "models").mkdir(parents=True)
    spacy.blank("en").to_disk(tmp_path / "data" / "models" / "en_test")
    nlp = trained("data/models/en_test", tmp_path)
    assert nlp is not None and nlp.lang == "en"
    assert trained("data/models/absent", tmp_path) is None
    assert trained("no_such_package_sm") is None
