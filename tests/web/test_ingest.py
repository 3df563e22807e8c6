"""Ingesting from the web, end to end against a real HTTP server on 127.0.0.1 and a store on disk."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from kg.web.captures import CaptureStore
from kg.web.fetch import Fetcher
from kg.web.ingest import ingest_sources, reextract
from tests.support.web_support import Route, WebServer
from tests.web.test_fetch import fast

PAGES = Path(__file__).parents[1] / "data" / "web"
RSS = "application/rss+xml"


def page(name: str) -> Route:
    return Route(body=(PAGES / name).read_bytes())


def rss(server: WebServer, *paths: str) -> bytes:
    items = "".join(f"<item><title>{p}</title><link>{server.url(p)}</link></item>" for p in paths)
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>{items}</channel></rss>'.encode()


def atom(server: WebServer, *paths: str) -> bytes:
    entries = "".join(f'<entry><title>{p}</title><link rel="alternate" href="{p}"/></entry>' for p in paths)
    return f'<feed xmlns="http://www.w3.org/2005/Atom"><title>News</title>{entries}</feed>'.encode()


def sitemap(server: WebServer, *paths: str) -> bytes:
    urls = "".join(f"<url><loc>{server.url(p)}</loc></url>" for p in paths)
    return f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'.encode()


@pytest.fixture(scope="module", name="extractor")
def fixture_extractor():
    from kg.nlp import Extractor

    return Extractor()


@pytest.fixture(name="store")
def fixture_store(tmp_path: Path):
    from kg.store.oxigraph import EmbeddedStore

    store = EmbeddedStore(str(tmp_path / "store"))
    yield store
    store.close()


@pytest.fixture(name="site")
def fixture_site():
    routes = {"/en": page("en-page.html"), "/fr": page("fr-page.html"), "/off": page("off-topic.html")}
    with WebServer(routes) as server:  # type: ignore[arg-type]
        yield server


def run(urls: list[str], store, extractor, captures: Path, **options):
    with Fetcher(fast()) as fetcher:
        return ingest_sources(urls, store, captures=CaptureStore(captures), fetcher=fetcher, extractor=extractor,
                              **options)


def stored_urls(store) -> dict[str, str]:
    rows = store.query("SELECT ?url ?lang { ?g a dp:Article ; schema:url ?url ; dcterms:language ?lang }")
    return {row["url"].value: row["lang"].value for row in rows}


def test_web_ingest_pages_in_both_languages_with_their_capture(site, store, extractor, tmp_path):
    report = run([site.url("/en"), site.url("/fr")], store, extractor, tmp_path / "kept")
    assert (report.loaded, report.failed) == (2, 0)
    assert stored_urls(store) == {site.url("/en"): "en", site.url("/fr"): "fr"}
    rows = list(store.query("""SELECT ?where ?when ?hash { ?g a dp:Article ; prov:wasDerivedFrom ?c .
        ?c prov:atLocation ?where ; prov:generatedAtTime ?when ; dp:contentHash ?hash }"""))
    assert len(rows) == 2
    for row in rows:
        body = (PAGES / ("en-page.html" if row["where"].value.endswith("/en") else "fr-page.html")).read_bytes()
        digest = hashlib.sha256(body).hexdigest()
        assert row["hash"].value == f"sha256:{digest}"
        assert (tmp_path / "kept" / "objects" / digest[:2] / digest).read_bytes() == body


@pytest.mark.parametrize("kind", ["rss", "atom", "sitemap"])
def test_web_ingest_expands_feeds_and_skips_off_topic_articles(kind, site, store, extractor, tmp_path):
    maker = {"rss": (rss, RSS), "atom": (atom, "application/atom+xml"), "sitemap": (sitemap, "application/xml")}
    build, content_type = maker[kind]
    site.routes["/feed"] = Route(body=build(site, "/en", "/fr", "/off"), content_type=content_type)
    report = run([site.url("/feed")], store, extractor, tmp_path / "kept")
    assert (report.loaded, report.skipped, report.failed) == (2, 1, 0)
    assert len(report.set_aside) == 1 and report.set_aside[0].startswith(site.url("/off") + ": off topic")
    assert set(stored_urls(store)) == {site.url("/en"), site.url("/fr")}


def test_web_ingest_all_keeps_off_topic_articles(site, store, extractor, tmp_path):
    report = run([site.url("/off")], store, extractor, tmp_path / "kept", keep_all=True)
    assert (report.loaded, report.set_aside) == (1, [])


def test_web_ingest_feed_item_already_ingested_is_not_ingested_again(site, store, extractor, tmp_path):
    assert run([site.url("/en")], store, extractor, tmp_path / "kept").loaded == 1
    site.routes["/feed"] = Route(body=rss(site, "/en", "/fr"), content_type=RSS)
    report = run([site.url("/feed")], store, extractor, tmp_path / "kept")
    assert (report.loaded, report.skipped) == (1, 1)
    assert len(stored_urls(store)) == 2


def test_web_ingest_goes_on_after_bad_urls_naming_each(site, store, extractor, tmp_path):
    evil = b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY e SYSTEM "file:///etc/passwd">]><rss><channel>&e;</channel></rss>'
    site.routes["/evil"] = Route(body=evil, content_type=RSS)
    site.routes["/broken"] = Route(body=b"<rss><channel><item>", content_type=RSS)
    urls = [site.url("/missing"), site.url("/evil"), site.url("/broken"), "ftp://127.0.0.1/x", site.url("/en")]
    report = run(urls, store, extractor, tmp_path / "kept")
    assert report.loaded == 1
    problems = "\n".join(report.problems)
    assert f"{site.url('/missing')}: HTTP 404" in problems
    assert f"{site.url('/evil')}: XML with a DOCTYPE is refused" in problems
    assert f"{site.url('/broken')}: malformed XML" in problems
    assert "ftp://127.0.0.1/x: only http and https" in problems


def test_web_reextract_uses_kept_pages_without_the_network(site, store, extractor, tmp_path):
    run([site.url("/en"), site.url("/fr")], store, extractor, tmp_path / "kept")
    site.server.shutdown()
    report = reextract(store, CaptureStore(tmp_path / "kept"), extractor=extractor)
    assert (report.loaded, report.failed) == (2, 0)
    graphs = store.query("SELECT (COUNT(DISTINCT ?g) AS ?n) { ?g a dp:Article }")
    assert int(next(iter(graphs))["n"].value) == 2


def test_web_ingest_never_filters_files_given_by_path(site, store, extractor, tmp_path):
    report = run([str(PAGES / "off-topic.html"), site.url("/off")], store, extractor, tmp_path / "kept")
    assert (report.loaded, report.skipped) == (1, 1)
    assert len(report.set_aside) == 1 and report.set_aside[0].startswith(site.url("/off") + ": off topic")
