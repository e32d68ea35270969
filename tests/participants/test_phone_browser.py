"""The phone page in a real browser (headless Chromium at a phone's size) against `samskap serve`.

Join by the URL, write a note (markup as text), see it released, vote, see the
result; with the server gone, the typed note stays in the field. Each state the
page passes through is checked for WCAG 2.1 AA: axe-core (the pinned npm release
that .ci/setup fetches, see axe_support.py; loaded into the test page only) with
the WCAG 2.0 and 2.1 A/AA rules and its best practices finds nothing; every
target is at least 44 x 44 CSS px at 390 x 844; the page reflows without
horizontal scrolling at 320 CSS px (WCAG 1.4.10: 1280 px at 400 %, 640 px at
200 %) and with text at 200 % (1.4.4); whatever takes focus shows it.
Screenshots of every state at 390 and 320 px go to tests/screenshots/phone-*.png
for a person to look at.
"""

from __future__ import annotations

import base64
import dataclasses
import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.domain.model import Vote
from tests.conftest import SCREENSHOTS
from tests.participants.axe_support import VERSION as AXE_VERSION
from tests.participants.axe_support import AxeCoreError, verified_script
from tests.participants.room_support import make_file
from tests.participants.serve_support import ServeProcess
from tests.participants.workshops import room_workshop

webdriver = pytest.importorskip("selenium.webdriver")
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.chrome.webdriver import WebDriver  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

CHROMEDRIVER = "/usr/bin/chromedriver"
MARKUP = "<b>Benkar</b> & <script>alert(1)</script>"
PHONE = (390, 844)
NARROW = 320
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
SMALLEST_TARGET = 44  # CSS px, WCAG 2.1 2.5.5 Target Size; the issue asks for large touch targets


def missing(reason: str) -> None:
    """.ci/setup installs the browser and axe-core: on CI a missing one is a broken set-up, not a skip."""
    if os.environ.get("CI"):
        pytest.fail(f"{reason}: .ci/setup should have installed it")
    pytest.skip(reason)


@pytest.fixture
def axe_script() -> str:
    try:
        return verified_script()
    except AxeCoreError as error:
        missing(str(error))
        raise


@pytest.fixture
def browser() -> Iterator[WebDriver]:
    if not Path(CHROMEDRIVER).exists() or shutil.which("chromium") is None:
        missing("needs Debian's chromium and chromium-driver")
    options = webdriver.ChromeOptions()
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        f"--window-size={PHONE[0]},{PHONE[1]}",
        "--force-device-scale-factor=1",
    ):
        options.add_argument(flag)
    driver: WebDriver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    viewport(driver, PHONE[0])
    try:
        yield driver
    finally:
        driver.quit()


def viewport(driver: WebDriver, width: int) -> None:
    """A phone's viewport of `width` x 844 CSS px, as a phone lays it out (the viewport meta tag counts).

    The headless window's own size leaves out its frame, and a window is no phone.
    """
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": PHONE[1], "deviceScaleFactor": 1, "mobile": True},
    )


def shot(driver: WebDriver, name: str) -> None:
    """The whole page, not only the viewport, so a person sees every part of the state."""
    SCREENSHOTS.mkdir(exist_ok=True)
    width, height = driver.execute_script(
        "return [window.innerWidth, Math.max(document.documentElement.scrollHeight, window.innerHeight)]"
    )
    png = driver.execute_cdp_cmd(
        "Page.captureScreenshot",
        {
            "format": "png",
            "captureBeyondViewport": True,
            "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1},
        },
    )
    (SCREENSHOTS / f"phone-{name}.png").write_bytes(base64.b64decode(png["data"]))


def axe_findings(driver: WebDriver, script: str) -> list[str]:
    """Every axe-core violation of the page as it is now, whatever its impact."""
    if not driver.execute_script("return !!window.axe"):
        driver.execute_script(script)
    result = json.loads(
        driver.execute_async_script(
            "var done = arguments[arguments.length - 1];"
            "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
            ".then(function (r) { done(JSON.stringify({version: axe.version, violations: r.violations})); })"
            ".catch(function (e) { done(JSON.stringify({error: String(e)})); });",
            AXE_TAGS,
        )
    )
    assert "error" not in result, result
    assert result["version"] == AXE_VERSION, "a different axe-core was already in the page"
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']]}" for v in result["violations"]
    ]


# What a finger or a keyboard can reach; a heading the page focuses (tabindex -1) is neither.
CONTROLS = "button, input, textarea, select, a[href], [tabindex]:not([tabindex='-1'])"

SMALL_TARGETS = """
var small = [];
var all = document.querySelectorAll(arguments[1]);
for (var i = 0; i < all.length; i++) {
  var r = all[i].getBoundingClientRect();
  if (r.width === 0 && r.height === 0) { continue; }  /* not shown */
  if (r.width < arguments[0] || r.height < arguments[0]) {
    small.push((all[i].id || all[i].getAttribute('aria-label') || all[i].tagName) + ' ' + r.width + 'x' + r.height);
  }
}
return small;
"""

