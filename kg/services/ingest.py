"""The one place that composes readers, extraction, mapping and the store."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from pydantic import ValidationError

from kg import __version__, resources
from kg.errors import KgError, RecordError
from kg.models import ID_PREFIX, EntityType, Extraction
from kg.nlp import Extractor
from kg.nlp.parallel import chunked
from kg.nlp.pieces import extract_documents
from kg.nlp.pipeline import choose
from kg.nlp.resolve import RESOLVED, KnownEntity, KnownIndex, resolve_against
from kg.rdf.capture import capture_quads
from kg.rdf.counts import counts_update, new_counts, recount_update
from kg.rdf.iris import Iris
from kg.rdf.maintenance import cleanup_update, named_resources_query
from kg.rdf.mapping import REFERENCE_TYPES, article_graph
from kg.rdf.reference import reference_digest, reference_graph
from kg.rdf.summaries import (
    PREVIOUS,
    article_reports,
    replace_reports_update,
    summaries_current,
    summaries_version,
    summary_graph,
    upgrade_update,
    version_marker,
)
from kg.readers import Document, ReadProblem, read_paths
from kg.readers.files import folder_files, open_regular, refusal
from kg.store.base import Store
from kg.vocab import EXT, dp, node

log = logging.getLogger(__name__)

BATCH_SIZE = 64


@dataclass
class Report:
    """What a batch did: counts, and each problem with its place."""

    loaded: int = 0
    skipped: int = 0
    problems: list[str] = field(default_factory=list)
    #: Articles extracted but not stored because they failed the ``keep`` test, with its reason.
    set_aside: list[str] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len(self.problems)

    def summary(self) -> str:
        return f"{self.loaded} loaded, {self.skipped} skipped, {self.failed} failed"


# -- reading contract JSON ------------------------------------------------------------------

def read_extractions(paths: Iterable[Path | str]) -> Iterator[Extraction | RecordError]:
    """Every contract record in JSON / JSONL files and folders; bad records as errors in place.

    Only regular files are read, and links out of a given folder are skipped (kg.readers.files).
    """
    for path in map(Path, paths):
        if path.is_dir():
            files = list(folder_files(path, lambda file: file.suffix in (".json", ".jsonl")))
            if not files:
                yield RecordError("no .json or .jsonl files in this folder", where=str(path))
        else:
            files = [(path, refusal(path))]
        for file, refused in files:
            if refused:
                yield RecordError(refused, where=str(file))
            else:
                yield from _read_file(file)


def _read_file(path: Path) -> Iterator[Extraction | RecordError]:
    try:
        with open_regular(path) as stream:
            text = stream.read().decode("utf-8")
    except KgError as error:
        yield RecordError(error.message, where=str(path))
        return
    except (OSError, UnicodeDecodeError) as error:
        yield RecordError(f"cannot read: {error}", where=str(path))
        return
    if path.suffix == ".jsonl":
        for number, line in enumerate(text.splitlines(), start=1):
            if line.strip():
                yield _record(line, f"{path}:{number}")
        return
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        yield RecordError(f"malformed JSON: {error.msg}", where=f"{path}:{error.lineno}")
        return
    except RecursionError:
        yield RecordError("malformed JSON: nested too deeply", where=str(path))
        return
    records = data if isinstance(data, list) else [data]
    for index, record in enumerate(records):
        yield _validated(record, f"{path}:1" if len(records) == 1 else f"{path}[{index}]")


def _record(line: str, where: str) -> Extraction | RecordError:
    try:
        return _validated(json.loads(line), where)
    except json.JSONDecodeError as error:
        return RecordError(f"malformed JSON: {error.msg} (column {error.colno})", where=where)
    except RecursionError:
        return RecordError("malformed JSON: nested too deeply", where=where)


def _validated(record: object, where: str) -> Extraction | RecordError:
    try:
        extraction = Extraction.model_validate(record)
    except ValidationError as error:
        return RecordError(describe_validation(error), where=where)
    unknown = unknown_reference_ids(extraction)
    if unknown:
        return RecordError(f"unknown country or domain ids: {', '.join(unknown)} "
                           "(see data/reference/countries.tsv and ontology/domains.ttl)", where=where)
    return extraction


def unknown_reference_ids(extraction: Extraction) -> list[str]:
    """Country and domain ids that the reference data does not know."""
    known = resources.reference_ids()
    return sorted(e.id for e in extraction.entities if e.type in REFERENCE_TYPES and e.id not in known)


def describe_validation(error: ValidationError) -> str:
    """The first problem of a pydantic error in one line, naming the field."""
    first = error.errors()[0]
    place = ".".join(str(part) for part in first["loc"])
    message = first["msg"].removeprefix("Value error, ")
    return f"{place}: {message}" if place else message


# -- writing to the store -------------------------------------------------------------------

def ensure_reference(store: Store, iris: Iris | None = None) -> None:
    """Write the reference graph when it is missing or the shipped files changed."""
    iris = iris or Iris()
    digest = reference_digest(iris)
    graph = iris.reference_graph
    marker = ox.Quad(graph, dp("contentHash"), ox.Literal(digest), graph)
    ask = "ASK { GRAPH ?g { ?g dp:contentHash ?hash } }"
    if bool(store.query(ask, substitutions={"g": graph, "hash": ox.Literal(digest)})):
        return
    quads = reference_graph(iris)
    bundle = ox.Quad(graph, node(EXT.type), node(EXT.PROV + "Bundle"), graph)
    store.replace_graphs({graph.value: [*quads, marker, bundle]})


def write_articles(store: Store, quads_by_graph: dict[str, list[ox.Quad]], iris: Iris) -> None:
    """Replace article graphs in one transaction, keeping the facts and summary graphs in step."""
    facts = iris.facts_graph
    own: dict[str, list[ox.Quad]] = {}
    shared: list[ox.Quad] = []
    reports: list[ox.Quad] = []
    for name, quads in quads_by_graph.items():
        own[name] = [quad for quad in quads if quad.graph_name != facts]
        shared.extend(quad for quad in quads if quad.graph_name == facts)
        reports.extend(article_reports(ox.NamedNode(name), quads, iris))
    # Graphs not stored yet name nothing, so no separate look-up of which ones exist is needed.
    resources = _named_resources(store, own)
    if resources:  # some articles were stored before: their old reports go, in the same update
        cleanup = _joined(cleanup_update(facts, resources), replace_reports_update(own, reports, iris))
        store.replace_graphs(own, shared=shared, cleanup=cleanup)
    else:  # the domain and policy counts grow by what the new reports name, in the same update
        counts = counts_update(new_counts(reports), [], iris)
        store.replace_graphs(own, shared=[*shared, *reports], cleanup=counts or None)


def remove_articles(store: Store, names: Iterable[str], iris: Iris | None = None) -> None:
    """Remove article graphs in one transaction, with the facts and reports only they supported."""
    iris = iris or Iris()
    gone: dict[str, list[ox.Quad]] = {name: [] for name in names}
    cleanup = _joined(cleanup_update(iris.facts_graph, _named_resources(store, gone)),
                      replace_reports_update(gone, [], iris))
    store.replace_graphs(gone, cleanup=cleanup)


def _named_resources(store: Store, graphs: dict[str, list[ox.Quad]]) -> list[ox.NamedNode]:
    query = named_resources_query(graphs)
    return [row["r"] for row in store.query(query)] if query else []  # type: ignore[union-attr]


def _joined(*updates: str | None) -> str:
    return " ;\n".join(update for update in updates if update)


def ensure_summaries(store: Store, iris: Iris | None = None) -> None:
    """Summarise every stored article when the summary graph is missing or of another version.

    Stores written before the summary graph existed get it on their next ingest or load; a
    summary graph of the previous version is brought up to date in place, from its reports.
    """
    iris = iris or Iris()
    if summaries_current(store, iris):
        return
    if summaries_version(store, iris) == PREVIOUS:  # the same reports: add what is new, in place
        store.replace_graphs({}, cleanup=upgrade_update(iris))
        return
    marker = version_marker(iris)
    graph = summary_graph(iris)
    store.replace_graphs({graph.value: []})
    articles = [row["g"].value for row in store.query("SELECT ?g { GRAPH ?g { ?g a dp:Article } }")]  # type: ignore[union-attr]
    for start in range(0, len(articles), BATCH_SIZE):
        stored = _stored_article_quads(store, articles[start:start + BATCH_SIZE], iris)
        reports = [quad for name, quads in stored.items() for quad in article_reports(ox.NamedNode(name), quads, iris)]
        store.replace_graphs({}, shared=reports)
    store.replace_graphs({}, shared=[marker], cleanup=recount_update(iris))


STORED_ARTICLE = """
SELECT ?article ?s ?p ?o ?in WHERE {
  { GRAPH ?article { ?s ?p ?o } BIND(?article AS ?in) }
  UNION
  { GRAPH ?article { ?s prov:wasDerivedFrom ?article } GRAPH ?facts { ?s ?p ?o } BIND(?facts AS ?in) }
}
"""


def _stored_article_quads(store: Store, articles: list[str], iris: Iris) -> dict[str, list[ox.Quad]]:
    """Each article's graph with the facts about what it reports, read back from the store."""
    values = " ".join(str(ox.NamedNode(name)) for name in articles)
    query = STORED_ARTICLE.replace("WHERE {", f"WHERE {{ VALUES ?article {{ {values} }}", 1)
    found: dict[str, list[ox.Quad]] = {name: [] for name in articles}
    for row in store.query(query, substitutions={"facts": iris.facts_graph}):  # type: ignore[union-attr]
        found[row["article"].value].append(ox.Quad(row["s"], row["p"], row["o"], row["in"]))
    return found


