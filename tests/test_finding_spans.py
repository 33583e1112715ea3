"""Findings carry their block and the character span of their quote (issue 17): exact on the
sample plans, right or null after masking, used by the per-plan page and the workspace to mark
the exact words, with results stored before (no spans) still marked by searching for the quote."""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
from html.parser import HTMLParser
from pathlib import Path

import pytest
from workspace_helpers import MONTH, ROOT, audited_store, client, ehcaudit

from ehcaudit.model import Block, Plan, Section
from ehcaudit.privacy import mask_plan, mask_result, scan_plan
from ehcaudit.reader import read_plan
from ehcaudit.reports.plan_html import _mask, build_view, locate, render_plan_html
from ehcaudit.results import AreaResult, CriterionResult, Finding, Overall, PlanResult
from ehcaudit.rubric.schema import default_rubric_path, load_rubric

SAMPLES = ROOT / "sample_plans" / MONTH


@pytest.fixture(scope="module")
def rubric():
    return load_rubric(default_rubric_path())


class Marks(HTMLParser):
    """Per block (``div#block-N``): its text as shown, where each note's marks start
    (``span#mark-N``) and end (the ``[N]`` link after them), and which characters are marked."""

    def __init__(self):
        super().__init__()
        self.blocks: dict[int, dict] = {}
        self.stack: list[str] = []
        self.block: dict | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        role = tag
        m = re.fullmatch(r"block-(\d+)", a.get("id") or "")
        if tag == "div" and m:
            self.block = self.blocks.setdefault(int(m.group(1)), {"text": "", "starts": {}, "ends": {}, "marked": set()})
            role = "block"
        elif tag == "span" and "text" in (a.get("class") or "").split() and "block" in self.stack:
            role = "text"
        elif tag == "span" and ("label" in (a.get("class") or "").split() or "loc" in (a.get("class") or "").split()):
            role = "skip"
        elif tag == "span" and "text" in self.stack and (a.get("id") or "").startswith("mark-"):
            self.block["starts"][int(a["id"][5:])] = len(self.block["text"])
        self.stack.append(role)

    def handle_endtag(self, tag):
        role = self.stack.pop()
        if role == "block":
            self.block = None

    def handle_data(self, data):
        if "text" not in self.stack or self.block is None:
            return
        if "sup" in self.stack:
            m = re.fullmatch(r"\[(\d+)\]", data.strip())
            if m:
                self.block["ends"][int(m.group(1))] = len(self.block["text"])
            return
        if "skip" in self.stack:
            return
        at = len(self.block["text"])
        self.block["text"] += data
        if "mark" in self.stack:
            self.block["marked"].update(range(at, at + len(data)))


def marks(html: str) -> dict[int, dict]:
    p = Marks()
    p.feed(html)
    return p.blocks


def assert_marked_exactly(html: str, notes, shown: Plan) -> int:
    """Every note whose finding has a span is marked on exactly those characters of its block."""
    blocks = marks(html)
    checked = 0
    for note in notes:
        f = note.finding
        if f.span is None:
            continue
        s, e = f.span
        b = blocks[f.block]
        assert b["text"] == shown.blocks[f.block].text  # the page shows the block's text as it is
        assert (b["starts"][note.n], b["ends"][note.n]) == (s, e), (note.n, f.quote)
        assert b["text"][s:e] == f.quote and set(range(s, e)) <= b["marked"]
        checked += 1
    return checked


# -- the pipeline and the JSON contract -------------------------------------------------------

