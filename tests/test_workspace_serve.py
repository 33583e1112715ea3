"""``ehcaudit serve`` as a real process: grades posted while ``audit`` writes the same store,
kept across a restart; HTTPS with --certfile/--keyfile."""

from __future__ import annotations

import json
import shutil
import socket
import ssl
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from workspace_helpers import MONTH, ROOT, audited_store

EHCAUDIT = str(Path(sys.executable).parent / "ehcaudit")
pytestmark = pytest.mark.slow  # audits plans and starts servers, in processes


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve(cwd: Path, store: Path, port: int, *extra: str) -> subprocess.Popen:
    proc = subprocess.Popen([EHCAUDIT, "serve", "--store", str(store), "--port", str(port), *extra],
                            cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = proc.stdout.readline()
    assert f"127.0.0.1:{port}/" in line, line + proc.stderr.read()
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return proc
        except OSError:
            time.sleep(0.1)
    raise AssertionError("the server did not start")


def _stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    proc.wait(timeout=10)


def _get(url: str, context=None) -> dict:
    with urllib.request.urlopen(url, timeout=30, context=context) as r:
        return json.loads(r.read())


def _post(url: str, body: dict) -> int:
    req = urllib.request.Request(url, data=json.dumps(body).encode(), method="POST",
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=60) as r:
        return r.status


def test_grades_while_an_audit_writes_and_after_a_restart(tmp_path):
    store = audited_store(tmp_path, plans=2)
    other = tmp_path / "plans" / "2026-04"
    other.mkdir()
    for p in sorted((ROOT / "sample_plans" / "2026-04").glob("plan-*"))[:4]:
        shutil.copy(p, other / p.name)
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    proc = _serve(tmp_path, store, port)
    try:
        key = _get(f"{base}/api/months/{MONTH}/plans")["plans"][0]["plan_key"]
        crits = [c["id"] for c in _get(f"{base}/api/plans/{key}")["criteria"]]
        audit = subprocess.Popen([EHCAUDIT, "audit", "plans/2026-04", "--month", "2026-04", "--store",
                                  str(store)], cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                 text=True)
        posted = 0
        while audit.poll() is None or posted < 10:
            crit = crits[posted % len(crits)]
            assert _post(f"{base}/api/plans/{key}/grades", {"auditor": f"Tab {posted % 3}", "role": "auditor",
                                                            "criterion": crit, "level": 1 + posted % 4,
                                                            "comment": ""}) == 201
            posted += 1
            # paced: a tab posts a grade every 50 ms, not as fast as the loop turns (unpaced, about
            # 1,100 posts competed with the audit for the processor: 12.9 s of processor time)
            time.sleep(0.05)
        assert audit.wait(timeout=300) == 0, audit.stderr.read()
    finally:
        _stop(proc)
    proc = _serve(tmp_path, store, port)  # a restart
    try:
        grades = _get(f"{base}/api/plans/{key}")["grades"]
        assert len(grades) == posted and [g["id"] for g in grades] == sorted(g["id"] for g in grades)
        months = {m["month"]: m for m in _get(f"{base}/api/months")["months"]}
        assert months[MONTH]["graded"] == 1 and months["2026-04"]["plans"] == 4
    finally:
        _stop(proc)


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs openssl to make a test certificate")
def test_https_with_a_certificate(tmp_path):
    store = audited_store(tmp_path, plans=1)
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj",
                    "/CN=127.0.0.1", "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True)
    port = _free_port()
    proc = subprocess.Popen([EHCAUDIT, "serve", "--store", str(store), "--port", str(port), "--certfile",
                             str(cert), "--keyfile", str(key)], cwd=tmp_path, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        assert f"https://127.0.0.1:{port}/" in proc.stdout.readline()
        ctx = ssl.create_default_context(cafile=str(cert))
        ctx.check_hostname = False
        for _ in range(100):
            try:
                assert _get(f"https://127.0.0.1:{port}/api/months", ctx)["months"][0]["plans"] == 1
                break
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.1)
        else:
            raise AssertionError("no HTTPS answer")
    finally:
        _stop(proc)
