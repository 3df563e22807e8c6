/* Digipol explorer, main: loads the data, draws it with vis-network and keeps the drawing in step
   with the model. Positions come with the data, so physics stays off and the first frame is final. */
(function () {
  "use strict";
  var Digipol = window.Digipol, ui = Digipol.ui, el = ui.el;
  var ZOOM_TO = 1.5;  // a searched node is shown at least this large, so that its neighbours can be read
  var FADED = 0.12, EDGE_OPACITY = 0.75, INK = "#1f2328", EDGE_INK = "#57606a", FADED_INK = "rgba(31,35,40,0.22)";

  function loadData() {
    var blob = ui.byId("kg-data").textContent.trim();
    if (blob && blob !== "null") { return Promise.resolve(JSON.parse(blob)); }
    var meta = document.querySelector('meta[name="kg-data-url"]');
    var url = meta ? meta.getAttribute("content") : "";
    if (!url) { return Promise.reject(new Error("This page holds no graph and names no data URL.")); }
    return fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) {
        if (!response.ok) { throw new Error("Could not load the graph: HTTP " + response.status); }
        return response.json();
      });
  }

  function Explorer(data) {
    this.model = new Digipol.Model(data);
    this.nodes = new vis.DataSet();
    this.edges = new vis.DataSet();
    this.applied = new Map();
    this.links = new Set();
    this.texts = new Map();  // drawn id -> label, drawn by Digipol.Labels rather than vis-network
    this.rank = new Map();
    this.filters = new Digipol.ui.Filters(this.model, this.refit.bind(this));
    this.panel = new Digipol.Panel(this.model, {
      selectNode: this.reveal.bind(this), selectEdge: this.showEdge.bind(this),
      focus: this.focus.bind(this), expand: this.expand.bind(this)
    });
    this.tooltip = new Digipol.Tooltip();
    this.seed();
    this.network = new vis.Network(ui.byId("graph"), { nodes: this.nodes, edges: this.edges }, data.options || {});
    this.labels = new Digipol.Labels(this.network, this.texts, this.rank);
    this.network.fit({ animation: false });
    this.wire();
    Digipol.SearchBox(this.model, this.reveal.bind(this));
    if (data.focus && this.model.nodeById.has(data.focus)) {
      this.network.selectNodes([data.focus]);
      this.panel.showNode(this.model.nodeById.get(data.focus));
    }
  }

  /* Every entity, group and relation enters the data sets once; filters then flip `hidden`. */
  Explorer.prototype.seed = function () {
    var view = this.model.view(), self = this;
    this.nodes.add(this.model.nodes.map(function (node) {
      return self.nodeItem(node, view.nodes.has(node.id) ? (view.nodes.get(node.id) ? "on" : "faded") : "hidden");
    }).concat((this.model.data.clusters || []).map(function (cluster) {
      return self.groupItem(cluster, view.groups.get(cluster.id));
    })));
    this.edges.add(this.model.edges.map(function (edge) {
      return self.edgeItem(edge, view.edges.has(edge.id) ? (view.edges.get(edge.id) ? "on" : "faded") : "hidden");
    }));
    this.syncLinks(view);
    this.report(view);
  };

  Explorer.prototype.nodeItem = function (node, mode) {
    this.texts.set(node.id, node.label);
    this.rank.set(node.id, node.id === this.model.data.focus ? 2 : node.centrality || 0);
    return Object.assign({ id: node.id, shape: node.shape, color: node.color, size: node.size,
      x: node.x, y: node.y }, this.nodeLook(node.id, mode, null));
  };

  /* Only what a filter or a focus changes: vis-network re-reads whatever an update carries. */
  Explorer.prototype.nodeLook = function (id, mode, before) {
    this.applied.set(id, mode);
    var look = { id: id, hidden: mode === "hidden" };
    var faded = mode === "faded", wasFaded = before === "faded";
    if (before === null || faded !== wasFaded) {
      look.opacity = faded ? FADED : 1;
      look.font = { color: faded ? FADED_INK : INK };
    }
    return look;
  };

  Explorer.prototype.groupItem = function (cluster, group) {
    var style = this.model.data.styles.types[cluster.type] || this.model.data.styles.types.Cluster;
    var mode = !group ? "hidden" : group.lit ? "on" : "faded";
    this.applied.set(cluster.id, mode + ":" + (group ? group.members : 0));
    this.texts.set(cluster.id, cluster.label + " · " + (group ? group.members : cluster.members));
    this.rank.set(cluster.id, 1 + cluster.size / 1000);
    return { id: cluster.id,
      shape: style.shape, color: style.color, size: cluster.size, x: cluster.x, y: cluster.y,
      hidden: mode === "hidden", opacity: mode === "faded" ? FADED : 1, borderWidth: 3,
      font: { size: Math.max(18, Math.round(cluster.size * 0.45)), color: mode === "faded" ? FADED_INK : INK } };
  };

  Explorer.prototype.edgeItem = function (edge, mode) {
    this.texts.set(edge.id, edge.label);
    return Object.assign({ from: edge.from, to: edge.to, arrows: edge.arrows },
      this.edgeLook(edge, mode, null));
  };

  Explorer.prototype.edgeLook = function (edge, mode, before) {
    this.applied.set(edge.id, mode);
    var look = { id: edge.id, hidden: mode === "hidden" };
    if (before === null || (mode === "faded") !== (before === "faded")) {
      look.color = Object.assign({}, edge.color, { opacity: mode === "faded" ? FADED / 2 : EDGE_OPACITY });
    }
    return look;
  };

  /* Bring the drawing in step with the model, touching only what changed. */
  Explorer.prototype.apply = function () {
    var view = this.model.view(), self = this, nodeUpdates = [], edgeUpdates = [], groupUpdates = [];
    this.model.nodes.forEach(function (node) {
      var mode = view.nodes.has(node.id) ? (view.nodes.get(node.id) ? "on" : "faded") : "hidden";
      var before = self.applied.get(node.id);
      if (before !== mode) { nodeUpdates.push(self.nodeLook(node.id, mode, before)); }
    });
    (this.model.data.clusters || []).forEach(function (cluster) {
      var group = view.groups.get(cluster.id);
      var mode = (!group ? "hidden" : group.lit ? "on" : "faded") + ":" + (group ? group.members : 0);
      if (self.applied.get(cluster.id) !== mode) { groupUpdates.push(self.groupItem(cluster, group)); }
    });
    this.model.edges.forEach(function (edge) {
      var mode = view.edges.has(edge.id) ? (view.edges.get(edge.id) ? "on" : "faded") : "hidden";
      var before = self.applied.get(edge.id);
      if (before !== mode) { edgeUpdates.push(self.edgeLook(edge, mode, before)); }
    });
    this.restyle(nodeUpdates, edgeUpdates);
    if (groupUpdates.length) { this.nodes.update(groupUpdates); }  // few, and their labels change
    this.syncLinks(view);
    this.report(view);
    return view;
  };

  /* vis-network re-reads a whole item on each data-set update and recounts every edge after it,
     which takes seconds for thousands of items; when its drawing state is at hand (9.x), flip the
     drawn flags there and recount once. The data sets stay the source for everything else. */
  Explorer.prototype.restyle = function (nodeLooks, edgeLooks) {
    var network = this.network, body = network.body;
    var direct = body && body.nodes && body.edges && typeof network._updateVisibleIndices === "function";
    if (!direct) {
      if (nodeLooks.length) { this.nodes.update(nodeLooks); }
      if (edgeLooks.length) { this.edges.update(edgeLooks); }
      return;
    }
    function ink(item, color) {
      if (item.labelModule && item.labelModule.fontOptions) {
        item.labelModule.fontOptions.color = color;
        item.labelModule.labelDirty = true;  // its text blocks cache their colour
      }
    }
    nodeLooks.forEach(function (look) {
      var node = body.nodes[look.id];
      node.options.hidden = look.hidden;
      if (look.opacity !== undefined) { node.options.opacity = look.opacity; ink(node, look.font.color); }
    });
    edgeLooks.forEach(function (look) {
      var edge = body.edges[look.id];
      edge.options.hidden = look.hidden;
      if (look.color) {
        edge.options.color.opacity = look.color.opacity;
        ink(edge, look.color.opacity < EDGE_OPACITY ? FADED_INK : EDGE_INK);
      }
    });
    network._updateVisibleIndices();
    body.emitter.emit("_requestRedraw");
  };

  /* Links between groups of the summary view: one edge per pair, as wide as it is busy. */
  Explorer.prototype.syncLinks = function (view) {
    var wanted = new Set(), items = [], lit = view.lit, texts = this.texts;
    view.links.forEach(function (link, key) {
      var id = "link:" + key;
      var on = !lit || (view.groups.get(link.from) || {}).lit || (view.groups.get(link.to) || {}).lit;
      wanted.add(id);
      texts.set(id, String(link.edges.length));
      items.push({ id: id, from: link.from, to: link.to, arrows: "",
        width: Math.min(12, 1 + Math.log2(link.edges.length)),
        color: { color: "#8c959f", opacity: on ? 0.6 : FADED / 2 } });
    });
    var stale = Array.from(this.links).filter(function (id) { return !wanted.has(id); });
    if (stale.length) { this.edges.remove(stale); }
    if (items.length) { this.edges.update(items); }
    this.links = wanted;
    this.view = view;
  };

  /* Apply a change of filters or focus, then fit the view to what it leaves lit. */
  Explorer.prototype.refit = function () {
    var view = this.apply(), ids = [];
    view.nodes.forEach(function (on, id) { if (on) { ids.push(id); } });
    view.groups.forEach(function (group, id) { if (group.lit) { ids.push(id); } });
    if (ids.length) { this.network.fit({ nodes: ids, animation: { duration: 300, easingFunction: "easeInOutQuad" } }); }
    return view;
  };

  Explorer.prototype.report = function (view) {
    var model = this.model, state = model.state, banner = ui.byId("banner");
    var text = "Showing " + view.shown.nodes.size + " of " + model.nodes.length + " entities · " +
      view.shown.edges.size + " of " + model.edges.length + " facts";
    if (view.groups.size) { text += " · " + view.groups.size + " groups"; }
    ui.byId("counts").textContent = text;
    // kg stats counts both: statements (one per sentence that states a fact) and distinct facts.
    ui.byId("counts").title = "A fact is one relation between two entities, however many sentences and " +
      "articles state it; kg stats reports both the facts and the statements behind them.";
    ui.clear(banner);
    var parts = [];
    if (state.focus && view.lit) {
      var steps = state.depth + (state.depth > 1 ? " steps" : " step");
      parts.push(el("span", { textContent: "Focus: " + model.label(state.focus) + ", " + steps }),
        this.button("Clear focus", this.focus.bind(this, null, state.depth)));
    }
    if (model.data.article) { parts.push(this.articleNote(model.articles[model.data.article] || {})); }
    if (model.data.more) {
      parts.push(state.showMore ? this.button("Show the first " + (model.nodes.length - model.data.more) + " only",
        this.setMore.bind(this, false)) : this.button("+" + model.data.more + " more: show", this.setMore.bind(this, true)));
      parts[parts.length - 1].id = "more";
    }
    if (state.summary) {
      parts.push(el("span", {
        textContent: "Large graph: entities are grouped by country. Double-click a group to open it." }),
        this.button("Show all entities", this.setSummary.bind(this, false)));
      if (state.expanded.size) { parts.push(this.button("Close open groups", this.setSummary.bind(this, true))); }
    } else if (model.data.summary) {
      parts.push(this.button("Group by country", this.setSummary.bind(this, true)));
    }
    parts.forEach(function (part) { banner.appendChild(part); });
    banner.hidden = !parts.length;
  };

  /* Which article the page draws, and a link to read it. */
  Explorer.prototype.articleNote = function (article) {
    var url = article.url ? ui.safeUrl(article.url) : null;
    var title = article.title || "an article";
    var link = url ? el("a", { href: url, target: "_blank", rel: "noopener noreferrer", textContent: title })
      : el("strong", { textContent: title });
    return el("span", { className: "article-note" }, ["Relations stated in ", link,
      article.source ? " (" + article.source + ", " + ui.formatDate(article.date) + ")" : ""]);
  };

  Explorer.prototype.button = function (text, action) {
    var button = el("button", { type: "button", textContent: text });
    button.addEventListener("click", action);
    return button;
  };

  Explorer.prototype.wire = function () {
    var network = this.network, self = this;
    network.on("click", function (params) { self.clicked(params); });
    network.on("doubleClick", function (params) {
      var id = params.nodes[0];
      if (id && self.model.clusterById.has(id)) { self.expand(self.model.clusterById.get(id).key); }
    });
    network.on("hoverNode", function (params) { self.hover(params.node, params.pointer.DOM); });
    network.on("hoverEdge", function (params) { self.hover(params.edge, params.pointer.DOM); });
    network.on("blurNode", function () { self.tooltip.hide(); });
    network.on("blurEdge", function () { self.tooltip.hide(); });
    network.on("dragStart", function () { self.tooltip.hide(); });
    network.on("afterDrawing", function (ctx) { self.labels.draw(ctx); });
    ui.byId("fit").addEventListener("click", function () { network.fit({ animation: { duration: 400 } }); });
    ui.byId("reset").addEventListener("click", function () { self.model.reset(); self.filters.sync(); self.refit(); });
  };

  Explorer.prototype.clicked = function (params) {
    var model = this.model, node = params.nodes[0], edge = params.edges[0];
    if (node && model.clusterById.has(node)) {
      var group = this.view.groups.get(node);
      this.panel.showGroup(model.clusterById.get(node), group ? group.members : 0);
    } else if (node) {
      this.panel.showNode(model.nodeById.get(node));
    } else if (edge && model.edgeById.has(edge)) {
      this.panel.showEdge(model.edgeById.get(edge));
    } else if (edge && String(edge).indexOf("link:") === 0) {
      this.panel.showLink(this.view.links.get(String(edge).slice(5)));
    } else {
      this.panel.hint();
    }
  };

  Explorer.prototype.hover = function (id, pointer) {
    var model = this.model, styles = model.data.styles, lines;
    if (model.nodeById.has(id)) {
      var node = model.nodeById.get(id);
      lines = [node.name, [(styles.types[node.type] || {}).label, node.country && node.country !== id ?
        model.label(node.country) : ""].filter(Boolean).join(" · ")].concat((node.roles || []).slice(0, 1));
    } else if (model.edgeById.has(id)) {
      var edge = model.edgeById.get(id), style = styles.relations[edge.relation] || styles.relations.aggregate;
      lines = [model.label(edge.from) + " " + style.label + " " + model.label(edge.to),
        [ui.formatDate((edge.dates || [])[0] || edge.start),
          edge.sources + (edge.sources === 1 ? " article" : " articles")].filter(Boolean).join(" · ")];
    } else if (model.clusterById.has(id)) {
      lines = [model.clusterById.get(id).label, "Group · double-click to open"];
    } else {
      return;
    }
    this.tooltip.show(lines, pointer);
  };

  Explorer.prototype.showEdge = function (id) {
    var edge = this.model.edgeById.get(id);
    if (!edge) { return; }
    if (this.applied.get(id) === "hidden") { this.expandFor(edge.from); this.expandFor(edge.to); this.apply(); }
    this.network.selectEdges([id]);
    this.panel.showEdge(edge);
  };

  /* Show an entity whatever the filters, select it, bring it to the middle and open its panel. */
  Explorer.prototype.reveal = function (id) {
    var model = this.model, node = model.nodeById.get(id);
    if (!node) { return; }
    if (node.extra) { model.state.showMore = true; }
    if (!model.filtered().nodes.has(id)) { model.reset(); this.filters.sync(); }
    this.expandFor(id);
    this.apply();
    this.network.selectNodes([id]);
    this.network.focus(id, { scale: Math.max(this.network.getScale(), ZOOM_TO), animation: { duration: 450 } });
    this.panel.showNode(node);
  };

  Explorer.prototype.expandFor = function (id) {
    var node = this.model.nodeById.get(id);
    if (node && this.model.state.summary) { this.model.state.expanded.add(node.cluster); }
  };

  Explorer.prototype.expand = function (key) {
    this.model.state.expanded.add(key);
    this.apply();
  };

  Explorer.prototype.setSummary = function (on) {
    this.model.state.summary = on;
    this.model.state.expanded.clear();
    this.refit();
  };

  Explorer.prototype.setMore = function (on) {
    this.model.state.showMore = on;
    this.refit();
  };

  Explorer.prototype.focus = function (id, depth) {
    this.model.state.focus = id;
    this.model.state.depth = depth || 1;
    if (id) { this.expandFor(id); }
    this.refit();
  };

  /* Apply a change and wait until it is drawn: milliseconds, 60 Hz frames that fit in them, and the
     animation-frame callbacks actually seen (a long frame counts once there). */
  Explorer.prototype.measure = function (change) {
    var network = this.network, self = this, frames = 0, start = performance.now(), drawn = false;
    return new Promise(function (resolve) {
      network.once("afterDrawing", function () { drawn = true; });
      change(self);
      function tick() {
        frames += 1;
        var ms = performance.now() - start;
        if (drawn || frames > 600) {
          resolve({ ms: ms, frames: Math.ceil(ms / (1000 / 60)), ticks: frames });
        } else {
          requestAnimationFrame(tick);
        }
      }
      requestAnimationFrame(tick);
    });
  };

  function api(explorer) {
    return {
      explorer: explorer, model: explorer.model, network: explorer.network,
      drawnNodeIds: function () { return explorer.network.body.nodeIndices.slice(); },
      drawnEdgeIds: function () { return explorer.network.body.edgeIndices.slice(); },
      labelBoxes: function () { return explorer.labels.boxes.slice(); },
      opacity: function (id) { return explorer.network.body.nodes[id].options.opacity; },
      setState: function (changes) {
        Object.keys(changes).forEach(function (key) {
          var value = changes[key];
          explorer.model.state[key] = Array.isArray(value) ? new Set(value) : value;
        });
        explorer.filters.sync();
        return explorer.apply();
      },
      reveal: explorer.reveal.bind(explorer), showEdge: explorer.showEdge.bind(explorer),
      measure: explorer.measure.bind(explorer)
    };
  }

  function start() {
    window.kgExplorerReady = loadData().then(function (data) {
      var explorer = new Explorer(data);
      window.kgExplorer = api(explorer);
      return new Promise(function (resolve) {
        explorer.network.once("afterDrawing", function () { resolve(performance.now()); });
        explorer.network.redraw();
      });
    }).catch(function (error) {
      ui.byId("counts").textContent = String(error && error.message ? error.message : error);
      throw error;
    });
  }

  start();
})();
