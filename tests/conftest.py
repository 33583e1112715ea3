"""Test-session guards. No test may reach the network: plans hold children's data and
councils' machines are offline. Loopback stays open for local protocol servers."""

from __future__ import annotations

import os
import socket
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # test helper modules (docx_builders, ...)

_real_connect = socket.socket.connect
_LOOPBACK = ("127.", "::1", "localhost")


def _guarded_connect(self, address):
    host = address[0] if isinstance(address, tuple) else str(address)
    if self.family == socket.AF_UNIX or str(host).startswith(_LOOPBACK):
        return _real_connect(self, address)
    raise OSError(f"network access blocked in tests: tried to connect to {address!r}")


@pytest.fixture(autouse=True, scope="session")
def _no_external_network():
    socket.socket.connect = _guarded_connect
    yield
    socket.socket.connect = _real_connect


@pytest.fixture()
def no_network(monkeypatch):
    """Block every connection, loopback included, and record attempts."""
    attempts: list = []

    def refuse(*args, **kwargs):
        attempts.append(args[1:] if args else kwargs)
        raise OSError("network blocked by the no_network fixture")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


# -- pytest-xdist: files whose tests share an expensive module or session fixture run whole on one
# worker (the fixture is built once, not once per worker); every other test is scheduled on its
# own, as ``--dist load`` does. (``xdist_group`` marks would do this with ``--dist loadgroup``,
# but pytest-xdist 3.8 cannot rename the test ids of pytest 9, so the marks are ignored.)
# Measured: each of these fixtures costs 5-20 s of processor time a worker (an audited store,
# LibreOffice exports, the scored sample plans).
SHARED_FIXTURE_FILES = frozenset({
    "tests/test_sample_plans.py", "tests/test_workspace_api.py", "tests/test_workspace_security.py",
    "tests/test_hardening_reports.py", "tests/test_reader_pdf.py", "tests/test_hostile_batch.py",
    "tests/test_finding_spans.py", "tests/test_trend.py",
    # measured split over both workers on 7 December 2026, each building the module fixture: the
    # blind-layout LibreOffice exports (about 2 s a worker), three sample plans scored (0.4 s)
    "tests/test_reader_pdf_blind.py", "tests/test_store.py",
    # the engine without the clinical vocabulary and each term's rule breaches, worked out once a
    # process for the slow test of every term and the quick test of a sample (about 2 s a worker)
    "tests/test_clinical_vocabulary_r31.py",
})


def pytest_xdist_make_scheduler(config, log):
    if config.getvalue("dist") not in ("load", "loadgroup"):
        return None  # an explicit --dist loadfile, loadscope, ... is obeyed
    from xdist.scheduler import LoadScopeScheduling

    class SharedFixtureScheduling(LoadScopeScheduling):
        """Files in SHARED_FIXTURE_FILES as one unit each (largest first), other tests singly."""

        def _split_scope(self, nodeid: str) -> str:
            path = nodeid.split("::", 1)[0]
            return path if path in SHARED_FIXTURE_FILES else nodeid

    return SharedFixtureScheduling(config, log)


# -- pytest-xdist: the longest tests start first. With ``--dist load`` a worker takes the next
# unit when it runs short, so a 20-40 s test collected late becomes the tail of the run (the
# other worker idles while it finishes). On a worker, the slow-marked tests are put first (the
# measured heaviest of them before the rest); the scheduler above then hands out the
# shared-fixture files (largest first) and after them these tests in this order. A run in one
# process keeps the files' order.
HEAVIEST_FIRST = (  # measured per test (processor time, 6 December 2026): 4-32 s each
    "tests/test_pipeline_offline.py::",
    "tests/test_hardening_reports.py::test_two_audits_creating_a_new_store_at_once_both_succeed",
    "tests/test_audit.py::test_killed_run_then_rerun_gives_the_uninterrupted_store",
    "tests/test_workspace_serve.py::",
    "tests/test_workspace_browser.py::",
    "tests/test_audit.py::test_a_warm_reaudit_loads_neither_the_rubric_schema_nor_the_checks_nor_the_reader",
    "tests/test_audit.py::test_ctrl_c_keeps_what_was_written_and_leaves_no_workers",
    "tests/test_hardening_inputs.py::test_per_plan_time_limit",
)


def pytest_collection_modifyitems(config, items):
    if not os.environ.get("PYTEST_XDIST_WORKER"):
        return

    def rank(item) -> int:
        if item.nodeid.startswith(HEAVIEST_FIRST):
            return 0
        return 1 if item.get_closest_marker("slow") else 2

    items.sort(key=rank)  # stable: the files' order within each rank
