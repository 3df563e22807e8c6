"""The neighbours page in headless Chromium: expansions keep every node drawn, finite and on screen."""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Any

import pytest

from tests.support import browser_support
from tests.support.explorer_support import fixture_explorer_server, fixture_explorer_store  # noqa: F401

browser = browser_support.browser

pytestmark = [pytest.mark.server, pytest.mark.browser]

DRAWN = """() => {
  const svg = document.getElementById('canvas');
  const frame = svg.getBoundingClientRect();
  const circles = [...svg.querySelectorAll('circle')].map((c) => {
    const box = c.getBoundingClientRect();
    return {cx: +c.getAttribute('cx'), cy: +c.getAttribute('cy'),
            box: [box.left, box.top, box.right, box.bottom]};
  });
  return {viewBox: svg.getAttribute('viewBox'), frame: [frame.left, frame.top, frame.right, frame.bottom],
          circles, names: [...svg.querySelectorAll('circle title')].map((t) => t.textContent),
          labels: [...svg.querySelectorAll('text')].map((t) => {
            const box = t.getBoundingClientRect();
            return [box.left, box.top, box.right, box.bottom];
          })};
}"""


@pytest.fixture
def page(browser, explorer_server) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    opened = context.new_page()
    opened.recorded = browser_support.watch(opened, (explorer_server.url,))
    yield opened
    context.close()


def expand(page: Any, name: str, relations: int | None = None) -> None:
    """Find an entity by name in the side list and expand it; wait until its details show."""
    page.fill("#search", name)
    page.get_by_role("button", name=name, exact=True).wait_for()
    page.get_by_role("button", name=name, exact=True).click()
    page.locator("#details", has_text=name).wait_for()


def expand_three(page: Any, server_url: str) -> dict[str, Any]:
    page.goto(f"{server_url}/explore/neighbours")
    expand(page, "Morocco")          # the hub: a dozen partners, domains, a policy, an agreement
    expand(page, "United States")
    expand(page, "Italy")
    return page.evaluate(DRAWN)


def test_explorer_neighbours_three_expansions_stay_finite_and_on_screen(page, explorer_server) -> None:
    drawn = expand_three(page, explorer_server.url)
    box = [float(value) for value in drawn["viewBox"].split()]
    assert len(box) == 4 and all(math.isfinite(value) for value in box) and box[2] > 0 and box[3] > 0
    assert len(drawn["circles"]) >= 20  # Morocco's partners and the others' neighbours
    left, top, right, bottom = drawn["frame"]
    for circle in drawn["circles"]:
        assert math.isfinite(circle["cx"]) and math.isfinite(circle["cy"])
        assert box[0] <= circle["cx"] <= box[0] + box[2] and box[1] <= circle["cy"] <= box[1] + box[3]
        x0, y0, x1, y1 = circle["box"]
        assert left <= x0 and x1 <= right and top <= y0 and y1 <= bottom, circle
    names = {title.rsplit(" (", 1)[0] for title in drawn["names"]}
    assert {"Morocco", "United States", "Italy", "Italy digital office 2"} <= names
    legend = page.locator("#legend li").all_inner_texts()
    assert any(text.endswith("country") for text in legend) and any("government body" in t for t in legend)
    assert page.recorded.console_errors == [] and page.recorded.page_errors == []
    assert page.recorded.requests == []


def test_explorer_neighbours_labels_do_not_overlap(page, explorer_server) -> None:
    labels = expand_three(page, explorer_server.url)["labels"]
    assert len(labels) >= 10
    for index, (x0, y0, x1, y1) in enumerate(labels):
        for a0, b0, a1, b1 in labels[index + 1:]:
            assert x1 <= a0 or a1 <= x0 or y1 <= b0 or b1 <= y0


def test_explorer_neighbours_nodes_do_not_pile_up(page, explorer_server) -> None:
    drawn = expand_three(page, explorer_server.url)
    centres = [(c["cx"], c["cy"]) for c in drawn["circles"]]
    closest = min(math.dist(a, b) for i, a in enumerate(centres) for b in centres[i + 1:])
    assert closest > 10  # drawing units; a circle's radius is 9
