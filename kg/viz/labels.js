/* Digipol explorer, labels: the page draws them itself after each frame, at a fixed screen size, most
   important first, and only where they overlap no label already drawn. Zooming in spreads the nodes
   apart, so more labels fit: label density follows the zoom. */
(function () {
  "use strict";
  var Digipol = window.Digipol;
  var TRIED = 2000;  // labels tried per frame, most important first: lower ones would find no room anyway
  var MARGIN = 300;  // pixels beyond the canvas still looked at (a label may reach in from there)
  var FONT = 13, EDGE_FONT = 11, GAP = 3, CELL = 48, INK = "#1f2328", EDGE_INK = "#57606a", HALO = "#ffffff";
  var FACE = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

  function Labels(network, texts, rank) {
    this.network = network;
    this.texts = texts;   // drawn id -> label text
    this.rank = rank;     // drawn id -> priority (higher first)
    this.boxes = [];      // what the last frame drew, in page (DOM) pixels
    this.widths = new Map();  // font + text -> measured width: measuring is the costly part of a frame
  }

  Labels.prototype.width = function (ctx, font, text) {
    var key = font + "|" + text, width = this.widths.get(key);
    if (width === undefined) {
      ctx.font = font + "px " + FACE;
      width = ctx.measureText(text).width;
      this.widths.set(key, width);
    }
    return width;
  };

  /* A grid of occupied cells, so that each new box is checked against its neighbours only. */
  function Grid() { this.cells = new Map(); }
  Grid.prototype.keys = function (box) {
    var keys = [];
    for (var x = Math.floor(box[0] / CELL); x <= Math.floor(box[2] / CELL); x += 1) {
      for (var y = Math.floor(box[1] / CELL); y <= Math.floor(box[3] / CELL); y += 1) { keys.push(x + ":" + y); }
    }
    return keys;
  };
  Grid.prototype.free = function (box) {
    var cells = this.cells;
    return this.keys(box).every(function (key) {
      return (cells.get(key) || []).every(function (other) {
        return box[2] + GAP <= other[0] || other[2] + GAP <= box[0] || box[3] + GAP <= other[1] || other[3] + GAP <= box[1];
      });
    });
  };
  Grid.prototype.add = function (box) {
    var cells = this.cells;
    this.keys(box).forEach(function (key) { (cells.get(key) || cells.set(key, []).get(key)).push(box); });
  };

  /* Ids by priority, sorted once (ranks do not change; a new group or link re-sorts). */
  Labels.prototype.ordered = function () {
    if (!this.order || this.order.length !== this.texts.size) {
      var rank = this.rank;
      this.order = Array.from(this.texts.keys()).sort(function (a, b) {
        return (rank.get(b) || 0) - (rank.get(a) || 0) || (a < b ? -1 : 1);
      });
    }
    return this.order;
  };

  /* The drawn, lit nodes by priority, selected ones first. */
  Labels.prototype.candidates = function () {
    var nodes = this.network.body.nodes, texts = this.texts, selected = this.network.getSelectedNodes();
    var picked = new Set(selected);
    function lit(id) {
      var node = nodes[id];
      return !!node && texts.has(id) && !node.options.hidden &&
        (node.options.opacity === undefined || node.options.opacity >= 0.5);
    }
    return selected.filter(lit).concat(this.ordered().filter(function (id) { return !picked.has(id) && lit(id); }));
  };

  /* Canvas to page pixels, without a call per point when vis-network's view is at hand. */
  Labels.prototype.projector = function () {
    var network = this.network, view = network.body.view, scale = network.getScale();
    if (!view || !view.translation) { return function (x, y) { return network.canvasToDOM({ x: x, y: y }); }; }
    var tx = view.translation.x, ty = view.translation.y;
    return function (x, y) { return { x: x * scale + tx, y: y * scale + ty }; };
  };

  /* Draw after vis-network's frame: node labels, then relation names where room is left. */
  Labels.prototype.draw = function (ctx) {
    var network = this.network, body = network.body, canvas = network.canvas, grid = new Grid(), self = this;
    var width = canvas.frame.canvas.clientWidth, height = canvas.frame.canvas.clientHeight;
    var ratio = canvas.pixelRatio || 1, scale = network.getScale();
    this.boxes = [];
    ctx.save();
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.textBaseline = "top";
    ctx.lineJoin = "round";
    var shown = this.candidates(), shapes = new Grid(), spots = new Map(), toPage = this.projector();
    shown = shown.filter(function (id) {  // nodes far off screen cannot carry a label that shows
      var node = body.nodes[id], at = toPage(node.x, node.y);
      if (at.x < -MARGIN || at.y < -MARGIN || at.x > width + MARGIN || at.y > height + MARGIN) { return false; }
      var radius = (node.options.size || 10) * scale, box = [at.x - radius, at.y - radius, at.x + radius, at.y + radius];
      spots.set(id, { at: at, radius: radius, box: box });
      shapes.add(box);
      return true;
    });
    shown = shown.slice(0, TRIED);
    /* In rank order: the shape, then its label at the first spot clear of every shape, else at the first
       spot clear of the shapes and labels of more important nodes. */
    shown.forEach(function (id) {
      var spot = spots.get(id), text = self.texts.get(id), off = spot.radius + GAP + 1;
      grid.add(spot.box);
      var half = self.width(ctx, FONT, text) / 2 + 1;
      var shifts = [[0, off], [0, -off - FONT - 2], [off + half, -FONT / 2 - 1], [-off - half, -FONT / 2 - 1]];
      [shapes, null].some(function (also) {
        return shifts.some(function (shift) {
          return self.place(ctx, grid, { id: id, kind: "node", text: text, x: spot.at.x + shift[0],
            y: spot.at.y + shift[1], font: FONT, ink: INK }, width, height, also);
        });
      });
    });
    if (scale >= 0.9) { this.drawEdges(ctx, grid, width, height); }
    ctx.restore();
  };

  Labels.prototype.drawEdges = function (ctx, grid, width, height) {
    var body = this.network.body, self = this, toPage = this.projector();
    var tried = 0;
    body.edgeIndices.forEach(function (id) {
      var edge = body.edges[id];
      if (tried >= TRIED) { return; }
      var text = self.texts.get(id);
      if (!text || edge.options.hidden || !edge.from || !edge.to || edge.from.options.hidden || edge.to.options.hidden) {
        return;
      }
      if (edge.options.color && edge.options.color.opacity < 0.5) { return; }
      var at = toPage((edge.from.x + edge.to.x) / 2, (edge.from.y + edge.to.y) / 2);
      if (at.x < 0 || at.y < 0 || at.x > width || at.y > height) { return; }
      tried += 1;
      self.place(ctx, grid, { id: id, kind: "edge", text: text, x: at.x, y: at.y - EDGE_FONT / 2, font: EDGE_FONT,
        ink: EDGE_INK }, width, height);
    });
  };

  /* One label, centred under its point, if it is on screen and overlaps nothing drawn (nor what `also` holds). */
  Labels.prototype.place = function (ctx, grid, label, width, height, also) {
    var half = this.width(ctx, label.font, label.text) / 2;
    var box = [label.x - half, label.y, label.x + half, label.y + label.font + 2];
    if (box[0] < 0 || box[1] < 0 || box[2] > width || box[3] > height || !grid.free(box)) { return false; }
    if (also && !also.free(box)) { return false; }
    grid.add(box);
    ctx.font = label.font + "px " + FACE;
    ctx.lineWidth = 3;
    ctx.strokeStyle = HALO;
    ctx.strokeText(label.text, box[0], box[1]);
    ctx.fillStyle = label.ink;
    ctx.fillText(label.text, box[0], box[1]);
    this.boxes.push({ id: label.id, kind: label.kind, text: label.text, box: box });
    return true;
  };

  Digipol.Labels = Labels;
})();
