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
  const SPACING = 170;
  const LABEL_LENGTH = 36;  // wanted distance between linked nodes, in drawing units
  const STEPS = 150;
  const GRAVITY = 1;
  const LIMIT = 1e5;  // no coordinate ever leaves ±LIMIT
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
      button.dir = "auto";
      button.addEventListener("click", () => expand(row.entity.value));
      const type = document.createElement("span");
      type.className = "kind";
      type.textContent = kind(row.type && row.type.value);
      item.append(button, type);
      list.append(item);
    }
  }

  // New nodes start on a ring around the node that brought them (golden-angle steps, no randomness).
  function addNode(iri, label, type, near) {
    if (!nodes.has(iri)) {
      const angle = nodes.size * 2.39996;
      const [x, y] = near ? [near.x, near.y] : [0, 0];
      const ring = near ? SPACING : 0;
      nodes.set(iri, { iri, label: label || iri, type, x: x + ring * Math.cos(angle), y: y + ring * Math.sin(angle) });
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
        kind(row.otherType.value), centre);
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

  // Fruchterman-Reingold with a cooling temperature: no node moves further than the temperature in
  // one step, so the layout settles and cannot run away, whatever the degrees.
  function layout() {
    const list = [...nodes.values()];
    const links = [...edges.values()];
    for (let step = 0; step < STEPS; step++) {
      const temperature = SPACING * (1 - step / STEPS) + 1;
      const moves = list.map(() => [0, 0]);
      const index = new Map(list.map((node, i) => [node, i]));
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          const [ux, uy, distance] = direction(list[i], list[j]);
          const push = (SPACING * SPACING) / distance;
          moves[i][0] += ux * push; moves[i][1] += uy * push;
          moves[j][0] -= ux * push; moves[j][1] -= uy * push;
        }
      }
      for (const edge of links) {
        const [ux, uy, distance] = direction(edge.from, edge.to);
        const pull = (distance * distance) / SPACING;
        const a = moves[index.get(edge.from)], b = moves[index.get(edge.to)];
        a[0] -= ux * pull; a[1] -= uy * pull;
        b[0] += ux * pull; b[1] += uy * pull;
      }
      const cx = list.reduce((sum, node) => sum + node.x, 0) / list.length;
      const cy = list.reduce((sum, node) => sum + node.y, 0) / list.length;
      list.forEach((node, i) => {
        // a light pull to the middle keeps parts that share no edge from drifting apart
        moves[i][0] -= (node.x - cx) * GRAVITY; moves[i][1] -= (node.y - cy) * GRAVITY;
        move(node, moves[i], temperature);
      });
    }
  }

  // Unit vector from b to a and their distance (never 0: coincident nodes part along a fixed axis).
  function direction(a, b) {
    const dx = a.x - b.x, dy = a.y - b.y, distance = Math.hypot(dx, dy);
    return distance < 0.01 ? [1, 0, 0.01] : [dx / distance, dy / distance, distance];
  }

  function move(node, [mx, my], temperature) {
    const length = Math.hypot(mx, my);
    if (!Number.isFinite(length) || length === 0) return;
    const step = Math.min(length, temperature) / length;
    node.x = clamp(node.x + mx * step);
    node.y = clamp(node.y + my * step);
  }

  function clamp(value) {
    return Math.max(-LIMIT, Math.min(LIMIT, value));
  }

  // Long names (events list their participants) are cut on the drawing; the tooltip keeps them whole.
  function short(label) {
    return label.length > LABEL_LENGTH ? `${label.slice(0, LABEL_LENGTH - 1).trimEnd()}…` : label;
  }

  function shape(tag, attributes, text) {
    const node = document.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    if (text) node.textContent = text;
    return node;
  }

  // The view box fits the drawing; sizes grow with it so that labels stay readable when it is large.
  function draw() {
    const list = [...nodes.values()];
    const xs = list.map((n) => n.x), ys = list.map((n) => n.y);
    const pad = 80;
    const left = Math.min(...xs) - pad, top = Math.min(...ys) - pad;
    const right = Math.max(...list.map((n) => n.x + 20 + short(n.label).length * 7.5));  // room for labels
    const width = right - left, height = Math.max(...ys) - top + pad;
    svg.setAttribute("viewBox", `${left} ${top} ${width} ${height}`);
    const box = svg.getBoundingClientRect();
    const unit = Math.max(1, width / Math.max(box.width, 1), height / Math.max(box.height, 1));
    svg.replaceChildren();
    const texts = [];
    for (const edge of edges.values()) {
      const line = shape("line", { x1: edge.from.x, y1: edge.from.y, x2: edge.to.x, y2: edge.to.y, "stroke-width": unit });
      line.append(shape("title", {}, edge.relation));
      svg.append(line);
    }
    for (const node of list) {
      const circle = shape("circle", { cx: node.x, cy: node.y, r: 9 * unit, fill: COLOURS[node.type] || "#888" });
      circle.append(shape("title", {}, `${node.label} (${node.type})`));
      circle.addEventListener("click", () => expand(node.iri));
      const label = shape("text", { x: node.x + 12 * unit, y: node.y + 4 * unit }, short(node.label));
      label.style.fontSize = `${12 * unit}px`;  // in view-box units, above the page's fixed size
      svg.append(circle, label);
      texts.push([node, label]);
    }
    declutter(texts);
    legend(list);
  }

  // What each colour stands for, for the kinds of node on the drawing.
  function legend(list) {
    const kinds = [...new Set(list.map((node) => node.type || "entity"))].sort();
    const items = kinds.map((type) => {
      const item = document.createElement("li");
      const dot = document.createElement("span");
      dot.textContent = "●";
      dot.style.color = COLOURS[type] || "#888";
      dot.style.marginRight = "0.4rem";
      item.append(dot, type.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase());
      item.style.listStyle = "none";
      return item;
    });
    document.getElementById("legend").replaceChildren(...items);
  }

  // The best-connected nodes keep their labels; a label that would cover one already kept is hidden
  // (the node's tooltip still names it).
  function declutter(texts) {
    const degree = new Map();
    for (const edge of edges.values()) {
      for (const end of [edge.from, edge.to]) degree.set(end, (degree.get(end) || 0) + 1);
    }
    texts.sort((a, b) => (degree.get(b[0]) || 0) - (degree.get(a[0]) || 0));
    const kept = [];
    for (const [, label] of texts) {
      const box = label.getBBox();
      const clash = kept.some((other) => box.x < other.x + other.width && other.x < box.x + box.width
        && box.y < other.y + other.height && other.y < box.y + box.height);
      if (clash) label.remove();
      else kept.push(box);
    }
  }

  let pending;
  document.getElementById("search").addEventListener("input", (event) => {
    clearTimeout(pending);
    pending = setTimeout(() => search(event.target.value.trim()), 250);
  });
  search("").then(() => (page.focus ? expand(page.focus) : undefined));
})();
