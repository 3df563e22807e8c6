"""Saved web pages: main text with trafilatura (lxml as fallback) and metadata from the page."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from lxml import etree
from lxml import html as lxml_html

from kg.errors import InputError
from kg.models import check_partial_date
from kg.readers.base import Document, make_document
from kg.readers.encoding import MAX_TEXT_BYTES, decode_bytes, read_bytes

log = logging.getLogger(__name__)

#: Largest page accepted, in bytes: markup makes a page several times its text.
MAX_HTML_BYTES = 4 * MAX_TEXT_BYTES

#: Elements whose content never belongs to the article text.
NEVER_TEXT = ("script", "style", "noscript", "template", "svg", "iframe", "object", "head")

#: Elements the lxml fallback also drops: page furniture around the article.
FURNITURE = ("nav", "header", "footer", "aside", "form", "button", "select", "menu")

#: Elements that end a line of text.
BLOCKS = frozenset((
    "address", "article", "blockquote", "dd", "div", "dl", "dt", "figcaption", "figure", "h1",
    "h2", "h3", "h4", "h5", "h6", "hr", "li", "main", "ol", "p", "pre", "section", "table",
    "td", "th", "tr", "ul",
))  # fmt: skip

_DATE_META = (
    "article:published_time", "og:published_time", "datepublished", "date", "pubdate",
    "publishdate", "publish-date", "publish_date", "dc.date.issued", "dcterms.issued",
    "dc.date", "dcterms.date", "sailthru.date", "parsely-pub-date", "article.published",
)  # fmt: skip
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*\?>")
_UPPER_LOWER = "'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'"
_LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}([-_][a-z0-9]+)*$", re.IGNORECASE)


def read_html_file(path: Path) -> Iterator[Document]:
    """The article of a saved web page."""
    data = read_bytes(path, MAX_HTML_BYTES)
    declared = _DECLARED_CHARSET.search(data[:4096])
    charset = declared.group(1).decode("ascii") if declared else None
    yield html_document(decode_bytes(data, str(path), charset), str(path), path.stem)


def html_document(html: str, where: str, name: str) -> Document:
    """A Document from the markup of a page; nothing is ever fetched from the network."""
    html = _XML_DECLARATION.sub("", html)
    tree = _parse(html)
    if tree is None:
        raise InputError("the article has no text", where=where)
    text, extracted = _trafilatura(html)
    meta = {**extracted, **page_metadata(tree)}
    if "title" not in meta and (title := _first_text(tree, "//title")):
        meta["title"] = title
    return make_document(meta, text or fallback_text(tree), where, name)


def page_metadata(tree: Any) -> dict[str, str]:
    """Title, canonical URL, publication date, site name and language declared in meta tags."""
    found = {
        "title": _meta(tree, "og:title", "twitter:title"),
        "url": _absolute_url(_canonical(tree)),
        "published": _date(tree),
        "source": _meta(tree, "og:site_name", "application-name"),
        "language": _language(tree),
    }
    return {key: value for key, value in found.items() if value}


def fallback_text(tree: Any) -> str:
    """The visible text of a page by plain lxml, one line per block, bullets as "- item"."""
    for element in tree.xpath("|".join(f"//{tag}" for tag in NEVER_TEXT + FURNITURE)):
        element.drop_tree()
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        tag = element.tag.lower()
        if tag == "li":
            element.text = "\n- " + (element.text or "")
        if tag in BLOCKS or tag == "br":
            element.tail = "\n" + (element.tail or "")
    return paragraphs(tree.text_content())


def paragraphs(text: str) -> str:
    """Text with one blank line between blocks, list items kept on consecutive lines."""
    lines = [" ".join(line.split()) for line in text.split("\n")]
    out: list[str] = []
    for line in filter(None, lines):
        if out:
            item_after_item = line.startswith("- ") and out[-1].startswith("- ")
            out.append("\n" if item_after_item else "\n\n")
        out.append(line)
    return "".join(out)


def _parse(html: str) -> Any:
    try:
        return lxml_html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return None


def _trafilatura(html: str) -> tuple[str, dict[str, str]]:
    import trafilatura  # deferred: ~0.25 s to import, for HTML pages only

    try:
        result = trafilatura.bare_extraction(
            html,
            include_comments=False,
            include_tables=True,
            with_metadata=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as error:  # any failure of the extractor leaves the lxml fallback
        log.debug("trafilatura failed (%s); using the lxml fallback", error)
        return "", {}
    if result is None:
        return "", {}
    data = result if isinstance(result, dict) else result.as_dict()
    meta = {"title": data.get("title"), "published": _valid_date(data.get("date"))}
    meta["source"] = data.get("sitename")
    return paragraphs(data.get("text") or ""), {k: v for k, v in meta.items() if v}


def _meta(tree: Any, *names: str) -> str | None:
    for name in names:
        for attribute in ("property", "name", "itemprop"):
            values = tree.xpath(f"//meta[translate(@{attribute}, {_UPPER_LOWER})=$n]/@content", n=name)
            value = next((v.strip() for v in values if v.strip()), None)
            if value:
                return value
    return None


def _first_text(tree: Any, xpath: str) -> str | None:
    for element in tree.xpath(xpath):
        text = " ".join(element.text_content().split())
        if text:
            return text
    return None


def _canonical(tree: Any) -> str | None:
    links = tree.xpath("//link[contains(concat(' ', normalize-space(@rel), ' '), ' canonical ')]/@href")
    return next((href.strip() for href in links if href.strip()), None) or _meta(tree, "og:url")


def _absolute_url(url: str | None) -> str | None:
    return url if url and re.match(r"^https?://[^\s<>\"{}|\\^`]+$", url) else None


def _date(tree: Any) -> str | None:
    candidates = [_meta(tree, *_DATE_META)]
    candidates += tree.xpath("//*[@itemprop='datePublished']/@datetime | //time/@datetime")
    return next(filter(None, map(_valid_date, candidates)), None)


def _valid_date(value: str | None) -> str | None:
    """YYYY-MM-DD from an ISO date or timestamp; None for anything less certain."""
    match = re.match(r"^\s*(\d{4}-\d{2}-\d{2})", value or "")
    if match is None:
        return None
    try:
        return check_partial_date(match.group(1))
    except ValueError:
        return None


def _language(tree: Any) -> str | None:
    candidates = [
        tree.get("lang"),
        tree.get("{http://www.w3.org/XML/1998/namespace}lang"),
        *tree.xpath(f"//meta[translate(@http-equiv, {_UPPER_LOWER})='content-language']/@content"),
        _meta(tree, "og:locale"),
    ]
    return next((c.strip() for c in candidates if c and _LANGUAGE_CODE.match(c.strip())), None)