FOCUS_WITHOUT_OUTLINE = """
var bare = [];
var all = document.querySelectorAll(arguments[0]);
var before = document.activeElement;
for (var i = 0; i < all.length; i++) {
  if (all[i].getClientRects().length === 0 || all[i].disabled) { continue; }
  all[i].focus();
  var style = window.getComputedStyle(all[i]);
  if (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) < 2) {
    bare.push(all[i].id || all[i].getAttribute('aria-label') || all[i].tagName);
  }
}
if (before && before !== document.body) { before.focus(); } else { document.activeElement.blur(); }
return bare;
"""

HORIZONTAL_OVERFLOW = "return [document.documentElement.scrollWidth, window.innerWidth]"

# WCAG 1.4.12: the spacing a reader's own style sheet may set, at the least the criterion names.
TEXT_SPACING = """
var style = document.createElement('style');
style.id = 'text-spacing';
style.textContent = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important;'
  + ' word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';
document.head.appendChild(style);
"""

CLIPPED_TEXT = """
var clipped = [];
var all = document.querySelectorAll('main *');
for (var i = 0; i < all.length; i++) {
  var el = all[i];
  if (el.getClientRects().length === 0 || el.tagName === 'TEXTAREA' || el.tagName === 'INPUT') { continue; }
  if (el.scrollWidth > el.clientWidth + 1 && window.getComputedStyle(el).overflowX !== 'visible') {
    clipped.push(el.id || el.tagName);
  }
}
return clipped;
"""


def assert_fits(driver: WebDriver, width: int, what: str) -> None:
    """No sideways scrolling (WCAG 1.4.10) in a viewport `width` CSS px wide.

    A mobile viewport widens itself to content wider than the screen, so the viewport's
    own width is checked too, not only that the document is no wider than it.
    """
    scroll, inner = driver.execute_script(HORIZONTAL_OVERFLOW)
    assert (inner, scroll <= inner) == (width, True), f"{what}: {scroll} px wide in a viewport of {inner}"


def check_state(driver: WebDriver, axe: str, name: str) -> None:
    """One state of the page meets WCAG 2.1 AA as far as a test can tell; screenshots for the rest."""
    findings = axe_findings(driver, axe)
    assert findings == [], f"axe-core finds on the {name} page:\n" + "\n".join(findings)
    assert driver.execute_script(SMALL_TARGETS, SMALLEST_TARGET, CONTROLS) == [], name
    assert driver.execute_script(FOCUS_WITHOUT_OUTLINE, CONTROLS) == [], name
    assert_fits(driver, PHONE[0], name)
    shot(driver, name)
    try:
        viewport(driver, NARROW)
        assert_fits(driver, NARROW, f"{name} at {NARROW} px")
        shot(driver, f"{name}-{NARROW}")
        viewport(driver, PHONE[0])
        # Text at 200 % (the browser's font size setting), at the phone's width: it must grow.
        body_font = "return parseFloat(window.getComputedStyle(document.body).fontSize)"
        normal = driver.execute_script(body_font)
        driver.execute_script("document.documentElement.style.fontSize = '200%'")
        assert driver.execute_script(body_font) == 2 * normal, f"{name}: text ignores the browser's text size"
        assert_fits(driver, PHONE[0], f"{name} with text at 200 %")
        shot(driver, f"{name}-text200")
        driver.execute_script("document.documentElement.style.fontSize = ''")
        viewport(driver, NARROW)
        driver.execute_script(TEXT_SPACING)
        assert_fits(driver, NARROW, f"{name} with wider text spacing")
        assert driver.execute_script(CLIPPED_TEXT) == [], f"{name}: text cut off with wider text spacing"
    finally:
        driver.execute_script(
            "document.documentElement.style.fontSize = '';"
            "var s = document.getElementById('text-spacing'); if (s) { s.remove(); }"
        )
        viewport(driver, PHONE[0])


def visible_text(driver: WebDriver, selector: str) -> str:
    return driver.find_element(By.CSS_SELECTOR, selector).text


