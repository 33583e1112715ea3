"""The workspace in a real browser: headless Chromium (Debian's chromium + chromium-driver)
driven by Selenium against ``ehcaudit serve``. Two auditors grade a plan differently, the lead
moderates, the agreement page shows the right figures; no console message, no request off the
machine. Screenshots land in the test's folder (and in $EHCAUDIT_SHOTS when set)."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from workspace_helpers import MONTH, audited_store

from ehcaudit.agreement import exact, kappa_quadratic

CHROMIUM = shutil.which("chromium")
DRIVER = shutil.which("chromedriver")
pytestmark = [pytest.mark.skipif(not (CHROMIUM and DRIVER),
                                 reason="needs Debian's chromium and chromium-driver (apt-get install chromium-driver)"),
              pytest.mark.slow]  # starts a server and headless Chromium


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture()
def server(tmp_path):
    store = audited_store(tmp_path, plans=2)
    port = _free_port()
    proc = subprocess.Popen([str(Path(sys.executable).parent / "ehcaudit"), "serve", "--store", str(store),
                             "--port", str(port)], cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    try:
        first = proc.stdout.readline()
        assert f"http://127.0.0.1:{port}/" in first, first + proc.stderr.read()
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        yield f"http://127.0.0.1:{port}", tmp_path
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture()
def browser(tmp_path):
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    opts = Options()
    opts.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--window-size=1400,1800",
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
                f"--user-data-dir={tmp_path / 'profile'}"):
        opts.add_argument(arg)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(options=opts, service=Service(DRIVER))
    try:
        yield driver
    finally:
        driver.quit()


def _shot(driver, tmp_path: Path, name: str) -> Path:
    path = tmp_path / f"workspace-{name}.png"
    driver.get_full_page_screenshot_as_file(str(path)) if hasattr(driver, "get_full_page_screenshot_as_file") \
        else driver.save_screenshot(str(path))
    if not path.exists():
        driver.save_screenshot(str(path))
    if os.environ.get("EHCAUDIT_SHOTS"):
        Path(os.environ["EHCAUDIT_SHOTS"]).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, Path(os.environ["EHCAUDIT_SHOTS"]) / path.name)
    assert path.stat().st_size > 10_000
    return path


def _flash(driver) -> str:
    """The message the next page shows (waiting for it: a click does not wait for the page)."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, 60).until(ec.presence_of_element_located((By.CSS_SELECTOR, ".flash"))).text


def _grade(driver, base: str, key: str, name: str, levels: dict[str, int]) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    driver.get(f"{base}/plans/{key}")
    field = driver.find_element(By.ID, "auditor")
    field.clear()
    field.send_keys(name)
    for crit, level in levels.items():
        Select(driver.find_element(By.ID, f"level-{crit}")).select_by_value(str(level))
        driver.find_element(By.ID, f"comment-{crit}").send_keys(f"{name} reads it as {level}")
    driver.find_element(By.CSS_SELECTOR, "form[action$='/grades'] button[type=submit]").click()
    assert f"Saved {len(levels)} grade" in _flash(driver)


