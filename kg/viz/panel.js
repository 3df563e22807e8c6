/* Digipol explorer, reading: the side panel (facts and evidence), the tooltip and the search box. */
(function () {
  "use strict";
  var Digipol = window.Digipol, ui = Digipol.ui, el = ui.el;
  var LIST_LIMIT = 60;

  function Panel(model, actions) {
    this.model = model;
    this.actions = actions;  // selectNode(id), selectEdge(id), focus(id, depth), expand(key)
    this.root = ui.byId("panel");
  }

  Panel.prototype.reset = function (children) {
    ui.clear(this.root);
    var root = this.root;
    children.forEach(function (child) { if (child) { root.appendChild(child); } });
    root.scrollTop = 0;
  };

  Panel.prototype.chip = function (type) {
    var styles = this.model.data.styles, style = styles.types[type] || styles.types.Cluster;
    return el("span", { className: "chip" }, [ui.swatch(style.shape, style.color), style.label]);
  };

  function facts(rows) {
    var list = el("dl", { className: "facts" });
    rows.forEach(function (row) {
      if (row[1] !== null && row[1] !== undefined && row[1] !== "") {
        list.appendChild(el("dt", { textContent: row[0] }));
        list.appendChild(el("dd", { textContent: String(row[1]), dir: "auto" }));
      }
    });
    return list;
  }

  Panel.prototype.showNode = function (node) {
    var model = this.model;
    var country = node.country && node.country !== node.id ? model.label(node.country) : "";
    var domains = (node.domains || []).filter(function (d) { return d !== node.id; }).map(model.label, model);
    this.reset([
      el("h2", { textContent: node.name, dir: "auto" }), this.chip(node.type),
      facts([["Also known as", (node.aliases || []).join(" · ")], ["Role", (node.roles || []).join(" · ")],
        ["Country", country], ["Date", ui.formatDate(node.date)], ["Domains", domains.join(", ")],
        ["Connections", node.degree], ["Centrality", Math.round((node.centrality || 0) * 100) + " / 100"]]),
      this.focusControls(node),
      node.evidence ? el("h3", { textContent: "Evidence" }) : null,
      node.evidence ? this.evidenceList(node.evidence) : null,
      el("h3", { textContent: "Relations and evidence (" + model.edgesOf.get(node.id).length + ")" }),
      this.relationList(model.edgesOf.get(node.id), node.id, true)
    ]);
  };

  Panel.prototype.focusControls = function (node) {
    var actions = this.actions, depth = el("select", { title: "Depth" });
    [1, 2, 3].forEach(function (n) {
      depth.appendChild(el("option", { value: String(n), textContent: n === 1 ? "1 step" : n + " steps" }));
    });
    depth.value = String(this.model.state.depth);
    var button = el("button", { type: "button", textContent: "Focus on neighbours" });
    button.addEventListener("click", function () { actions.focus(node.id, +depth.value); });
    return el("div", { className: "actions" }, [button, depth]);
  };

  /* One line per relation (a button opening it); with `quotes`, its first sentences under it. */
  Panel.prototype.relationList = function (edges, from, quotes) {
    var model = this.model, actions = this.actions, self = this, list = el("ul", { className: "relations" });
    edges.slice(0, LIST_LIMIT).forEach(function (edge) {
      var style = model.data.styles.relations[edge.relation] || model.data.styles.relations.aggregate;
      var text = edge.from === from || !edge.directed && from !== null
        ? style.label + " " + model.label(edge.from === from ? edge.to : edge.from)
        : model.label(edge.from) + " " + style.label + " " + model.label(edge.to);
      var button = el("button", { type: "button", textContent: text, dir: "auto" });
      button.addEventListener("click", function () { actions.selectEdge(edge.id); });
      var sources = edge.sources ? " — " + edge.sources + (edge.sources > 1 ? " articles" : " article") : "";
      var evidence = quotes ? (edge.evidence || []).filter(function (item) { return item.text; }).slice(0, 2) : [];
      list.appendChild(el("li", {}, [ui.swatch("line", style.color), el("div", {}, [button,
        el("span", { className: "muted", textContent: sources }), evidence.length ? self.evidenceList(evidence) : null])]));
    });
    if (edges.length > LIST_LIMIT) {
      var more = "… and " + (edges.length - LIST_LIMIT) + " more";
      list.appendChild(el("li", { className: "muted", textContent: more }));
    }
    return list;
  };

  Panel.prototype.showEdge = function (edge) {
    var model = this.model, style = model.data.styles.relations[edge.relation] || model.data.styles.relations.aggregate;
    var actions = this.actions;
    function end(id) {
      var button = el("button", { type: "button", textContent: model.label(id), dir: "auto" });
      button.addEventListener("click", function () { actions.selectNode(id); });
      return button;
    }
    var verb = edge.directed ? "→ " + style.label + " →" : "— " + style.label + " —";
    var when = (edge.dates || []).map(ui.formatDate).join(", ");
    var reported = edge.start && !when ? "reported " + ui.formatDate(edge.start) +
      (edge.end !== edge.start ? " – " + ui.formatDate(edge.end) : "") : "";
    this.reset([
      el("h2", {}, [end(edge.from), " ", el("span", { className: "muted", textContent: verb }), " ", end(edge.to)]),
      facts([["Relation", style.label], ["When", when || reported],
        ["Confidence", edge.confidence === null ? "" : edge.confidence.toFixed(2)],
        ["Sources", edge.sources + (edge.sources === 1 ? " article" : " articles")],
        ["Domains", (edge.domains || []).map(model.label, model).join(", ")]]),
      el("h3", { textContent: "Evidence (" + (edge.evidence || []).length + ")" }),
      this.evidenceList(edge.evidence || [])
    ]);
  };

  Panel.prototype.evidenceList = function (items) {
    var articles = this.model.articles, list = el("ul", { className: "evidence" });
    items.forEach(function (item) {
      var article = articles[item.article] || {};
      var url = ui.safeUrl(article.url), title = article.title || "(unknown article)";
      var link = url ? el("a", { href: url, target: "_blank", rel: "noopener noreferrer", textContent: title, dir: "auto" })
        : el("span", { textContent: title, dir: "auto" });
      // Arabic sentences read right to left, Latin ones left to right, each by its own first strong letter.
      var quote = el("blockquote", { textContent: item.text || "(no sentence recorded)", dir: "auto" });
      if (item.language) { quote.lang = item.language; }
      var meta = [ui.formatDate(item.date || article.date), article.source].filter(Boolean).join(" · ");
      var confidence = typeof item.confidence === "number" ? " · confidence " + item.confidence.toFixed(2) : "";
      list.appendChild(el("li", {}, [quote, el("div", { className: "meta" },
        [meta ? meta + " · " : "", link, confidence])]));
    });
    if (!items.length) { list.appendChild(el("li", { className: "muted", textContent: "No sentence recorded." })); }
    return list;
  };

  Panel.prototype.showGroup = function (cluster, members) {
    var actions = this.actions, button = el("button", { type: "button", textContent: "Expand this group" });
    button.addEventListener("click", function () { actions.expand(cluster.key); });
    this.reset([el("h2", { textContent: cluster.label, dir: "auto" }), this.chip(cluster.type),
      facts([["Entities shown", members]]), el("div", { className: "actions" }, [button]),
      el("p", { className: "muted", textContent: "Double-click a group to expand it." })]);
  };

  Panel.prototype.showLink = function (link) {
    var model = this.model;
    this.reset([el("h2", { textContent: model.label(link.from) + " — " + model.label(link.to), dir: "auto" }),
      facts([["Relations", link.edges.length]]),
      this.relationList(link.edges.map(function (id) { return model.edgeById.get(id); }), null)]);
  };

  Panel.prototype.hint = function () {
    this.reset([el("p", { className: "hint",
      textContent: "Click a node or a relation to read its facts and the sentences that support them." })]);
  };

  function Tooltip() { this.root = ui.byId("tooltip"); }

  Tooltip.prototype.show = function (lines, position) {
    ui.clear(this.root);
    var root = this.root;
    lines.forEach(function (line, index) {
      root.appendChild(el("div", { className: index ? "sub" : "", textContent: line }));
    });
    root.style.left = Math.round(position.x + 14) + "px";
    root.style.top = Math.round(position.y + 14) + "px";
    root.hidden = false;
  };

  Tooltip.prototype.hide = function () { this.root.hidden = true; };

  function SearchBox(model, onPick) {
    var input = ui.byId("search"), list = ui.byId("search-results"), found = [], active = 0;
    function render() {
      ui.clear(list);
      found.forEach(function (node, index) {
        var kind = (model.data.styles.types[node.type] || {}).label || "";
        var item = el("li", { role: "option", aria: { selected: String(index === active) } },
          [node.name, el("span", { className: "sub", textContent: kind })]);
        item.addEventListener("mousedown", function (event) { event.preventDefault(); pick(node); });
        list.appendChild(item);
      });
      list.hidden = !found.length;
      input.setAttribute("aria-expanded", String(!list.hidden));
    }
    function pick(node) { found = []; render(); input.value = node.name; onPick(node.id); }
    input.addEventListener("input", function () { found = model.search(input.value, 12); active = 0; render(); });
    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        active = (active + (event.key === "ArrowDown" ? 1 : found.length - 1)) % Math.max(found.length, 1);
        render();
        event.preventDefault();
      } else if (event.key === "Enter" && found.length) {
        pick(found[active]);
      } else if (event.key === "Escape") {
        found = []; render();
      }
    });
    input.addEventListener("blur", function () { found = []; render(); });
  }

  Digipol.Panel = Panel;
  Digipol.Tooltip = Tooltip;
  Digipol.SearchBox = SearchBox;
})();
