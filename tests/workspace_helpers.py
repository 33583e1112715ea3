"""Shared by the workspace tests: a store audited by the real CLI, and app clients."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from starlette.testclient import TestClient

from ehcaudit.workspace.app import LOOPBACK_HOSTS, Config, create_app

ROOT = Path(__file__).resolve().parents[1]
MONTH = "2026-03"


def ehcaudit(*args: str, cwd: Path, input: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([str(Path(sys.executable).parent / "ehcaudit"), *args],
                          cwd=cwd, capture_output=True, text=True, input=input, timeout=300)


def audited_store(base: Path, plans: int = 3) -> Path:
    """``base/reports/ehcaudit.db`` after ``ehcaudit audit`` of a few sample plans."""
    folder = base / "plans" / MONTH
    folder.mkdir(parents=True)
    for p in sorted((ROOT / "sample_plans" / MONTH).glob("plan-*"))[:plans]:
        shutil.copy(p, folder / p.name)
    res = ehcaudit("audit", f"plans/{MONTH}", "--month", MONTH, "--store", "reports/ehcaudit.db", cwd=base)
    assert res.returncode == 0, res.stderr
    return base / "reports" / "ehcaudit.db"


def client(store: Path, users=None) -> TestClient:
    cfg = Config(store=store, users=users, allowed_hosts=[*LOOPBACK_HOSTS, "testserver"],
                 plan_roots=[store.parent.parent])
    return TestClient(create_app(cfg))
