// The neighbours page: find entities and expand their neighbours, each step one SPARQL query.
"use strict";

(function () {
  const page = JSON.parse(document.getElementById("page-data").textContent);
  const svg = document.getElementById("canvas");
  const SVG = "http://www.w3.org/2000/svg";
  const COLOURS = {
    Person: "#d1495b", Country: "#00798c", GovernmentBody: "#edae49", Organization: "#66a182",
    Place: "#8d6a9f", Policy: "#2e4057", Agreement: "#c2714f", PolicyDomain: "#4f6d7a",
  };
  const nodes = new Map();
  const edges = new Map();

  async function select(query) {
    const response = await fetch(page.endpoint, {
      method: "POST",
      headers: { "Content-Type": "application/sparql-query", Accept: "application/sparql-results+json" },
      body: query,
    });
    if (!response.ok) throw new Error(`${response.status}: ${(await response.json()).message}`);
    return (await response.json()).results.bindings;
  }

  function literal(text) {
    return JSON.stringify(text);
  }

  function kind(iri) {
    return iri ? iri.split("#").pop() : "";
  }

  async function search(text) {
    const filter = text ? `FILTER(CONTAINS(LCASE(STR(?label)), LCASE(${literal(text)})))` : "";
    const rows = await select(`SELECT ?entity (SAMPLE(?l) AS ?label) (SAMPLE(?t) AS ?type) WHERE {
      ?entity a ?t ; rdfs:label ?label . BIND(?label AS ?l)
      FILTER(STRSTARTS(STR(?t), STR(dp:)) && STRSTARTS(STR(?entity), ${literal(page.base)})) ${filter}
    } GROUP BY ?entity ORDER BY ?label LIMIT 200`);
    const list = document.getElementById("entities");
    list.replaceChildren();
    for (const row of rows) {
      const item = document.createElement("li");
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = row.label.value;
      button.addEventListener("click", () => expand(row.entity.value));
      const type = document.createElement("span");
      type.className = "kind";
      type.textContent = kind(row.type && row.type.value);
      item.append(button, type);
      list.append(item);
    }
  }

  function addNode(iri, label, type) {
    if (!nodes.has(iri)) {
      const angle = Math.random() * 2 * Math.PI;
      nodes.set(iri, { iri, label: label || iri, type, x: 400 + 150 * Math.cos(angle), y: 300 + 150 * Math.sin(angle) });
    }
    return nodes.get(iri);
  }

  async function expand(iri) {
    const target = `<${iri}>`;
    const rows = await select(`SELECT ?relation ?other ?otherLabel ?otherType ?outgoing ?label ?type WHERE {
      OPTIONAL { ${target} rdfs:label ?label } OPTIONAL { ${target} a ?type FILTER(STRSTARTS(STR(?type), STR(dp:))) }
      { ${target} ?relation ?other BIND(true AS ?outgoing) } UNION { ?other ?relation ${target} BIND(false AS ?outgoing) }
      FILTER(STRSTARTS(STR(?relation), STR(dp:)))
      ?other a ?otherType FILTER(STRSTARTS(STR(?otherType), STR(dp:)) && ?otherType != dp:Article)
      OPTIONAL { ?other rdfs:label ?otherLabel }
    } LIMIT 500`);
    const centre = addNode(iri, rows.length && rows[0].label ? rows[0].label.value : iri.split("/").pop(),
      rows.length && rows[0].type ? kind(rows[0].type.value) : "");
    for (const row of rows) {
      const other = addNode(row.other.value, row.otherLabel ? row.otherLabel.value : row.other.value.split("/").pop(),
        kind(row.otherType.value));
      const [from, to] = row.outgoing.value === "true" ? [centre, other] : [other, centre];
      edges.set(`${from.iri} ${row.relation.value} ${to.iri}`, { from, to, relation: kind(row.relation.value) });
    }
    showDetails(centre, rows.length);
    layout();
    draw();
  }

  function showDetails(node, count) {
    const details = document.getElementById("details");
    details.textContent = `${node.label} (${node.type || "entity"}): ${count} relation${count === 1 ? "" : "s"}. Click a node to expand it.`;
  }

  function layout() {
    const list = [...nodes.values()];
    for (let step = 0; step < 200; step++) {
      for (const a of list) {
        for (const b of list) {
          if (a === b) continue;
          const dx = a.x - b.x, dy = a.y - b.y;
          const distance = Math.max(Math.hypot(dx, dy), 1);
          const push = 800 / (distance * distance);
          a.x += (dx / distance) * push;
          a.y += (dy / distance) * push;
        }
      }
      for (const edge of edges.values()) {
        const dx = edge.to.x - edge.from.x, dy = edge.to.y - edge.from.y;
        const pull = (Math.hypot(dx, dy) - 120) * 0.01;
        edge.from.x += dx * pull; edge.from.y += dy * pull;
        edge.to.x -= dx * pull; edge.to.y -= dy * pull;
      }
    }
  }

  function shape(tag, attributes, text) {
    const node = document.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    if (text) node.textContent = text;
    return node;
  }

  function draw() {
    const list = [...nodes.values()];
    const xs = list.map((n) => n.x), ys = list.map((n) => n.y);
    const pad = 60;
    svg.setAttribute("viewBox", `${Math.min(...xs) - pad} ${Math.min(...ys) - pad} ${Math.max(...xs) - Math.min(...xs) + 2 * pad} ${Math.max(...ys) - Math.min(...ys) + 2 * pad}`);
    svg.replaceChildren();
    for (const edge of edges.values()) {
      const line = shape("line", { x1: edge.from.x, y1: edge.from.y, x2: edge.to.x, y2: edge.to.y });
      line.append(shape("title", {}, edge.relation));
      svg.append(line);
    }
    for (const node of list) {
      const circle = shape("circle", { cx: node.x, cy: node.y, r: 9, fill: COLOURS[node.type] || "#888" });
      circle.append(shape("title", {}, `${node.label} (${node.type})`));
      circle.addEventListener("click", () => expand(node.iri));
      svg.append(circle, shape("text", { x: node.x + 12, y: node.y + 4 }, node.label));
    }
  }

  let pending;
  document.getElementById("search").addEventListener("input", (event) => {
    clearTimeout(pending);
    pending = setTimeout(() => search(event.target.value.trim()), 250);
  });
  search("").then(() => (page.focus ? expand(page.focus) : undefined));
})();