def load(paths: Iterable[Path | str], store: Store, *, iris: Iris | None = None,
         extractor: str = "kg load", on_record: Callable[[str], None] | None = None) -> Report:
    """Load contract JSON files into the store, one transaction per batch of articles."""
    iris = iris or Iris()
    ensure_reference(store, iris)
    ensure_summaries(store, iris)
    report = Report()
    batch: dict[str, list[ox.Quad]] = {}
    for item in read_extractions(paths):
        if isinstance(item, KgError):
            report.problems.append(str(item))
            continue
        batch[iris.article(item.article.id).value] = article_graph(item, iris, extractor=extractor)
        report.loaded += 1
        if on_record:
            on_record(item.article.id)
        if len(batch) >= BATCH_SIZE:
            write_articles(store, batch, iris)
            batch = {}
    if batch:
        write_articles(store, batch, iris)
    return report


# -- ingesting raw articles -----------------------------------------------------------------

STORED_HASHES = "SELECT ?g ?hash { ?g a dp:Article ; dp:contentHash ?hash }"


def stored_hashes(store: Store, articles: Iterable[str] | None = None) -> dict[str, str]:
    """The content hash recorded for each article graph (or for these ones), to skip unchanged articles."""
    query = STORED_HASHES
    if articles is not None:  # IRIs made by Iris.article from checked ids, written as N-Triples terms
        values = " ".join(str(ox.NamedNode(name)) for name in articles)
        if not values:
            return {}
        query = query.replace("{", f"{{ VALUES ?g {{ {values} }}", 1)
    return {row["g"].value: row["hash"].value for row in store.query(query)}  # type: ignore[union-attr]


