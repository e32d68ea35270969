"""The phone page in a real browser (headless Chromium at a phone's size) against `samskap serve`.

Join by the URL, write a note (markup as text), see it released, vote, see the
result; with the server gone, the typed note stays in the field. axe-core
(the copy inside the axe-selenium-python package, loaded into the test page
only) finds no serious or critical violation. Screenshots go to
tests/screenshots/phone-*.png for a person to look at.
"""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.domain.model import Vote
from tests.conftest import SCREENSHOTS
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


@pytest.fixture
def browser() -> Iterator[WebDriver]:
    if not Path(CHROMEDRIVER).exists() or shutil.which("chromium") is None:
        # .ci/setup installs both: on CI a missing browser is a broken set-up, not a reason to skip.
        if os.environ.get("CI"):
            pytest.fail("CI has no chromium or chromium-driver: .ci/setup should have installed them")
        pytest.skip("needs Debian's chromium and chromium-driver")
    options = webdriver.ChromeOptions()
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--window-size=390,844",
        "--force-device-scale-factor=1",
    ):
        options.add_argument(flag)
    driver: WebDriver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_window_size(390, 844)
    try:
        yield driver
    finally:
        driver.quit()


def shot(driver: WebDriver, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    assert driver.save_screenshot(str(SCREENSHOTS / f"phone-{name}.png"))


def axe_problems(driver: WebDriver) -> list[str]:
    import axe_selenium_python  # type: ignore[import-untyped]

    script = Path(axe_selenium_python.__file__).parent / "node_modules" / "axe-core" / "axe.min.js"
    driver.execute_script(script.read_text(encoding="utf-8"))
    result = driver.execute_async_script(
        "var done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'best-practice']})"
        ".then(function (r) { done(JSON.stringify(r.violations)); })"
        ".catch(function (e) { done(JSON.stringify({error: String(e)})); });"
    )
    assert "error" not in json.loads(result), result
    return [
        f"{v['id']} ({v['impact']}): {v['help']}" for v in json.loads(result) if v["impact"] in ("serious", "critical")
    ]


def visible_text(driver: WebDriver, selector: str) -> str:
    return driver.find_element(By.CSS_SELECTOR, selector).text


@pytest.mark.slow
def test_a_phone_joins_writes_sees_its_note_released_and_votes(browser: WebDriver, tmp_path: Path) -> None:
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
        assert axe_problems(driver) == []
        shot(driver, "join")
        driver.find_element(By.ID, "name").send_keys("Kari")
        driver.find_element(By.CSS_SELECTOR, "#join-form button").click()
        wait.until(lambda d: d.find_element(By.ID, "step-title").text == "Idémyldring")
        assert "Skriv én idé per lapp." in visible_text(driver, "#instructions")
        assert visible_text(driver, "#timer") == "15:00 (pause)"

        driver.find_element(By.ID, "note").send_keys(MARKUP)
        assert visible_text(driver, "#note-count") == f"{len(MARKUP)} av 500 tegn"
        driver.find_element(By.ID, "send").click()
        wait.until(lambda d: "På tavla" in d.find_element(By.ID, "mine").text)
        mine = driver.find_element(By.CSS_SELECTOR, "#mine li span")
        assert mine.text == MARKUP, "markup shows as text"
        assert driver.find_elements(By.CSS_SELECTOR, "#mine b, #mine script") == []
        assert driver.find_element(By.ID, "note").get_attribute("value") == ""
        assert visible_text(driver, "#status") == "Lappen er lagret."
        shot(driver, "released")

        wait.until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#candidates li")) == 4)
        assert visible_text(driver, "#dots-left") == "Prikker igjen: 2 av 2"
        plus = driver.find_element(By.CSS_SELECTOR, "#candidates li:nth-child(2) button:last-child")
        assert plus.get_attribute("aria-label") == "Gi en prikk til: Gangfelt"
        plus.click()
        wait.until(lambda d: d.find_element(By.ID, "dots-left").text == "Prikker igjen: 1 av 2")
        wait.until(lambda d: "Gangfelt" in d.find_element(By.ID, "results").text)
        assert visible_text(driver, "#results li:first-child") == "1. Gangfelt\n1 prikk"
        assert axe_problems(driver) == []
        driver.execute_script("window.scrollTo(0, document.body.scrollHeight)")
        shot(driver, "voted")

        # The laptop goes away: what is typed stays, and the page says it is not sent yet.
        assert server.stop()[0] == 0
        driver.find_element(By.ID, "note").send_keys("Skriven utan nett")
        driver.find_element(By.ID, "send").click()
        wait.until(lambda d: "Ikke sendt" in d.find_element(By.ID, "status").text)
        assert driver.find_element(By.ID, "note").get_attribute("value") == "Skriven utan nett"
        pending = driver.execute_script("return localStorage.getItem('samskap.pending')")
        assert json.loads(pending)["text"] == "Skriven utan nett"
        driver.execute_script("window.scrollTo(0, 0)")
        shot(driver, "offline")
    finally:
        server.stop()
