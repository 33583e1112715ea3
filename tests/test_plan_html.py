"""The per-plan HTML page: self-contained, escaped, findings marked in place with labels."""

from __future__ import annotations

import datetime as dt
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from browser import needs_chromium, render_offline
from typer.testing import CliRunner

from ehcaudit.model import Block, Plan, Section
from ehcaudit.reports import plan_html as plan_html_module
from ehcaudit.reports.plan_html import locate, render_plan_html, write_plan_html
from ehcaudit.results import AreaResult, CriterionResult, Finding, Overall, PlanResult
from ehcaudit.rubric.schema import default_rubric_path, load_rubric

TEMPLATE = Path(__file__).resolve().parent / "data" / "national-ehcp-template.docx"  # vendored (MIT, see its .LICENSE)
SAMPLES = sorted(Path(__file__).resolve().parents[1].glob("sample_plans/*/*.docx"))


@pytest.fixture(scope="module")
def rubric():
    return load_rubric(default_rubric_path())


def hand_made() -> tuple[Plan, PlanResult]:
    texts = [
        ("heading", "F", "Section F: Special educational provision"),
        ("paragraph", "F", "Jade will have access to speech and language therapy as required."),
        ("paragraph", "F", "<script>alert('x')</script> & \u201cregular\u201d support"),
        ("table_cell", "K", "Educational psychology advice, Dr A Smith, 01/02/2024"),
    ]
    blocks = [Block(id=i, kind=k, text=t, section=s, location=f"Section {s}, block {i}", para_ids=[i])
              for i, (k, s, t) in enumerate(texts)]
    plan = Plan(plan_id="T-1/../x", source="/tmp/t.docx", sha256="0" * 64, format="docx", blocks=blocks,
                sections={"F": Section(code="F", title="F", found=True, block_ids=[0, 1, 2]),
                          "K": Section(code="K", title="K", found=True, block_ids=[3])})

    def f(bid, quote, msg, kind="issue"):
        return Finding(section="F", location=f"Section F, block {bid}", quote=quote, message=msg, kind=kind, block_id=bid)

    crits = [
        CriterionResult(id="CA-DATED", area="currency", title="Dated", applicable=True, level=2,
                        label="Requires improvement", rag="amber", findings=[
                            f(1, "access to speech and language therapy", "Vague: 'access to'."),
                            f(1, "as required", "Vague: 'as required'."),
                            f(2, "\"regular\" support", "Woolly <b>wording</b>."),
                            f(3, "not in this block", "Whole block."),
                            Finding(section="G", location="Section G (not found in the plan)", quote="", message="Section G is missing."),
                        ]),
        CriterionResult(id="CA-ADVICE-AGE", area="currency", title="Age", applicable=True, level=4,
                        label="Outstanding", rag="green", findings=[
                            f(3, "Dr A Smith, 01/02/2024", "Dated and attributed.", kind="evidence")]),
    ]
    result = PlanResult(plan_id=plan.plan_id, source=plan.source, sha256=plan.sha256, sections={},
                        overall=Overall(score=50.0, level=2, label="Requires improvement", rag="amber"),
                        areas=[AreaResult(id="currency", title="Currency of advice and review", score=50.0, level=2,
                                          label="Requires improvement", rag="amber")],
                        criteria=crits)
    return plan, result


def assert_self_contained(html: str) -> None:
    low = html.lower()
    assert "<script" not in low
    assert not re.search(r"""(src|href|action|poster|data)\s*=\s*["']?\s*(https?:|//|ftp:|file:)""", low)
    assert "@import" not in low
    assert not re.search(r"url\(\s*['\"]?\s*(https?:|//)", low)
    assert "<link" not in low and "<iframe" not in low and "<img" not in low


