"""The workspace's JSON API contract, grades kept for ever, the final-level rule, agreement."""

from __future__ import annotations

import json
import sqlite3

import pytest
from workspace_helpers import MONTH, audited_store, client, ehcaudit

from ehcaudit import store as st
from ehcaudit.agreement import kappa_quadratic
from ehcaudit.store import GradeStore, finalise


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    base = tmp_path_factory.mktemp("ws")
    audited_store(base)
    return base


@pytest.fixture()
def store(base, tmp_path):
    """A fresh copy of the audited store for each test (grades never leak between tests)."""
    src = sqlite3.connect(base / "reports" / "ehcaudit.db")
    (tmp_path / "reports").mkdir()
    dst_path = tmp_path / "reports" / "ehcaudit.db"
    dst = sqlite3.connect(dst_path)
    src.backup(dst)
    src.close()
    dst.close()
    (tmp_path / "plans").symlink_to(base / "plans")
    return dst_path


def _count(store) -> int:
    conn = sqlite3.connect(store)
    try:
        return conn.execute("SELECT COUNT(*) FROM grades").fetchone()[0]
    finally:
        conn.close()


def test_months_plans_and_plan_follow_the_contract(store):
    c = client(store)
    months = c.get("/api/months").json()
    assert months == {"months": [{"month": MONTH, "plans": 3, "graded": 0}]}
    plans = c.get(f"/api/months/{MONTH}/plans").json()["plans"]
    assert len(plans) == 3 and len({p["plan_key"] for p in plans}) == 3
    for p in plans:
        assert set(p) >= {"plan_key", "plan_id", "source", "overall", "auditors", "status"}
        assert set(p["overall"]) >= {"score", "level", "label", "rag"}
        assert p["auditors"] == [] and p["status"] == "not started"
        assert "/" not in p["source"] and p["source"].endswith((".docx", ".md"))  # file name only
    plan = c.get(f"/api/plans/{plans[0]['plan_key']}").json()
    assert plan["grades"] == [] and plan["plan_id"] == plans[0]["plan_id"]
    for crit in plan["criteria"]:
        assert {"id", "level", "findings", "final_level"} <= set(crit)
        assert crit["final_level"] == crit["level"]  # nobody has graded: the tool's
    assert plan["overall"]["final_level"] == plan["overall"]["level"]


def test_a_grade_is_stored_and_bad_grades_are_refused_with_one_line(store):
    c = client(store)
    key = c.get(f"/api/months/{MONTH}/plans").json()["plans"][0]["plan_key"]
    crit = c.get(f"/api/plans/{key}").json()["criteria"][0]["id"]
    good = {"auditor": "Ann Smith", "role": "auditor", "criterion": crit, "level": 2, "comment": "Too generous"}
    r = c.post(f"/api/plans/{key}/grades", json=good)
    assert r.status_code == 201
    g = r.json()
    assert {k: g[k] for k in ("auditor", "role", "criterion", "level", "comment")} == good
    assert g["plan_key"] == key and g["created"]
    bad = [
        ("/api/plans/0000000000000000dead/grades", good, 404),
        (f"/api/plans/{key}/grades", {**good, "criterion": "XX-NOPE"}, 422),
        (f"/api/plans/{key}/grades", {**good, "level": 0}, 422),
        (f"/api/plans/{key}/grades", {**good, "level": 5}, 422),
        (f"/api/plans/{key}/grades", {**good, "level": "3"}, 422),
        (f"/api/plans/{key}/grades", {**good, "level": True}, 422),
        (f"/api/plans/{key}/grades", {**good, "auditor": "  "}, 422),
        (f"/api/plans/{key}/grades", {**good, "auditor": None}, 422),
        (f"/api/plans/{key}/grades", {**good, "role": "boss"}, 422),
        (f"/api/plans/{key}/grades", {**good, "role": "moderator", "comment": ""}, 422),
    ]
    for url, body, status in bad:
        r = c.post(url, json=body)
        assert r.status_code == status, (body, r.text)
        err = r.json()
        assert set(err) == {"error"} and err["error"] and "\n" not in err["error"]
    r = c.post(f"/api/plans/{key}/grades", content=b"{not json", headers={"content-type": "application/json"})
    assert r.status_code == 400 and set(r.json()) == {"error"}
    r = c.post(f"/api/plans/{key}/grades", data={"level": "2"})  # a form post (cross-site forms)
    assert r.status_code == 415
    assert _count(store) == 1  # only the good one


