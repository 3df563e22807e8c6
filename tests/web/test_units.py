"""Small parts of the web layer: feed parsing, kept captures, the topic rule, the watch state."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.errors import FetchError, InputError
from kg.models import Extraction
from kg.web.captures import CaptureStore, captures_beside
from kg.web.config import TopicRule, topic_rule
from kg.web.feeds import feed_links
from kg.web.fetch import Response
from kg.web.topic import off_topic
from kg.web.watch import WatchState

LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
<rss><channel><item><link>&lol2;</link></item></channel></rss>"""


@pytest.mark.parametrize(("data", "kind", "links"), [
    (b"<rss><channel><item><link>/a</link></item><item><link>https://x.org/b</link></item></channel></rss>",
     "rss", ("https://site.org/a", "https://x.org/b")),
    (b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><link rel="self" href="/s"/><link href="/a"/></entry></feed>',
     "atom", ("https://site.org/a",)),
    (b'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://site.org/1.xml</loc>'
     b"</sitemap></sitemapindex>", "sitemapindex", ("https://site.org/1.xml",)),
    (b"<rss><channel><item><link>javascript:alert(1)</link></item></channel></rss>", "rss", ()),
])
def test_feeds_list_absolute_http_links(data: bytes, kind: str, links: tuple[str, ...]):
    listed = feed_links(data, "https://site.org/feed")
    assert listed is not None and (listed.kind, listed.links) == (kind, links)


def test_feeds_refuse_entities_and_doctypes():
    with pytest.raises(FetchError, match="DOCTYPE is refused"):
        feed_links(LAUGHS, "https://site.org/feed")


def test_feeds_other_xml_is_not_a_feed():
    assert feed_links(b"<svg xmlns='http://www.w3.org/2000/svg'/>", "https://site.org/x") is None


def response(body: bytes, url: str = "https://site.org/a") -> Response:
    return Response(url, url, 200, {"content-type": "text/html"}, body, "2026-01-01T00:00:00+00:00", "text/html")


def test_captures_keep_each_body_once_and_the_latest_fetch_of_each_url(tmp_path: Path):
    kept = CaptureStore(tmp_path)
    first = kept.keep(response(b"<p>one</p>"))
    kept.keep(response(b"<p>one</p>", "https://site.org/b"))
    latest = kept.keep(response(b"<p>two</p>"))
    with (tmp_path / "index.jsonl").open("a", encoding="utf-8") as index:
        index.write('{"url": "https://site.org/c", "cut sh')  # a line cut short by a crash
    assert [c.sha256 for c in kept.latest()] == [latest.sha256, first.sha256]
    assert len(list((tmp_path / "objects").rglob("*"))) == 4  # two folders, two bodies
    assert kept.body(latest) == b"<p>two</p>"


def test_captures_notice_a_changed_body(tmp_path: Path):
    kept = CaptureStore(tmp_path)
    capture = kept.keep(response(b"<p>one</p>"))
    (tmp_path / "objects" / capture.sha256[:2] / capture.sha256).write_bytes(b"<p>forged</p>")
    with pytest.raises(InputError, match="does not match its hash"):
        kept.body(capture)


def test_captures_live_beside_the_store():
    assert captures_beside("data/kg-store") == Path("data/kg-store.captures")


def extraction(entities: list[tuple[str, str]], relations: int = 0) -> Extraction:
    rows = [{"id": i, "type": t, "name": i.split("/")[1], "mentions": []} for i, t in entities]
    rels = [{"type": "cooperatesWith", "subject": "country/ke", "object": "country/ee", "confidence": 0.9,
             "evidence": {"text": "Kenya and Estonia", "start": 0, "end": 17}}] * relations
    return Extraction.model_validate({"article": {"id": "a1", "title": "t", "language": "en"},
                                      "entities": rows, "relations": rels})


@pytest.mark.parametrize(("entities", "relations", "kept"), [
    ([("country/ke", "Country"), ("domain/cybersecurity", "PolicyDomain")], 0, True),
    ([("country/ke", "Country"), ("country/ee", "Country")], 1, True),
    ([("country/ke", "Country")], 0, False),
    ([("domain/cybersecurity", "PolicyDomain")], 0, False),
    ([("person/a-baker", "Person")], 0, False),
])
def test_topic_rule_keeps_cooperation_on_policy(entities, relations, kept):
    reason = off_topic(extraction(entities, relations))
    assert (reason is None) == kept
    if not kept:
        assert reason and reason.startswith("off topic") and "--all" in reason


def test_topic_rule_is_tunable():
    lenient = TopicRule(min_relations=0, relation_types=(), require_all_groups=topic_rule().require_all_groups[1:])
    assert off_topic(extraction([("country/ke", "Country")]), lenient) is None


def test_watch_state_round_trip_and_a_broken_file_is_named(tmp_path: Path):
    state = WatchState(tmp_path / "state.json", {"https://s/feed": {"etag": '"1"'}}, {"https://s/a": "abc"})
    state.save()
    again = WatchState.load(tmp_path / "state.json")
    assert again.conditional_headers("https://s/feed") == {"If-None-Match": '"1"'} and again.seen == state.seen
    assert not list(tmp_path.glob(".*.tmp"))
    (tmp_path / "state.json").write_text(json.dumps({"seen": {}})[:5], encoding="utf-8")
    with pytest.raises(InputError, match=r"state\.json: unreadable watch state"):
        WatchState.load(tmp_path / "state.json")
