"""The summary graph: what each article reports, as small nodes the list queries read.

The list and count queries (meetings, agreements, cooperation by country, domains,
policies) used to join statement nodes, events and titles across every article's graph
before ``ORDER BY`` could give a first page. Each article now also gets a few report
nodes in one shared graph (``BASE/graph/summary``): one per meeting and participant, per
signing, per cooperation, and per distinct policy or domain relation it states, holding
what the queries read of that article (its title, dates, places, sentences). A query
reads those nodes in one small graph and looks labels up in the facts graph.

Meeting and signing reports also hold the months of their dates, so that the newest-first
lists can walk the months; the domain and policy counts beside the reports live in
``kg/rdf/counts.py``. Reports hold only what the article itself says; whatever other
articles add (labels, types, the signatories of a signing) is joined when the query runs.
They are pure functions of the article's quads, written in the same transaction as the
article's graph and removed with it, so a crash, a re-ingest or a deletion never leaves
them stale.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator

import pyoxigraph as ox

from kg.rdf.counts import counts_update, new_counts, recount_update
from kg.rdf.iris import Iris
from kg.store.base import Store
from kg.vocab import EXT, dp, node

Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple
Row = list[tuple[ox.NamedNode, Term]]

#: The relations whose statements are summarised once per article, and the term of their object.
RELATIONS = {dp("cooperatesOn"): dp("reportsDomain"), dp("hasPolicy"): dp("reportsPolicy")}
#: Bumped when the reports change shape: stores with another version are summarised again.
VERSION = "reports-4"
#: The version before, which ``upgrade_update`` brings up to this one in place (months and counts).
PREVIOUS = "reports-3"


def version_literal() -> ox.Literal:
    return ox.Literal(VERSION)


def summary_graph(iris: Iris) -> ox.NamedNode:
    return node(f"{iris.base}graph/summary")


STALE_WARNING = ("this store's summary graph is missing or was written by an older version, so the list "
                 "queries (meetings, agreements, domains, policies, cooperation-by-country) answer nothing "
                 "until it is rebuilt: run `kg ingest` on the articles once more (stored ones are skipped; "
                 "the summary is rebuilt first) or `kg load` any file")


def summaries_current(store: Store, iris: Iris) -> bool:
    """Whether the store's summary graph carries this version's marker."""
    substitutions: dict[str, ox.NamedNode | ox.Literal] = {"g": summary_graph(iris), "version": version_literal()}
    return bool(store.query("ASK { GRAPH ?g { ?g dp:contentHash ?version } }", substitutions=substitutions))


def summaries_version(store: Store, iris: Iris) -> str | None:
    """The version marker of the store's summary graph, if it has one."""
    rows = store.query("SELECT ?version { GRAPH ?g { ?g dp:contentHash ?version } }",
                       substitutions={"g": summary_graph(iris)})
    return next((row["version"].value for row in rows), None)  # type: ignore[union-attr]


def summaries_stale(store: Store, iris: Iris) -> bool:
    """Whether the store holds articles but no summary graph of this version."""
    return not summaries_current(store, iris) and bool(store.query("ASK { GRAPH ?a { ?a a dp:Article } }"))


def version_marker(iris: Iris) -> ox.Quad:
    """The quad saying which version of the reports the summary graph holds."""
    graph = summary_graph(iris)
    return ox.Quad(graph, dp("contentHash"), version_literal(), graph)


class _Facts:
    """The article's triples by subject and predicate, and which of them are its own."""

    def __init__(self, article: ox.NamedNode, quads: Iterable[ox.Quad]) -> None:
        # ``reported``: what the article's own graph says is derived from it (events, statements)
        self.values: dict[Term, dict[ox.NamedNode, list[Term]]] = defaultdict(lambda: defaultdict(list))
        self.own: dict[Term, dict[ox.NamedNode, list[Term]]] = defaultdict(lambda: defaultdict(list))
        self.reported: list[Term] = []
        derived = node(EXT.wasDerivedFrom)
        for quad in quads:
            self.values[quad.subject][quad.predicate].append(quad.object)
            if quad.graph_name == article:
                self.own[quad.subject][quad.predicate].append(quad.object)
                if quad.predicate == derived and quad.object == article:
                    self.reported.append(quad.subject)

    def of_type(self, kind: ox.NamedNode) -> Iterator[Term]:
        return (subject for subject in dict.fromkeys(self.reported) if kind in self.values[subject][node(EXT.type)])

    def get(self, subject: Term, predicate: ox.NamedNode) -> list[Term]:
        return list(dict.fromkeys(self.values[subject][predicate]))

    def get_own(self, subject: Term, predicate: ox.NamedNode) -> list[Term]:
        return list(dict.fromkeys(self.own[subject][predicate]))