class _Ids(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids: list[str] = []
        self.hrefs: list[str] = []
        self.marks = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.append(a["id"])
        if tag == "a" and "href" in a:
            self.hrefs.append(a["href"])
        if tag == "mark":
            self.marks += 1


def test_page_is_self_contained_escaped_and_linked(rubric):
    plan, result = hand_made()
    html = render_plan_html(plan, result, rubric)
    assert_self_contained(html)
    assert "alert(&#39;x&#39;)" in html or "alert(&#x27;x&#x27;)" in html
    assert "&lt;script&gt;" in html and "Woolly &lt;b&gt;wording&lt;/b&gt;." in html
    p = _Ids()
    p.feed(html)
    assert len(p.ids) == len(set(p.ids)), "ids are unique"
    for h in p.hrefs:
        assert h.startswith("#") and h[1:] in p.ids, h  # every link is in-page and lands
    assert p.marks >= 4


def test_marks_cover_the_quote_with_label_and_footnote(rubric):
    plan, result = hand_made()
    html = render_plan_html(plan, result, rubric)
    assert re.search(r'<mark class="issue"[^>]*>as required</mark><span class="label issue">CA-DATED</span>'
                     r'<sup><a class="ref" id="ref-\d+" href="#note-\d+"', html)
    assert re.search(r'<mark class="evidence"[^>]*>Dr A Smith, 01/02/2024</mark>', html)
    assert "Whole paragraph:" in html  # quote not found in its block -> labelled on the block
    assert "Section G is missing." in html  # no anchor: in the notes and contents
    # grades: colour and words
    assert "AMBER</span> Requires improvement" in html and "GREEN</span> Outstanding" in html
    assert "@page { size: A4" in html


def test_locate_folds_quotes_space_case_and_clipping():
    text = "He may benefit from \u201cregular\u201d  support where possible."
    s, e = locate(text, 'benefit from "regular" support')
    assert text[s:e] == "benefit from \u201cregular\u201d  support"
    s, e = locate(text, "REGULAR\u201d support where pos…")
    assert text[s:e] == "regular\u201d  support where pos"
    assert locate(text, "absent words") is None


def test_write_plan_html_safe_name(tmp_path, rubric):
    plan, result = hand_made()
    path = write_plan_html(plan, result, rubric, tmp_path / "out")
    assert path.parent == tmp_path / "out" and path.name == "T-1_.._x.html"
    assert path.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_national_template_and_samples_render(tmp_path, rubric):
    from ehcaudit.pipeline import assess

    for path in [TEMPLATE, *SAMPLES[::11]]:
        a = assess(path, rubric, dt.date(2026, 6, 1))
        html = render_plan_html(a.plan, a.result, rubric)
        assert_self_contained(html)
        p = _Ids()
        p.feed(html)
        assert len(p.ids) == len(set(p.ids))
        assert all(h[1:] in p.ids for h in p.hrefs)
        for b in a.plan.blocks[:50]:
            assert f'id="block-{b.id}"' in html
        if a.plan.threads:
            assert "(combined table)" in html  # B|F|E cells stay together, not a heading per cell


def test_score_format_html_cli(tmp_path):
    from ehcaudit.cli import app

    src = tmp_path / "plan.md"
    src.write_text("Section A: Views\nSam likes trains.\n\nSection F: Special educational provision\n"
                   "Access to support as required.\n", encoding="utf-8")
    r = CliRunner().invoke(app, ["score", "--format", "html", str(src), "--out", str(tmp_path / "html"),
                                 "--as-of", "2026-01-01"])
    assert r.exit_code == 0, r.output
    pages = list((tmp_path / "html").glob("*.html"))
    assert len(pages) == 1
    assert_self_contained(pages[0].read_text(encoding="utf-8"))


@pytest.mark.slow  # starts headless Chromium
@needs_chromium
def test_chromium_renders_without_console_errors(tmp_path, rubric):
    plan, result = hand_made()
    render_offline(write_plan_html(plan, result, rubric, tmp_path), tmp_path)


def test_masks_identifiers_when_privacy_is_available(monkeypatch, rubric):
    import sys
    import types

    fake = types.ModuleType("ehcaudit.privacy")
    fake.mask_text = lambda t: t.replace("Jade", "[NAME]")
    fake.mask_plan = lambda plan: plan.model_copy(update={"blocks": [
        b.model_copy(update={"text": fake.mask_text(b.text)}) for b in plan.blocks]})
    import ehcaudit

    monkeypatch.setitem(sys.modules, "ehcaudit.privacy", fake)
    monkeypatch.setattr(ehcaudit, "privacy", fake, raising=False)
    monkeypatch.setattr(plan_html_module, "privacy", fake)  # the module plan_html imported
    plan, result = hand_made()
    html = render_plan_html(plan, result, rubric)
    assert "Jade" not in html and "[NAME] will have" in html
    assert re.search(r'<mark class="issue"[^>]*>as required</mark>', html)