def ingest(paths: Iterable[Any], store: Store, *, iris: Iris | None = None, workers: int = 1,
           force: bool = False, extractor: object | None = None, batch_size: int = BATCH_SIZE,
           on_progress: Callable[[str, str], None] | None = None,
           keep: Callable[[Any, Extraction], str | None] | None = None) -> Report:
    """Read, extract and store articles; unchanged ones are skipped unless ``force``.

    ``keep``, when given, returns why an extracted article should not be stored (it is then
    counted as skipped and listed in ``Report.set_aside``), or None to store it.

    Each batch of articles is written in one transaction, so a crash never leaves half an
    article in the store, and a re-run picks up what is missing.
    """
    iris = iris or Iris()
    ensure_reference(store, iris)
    ensure_summaries(store, iris)
    report = Report()
    notify = on_progress or (lambda origin, status: None)
    engine: Any = extractor or Extractor()
    hashes = (lambda names: {}) if force else (lambda names: stored_hashes(store, names))
    documents = _to_extract(_readings(paths, read_paths), hashes, iris, report, notify)
    results = _extracted(engine, documents, workers)
    _store_extractions(results, store, iris, report, notify, known_entities(store, iris), batch_size, keep)
    return report


def _extracted(engine: Any, documents: Iterable[Any], workers: int) -> Iterator[tuple[Any, Any]]:
    """Each document with its result. An extractor that streams (a cluster) is given all the
    documents at once, so that its workers go on extracting while the client writes; the
    others get them in chunks, long ones in pieces (kg.nlp.pieces)."""
    if getattr(engine, "streams", False):
        return engine.extract_many(documents)
    return extract_documents(engine, documents, workers=workers)


