"""Identifiers in every part of a Word file (issue 15, items 3 and 5), through the CLI.

Real .docx files are built here with one identifier planted in each part a hurried
anonymisation misses: page header and footer, comment, footnote, endnote, text box, image alt
text, tracked deletion, hidden text, struck-through text, document properties, the file name,
and labels and values split across the cells of a front-matter table. privacy-check reports
each with its part; score masks every one of them in every output; the rubric never reads them.
"""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from cli_inprocess import run_cli
from docx_builders import CODES, CONTENT, TITLES, append_xml, front_matter

from ehcaudit.privacy import find_identifiers, scan_plan
from ehcaudit.reader import read_plan

EXE = Path(sys.executable).with_name("ehcaudit")
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _upn(body: str) -> str:
    letters = "ABCDEFGHJKLMNPQRTUVWXYZ"
    return letters[sum(int(c) * pos for pos, c in enumerate(body, start=2)) % 23] + body


UPN_LOWER = _upn("801200102001").lower()

#: part -> (identifier as planted, kind privacy-check gives it)
PLANTED = {
    "Page header": ("D.O.B 14/03/2017", "date_of_birth"),
    "Page footer": ("NHS number 943 476 5919", "nhs_number"),
    "Comment 1": ("Call Mum on 07700 900123 first", "phone"),
    "Footnote 1": ("Email jade.smith@example.co.uk for the report", "email"),
    "Endnote 1": ("The family moved to sw1a1aa last year", "postcode"),
    "Image alt text 1": ("Photo of Alfie Baker at the park", "name"),
    "Tracked deletion 1": ("born on 2 May 2016", "date_of_birth"),
    "Hidden text 1": ("birthday 3 June 2016", "date_of_birth"),
    "Struck-through text 1": ("Parent: Sarah Quigley", "name"),
    "Document properties: author": ("Alfie Baker", "name"),
    "Document properties: title": ("EHC plan for Alfie Baker", "name"),
}
#: Values that must never appear in an output (the masked forms keep at most two characters).
SECRETS = ["14/03/2017", "943 476 5919", "07700 900123", "jade.smith", "sw1a1aa", "Alfie Baker",
           "2 May 2016", "3 June 2016", "Sarah Quigley", UPN_LOWER, "Alfie_Baker", "Baker"]


def _footnotes(tag: str, text: str) -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<w:{tag}s xmlns:w="{W}">'
            f'<w:{tag} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{tag}>'
            f'<w:{tag} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:{tag}>'
            f'<w:{tag} w:id="1"><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:{tag}>'
            f"</w:{tag}s>").encode()


def leaky_plan(path: Path, *, extras: bool = True) -> Path:
    """A plan in Word heading styles; ``extras`` plants an identifier in every part but the body."""
    d = docx.Document()
    front_matter(d)
    t = d.add_table(rows=0, cols=2)
    for label, value in (("Child's name", "Alfie Baker"), ("Date of birth", "14/03/2017"),
                         ("UPN", UPN_LOWER)):
        row = t.add_row().cells
        row[0].text, row[1].text = label, value
    for code in CODES:
        d.add_heading(f"Section {code}: {TITLES[code]}", 1)
        for text in CONTENT[code]:
            d.add_paragraph(text)
        if code == "A" and extras:
            p = d.add_paragraph("Sam's own words are below.")
            d.add_comment(p.runs, text=PLANTED["Comment 1"][0], author="Reviewer", initials="R")
            append_xml(d, f"""<W>
              <w:p><w:r><w:t xml:space="preserve">Sam likes lego</w:t></w:r>
                <w:del w:id="7" w:author="x" w:date="2026-01-01T00:00:00Z"><w:r><w:delText xml:space="preserve"> and was {PLANTED["Tracked deletion 1"][0]}</w:delText></w:r></w:del>
                <w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve"> {PLANTED["Hidden text 1"][0]}</w:t></w:r>
                <w:r><w:t>.</w:t></w:r></w:p>
              <w:p><w:r><w:rPr><w:strike/></w:rPr><w:t xml:space="preserve">{PLANTED["Struck-through text 1"][0]} </w:t></w:r>
                <w:r><w:rPr><w:b/></w:rPr><w:t>Sam now lives with his grandparents.</w:t></w:r></w:p>
              <w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">
                <wp:extent cx="10" cy="10"/><wp:docPr id="1" name="Picture 1" descr="{PLANTED["Image alt text 1"][0]}"/>
              </wp:inline></w:drawing></w:r></w:p>
              <w:p><w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox>
                <w:txbxContent><w:p><w:r><w:t>Her pupil number is UPN {UPN_LOWER.upper()} in the box</w:t></w:r></w:p></w:txbxContent>
              </v:textbox></v:shape></w:pict></w:r></w:p>
            </W>""")
    if extras:
        d.sections[0].header.paragraphs[0].text = PLANTED["Page header"][0]
        d.sections[0].footer.paragraphs[0].text = PLANTED["Page footer"][0]
        d.core_properties.author = PLANTED["Document properties: author"][0]
        d.core_properties.title = PLANTED["Document properties: title"][0]
    else:
        d.core_properties.author = "Jo Bloggs"  # a staff member's name: not the child's
        d.core_properties.title = "EHC plan"
    d.save(path)
    if extras:
        with zipfile.ZipFile(path, "a") as z:
            z.writestr("word/footnotes.xml", _footnotes("footnote", PLANTED["Footnote 1"][0]))
            z.writestr("word/endnotes.xml", _footnotes("endnote", PLANTED["Endnote 1"][0]))
    return path