def article_reports(article: ox.NamedNode, quads: Iterable[ox.Quad], iris: Iris) -> list[ox.Quad]:
    """The summary quads of one article, from its quads (its graph and the facts it supports)."""
    facts = _Facts(article, quads)
    titles = facts.get_own(article, node(EXT.title))
    rows = [*_meetings(facts, titles), *_signings(facts, titles), *_cooperations(facts, iris.base),
            *_relations(facts)]
    graph = summary_graph(iris)
    local = article.value.rsplit("/", 1)[-1]
    out: list[ox.Quad] = []
    for number, row in enumerate(rows):
        report = ox.NamedNode(f"{iris.base}report/{local}/{number}")
        out.append(ox.Quad(report, dp("reportedBy"), article, graph))
        out.extend(ox.Quad(report, predicate, value, graph) for predicate, value in row)
    return out


def _meetings(facts: _Facts, titles: list[Term]) -> Iterator[Row]:
    """One report per meeting and participant: dates, places, titles and the participant's sentences."""
    for meeting in facts.of_type(dp("Meeting")):
        for participant in facts.get(meeting, dp("participant")):
            yield [(dp("reportsMeeting"), meeting), (dp("reportedParticipant"), participant),
                   *((dp("reportedTitle"), title) for title in titles),
                   *_dates(facts.get_own(meeting, dp("date"))),
                   *((dp("reportedPlace"), place) for place in facts.get(meeting, dp("location"))),
                   *((dp("reportedSentence"), sentence) for sentence in _meeting_sentences(facts, participant))]


def _meeting_sentences(facts: _Facts, participant: Term) -> list[Term]:
    """The evidence of the article's ``meets`` statements naming this participant either way."""
    sentences: list[Term] = []
    for statement in facts.reported:
        if dp("meets") not in facts.own[statement][node(EXT.predicate)]:
            continue
        own = facts.own[statement]
        if participant in own[node(EXT.subject)] or participant in own[node(EXT.object)]:
            sentences.extend(own[dp("evidence")])
    return list(dict.fromkeys(sentences))


def _signings(facts: _Facts, titles: list[Term]) -> Iterator[Row]:
    """One report per signing: its agreement, the article's dates of it, the titles."""
    for signing in facts.of_type(dp("Signing")):
        yield [(dp("reportsSigning"), signing),
               *((dp("reportedAgreement"), agreement) for agreement in facts.get(signing, dp("agreement"))),
               *((dp("reportedTitle"), title) for title in titles),
               *_dates(facts.get_own(signing, dp("date")))]


def _dates(dates: list[Term]) -> Row:
    """The dates an article gives an event, and their months (or an empty month for none).

    The list queries walk the reports month by month, newest first, so that a first page
    orders one month's rows. A month is what a query makes of a date with
    ``SUBSTR(CONCAT(STR(?date), "-01"), 1, 7)``: a year alone counts as its January.
    """
    months = dict.fromkeys(month_of(date) for date in dates) or {"": None}
    return [*((dp("reportedDate"), date) for date in dates),
            *((dp("reportedMonth"), ox.Literal(month)) for month in months)]


def month_of(date: Term) -> str:
    """``2024-05-17`` and ``2024-05`` give ``2024-05``; ``2024`` gives ``2024-01``."""
    return (str(getattr(date, "value", date)) + "-01")[:7]


def _cooperations(facts: _Facts, base: str) -> Iterator[Row]:
    """One report per cooperation: its parties and the domains this article gives it."""
    for cooperation in facts.of_type(dp("Cooperation")):
        parties = facts.get(cooperation, dp("party"))
        yield [(dp("reportsCooperation"), cooperation), *((dp("reportedParty"), party) for party in parties),
               *((dp("reportedPair"), pair_key(one, other, base)) for one in parties for other in parties
                 if one != other),
               *((dp("reportedDomain"), domain) for domain in facts.get_own(cooperation, dp("domain")))]