def test_later_grade_supersedes_history_stays_and_survives_restart_and_reaudit(store):
    c = client(store)
    key = c.get(f"/api/months/{MONTH}/plans").json()["plans"][1]["plan_key"]
    plan = c.get(f"/api/plans/{key}").json()
    crit = plan["criteria"][0]
    other = 1 if crit["level"] != 1 else 2
    for level in (other, crit["level"]):
        assert c.post(f"/api/plans/{key}/grades", json={"auditor": "Ann", "role": "auditor", "criterion": crit["id"],
                                                        "level": level, "comment": ""}).status_code == 201
    # a fresh app (new session secret): what a restart is
    plan = client(store).get(f"/api/plans/{key}").json()
    assert [g["level"] for g in plan["grades"]] == [other, crit["level"]]
    assert plan["criteria"][0]["final_level"] == crit["level"]  # Ann's latest
    # re-running audit on the unchanged month keeps every grade
    res = ehcaudit("audit", f"plans/{MONTH}", "--month", MONTH, "--store", "reports/ehcaudit.db",
                   cwd=store.parent.parent)
    assert res.returncode == 0, res.stderr
    plan = client(store).get(f"/api/plans/{key}").json()
    assert len(plan["grades"]) == 2 and plan["criteria"][0]["final_level"] == crit["level"]
    # grades are append-only in the store itself
    conn = sqlite3.connect(store)
    with pytest.raises(sqlite3.DatabaseError, match="kept for ever"):
        conn.execute("UPDATE grades SET level = 1")
    with pytest.raises(sqlite3.DatabaseError, match="kept for ever"):
        conn.execute("DELETE FROM grades")
    conn.close()


def test_final_level_rule():
    tool = {"A-X": 3, "B-Y": 2, "C-Z": 4, "overall": 3}
    g = [
        {"id": 1, "criterion": "A-X", "auditor": "Ann", "role": "auditor", "level": 1},
        {"id": 2, "criterion": "A-X", "auditor": "Bob", "role": "auditor", "level": 2},  # disagree
        {"id": 3, "criterion": "B-Y", "auditor": "Ann", "role": "auditor", "level": 4},
        {"id": 4, "criterion": "B-Y", "auditor": "Bob", "role": "auditor", "level": 4},  # agree
        {"id": 5, "criterion": "C-Z", "auditor": "Ann", "role": "auditor", "level": 1},
        {"id": 6, "criterion": "C-Z", "auditor": "Bob", "role": "auditor", "level": 2},
        {"id": 7, "criterion": "C-Z", "auditor": "Lee", "role": "moderator", "level": 2},  # moderated
        {"id": 8, "criterion": "A-X", "auditor": "Ann", "role": "auditor", "level": 2},  # supersedes 1
    ]
    f = finalise(tool, g)
    assert (f["A-X"].final_level, f["A-X"].source, f["A-X"].needs_moderation) == (2, "auditors", False)
    assert (f["B-Y"].final_level, f["B-Y"].source) == (4, "auditors")
    assert (f["C-Z"].final_level, f["C-Z"].source) == (2, "moderator")
    assert (f["overall"].final_level, f["overall"].source) == (3, "tool")
    f = finalise(tool, g[:2])
    assert (f["A-X"].final_level, f["A-X"].source, f["A-X"].needs_moderation) == (3, "tool", True)