def _run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([str(EXE), *args], capture_output=True, text=True, timeout=600, cwd=cwd)


@pytest.fixture(scope="module")
def leaky(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("leaky")
    return leaky_plan(folder / "Alfie_Baker_EHCP.docx")


def test_privacy_check_reports_every_part(leaky: Path):
    res = _run("privacy-check", str(leaky), "--format", "json")
    assert res.returncode == 3, res.stderr
    findings = json.loads(res.stdout)["documents"][0]["findings"]
    by_part = {}
    for f in findings:
        by_part.setdefault(f["location"], set()).add(f["kind"])
    for part, (_value, kind) in PLANTED.items():
        assert kind in by_part.get(part, set()), (part, by_part)
    assert "name" in by_part["File name"]
    # labels and values split across the cells of the front-matter table, paired
    table = {f["kind"] for f in findings if f["location"].startswith("Front matter, table row")}
    assert {"name", "date_of_birth", "upn"} <= table, findings
    # the text box's UPN (upper case in the box) is found where it stands
    assert any(f["kind"] == "upn" and f["location"].startswith("Section A") for f in findings)
    for secret in SECRETS:
        assert secret not in res.stdout
    text = _run("privacy-check", str(leaky))
    assert "Page header" in text.stdout and "Document properties: author" in text.stdout
    assert "File name" in text.stdout
    for secret in SECRETS:
        assert secret not in text.stdout + text.stderr


def test_refuse_identifiable_refuses_on_a_part_outside_the_body(tmp_path: Path):
    # only the page footer holds an identifier: the plan is still refused
    d = docx.Document()
    front_matter(d)
    for code in CODES:
        d.add_heading(f"Section {code}: {TITLES[code]}", 1)
        d.add_paragraph(CONTENT[code][0])
    d.sections[0].footer.paragraphs[0].text = "NHS no. 943 476 5919"
    d.save(tmp_path / "plan.docx")
    res = _run("score", str(tmp_path / "plan.docx"), "--format", "json", "--refuse-identifiable")
    assert res.returncode == 1
    doc = json.loads(res.stdout)
    assert not doc["plans"] and "nhs number" in doc["errors"][0]["error"]
    assert "943 476 5919" not in res.stdout + res.stderr


def test_score_masks_every_part_and_the_file_name_in_every_output(leaky: Path, tmp_path: Path):
    # in this process: what is checked is what score writes (stdout, pages), not a process
    res = run_cli("score", str(leaky), "--format", "json", "--as-of", "2026-06-30")
    assert res.returncode == 0, res.stderr
    plan = json.loads(res.stdout)["plans"][0]
    assert plan["privacy"]
    assert "A***" in plan["source"] and plan["source"].endswith(".docx")
    text = run_cli("score", str(leaky), "--as-of", "2026-06-30")
    html = run_cli("score", str(leaky), "--format", "html", "--out", str(tmp_path / "pages"), "--as-of", "2026-06-30")
    assert html.returncode == 0, html.stderr
    pages = list((tmp_path / "pages").glob("*.html"))
    assert pages
    outputs = [res.stdout, text.stdout, html.stdout] + [p.name + p.read_text(encoding="utf-8") for p in pages]
    for out in outputs:
        for secret in SECRETS:
            assert secret not in out, secret


@pytest.mark.slow  # audits (in worker processes) and writes every report through the CLI
def test_audit_store_and_trend_carry_the_masked_file_name(leaky: Path, tmp_path: Path):
    import shutil
    import sqlite3

    folder = tmp_path / "plans"
    folder.mkdir()
    shutil.copy(leaky, folder / leaky.name)
    store = tmp_path / "audit.db"
    # in this process: what is checked is what the commands store, print and write
    res = run_cli("audit", str(folder), "--month", "2026-06", "--store", str(store), "--as-of", "2026-06-30")
    assert res.returncode == 0, res.stderr
    dump = "\n".join(sqlite3.connect(store).iterdump())
    trend = run_cli("trend", "--store", str(store), "--out", str(tmp_path / "reports"))
    assert trend.returncode == 0, trend.stderr
    written = [p for p in (tmp_path / "reports").rglob("*") if p.is_file()]
    assert any(p.suffix == ".xlsx" for p in written)
    blobs = [dump, res.stdout, res.stderr, trend.stdout]
    for p in written:
        if p.suffix == ".xlsx":
            import openpyxl

            wb = openpyxl.load_workbook(p)
            blobs.append("\n".join(str(c.value) for ws in wb for row in ws.iter_rows() for c in row if c.value is not None))
        else:
            blobs.append(p.read_text(encoding="utf-8", errors="replace"))
    for blob in blobs:
        for secret in SECRETS:
            assert secret not in blob, secret
    assert "A***" in dump


def test_the_rubric_never_reads_the_parts_outside_the_body(tmp_path: Path):
    """Scores, sections and words are the same with and without every part above planted."""
    plain = read_plan(leaky_plan(tmp_path / "plain.docx", extras=False))
    full = read_plan(leaky_plan(tmp_path / "full.docx"))
    body_text = "\n".join(b.text for b in full.blocks)
    for value in ("07700 900123", "jade.smith", "sw1a1aa", "2 May 2016", "3 June 2016", "Sarah Quigley",
                  "943 476 5919", "Photo of"):
        assert value not in body_text
    assert "Sam now lives with his grandparents." in body_text
    assert {p.part for p in full.outside} >= set(PLANTED) - {"Document properties: author"} | {"Document properties: author"}
    assert "outside" not in full.model_dump()
    assert scan_plan(plain) == [i for i in scan_plan(plain) if i.location.startswith("Front matter")]


def test_struck_through_text_is_not_part_of_the_plan(tmp_path: Path):
    d = docx.Document()
    front_matter(d)
    d.add_heading("Section F: Special educational provision", 1)
    append_xml(d, """<W><w:p>
      <w:r><w:t xml:space="preserve">Speech and language therapy </w:t></w:r>
      <w:r><w:rPr><w:strike/></w:rPr><w:t xml:space="preserve">once a term </w:t></w:r>
      <w:r><w:rPr><w:dstrike w:val="true"/></w:rPr><w:t xml:space="preserve">as needed </w:t></w:r>
      <w:r><w:rPr><w:strike w:val="0"/><w:u w:val="single"/></w:rPr><w:t>weekly for 30 minutes.</w:t></w:r>
    </w:p></W>""")
    d.save(tmp_path / "amended.docx")
    plan = read_plan(tmp_path / "amended.docx")
    assert [b.text for b in plan.blocks_in("F")] == ["Speech and language therapy weekly for 30 minutes."]
    assert [(o.part, o.text) for o in plan.outside if o.part.startswith("Struck")] == [
        ("Struck-through text 1", "once a term as needed")]


@pytest.mark.parametrize("text,kind", [
    ("postcode sw1a 1aa", "postcode"), ("Postcode: SW1A1AA", "postcode"), (f"upn {UPN_LOWER}", "upn"),
    ("Birthday: 14 March 2017", "date_of_birth"), ("D.O.B 14/03/2017", "date_of_birth"),
    ("She was born on the 14th of March 2017.", "date_of_birth"), ("Date of birth (DOB): 14.03.2017", "date_of_birth"),
    ("Date of birth 12/03/2015 – Tom Baker, parent", "date_of_birth"),
])
def test_more_forms_are_found(text: str, kind: str):
    assert kind in {i.kind for i in find_identifiers(text)}


def test_parent_named_by_role_is_found_but_a_forum_is_not():
    assert [i.kind for i in find_identifiers("Parental views – Tom Baker, parent, 01/02/2026")] == ["name"]
    assert find_identifiers("Views of the Parent Carer Forum, 01/02/2026") == []
    assert find_identifiers("Section H1 2nd paragraph") == []


def test_feedback_names_its_copy_and_adds_nothing_identifiable(leaky: Path, tmp_path: Path):
    out = tmp_path / "feedback"
    res = run_cli("feedback", str(leaky), "--out", str(out), "--as-of", "2026-06-30")  # in this process
    assert res.returncode == 0, res.stderr
    copies = list(out.glob("*.docx"))
    assert len(copies) == 1 and copies[0].name.startswith("A***"), copies
    for secret in SECRETS:
        assert secret not in res.stdout + res.stderr + copies[0].name
    with zipfile.ZipFile(copies[0]) as z:
        comments = z.read("word/comments.xml").decode("utf-8")
        body = z.read("word/document.xml").decode("utf-8")
    added = body[body.index("ehcaudit review summary"):]
    assert comments.count("<w:comment ") > 1  # the file's own comment and feedback's
    for secret in SECRETS:
        # what feedback adds: its margin comments (the planted comment is the file's own) and summary
        assert secret not in added, secret
        assert comments.count(secret) <= (1 if secret in PLANTED["Comment 1"][0] else 0), secret
