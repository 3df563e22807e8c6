"""Fetched pages to Documents that name their capture; URLs, feeds and sitemaps expanded in order."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from kg.errors import InputError
from kg.ids import article_id
from kg.readers import Document, ReadProblem
from kg.readers.encoding import decode_bytes
from kg.readers.html import html_document
from kg.web.captures import Capture, CaptureStore
from kg.web.config import fetch_settings
from kg.web.feeds import feed_links
from kg.web.fetch import Fetcher, FetchProblem, Response


@dataclass(frozen=True)
class WebDocument(Document):
    """A Document read from the web, with the capture its text was extracted from."""

    capture: Capture | None = None


def page_document(response: Response, capture: Capture | None) -> WebDocument:
    """The article of a fetched HTML page; its URL is the page's canonical URL or where it ended."""
    where = response.final_url
    document = html_document(decode_bytes(response.body, where, response.charset), where, where)
    article = document.article
    if not article.url:
        article = article.model_copy(update={"url": where, "id": article_id(where, where)})
    return WebDocument(article=article, text=document.text, origin=where, capture=capture)


def is_page(response: Response, fetcher: Fetcher) -> bool:
    return response.media_type in fetcher.settings.page_types


def web_documents(urls: Iterable[str], fetcher: Fetcher, captures: CaptureStore | None,
                  skip: set[str] | None = None) -> Iterator[WebDocument | ReadProblem]:
    """Every article behind the URLs: pages as they are, feeds and sitemaps expanded.

    Problems come in place of the articles they concern, so a batch goes on. URLs in
    ``skip`` (already read) are not fetched again when a feed lists them.
    """
    skip = set() if skip is None else skip
    yield from _expand(fetcher.fetch_many(urls), fetcher, captures, skip, depth=0)


def _expand(responses: Iterable[Response | FetchProblem], fetcher: Fetcher, captures: CaptureStore | None,
            skip: set[str], depth: int) -> Iterator[WebDocument | ReadProblem]:
    for response in responses:
        if isinstance(response, FetchProblem):
            yield ReadProblem(response.url, response.reason)
            continue
        capture = captures.keep(response) if captures else None
        try:
            if is_page(response, fetcher):
                yield page_document(response, capture)
                continue
            listed = feed_links(response.body, response.final_url)
        except InputError as error:
            yield ReadProblem(error.where or response.final_url, error.message)
            continue
        if listed is None:
            yield ReadProblem(response.final_url, "XML that is neither an RSS or Atom feed nor a sitemap")
        elif listed.kind == "sitemapindex" and depth >= fetcher.settings.max_sitemap_depth:
            yield ReadProblem(response.final_url, "sitemap index nested too deep")
        else:
            links = [link for link in listed.links if link not in skip]
            yield from _expand(fetcher.fetch_many(links), fetcher, captures, skip, depth + 1)


def kept_documents(captures: CaptureStore) -> Iterator[WebDocument | ReadProblem]:
    """The articles of every kept HTML page (latest capture of each URL); no network."""
    page_types = fetch_settings().page_types
    for capture in captures.latest():
        if capture.media_type not in page_types or capture.status != 200:
            continue
        try:
            body = captures.body(capture)
            response = Response(capture.url, capture.final_url, capture.status, capture.headers, body,
                                capture.fetched, capture.media_type)
            yield page_document(response, capture)
        except InputError as error:
            yield ReadProblem(error.where or capture.final_url, error.message)

