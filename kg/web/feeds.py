"""RSS, Atom and sitemaps to the URLs they list, with an XML parser that loads no DTD or entity."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urljoin

from lxml import etree

from kg.errors import FetchError

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@dataclass(frozen=True)
class FeedLinks:
    """What a feed or sitemap lists: ``kind`` is rss, atom, sitemap or sitemapindex."""

    kind: str
    links: tuple[str, ...]


def parse_xml(data: bytes, where: str) -> object:
    """The root element of an XML document; documents with a DOCTYPE are refused."""
    # First barrier: the parser resolves no entity, loads no DTD and never touches the network.
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                             remove_comments=True, remove_pis=True)
    try:
        tree = etree.fromstring(data, parser=parser).getroottree()
    except etree.XMLSyntaxError as error:
        raise FetchError(f"malformed XML ({error.msg}, line {error.lineno})", where=where) from None
    # Second barrier, on the parsed document: a feed has no business declaring a DOCTYPE.
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
        raise FetchError("XML with a DOCTYPE is refused (entities are never expanded)", where=where)
    return tree.getroot()


def feed_links(data: bytes, base_url: str) -> FeedLinks | None:
    """The article or sitemap URLs of a feed; None when the XML is not a feed or sitemap."""
    root = parse_xml(data, base_url)
    tag = str(root.tag)  # type: ignore[attr-defined]
    found: list[str | None]
    if tag == "rss" or tag.endswith("}RDF"):
        found = [_text(item, "link") for item in root.iter("item", "{*}item")]  # type: ignore[attr-defined]
        kind = "rss"
    elif tag == f"{ATOM}feed":
        found = [_atom_link(entry) for entry in root.iter(f"{ATOM}entry")]  # type: ignore[attr-defined]
        kind = "atom"
    elif tag in (f"{SITEMAP}urlset", f"{SITEMAP}sitemapindex", "urlset", "sitemapindex"):
        kind = "sitemap" if tag.endswith("urlset") else "sitemapindex"
        found = [(loc.text or "").strip() for loc in root.iter(f"{SITEMAP}loc", "loc")]  # type: ignore[attr-defined]
    else:
        return None
    links = (urljoin(base_url, link) for link in found if link)
    return FeedLinks(kind, tuple(dict.fromkeys(link for link in links if link.startswith(("http://", "https://")))))


def _text(element: object, name: str) -> str | None:
    child = element.find(name)  # type: ignore[attr-defined]
    if child is None:
        child = element.find("{*}" + name)  # type: ignore[attr-defined]
    return (child.text or "").strip() if child is not None else None


def _atom_link(entry: object) -> str | None:
    links = entry.findall(f"{ATOM}link")  # type: ignore[attr-defined]
    for link in links:
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            return str(link.get("href")).strip()
    return next((str(link.get("href")).strip() for link in links if link.get("href")), None)