def test_two_auditors_grade_the_lead_moderates_agreement_is_right(server, browser, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import Select

    base, _ = server
    d = browser
    # months -> the month (by keyboard: the skip link, then the month's link)
    d.get(base + "/")
    d.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
    assert d.switch_to.active_element.text == "Skip to the content"
    d.find_element(By.LINK_TEXT, MONTH).send_keys(Keys.ENTER)
    assert d.current_url.endswith(f"/months/{MONTH}")
    rows = d.find_elements(By.CSS_SELECTOR, "tbody tr")
    assert len(rows) == 2 and all("not started" in r.text for r in rows)
    rows[0].find_element(By.TAG_NAME, "a").click()
    key = d.current_url.rstrip("/").split("/")[-1].split("#")[0]
    d.get(f"{base}/api/plans/{key}")
    plan = json.loads(d.find_element(By.TAG_NAME, "body").text)
    crits = [c for c in plan["criteria"] if c["level"] is not None][:3]
    assert len(crits) == 3
    tool = {c["id"]: c["level"] for c in crits}
    ann = {c["id"]: lv for c, lv in zip(crits, (1, 2, 3), strict=True)}
    bob = {c["id"]: lv for c, lv in zip(crits, (1, 4, 4), strict=True)}
    _grade(d, base, key, "Ann", ann)
    assert d.find_elements(By.CSS_SELECTOR, "mark")  # findings marked in the plan's text
    _shot(d, tmp_path, "plan")
    d.delete_all_cookies()  # the second auditor, in their own session
    _grade(d, base, key, "Bob", bob)
    d.get(f"{base}/months/{MONTH}")
    assert "needs moderation" in d.find_element(By.CSS_SELECTOR, "tbody").text
    # the lead moderates the first disagreement
    d.delete_all_cookies()
    d.get(f"{base}/months/{MONTH}/moderation")
    first = d.find_element(By.ID, "mod-1")
    assert "auditors disagree" in first.text
    crit = first.find_element(By.NAME, "criterion").get_attribute("value")
    first.find_element(By.NAME, "auditor").send_keys("Lee Lead")
    Select(first.find_element(By.NAME, "level")).select_by_value("3")
    first.find_element(By.NAME, "comment").send_keys("The outcomes are measurable; Bob is right.")
    first.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    assert f"Moderated {crit}: level 3" in _flash(d), d.page_source[:2000]
    _shot(d, tmp_path, "moderation")
    # the agreement page shows the right figures
    d.get(f"{base}/months/{MONTH}/agreement")
    _shot(d, tmp_path, "agreement")
    tables = d.find_elements(By.CSS_SELECTOR, "table")
    pooled_tool = tables[0].find_element(By.CSS_SELECTOR, "tbody tr").text
    pooled_raters = tables[1].find_element(By.CSS_SELECTOR, "tbody tr").text
    tool_pairs = [(tool[c], who[c]) for c in tool for who in (ann, bob)]
    rater_pairs = [(ann[c], bob[c]) for c in tool]
    assert pooled_tool == (f"All criteria {len(tool_pairs)} {100 * exact(tool_pairs):.0f}% "
                           f"{_k(kappa_quadratic(tool_pairs, 4))}")
    assert pooled_raters == (f"All criteria 3 {100 * exact(rater_pairs):.0f}% "
                             f"{_k(kappa_quadratic(rater_pairs, 4))}")
    # the moderated level is the final one
    d.get(f"{base}/api/plans/{key}")
    plan = json.loads(d.find_element(By.TAG_NAME, "body").text)
    assert next(c for c in plan["criteria"] if c["id"] == crit)["final_level"] == 3
    # prints on A4
    from selenium.webdriver.common.print_page_options import PrintOptions

    d.get(f"{base}/plans/{key}")
    opts = PrintOptions()
    opts.page_width, opts.page_height = 21.0, 29.7
    pdf = _print(d, opts)
    assert pdf.startswith(b"%PDF") and len(pdf) > 20_000
    (tmp_path / "plan-a4.pdf").write_bytes(pdf)
    # no console message; no request left the machine
    console = d.get_log("browser")
    assert console == [], console
    urls = set()
    for entry in d.get_log("performance"):
        msg = json.loads(entry["message"])["message"]
        if msg.get("method") == "Network.requestWillBeSent":
            urls.add(msg["params"]["request"]["url"])
    # chrome:// pages are the browser's own (its new-tab page), never the network
    off = [u for u in urls if not u.startswith((base, "data:", "about:", "chrome:", "chrome-untrusted:"))]
    assert any(u.startswith(base) for u in urls) and off == [], off


def _k(v: float | None) -> str:
    return "–" if v is None else f"{v:.2f}"


def _print(d, opts) -> bytes:
    """The page as PDF. Headless Chromium now and then answers "Printing failed" when the machine
    is busy (once in session 19's CI, the page loaded and the same test passing on its own): one
    more try after a second, then the error stands."""
    import base64
    import time

    from selenium.common.exceptions import InvalidArgumentException

    try:
        return base64.b64decode(d.print_page(opts))
    except InvalidArgumentException as e:
        if "Printing failed" not in str(e):
            raise
        time.sleep(1)
        return base64.b64decode(d.print_page(opts))
