"""Word feedback: comments anchored on the exact words, a summary, the original untouched."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Pt
from typer.testing import CliRunner

from ehcaudit.feedback import write_feedback
from ehcaudit.model import Block, Plan, Section
from ehcaudit.results import AreaResult, CriterionResult, Finding, Overall, PlanResult
from ehcaudit.rubric.schema import default_rubric_path, load_rubric
from ehcaudit.rubric.scoring import gains

TEMPLATE = Path(__file__).resolve().parent / "data" / "national-ehcp-template.docx"  # vendored (MIT, see its .LICENSE)
W_P = qn("w:p")


# -- a reader for comments, independent of the writer ---------------------------------------

def comment_anchors(path: Path) -> dict[int, str]:
    """Comment id -> the text between its commentRangeStart and commentRangeEnd (document order)."""
    d = docx.Document(str(path))
    body = d.element.body
    open_ids: dict[int, list[str]] = {}
    done: dict[int, str] = {}
    for el in body.iter(qn("w:commentRangeStart"), qn("w:commentRangeEnd"), qn("w:t"), qn("w:tab"), qn("w:p")):
        if el.tag == qn("w:commentRangeStart"):
            open_ids[int(el.get(qn("w:id")))] = []
        elif el.tag == qn("w:commentRangeEnd"):
            cid = int(el.get(qn("w:id")))
            done[cid] = "".join(open_ids.pop(cid))
        elif el.tag == W_P:
            for buf in open_ids.values():
                if buf:
                    buf.append("\n")
        else:
            text = el.text or "" if el.tag == qn("w:t") else "\t"
            for buf in open_ids.values():
                buf.append(text)
    assert not open_ids, "every commentRangeStart has its end"
    return done


def comment_bodies(path: Path) -> dict[int, str]:
    d = docx.Document(str(path))
    return {c.comment_id: "\n".join(p.text for p in c.paragraphs) for c in d.comments}


# -- a small plan built with python-docx, with hand-made Plan and PlanResult -----------------

def build_docx(path: Path) -> None:
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "OFFICIAL-SENSITIVE header"
    d.sections[0].footer.paragraphs[0].text = "Page footer text"
    d.add_heading("Section F: Special educational provision", 1)            # p0
    p = d.add_paragraph()                                                  # p1
    p.add_run("Jade will have ")
    r = p.add_run("access to speech and language")
    r.bold = True
    r.font.size = Pt(14)
    p.add_run(" therapy as required, delivered by a therapist.")
    d.add_paragraph("He may benefit from \u201cregular\u201d  support where possible.")  # p2
    t = d.add_table(rows=2, cols=2)
    t.style = d.styles["Table Grid"]
    t.cell(0, 0).text = "Need"                                            # p3
    t.cell(0, 1).text = "Provision"                                       # p4
    t.cell(1, 0).text = "Jade finds it hard to follow instructions."      # p5
    t.cell(1, 1).text = "Opportunities for small group work."             # p6
    t.cell(1, 1).add_paragraph("Second line of the cell, with up to 3 sessions.")  # p7
    d.add_paragraph("Section K: Advice and information")                  # p8
    d.save(str(path))


def make_plan(path: Path) -> Plan:
    texts = [
        ("heading", "Section F: Special educational provision", [0]),
        ("paragraph", "Jade will have access to speech and language therapy as required, delivered by a therapist.", [1]),
        ("paragraph", "He may benefit from \u201cregular\u201d support where possible.", [2]),
        ("table_cell", "Need", [3]),
        ("table_cell", "Provision", [4]),
        ("table_cell", "Jade finds it hard to follow instructions.", [5]),
        ("table_cell", "Opportunities for small group work.\nSecond line of the cell, with up to 3 sessions.", [6, 7]),
        ("heading", "Section K: Advice and information", [8]),
    ]
    blocks = [Block(id=i, kind=k, text=t, section="F", location=f"Section F, block {i}", para_ids=pids)
              for i, (k, t, pids) in enumerate(texts)]
    return Plan(plan_id="T-1", source=str(path), sha256="0" * 64, format="docx", blocks=blocks,
                sections={"F": Section(code="F", title="Special educational provision", found=True,
                                       block_ids=list(range(8)))})


def fnd(bid: int | None, quote: str, message: str, kind: str = "issue") -> Finding:
    return Finding(section="F", location=f"Section F, block {bid}", quote=quote, message=message, kind=kind, block_id=bid)


def make_result(plan: Plan) -> PlanResult:
    crits = [
        CriterionResult(id="CA-DATED", area="currency", title="Dated", applicable=True, level=2,
                        label="Requires improvement", rag="amber", findings=[
                            fnd(1, "access to speech and language", "Vague: 'access to'."),
                            fnd(1, "as required", "Vague: 'as required'."),
                            fnd(2, "benefit from \"regular\" support", "Woolly wording."),
                            fnd(6, "Opportunities for small group work. Second line", "Spans two paragraphs of the cell."),
                            fnd(6, "up to 3 sessions", "'up to' is not a quantity."),
                            fnd(5, "text that is not in the cell at all", "Falls back to the whole cell."),
                            fnd(None, "", "Section G is missing."),
                            fnd(None, "finds it hard to follow", "No block: found by searching the body."),
                        ]),
        CriterionResult(id="CA-ADVICE-AGE", area="currency", title="Age", applicable=True, level=4,
                        label="Outstanding", rag="green", findings=[
                            fnd(1, "delivered by a therapist", "Names who delivers it.", kind="evidence"),
                            fnd(1, "access to speech and language", "Same words, another criterion."),
                        ]),
    ]
    return PlanResult(plan_id=plan.plan_id, source=plan.source, sha256=plan.sha256, sections={},
                      overall=Overall(score=50.0, level=2, label="Requires improvement", rag="amber"),
                      areas=[AreaResult(id="currency", title="Currency of advice and review", score=50.0, level=2,
                                        label="Requires improvement", rag="amber")],
                      criteria=crits)


@pytest.fixture(scope="module")
def rubric():
    return load_rubric(default_rubric_path())


@pytest.fixture
def built(tmp_path, rubric):
    src = tmp_path / "plan.docx"
    build_docx(src)
    os.utime(src, (1_600_000_000, 1_600_000_000))
    before = (src.read_bytes(), src.stat().st_mtime)
    plan = make_plan(src)
    result = make_result(plan)
    rep = write_feedback(plan, result, rubric, src, tmp_path / "out", as_of="2026-01-01")
    return src, before, plan, result, rep


def test_comments_cover_exactly_the_quoted_words(built):
    _src, _before, _plan, _result, rep = built
    anchors = comment_anchors(rep.path)
    got = {p.finding.message: anchors[p.comment_id] for p in rep.placed if p.comment_id is not None}
    assert got["Vague: 'access to'."] == "access to speech and language"
    assert got["Same words, another criterion."] == "access to speech and language"
    assert got["Vague: 'as required'."] == "as required"
    assert got["Woolly wording."] == "benefit from \u201cregular\u201d  support"
    assert got["Spans two paragraphs of the cell."] == "Opportunities for small group work.\nSecond line"
    assert got["'up to' is not a quantity."] == "up to 3 sessions"
    assert got["Falls back to the whole cell."] == "Jade finds it hard to follow instructions."
    assert got["No block: found by searching the body."] == "finds it hard to follow"


def test_every_issue_with_a_quote_is_one_comment_and_evidence_is_none(built):
    _src, _before, _plan, result, rep = built
    issues_with_quote = [f for c in result.criteria for f in c.findings if f.kind == "issue" and f.quote]
    bodies = comment_bodies(rep.path)
    assert len(bodies) == len(issues_with_quote) == rep.comments
    for f in issues_with_quote:
        assert sum(f.message in b for b in bodies.values()) == 1, f.message
    assert not any("Names who delivers it." in b for b in bodies.values())
    # the comment names the criterion and what good looks like
    b = next(b for b in bodies.values() if "'as required'" in b)
    assert "CA-DATED" in b and "What good looks like:" in b
    assert all(c.author == "ehcaudit" for c in docx.Document(str(rep.path)).comments)


def test_formatting_split_runs_keep_their_rpr(built):
    rep = built[4]
    d = docx.Document(str(rep.path))
    runs = d.paragraphs[1].runs
    assert "".join(r.text for r in runs) == "Jade will have access to speech and language therapy as required, delivered by a therapist."
    bold = [r for r in runs if r.bold]
    assert "".join(r.text for r in bold) == "access to speech and language"
    assert all(r.font.size == Pt(14) for r in bold)


def test_original_untouched_and_layout_survives(built):
    src, before, _plan, _result, rep = built
    assert src.read_bytes() == before[0]
    assert src.stat().st_mtime == before[1]
    d = docx.Document(str(rep.path))
    assert d.sections[0].header.paragraphs[0].text == "OFFICIAL-SENSITIVE header"
    assert d.sections[0].footer.paragraphs[0].text == "Page footer text"
    t = d.tables[0]
    assert t.cell(1, 0).text == "Jade finds it hard to follow instructions."
    assert t.style.name == "Table Grid"
    # every original paragraph's text is unchanged, in order
    orig = [p.text for p in docx.Document(str(src)).paragraphs]
    assert [p.text for p in d.paragraphs][: len(orig)] == orig


def test_summary_after_a_page_break(built, rubric):
    _src, _before, _plan, result, rep = built
    d = docx.Document(str(rep.path))
    texts = [p.text for p in d.paragraphs]
    i = texts.index("ehcaudit review summary")
    assert any(br.get(qn("w:type")) == "page" for p in d.paragraphs[i - 1: i] for br in p._p.iter(qn("w:br")))
    tail = "\n".join(texts[i:])
    assert "Overall grade: Requires improvement (AMBER)" in tail
    assert "Three changes that would raise the grade most" in tail
    assert "Section G is missing." in tail  # no text anchor -> summary
    assert "What works well" in tail and "Names who delivers it." in tail
    assert any("Currency of advice and review" in c.text for c in d.tables[-1].columns[0].cells)


def test_gains_formula(rubric):
    plan = make_plan(Path("x.docx"))
    res = make_result(plan)
    g = gains(res, rubric)
    # one improvable criterion (level 2 of 4): weight 1/2 in its only area -> 0.5 * 1 * 33.33
    assert [c.id for _, c in g] == ["CA-DATED"]
    assert g[0][0] == pytest.approx(0.5 * (100 / 3), rel=1e-6)


def test_plain_text_plan_is_refused_clearly(tmp_path, rubric):
    from ehcaudit.cli import app

    md = tmp_path / "plan.md"
    md.write_text("Section A: Views\nHello\n", encoding="utf-8")
    r = CliRunner().invoke(app, ["feedback", str(md), "--out", str(tmp_path / "o")])
    assert r.exit_code == 1
    assert "needs a Word file" in r.output
    assert not (tmp_path / "o").exists() or not any((tmp_path / "o").iterdir())


# -- real plans through the real reader and checks -------------------------------------------

def _real(path: Path, tmp_path: Path, rubric):
    from ehcaudit.pipeline import assess

    a = assess(path, rubric, dt.date(2026, 6, 1))
    before = hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime
    rep = write_feedback(a.plan, a.result, rubric, path, tmp_path)
    assert (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime) == before
    return a, rep


SAMPLES = sorted(Path(__file__).resolve().parents[1].glob("sample_plans/*/*.docx"))


@pytest.mark.slow  # scores and annotates every sample plan
@pytest.mark.skipif(not SAMPLES, reason="sample plans not generated")
def test_sample_plans_every_issue_once_on_its_quote(tmp_path, rubric):
    for path in SAMPLES[::7]:
        a, rep = _real(path, tmp_path, rubric)
        anchors = comment_anchors(rep.path)
        issues = [f for c in a.result.criteria for f in c.findings if f.kind == "issue" and f.quote.strip()]
        placed = [p for p in rep.placed if p.finding.quote.strip()]
        assert len(placed) == len(issues)
        assert len(anchors) == rep.comments
        for p in placed:
            assert p.comment_id is not None, (path.name, p.finding)
            if p.anchor == "exact":
                norm = " ".join(anchors[p.comment_id].replace("\u2019", "'").split())
                q = " ".join(p.finding.quote.replace("\u2019", "'").rstrip("…").split())
                assert norm.lower() in q.lower() or q.lower() in norm.lower(), (norm, q)


def test_national_template_comments_in_table_cells(tmp_path, rubric):
    from ehcaudit.reader import read_plan

    src = tmp_path / "template.docx"
    shutil.copy(TEMPLATE, src)
    plan = read_plan(src)
    cells = [b for b in plan.blocks if b.kind == "table_cell" and "{{" in b.text and b.section][:5]
    assert cells
    findings = [fnd(b.id, b.text.split("{{")[1].split("}}")[0].strip(), f"Unfilled placeholder {i}.")
                for i, b in enumerate(cells)]
    res = make_result(make_plan(src))
    res.criteria[0].findings = findings
    res.criteria = res.criteria[:1]
    rep = write_feedback(plan, res, rubric, src, tmp_path / "out")
    anchors = comment_anchors(rep.path)
    assert rep.comments == len(findings)
    for p in rep.placed:
        assert p.anchor == "exact"
        assert anchors[p.comment_id].strip() == p.finding.quote
    d = docx.Document(str(rep.path))
    assert len(d.tables) == len(docx.Document(str(src)).tables) + 1  # + the summary's table
    # every other part (styles, headers, footers, numbering, media) is byte-for-byte the original
    import zipfile

    with zipfile.ZipFile(src) as a, zipfile.ZipFile(rep.path) as b:
        assert set(b.namelist()) - set(a.namelist()) == {"word/comments.xml"}
        def same(n: str) -> bool:
            x, y = a.read(n), b.read(n)
            if x == y:
                return True
            if not n.endswith((".xml", ".rels")):
                return False
            from lxml import etree

            return etree.tostring(etree.fromstring(x), method="c14n") == etree.tostring(etree.fromstring(y), method="c14n")

        changed = {n for n in a.namelist() if not same(n)}
        assert changed <= {"[Content_Types].xml", "word/_rels/document.xml.rels", "word/document.xml"}
        assert any(n.startswith("word/header") for n in a.namelist())
    sect = [s.orientation for s in docx.Document(str(src)).sections]
    assert [s.orientation for s in d.sections] == sect  # landscape sections stay landscape


@pytest.mark.slow  # converts with LibreOffice
@pytest.mark.skipif(shutil.which("libreoffice") is None and shutil.which("soffice") is None,
                    reason="LibreOffice not installed")
def test_reviewed_copy_converts_with_libreoffice(built, tmp_path):
    rep = built[4]
    exe = shutil.which("libreoffice") or shutil.which("soffice")
    out = tmp_path / "pdf"
    subprocess.run([exe, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to", "pdf",
                    "--outdir", str(out), str(rep.path)], check=True, capture_output=True, timeout=180)
    pdf = out / (rep.path.stem + ".pdf")
    assert pdf.exists() and pdf.stat().st_size > 1000


SAMPLE_DOCX = SAMPLES[0] if SAMPLES else None


@pytest.mark.skipif(SAMPLE_DOCX is None, reason="sample plans not generated")
def test_cli_writes_reviewed_copies_and_skips_text_plans_in_folders(tmp_path):
    from ehcaudit.cli import app

    folder = tmp_path / "plans"
    folder.mkdir()
    src = folder / "a plan.docx"
    shutil.copy(SAMPLE_DOCX, src)
    (folder / "other.md").write_text("Section A: Views\nHello\n", encoding="utf-8")
    before = src.read_bytes(), src.stat().st_mtime_ns
    out = tmp_path / "out"
    r = CliRunner().invoke(app, ["feedback", str(folder), "--out", str(out), "--author", "QA Team",
                                 "--as-of", "2026-06-01"])
    assert r.exit_code == 0, r.output
    assert "skipped" in r.output and "needs a Word file" in r.output
    reviewed = out / "a plan.reviewed.docx"
    assert reviewed.exists() and "wrote" in r.output
    assert (src.read_bytes(), src.stat().st_mtime_ns) == before
    comments = list(docx.Document(str(reviewed)).comments)
    assert comments and all(c.author == "QA Team" and c.initials == "QT" for c in comments)


def test_cli_missing_file_is_one_line_error(tmp_path):
    from ehcaudit.cli import app

    r = CliRunner().invoke(app, ["feedback", str(tmp_path / "nope.docx"), "--out", str(tmp_path)])
    assert r.exit_code == 1
    assert "Traceback" not in r.output and "no such file" in r.output


def test_docm_keeps_its_type(tmp_path, rubric):
    """A macro-enabled plan: python-docx refuses the content type, the writer loads it anyway."""
    import zipfile

    src = tmp_path / "plan.docx"
    build_docx(src)
    docm = tmp_path / "plan.docm"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(docm, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                                    b"application/vnd.ms-word.document.macroEnabled.main+xml")
            zout.writestr(item, data)
    plan = make_plan(docm)
    rep = write_feedback(plan, make_result(plan), rubric, docm, tmp_path / "out")
    assert rep.path.name == "plan.reviewed.docm"
    with zipfile.ZipFile(rep.path) as z:
        assert b"macroEnabled.main+xml" in z.read("[Content_Types].xml")
        assert "word/comments.xml" in z.namelist()


def test_masked_quotes_still_find_their_words(tmp_path, rubric):
    """Once the privacy mask replaces names in quotes, the comment still lands on the words."""
    src = tmp_path / "plan.docx"
    build_docx(src)
    plan = make_plan(src)
    res = make_result(plan)
    res.criteria = res.criteria[:1]
    res.criteria[0].findings = [fnd(1, "Jade will have [WORD] to speech", "Masked name inside."),
                                fnd(5, "[CHILD] finds it hard", "Masked name first.")]
    rep = write_feedback(plan, res, rubric, src, tmp_path / "out")
    anchors = comment_anchors(rep.path)
    got = {p.finding.message: (p.anchor, anchors[p.comment_id]) for p in rep.placed}
    assert got["Masked name inside."] == ("exact", "Jade will have access to speech")
    assert got["Masked name first."] == ("exact", "finds it hard")


def test_quote_across_a_hyperlink_and_a_content_control(tmp_path, rubric):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    src = tmp_path / "plan.docx"
    d = docx.Document()
    p = d.add_paragraph("See the ")
    p._p.append(parse_xml(f'<w:hyperlink {nsdecls("w", "r")} w:anchor="x"><w:r><w:rPr><w:u w:val="single"/></w:rPr>'
                          '<w:t>local offer page</w:t></w:r></w:hyperlink>'))
    p.add_run(" for short breaks.")
    q = d.add_paragraph("Placement: ")
    q._p.append(parse_xml(f'<w:sdt {nsdecls("w")}><w:sdtContent><w:r><w:t>Hillcrest School</w:t></w:r>'
                          '</w:sdtContent></w:sdt>'))
    q.add_run(" from September.")
    d.save(str(src))
    blocks = [Block(id=0, kind="paragraph", text="See the local offer page for short breaks.", location="p1", para_ids=[0]),
              Block(id=1, kind="paragraph", text="Placement: Hillcrest School from September.", location="p2", para_ids=[1])]
    plan = Plan(plan_id="T-2", source=str(src), sha256="0" * 64, format="docx", blocks=blocks)
    res = make_result(make_plan(src))
    res.criteria = res.criteria[:1]
    res.criteria[0].findings = [fnd(0, "the local offer", "Across the link edge."),
                                fnd(1, "Hillcrest School from", "Across the content control.")]
    rep = write_feedback(plan, res, rubric, src, tmp_path / "out")
    anchors = comment_anchors(rep.path)
    got = {p.finding.message: anchors[p.comment_id] for p in rep.placed}
    assert got == {"Across the link edge.": "the local offer", "Across the content control.": "Hillcrest School from"}
    out = docx.Document(str(rep.path))
    assert out.paragraphs[0].text == "See the local offer page for short breaks."
    link = out.element.body.find(".//" + qn("w:hyperlink"))
    assert "".join(t.text for t in link.iter(qn("w:t"))) == "local offer page"
    assert all(r.find(qn("w:rPr")) is not None for r in link.iter(qn("w:r")))  # underline kept on both halves


@pytest.mark.skipif(SAMPLE_DOCX is None, reason="sample plans not generated")
def test_cli_same_name_in_two_folders_keeps_both(tmp_path):
    from ehcaudit.cli import app

    for month in ("2026-01", "2026-02"):
        (tmp_path / month).mkdir()
        shutil.copy(SAMPLE_DOCX, tmp_path / month / "plan.docx")
    r = CliRunner().invoke(app, ["feedback", str(tmp_path / "2026-01"), str(tmp_path / "2026-02"),
                                 "--out", str(tmp_path / "out"), "--as-of", "2026-06-01"])
    assert r.exit_code == 0, r.output
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["2026-02-plan.reviewed.docx", "plan.reviewed.docx"]
