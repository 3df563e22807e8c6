"""Node positions computed before the page opens, so the browser never runs physics.

Each connected part is laid out alone and the parts are packed in rows. Small parts use
networkx's spring layout; larger ones a force layout written for numpy, hub-aware as in
ForceAtlas2: linear springs along edges, and a repulsion computed on a grid (particle-mesh):
node mass is binned and convolved by FFT with the force kernel, so one step costs
O(n + G² log G) instead of O(n²). Positions are then scaled so that a short edge is SPACING long.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable

import networkx as nx
import numpy as np

from kg.viz.metrics import undirected

#: Parts up to this many nodes use networkx's spring layout, larger ones ours.
SPRING_LIMIT = 25
#: The distance between two linked nodes, in page pixels.
SPACING = 110.0
ITERATIONS = 200
MAX_GRID = 256


def positions(graph: nx.Graph, *, seed: int = 7) -> dict[str, tuple[float, float]]:
    """x, y (page pixels) for every node: each connected part laid out alone, then packed in rows."""
    simple = undirected(graph) if graph.is_multigraph() or graph.is_directed() else graph
    parts = sorted(nx.connected_components(simple), key=lambda part: (-len(part), min(map(str, part))))
    laid = [_component(ordered_subgraph(simple, part), seed) for part in parts]
    placed: dict[str, tuple[float, float]] = {}
    for (nodes, coords), offset in zip(laid, _pack([coords for _, coords in laid]), strict=True):
        for node, (x, y) in zip(nodes, coords + offset, strict=True):
            placed[node] = (round(float(x), 1), round(float(y), 1))
    return placed


def ordered_subgraph(graph: nx.Graph, nodes: Iterable[str]) -> nx.Graph:
    """A copy of part of a graph whose nodes and edges come in a fixed order.

    networkx's subgraph views iterate in set order, which changes from one run to the next,
    and so would every layout seeded from it.
    """
    keep = sorted(nodes, key=str)
    part = nx.Graph()
    part.add_nodes_from(keep)
    part.add_edges_from(sorted((tuple(sorted((u, v), key=str)) for u, v in graph.subgraph(keep).edges()), key=str))
    return part


def _component(part: nx.Graph, seed: int) -> tuple[list[str], np.ndarray]:
    """One connected part, scaled so that a typical edge is SPACING long, with its corner at 0, 0."""
    nodes = list(part)
    if len(nodes) == 1:
        return nodes, np.zeros((1, 2))
    if len(nodes) <= 4:
        layout = nx.circular_layout(part)
        coords = np.array([layout[node] for node in nodes], dtype=float)
    else:
        coords = _spring(part, nodes, seed)
    where = {node: i for i, node in enumerate(nodes)}
    lengths = [math.dist(coords[where[u]], coords[where[v]]) for u, v in _sample_edges(part)]
    typical = float(np.percentile(lengths, 30)) if lengths else 1.0
    coords = coords * (SPACING / max(typical, 1e-9))
    return nodes, coords - coords.min(axis=0)


def _spring(part: nx.Graph, nodes: list[str], seed: int) -> np.ndarray:
    """networkx's spring layout for small parts; ours (hub-aware, and free of scipy) for the rest."""
    if len(nodes) <= SPRING_LIMIT:
        layout = nx.spring_layout(part, seed=seed, iterations=80)
        return np.array([layout[node] for node in nodes], dtype=float)
    index = {node: i for i, node in enumerate(nodes)}
    edges = np.array([(index[u], index[v]) for u, v in part.edges()], dtype=np.int64).reshape(-1, 2)
    return force_layout(len(nodes), edges, seed=seed)


