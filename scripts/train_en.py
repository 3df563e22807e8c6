"""Train the shipped English pipeline (tags, morphology, lemmas, parse, NER) from open treebanks.

Reads a sources folder holding two public corpora (see docs/english-model.md for the exact
commits and how to fetch them):

    SOURCES/UD_English-EWT/     Universal Dependencies English EWT: not-to-release/sources/
                                (one CoNLL-U file per document), not-to-release/file-lists/
                                (files.train, files.dev, files.test) and, when present, the
                                released en_ewt-ud-{dev,test}.conllu, checked against the rebuild
    SOURCES/UNER_English-EWT/   Universal NER English EWT: en_ewt-ud-{train,dev,test}.iob2

Each split is rebuilt from the per-document sources, converted to spaCy DocBin files (ten
sentences a Doc, within one document), with UNER's PER/ORG/LOC aligned to EWT by sentence id;
a sentence whose UNER tokens differ from EWT's words keeps its NER unannotated (missing, not
"no entity"). Then it trains with configs/en_digipol.cfg on one thread, scores the best model
on EWT's test split and writes the packaged pipeline, with meta.json, to --out.

    OMP_NUM_THREADS=1 nice -n 10 python scripts/train_en.py SOURCES --work build/en-train
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

from spacy_training import Sentence, SourceError, one_thread, package, sha256, train  # noqa: E402

CONFIG = ROOT / "configs" / "en_digipol.cfg"
DEFAULT_OUT = ROOT / "data" / "models" / "en_digipol_sm"
SPLITS = ("train", "dev", "test")
SENTS_PER_DOC = 10
UNER_LABELS = {"PER", "ORG", "LOC"}


def split_text(ewt: Path, split: str) -> str:
    """The CoNLL-U text of a split, rebuilt from per-document sources in the listed order."""
    listing = ewt / "not-to-release" / "file-lists" / f"files.{split}"
    if not listing.is_file():
        raise SourceError(f"{listing}: split list not found (is this a UD_English-EWT checkout?)")
    parts = []
    for name in listing.read_text(encoding="utf-8").split():
        path = ewt / "not-to-release" / "sources" / name
        if not path.is_file():
            raise SourceError(f"{path}: listed in files.{split} but missing")
        parts.append(path.read_text(encoding="utf-8").strip("\n") + "\n\n")
    return "".join(parts)


def parse_conllu(text: str, origin: str) -> list[Sentence]:
    """Sentences of a CoNLL-U text; multiword-token ranges give their SpaceAfter to the last word."""
    sentences: list[Sentence] = []
    doc_id, current = "", None
    mwt_end, mwt_space = 0, True
    for number, line in enumerate(text.splitlines(), 1):
        if line.startswith("# newdoc id"):
            doc_id = line.split("=", 1)[1].strip()
        elif line.startswith("# sent_id"):
            current = Sentence(line.split("=", 1)[1].strip(), doc_id)
            sentences.append(current)
            mwt_end, mwt_space = 0, True
        elif line and not line.startswith("#"):
            cols = line.split("\t")
            if len(cols) != 10 or current is None:
                raise SourceError(f"{origin}:{number}: not a CoNLL-U word line")
            if "-" in cols[0]:
                mwt_end, mwt_space = int(cols[0].split("-")[1]), "SpaceAfter=No" not in cols[9]
            elif "." not in cols[0]:
                word_id = int(cols[0])
                space = "SpaceAfter=No" not in cols[9]
                if word_id <= mwt_end:
                    space = mwt_space if word_id == mwt_end else False
                _add_word(current, cols, space)
    return sentences


def _add_word(sentence: Sentence, cols: list[str], space: bool) -> None:
    sentence.words.append(cols[1])
    sentence.spaces.append(space)
    sentence.lemmas.append(cols[2])
    sentence.pos.append(cols[3])
    sentence.tags.append(cols[4])
    sentence.morphs.append("" if cols[5] == "_" else cols[5])
    sentence.heads.append(int(cols[6]))
    sentence.deps.append(cols[7])


def read_iob2(path: Path) -> dict[str, tuple[list[str], list[str]]]:
    """UNER sentences by sent_id: tokens and IOB2 tags (labels outside PER/ORG/LOC become O)."""
    if not path.is_file():
        raise SourceError(f"{path}: UNER file not found")
    result: dict[str, tuple[list[str], list[str]]] = {}
    tokens: list[str] = []
    tags: list[str] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("# sent_id"):
            tokens, tags = [], []
            result[line.split("=", 1)[1].strip()] = (tokens, tags)
        elif line and not line.startswith("#"):
            cols = line.split("\t")
            if len(cols) < 3:
                raise SourceError(f"{path}:{number}: expected id, token and tag")
            tag = cols[2]
            tokens.append(cols[1])
            tags.append(tag if tag[2:] in UNER_LABELS else "O")
    return result


def chunks(sentences: list[Sentence]) -> Iterator[list[Sentence]]:
    """Groups of up to SENTS_PER_DOC consecutive sentences of one document."""
    group: list[Sentence] = []
    for sentence in sentences:
        if group and (len(group) == SENTS_PER_DOC or sentence.doc_id != group[-1].doc_id):
            yield group
            group = []
        group.append(sentence)
    if group:
        yield group


def make_doc(vocab: Any, group: list[Sentence], ner: dict[str, tuple[list[str], list[str]]]) -> tuple[Any, int]:
    """A Doc of a sentence group with all layers; returns it and how many sentences got NER."""
    from spacy.tokens import Doc, Span

    words, spaces, heads, starts, offsets = [], [], [], [], []
    for sentence in group:
        offsets.append(len(words))
        words += sentence.words
        spaces += sentence.spaces
        heads += [offsets[-1] + (h - 1 if h else i) for i, h in enumerate(sentence.heads)]
        starts += [True] + [False] * (len(sentence.words) - 1)
    doc = Doc(vocab, words=words, spaces=spaces, heads=heads, sent_starts=starts,
              lemmas=[w for s in group for w in s.lemmas], pos=[w for s in group for w in s.pos],
              tags=[w for s in group for w in s.tags], morphs=[w for s in group for w in s.morphs],
              deps=[w for s in group for w in s.deps])
    entities, missing, aligned = [], [], 0
    for sentence, start in zip(group, offsets, strict=True):
        span = Span(doc, start, start + len(sentence.words))
        uner = ner.get(sentence.sent_id)
        if uner is None or uner[0] != sentence.words:
            missing.append(span)
            continue
        aligned += 1
        entities += [Span(doc, start + a, start + b, label) for a, b, label in iob_spans(uner[1])]
    doc.set_ents(entities, missing=missing, default="outside")
    return doc, aligned


def iob_spans(tags: list[str]) -> Iterator[tuple[int, int, str]]:
    """(start, end, label) of IOB2 tags; an I- without a matching B- starts a new entity."""
    start, label = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        if start >= 0 and (tag == "O" or tag.startswith("B-") or tag[2:] != label):
            yield start, i, label
            start = -1
        if tag != "O" and start < 0:
            start, label = i, tag[2:]


def convert(sources: Path, corpus: Path) -> dict[str, dict[str, int]]:
    """Write train/dev/test DocBins into corpus; returns counts per split."""
    import spacy
    from spacy.tokens import DocBin

    vocab = spacy.blank("en").vocab
    corpus.mkdir(parents=True, exist_ok=True)
    counts = {}
    for split in SPLITS:
        text = split_text(sources / "UD_English-EWT", split)
        sentences = parse_conllu(text, f"files.{split}")
        check_release(sources / "UD_English-EWT" / f"en_ewt-ud-{split}.conllu", sentences)
        ner = read_iob2(sources / "UNER_English-EWT" / f"en_ewt-ud-{split}.iob2")
        docbin, aligned = DocBin(store_user_data=False), 0
        for group in chunks(sentences):
            doc, count = make_doc(vocab, group, ner)
            docbin.add(doc)
            aligned += count
        docbin.to_disk(corpus / f"{split}.spacy")
        counts[split] = {"sentences": len(sentences), "words": sum(len(s.words) for s in sentences),
                         "ner_sentences": aligned,
                         "conllu_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest()}
        print(f"{split}: {counts[split]}", flush=True)
    return counts


def check_release(released: Path, rebuilt: list[Sentence]) -> None:
    """The rebuilt split must have the released file's sentences, in order, where it is present."""
    if not released.is_file():
        return
    ids = [s.sent_id for s in parse_conllu(released.read_text(encoding="utf-8"), released.name)]
    if ids != [s.sent_id for s in rebuilt]:
        raise SourceError(f"{released}: sentence ids differ from the split rebuilt from sources")


