"""Open a page in headless Chromium (Debian's `chromium`) as a reader would, take a screenshot,
and check the page logged no console messages and asked the network for nothing.

Chromium phones its own services (updates, dictionaries, accounts); those requests are the
browser's, not the page's, and are ignored. Tests using this skip when Chromium is absent.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

needs_chromium = pytest.mark.skipif(shutil.which("chromium") is None, reason="chromium not installed")
_BROWSER_OWN = re.compile(r"^https?://([a-z0-9.-]+\.)?(google\.com|googleapis\.com|gvt1\.com|gstatic\.com)/")


def render_offline(page: Path, work: Path, size: str = "1000,1400", min_png_bytes: int = 10_000) -> Path:
    """Screenshot ``page``; assert no console messages and no request made by the page."""
    shot = work / "shot.png"
    proc = subprocess.run(
        ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run", f"--user-data-dir={work / 'profile'}",
         "--enable-logging=stderr", "--v=0", f"--log-net-log={work / 'net.json'}",
         f"--window-size={size}", f"--screenshot={shot}", page.as_uri()],
        capture_output=True, text=True, timeout=120)
    assert shot.exists() and shot.stat().st_size > min_png_bytes
    console = [line for line in proc.stderr.splitlines() if "CONSOLE" in line]
    assert not console, console
    net = (work / "net.json").read_text(encoding="utf-8", errors="replace") if (work / "net.json").exists() else ""
    urls = set(re.findall(r'"url":"([^"]+)"', net))
    asked = [u for u in urls if not _BROWSER_OWN.match(u) and not u.startswith(("file:", "data:", "chrome"))]
    assert not asked, asked
    return shot
