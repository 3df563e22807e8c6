/* Digipol explorer, model: indices over the data, filters, focus and the summary view. No DOM. */
var Digipol = window.Digipol || {};
window.Digipol = Digipol;

(function () {
  "use strict";

  function fold(text) {
    return String(text || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function monthsBetween(first, last) {
    var months = [];
    var year = +first.slice(0, 4), month = +first.slice(5, 7);
    var endYear = +last.slice(0, 4), endMonth = +last.slice(5, 7);
    while (year < endYear || (year === endYear && month <= endMonth)) {
      months.push(year + "-" + (month < 10 ? "0" : "") + month);
      month += 1;
      if (month > 12) { month = 1; year += 1; }
    }
    return months;
  }

  function Model(data) {
    this.data = data;
    this.nodes = data.nodes;
    this.edges = data.edges;
    this.articles = data.articles || {};
    this.nodeById = new Map();
    this.edgeById = new Map();
    this.edgesOf = new Map();
    this.clusterById = new Map();
    this.clusterSize = new Map();
    var self = this;
    this.nodes.forEach(function (node) {
      self.nodeById.set(node.id, node);
      self.edgesOf.set(node.id, []);
      node.search = [fold(node.name)].concat((node.aliases || []).map(fold));
      self.clusterSize.set(node.cluster, (self.clusterSize.get(node.cluster) || 0) + 1);
    });
    this.edges.forEach(function (edge) {
      self.edgeById.set(edge.id, edge);
      self.edgesOf.get(edge.from).push(edge);
      self.edgesOf.get(edge.to).push(edge);
    });
    (data.clusters || []).forEach(function (cluster) { self.clusterById.set(cluster.id, cluster); });
    this.months = this.timeline();
    this.state = this.initialState();
  }

  Model.prototype.timeline = function () {
    var first = null, last = null;
    this.edges.forEach(function (edge) {
      if (edge.start && (!first || edge.start < first)) { first = edge.start; }
      if (edge.end && (!last || edge.end > last)) { last = edge.end; }
    });
    return first ? monthsBetween(first, last) : [];
  };

  Model.prototype.initialState = function () {
    return {
      types: new Set(this.nodes.map(function (node) { return node.type; })),
      relations: new Set(this.edges.map(function (edge) { return edge.relation; })),
      country: "", domain: "", minConfidence: 0,
      from: 0, to: Math.max(0, this.months.length - 1), undated: true,
      focus: null, depth: 1, showMore: false,
      summary: !!this.data.summary, expanded: new Set()
    };
  };

  Model.prototype.reset = function () {
    var keep = this.state;
    this.state = this.initialState();
    this.state.summary = keep.summary;
    this.state.expanded = keep.expanded;
    this.state.showMore = keep.showMore;
  };

  Model.prototype.count = function (items, key) {
    var counts = new Map();
    items.forEach(function (item) { counts.set(item[key], (counts.get(item[key]) || 0) + 1); });
    return counts;
  };

  /* Are any filters narrowing the relations? Then nodes left without one are hidden too. */
  Model.prototype.narrowsEdges = function () {
    var s = this.state;
    var allRelations = s.relations.size === this.count(this.edges, "relation").size;
    var allTime = s.from === 0 && s.to === Math.max(0, this.months.length - 1) && s.undated;
    return !allRelations || !allTime || s.minConfidence > 0 || !!s.country || !!s.domain;
  };

  Model.prototype.edgePasses = function (edge) {
    var s = this.state;
    if (!s.relations.has(edge.relation)) { return false; }
    if (s.minConfidence > 0 && (edge.confidence === null || edge.confidence < s.minConfidence)) { return false; }
    if (!edge.start) {
      if (!s.undated) { return false; }
    } else if (this.months.length) {
      var from = this.months[s.from] + "-01", to = this.months[s.to] + "-31";
      if (edge.start > to || edge.end < from) { return false; }
    }
    if (s.country) {
      var a = this.nodeById.get(edge.from), b = this.nodeById.get(edge.to);
      if (a.country !== s.country && b.country !== s.country) { return false; }
    }
    if (s.domain && (edge.domains || []).indexOf(s.domain) < 0) { return false; }
    return true;
  };

  /* The entities and relations that pass the filters, before focus and summary. */
  Model.prototype.filtered = function () {
    var s = this.state, self = this;
    var edges = new Set(), touched = new Set(), nodes = new Set();
    function kept(node) { return s.types.has(node.type) && (s.showMore || !node.extra); }
    this.edges.forEach(function (edge) {
      var a = self.nodeById.get(edge.from), b = self.nodeById.get(edge.to);
      if (kept(a) && kept(b) && self.edgePasses(edge)) {
        edges.add(edge.id);
        touched.add(a.id);
        touched.add(b.id);
      }
    });
    var narrow = this.narrowsEdges();
    this.nodes.forEach(function (node) {
      var wanted = narrow ? touched.has(node.id) || node.id === s.country || node.id === s.domain : true;
      if (kept(node) && wanted) { nodes.add(node.id); }
    });
    return { nodes: nodes, edges: edges };
  };

  /* Nodes within `depth` steps of the focused node, over the relations shown. */
  Model.prototype.neighbourhood = function (shown) {
    var s = this.state;
    if (!s.focus || !shown.nodes.has(s.focus)) { return null; }
    var reached = new Set([s.focus]), frontier = [s.focus], self = this;
    for (var step = 0; step < s.depth; step += 1) {
      var next = [];
      frontier.forEach(function (id) {
        self.edgesOf.get(id).forEach(function (edge) {
          var other = edge.from === id ? edge.to : edge.from;
          if (shown.edges.has(edge.id) && !reached.has(other)) { reached.add(other); next.push(other); }
        });
      });
      frontier = next;
    }
    return reached;
  };

  /* Which drawn node stands for an entity: itself, or its group in the summary view. */
  Model.prototype.standIn = function (node) {
    var s = this.state;
    if (!s.summary || s.expanded.has(node.cluster) || this.clusterSize.get(node.cluster) < 2) { return node.id; }
    return "cluster:" + node.cluster;
  };

  /* Everything to draw: real nodes and edges, group nodes, and links between groups. */
  Model.prototype.view = function () {
    var shown = this.filtered(), self = this;
    var lit = this.neighbourhood(shown);
    var view = { nodes: new Map(), edges: new Map(), groups: new Map(), links: new Map(), shown: shown, lit: lit };
    shown.nodes.forEach(function (id) {
      var node = self.nodeById.get(id), stand = self.standIn(node);
      if (stand === id) {
        view.nodes.set(id, !lit || lit.has(id));
      } else {
        var group = view.groups.get(stand) || { members: 0, lit: false };
        group.members += 1;
        group.lit = group.lit || !lit || lit.has(id);
        view.groups.set(stand, group);
      }
    });
    shown.edges.forEach(function (id) {
      var edge = self.edgeById.get(id);
      var a = self.standIn(self.nodeById.get(edge.from)), b = self.standIn(self.nodeById.get(edge.to));
      if (a === edge.from && b === edge.to) {
        view.edges.set(id, !lit || (lit.has(edge.from) && lit.has(edge.to)));
      } else if (a !== b) {
        var key = a < b ? a + "|" + b : b + "|" + a;
        var link = view.links.get(key) || { from: a < b ? a : b, to: a < b ? b : a, edges: [] };
        link.edges.push(id);
        view.links.set(key, link);
      }
    });
    return view;
  };

  /* Search names and aliases: exact names first, then prefixes, then any part. */
  Model.prototype.search = function (query, limit) {
    var wanted = fold(query).trim();
    if (!wanted) { return []; }
    var scored = [];
    this.nodes.forEach(function (node) {
      var best = 9;
      node.search.forEach(function (text, index) {
        var rank = text === wanted ? 0 : text.indexOf(wanted) === 0 ? 1 : text.indexOf(wanted) > 0 ? 2 : 9;
        best = Math.min(best, rank + (index > 0 ? 0.5 : 0));
      });
      if (best < 9) { scored.push([best, -(node.centrality || 0), node]); }
    });
    scored.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1] || (a[2].name < b[2].name ? -1 : 1); });
    return scored.slice(0, limit || 12).map(function (item) { return item[2]; });
  };

  Model.prototype.label = function (id) {
    var node = this.nodeById.get(id) || this.clusterById.get(id);
    return node ? node.name || node.label : id;
  };

  Digipol.Model = Model;
  Digipol.fold = fold;
})();
