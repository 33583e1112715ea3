"""Property tests: whatever the input, the reader returns a Plan or raises PlanReadError."""

from __future__ import annotations

import tempfile
from pathlib import Path

import docx
import docx_builders as B
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ehcaudit.errors import PlanReadError
from ehcaudit.model import Plan
from ehcaudit.reader import read_document, read_plan

FAST = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
#: Building a .docx per example is the slow part: fewer examples keep the test under 2 s.
DOCX = settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Text Word and XML both accept (no control characters, no surrogates).
_xml_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=60
)
_headingish = st.sampled_from([
    "Section A: Views", "B – Special educational needs", "Outcomes", "PART F - PROVISION",
    "Health provision", "Social care provision", "Section K: Advice and information", "K",
    "H1", "A1", "Sections C and G", "Placement", "Strengths", "{{ name }}", "",
])
_cell = st.one_of(_xml_text, _headingish)
_item = st.one_of(
    st.tuples(st.just("p"), st.one_of(_xml_text, _headingish), st.booleans()),
    st.tuples(st.just("h"), st.one_of(_xml_text, _headingish), st.integers(1, 3)),
    st.tuples(st.just("t"), st.lists(st.lists(_cell, min_size=1, max_size=4), min_size=1, max_size=4), st.booleans()),
)


def _check(path: Path) -> None:
    for reader in (read_plan, read_document):
        try:
            plan = reader(path)
        except PlanReadError as e:
            assert e.reason and "\n" not in e.reason
            continue
        assert isinstance(plan, Plan)
        for b in plan.blocks:
            assert b.text and b.location
            assert b.id == plan.blocks.index(b)
        for s in plan.sections.values():
            assert all(0 <= i < len(plan.blocks) for i in s.block_ids)
        for a in plan.advice:
            assert 0 <= a.block_id < len(plan.blocks)


@DOCX
@given(st.lists(_item, max_size=12))
def test_random_docx_documents(items):
    d = docx.Document()
    for kind, content, extra in items:
        if kind == "p":
            p = d.add_paragraph()
            p.add_run(content).bold = bool(extra)
        elif kind == "h":
            d.add_heading(content, level=extra)
        else:
            ncols = max(len(r) for r in content)
            t = d.add_table(rows=len(content), cols=ncols)
            for r, row in enumerate(content):
                for c, text in enumerate(row):
                    t.rows[r].cells[c].text = text
            if extra and ncols > 1:
                t.rows[0].cells[0].merge(t.rows[0].cells[1])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "fuzz.docx"
        d.save(path)
        _check(path)


@FAST
@given(st.lists(st.one_of(_xml_text, _headingish, st.just("| a | b |"), st.just("|---|---|"),
                          st.just("- item"), st.just("# Outcomes")), max_size=20),
       st.sampled_from(["x.txt", "x.md"]))
def test_random_text_documents(lines, name):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_text("\n".join(lines), encoding="utf-8", errors="surrogatepass")
        _check(path)


@FAST
@given(st.binary(max_size=2000), st.sampled_from(["x.docx", "x.txt", "x.md", "x.doc", "x.docm", "x"]))
def test_random_bytes(data, name):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        _check(path)


_GOOD_XML = B.document_xml("Section A: Views", "Sam likes trains.", "Outcomes", "Sam will swim.")


@FAST
@given(st.lists(st.tuples(st.integers(0, len(_GOOD_XML) - 1), st.integers(0, 255)), min_size=1, max_size=8))
def test_mutated_document_xml(mutations):
    xml = bytearray(_GOOD_XML)
    for pos, byte in mutations:
        xml[pos] = byte
    with tempfile.TemporaryDirectory() as tmp:
        path = B.zip_with(Path(tmp) / "m.docx", B.minimal_docx_parts(bytes(xml)))
        _check(path)


@FAST
@given(st.text(max_size=120), st.sampled_from(["style", "strong", "cell", "weak", "toc"]))
def test_heading_classifier_total(text, signal):
    from ehcaudit.model import SECTION_CODES
    from ehcaudit.reader.advice import advice_kind, split_item
    from ehcaudit.reader.headings import also_codes, classify

    code = classify(text, signal)
    assert code is None or code in SECTION_CODES
    assert all(c in SECTION_CODES for c in also_codes(text))
    title, author, date, date_text = split_item(text)
    assert isinstance(title, str)
    assert advice_kind(title, author) in {
        "parent_young_person", "educational", "health", "psychological", "social_care",
        "preparing_for_adulthood", "other"}


_LAYOUTS = {
    "styles": lambda p, codes: B.heading_styles(p, codes=codes),
    "dash": lambda p, codes: B.heading_styles(p, fmt="{code} \u2013 {title}", codes=codes, level=2),
    "bold_caps": lambda p, codes: B.bold_caps(p, codes=codes),
    "title_only": lambda p, codes: B.title_only(p, styled=True, codes=codes),
    "title_only_bold": lambda p, codes: B.title_only(p, styled=False, codes=codes),
    "label_table": lambda p, codes: B.label_table(p, codes=codes),
    "heading_tables": lambda p, codes: B.heading_tables(p, codes=codes),
}


@DOCX
@given(st.sampled_from(sorted(_LAYOUTS)),
       st.lists(st.sampled_from(B.CODES), min_size=1, max_size=12, unique=True))
def test_present_sections_found_and_none_invented(layout, codes):
    codes = [c for c in B.CODES if c in codes]  # statutory order
    with tempfile.TemporaryDirectory() as tmp:
        path = _LAYOUTS[layout](Path(tmp) / "p.docx", codes)
        plan = read_plan(path)
        assert [c for c, s in plan.sections.items() if s.found] == codes
        for code in codes:
            assert B.CONTENT[code][0] in plan.text_of(code)


_TEXT_HEADINGS = {
    "atx": lambda code: f"# Section {code}: {B.TITLES[code]}",
    "caps": lambda code: f"PART {code} \u2013 {B.TITLES[code].upper()}",
    "bold_title": lambda code: f"**{B.PLAIN_TITLES[code]}**",
    "plain_title": lambda code: B.PLAIN_TITLES[code],
    "setext": lambda code: f"{B.PLAIN_TITLES[code]}\n{'=' * 10}",
}


@FAST
@given(st.sampled_from(sorted(_TEXT_HEADINGS)),
       st.lists(st.sampled_from(B.CODES), min_size=1, max_size=12, unique=True),
       st.sampled_from(["p.md", "p.txt"]))
def test_present_sections_found_in_text_plans(style, codes, name):
    codes = [c for c in B.CODES if c in codes]
    lines = ["Plan reference: T-1", ""]
    for code in codes:
        lines.append(_TEXT_HEADINGS[style](code))
        lines.extend(B.CONTENT[code])
        lines.append("")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_text("\n".join(lines), encoding="utf-8")
        plan = read_plan(path)
        assert [c for c, s in plan.sections.items() if s.found] == codes
        for code in codes:
            assert plan.text_of(code) == "\n".join(B.CONTENT[code])