def test_json_findings_carry_block_and_an_exact_span_on_every_sample_plan():
    res = ehcaudit("score", f"sample_plans/{MONTH}", "--format", "json", "--as-of", "2026-03-31", cwd=ROOT)
    assert res.returncode == 0, res.stderr
    data = json.loads(res.stdout)
    assert len(data["plans"]) == len(list(SAMPLES.iterdir())) and not data["errors"]
    with_span = blocks = 0
    for p in data["plans"]:
        plan = read_plan(ROOT / p["source"])
        shown = mask_plan(plan) if p["privacy"] else plan
        for c in p["criteria"]:
            for f in c["findings"]:
                assert "block" in f and "span" in f and "block_id" not in f
                if f["block"] is None:
                    assert f["span"] is None
                    continue
                blocks += 1
                assert isinstance(f["block"], int) and 0 <= f["block"] < len(plan.blocks)
                text = shown.blocks[f["block"]].text
                if f["span"] is None:
                    assert not f["quote"] or f["quote"] not in text  # null only when not a substring
                    continue
                s, e = f["span"]
                assert isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)
                assert text[s:e] == f["quote"]
                with_span += 1
    assert with_span > 100 and blocks >= with_span  # most findings quote their block exactly


def test_a_finding_without_a_block_has_neither():
    f = Finding(section="G", location="Section G (not found in the plan)", quote="", message="missing")
    f.anchor(None)
    assert json.loads(f.model_dump_json())["block"] is None and json.loads(f.model_dump_json())["span"] is None


# -- masking ---------------------------------------------------------------------------------

LEAKY = """Plan reference: PV-002
Name: Jade Smith
DOB: 12/03/2014
Date issued: 12/03/2026

# Section A: Views, interests and aspirations
Jade Smith likes drawing. Jade Smith will get support as required and access to therapy when needed.

# Section F: Special educational provision
Jade Smith will have access to speech and language therapy as required.
"""


def test_masking_moves_a_span_or_drops_it_never_wrong(tmp_path: Path, rubric):
    path = tmp_path / "leaky.md"
    path.write_text(LEAKY, encoding="utf-8")
    plan = read_plan(path)
    ids = scan_plan(plan)
    assert ids
    shown = mask_plan(plan, ids)
    a_block = next(b for b in plan.blocks if b.text.startswith("Jade Smith likes"))
    assert shown.blocks[a_block.id].text != a_block.text  # the name is masked: the text moves

    def finding(quote: str) -> Finding:
        f = Finding(section="A", location=a_block.location, quote=quote, message="m", block_id=a_block.id)
        f.anchor(a_block.text)
        return f

    unchanged, with_name, absent = finding("support as required"), finding("Jade Smith will get support"), finding("nowhere")
    assert unchanged.span and with_name.span and absent.span is None
    result = PlanResult(plan_id="PV-002", source=str(path), sha256=plan.sha256, sections={},
                        overall=Overall(score=0, level=1, label="x", rag="red"), areas=[],
                        criteria=[CriterionResult(id="X", area="a", applicable=True, level=1,
                                                  findings=[unchanged, with_name, absent])])
    masked = mask_result(result, ids, plan)
    m_unchanged, m_with_name, m_absent = masked.criteria[0].findings
    text = shown.blocks[a_block.id].text
    # the quote masking left alone: its span moved to where it is in the masked text
    assert m_unchanged.span != unchanged.span and text[slice(*m_unchanged.span)] == "support as required"
    # the quote masking changed: no span (the page searches instead)
    assert m_with_name.quote != with_name.quote and m_with_name.span is None
    assert m_absent.span is None and all(f.block == a_block.id for f in (m_unchanged, m_with_name, m_absent))
    # without the plan, mask_result cannot check where the quote went: no span
    assert all(f.span is None for f in mask_result(result, ids).criteria[0].findings)


