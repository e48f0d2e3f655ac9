"""The dashboard driven as a person would, in headless Chromium against `parley serve` on 127.0.0.1.

Screenshots of every page land in test-output/screenshots/ for a reviewer to look at.
"""

import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from parley import pipeline
from parley.ingest import read_inputs
from parley.records import Article
from parley.store import Store
from parley.stories import update_stories

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
SCREENSHOTS = Path(__file__).resolve().parent.parent / "test-output" / "screenshots"
CHROMIUM_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run", "--window-size=1400,1000",
)
WAIT_SECONDS = 20
HOSTILE = Article(
    id="hostile-article",
    title="<img src=x onerror=\"window.pwned=2\"> A title with markup",
    outlet="<b>Outlet</b>",
    published="2021-03-02",
    text=(
        "Foreign ministry spokesman Wang Wenbin said: \"We <script>window.pwned=1</script> hope the "
        "<b>United States</b> will work with China.\" He spoke at a regular press briefing in Beijing."
    ),
)

pytestmark = pytest.mark.skipif(
    not (CHROMIUM.exists() and CHROMEDRIVER.exists()),
    reason="needs Debian's chromium and chromium-driver (apt-get install -y chromium chromium-driver)",
)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def store_path(nlp, examples_dir, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("dashboard") / "seeds.duckdb"
    articles = [item for item in read_inputs([str(examples_dir)]) if isinstance(item, Article)]
    with Store(path) as store:
        store.write(list(pipeline.process([*articles, HOSTILE], nlp=nlp)))
        update_stories(store)
    return path


@pytest.fixture(scope="module")
def seed_ids(store_path) -> dict[str, str]:
    with Store(store_path, read_only=True) as store:
        rows = store.connection.execute("SELECT id, source, story_id FROM articles").fetchall()
    ids = {Path(source).name[:3]: article_id for article_id, source, _ in rows if source}
    ids["hostile story"] = next(story_id for article_id, _, story_id in rows if article_id == HOSTILE.id)
    return ids


@pytest.fixture(scope="module")
def server(store_path, seed_ids) -> str:
    """`parley serve` on a free port of 127.0.0.1; its base URL once it answers."""
    port = free_port()
    command = [sys.executable, "-c", "from parley.cli import main; main()", "--quiet", "serve",
               "--db", str(store_path), "--port", str(port)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{base}/api/openapi.json", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"parley serve did not start: {process.stderr.read().decode(errors='replace')}")
            time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=20)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in (*CHROMIUM_FLAGS, f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=Service(str(CHROMEDRIVER)))
    driver.implicitly_wait(0)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    yield driver
    driver.quit()


def wait_for(browser, selector: str, count: int = 1):
    """The elements matching ``selector`` once at least ``count`` are there (the pages fill in asynchronously)."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(browser, WAIT_SECONDS).until(
        lambda driver: (found := driver.find_elements(By.CSS_SELECTOR, selector)) and len(found) >= count and found
    )


def screenshot(browser, name: str) -> None:
    assert browser.save_screenshot(str(SCREENSHOTS / f"{name}.png"))


def test_clicking_the_2020_11_chn_usa_point_opens_the_briefing_with_le_yucheng_highlighted_in_000_and_002(
    browser, server, seed_ids
):
    browser.get(f"{server}/#/timeline?source=CHN&target=USA")
    (point, *_) = wait_for(browser, 'circle.point[data-direction="CHN-USA"][data-period="2020-11"]')
    directions = httpx.get(f"{server}/api/timeline", params={"source": "CHN", "target": "USA"}).json()["directions"]
    drawn = {p.get_attribute("data-direction") for p in wait_for(browser, "circle.point")}
    assert drawn == {f"{d['source']}-{d['target']}" for d in directions if d["periods"]}
    screenshot(browser, "timeline")
    point.click()
    for seed in ("000", "002"):
        marks = wait_for(browser, f'.article[data-article-id="{seed_ids[seed]}"] mark.quote[data-speaker="Le Yucheng"]')
        visible = [mark for mark in marks if mark.is_displayed()]
        assert visible, f"no highlighted Le Yucheng quote in {seed}"
        assert visible[0].value_of_css_property("background-color") not in ("rgba(0, 0, 0, 0)", "transparent")
        assert "Le Yucheng" in visible[0].text
    assert "#/story/" in browser.current_url
    screenshot(browser, "story")
    statements = wait_for(browser, ".consolidated .statement")
    assert any("Le Yucheng" in s.text and "2 article(s)" in s.text for s in statements)
    assert any("CAMEO" in e.text and e.find_element("css selector", ".cameo-description").text
               for e in wait_for(browser, ".coded .event"))


def test_a_story_asked_for_one_whole_article_lists_the_other_and_links_to_all(browser, server, seed_ids):
    from selenium.webdriver.common.by import By

    story_id = httpx.get(f"{server}/api/articles/{seed_ids['000']}").json()["story_id"]
    browser.get(f"{server}/#/story/{story_id}?articles=1")
    assert len(wait_for(browser, ".article")) == 1
    (others,) = wait_for(browser, ".other-articles")
    assert "1 more article(s)" in others.text and len(others.find_elements(By.CSS_SELECTOR, "li")) == 1
    others.find_element(By.PARTIAL_LINK_TEXT, "Show up to").click()
    wait_for(browser, ".article + .article")
    assert not browser.find_elements(By.CSS_SELECTOR, ".other-articles")


def test_statements_search_applies_the_api_filters_and_shows_its_errors(browser, server):
    from selenium.webdriver.common.by import By

    browser.get(f"{server}/#/statements")
    wait_for(browser, ".statement")
    form = browser.find_element(By.CSS_SELECTOR, "form.filters")
    form.find_element(By.NAME, "speaker").send_keys("Le Yucheng")
    form.find_element(By.NAME, "target").send_keys("USA")
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    wait_for(browser, ".results .statement")
    time.sleep(0.3)
    results = wait_for(browser, ".results .statement")
    assert all("Le Yucheng" in card.find_element(By.CSS_SELECTOR, "header").text for card in results)
    assert "speaker=Le+Yucheng" in browser.current_url and "target=USA" in browser.current_url
    screenshot(browser, "statements")
    browser.get(f"{server}/#/statements?from=2021-01-01&to=2020-01-01")
    (message,) = wait_for(browser, ".problem")
    assert "after" in message.text


def test_actor_page_shows_who_spoke_to_whom_and_over_time(browser, server):
    browser.get(f"{server}/#/actor/CHN")
    wait_for(browser, "section table tbody tr")
    page = browser.find_element("css selector", "#view").text
    assert "Le Yucheng" in page and "USA" in page
    assert wait_for(browser, "svg.bars rect")
    assert wait_for(browser, ".results .statement")
    screenshot(browser, "actor")
    browser.get(f"{server}/#/actors?q=yucheng")
    (entry,) = wait_for(browser, ".actors li")
    assert entry.text.startswith("CHNGOV")
    screenshot(browser, "actors")


def test_markup_in_an_article_shows_as_text_and_never_runs(browser, server, seed_ids):
    browser.get(f"{server}/#/story/{seed_ids['hostile story']}")
    (column,) = wait_for(browser, f'.article[data-article-id="{HOSTILE.id}"]')
    text = column.find_element("css selector", ".text").text
    assert "<script>window.pwned=1</script>" in text and "<b>United States</b>" in text
    assert '<img src=x onerror="window.pwned=2">' in column.find_element("css selector", "h2").text
    assert "<b>Outlet</b>" in column.text
    assert browser.execute_script("return typeof window.pwned") == "undefined"
    assert browser.execute_script("return document.querySelectorAll('#view script, #view img, #view b').length") == 0
    screenshot(browser, "escaping")


def test_the_dashboard_loads_nothing_from_elsewhere(browser, server):
    browser.get(f"{server}/#/timeline")
    wait_for(browser, "circle.point")
    resources = browser.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
    assert resources and all(name.startswith(server) for name in resources)

