"""Train a small Arabic pipeline (fine tags, universal POS and features) from UD Arabic-PUD.

Reads the one file of the treebank, checked by its SHA-256 (see docs/arabic-model.md for the
commit and how to fetch it):

    SOURCES/UD_Arabic-PUD/ar_pud-ud-test.conllu   1,000 sentences of news and Wikipedia

PUD has no train split: its documents are dealt into train (8 in 10), dev (1 in 10, for
choosing the checkpoint) and test (1 in 10, held out) by their order in the file. Each sentence
is written out as the text the extractor sees (the project's `normalize`, one spelling of each
letter) and cut by spaCy's Arabic tokenizer, as at run time; the treebank splits clitics off
("ل" + "أوباما") where the tokenizer does not ("لأوباما"), so a token covering several
treebank words takes the annotation of the word that heads the others (the one whose syntactic
head lies outside the token; punctuation last, then the longest). Then it trains with
configs/ar_digipol.cfg on one thread, scores the best model on the held-out test part and
writes the packaged pipeline, with meta.json, to --out. The pipeline is not shipped: its tags
did not improve the Arabic name layer on the dev half (docs/arabic-model.md).

    OMP_NUM_THREADS=1 nice -n 10 python scripts/train_ar.py SOURCES --work build/ar-train
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

from spacy_training import Sentence, SourceError, one_thread, package, sha256, train  # noqa: E402

CONFIG = ROOT / "configs" / "ar_digipol.cfg"
META = ROOT / "configs" / "ar_digipol.meta.json"
DEFAULT_OUT = ROOT / "build" / "ar_digipol_sm"  # not shipped: see docs/arabic-model.md
SOURCE = Path("UD_Arabic-PUD") / "ar_pud-ud-test.conllu"
SOURCE_SHA256 = "a6d574a46815f6d6e7fa2e92944a2bbde0acaad5013010d92a99f1ef711ce17b"
SPLITS = ("train", "dev", "test")
SENTS_PER_DOC = 10


def read_source(sources: Path, any_version: bool) -> str:
    path = sources / SOURCE
    if not path.is_file():
        raise SourceError(f"{path}: not found (is this a UD_Arabic-PUD checkout?)")
    digest = sha256(path)
    if digest != SOURCE_SHA256 and not any_version:
        raise SourceError(f"{path}: SHA-256 {digest} is not the pinned {SOURCE_SHA256} (--any-version to use it)")
    return path.read_text(encoding="utf-8")


def parse_conllu(text: str) -> list[Sentence]:
    """The sentences of PUD's CoNLL-U, word by word (multiword-token lines, if any, are skipped)."""
    sentences: list[Sentence] = []
    doc_id, current = "", None
    for number, line in enumerate(text.splitlines(), 1):
        if line.startswith("# newdoc id"):
            doc_id = line.split("=", 1)[1].strip()
        elif line.startswith("# sent_id"):
            current = Sentence(line.split("=", 1)[1].strip(), doc_id)
            sentences.append(current)
        elif line and not line.startswith("#"):
            cols = line.split("\t")
            if len(cols) != 10 or current is None:
                raise SourceError(f"{SOURCE}:{number}: not a CoNLL-U word line")
            if "-" in cols[0] or "." in cols[0]:
                continue
            current.words.append(cols[1])
            current.spaces.append("SpaceAfter=No" not in cols[9])
            current.pos.append(cols[3])
            current.tags.append(cols[4])
            current.morphs.append("" if cols[5] == "_" else cols[5])
            current.heads.append(int(cols[6]) - 1)
    return sentences


def split_of(sentences: list[Sentence]) -> dict[str, list[Sentence]]:
    """Documents in order of first appearance, dealt: the 9th of every ten to dev, the 10th to test."""
    order: dict[str, int] = {}
    for sentence in sentences:
        order.setdefault(sentence.doc_id, len(order))
    result: dict[str, list[Sentence]] = {split: [] for split in SPLITS}
    for sentence in sentences:
        rank = order[sentence.doc_id] % 10
        result["test" if rank == 9 else "dev" if rank == 8 else "train"].append(sentence)
    return result


def sentence_text(sentence: Sentence) -> tuple[str, list[tuple[int, int]]]:
    """The sentence as the extractor reads it (normalised) and each word's character span in it."""
    from kg.nlp.text import normalize

    parts, spans, at = [], [], 0
    for word, space in zip(sentence.words, sentence.spaces, strict=True):
        spans.append((at, at + len(word)))
        parts.append(normalize(word) + (" " if space else ""))
        at += len(word) + (1 if space else 0)
    return "".join(parts).rstrip(" "), spans


def token_words(doc: Any, spans: list[tuple[int, int]]) -> list[list[int]]:
    """For each token, the words it overlaps (in order)."""
    result = []
    for token in doc:
        start, end = token.idx, token.idx + len(token.text)
        result.append([i for i, (a, b) in enumerate(spans) if a < end and start < b])
    return result


