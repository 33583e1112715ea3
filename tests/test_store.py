"""The results store: migrations, one transaction per plan, idempotence, load_frames."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest

from ehcaudit import store as st
from ehcaudit.pipeline import assess
from ehcaudit.rubric.schema import default_rubric_path, load_rubric

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "sample_plans" / "2026-03"
AS_OF = dt.date(2026, 3, 31)


@pytest.fixture(scope="module")
def rubric():
    return load_rubric(default_rubric_path())


@pytest.fixture(scope="module")
def results(rubric):
    files = sorted(p for p in SAMPLES.iterdir() if p.suffix in (".docx", ".md"))[:3]
    return [assess(f, rubric, AS_OF).result for f in files]


def _write(path, rubric, results, month="2026-03", fingerprints=None):
    with st.Store(path) as s:
        run = s.start_run(month, AS_OF, rubric)
        for i, r in enumerate(results):
            key = st.reuse_key(r.sha256, r.source, rubric, run.rubric_digest, AS_OF, "flag")
            s.write_plan(run, r, key, (fingerprints or {}).get(i))
        s.finish_run(run)
        return run


def test_new_store_has_current_schema_and_wal(tmp_path):
    path = tmp_path / "a.db"
    st.Store(path).close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == st.SCHEMA_VERSION == 6
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"runs", "plans", "areas", "criteria", "findings", "errors", "fingerprints",
            "cross_findings"} <= tables


def test_v1_store_is_upgraded_with_data_kept(tmp_path, rubric, results):
    path = tmp_path / "old.db"
    with st.Store(path, target=1) as s:  # what ehcaudit with schema 1 wrote
        run = s.start_run("2026-02", AS_OF, rubric)
        r = results[0]
        s.conn.execute("BEGIN")
        s.conn.execute(
            "INSERT INTO plans (month, sha256, rubric_id, rubric_version, rubric_digest, reuse_key,"
            " plan_id, source, as_of, score, level, label, rag, result, run_id)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            ("2026-02", r.sha256, rubric.id, rubric.version, "d", "k", r.plan_id, r.source,
             "2026-02-28", r.overall.score, r.overall.level, r.overall.label, r.overall.rag,
             r.model_dump_json(), run.id))
        s.conn.execute("COMMIT")
        s.finish_run(run)
        assert s.conn.execute("PRAGMA user_version").fetchone()[0] == 1
        names = {x[0] for x in s.conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert "fingerprints" not in names

    with st.Store(path) as s:  # current code opens it
        assert s.conn.execute("PRAGMA user_version").fetchone()[0] == st.SCHEMA_VERSION
        assert s.conn.execute("SELECT plan_id, score FROM plans").fetchall() == [
            (results[0].plan_id, results[0].overall.score)]
        assert s.conn.execute("SELECT COUNT(*) FROM fingerprints").fetchone()[0] == 0
    frames = st.load_frames(path)
    assert list(frames.plans["plan_id"]) == [results[0].plan_id]


def test_newer_store_is_refused(tmp_path):
    path = tmp_path / "future.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {st.SCHEMA_VERSION + 5}")
    conn.close()
    with pytest.raises(st.StoreError, match="newer than this ehcaudit"):
        st.Store(path)


def test_not_a_store_is_a_one_line_error(tmp_path):
    bad = tmp_path / "x.db"
    bad.write_text("this is not sqlite " * 100)
    with pytest.raises(st.StoreError) as e:
        st.Store(bad)
    assert "\n" not in str(e.value)
    with pytest.raises(st.StoreError, match="no such store"):
        st.load_frames(tmp_path / "missing.db")


def test_writing_twice_replaces_never_double_counts(tmp_path, rubric, results):
    path = tmp_path / "s.db"
    _write(path, rubric, results)
    once = st.load_frames(path)
    _write(path, rubric, results)
    twice = st.load_frames(path)
    assert len(once.plans) == len(twice.plans) == len(results)
    cols = ["month", "sha256", "plan_id", "score", "level"]
    assert once.plans[cols].equals(twice.plans[cols])
    assert len(once.criteria) == len(twice.criteria)
    assert len(once.findings) == len(twice.findings) > 0
    assert len(twice.runs) == 2 and set(twice.runs["status"]) == {"complete"}


def test_frames_have_the_contract_columns(tmp_path, rubric, results):
    path = tmp_path / "s.db"
    _write(path, rubric, results)
    f = st.load_frames(path)
    for frame, cols in [(f.plans, st.PLAN_COLUMNS), (f.areas, st.AREA_COLUMNS),
                        (f.criteria, st.CRITERION_COLUMNS), (f.findings, st.FINDING_COLUMNS),
                        (f.cross, st.CROSS_COLUMNS), (f.runs, st.RUN_COLUMNS),
                        (f.errors, st.ERROR_COLUMNS)]:
        assert list(frame.columns)[: len(cols)] == cols
    # the rubric's scale, stored whole and read back (labels, colours, score bands)
    assert f.scale == [{"label": lv.label, "rag": lv.rag, "min_score": lv.min_score} for lv in rubric.scale]
    assert f.criteria["applicable"].dtype == bool
    assert set(f.findings["kind"]) <= {"issue", "evidence"}
    n_crit = len(rubric.criteria)
    assert len(f.criteria) == n_crit * len(results)
    first = results[0]
    row = f.plans[f.plans.sha256 == first.sha256].iloc[0]
    assert row.score == pytest.approx(first.overall.score)
    assert row.label == first.overall.label
    assert row.key_stage == first.attributes.get("key_stage")
    # every finding keeps its quote and location
    n_findings = sum(len(c.findings) for r in results for c in r.criteria)
    assert len(f.findings) == n_findings


def test_month_filter_and_latest_rubric_version(tmp_path, rubric, results):
    path = tmp_path / "s.db"
    _write(path, rubric, results[:1], month="2026-01")
    _write(path, rubric, results, month="2026-03")
    newer = rubric.model_copy(update={"version": "9.9.9"})
    _write(path, newer, results[:2], month="2026-03")
    f = st.load_frames(path)
    assert sorted(f.plans.month.unique()) == ["2026-01", "2026-03"]
    march = f.plans[f.plans.month == "2026-03"]
    assert len(march) == 2 and set(march.rubric_version) == {"9.9.9"}
    # back to the first version: a run that reused every plan in place writes no plan rows,
    # yet the month now shows that version again
    with st.Store(path) as s:
        s.finish_run(s.start_run("2026-03", AS_OF, rubric))
    again = st.load_frames(path)
    assert set(again.plans[again.plans.month == "2026-03"].rubric_version) == {rubric.version}
    only = st.load_frames(path, from_month="2026-02", to_month="2026-03")
    assert set(only.plans.month) == {"2026-03"}
    assert set(only.runs.month) == {"2026-03"}


def test_fingerprints_and_cross_findings_are_masked(tmp_path, rubric, results):
    path = tmp_path / "s.db"
    fp = {0: {"sentences": ["Contact mum on 07700 900123 or jo.bloggs@example.com"]}}
    run = _write(path, rubric, results, fingerprints=fp)
    with st.Store(path) as s:
        prints = s.month_fingerprints("2026-03")
        assert list(prints) == [results[0].sha256]
        text = json.dumps(prints)
        assert "jo.bloggs@example.com" not in text and "900123" not in text
        s.replace_cross_findings(run, [
            {"kind": "copy_paste", "text": "Email jo.bloggs@example.com weekly.",
             "plans": ["P1", "P2"]}])
        s.replace_cross_findings(run, [
            {"kind": "copy_paste", "text": "Same sentence.", "plans": ["P1", "P2", "P3"],
             "message": "The same sentence is in 3 plans.",
             "locations": [{"plan_id": "P1", "section": "A", "location": "Section A, paragraph 2",
                            "sha256": "x"}]}])
    f = st.load_frames(path)
    records = f.cross.to_dict("records")
    assert [{k: r[k] for k in st.CROSS_COLUMNS[:5]} for r in records] == [
        {"month": "2026-03", "kind": "copy_paste", "text": "Same sentence.",
         "plans": "P1; P2; P3", "count": 3}]
    assert json.loads(records[0]["locations"])[0]["location"] == "Section A, paragraph 2"
    assert records[0]["message"] == "The same sentence is in 3 plans."


@pytest.mark.filterwarnings("ignore::UserWarning")
def test_a_failed_plan_write_leaves_nothing_behind(tmp_path, rubric, results):
    path = tmp_path / "s.db"
    with st.Store(path) as s:
        run = s.start_run("2026-03", AS_OF, rubric)
        s.write_plan(run, results[0], "k0")
        before = s.conn.execute("SELECT id, score FROM plans").fetchall()
        # the same plan again, but a finding sqlite cannot store: fails after the old row was
        # deleted and the plan, area and criterion rows were inserted
        broken = results[0].model_copy(deep=True)
        next(c for c in broken.criteria if c.findings).findings[0].quote = ["not", "text"]
        with pytest.raises(sqlite3.Error):
            s.write_plan(run, broken, "k0")
        assert s.conn.execute("SELECT id, score FROM plans").fetchall() == before
        assert s.conn.execute("SELECT COUNT(*) FROM criteria").fetchone()[0] == len(results[0].criteria)
        assert run.scored == 1


def test_v2_cross_findings_gain_message_and_locations(tmp_path, rubric):
    path = tmp_path / "v2.db"
    with st.Store(path, target=2) as s:
        run = s.start_run("2026-02", AS_OF, rubric)
        s.conn.execute("INSERT INTO cross_findings (month, run_id, kind, text, plans, count)"
                       " VALUES ('2026-02', ?, 'wrong_name', 'Ben likes lego.', 'P1', 1)", (run.id,))
    f = st.load_frames(path)
    assert f.cross.to_dict("records") == [
        {"month": "2026-02", "kind": "wrong_name", "text": "Ben likes lego.", "plans": "P1",
         "count": 1, "message": "", "locations": "[]"}]


def test_v3_store_is_compressed_on_upgrade_with_results_and_fingerprints_kept(tmp_path, rubric, results):
    path = tmp_path / "v3.db"
    fp = {"v": 1, "s": [["abc123", "A", "Section A, paragraph 1", "Jade enjoys art."]]}
    with st.Store(path, target=3) as s:  # what ehcaudit with schema 3 wrote: plain JSON text
        run = s.start_run("2026-02", AS_OF, rubric)
        for i, r in enumerate(results):
            s.conn.execute(
                "INSERT INTO plans (month, sha256, rubric_id, rubric_version, rubric_digest, reuse_key,"
                " plan_id, source, as_of, score, level, label, rag, result, run_id)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                ("2026-02", r.sha256, rubric.id, rubric.version, "d", f"k{i}", r.plan_id, r.source,
                 "2026-02-28", r.overall.score, r.overall.level, r.overall.label, r.overall.rag,
                 r.model_dump_json(), run.id))
            s.conn.execute("INSERT INTO fingerprints (month, sha256, plan_id, data) VALUES (?,?,?,?)",
                           ("2026-02", r.sha256, r.plan_id, json.dumps(fp)))
        size_v3 = sum(len(x[0]) for x in s.conn.execute("SELECT result FROM plans"))

    with st.Store(path) as s:  # current code opens and upgrades it
        assert s.conn.execute("PRAGMA user_version").fetchone()[0] == st.SCHEMA_VERSION
        kinds = s.conn.execute("SELECT DISTINCT typeof(result) FROM plans UNION ALL"
                               " SELECT DISTINCT typeof(data) FROM fingerprints").fetchall()
        assert kinds == [("blob",), ("blob",)]
        size_v4 = sum(len(x[0]) for x in s.conn.execute("SELECT result FROM plans"))
        assert size_v4 * 4 < size_v3  # JSON compresses well (about 8x on real results)
        for i, r in enumerate(results):
            got, got_fp = s.find_reusable(f"k{i}")
            assert got == json.loads(r.model_dump_json()) and got_fp == fp
        assert set(s.month_fingerprints("2026-02")) == {r.sha256 for r in results}
    frames = st.load_frames(path)
    assert sorted(frames.plans["plan_id"]) == sorted(r.plan_id for r in results)


def test_results_and_fingerprints_are_stored_compressed(tmp_path, rubric, results):
    path = tmp_path / "s.db"
    _write(path, rubric, results, fingerprints={0: {"v": 1, "s": []}})
    conn = sqlite3.connect(path)
    (blob,) = conn.execute("SELECT result FROM plans LIMIT 1").fetchone()
    assert isinstance(blob, bytes) and st.unpack_json(blob)["plan_id"]
    (data,) = conn.execute("SELECT data FROM fingerprints").fetchone()
    assert st.unpack_json(data) == {"v": 1, "s": []}
    assert st.unpack_json('{"plain": "text from an older ehcaudit"}') == {"plain": "text from an older ehcaudit"}


def test_a_run_vouches_for_its_rubric_file_only_under_the_same_code(tmp_path):
    from ehcaudit.rubric.source import KnownRubric, rubric_facts

    path = default_rubric_path()
    data = path.read_bytes()
    full = load_rubric(path)
    with st.Store(tmp_path / "a.db") as s:
        assert s.validated_rubric(path, data, "v1") is None  # never used: validate it
        run = s.start_run("2026-03", AS_OF, full, tool_version="v1")
        s.finish_run(run)
        known = s.validated_rubric(path, data, "v1")
        assert isinstance(known, KnownRubric)
        assert rubric_facts(known) == rubric_facts(full)  # id, version, digest, scale, file hash
        assert (known.id, known.version) == (full.id, full.version)
        assert run.rubric_digest == rubric_facts(known).digest
        assert s.validated_rubric(path, data, "v2") is None  # other code: validate again
        assert s.validated_rubric(path, data + b"\n# note\n", "v1") is None  # other bytes
        assert known.load().model_dump_json() == full.model_dump_json()  # the same bytes, validated
        # a rubric built in memory (not read from a file) vouches for nothing
        mem = full.model_copy()
        mem._file_sha256 = ""
        s.finish_run(s.start_run("2026-04", AS_OF, mem, tool_version="v1"))
        assert s.conn.execute("SELECT COUNT(*) FROM runs WHERE rubric_file_sha256 IS NULL").fetchone()[0] == 1


def test_v4_store_gains_the_rubric_file_column(tmp_path, rubric, results):
    path = tmp_path / "old.db"
    conn = st.connect(path, target=4)
    conn.close()
    _write(path, rubric, results)  # upgraded on opening
    with st.Store(path) as s:
        cols = [r[1] for r in s.conn.execute("PRAGMA table_info(runs)")]
        assert "rubric_file_sha256" in cols
        assert s.conn.execute("SELECT COUNT(*) FROM plans").fetchone()[0] == len(results)


def test_a_run_stores_the_whole_scale_even_when_its_rubric_was_vouched_for_without_it(tmp_path):
    """A rubric file validated by a run from before schema 6 (no ``runs.levels``): the next run
    of the same file still records the whole scale, and the reports read it back."""
    path = default_rubric_path()
    full = load_rubric(path)
    whole = [{"label": lv.label, "rag": lv.rag, "min_score": lv.min_score} for lv in full.scale]
    db = tmp_path / "a.db"
    with st.Store(db) as s:
        s.finish_run(s.start_run("2026-03", AS_OF, full, tool_version="v1"))
        s.conn.execute("UPDATE runs SET levels = NULL")  # as a run of schema 5 left it
        known = s.validated_rubric(path, path.read_bytes(), "v1")
        assert known is not None
        s.finish_run(s.start_run("2026-04", AS_OF, known, tool_version="v1"))
        stored = [r[0] for r in s.conn.execute("SELECT levels FROM runs ORDER BY id")]
    assert stored[0] is None and json.loads(stored[1]) == whole
    assert st.run_levels(db) == whole and st.run_levels(db, to_month="2026-03") is None
