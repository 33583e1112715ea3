"""Processor time per test, for finding what makes the suite slow on a busy machine (wall times
from ``--durations`` grow with the load; processor time does not).

Each test's figure is its own user+system time plus that of the processes it started and
waited for (``os.times()`` before and after the test's setup, call and teardown). Run::

    PYTHONPATH=tests .venv/bin/python -m pytest -n 2 -p cpu_per_test --cpu-per-test DIR
    .venv/bin/python tests/cpu_per_test.py DIR        # totals (slow and not), the heaviest 40 tests and 20 files

Every process (each xdist worker, or the one pytest) writes ``DIR/<worker>-<pid>.json``.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

_rows: list[tuple[float, str, bool]] = []


def _cpu() -> float:
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def pytest_addoption(parser):
    parser.addoption("--cpu-per-test", metavar="DIR", default=None,
                     help="write each test's processor time (with its child processes) to DIR")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item, nextitem):
    before = _cpu()
    yield
    _rows.append((round(_cpu() - before, 2), item.nodeid, item.get_closest_marker("slow") is not None))


def pytest_sessionfinish(session):
    folder = session.config.getoption("--cpu-per-test")
    if not folder or not _rows:
        return
    Path(folder).mkdir(parents=True, exist_ok=True)
    name = f"{os.environ.get('PYTEST_XDIST_WORKER', 'main')}-{os.getpid()}.json"
    (Path(folder) / name).write_text(json.dumps({"tests": _rows, "process_total": _cpu()}), encoding="utf-8")


def _summary(folder: Path, most: int = 40) -> None:
    rows: list[tuple[float, str, bool]] = []
    for f in sorted(folder.glob("*.json")):
        rows += [tuple(r) for r in json.loads(f.read_text(encoding="utf-8"))["tests"]]
    rows.sort(reverse=True)
    slow = sum(r[0] for r in rows if r[2])
    print(f"{len(rows)} tests: {sum(r[0] for r in rows):.1f} s of processor time "
          f"(slow {slow:.1f} s, not slow {sum(r[0] for r in rows if not r[2]):.1f} s)")
    for cpu, nodeid, is_slow in rows[:most]:
        print(f"{cpu:7.2f} s  {'slow ' if is_slow else '     '}{nodeid}")
    files: dict[str, list[float]] = {}
    for cpu, nodeid, _ in rows:
        files.setdefault(nodeid.split("::", 1)[0], []).append(cpu)
    print(f"\nby file (the heaviest {most // 2}):")
    for path, cpus in sorted(files.items(), key=lambda kv: -sum(kv[1]))[:most // 2]:
        print(f"{sum(cpus):7.1f} s  {len(cpus):4d} tests  {path}")


if __name__ == "__main__":
    _summary(Path(sys.argv[1]))