def _sample_edges(part: nx.Graph, limit: int = 400) -> list[tuple[str, str]]:
    edges = list(part.edges())
    return edges[:: max(1, len(edges) // limit)]


def _pack(boxes: list[np.ndarray]) -> list[np.ndarray]:
    """Offsets that set the parts in rows, largest first, within a roughly square page."""
    sizes = [coords.max(axis=0) + SPACING for coords in boxes]
    width = max(max((float(size[0]) for size in sizes), default=0.0),
                math.sqrt(sum(float(size[0] * size[1]) for size in sizes)) * 1.2)
    offsets, x, y, row = [], 0.0, 0.0, 0.0
    for size in sizes:
        if x > 0 and x + size[0] > width:
            x, y, row = 0.0, y + row, 0.0
        offsets.append(np.array([x, y]))
        x, row = x + float(size[0]), max(row, float(size[1]))
    middle = np.array([width / 2, (y + row) / 2])
    return [offset - middle for offset in offsets]


def force_layout(count: int, edges: np.ndarray, *, seed: int = 7, iterations: int = ITERATIONS) -> np.ndarray:
    """Positions of ``count`` nodes linked by ``edges`` (pairs of indices).

    As in ForceAtlas2, a node repels in proportion to its degree + 1 and springs pull linearly,
    so hubs spread their neighbours out instead of swallowing them.
    """
    rng = np.random.default_rng(seed)
    mass = 1.0 + np.bincount(edges.ravel(), minlength=count).astype(float) if len(edges) else np.ones(count)
    radius = SPACING * math.sqrt(count) / 2
    coords = rng.normal(scale=radius / 2, size=(count, 2))
    for step in range(iterations):
        temperature = radius * 0.1 * (1 - step / iterations) + SPACING * 0.02
        force = _springs(coords, edges, count) + _repulsion(coords, mass) - coords * (mass * 0.01 / SPACING)[:, None]
        length = np.maximum(np.hypot(force[:, 0], force[:, 1]), 1e-9)
        coords += force * (np.minimum(length, temperature) / length)[:, None]
    return coords


def _springs(coords: np.ndarray, edges: np.ndarray, count: int) -> np.ndarray:
    """Linear attraction along each edge."""
    force = np.zeros_like(coords)
    if len(edges) == 0:
        return force
    pull = coords[edges[:, 1]] - coords[edges[:, 0]]
    for axis in (0, 1):
        force[:, axis] += np.bincount(edges[:, 0], weights=pull[:, axis], minlength=count)
        force[:, axis] -= np.bincount(edges[:, 1], weights=pull[:, axis], minlength=count)
    return force


def _repulsion(coords: np.ndarray, mass: np.ndarray) -> np.ndarray:
    """Repulsion m_i m_j k / d from every other node, summed on a grid."""
    low = coords.min(axis=0) - SPACING
    extent = float(max(np.ptp(coords, axis=0).max() + 2 * SPACING, SPACING))
    limit = min(MAX_GRID, 16 * math.ceil(3 * math.sqrt(len(coords)) / 16))
    size = int(min(limit, 16 * math.ceil(extent / (SPACING / 2) / 16)))
    cell = extent / size
    cells = np.clip(((coords - low) / cell).astype(int), 0, size - 1)
    density = np.zeros((size, size))
    np.add.at(density, (cells[:, 0], cells[:, 1]), mass)
    field_x, field_y = _convolve(density, size)
    scale = mass * SPACING / cell
    far = np.stack([field_x[cells[:, 0], cells[:, 1]] * scale, field_y[cells[:, 0], cells[:, 1]] * scale], axis=1)
    return far + _near(coords, cells[:, 0] * size + cells[:, 1], mass, cell)


def _near(coords: np.ndarray, cell_ids: np.ndarray, mass: np.ndarray, cell: float) -> np.ndarray:
    """Repulsion between nodes sharing a cell, which the grid cannot see: away from their mean."""
    counts = np.bincount(cell_ids)
    crowd = counts[cell_ids] - 1.0
    if not crowd.any():
        return np.zeros_like(coords)
    mean = np.stack([np.bincount(cell_ids, weights=coords[:, axis]) / np.maximum(counts, 1) for axis in (0, 1)],
                    axis=1)
    delta = coords - mean[cell_ids]
    squared = np.maximum((delta**2).sum(axis=1), (cell / 20) ** 2)
    return delta * (mass * SPACING * crowd / squared)[:, None]


@functools.lru_cache(maxsize=4)
def _kernel_spectra(size: int) -> tuple[np.ndarray, np.ndarray]:
    """Spectra of the force kernel d / |d|² on a grid of unit cells (scaled by the caller)."""
    offsets = np.arange(-size + 1, size, dtype=float)
    dx, dy = np.meshgrid(offsets, offsets, indexing="ij")
    squared = dx**2 + dy**2
    squared[size - 1, size - 1] = np.inf  # a cell does not push itself
    strength = 1.0 / np.maximum(squared, 0.25)
    shape = (2 * size, 2 * size)  # wide enough: wrapped sums never reach the window read back
    return np.fft.rfft2(dx * strength, shape), np.fft.rfft2(dy * strength, shape)


def _convolve(density: np.ndarray, size: int) -> tuple[np.ndarray, np.ndarray]:
    shape = (2 * size, 2 * size)
    spectrum = np.fft.rfft2(density, shape)
    window = (slice(size - 1, 2 * size - 1), slice(size - 1, 2 * size - 1))
    x, y = (np.fft.irfft2(spectrum * kernel, shape)[window] for kernel in _kernel_spectra(size))
    return x, y


def grouped_positions(graph: nx.Graph, groups: dict[str, str], *, seed: int = 7
                      ) -> tuple[dict[str, tuple[float, float]], dict[str, tuple[float, float, float]]]:
    """Positions where each group's members sit in a disc of their own, discs kept apart.

    Returns node positions and, per group, its centre and radius (x, y, r).
    """
    simple = undirected(graph) if graph.is_multigraph() or graph.is_directed() else graph
    members: dict[str, list[str]] = {}
    for node in simple:
        members.setdefault(groups.get(node, node), []).append(node)
    keys = sorted(members)
    local = {key: _centred(positions(ordered_subgraph(simple, members[key]), seed=seed)) for key in keys}
    radii = np.array([max((math.hypot(x, y) for x, y in local[key].values()), default=0.0) + SPACING / 2
                      for key in keys])
    centres = _group_centres(simple, keys, groups, radii, seed)
    placed, discs = {}, {}
    for key, (cx, cy), radius in zip(keys, centres, radii, strict=True):
        discs[key] = (round(float(cx), 1), round(float(cy), 1), round(float(radius), 1))
        for node, (x, y) in local[key].items():
            placed[node] = (round(float(cx + x), 1), round(float(cy + y), 1))
    return placed, discs


def _centred(layout: dict[str, tuple[float, float]]) -> dict[str, tuple[float, float]]:
    if not layout:
        return layout
    coords = np.array(list(layout.values()))
    low, high = coords.min(axis=0), coords.max(axis=0)
    middle = (low + high) / 2
    return {node: (x - float(middle[0]), y - float(middle[1])) for node, (x, y) in layout.items()}


def _group_centres(simple: nx.Graph, keys: list[str], groups: dict[str, str], radii: np.ndarray,
                   seed: int) -> np.ndarray:
    """Groups linked by many relations sit close; then discs are pushed apart until none overlap."""
    summary = nx.Graph()
    summary.add_nodes_from(keys)
    for u, v in simple.edges():
        a, b = groups.get(u, u), groups.get(v, v)
        if a != b:
            weight = summary.get_edge_data(a, b, {"weight": 0})["weight"]
            summary.add_edge(a, b, weight=weight + 1)
    centres = _spring(summary, keys, seed) if len(keys) > 1 else np.zeros((1, 2))
    centres = centres - centres.mean(axis=0)
    centres *= 1.5 * math.sqrt(float((radii**2).sum())) / max(float(np.abs(centres).max()), 1e-9)
    return _separate(centres, radii)


def _separate(centres: np.ndarray, radii: np.ndarray, rounds: int = 300) -> np.ndarray:
    """Push overlapping discs apart (each pair by half its overlap, both ways)."""
    gap = SPACING / 2
    wanted = radii[:, None] + radii[None, :] + gap
    np.fill_diagonal(wanted, 0.0)
    for _ in range(rounds):
        delta = centres[:, None, :] - centres[None, :, :]
        distance = np.maximum(np.hypot(delta[..., 0], delta[..., 1]), 1e-6)
        overlap = np.clip(wanted - distance, 0.0, None)
        if not overlap.any():
            break
        push = (delta / distance[..., None]) * (overlap / 2)[..., None]
        centres = centres + push.sum(axis=1)
    return centres - centres.mean(axis=0)


def focused_positions(graph: nx.Graph, focus: str, *, seed: int = 7) -> dict[str, tuple[float, float]]:
    """A neighbourhood laid out around its focus, held at 0, 0; nodes marked ``extra`` wait beside
    the shown node they hang from, beyond it as seen from the focus."""
    simple = undirected(graph) if graph.is_multigraph() or graph.is_directed() else graph
    shown = ordered_subgraph(simple, [n for n, d in graph.nodes(data=True) if not d.get("extra")])
    if len(shown) < 2:
        coords = {node: (0.0, 0.0) for node in shown}
    else:
        layout = nx.spring_layout(shown, pos={focus: (0.0, 0.0)}, fixed=[focus], seed=seed, iterations=120)
        lengths = [math.dist(layout[u], layout[v]) for u, v in shown.edges()]
        scale = SPACING * 1.4 / max(float(np.percentile(lengths, 30)) if lengths else 1.0, 1e-9)
        coords = {node: (float(x) * scale, float(y) * scale) for node, (x, y) in layout.items()}
    coords.update(_beside(simple, coords, focus))
    return {node: (round(x, 1), round(y, 1)) for node, (x, y) in coords.items()}


def _beside(simple: nx.Graph, placed: dict[str, tuple[float, float]], focus: str) -> dict[str, tuple[float, float]]:
    """Positions for the nodes not yet placed: a fan behind the placed neighbour they hang from."""
    waiting: dict[str, list[str]] = {}
    for node in sorted((n for n in simple if n not in placed), key=str):
        anchors = sorted((n for n in simple[node] if n in placed), key=lambda n: (-simple.degree(n), str(n)))
        waiting.setdefault(anchors[0] if anchors else focus, []).append(node)
    extra: dict[str, tuple[float, float]] = {}
    for anchor, group in waiting.items():
        ax, ay = placed.get(anchor, (0.0, 0.0))
        heading = math.atan2(ay, ax) if (ax, ay) != (0.0, 0.0) else 0.0
        radius = SPACING * (0.9 + 0.1 * len(group))
        for index, node in enumerate(group):
            angle = heading + (index - (len(group) - 1) / 2) * min(0.5, 2.4 / max(len(group), 1))
            extra[node] = (ax + radius * math.cos(angle), ay + radius * math.sin(angle))
    return extra
