/* Digipol explorer, interface: filters, legend, search box, tooltip and side panel.
   Text from articles only ever becomes DOM text (textContent), never markup. */
(function () {
  "use strict";
  var Digipol = window.Digipol;
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  var SVG = "http://www.w3.org/2000/svg";

  function el(tag, props, children) {
    var node = document.createElement(tag);
    Object.keys(props || {}).forEach(function (key) {
      if (key === "data") {
        Object.keys(props.data).forEach(function (name) { node.dataset[name] = props.data[name]; });
      } else if (key === "aria") {
        Object.keys(props.aria).forEach(function (name) { node.setAttribute("aria-" + name, props.aria[name]); });
      } else {
        node[key] = props[key];
      }
    });
    (children || []).forEach(function (child) {
      if (child !== null && child !== undefined) {
        node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
      }
    });
    return node;
  }

  function clear(node) {
    while (node.firstChild) { node.removeChild(node.firstChild); }
  }

  function byId(id) { return document.getElementById(id); }

  function formatDate(value) {
    if (!value) { return ""; }
    var parts = String(value).split("-");
    if (parts.length === 1) { return parts[0]; }
    var month = MONTHS[(+parts[1] || 1) - 1] || parts[1];
    return parts.length === 2 ? month + " " + parts[0] : (+parts[2]) + " " + month + " " + parts[0];
  }

  function safeUrl(value) {
    try {
      var url = new URL(value);
      return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
    } catch (error) {
      return null;
    }
  }

  var SHAPES = {
    dot: function (s) { return ["circle", { cx: s / 2, cy: s / 2, r: s / 2 - 1 }]; },
    square: function (s) { return ["rect", { x: 1, y: 1, width: s - 2, height: s - 2 }]; },
    triangle: function (s) { return ["polygon", { points: [s / 2, 1, s - 1, s - 1, 1, s - 1].join(" ") }]; },
    triangleDown: function (s) { return ["polygon", { points: [1, 1, s - 1, 1, s / 2, s - 1].join(" ") }]; },
    diamond: function (s) { return ["polygon", { points: [s / 2, 0, s, s / 2, s / 2, s, 0, s / 2].join(" ") }]; },
    star: function (s) {
      var points = [];
      for (var i = 0; i < 10; i += 1) {
        var r = i % 2 ? s / 4.5 : s / 2, a = Math.PI / 5 * i - Math.PI / 2;
        points.push((s / 2 + r * Math.cos(a)).toFixed(1), (s / 2 + r * Math.sin(a)).toFixed(1));
      }
      return ["polygon", { points: points.join(" ") }];
    },
    hexagon: function (s) {
      var points = [];
      for (var i = 0; i < 6; i += 1) {
        var a = Math.PI / 3 * i;
        points.push((s / 2 + (s / 2 - 1) * Math.cos(a)).toFixed(1), (s / 2 + (s / 2 - 1) * Math.sin(a)).toFixed(1));
      }
      return ["polygon", { points: points.join(" ") }];
    },
    line: function (s) { return ["rect", { x: 0, y: s / 2 - 1.5, width: s, height: 3 }]; }
  };

  function swatch(shape, color) {
    var size = 14, svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("width", size);
    svg.setAttribute("height", size);
    svg.setAttribute("class", "swatch");
    svg.setAttribute("aria-hidden", "true");
    var spec = (SHAPES[shape] || SHAPES.dot)(size), child = document.createElementNS(SVG, spec[0]);
    Object.keys(spec[1]).forEach(function (key) { child.setAttribute(key, spec[1][key]); });
    child.setAttribute("fill", color);
    svg.appendChild(child);
    return svg;
  }

  function checkList(container, entries, selected, onToggle) {
    clear(container);
    entries.forEach(function (entry) {
      var box = el("input", { type: "checkbox", checked: selected.has(entry.key), value: entry.key });
      box.addEventListener("change", function () { onToggle(entry.key, box.checked); });
      container.appendChild(el("li", {}, [el("label", {}, [box, entry.swatch, entry.label,
        el("span", { className: "count", textContent: String(entry.count) })])]));
    });
  }

  function options(select, entries) {
    while (select.options.length > 1) { select.remove(1); }
    entries.forEach(function (entry) { select.appendChild(el("option", { value: entry[0], textContent: entry[1] })); });
  }

  /* The filter column: the legend doubles as the entity-type filter. */
  function Filters(model, onChange) {
    this.model = model;
    this.onChange = onChange;
    this.build();
  }

  Filters.prototype.build = function () {
    var model = this.model, styles = model.data.styles, self = this;
    var types = model.count(model.nodes, "type"), relations = model.count(model.edges, "relation");
    checkList(byId("type-filter"), Array.from(types.keys()).sort().map(function (type) {
      var style = styles.types[type] || styles.types.Cluster;
      return { key: type, label: style.plural, count: types.get(type), swatch: swatch(style.shape, style.color) };
    }), model.state.types, function (key, on) { self.toggle(model.state.types, key, on); });
    checkList(byId("relation-filter"), Array.from(relations.keys()).sort().map(function (relation) {
      var style = styles.relations[relation] || styles.relations.aggregate;
      return { key: relation, label: style.label, count: relations.get(relation), swatch: swatch("line", style.color) };
    }), model.state.relations, function (key, on) { self.toggle(model.state.relations, key, on); });
    options(byId("country-filter"), this.pick("Country"));
    options(byId("domain-filter"), this.pick("PolicyDomain"));
    this.wire();
    this.sync();
  };

  Filters.prototype.pick = function (type) {
    return this.model.nodes.filter(function (node) { return node.type === type; })
      .map(function (node) { return [node.id, node.name]; })
      .sort(function (a, b) { return a[1].localeCompare(b[1]); });
  };

  Filters.prototype.toggle = function (set, key, on) {
    if (on) { set.add(key); } else { set.delete(key); }
    this.onChange();
  };

  Filters.prototype.wire = function () {
    var model = this.model, self = this;
    function bind(id, event, apply) {
      byId(id).addEventListener(event, function (e) { apply(e.target); self.sync(); self.onChange(); });
    }
    bind("country-filter", "change", function (t) { model.state.country = t.value; });
    bind("domain-filter", "change", function (t) { model.state.domain = t.value; });
    bind("confidence-filter", "input", function (t) { model.state.minConfidence = +t.value; });
    bind("undated", "change", function (t) { model.state.undated = t.checked; });
    bind("date-from", "input", function (t) { model.state.from = Math.min(+t.value, model.state.to); });
    bind("date-to", "input", function (t) { model.state.to = Math.max(+t.value, model.state.from); });
    byId("time-section").hidden = !model.months.length;
  };

  Filters.prototype.sync = function () {
    var s = this.model.state, months = this.model.months, last = String(Math.max(0, months.length - 1));
    byId("country-filter").value = s.country;
    byId("domain-filter").value = s.domain;
    byId("confidence-filter").value = String(s.minConfidence);
    byId("confidence-value").textContent = s.minConfidence.toFixed(2);
    byId("undated").checked = s.undated;
    ["date-from", "date-to"].forEach(function (id) { byId(id).max = last; });
    byId("date-from").value = String(s.from);
    byId("date-to").value = String(s.to);
    byId("date-from-label").textContent = formatDate(months[s.from]);
    byId("date-to-label").textContent = formatDate(months[s.to]);
    document.querySelectorAll("#type-filter input").forEach(function (box) {
      box.checked = s.types.has(box.value);
    });
    document.querySelectorAll("#relation-filter input").forEach(function (box) {
      box.checked = s.relations.has(box.value);
    });
  };

  Digipol.ui = { el: el, clear: clear, byId: byId, formatDate: formatDate, safeUrl: safeUrl, swatch: swatch,
    Filters: Filters };
})();