def pair_key(one: Term, other: Term, base: str) -> ox.Literal:
    """The key of an ordered pair of parties, as a query builds it from their IRIs:
    ``CONCAT(STRAFTER(STR(?a), STR(dpr:)), " ", STRAFTER(STR(?b), STR(dpr:)))`` ("country/ma country/fr").

    A pair's reports are then found by one look-up, where looking them up by both parties
    reads every report of the first party (thousands for a country that cooperates a lot).
    The key holds ids, not whole IRIs, so that exports compact every IRI they hold.
    """
    ids = (str(getattr(term, "value", term)).partition(base)[2] for term in (one, other))
    return ox.Literal(" ".join(ids))


def _relations(facts: _Facts) -> Iterator[Row]:
    """One report per distinct summarised relation the article states (however many sentences)."""
    seen: set[tuple[Term, Term, Term]] = set()
    for statement in facts.reported:
        own = facts.own[statement]
        for predicate in own[node(EXT.predicate)]:
            if predicate not in RELATIONS:
                continue
            for subject in own[node(EXT.subject)]:
                for obj in own[node(EXT.object)]:
                    if (subject, predicate, obj) not in seen:
                        seen.add((subject, predicate, obj))
                        yield [(RELATIONS[predicate], obj), (dp("reportedParty"), subject)]  # type: ignore[index]


def replace_reports_update(articles: Iterable[str], reports: Iterable[ox.Quad], iris: Iris) -> str:
    """A SPARQL update removing the reports of these articles, then adding the new ones; the
    domain and policy counts lose what the old reports named and gain what the new ones name.

    For articles stored before: it runs after their graphs are replaced, in the same request.
    Terms are serialized by pyoxigraph, so no text from an article can break out of a literal.
    """
    graph = summary_graph(iris)
    articles, reports = list(articles), list(reports)
    values = " ".join(str(ox.NamedNode(name)) for name in articles)
    counts = counts_update(new_counts(reports), articles, iris)  # reads the old reports: first
    parts = [*([counts] if counts else []),
             f"DELETE {{ GRAPH {graph} {{ ?report ?p ?o }} }} WHERE {{ VALUES ?article {{ {values} }} "
             f"GRAPH {graph} {{ ?report {dp('reportedBy')} ?article ; ?p ?o }} }}"]
    triples = [str(ox.Triple(quad.subject, quad.predicate, quad.object)) for quad in reports]
    if triples:
        parts.append(f"INSERT DATA {{ GRAPH {graph} {{\n" + " .\n".join(triples) + "\n} }")
    return " ;\n".join(parts)


def upgrade_update(iris: Iris) -> str:
    """A SPARQL update bringing a summary graph of the previous version up to this one in place:
    the months of the meeting and signing reports, the domain and policy counts, the new marker."""
    graph, month = summary_graph(iris), dp("reportedMonth")
    months = (f"INSERT {{ GRAPH {graph} {{ ?report {month} ?month }} }} WHERE {{ GRAPH {graph} "
              f"{{ ?report {dp('reportedDate')} ?date }} BIND(SUBSTR(CONCAT(STR(?date), \"-01\"), 1, 7) AS ?month) }}")
    undated = (f"INSERT {{ GRAPH {graph} {{ ?report {month} \"\" }} }} WHERE {{ GRAPH {graph} {{ "
               f"{{ ?report {dp('reportsMeeting')} ?event }} UNION {{ ?report {dp('reportsSigning')} ?event }} "
               f"FILTER NOT EXISTS {{ ?report {dp('reportedDate')} ?date }} }} }}")
    marker = (f"DELETE {{ GRAPH {graph} {{ {graph} {dp('contentHash')} ?old }} }} WHERE {{ GRAPH {graph} "
              f"{{ {graph} {dp('contentHash')} ?old }} }} ;\nINSERT DATA {{ GRAPH {graph} {{ {graph} "
              f"{dp('contentHash')} {version_literal()} }} }}")
    return " ;\n".join([months, undated, recount_update(iris), marker])