def heading_word(sentence: Sentence, words: list[int]) -> int:
    """Of the words one token covers, the one that heads the others (head outside the token);
    punctuation only when nothing else is there, then the longest."""
    inside = set(words)
    outer = [w for w in words if sentence.heads[w] not in inside] or words
    return max(outer, key=lambda w: (sentence.pos[w] != "PUNCT", len(sentence.words[w]), -w))


def make_sentence_doc(nlp: Any, sentence: Sentence) -> tuple[Any, int]:
    """The sentence cut by spaCy's tokenizer, each token annotated; and how many tokens merged words."""
    text, spans = sentence_text(sentence)
    doc = nlp.make_doc(text)
    merged = 0
    for token, words in zip(doc, token_words(doc, spans), strict=True):
        if not words:
            continue
        merged += len(words) > 1
        w = heading_word(sentence, words)
        token.pos_, token.tag_ = sentence.pos[w], sentence.tags[w]
        if sentence.morphs[w]:
            token.set_morph(sentence.morphs[w])
    return doc, merged


def group_docs(nlp: Any, sentences: list[Sentence]) -> tuple[list[Any], dict[str, int]]:
    """Docs of SENTS_PER_DOC sentences each, sentence starts marked; counts of what was converted."""
    from spacy.tokens import Doc

    docs, counts = [], {"sentences": len(sentences), "words": 0, "tokens": 0, "merged_tokens": 0}
    for start in range(0, len(sentences), SENTS_PER_DOC):
        parts = []
        for sentence in sentences[start : start + SENTS_PER_DOC]:
            doc, merged = make_sentence_doc(nlp, sentence)
            doc[0].is_sent_start = True
            for token in doc[1:]:
                token.is_sent_start = False
            parts.append(doc)
            counts["words"] += len(sentence.words)
            counts["tokens"] += len(doc)
            counts["merged_tokens"] += merged
        docs.append(Doc.from_docs(parts))
    return docs, counts


def convert(text: str, corpus: Path) -> dict[str, dict[str, int]]:
    """Write train/dev/test DocBins into corpus; returns counts per split."""
    import spacy
    from spacy.tokens import DocBin

    nlp = spacy.blank("ar")
    corpus.mkdir(parents=True, exist_ok=True)
    counts = {}
    for split, sentences in split_of(parse_conllu(text)).items():
        docs, counts[split] = group_docs(nlp, sentences)
        DocBin(docs=docs, store_user_data=False).to_disk(corpus / f"{split}.spacy")
        print(f"{split}: {counts[split]}", flush=True)
    return counts


def evaluate(model: Path, corpus: Path, split: str = "test") -> dict[str, Any]:
    """Tag, POS and feature accuracy of a trained pipeline on a split, per POS too."""
    import spacy
    from spacy.tokens import DocBin
    from spacy.training import Example

    nlp = spacy.load(model)
    gold = list(DocBin().from_disk(corpus / f"{split}.spacy").get_docs(nlp.vocab))
    scores = nlp.evaluate([Example(nlp.make_doc(doc.text), doc) for doc in gold])
    result = {key: scores[key] for key in ("token_acc", "tag_acc", "pos_acc", "morph_acc") if key in scores}
    result["propn"] = propn_scores(nlp, gold)
    return result


def propn_scores(nlp: Any, gold: list[Any]) -> dict[str, float]:
    """Precision and recall of PROPN, the tag the name rules read."""
    tp = fp = fn = 0
    for doc, predicted in zip(gold, nlp.pipe(doc.text for doc in gold), strict=True):
        for g, p in zip(doc, predicted, strict=True):
            tp += g.pos_ == p.pos_ == "PROPN"
            fp += p.pos_ == "PROPN" != g.pos_
            fn += g.pos_ == "PROPN" != p.pos_
    return {"p": round(tp / max(tp + fp, 1), 4), "r": round(tp / max(tp + fn, 1), 4)}


def arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("sources", type=Path, help="folder with UD_Arabic-PUD/")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "ar-train",
                        help="training folder (corpus, checkpoints, logs); git-ignored")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where the packaged pipeline goes")
    parser.add_argument("--config", type=Path, default=CONFIG, help="training config (to compare variants)")
    parser.add_argument("--max-steps", type=int, default=None, help="override training.max_steps")
    parser.add_argument("--any-version", action="store_true", help="accept a source file of another checksum")
    parser.add_argument("--convert-only", action="store_true", help="write the DocBins and stop")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = arguments(argv)
    one_thread()
    corpus = args.work / "corpus"
    try:
        text = read_source(args.sources, args.any_version)
    except SourceError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    counts = convert(text, corpus)
    if args.convert_only:
        return 0
    best, minutes = train(args.config, corpus, args.work, args.max_steps)
    scores = {"test": evaluate(best, corpus), "dev": evaluate(best, corpus, "dev")}
    (args.work / "scores.json").write_text(json.dumps(scores, indent=2) + "\n", encoding="utf-8")
    record = {"scores": scores, "training": {"corpus": counts, "minutes": minutes, "threads": 1},
              "source_files": {SOURCE.name: hashlib.sha256(text.encode("utf-8")).hexdigest()}}
    size = package(best, args.out, META, record)
    print(json.dumps({"minutes": minutes, "size_mb": round(size / 2**20, 2), **scores}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
