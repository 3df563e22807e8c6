"""Queries and updates that try to reach a server through SERVICE, LOAD or FROM, each in a
spelling that text matching has missed; ``{url}`` is the address of a loopback recorder."""

from __future__ import annotations

#: (name, query): each must be refused, and no request may leave.
QUERIES = [
    ("plain", "SELECT * WHERE {{ SERVICE <{url}/sparql> {{ ?s ?p ?o }} }}"),
    ("comment-ended-by-cr", "SELECT * WHERE {{ # x\r SERVICE <{url}/sparql> {{ ?s ?p ?o }} }}"),
    ("comment-ended-by-crlf", "SELECT * WHERE {{ # x\r\nSERVICE <{url}/sparql> {{ ?s ?p ?o }} }}"),
    ("escaped-hash-in-name",
     "PREFIX ex: <http://x/> SELECT * WHERE {{ BIND(ex:a\\# AS ?z) SERVICE <{url}/sparql> {{ ?s ?p ?o }} }}"),
    ("uchar-in-iri", "SELECT * WHERE {{ BIND(<http://x/\\u0061#f> AS ?z) SERVICE <{url}/sparql> {{ ?s ?p ?o }} }}"),
    ("uchar-in-service-iri", "SELECT * WHERE {{ SERVICE <http\\u003A//{host}/sparql> {{ ?s ?p ?o }} }}"),
    ("uchar-keyword", "SELECT * WHERE {{ \\u0053ERVICE <{url}/sparql> {{ ?s ?p ?o }} }}"),
    ("uchar-in-name",
     "PREFIX ex: <http://x/> SELECT * WHERE {{ BIND(ex:\\u0061 AS ?z) SERVICE <{url}/sparql> {{ ?s ?p ?o }} }}"),
    ("uchar-quote-in-string",
     "SELECT * WHERE {{ BIND('a\\u0027 AS ?z) SERVICE <{url}/sparql> {{ ?s ?p ?o }} BIND('' AS ?y) }}"),
    ("uchar-backslash-in-string",
     "SELECT * WHERE {{ BIND('a\\u005C' AS ?z) SERVICE <{url}/sparql> {{ ?s ?p ?o }} BIND('' AS ?y) }}"),
    ("long-string-quotes", "SELECT * WHERE {{ BIND('''a''' AS ?z) SERVICE <{url}/sparql> {{ ?s ?p ?o }} }}"),
    ("service-variable", "SELECT * WHERE {{ BIND(<{url}/sparql> AS ?e) SERVICE ?e {{ ?s ?p ?o }} }}"),
    ("base-relative", "BASE <{url}/> SELECT * WHERE {{ SERVICE <sparql> {{ ?s ?p ?o }} }}"),
    ("lower-case", "select * where {{ service <{url}/sparql> {{ ?s ?p ?o }} }}"),
    ("mixed-case-silent", "SELECT * WHERE {{ SeRvIcE sIlEnT <{url}/sparql> {{ ?s ?p ?o }} }}"),
    ("no-spaces", "SELECT*WHERE{{SERVICE<{url}/sparql>{{?s ?p ?o}}}}"),
    ("glued-to-prefix", "PREFIX : <{url}/> SELECT * WHERE {{ service:sparql {{ ?s ?p ?o }} }}"),
    ("glued-to-number", "SELECT * WHERE {{ ?s ?p 1SERVICE <{url}/sparql> {{ ?s ?p ?o }} }}"),
    ("in-sub-select",
     "SELECT * WHERE {{ {{ SELECT ?s WHERE {{ {{ SERVICE <{url}/sparql> {{ ?s ?p ?o }} }} }} }} }}"),
    ("in-optional-union",
     "SELECT * WHERE {{ {{ ?s ?p ?o }} UNION {{ OPTIONAL {{ SERVICE <{url}/sparql> {{ ?s ?p ?o }} }} }} }}"),
    ("in-exists", "ASK {{ FILTER EXISTS {{ SERVICE <{url}/sparql> {{ ?s ?p ?o }} }} }}"),
    ("construct", "CONSTRUCT {{ ?s ?p ?o }} WHERE {{ SERVICE <{url}/sparql> {{ ?s ?p ?o }} }}"),
    ("from-iri", "SELECT * FROM <{url}/data.ttl> WHERE {{ ?s ?p ?o }}"),
    ("from-named-iri", "SELECT * FROM NAMED <{url}/data.ttl> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}"),
    ("from-prefixed-name", "PREFIX e: <{url}/> SELECT * FROM e:data.ttl WHERE {{ ?s ?p ?o }}"),
    ("from-named-prefixed-name", "PREFIX e: <{url}/> SELECT * FROM NAMED e:g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}"),
    ("from-base-relative", "BASE <{url}/> SELECT * FROM <data.ttl> WHERE {{ ?s ?p ?o }}"),
    ("from-glued-to-prefix", "PREFIX : <{url}/> SELECT * from:data.ttl WHERE {{ ?s ?p ?o }}"),
    ("deep-behind-cr-comment",
     "SELECT * WHERE {{ # x\r" + "{{ " * 3000 + "SERVICE <{url}/sparql> {{ ?s ?p ?o }}" + " }}" * 3000 + " }}"),
]

#: (name, update): each must be refused, with or without the update token.
UPDATES = [
    ("load", "LOAD <{url}/data.ttl>"),
    ("load-silent-lower", "load silent <{url}/data.ttl> into graph <urn:g>"),
    ("load-glued-to-prefix", "PREFIX : <{url}/> load:data.ttl"),
    ("load-after-cr-comment", "INSERT DATA {{ <urn:a> <urn:b> 'x' }} ; # c\r LOAD <{url}/data.ttl>"),
    ("load-uchar-iri", "LOAD <http\\u003A//{host}/data.ttl>"),
    ("service-in-where", "INSERT {{ ?s ?p ?o }} WHERE {{ # c\r SERVICE <{url}/sparql> {{ ?s ?p ?o }} }}"),
    ("service-in-sub-select",
     "INSERT {{ ?s ?p ?o }} WHERE {{ {{ SELECT * WHERE {{ BIND(<{url}/sparql> AS ?x)"
     " SERVICE ?x {{ ?s ?p ?o }} }} }} }}"),
    ("service-uchar-iri",
     "DELETE {{ ?s ?p ?o }} WHERE {{ BIND(<http://x/\\u0061#f> AS ?z) SERVICE <{url}/sparql> {{ ?s ?p ?o }} }}"),
    ("service-glued", "PREFIX : <{url}/> INSERT {{ ?s ?p ?o }} WHERE {{ service:sparql {{ ?s ?p ?o }} }}"),
]


def fill(template: str, url: str) -> str:
    """The template for a recorder at ``url`` (``http://127.0.0.1:PORT``)."""
    return template.format(url=url, host=url.removeprefix("http://"))
