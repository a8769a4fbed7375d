"""The browser for the reference page's tests: Debian's chromium driven by Selenium through
Debian's chromedriver, and the page served two ways (file:// and a local static server)."""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

ROOT = Path(__file__).resolve().parents[2]
SITE = ROOT / "docs" / "site"
PAGE = SITE / "index.html"
SCREENSHOTS = ROOT / "target" / "site-screenshots"

CHROMIUM = os.environ.get("NDR_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("NDR_CHROMEDRIVER", "/usr/bin/chromedriver")

# No sandbox (CI runs as root), no GPU, and nothing that talks to the network by itself: the
# page must load with the network left alone.
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--window-size=1366,900",
]


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 (the base's name)
        pass


@pytest.fixture(scope="session")
def server_url() -> Iterator[str]:
    """`docs/site/` served by Python's static server on 127.0.0.1 and a free port."""
    handler = functools.partial(_Quiet, directory=str(SITE))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture(scope="session")
def file_url() -> str:
    return PAGE.as_uri()


@pytest.fixture(scope="session")
def browser() -> Iterator[webdriver.Chrome]:
    """One headless Chromium for the session, with a fresh profile and the console log kept."""
    for program in (CHROMIUM, CHROMEDRIVER):
        if not shutil.which(program):
            pytest.fail(
                f"{program} is missing: install Debian's chromium and chromium-driver "
                "(`.ci/provision` does)"
            )
    profile = tempfile.mkdtemp(prefix="ndr-site-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture()
def page(browser: webdriver.Chrome, file_url: str) -> webdriver.Chrome:
    """The page freshly loaded from file://, at desktop size, in the light scheme."""
    browser.set_window_size(1366, 900)
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "", "features": []})
    browser.get("about:blank")
    browser.get(file_url)
    browser.get_log("browser")  # start each test with an empty console log
    return browser