def evaluate(model: Path, corpus: Path) -> dict[str, Any]:
    """Scores of a trained pipeline on EWT's test split (spaCy tokenisation, aligned to gold)."""
    import spacy
    from spacy.tokens import DocBin
    from spacy.training import Example

    nlp = spacy.load(model)
    docs = DocBin().from_disk(corpus / "test.spacy").get_docs(nlp.vocab)
    examples = [Example(nlp.make_doc(doc.text), doc) for doc in docs]
    scores = nlp.evaluate(examples)
    keys = ("token_acc", "tag_acc", "pos_acc", "morph_acc", "lemma_acc", "dep_uas", "dep_las",
            "sents_p", "sents_r", "sents_f", "ents_p", "ents_r", "ents_f", "ents_per_type")
    return {key: scores[key] for key in keys if key in scores}


def source_files(sources: Path) -> Iterable[Path]:
    """The files a model is built from, for the record in meta.json."""
    yield from sorted((sources / "UD_English-EWT" / "not-to-release" / "file-lists").glob("files.*"))
    yield from sorted((sources / "UNER_English-EWT").glob("*.iob2"))


def arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sources", type=Path, help="folder with UD_English-EWT/ and UNER_English-EWT/")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "en-train",
                        help="training folder (corpus, checkpoints, logs); git-ignored")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where the packaged pipeline goes")
    parser.add_argument("--max-steps", type=int, default=None, help="override training.max_steps")
    parser.add_argument("--convert-only", action="store_true", help="write the DocBins and stop")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = arguments(argv)
    one_thread()
    corpus = args.work / "corpus"
    try:
        counts = convert(args.sources, corpus)
    except SourceError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    if args.convert_only:
        return 0
    best, minutes = train(CONFIG, corpus, args.work, args.max_steps)
    scores = evaluate(best, corpus)
    (args.work / "scores-test.json").write_text(json.dumps(scores, indent=2) + "\n", encoding="utf-8")
    record = {"test_scores": scores, "training": {"corpus": counts, "minutes": minutes, "threads": 1},
              "source_files": {path.name: sha256(path) for path in source_files(args.sources)}}
    size = package(best, args.out, ROOT / "configs" / "en_digipol.meta.json", record)
    print(json.dumps({"minutes": minutes, "size_mb": round(size / 2**20, 2), **scores}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
