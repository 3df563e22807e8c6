// The query page: pick an example or write SPARQL, run it against /sparql, read the rows.
"use strict";

(function () {
  const page = JSON.parse(document.getElementById("page-data").textContent);
  const editor = document.getElementById("editor");
  const statusLine = document.getElementById("status");
  const results = document.getElementById("results");
  const downloads = document.getElementById("downloads");
  const SHOWN_ROWS = 1000;
  // A SELECT without its own LIMIT/OFFSET is fetched a page at a time; one row more than a page
  // tells whether a next page exists.
  const PAGE_ROWS = 100;
  const pager = document.getElementById("pager");
  const paging = { query: null, offset: 0 };
  const PREFIXES = [
    ["dpr:", page.base],
    ["dp:", "https://w3id.org/digipol/ontology#"],
    ["rdfs:", "http://www.w3.org/2000/01/rdf-schema#"],
    ["rdf:", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"],
    ["skos:", "http://www.w3.org/2004/02/skos/core#"],
    ["xsd:", "http://www.w3.org/2001/XMLSchema#"],
    ["prov:", "http://www.w3.org/ns/prov#"],
  ];

  function element(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (className) node.className = className;
    if (tag === "td" || tag === "pre") node.dir = "auto";  // Arabic values read right to left
    return node;
  }

  function compact(iri) {
    for (const [prefix, namespace] of PREFIXES) {
      if (iri.startsWith(namespace)) return prefix + iri.slice(namespace.length);
    }
    return iri;
  }

  // Where an IRI leads: the explorer for what it can draw (entities, events, articles, statements),
  // the graph itself for a named graph of the store, the IRI's own page for outside vocabularies.
  function iriTarget(iri) {
    if (!iri.startsWith(page.base)) return { href: iri, outside: true };
    if (iri.slice(page.base.length).startsWith("graph/")) return { href: "/store?graph=" + encodeURIComponent(iri) };
    return { href: "/explore?focus=" + encodeURIComponent(iri) };
  }

  function iriLink(iri) {
    const link = element("a", compact(iri), "iri");
    const target = iriTarget(iri);
    link.href = target.href;
    link.title = iri;
    if (target.outside) {
      link.target = "_blank";
      link.rel = "noopener noreferrer";
    }
    return link;
  }

  function showExamples() {
    const list = document.getElementById("examples");
    for (const example of page.examples) {
      const item = element("li");
      const button = element("button", example.title, "example");
      button.type = "button";
      button.title = example.description;
      button.dataset.name = example.name;
      button.addEventListener("click", () => {
        editor.value = example.query;
        run();
      });
      item.append(button, element("p", example.description));
      list.append(item);
    }
  }

  function termCell(term) {
    const cell = element("td");
    if (!term) return cell;
    if (term.type === "uri") {
      cell.append(iriLink(term.value));
    } else if (term.type === "bnode") {
      cell.append(element("span", "_:" + term.value, "bnode"));
    } else {
      cell.append(document.createTextNode(term.value));
      const tag = term["xml:lang"] ? "@" + term["xml:lang"] : "";
      if (tag) cell.append(element("span", tag, "lang"));
    }
    return cell;
  }

  function table(head, rows) {
    const grid = element("table");
    const header = element("tr");
    for (const name of head) header.append(element("th", name));
    grid.appendChild(element("thead")).append(header);
    const body = grid.appendChild(element("tbody"));
    for (const row of rows.slice(0, SHOWN_ROWS)) {
      const line = element("tr");
      for (const cell of row) line.append(cell);
      body.append(line);
    }
    return grid;
  }

  function showSolutions(data) {
    if (typeof data.boolean === "boolean") {
      results.replaceChildren(element("p", data.boolean ? "yes" : "no", "boolean"));
      return "answer: " + (data.boolean ? "yes" : "no");
    }
    const vars = data.head.vars;
    let bindings = data.results.bindings;
    if (paging.query !== null) {
      showPager(bindings.length > PAGE_ROWS, bindings.length);
      bindings = bindings.slice(0, PAGE_ROWS);
    }
    const rows = bindings.map((binding) => vars.map((name) => termCell(binding[name])));
    results.replaceChildren(table(vars, rows));
    if (paging.query === null) return rowCount(rows.length);
    return rows.length ? `rows ${paging.offset + 1}–${paging.offset + rows.length}` : "no rows on this page";
  }

  // The query with strings and comments blanked out; IRIs stay whole, as they may hold '#'.
  function masked(text) {
    const tokens = /("""[\s\S]*?"""|'''[\s\S]*?'''|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|<[^<>"{}|^`\\\s]*>|#[^\n]*)/g;
    return text.replace(tokens, (token) => (token.startsWith("<") ? token : " ".repeat(token.length)));
  }

  // A SELECT that does not end in its own LIMIT or OFFSET is paged (as `kg query --limit` does).
  function pageable(text) {
    const plain = masked(text);
    const form = /\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b/i.exec(plain);
    return Boolean(form) && form[1].toUpperCase() === "SELECT" &&
      !/(?:\b(?:LIMIT|OFFSET)\s+\d+\s*)+$/i.test(plain.trimEnd());
  }

  function pageOf(text, offset) {
    return `${text.trimEnd()}\nLIMIT ${PAGE_ROWS + 1}${offset ? ` OFFSET ${offset}` : ""}\n`;
  }

  function showPager(hasNext, count) {
    pager.hidden = paging.offset === 0 && !hasNext;
    document.getElementById("previous").disabled = paging.offset === 0;
    document.getElementById("next").disabled = !hasNext;
    const last = paging.offset + Math.min(count, PAGE_ROWS);
    document.getElementById("page-rows").textContent =
      count ? `rows ${paging.offset + 1}–${last}` : `no rows after row ${paging.offset}`;
  }

  const NTRIPLE = /^(\S+)\s+(\S+)\s+(.*)\s+\.\s*$/;

  function ntTerm(text) {
    if (text.startsWith("<")) return { type: "uri", value: text.slice(1, -1) };
    if (text.startsWith("_:")) return { type: "bnode", value: text.slice(2) };
    const match = /^"((?:[^"\\]|\\.)*)"(?:@([\w-]+))?/.exec(text);
    const value = match ? JSON.parse('"' + match[1] + '"') : text;
    return { type: "literal", value: value, "xml:lang": match && match[2] };
  }

  function showTriples(text) {
    const rows = [];
    for (const line of text.split("\n")) {
      const match = NTRIPLE.exec(line);
      if (match) rows.push([match[1], match[2], match[3]].map((part) => termCell(ntTerm(part))));
    }
    results.replaceChildren(table(["subject", "predicate", "object"], rows));
    return rowCount(rows.length, "triple");
  }

  function rowCount(count, noun) {
    const word = noun || "row";
    const shown = count > SHOWN_ROWS ? ` (showing ${SHOWN_ROWS}; download for all)` : "";
    return `${count} ${word}${count === 1 ? "" : "s"}${shown}`;
  }

  function offerDownloads(kind) {
    const formats = kind === "graph" ? ["turtle", "ntriples", "jsonld", "rdfxml"] : ["json", "csv", "tsv", "xml"];
    const query = encodeURIComponent(paging.query === null ? editor.value : paging.query);
    downloads.replaceChildren(element("span", "Download:"));
    for (const format of formats) {
      const link = element("a", format);
      link.href = `${page.endpoint}?query=${query}&format=${format}`;
      link.setAttribute("download", `results.${format}`);
      downloads.append(link);
    }
  }

  async function showError(response) {
    let message = `${response.status} ${response.statusText}`;
    try {
      const problem = await response.json();
      message = `${problem.error} (${problem.status}): ${problem.message}`;
    } catch (ignored) {
      // not a JSON error body: the status line says enough
    }
    results.replaceChildren(element("pre", message, "error"));
    statusLine.textContent = "failed";
  }

  /* Advice from the endpoint (a JSON list in a header), such as a misspelled dp: term. */
  function showWarnings(header) {
    const box = document.getElementById("warnings") || element("ul", undefined, "warnings");
    box.id = "warnings";
    box.replaceChildren();
    let warnings = [];
    try {
      warnings = header ? JSON.parse(header) : [];
    } catch (ignored) {
      warnings = [];
    }
    for (const warning of warnings) box.append(element("li", String(warning)));
    box.hidden = warnings.length === 0;
    results.before(box);
  }

  // Run the editor's query from its first page.
  function run() {
    paging.query = pageable(editor.value) ? editor.value : null;
    paging.offset = 0;
    return fetchPage();
  }

  // Another page of the query last run (not of the editor's text, which may have changed since).
  function turn(step) {
    if (paging.query === null) return;
    paging.offset = Math.max(0, paging.offset + step * PAGE_ROWS);
    fetchPage();
  }

  async function fetchPage() {
    const started = performance.now();
    statusLine.textContent = "running…";
    downloads.replaceChildren();
    if (paging.query === null) pager.hidden = true;
    const text = paging.query === null ? editor.value : pageOf(paging.query, paging.offset);
    let response;
    try {
      response = await fetch(page.endpoint, {
        method: "POST",
        headers: {
          "Content-Type": "application/x-www-form-urlencoded",
          Accept: "application/sparql-results+json, application/n-triples;q=0.9",
        },
        body: new URLSearchParams({ query: text }),
      });
    } catch (failure) {
      results.replaceChildren(element("pre", "The endpoint cannot be reached: " + failure, "error"));
      statusLine.textContent = "failed";
      return;
    }
    if (!response.ok) return showError(response);
    showWarnings(response.headers.get("X-Query-Warnings"));
    const graph = !(response.headers.get("Content-Type") || "").includes("json");
    const summary = graph ? showTriples(await response.text()) : showSolutions(await response.json());
    statusLine.textContent = `${summary} · ${Math.round(performance.now() - started)} ms`;
    offerDownloads(graph ? "graph" : "solutions");
  }

  document.getElementById("run").addEventListener("click", run);
  document.getElementById("previous").addEventListener("click", () => turn(-1));
  document.getElementById("next").addEventListener("click", () => turn(1));
  editor.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      run();
    }
  });
  showExamples();
})();
