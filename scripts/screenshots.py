"""Screenshots of the explorer for the README: the first view, a neighbourhood, the neighbours page.

Serves the demo store (``make demo`` builds it in out/store) with ``kg serve`` on a free loopback
port, opens each page in headless Chromium and writes PNGs to docs/screenshots/.

    python scripts/screenshots.py [--store out/store] [--output docs/screenshots]
"""

from __future__ import annotations

import argparse
import contextlib
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.support.browser_support import launch_chromium  # noqa: E402
from tests.support.localserver import free_port  # noqa: E402

VIEWPORT = {"width": 1440, "height": 900}
NEIGHBOURS = ("Morocco", "United States", "Digital Morocco 2030")


@contextlib.contextmanager
def serving(store: Path) -> Iterator[str]:
    """``kg serve`` on the store, read-only, until the block ends."""
    port = free_port()
    command = [sys.executable, "-c", "from kg.cli import main; main()", "serve", "--store", str(store),
               "--host", "127.0.0.1", "--port", str(port)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(f"{url}/health", timeout=2).status_code == 200:
                    break
            time.sleep(0.2)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=30)


def explorer(page, address: str, target: Path) -> None:
    page.goto(address)
    page.locator("#counts", has_text="Showing").wait_for()
    page.wait_for_timeout(800)  # the fit animation
    page.screenshot(path=str(target))


def neighbours(page, url: str, target: Path) -> None:
    page.goto(f"{url}/explore/neighbours")
    for name in NEIGHBOURS:
        page.fill("#search", name)
        page.get_by_role("button", name=name, exact=True).click()
        page.locator("#details", has_text=name).wait_for()
    page.screenshot(path=str(target))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, default=ROOT / "out" / "store")
    parser.add_argument("--output", type=Path, default=ROOT / "docs" / "screenshots")
    options = parser.parse_args()
    options.output.mkdir(parents=True, exist_ok=True)
    from playwright.sync_api import sync_playwright

    with serving(options.store) as url, sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        page = browser.new_context(viewport=VIEWPORT).new_page()
        explorer(page, f"{url}/explore", options.output / "explorer-first-view.png")
        explorer(page, f"{url}/explore?focus=country/ma&depth=2", options.output / "explorer-focus-morocco.png")
        neighbours(page, url, options.output / "neighbours-three-expansions.png")
        browser.close()
    print(f"Wrote three screenshots to {options.output}")


if __name__ == "__main__":
    main()
