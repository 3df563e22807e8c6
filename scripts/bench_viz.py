"""Benchmark: the explorer page against pyvis's defaults on the same synthetic graphs.

For each size, both pages are opened in headless Chromium with the network blocked, and we
time from navigation start until the graph is drawn and still (node positions unchanged for
half a second). pyvis's defaults run vis-network's physics (Barnes-Hut, 1,000 stabilisation
iterations, then simulation until rest); the explorer ships positions and draws at once.
Then, in the explorer only, a type filter and a date-range change are timed in the page,
from the change until the next drawn frame.

    python scripts/bench_viz.py --sizes 1000 5000 20000 --cap 300 --write-docs
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.viz import write_html  # noqa: E402
from kg.viz.synthetic import synthetic_graph  # noqa: E402
from tests.support.browser_support import launch_chromium, watch  # noqa: E402

DOCS = ROOT / "docs" / "benchmarks.md"
SECTION = "## Visual explorer"

#: Resolves with the times (ms since navigation) of the first drawn frame and of the first still one.
STILL = """async ([cap, sample]) => {
  const sleep = ms => new Promise(r => setTimeout(r, ms));
  const net = () => (window.kgExplorer && window.kgExplorer.network) || window.network;
  while (!net() || !net().body || !net().body.nodeIndices.length) {
    if (performance.now() > cap) return {still: false, ms: performance.now(), drawn: null};
    await sleep(20);
  }
  let drawn = null;
  if (window.kgExplorerReady) drawn = await window.kgExplorerReady;
  else net().once("afterDrawing", () => { drawn = drawn || performance.now(); });
  const all = net().body.nodeIndices, step = Math.max(1, Math.floor(all.length / sample));
  const ids = all.filter((_, i) => i % step === 0);
  let last = null, since = null;
  while (performance.now() < cap) {
    const now = net().getPositions(ids);
    let moved = last === null ? Infinity : 0;
    if (last) for (const id of ids) {
      moved = Math.max(moved, Math.abs(now[id].x - last[id].x) + Math.abs(now[id].y - last[id].y));
    }
    if (moved < 0.5 && drawn !== null) {
      since = since || performance.now();
      if (performance.now() - since >= 500) return {still: true, ms: Math.max(since, drawn), drawn: drawn};
    } else since = null;
    last = now;
    await sleep(100);
  }
  return {still: false, ms: performance.now(), drawn: drawn};
}"""


def pyvis_default_page(graph: Any, path: Path) -> Path:
    """The same graph through pyvis with its default options (vis-network inlined, as offline needs)."""
    from pyvis.edge import Edge
    from pyvis.network import Network
    from pyvis.node import Node

    net = Network(cdn_resources="in_line")
    for node, data in graph.nodes(data=True):  # Network.add_node/add_edge are quadratic: fill the lists
        net.nodes.append(Node(node, "dot", label=data["label"], color="#97c2fc").options)
        net.node_ids.append(node)
    for source, target in graph.edges():
        net.edges.append(Edge(source, target, directed=False).options)
    path.write_text(net.generate_html(), encoding="utf-8")
    return path


def time_page(browser: Any, path: Path, cap_ms: float, filters: bool) -> dict[str, Any]:
    context = browser.new_context(viewport={"width": 1400, "height": 850})
    page = context.new_page()
    recorded = watch(page)
    page.goto(path.as_uri(), timeout=0)
    result = page.evaluate(STILL, [cap_ms, 400])
    result["blocked"] = len(recorded.requests)
    if filters:
        result["filters"] = time_filters(page)
    context.close()
    return result


def time_filters(page: Any) -> dict[str, dict[str, float]]:
    timings = {}
    timings["type"] = page.evaluate("kgExplorer.measure(e => { e.model.state.types.delete('Person'); e.apply(); })")
    page.evaluate("kgExplorer.setState({types: [...new Set(kgExplorer.model.nodes.map(n => n.type))]})")
    timings["date"] = page.evaluate(
        "kgExplorer.measure(e => { e.model.state.from = Math.floor(e.model.months.length / 2); e.apply(); })")
    return timings


def measure_here(path: Path, cap_s: float, filters: bool) -> None:
    """Open one page in a fresh Chromium and print what it took, as JSON."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        result = time_page(browser, path, cap_s * 1000, filters)
        result["chromium"] = browser.version
        browser.close()
    print(json.dumps(result))


def measure(path: Path, cap_s: float, filters: bool = False) -> dict[str, Any]:
    """Measure a page in its own process: a page whose main thread never yields is cut off at the cap."""
    command = [sys.executable, __file__, "--measure", str(path), "--cap", str(cap_s)]
    process = subprocess.Popen([*command, *(["--filters"] if filters else [])], stdout=subprocess.PIPE,
                               text=True, start_new_session=True)
    try:
        output, _ = process.communicate(timeout=cap_s + 60)
        return json.loads(output.strip().splitlines()[-1])
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)  # the process group this call started, Chromium included
        process.communicate()
        return {"still": False, "ms": (cap_s + 60) * 1000, "drawn": None, "blocked": 0, "stopped": True}