def test_agreement_api_matches_an_independent_computation(store):
    c = client(store)
    plans = c.get(f"/api/months/{MONTH}/plans").json()["plans"]
    tool_pairs, rater_pairs = [], []
    levels = {"Ann": [1, 2, 3, 4, 2, 3], "Bob": [1, 3, 3, 2, 2, 4]}
    i = 0
    for p in plans[:2]:
        plan = c.get(f"/api/plans/{p['plan_key']}").json()
        for crit in [k for k in plan["criteria"] if k["level"] is not None][:3]:
            for who in ("Bob", "Ann"):
                lv = levels[who][i]
                assert c.post(f"/api/plans/{p['plan_key']}/grades", json={
                    "auditor": who, "role": "auditor", "criterion": crit["id"], "level": lv,
                    "comment": "x"}).status_code == 201
                tool_pairs.append((crit["level"], lv))
            rater_pairs.append((levels["Ann"][i], levels["Bob"][i]))
            i += 1
    agr = c.get(f"/api/months/{MONTH}/agreement").json()
    assert agr["month"] == MONTH
    t, b = agr["tool_vs_auditors"], agr["between_auditors"]
    assert t["n"] == 12 and b["n"] == 6
    assert b["exact"] == pytest.approx(3 / 6, abs=1e-4)
    assert t["exact"] == pytest.approx(sum(a == x for a, x in tool_pairs) / 12, abs=1e-4)
    # independent: 1 - mean squared difference / mean over every cross pairing
    obs = sum((a - x) ** 2 for a, x in rater_pairs) / 6
    chance = sum((a - x) ** 2 for a, _ in rater_pairs for _, x in rater_pairs) / 36
    assert b["kappa_quadratic"] == pytest.approx(1 - obs / chance, abs=1e-4)
    assert kappa_quadratic(rater_pairs, 4) == pytest.approx(1 - obs / chance)
    assert set(b["per_criterion"]) and all({"n", "exact", "kappa_quadratic"} <= set(v)
                                           for v in b["per_criterion"].values())
    plans = c.get(f"/api/months/{MONTH}/plans").json()["plans"]
    assert [p["auditors"] for p in plans[:2]] == [["Ann", "Bob"], ["Ann", "Bob"]]
    assert c.get("/api/months").json()["months"][0]["graded"] == 2
    assert {p["status"] for p in plans[:2]} == {"needs moderation"}
    assert c.get(f"/api/months/{MONTH}/plans", params={"status": "not started"}).json()["plans"] == plans[2:]


def test_a_schema_5_store_is_upgraded_with_nothing_lost(tmp_path, store):
    conn = sqlite3.connect(store)
    old = tmp_path / "old.db"
    dst = sqlite3.connect(old)
    conn.backup(dst)
    conn.close()
    # take the copy back to schema 5, as ehcaudit before the workspace wrote it
    dst.execute("DROP TABLE grades")
    dst.execute("DROP TABLE workspace_log")
    dst.execute("ALTER TABLE runs DROP COLUMN levels")
    dst.execute("PRAGMA user_version = 5")
    plans = dst.execute("SELECT COUNT(*), SUM(LENGTH(result)) FROM plans").fetchone()
    dst.commit()
    dst.close()
    with GradeStore(old) as gs:
        assert gs.conn.execute("PRAGMA user_version").fetchone()[0] == st.SCHEMA_VERSION == 6
        assert gs.conn.execute("SELECT COUNT(*), SUM(LENGTH(result)) FROM plans").fetchone() == plans
        assert gs.months()[0]["plans"] == 3
        cols = [r[1] for r in gs.conn.execute("PRAGMA table_info(runs)")]
        assert "levels" in cols and gs.conn.execute("SELECT COUNT(*) FROM grades").fetchone() == (0,)


def test_html_pages_open_and_mask(store):
    c = client(store)
    key = c.get(f"/api/months/{MONTH}/plans").json()["plans"][0]["plan_key"]
    for url in ("/", f"/months/{MONTH}", f"/plans/{key}", f"/months/{MONTH}/moderation",
                f"/months/{MONTH}/agreement", f"/agreement?from={MONTH}&to={MONTH}", f"/plans/{key}/report"):
        r = c.get(url)
        assert r.status_code == 200, url
        assert "<script" not in r.text and "http://" not in r.text.replace("http://www.w3.org", "")
        assert "default-src 'none'" in r.headers["content-security-policy"]
    page = c.get(f"/plans/{key}").text
    assert "<mark" in page and 'for="level-overall"' in page  # findings marked, fields labelled
    assert c.get("/plans/nope").status_code == 404
    assert c.get("/months/2026-13").status_code == 404
    r = c.get("/", headers={"host": "evil.example"})
    assert r.status_code == 400  # DNS rebinding: only loopback names are answered