@pytest.mark.slow
def test_a_phone_joins_writes_sees_its_note_released_and_votes(
    browser: WebDriver, axe_script: str, tmp_path: Path
) -> None:
    workshop = room_workshop()
    workshop.votes.append(Vote("b-ideas", title="Beste idé", dots_per_person=2, id="v-1"))
    path = make_file(tmp_path / "nettlesar.samskap", dataclasses.replace(workshop))
    server = ServeProcess(path, "--release", "auto")
    driver = browser
    wait = WebDriverWait(driver, 30)
    try:
        driver.get(server.url)
        wait.until(lambda d: d.find_element(By.ID, "join").is_displayed())
        assert driver.find_element(By.ID, "code").get_attribute("value") == server.code
        assert visible_text(driver, "label[for=code]") == "Romkode"
        assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "nb"
        check_state(driver, axe_script, "join")
        driver.find_element(By.ID, "name").send_keys("Kari")
        driver.find_element(By.CSS_SELECTOR, "#join-form button").click()
        wait.until(lambda d: d.find_element(By.ID, "step-title").text == "Idémyldring")
        assert "Skriv én idé per lapp." in visible_text(driver, "#instructions")
        assert visible_text(driver, "#timer") == "15:00 (pause)"
        # The join button that had focus is gone: reading goes on from the step's title.
        assert driver.switch_to.active_element.get_attribute("id") == "step-title"
        wait.until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#candidates li")) == 3)
        check_state(driver, axe_script, "joined")

        driver.find_element(By.ID, "note").send_keys(MARKUP)
        assert visible_text(driver, "#note-count") == f"{len(MARKUP)} av 500 tegn"
        check_state(driver, axe_script, "writing")
        driver.find_element(By.ID, "send").click()
        wait.until(lambda d: "På tavla" in d.find_element(By.ID, "mine").text)
        mine = driver.find_element(By.CSS_SELECTOR, "#mine li span")
        assert mine.text == MARKUP, "markup shows as text"
        assert driver.find_elements(By.CSS_SELECTOR, "#mine b, #mine script") == []
        assert driver.find_element(By.ID, "note").get_attribute("value") == ""
        assert visible_text(driver, "#status") == "Lappen er lagret."
        wait.until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#candidates li")) == 4)
        check_state(driver, axe_script, "released")

        assert visible_text(driver, "#dots-left") == "Prikker igjen: 2 av 2"
        plus = driver.find_element(By.CSS_SELECTOR, "#candidates li:nth-child(2) button:last-child")
        assert plus.get_attribute("aria-label") == "Gi en prikk til: Gangfelt"
        check_state(driver, axe_script, "voting")
        plus.click()
        wait.until(lambda d: d.find_element(By.ID, "dots-left").text == "Prikker igjen: 1 av 2")
        wait.until(lambda d: "Gangfelt" in d.find_element(By.ID, "results").text)
        assert visible_text(driver, "#results li:first-child") == "1. Gangfelt\n1 prikk"
        # The list was drawn anew; focus stays on the note, on "take back" now that "+" is disabled.
        focused = driver.switch_to.active_element
        assert focused.get_attribute("aria-label") == "Ta tilbake en prikk fra: Gangfelt"
        check_state(driver, axe_script, "voted")

        # The laptop goes away: what is typed stays, and the page says it is not sent yet.
        assert server.stop()[0] == 0
        driver.find_element(By.ID, "note").send_keys("Skriven utan nett")
        driver.find_element(By.ID, "send").click()
        wait.until(lambda d: "Ikke sendt" in d.find_element(By.ID, "status").text)
        assert driver.find_element(By.ID, "note").get_attribute("value") == "Skriven utan nett"
        pending = driver.execute_script("return localStorage.getItem('samskap.pending')")
        assert json.loads(pending)["text"] == "Skriven utan nett"
        check_state(driver, axe_script, "offline")
    finally:
        server.stop()


@pytest.mark.slow
def test_a_note_the_server_finds_too_long_is_named_so_on_the_phone(browser: WebDriver, tmp_path: Path) -> None:
    """A note kept on the phone from before (a page that did not know the limit) and refused by the
    server for its length: the phone says it is too long, with the numbers, and keeps the text."""
    path = make_file(tmp_path / "lang.samskap", room_workshop())
    server = ServeProcess(path)
    driver = browser
    wait = WebDriverWait(driver, 30)
    try:
        driver.get(server.url)
        wait.until(lambda d: d.find_element(By.ID, "join").is_displayed())
        driver.find_element(By.CSS_SELECTOR, "#join-form button").click()
        wait.until(lambda d: d.find_element(By.ID, "step-title").text == "Idémyldring")
        long_note = "Lang lapp. " * 60  # 660 characters; a phone note holds 500
        driver.execute_script(
            "localStorage.setItem('samskap.pending', JSON.stringify({id: arguments[0], text: arguments[1]}));"
            "window.dispatchEvent(new Event('online'));",
            "a1b2c3d4e5f60718" * 2,
            long_note,
        )

        def refused(d: WebDriver) -> bool:
            # The page sends a kept note when it is back online; a request of its own still in
            # flight at the first 'online' makes it wait for the next one, as a phone would.
            if "For lang" in d.find_element(By.ID, "status").text:
                return True
            d.execute_script("window.dispatchEvent(new Event('online'));")
            return False

        wait.until(refused)
        assert visible_text(driver, "#status") == f"For lang: {len(long_note)} av 500 tegn"
        assert driver.find_element(By.ID, "note").get_attribute("value") == long_note
        # The page hears the server again (back online): the reason stays, not "connected" over it.
        driver.execute_script(
            "window.__states = 0; var open = XMLHttpRequest.prototype.open;"
            "XMLHttpRequest.prototype.open = function (m, u) {"
            "  if (u === '/api/state') { this.addEventListener('loadend', function () { window.__states++; }); }"
            "  return open.apply(this, arguments); };"
            "window.dispatchEvent(new Event('online'));"
        )
        wait.until(lambda d: d.execute_script("return window.__states") >= 1)
        assert visible_text(driver, "#status") == f"For lang: {len(long_note)} av 500 tegn"
        shot(driver, "note-too-long")
    finally:
        server.stop()
