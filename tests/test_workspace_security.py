"""The workspace off loopback: accounts (scrypt), login, roles, CSRF, audit log, refusals."""

from __future__ import annotations

import os
import sqlite3

import pytest
from cli_inprocess import run_cli
from workspace_helpers import MONTH, audited_store, client, ehcaudit

from ehcaudit.workspace.auth import load_users

PASSWORDS = {"Lena Lead": "lead-password-1", "Ann Auditor": "ann-password-1", "Vic Viewer": "vic-password-1"}


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    base = tmp_path_factory.mktemp("wssec")
    store = audited_store(base, plans=1)
    users = base / "users.txt"
    for (name, pw), role in zip(PASSWORDS.items(), ("lead", "auditor", "viewer"), strict=True):
        res = run_cli("users", "add", name, "--role", role, "--users", str(users), "--password-stdin",
                      input=pw + "\n")  # in this process: the file written is what is tested
        assert res.returncode == 0, res.stderr
    return base, store, users


def test_users_file_holds_scrypt_hashes_never_passwords(setup):
    base, _, users = setup
    text = users.read_text()
    assert all(pw not in text for pw in PASSWORDS.values())
    assert text.count("\tscrypt$16384$8$1$") == 3
    assert oct(os.stat(users).st_mode & 0o777) == "0o600"
    res = ehcaudit("users", "add", "Short", "--users", str(users), "--password-stdin", cwd=base, input="abc\n")
    assert res.returncode == 2 and len(res.stderr.strip().splitlines()) == 1


def test_off_loopback_without_users_is_refused(setup):
    base, store, users = setup
    res = ehcaudit("serve", "--store", str(store), "--host", "0.0.0.0", cwd=base)
    assert res.returncode == 2
    assert len(res.stderr.strip().splitlines()) == 1 and "--users" in res.stderr
    res = ehcaudit("serve", "--store", str(store), "--host", "0.0.0.0", "--users", str(base / "none.txt"), cwd=base)
    assert res.returncode == 2 and len(res.stderr.strip().splitlines()) == 1
    res = ehcaudit("serve", "--store", str(store), "--certfile", str(users), cwd=base)
    assert res.returncode == 2 and "--keyfile" in res.stderr
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        res = ehcaudit("serve", "--store", str(store), "--port", str(taken.getsockname()[1]), cwd=base)
    assert res.returncode == 1 and res.stderr.startswith("error: cannot listen") and res.stdout == ""


def _login(c, name):
    token = c.get("/login").text.split('name="csrf" value="')[1].split('"')[0]
    return c.post("/login", data={"name": name, "password": PASSWORDS[name], "csrf": token, "next": "/"},
                  follow_redirects=False)


def test_login_roles_csrf_and_audit_log(setup):
    _, store, users = setup
    accounts = load_users(users)
    c = client(store, users=accounts)
    # nothing without a login
    r = c.get("/", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/login")
    r = c.get("/api/months")
    assert r.status_code == 401 and set(r.json()) == {"error"}
    # a wrong password
    token = c.get("/login").text.split('name="csrf" value="')[1].split('"')[0]
    r = c.post("/login", data={"name": "Ann Auditor", "password": "wrong-password", "csrf": token})
    assert r.status_code == 401
    # a login form without its token
    r = c.post("/login", data={"name": "Ann Auditor", "password": PASSWORDS["Ann Auditor"]})
    assert r.status_code == 403
    # the session cookie is signed, HttpOnly and SameSite
    r = _login(c, "Ann Auditor")
    assert r.status_code == 303
    cookie = r.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie
    key = c.get(f"/api/months/{MONTH}/plans").json()["plans"][0]["plan_key"]
    crit = c.get(f"/api/plans/{key}").json()["criteria"][0]["id"]
    csrf = c.get("/api/session").json()["csrf"]
    body = {"role": "auditor", "criterion": crit, "level": 2, "comment": "c"}
    assert c.post(f"/api/plans/{key}/grades", json=body).status_code == 403  # no CSRF header
    r = c.post(f"/api/plans/{key}/grades", json=body, headers={"x-csrf-token": csrf})
    assert r.status_code == 201 and r.json()["auditor"] == "Ann Auditor"  # the logged-in user
    r = c.post(f"/api/plans/{key}/grades", json={**body, "auditor": "Someone Else"}, headers={"x-csrf-token": csrf})
    assert r.status_code == 403
    r = c.post(f"/api/plans/{key}/grades", json={**body, "role": "moderator"}, headers={"x-csrf-token": csrf})
    assert r.status_code == 403  # only a lead moderates
    # the grading form: without the token refused; with it saved as the logged-in user
    page = c.get(f"/plans/{key}").text
    assert 'name="auditor"' not in page  # no name to type: it is the login
    token = page.split('name="csrf" value="')[1].split('"')[0]
    assert c.post(f"/plans/{key}/grades", data={"level-overall": "3"}, follow_redirects=False).status_code == 403
    assert c.post(f"/plans/{key}/grades", data={"level-overall": "3", "csrf": token},
                  follow_redirects=False).status_code == 303
    # a viewer reads but cannot grade
    v = client(store, users=accounts)
    assert _login(v, "Vic Viewer").status_code == 303
    assert v.get(f"/plans/{key}").status_code == 200
    vcsrf = v.get("/api/session").json()["csrf"]
    r = v.post(f"/api/plans/{key}/grades", json=body, headers={"x-csrf-token": vcsrf})
    assert r.status_code == 403
    vtoken = v.get(f"/plans/{key}").text.split('name="csrf" value="')[1].split('"')[0]
    assert v.post(f"/plans/{key}/grades", data={"level-overall": "1", "csrf": vtoken}).status_code == 403
    assert v.get("/log").status_code == 403
    # the lead moderates
    lead = client(store, users=accounts)
    assert _login(lead, "Lena Lead").status_code == 303
    lcsrf = lead.get("/api/session").json()["csrf"]
    r = lead.post(f"/api/plans/{key}/grades", json={**body, "role": "moderator", "level": 3, "comment": "agreed"},
                  headers={"x-csrf-token": lcsrf})
    assert r.status_code == 201
    assert lead.get("/log").status_code == 200
    conn = sqlite3.connect(store)
    log = conn.execute("SELECT user, action FROM workspace_log ORDER BY id").fetchall()
    grades = conn.execute("SELECT auditor, role FROM grades ORDER BY id").fetchall()
    conn.close()
    assert ("Ann Auditor", "login refused") in log and ("Ann Auditor", "login") in log
    assert ("Vic Viewer", "login") in log and ("Lena Lead", "login") in log
    assert [a for a, act in log if act == "grade"] == ["Ann Auditor", "Ann Auditor", "Lena Lead"]
    assert grades == [("Ann Auditor", "auditor"), ("Ann Auditor", "auditor"), ("Lena Lead", "moderator")]
    # logging out ends the session
    page = c.get("/").text
    token = page.split('name="csrf" value="')[1].split('"')[0]
    assert c.post("/logout", data={"csrf": token}, follow_redirects=False).status_code == 303
    assert c.get("/api/months").status_code == 401


def test_login_next_never_leaves_the_site(setup):
    _, store, users = setup
    c = client(store, users=load_users(users))
    token = c.get("/login").text.split('name="csrf" value="')[1].split('"')[0]
    r = c.post("/login", data={"name": "Ann Auditor", "password": PASSWORDS["Ann Auditor"], "csrf": token,
                               "next": "//evil.example/"}, follow_redirects=False)
    assert r.headers["location"] == "/"