def test_through_the_pipeline_masked_spans_are_exact_and_changed_quotes_have_none(tmp_path: Path, rubric):
    from ehcaudit.pipeline import assess
    from ehcaudit.rubric.engine import score_plan

    path = tmp_path / "leaky.md"
    path.write_text(LEAKY, encoding="utf-8")
    masked = assess(path, rubric, dt.date(2026, 3, 31)).result
    raw = score_plan(read_plan(path), rubric, dt.date(2026, 3, 31))
    shown = mask_plan(read_plan(path))
    changed = spans = 0
    for c, rc in zip(masked.criteria, raw.criteria, strict=True):
        for f, rf in zip(c.findings, rc.findings, strict=True):
            if f.quote != rf.quote:
                assert f.span is None
                changed += 1
            elif f.span is not None:
                assert shown.blocks[f.block].text[slice(*f.span)] == f.quote
                spans += 1
    assert changed and spans
    html = render_plan_html(read_plan(path), masked, rubric)
    assert "Jade Smith" not in html
    view = build_view(*_mask(read_plan(path), masked), rubric)
    assert assert_marked_exactly(html, view["notes"], shown) == spans
    # a quote masking changed is still marked, by searching for it
    blocks = marks(html)
    for note in view["notes"]:
        f = note.finding
        if f.span is None and f.block is not None and locate(shown.blocks[f.block].text, f.quote):
            assert note.n in blocks[f.block]["starts"]


# -- the per-plan page -----------------------------------------------------------------------

def _twice() -> tuple[Plan, PlanResult]:
    text = "Support as required at home. At school, support as required in every lesson."
    plan = Plan(plan_id="T-2", source="/tmp/t2.docx", sha256="0" * 64, format="docx",
                blocks=[Block(id=0, kind="paragraph", text=text, section="F", location="Section F, paragraph 1")],
                sections={"F": Section(code="F", title="F", found=True, block_ids=[0])})
    f = Finding(section="F", location="Section F, paragraph 1", quote="support as required", message="Vague.",
                block_id=0)
    f.anchor(text)
    result = PlanResult(plan_id="T-2", source=plan.source, sha256=plan.sha256, sections={},
                        overall=Overall(score=0, level=1, label="Inadequate", rag="red"),
                        areas=[AreaResult(id="provision", title="Provision")],
                        criteria=[CriterionResult(id="PR-VAGUE-WORDING", area="provision", applicable=True, level=1,
                                                  label="Inadequate", rag="red", findings=[f])])
    return plan, result


def test_the_page_marks_the_span_not_the_first_match_of_the_quote(rubric):
    plan, result = _twice()
    text = plan.blocks[0].text
    f = result.criteria[0].findings[0]
    assert f.span == (text.index("support as required"), text.index("support as required") + 19)  # exact case
    assert locate(text, f.quote)[0] == 0  # the search would mark "Support as required" at the start
    html = render_plan_html(plan, result, rubric)
    view = build_view(plan, result, rubric)
    assert assert_marked_exactly(html, view["notes"], plan) == 1
    b = marks(html)[0]
    assert 0 not in b["marked"]

    # a span that no longer marks the quote (another file, a tampered store) is not trusted
    f.span = (0, 7)
    b = marks(render_plan_html(plan, result, rubric))[0]
    assert (b["starts"][1], b["ends"][1]) == locate(text, f.quote)


def test_an_old_result_without_block_or_span_still_renders_and_marks(rubric):
    plan, result = _twice()
    old = json.loads(result.model_dump_json())
    for c in old["criteria"]:
        for f in c["findings"]:
            del f["block"], f["span"]
    loaded = PlanResult.model_validate(old)
    f = loaded.criteria[0].findings[0]
    assert f.block is None and f.span is None
    f.block_id = 0  # as a writer that knows the block sets it
    b = marks(render_plan_html(plan, loaded, rubric))[0]
    assert (b["starts"][1], b["ends"][1]) == locate(plan.blocks[0].text, f.quote)


def test_sample_pages_mark_every_span_exactly(rubric):
    from ehcaudit.pipeline import assess

    checked = 0
    for path in sorted(SAMPLES.iterdir()):
        a = assess(path, rubric, dt.date(2026, 3, 31))
        html = render_plan_html(a.plan, a.result, rubric)
        plan, result = _mask(a.plan, a.result)
        checked += assert_marked_exactly(html, build_view(plan, result, rubric)["notes"], plan)
    assert checked > 100


