"""Shared by the workspace tests: a store audited by the CLI (in this process), and app clients."""

from __future__ import annotations

import contextlib
import shutil
import subprocess
from pathlib import Path

from cli_inprocess import run_cli
from starlette.testclient import TestClient

from ehcaudit.workspace.app import LOOPBACK_HOSTS, Config, create_app

ROOT = Path(__file__).resolve().parents[1]
MONTH = "2026-03"


def ehcaudit(*args: str, cwd: Path, input: str | None = None) -> subprocess.CompletedProcess:
    """The CLI run in this process from ``cwd`` (what the workspace tests check is what the
    commands store and write, not the process: no new Python and grammar engine each time)."""
    with contextlib.chdir(cwd):
        return run_cli(*args, input=input)


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
