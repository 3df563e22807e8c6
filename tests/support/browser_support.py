"""Headless Chromium for tests: a page that records console errors and blocks the network.

Use it from a test module with ``from tests.support.browser_support import browser, browser_page  # noqa: F401``.
Tests skip, saying why, when Chromium or Playwright's Python package is missing.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest

CHROMIUM = os.environ.get("KG_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]
#: Requests to these schemes stay inside the machine; anything else is blocked and recorded.
LOCAL_SCHEMES = ("file:", "data:", "blob:", "about:")


@dataclass
class Recorded:
    """What a page did that a test may want to forbid."""

    requests: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


def launch_chromium(playwright: Any) -> Any:
    """Chromium from the system (never a downloaded build), with flags fit for CI."""
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Chromium for one test module, closed before the next module starts its own.

    Playwright's sync API allows one driver at a time in a thread, so no browser may outlive
    its module.
    """
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"headless Chromium not found at {CHROMIUM} (install the Debian 'chromium' package)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright's Python package is not installed")
    with sync_api.sync_playwright() as playwright:
        launched = launch_chromium(playwright)
        yield launched
        launched.close()


def watch(page: Any, allowed_origins: tuple[str, ...] = ()) -> Recorded:
    """Record console errors, page errors and dialogs; block every request that leaves the machine."""
    recorded = Recorded()

    def route(request_route: Any) -> None:
        url = request_route.request.url
        if url.startswith(LOCAL_SCHEMES + allowed_origins):
            request_route.continue_()
        else:
            recorded.requests.append(url)
            request_route.abort()

    page.route("**/*", route)
    page.on("console", lambda message: message.type == "error" and recorded.console_errors.append(message.text))
    page.on("pageerror", lambda error: recorded.page_errors.append(str(error)))
    page.on("dialog", lambda dialog: (recorded.dialogs.append(dialog.message), dialog.dismiss()))
    return recorded


@pytest.fixture
def browser_page(browser: Any) -> Iterator[Any]:
    """A fresh page; ``page.recorded`` holds what it tried (requests, errors, dialogs)."""
    context = browser.new_context(viewport={"width": 1400, "height": 850})
    page = context.new_page()
    page.recorded = watch(page)
    yield page
    context.close()


@pytest.fixture
def quiet_page(browser: Any) -> Iterator[Any]:
    """A fresh page that fails the test if its scripts raise."""
    context = browser.new_context()
    opened = context.new_page()
    errors: list[str] = []
    opened.on("pageerror", lambda error: errors.append(str(error)))
    yield opened
    context.close()
    assert errors == [], f"the page raised: {errors}"
