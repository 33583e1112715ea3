"""PDF plans: read into the same plan model as Word plans, judged the same, hostile PDFs refused
with one line. PDFs are exported at test time with LibreOffice from plans of every layout the
Word reader supports (once per session); hand-made hostile PDFs need no LibreOffice."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import docx
import docx_builders as B
import pdf_corpus as C
import pdf_hostile as H
import pdfplumber
import pytest
from cli_inprocess import run_cli

from ehcaudit.errors import PlanReadError
from ehcaudit.reader import limits, read_document, read_plan
from ehcaudit.rubric.schema import default_rubric_path, load_rubric

needs_soffice = pytest.mark.skipif(C.soffice() is None,
                                   reason="LibreOffice (soffice) not installed: apt-get install libreoffice-writer-nogui")


def _with_header_footer(path: Path) -> Path:
    """A styled plan whose page header holds the reference and whose footer says 'Page N'."""
    B.heading_styles(path)
    d = docx.Document(str(path))
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Team: HDR77 North"
    footer = sec.footer.paragraphs[0]
    footer.text = "Page "
    run = footer.add_run()
    for tag, attr in (("w:fldChar", {"w:fldCharType": "begin"}), ("w:instrText", None),
                      ("w:fldChar", {"w:fldCharType": "end"})):
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        el = OxmlElement(tag)
        if attr:
            for k, v in attr.items():
                el.set(qn(k), v)
        else:
            el.text = "PAGE"
        run._r.append(el)
    for i in range(60):  # long enough for three pages, so header and footer repeat
        d.add_paragraph(f"Further note {i + 1} about Sam's week at school, written for the review.")
    d.save(path)
    return path


@pytest.fixture(scope="session")
def exported(tmp_path_factory):
    """{name: (word, pdf)}: a sample plan of each layout, every builder layout, a plan with page
    header and footer, and an encrypted export; converted once per session."""
    if C.soffice() is None:
        pytest.skip("LibreOffice (soffice) not installed: apt-get install libreoffice-writer-nogui")
    root = tmp_path_factory.mktemp("pdf-export")
    samples = C.sample_plans()
    chosen = {}
    for d in samples:  # the first sample of each layout
        chosen.setdefault(C.sample_layout(d), d)
    words = dict(zip(chosen.keys(), C.unique_copies(list(chosen.values()), root / "word"), strict=True))
    for name, path in C.builder_plans(root / "word").items():
        words[f"builder: {name}"] = path
    words["header-footer"] = _with_header_footer(root / "word" / "header-footer.docx")
    pdfs = C.to_pdf(list(words.values()), root / "pdf")
    return {name: (w, pdfs[w]) for name, w in words.items() if w in pdfs}


@pytest.fixture(scope="session")
def rubric():
    return load_rubric(default_rubric_path())


# -- PDFs exported from every layout ---------------------------------------------------------

@pytest.mark.slow
@needs_soffice
def test_every_layout_exported_finds_every_section_and_judges_as_word(exported, rubric):
    assert len(exported) >= 15, sorted(exported)
    for name, (word, pdf) in exported.items():
        r = C.compare(word, pdf, rubric)
        assert r["pdf_sections"] == r["word_sections"], (name, r)
        assert r["same"] >= 0.9 * r["criteria"], (name, r["differ"])


@pytest.mark.slow
@needs_soffice
def test_national_template_tables_give_golden_thread_rows(exported):
    word, pdf = exported["sample: national template"]
    a, b = read_plan(word), read_plan(pdf)
    assert b.format == "pdf"
    key = [(t.table, t.area, len(t.need), len(t.provision), len(t.outcome)) for t in a.threads]
    assert [(t.table, t.area, len(t.need), len(t.provision), len(t.outcome)) for t in b.threads] == key
    assert {t.table for t in b.threads} >= {"BFE", "CGE", "DHHE"}
    # every B|F|E row's cells are the Word cells' text (merged cells read once, not repeated)
    for ta, tb in zip(a.threads, b.threads, strict=True):
        for ia, ib in zip(ta.provision + ta.outcome, tb.provision + tb.outcome, strict=True):
            assert " ".join(b.blocks[ib].text.split()) == " ".join(a.blocks[ia].text.split())
    texts = [blk.text for blk in b.blocks if blk.kind == "table_cell" and len(blk.text) > 40]
    assert len(texts) == len(set(texts))
    assert [(x.kind, x.date) for x in b.advice] == [(x.kind, x.date) for x in a.advice]
    assert b.front.reference == a.front.reference


@pytest.mark.slow
@needs_soffice
def test_locations_name_the_page_a_person_turns_to(exported):
    word, pdf = exported["sample: heading styles"]
    plan = read_plan(pdf)
    with pdfplumber.open(pdf) as doc:
        page_text = [" ".join((p.extract_text() or "").split()) for p in doc.pages]
    paras = [b for b in plan.blocks if b.kind in ("paragraph", "list_item") and b.section]
    assert len(paras) >= 20 and len({b.location.split(", ")[1] for b in paras}) >= 2
    seen: dict[tuple[str, str, str], int] = {}
    for b in paras:
        sec, page, what = b.location.split(", ")
        assert sec == f"Section {b.section}" and page.startswith("page ")
        kind, number = what.rsplit(" ", 1)
        assert kind == b.kind.replace("_", " ")
        assert " ".join(b.text.split()[:6]) in page_text[int(page.split()[1]) - 1]
        # counted on their page: each page's first paragraph of a section is paragraph 1
        seen[(sec, page, kind)] = seen.get((sec, page, kind), 0) + 1
        assert int(number) == seen[(sec, page, kind)]


@pytest.mark.slow
@needs_soffice
def test_headings_from_font_size_and_weight_and_lists(exported):
    styled = read_plan(exported["builder: heading-styles"][1])  # Word heading styles: larger type
    assert [b.text for b in styled.blocks if b.kind == "heading"][:2] == [
        f"Section A: {B.TITLES['A']}", f"Section B: {B.TITLES['B']}"]
    caps = read_plan(exported["sample: bold caps"][1])  # bold capitals, bulleted lists
    assert caps.section("E").heading.startswith("PART E")
    items = [b for b in caps.blocks_in("E", "F") if b.kind == "list_item"]
    assert len(items) >= 3 and all(not b.text.startswith(("\uf0b7", "\u2022")) for b in items)


@pytest.mark.slow
@needs_soffice
def test_page_headers_and_footers_are_set_aside(exported):
    word, pdf = exported["header-footer"]
    with pdfplumber.open(pdf) as doc:
        assert len(doc.pages) >= 3
        assert "HDR77" in (doc.pages[1].extract_text() or "")
    plan = read_plan(pdf)
    text = "\n".join(b.text for b in plan.blocks)
    assert "HDR77" not in text
    assert not any(b.text.strip().startswith("Page ") for b in plan.blocks)
    assert plan.front.team == "HDR77 North"  # its label: value pair still feeds the front matter
    assert sum(1 for b in plan.blocks if b.text.startswith("Further note")) == 60


@pytest.mark.slow
@needs_soffice
def test_cli_commands_take_pdfs(exported, tmp_path):
    # every command takes a PDF: run in this process (an in-process traceback fails the test)
    word, pdf = exported["sample: national template"]
    r = run_cli("score", pdf, "--format", "json", "--as-of", "2026-03-31")
    assert r.returncode == 0, r.stderr
    res = json.loads(r.stdout)["plans"][0]
    assert sum(s["found"] for s in res["sections"].values()) == 12
    locs = [f["location"] for c in res["criteria"] for f in c["findings"] if f["location"]]
    assert any(", page " in loc for loc in locs)
    r = run_cli("privacy-check", pdf, "--format", "json")
    assert r.returncode in (0, 1) and "Traceback" not in r.stderr
    assert json.loads(r.stdout)["documents"][0]["source"].endswith(".pdf")
    r = run_cli("proofread", pdf, "--format", "json")
    assert r.returncode in (0, 1) and "Traceback" not in r.stderr, r.stderr
    assert json.loads(r.stdout)
    folder = tmp_path / "plans"
    folder.mkdir()
    (folder / pdf.name).write_bytes(pdf.read_bytes())
    r = run_cli("audit", folder, "--month", "2026-03", "--store", tmp_path / "a.db", "--jobs", "1")
    assert r.returncode == 0, r.stderr
    r = run_cli("feedback", pdf, "--out", tmp_path / "fb", "--as-of", "2026-03-31")
    assert r.returncode == 0, r.stderr
    assert "Word comments need the Word file" in r.stdout
    pages = list((tmp_path / "fb").glob("*.html"))
    assert len(pages) == 1 and "Section F" in pages[0].read_text(encoding="utf-8")


@pytest.mark.slow
@needs_soffice
def test_encrypted_pdf_one_line_and_the_batch_goes_on(exported, tmp_path):
    word, pdf = exported["builder: heading-styles"]
    enc_dir = tmp_path / "enc"
    exe = C.soffice()
    subprocess.run([exe, f"-env:UserInstallation=file://{tmp_path}/lo", "--headless", "--convert-to",
                    'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},'
                    '"DocumentOpenPassword":{"type":"string","value":"secret"}}',
                    "--outdir", str(enc_dir), str(word)], capture_output=True, timeout=300, check=False)
    (enc,) = enc_dir.glob("*.pdf")
    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "locked.pdf").write_bytes(enc.read_bytes())
    (batch / "open.pdf").write_bytes(pdf.read_bytes())
    # in this process (a separate one proves nothing more here: an in-process traceback fails too)
    r = run_cli("score", batch, "--format", "json")
    assert r.returncode == 1 and "Traceback" not in r.stderr
    errors = [ln for ln in r.stderr.splitlines() if ln.startswith("error:")]
    assert len(errors) == 1 and "locked.pdf" in errors[0] and "password-protected (encrypted) PDF" in errors[0]
    assert [Path(p["source"]).name for p in json.loads(r.stdout)["plans"]] == ["open.pdf"]


# -- hand-made PDFs (no LibreOffice needed) ----------------------------------------------------

def _reason(path: Path) -> str:
    with pytest.raises(PlanReadError) as e:
        read_plan(path)
    assert "\n" not in e.value.reason
    return e.value.reason


def test_plain_text_pdf_reads_into_the_plan_model(tmp_path):
    lines = [ln for code in B.CODES for ln in (f"Section {code}: {B.PLAIN_TITLES[code]}", *B.CONTENT[code])]
    p = tmp_path / "plain.pdf"
    p.write_bytes(H.text_pdf(lines))
    plan = read_plan(p)
    assert plan.format == "pdf" and all(plan.found(c) for c in B.CODES)
    assert plan.text_of("F").split("\n") == B.CONTENT["F"]
    assert plan.blocks_in("F")[1].location == "Section F, page 1, paragraph 2"
    assert plan.section("F").heading == "Section F: Special educational provision"
    assert len(plan.advice) == 2


def test_scanned_pdf_one_line(tmp_path):
    assert _reason(H.scanned_pdf(tmp_path / "scan.pdf")) == "no text layer (a scanned PDF?): OCR it first"
    r = run_cli("score", tmp_path / "scan.pdf")  # in this process: what is tested is the message
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert r.stderr.strip().splitlines() == [f"error: {tmp_path / 'scan.pdf'}: no text layer (a scanned PDF?): OCR it first"]


def test_page_limits_from_the_page_tree_and_when_it_lies(tmp_path):
    n = limits.MAX_PDF_PAGES + 1
    assert "too many pages" in _reason(H.many_pages_pdf(tmp_path / "many.pdf", n))
    assert "too many pages" in _reason(H.many_pages_pdf(tmp_path / "liar.pdf", n, claim=1))
    assert read_plan(H.many_pages_pdf(tmp_path / "three.pdf", 3)).found("A")


def test_time_and_character_limits(tmp_path, monkeypatch):
    p = tmp_path / "plain.pdf"
    p.write_bytes(H.text_pdf(["Section A: Views", "Sam likes trains."], pages=3))
    monkeypatch.setattr(limits, "MAX_PDF_CHARS", 40)
    assert "too much text" in _reason(p)
    monkeypatch.setattr(limits, "MAX_PDF_CHARS", 10_000_000)
    monkeypatch.setattr(limits, "PDF_TIME_LIMIT_SECONDS", -1)
    assert "took longer than" in _reason(p)


def test_deeply_nested_pdf_is_read_or_refused_in_one_line(tmp_path):
    p = H.nested_pdf(tmp_path / "nested.pdf", depth=50_000)
    try:
        plan = read_plan(p)
    except PlanReadError as e:
        assert "\n" not in e.reason
    else:
        assert plan.found("A")


@pytest.mark.parametrize("make, words", [
    (lambda d: H.truncated(H.scanned_pdf(d / "s.pdf"), d / "t.pdf", keep=0.3), "corrupt PDF"),
    (lambda d: H.garbage_pdf(d / "g.pdf"), "corrupt PDF"),
    (lambda d: H.header_only(d / "h.pdf"), "corrupt PDF"),
])
def test_broken_pdfs_one_line(tmp_path, make, words):
    assert words in _reason(make(tmp_path))


def test_a_pdf_that_is_not_a_plan_is_still_a_document(tmp_path):
    p = tmp_path / "letter.pdf"
    p.write_bytes(H.text_pdf(["Dear Ms Lee,", "Thank you for your letter about the annual review."]))
    assert "no EHC plan sections" in _reason(p)
    doc = read_document(p)
    assert doc.blocks[0].location.startswith("Page 1, paragraph")


def test_struck_through_text_is_not_part_of_the_plan(tmp_path):
    plan = read_plan(H.struck_pdf(tmp_path / "amended.pdf"))
    assert plan.text_of("F") == "Daily speech therapy for 30 minutes."


@pytest.mark.slow  # inflates up to the 200 MB budget
def test_pdf_bomb_stops_at_the_limit(tmp_path):
    import resource

    p = H.bomb_pdf(tmp_path / "bomb.pdf")
    assert p.stat().st_size < 2 * 1024 * 1024
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    assert "possible PDF bomb" in _reason(p)
    grown_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    assert grown_kib < 400 * 1024  # never the whole 300 MB at once beyond the 200 MB budget
    # and pdfminer's own zlib is back for the next PDF
    import zlib

    import pdfminer.pdftypes as T

    assert T.zlib is zlib


def test_a_pdf_page_header_is_set_aside_but_checked_for_identifiers(tmp_path):
    import shutil
    import subprocess

    import docx as _docx

    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        pytest.skip("LibreOffice (soffice) is not installed: no PDF can be exported here")
    d = _docx.Document()
    d.sections[0].header.paragraphs[0].text = "Child: Alfie Baker   Date of birth: 14/03/2017"
    for code, title in [("A", "Views, interests and aspirations"), ("B", "Special educational needs"),
                        ("E", "Outcomes"), ("F", "Special educational provision")]:
        d.add_heading(f"Section {code}: {title}", 2)
        for _ in range(12):
            d.add_paragraph("Sam enjoys football and wants to be a coach; he reads well and likes maths.")
    src = tmp_path / "plan.docx"
    d.save(src)
    subprocess.run([exe, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(src)], check=True, capture_output=True, timeout=180)
    from ehcaudit.privacy import scan_plan
    from ehcaudit.reader import read_plan

    plan = read_plan(tmp_path / "plan.pdf")
    assert "Alfie" not in " ".join(b.text for b in plan.blocks)
    kinds = {(i.kind, i.location.split(":")[0]) for i in scan_plan(plan)}
    assert ("name", "Page header or footer") in kinds and ("date_of_birth", "Page header or footer") in kinds