def run(sizes: list[int], cap_s: float) -> list[dict[str, Any]]:
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for size in sizes:
            graph = synthetic_graph(size)
            started = time.perf_counter()
            ours_path = write_html(graph, Path(folder) / f"ours-{size}.html", summary=False)
            build = time.perf_counter() - started
            theirs_path = pyvis_default_page(graph, Path(folder) / f"pyvis-{size}.html")
            ours = measure(ours_path, cap_s, filters=True)
            theirs = measure(theirs_path, cap_s)
            row = {"nodes": len(graph), "edges": graph.number_of_edges(), "build_s": build, "ours": ours,
                   "pyvis": theirs, "filters": ours["filters"], "mb": ours_path.stat().st_size / 1e6,
                   "chromium": ours.get("chromium", ""), "cap_s": cap_s}
            print(_line(row), flush=True)
            rows.append(row)
    return rows


def _seconds(result: dict[str, Any]) -> str:
    text = f"{result['ms'] / 1000:.1f} s"
    if result.get("stopped"):
        return f"> {text} (page unresponsive, stopped)"
    return text if result["still"] else f"> {text} (still moving)"


def _first_draw(result: dict[str, Any], cap_s: float) -> str:
    return f"{result['drawn'] / 1000:.1f} s" if result.get("drawn") else f"> {cap_s:g} s"


def _ratio(row: dict[str, Any]) -> str:
    ratio = row["pyvis"]["ms"] / row["ours"]["ms"]
    return f"{ratio:.0f}×" if row["pyvis"]["still"] else f"> {ratio:.0f}×"


def _line(row: dict[str, Any]) -> str:
    filters = row["filters"]
    cells = [f"{row['nodes']:,}", f"{row['edges']:,}", _seconds(row["ours"]), _seconds(row["pyvis"]),
             _first_draw(row["pyvis"], row["cap_s"]), f"**{_ratio(row)}**",
             *(f"{filters[name]['ms']:.0f} ms ({filters[name]['frames']} frames)" for name in ("type", "date")),
             f"{row['mb']:.1f} MB", f"{row['build_s']:.1f} s"]
    return "| " + " | ".join(cells) + " |"


def report(rows: list[dict[str, Any]], command: str) -> str:
    prose = (
        "Time from navigation start until the graph is drawn and still, in headless Chromium "
        f"{rows[0]['chromium']} with the network blocked, on synthetic graphs shaped like ours "
        "(countries, bodies, people, domains; four relations per entity). *pyvis defaults* is the same "
        "graph through `pyvis.network.Network()` with its default options (physics on), vis-network "
        "inlined; *explorer* is `kg viz`'s page with its summary view off, so both draw every node. "
        "*pyvis first frame* is when pyvis's page first shows the graph (its loading bar lifts after "
        "1,000 stabilisation iterations), still moving. Filter timings are measured in the explorer "
        "page, from the change until the change is drawn (frames: how many 60 Hz frames that time spans). "
        "*Build* is the Python side of `kg viz` (centrality, layout, page). Above 1,500 nodes `kg viz` "
        "opens on its summary view (groups by country) unless told `--no-summary`. Each page runs in "
        "its own Chromium; a page whose main thread never yields is stopped at the cap plus a minute."
    )
    lines = [
        SECTION, "", textwrap.fill(prose, width=96), "",
        "| nodes | edges | explorer | pyvis defaults | pyvis first frame | speed-up | type filter | date range "
        "| page size | build |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        *(_line(row) for row in rows), "",
        textwrap.fill(f"Reproduce: `{command}` (pyvis is cut off at the cap; a `>` marks a lower bound).",
                      width=96), "",
    ]
    return "\n".join(lines)


def write_docs(section: str) -> None:
    """Replace this section of docs/benchmarks.md (or append it), leaving the others as they are."""
    text = DOCS.read_text(encoding="utf-8") if DOCS.exists() else "# Benchmarks\n"
    start = text.find(SECTION)
    if start < 0:
        text = text.rstrip("\n") + "\n\n" + section
    else:
        following = text.find("\n## ", start + len(SECTION))
        text = text[:start] + section + ("\n" + text[following + 1:] if following >= 0 else "")
    DOCS.write_text(text.rstrip("\n") + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 20000])
    parser.add_argument("--cap", type=float, default=300.0, help="Seconds after which a page counts as never still.")
    parser.add_argument("--write-docs", action="store_true", help="Update the section in docs/benchmarks.md.")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--filters", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        measure_here(args.measure, args.cap, args.filters)
        return
    if not os.path.exists("/usr/bin/chromium"):
        sys.exit("needs Chromium at /usr/bin/chromium (the Debian 'chromium' package)")
    rows = run(args.sizes, args.cap)
    command = "python scripts/bench_viz.py --sizes " + " ".join(map(str, args.sizes)) + f" --cap {args.cap:g}"
    section = report(rows, command)
    print(section)
    if args.write_docs:
        write_docs(section)


if __name__ == "__main__":
    main()