# -- the store and the workspace -------------------------------------------------------------

@pytest.fixture(scope="module")
def ws(tmp_path_factory):
    base = tmp_path_factory.mktemp("spans")
    return audited_store(base, plans=2)


def _plan_page(store: Path, key: str):
    from ehcaudit.store import GradeStore
    from ehcaudit.workspace.app import Config, plan_view

    with GradeStore(store, write=False) as gs:
        rec = gs.plan(key)
    view, why = plan_view(Config(store=store, plan_roots=[store.parent.parent]), rec)
    assert view is not None, why
    return view, client(store).get(f"/plans/{key}").text


def test_the_workspace_reads_spans_back_from_the_store_and_marks_them(ws: Path):
    c = client(ws)
    plans = c.get(f"/api/months/{MONTH}/plans").json()["plans"]
    assert plans
    for p in plans:
        data = c.get(f"/api/plans/{p['plan_key']}").json()
        findings = [f for crit in data["criteria"] for f in crit["findings"]]
        assert all("block" in f and "span" in f for f in findings)
        assert any(f["span"] for f in findings)
        view, page = _plan_page(ws, p["plan_key"])
        shown = mask_plan(read_plan(ws.parent.parent / "plans" / MONTH / p["source"]))
        for f in findings:
            if f["span"]:
                assert shown.blocks[f["block"]].text[slice(*f["span"])] == f["quote"]
        assert assert_marked_exactly(page, view["notes"], shown) == sum(1 for f in findings if f["span"]
                                                                           and f["quote"])


def test_the_workspace_marks_a_result_stored_before_spans(ws: Path, tmp_path: Path):
    from ehcaudit.store import pack_json, unpack_json

    old = tmp_path / "reports" / "ehcaudit.db"
    old.parent.mkdir()
    src, dst = sqlite3.connect(ws), sqlite3.connect(old)
    src.backup(dst)
    src.close()
    (tmp_path / "plans").symlink_to(ws.parent.parent / "plans")
    rows = dst.execute("SELECT rowid, result FROM plans").fetchall()
    for rowid, blob in rows:
        res = unpack_json(blob)
        for c in res["criteria"]:
            for f in c["findings"]:
                f.pop("block"), f.pop("span")
        dst.execute("UPDATE plans SET result = ? WHERE rowid = ?", (pack_json(json.dumps(res)), rowid))
    dst.commit()
    dst.close()
    c = client(old)
    key = c.get(f"/api/months/{MONTH}/plans").json()["plans"][0]["plan_key"]
    data = c.get(f"/api/plans/{key}").json()
    assert all("span" not in f for crit in data["criteria"] for f in crit["findings"])
    view, page = _plan_page(old, key)
    assert "<mark" in page
    blocks = marks(page)
    placed = [n for n in view["notes"] if n.placed and n.n in blocks.get(n.finding.block_id, {}).get("starts", {})]
    assert placed  # found by searching for the quote, as before
    for n in placed:
        b = blocks[n.finding.block_id]
        assert (b["starts"][n.n], b["ends"][n.n]) == locate(b["text"], n.finding.quote)


def test_a_stored_block_that_no_longer_holds_the_finding_is_not_trusted():
    from ehcaudit.reports.plan_html import place_stored

    plan, result = _twice()
    plan.blocks.insert(0, Block(id=0, kind="paragraph", text="A new first paragraph.", section="F",
                                location="Section F, paragraph 0"))
    plan.blocks[1].id = 1  # as if another reader numbered the blocks differently
    f = result.criteria[0].findings[0]
    assert f.block == 0 and f.span
    place_stored(plan, result)
    assert f.block_id == 1  # found again at its location, by its quote
    f.block_id = None
    f.block = 1  # the right block, its span still marking the quote: trusted as it is
    place_stored(plan, result)
    assert f.block_id == 1