def _readings(items: Iterable[Any], read_paths: Callable[[Iterable[Any]], Iterator[Any]]) -> Iterator[Any]:
    """Documents and problems made elsewhere (from the web) as they are; paths read."""
    for item in items:
        if isinstance(item, Document | ReadProblem):
            yield item
        else:
            yield from read_paths([item])


def _to_extract(items: Iterable[Any], hashes: Callable[[list[str]], dict[str, str]], iris: Iris,
                report: Report, notify: Callable[[str, str], None]) -> Iterator[Any]:
    """The documents that need extracting; problems and unchanged articles are counted.

    The stored hashes are read for a batch of articles at a time, so that the client holds
    those of one batch, not of the whole store.
    """
    for chunk in chunked(items, BATCH_SIZE):
        stored = hashes([iris.article(item.article.id).value for item in chunk if not isinstance(item, ReadProblem)])
        yield from _unchanged_skipped(chunk, stored, iris, report, notify)


def _unchanged_skipped(items: list[Any], stored: dict[str, str], iris: Iris, report: Report,
                       notify: Callable[[str, str], None]) -> Iterator[Any]:
    for item in items:
        if isinstance(item, ReadProblem):
            report.problems.append(str(item))
            notify(item.where, "failed")
        elif stored.get(iris.article(item.article.id).value) == item.content_hash:
            report.skipped += 1
            notify(item.origin, "skipped")
        else:
            if item.article.published is None:
                log.warning("%s: no publication date: relations stay undated; add `published:` "
                            "(YYYY-MM-DD) to its front matter", item.origin)
            yield item


KNOWN_NAMES = "SELECT ?entity ?type ?name { GRAPH ?facts { ?entity a ?type ; rdfs:label ?name } }"
KNOWN_ALIASES = "SELECT ?entity ?alias { ?entity skos:altLabel ?alias }"


def known_entities(store: Store, iris: Iris) -> Any:
    """An index of the entities the store already holds, for cross-article resolution.

    Only the types the rules compare are kept: the events and meetings the facts graph also
    names (nine in ten of its labelled nodes) can never be candidates. Two plain queries,
    whose rows the engine streams, are joined here.
    """
    prefix = iris.base
    kinds = tuple(f"{prefix}{ID_PREFIX[EntityType(kind)]}/" for kind in RESOLVED)
    aliases: dict[str, set[str]] = {}
    for row in store.query(KNOWN_ALIASES):  # type: ignore[union-attr]
        if row["entity"].value.startswith(kinds):
            aliases.setdefault(row["entity"].value, set()).add(row["alias"].value)
    index = KnownIndex()
    for row in store.query(KNOWN_NAMES, substitutions={"facts": iris.facts_graph}):  # type: ignore[union-attr]
        entity, kind = row["entity"].value, row["type"].value.rsplit("#", 1)[-1]
        if kind in RESOLVED and entity.startswith(prefix):
            index.add(KnownEntity(entity[len(prefix):], kind, row["name"].value, tuple(aliases.get(entity, ()))))
    return index


def _store_extractions(results: Iterable, store: Store, iris: Iris, report: Report,
                       notify: Callable[[str, str], None], known: Any, batch_size: int,
                       keep: Callable[[Any, Extraction], str | None] | None = None) -> None:
    batch: dict[str, list[ox.Quad]] = {}
    for document, result in results:
        unknown = [] if isinstance(result, KgError) else unknown_reference_ids(result)
        if unknown:
            result = RecordError(f"unknown country or domain ids: {', '.join(unknown)}")
        if isinstance(result, KgError):
            report.problems.append(f"{document.origin}: {result.message}")
            notify(document.origin, "failed")
            continue
        if keep is not None and (reason := keep(document, result)):
            report.set_aside.append(f"{document.origin}: {reason}")
            report.skipped += 1
            notify(document.origin, "set aside")
            continue
        result, merges = resolve_against(result, known)
        known.add_extraction(result)
        quads = article_graph(result, iris, extractor=f"digipol-kg {__version__}",
                              content_hash=document.content_hash, merges=merges,
                              pipeline=choose(result.article.language).label)
        capture = getattr(document, "capture", None)
        if capture is not None:
            quads += capture_quads(iris.article(result.article.id), capture)
        batch[iris.article(result.article.id).value] = quads
        report.loaded += 1
        notify(document.origin, "ingested")
        if len(batch) >= batch_size:
            write_articles(store, batch, iris)
            batch = {}
    if batch:
        write_articles(store, batch, iris)