def test_the_grading_form_needs_its_csrf_token(store):
    c = client(store)
    key = c.get(f"/api/months/{MONTH}/plans").json()["plans"][0]["plan_key"]
    page = c.get(f"/plans/{key}").text
    token = page.split('name="csrf" value="')[1].split('"')[0]
    r = c.post(f"/plans/{key}/grades", data={"auditor": "Ann", "level-overall": "2"}, follow_redirects=False)
    assert r.status_code == 403 and _count(store) == 0
    r = c.post(f"/plans/{key}/grades", data={"auditor": "Ann", "level-overall": "2", "csrf": token,
                                             "comment-overall": "weak outcomes"}, follow_redirects=False)
    assert r.status_code == 303 and _count(store) == 1
    r = c.post(f"/plans/{key}/grades", data={"auditor": "Ann", "level-overall": "2", "csrf": token,
                                             "comment-overall": "weak outcomes"}, headers={"origin": "http://evil.example"})
    assert r.status_code == 403 and _count(store) == 1


def test_trend_after_moderation_counts_final_levels_and_agreement(store):
    import csv

    c = client(store)
    plans = c.get(f"/api/months/{MONTH}/plans").json()["plans"]
    key = plans[0]["plan_key"]
    plan = c.get(f"/api/plans/{key}").json()
    tool_overall = plan["overall"]["level"]
    moderated = 1 if tool_overall != 1 else 4
    crit = next(k for k in plan["criteria"] if k["level"] is not None)
    low = 1 if crit["level"] >= 3 else 4  # on the other side of "good"
    for who, lv in (("Ann", low), ("Bob", crit["level"])):
        c.post(f"/api/plans/{key}/grades", json={"auditor": who, "role": "auditor", "criterion": crit["id"],
                                                 "level": lv, "comment": "seen"})
    c.post(f"/api/plans/{key}/grades", json={"auditor": "Lee", "role": "moderator", "criterion": crit["id"],
                                             "level": low, "comment": "Ann is right"})
    c.post(f"/api/plans/{key}/grades", json={"auditor": "Lee", "role": "moderator", "criterion": "overall",
                                             "level": moderated, "comment": "outcomes not SMART"})
    out = store.parent / "out"
    res = ehcaudit("trend", "--store", str(store), "--out", str(out), cwd=store.parent.parent)
    assert res.returncode == 0, res.stderr
    with open(out / f"trend-{MONTH}-plans.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert {"tool_level", "moderated_level"} <= set(rows[0])
    changed = [r for r in rows if r["tool_level"] != r["moderated_level"]]
    assert [(int(r["tool_level"]), int(r["moderated_level"])) for r in changed] == [(tool_overall, moderated)]
    with open(out / f"trend-{MONTH}-criteria.csv", encoding="utf-8") as f:
        crow = next(r for r in csv.DictReader(f) if r["criterion"] == crit["id"])
    assert int(crow["moderated_good_or_better"]) == int(crow["good_or_better"]) + (1 if low >= 3 else -1)
    with open(out / f"trend-{MONTH}-agreement.csv", encoding="utf-8") as f:
        agr = list(csv.DictReader(f))
    pooled = {r["comparison"]: r for r in agr if r["criterion"] == "all criteria"}
    assert pooled["tool vs auditors"]["pairs"] == "2" and float(pooled["tool vs auditors"]["exact"]) == 50.0
    assert pooled["between auditors"]["pairs"] == "1" and float(pooled["between auditors"]["exact"]) == 0.0
    html = (out / f"trend-{MONTH}.html").read_text(encoding="utf-8")
    assert "agreement with the tool" in html and "Pass rate: moderated" in html


def test_hostile_comments_and_names_are_escaped_and_identifiers_masked(store):
    c = client(store)
    key = c.get(f"/api/months/{MONTH}/plans").json()["plans"][0]["plan_key"]
    crit = c.get(f"/api/plans/{key}").json()["criteria"][0]["id"]
    nasty = '<script>alert(1)</script> NHS number 943 476 5919 =HYPERLINK("http://x")'
    r = c.post(f"/api/plans/{key}/grades", json={"auditor": "<b>Eve</b>", "role": "auditor", "criterion": crit,
                                                 "level": 1, "comment": nasty})
    assert r.status_code == 201
    stored = r.json()["comment"]
    assert "943 476 5919" not in stored and "<script>" in stored  # masked, kept as text
    for url in (f"/plans/{key}", f"/months/{MONTH}/moderation", f"/months/{MONTH}/agreement"):
        page = c.get(url).text
        assert "<script>" not in page and "&lt;script&gt;" in page
        assert "<b>Eve</b>" not in page and "943 476 5919" not in page


@pytest.mark.slow  # audits twice and writes the trend reports through the CLI, in processes
def test_a_rubric_with_its_own_scale_is_stored_shown_and_counted_by_its_levels(tmp_path):
    from workspace_helpers import ROOT

    from ehcaudit.reports.trend import good_level, normalise_scale
    from ehcaudit.store import load_frames, run_levels

    text = (ROOT / "rubrics" / "ehcp-core.yaml").read_text(encoding="utf-8")
    old = text[text.index("scale:"):text.index("areas:")]
    five = ("scale:\n"
            "  - {label: Poor, rag: red, min_score: 0}\n"
            "  - {label: Weak, rag: red, min_score: 30}\n"
            "  - {label: Fair, rag: amber, min_score: 50}\n"
            "  - {label: Strong, rag: green, min_score: 75}\n"
            "  - {label: Exemplary, rag: green, min_score: 90}\n")
    (tmp_path / "five.yaml").write_text(text.replace(old, five), encoding="utf-8")
    folder = tmp_path / "plans" / MONTH
    folder.mkdir(parents=True)
    for p in sorted((ROOT / "sample_plans" / MONTH).glob("plan-*"))[:2]:
        (folder / p.name).write_bytes(p.read_bytes())
    for _ in range(2):  # the second run takes the validated rubric's facts from the first
        res = ehcaudit("audit", f"plans/{MONTH}", "--month", MONTH, "--store", "reports/ehcaudit.db",
                       "--rubric", "five.yaml", cwd=tmp_path)
        assert res.returncode == 0, res.stderr
    store = tmp_path / "reports" / "ehcaudit.db"
    conn = sqlite3.connect(store)
    levels = [json.loads(r[0]) for r in conn.execute("SELECT levels FROM runs ORDER BY id")]
    conn.close()
    assert levels[0] == levels[1] and [lv["rag"] for lv in levels[0]] == ["red", "red", "amber", "green", "green"]
    # the reports' read model carries the whole scale, read back from the store
    assert load_frames(store).scale == levels[1] == run_levels(store)
    labels_only = normalise_scale([lv["label"] for lv in levels[1]])  # what the labels alone would give
    scale = normalise_scale(load_frames(store).scale)
    assert [lv.label for lv in scale] == [lv.label for lv in labels_only] == ["Poor", "Weak", "Fair", "Strong", "Exemplary"]
    assert good_level(scale) == 4 and scale[2].min_score == 50  # counted by its own bands
    assert good_level(labels_only) == 3  # (a guess from the labels would count "Fair" as good)
    res = ehcaudit("trend", "--store", str(store), "--out", "out", cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    import csv

    with open(tmp_path / "out" / f"trend-{MONTH}-summary.csv", encoding="utf-8") as f:
        row = next(csv.DictReader(f))
    plans = int(row["plans"])
    conn = sqlite3.connect(store)
    strong = conn.execute("SELECT COUNT(*) FROM plans WHERE level >= 4").fetchone()[0]
    conn.close()
    assert int(row["good_or_better"]) == strong and plans == 2
    c = client(store)
    key = c.get(f"/api/months/{MONTH}/plans").json()["plans"][0]["plan_key"]
    assert c.get(f"/api/plans/{key}").json()["scale"] == ["Poor", "Weak", "Fair", "Strong", "Exemplary"]
    body = {"auditor": "Ann", "role": "auditor", "criterion": "overall", "comment": ""}
    assert c.post(f"/api/plans/{key}/grades", json={**body, "level": 5}).status_code == 201
    assert c.post(f"/api/plans/{key}/grades", json={**body, "level": 6}).status_code == 422
    assert "5 Exemplary" in c.get(f"/plans/{key}").text
