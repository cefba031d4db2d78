"""The real page in headless Chromium (Debian's `chromium` and `chromium-driver`), driven by
Selenium against a real `postcheck serve` on a free loopback port: paste a draft, add a photo,
read the verdict and a finding, copy the safer version, and use it with the keyboard alone.

Screenshots of the four states (clean, warn, block with a photo, error) are written to a
temporary folder, or to $POSTCHECK_SCREENSHOTS when set, for a person to look at.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from serve_photos import face_photo_with_gps

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
STARTUP_SECONDS = 180
CHECK_SECONDS = 60

pytestmark = pytest.mark.skipif(
    not (CHROMIUM.exists() and CHROMEDRIVER.exists()),
    reason="needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)")

BLOCKING_DRAFT = "Out till 11pm placing two kids in Palmdale"
WARNING_DRAFT = ("Honestly the foster system needs to stop treating poverty like neglect. "
                 "Everyone who works at DCFS knows it.")
CLEAN_DRAFT = "Thinking about fostering? Our next resource-parent info night is online and free. Link in bio!"


@pytest.fixture(scope="module")
def server_address():
    """A real `postcheck serve` on a free port of 127.0.0.1: the address it printed, token and all."""
    server = subprocess.Popen(
        [sys.executable, "-m", "postcheck", "serve", "--no-browser"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        address = _printed_address(server)
        yield address
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        server.stdout.close()


def _printed_address(server: subprocess.Popen) -> str:
    deadline = time.monotonic() + STARTUP_SECONDS
    printed = []
    while time.monotonic() < deadline:
        line = server.stdout.readline()
        if not line:
            break
        printed.append(line)
        found = re.search(r"http://127\.0\.0\.1:\d+/\?token=[\w-]+", line)
        if found:
            return found.group(0)
    raise AssertionError("postcheck serve did not print its address:\n" + "".join(printed))


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}", "--window-size=1000,900"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)  # never downloads a driver
    driver.set_script_timeout(CHECK_SECONDS)
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def screenshots(tmp_path_factory) -> Path:
    chosen = os.environ.get("POSTCHECK_SCREENSHOTS")
    folder = Path(chosen) if chosen else tmp_path_factory.mktemp("serve-screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def page(browser, server_address):
    browser.set_window_size(1000, 900)
    browser.get(server_address)
    return browser


def by_id(driver, element_id: str):
    from selenium.webdriver.common.by import By

    return driver.find_element(By.ID, element_id)


def wait_for_verdict(driver, verdict: str) -> None:
    """Until the result on screen has this verdict and nothing is being checked."""
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, CHECK_SECONDS).until(lambda d: d.execute_script(
        "const r = document.querySelector('#result .result');"
        "return r && !document.getElementById('result').hasAttribute('aria-busy') ? r.dataset.verdict : null;")
        == verdict)


def type_draft(driver, text: str) -> None:
    draft = by_id(driver, "draft")
    draft.clear()
    draft.send_keys(text)


def add_photo(driver, path: Path) -> None:
    by_id(driver, "photo-input").send_keys(str(path))


def screenshot(driver, folder: Path, name: str) -> Path:
    """The whole page, however long, at the window's width."""
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(driver.get_window_size()["width"], height + 120)
    path = folder / f"{name}.png"
    driver.save_screenshot(str(path))
    return path


def test_block_with_a_photo_shows_the_verdict_a_finding_and_copies_the_rewrite(page, screenshots, tmp_path):
    from selenium.webdriver.common.by import By

    photo = tmp_path / "park-visit.jpg"
    photo.write_bytes(face_photo_with_gps())
    type_draft(page, BLOCKING_DRAFT)
    add_photo(page, photo)
    by_id(page, "check-button").click()
    wait_for_verdict(page, "block")

    assert "BLOCK — do not post this draft" in by_id(page, "status").text  # the live region says it
    first = page.find_element(By.ID, "finding-1")
    assert "How to fix:" in first.text and "What:" in first.text
    assert page.find_elements(By.CSS_SELECTOR, "mark.sev-high")
    labels = [label.text for label in page.find_elements(By.CSS_SELECTOR, "svg.boxes text.label")]
    assert any(label.endswith("face") for label in labels), labels
    thumbnail = page.find_element(By.CSS_SELECTOR, "img[data-photo-index='0']")
    assert thumbnail.get_attribute("src").startswith("blob:")  # shown from the browser's own memory
    assert page.execute_script("return arguments[0].naturalWidth", thumbnail) == 512
    assert "records where it was taken" in page.find_element(By.CSS_SELECTOR, ".photo").text

    screenshot(page, screenshots, "block-with-photo")
    page.execute_cdp_cmd("Browser.grantPermissions", {
        "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"], "origin": page.current_url.split("/?")[0]})
    by_id(page, "copy-rewrite").click()
    assert _eventually(lambda: by_id(page, "copy-status").text) == "Copied."
    copied = page.execute_async_script(
        "const done = arguments[0]; navigator.clipboard.readText().then(done, () => done(null));")
    assert copied == by_id(page, "rewrite").get_attribute("value")
    assert "a nearby town" in copied and "Palmdale" not in copied


def test_a_warning_draft(page, screenshots):
    type_draft(page, WARNING_DRAFT)
    by_id(page, "check-button").click()
    wait_for_verdict(page, "warn")
    assert "WARN — review before posting" in by_id(page, "status").text
    screenshot(page, screenshots, "warn")


def test_a_clean_draft_is_checked_when_the_writer_pauses(page, screenshots):
    type_draft(page, CLEAN_DRAFT)  # no click: the pause in typing starts the check
    wait_for_verdict(page, "pass")
    assert "PASS — no policy problems found" in by_id(page, "status").text
    screenshot(page, screenshots, "clean")


def test_a_photo_that_cannot_be_screened_is_an_error_never_a_pass(page, screenshots, tmp_path):
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"\xff\xd8 this is not really a photo")
    type_draft(page, CLEAN_DRAFT)
    add_photo(page, broken)
    by_id(page, "check-button").click()
    wait_for_verdict(page, "error")
    assert "do not treat as safe" in by_id(page, "status").text
    screenshot(page, screenshots, "error")


def test_the_page_works_from_the_keyboard_alone_on_a_phone_sized_window(page, screenshots):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys

    page.set_window_size(390, 844)
    by_id(page, "draft").click()
    ActionChains(page).send_keys(BLOCKING_DRAFT).perform()
    for _ in range(8):  # Tab past the photo picker to the Check button
        ActionChains(page).send_keys(Keys.TAB).perform()
        if page.switch_to.active_element.get_attribute("id") == "check-button":
            break
    assert page.switch_to.active_element.get_attribute("id") == "check-button"
    ActionChains(page).send_keys(Keys.ENTER).perform()
    wait_for_verdict(page, "block")
    assert page.execute_script("return document.documentElement.scrollWidth <= window.innerWidth")  # no sideways scroll
    screenshot(page, screenshots, "phone-block")


def _eventually(read, seconds: float = 5.0):
    deadline = time.monotonic() + seconds
    value = read()
    while not value and time.monotonic() < deadline:
        time.sleep(0.1)
        value = read()
    return value
