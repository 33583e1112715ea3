"""Round 26, the reader and set AA's layouts (two councils written blind), as classes:

1. An outcomes | provision table under one "Sections E and F" heading whose outcome column is
   headed with its meaning after a colon ("Outcome: what Priya will achieve"): before, that header
   named no section, the table was read as E's content and Section F was never found.
2. Section K's advice written as lines "<Whose> advice: <who>, <date>." in one cell: before, the
   first lines were taken for the header of a small table typed into the cell ("advice" and
   "dated" are header words) and the items were read in wrong pairs.
3. A bold sub-heading alone in a row of a section's table ("E3 Making friends"), and a bold
   sub-heading with its theme before a colon and more words after it: before, both were read
   as content (as outcomes, in Section E).

The examples are written for these tests, in layouts of their own.
"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.shared import Pt

from ehcaudit.reader import read_plan
from ehcaudit.reader.advice import advice_kind, header_columns
from ehcaudit.reader.thread_tables import generic_header
from ehcaudit.view import area

SET_AA = Path(__file__).parent.parent / "benchmarks" / "validity" / "sets" / "AA" / "plans"


class _Bld:
    """The little of a builder that a header's reading needs: the section we are in."""

    def __init__(self, cur: str | None = "E"):
        self.cur = cur


# -- 1. an outcome column headed "Outcome: what ... will achieve" ---------------------------------

@pytest.mark.parametrize("header, code", [
    ("Outcome: what Priya will achieve", "E"),
    ("Outcomes: what we want Tobias to be able to do", "E"),
    ("Target: what Ravi is working towards", "E"),
    ("Provision: what school will do", "F"),
    ("Support: how it will be given", "F"),
    ("Outcome – what Ellie will achieve", "E"),        # the dash form read before, unchanged
])
def test_a_header_word_with_its_meaning_after_a_colon_names_its_section(header, code):
    assert generic_header(_Bld(), header) == code


@pytest.mark.parametrize("header", [
    "Outcome: Priya will read 40 common words by July",   # a row's content, not a header's meaning
    "Note: these outcomes were agreed at the review",
    "Comments: what went well",
])
def test_a_colon_before_content_is_not_a_header(header):
    assert generic_header(_Bld(), header) is None


def _combined_plan(path: Path, headers: list[str], *, intro: str, area_rows: bool = True) -> None:
    d = docx.Document()
    d.add_paragraph("Section A: About me").runs[0].bold = True
    d.add_paragraph("Priya likes drawing and her guinea pig.")
    d.add_paragraph("Section B: Special educational needs").runs[0].bold = True
    d.add_paragraph("Priya finds reading and spelling hard and tires quickly when writing.")
    p = d.add_paragraph()
    p.add_run("Sections E and F: Outcomes and the provision to meet them").bold = True
    d.add_paragraph(intro)
    rows: list[list[str] | str] = [headers]
    if area_rows:
        rows.append("Cognition and learning")
    rows += [["E1. By July 2027, Priya will read 40 common words on sight, checked by her teacher each term.",
              "Phonics catch-up in a group of 3", "4 times a week, 20 minutes", "Trained teaching assistant"],
             ["", "Reading at home with a paired-reading book", "Daily, 10 minutes", "Parents, shown by the class teacher"]]
    if area_rows:
        rows.append("Sensory and physical")
    rows.append(["E2. By April 2027, Priya will write 3 sentences on a line guide with a pencil grip.",
                 "Handwriting programme set by the occupational therapist", "3 times a week, 15 minutes",
                 "Teaching assistant"])
    t = d.add_table(rows=0, cols=4)
    for r in rows:
        cells = t.add_row().cells
        if isinstance(r, str):  # an area of need across every column
            merged = cells[0].merge(cells[3])
            merged.text = r
            continue
        for c, text in zip(cells, r, strict=True):
            c.text = text
    d.add_paragraph("Section I: Placement").runs[0].bold = True
    d.add_paragraph("Brookfield Primary School.")
    d.save(path)


@pytest.mark.parametrize("headers", [
    ["Outcome: what Priya will achieve", "Special educational provision", "How often and for how long",
     "Who will provide it"],
    ["Outcomes: what we want Priya to be able to do", "Provision", "Frequency", "Delivered by"],
    ["Target: what Priya is working towards", "Support: what school will do", "How much", "By whom"],
])
def test_an_outcome_and_provision_table_under_one_heading_finds_section_f(tmp_path, headers):
    path = tmp_path / "ef.docx"
    _combined_plan(path, headers, intro="Priya's outcomes are in the first column and the help she will "
                                        "get to reach each one is beside it.")
    plan = read_plan(path)
    assert plan.found("E") and plan.found("F")
    provision = [b.text for b in area(plan, "provision")]
    assert "Phonics catch-up in a group of 3" in provision
    assert "Daily, 10 minutes" in provision
    outcomes = [b.text for b in area(plan, "outcomes")]
    # the header row and the areas of need across the table are headings, neither outcome nor provision
    for header in headers + ["Cognition and learning", "Sensory and physical"]:
        assert header not in outcomes and header not in provision
    assert any(t.startswith("E1. By July 2027") for t in outcomes)
    assert not any("Phonics" in t for t in outcomes)
    # the introduction stays in E as a paragraph, in no row: never an outcome of a row
    intro = next(b for b in plan.blocks if b.text.startswith("Priya's outcomes are in the first column"))
    assert intro.kind == "paragraph" and intro.table is None
    assert all(intro.id not in r.outcome for r in plan.threads)
    # rows link each outcome to its provision, named by the area above them
    rows = [r for r in plan.threads if r.outcome]
    assert [(r.area or "").split()[0] for r in rows] == ["Cognition", "Sensory"]


def test_the_boundary_a_table_with_only_a_provision_column_is_not_combined(tmp_path):
    # "Notes: what we saw" names no section: the table is not read as outcomes beside provision
    path = tmp_path / "not-ef.docx"
    _combined_plan(path, ["Notes: what we saw", "Special educational provision", "How often", "Who"],
                   intro="The table below was written at the review.", area_rows=False)
    plan = read_plan(path)
    assert plan.threads == []
    assert "Phonics catch-up in a group of 3" not in [b.text for b in area(plan, "provision")]


# -- 2. Section K's advice as "<Whose> advice: <who>, <date>." lines in one cell -------------------

@pytest.mark.parametrize("cells", [
    [(0, "Parents' advice: Mr and Mrs Okafor, 3 May 2026."), (1, "Tom's views: drawn and told to his keyworker "
                                                              "(notes dated 28 April 2026).")],
    [(0, "Parent carer advice (12/05/2026)"), (1, "Date received: 14/05/2026")],
])
def test_a_header_cell_never_holds_a_date(cells):
    assert header_columns(cells) is None


def test_a_header_row_without_dates_is_still_a_header():
    assert header_columns([(0, "Advice or information"), (1, "Given by"), (2, "Date")]) == {
        "title": 0, "author": 1, "date": 2}


def _letter_column_plan(path: Path, k_lines: list[str], *, as_list: bool, one_cell: bool = True) -> None:
    """A plan in one two-column table: the section's letter down the left, merged, and its title
    then its content in rows on the right."""
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(11)
    sections = [("A", "Section A: About Tom", [["Tom likes trains and swimming."]]),
                ("B", "Section B: Tom's special educational needs", [["Tom has a severe hearing loss."]]),
                ("K", "Section K: Advice and information", [k_lines] if one_cell else [[x] for x in k_lines])]
    n = sum(1 + len(rows) for _c, _t, rows in sections)
    t = d.add_table(rows=n, cols=2)
    i = 0
    for letter, title, rows in sections:
        start = i
        t.cell(i, 1).paragraphs[0].add_run(title).bold = True
        i += 1
        for lines in rows:
            cell = t.cell(i, 1)
            for j, line in enumerate(lines):
                para = cell.paragraphs[0] if j == 0 else cell.add_paragraph()
                if as_list:
                    para.style = "List Bullet"
                para.add_run(line)
            i += 1
        merged = t.cell(start, 0).merge(t.cell(i - 1, 0))
        merged.paragraphs[0].add_run(letter).bold = True
    d.save(path)


_K_LINES = [
    "Parents' advice: Mr and Mrs Okafor, with a Yoruba interpreter, 3 May 2026.",
    "Tom's views: drawn and told to his keyworker, Ms Pike (notes dated 28 April 2026).",
    "Educational advice: Mr Dean Hollis, class teacher, Ashgrove Primary School, 30 April 2026.",
    "Psychological advice: Dr Lena Varga, Educational Psychologist, 6 May 2026.",
    "Health advice: Dr Omar Said, Community Paediatrician, 21 April 2026.",
    "Social care advice: Ms Jo Tate, Social Worker, Children with Disabilities Team, 9 May 2026.",
]


@pytest.mark.parametrize("as_list, one_cell", [(True, True), (False, True), (False, False)])
def test_advice_lines_in_the_k_rows_of_a_letter_column_plan_are_items(tmp_path, as_list, one_cell):
    path = tmp_path / "k.docx"
    _letter_column_plan(path, _K_LINES, as_list=as_list, one_cell=one_cell)
    plan = read_plan(path)
    titles = [a.title for a in plan.advice]
    assert titles == ["Parents' advice", "Tom's views", "Educational advice", "Psychological advice",
                      "Health advice", "Social care advice"]
    kinds = {a.kind for a in plan.advice}
    assert {"parent_young_person", "educational", "psychological", "health", "social_care"} <= kinds
    parents = plan.advice[0]
    assert parents.author and parents.author.startswith("Mr and Mrs Okafor")
    assert str(parents.date) == "2026-05-03"
    assert all("Psychological advice" not in (a.author or "") for a in plan.advice)


def test_the_boundary_a_small_table_typed_in_one_cell_is_still_read_as_a_table(tmp_path):
    path = tmp_path / "k-table.docx"
    _letter_column_plan(path, ["Advice", "Given by", "Date",
                               "Parents' views", "Mrs Okafor", "3 May 2026",
                               "Educational advice", "Mr Dean Hollis, class teacher", "30 April 2026"],
                        as_list=False)
    plan = read_plan(path)
    assert [(a.title, a.author, str(a.date)) for a in plan.advice] == [
        ("Parents' views", "Mrs Okafor", "2026-05-03"),
        ("Educational advice", "Mr Dean Hollis, class teacher", "2026-04-30")]


# -- 3. bold sub-headings in a section's table, and "Theme: what it works towards" -----------------

def _outcome_rows_plan(path: Path, rows: list[tuple[str, bool]]) -> None:
    """A two-column plan table: the letter E merged down the left, then rows of (text, bold)."""
    d = docx.Document()
    t = d.add_table(rows=len(rows) + 1, cols=2)
    t.cell(0, 1).paragraphs[0].add_run("Section E: Outcomes").bold = True
    for i, (text, bold) in enumerate(rows, start=1):
        t.cell(i, 1).paragraphs[0].add_run(text).bold = bold
    merged = t.cell(0, 0).merge(t.cell(len(rows), 0))
    merged.paragraphs[0].add_run("E").bold = True
    d.save(path)


def test_a_bold_sub_heading_alone_in_a_row_names_the_rows_under_it(tmp_path):
    path = tmp_path / "e-rows.docx"
    _outcome_rows_plan(path, [
        ("E1 Talking with friends", True),
        ("By March 2027, Noor will start a conversation with a friend at playtime on 3 days out of 5.", False),
        ("E2 Getting to lessons on time", True),
        ("By July 2027, Noor will arrive at 9 lessons out of 10 on time, recorded on the register.", False),
    ])
    plan = read_plan(path)
    outcomes = area(plan, "outcomes")
    assert [b.text[:8] for b in outcomes] == ["By March", "By July "]
    assert [b.subsection for b in outcomes] == ["E1 Talking with friends", "E2 Getting to lessons on time"]


@pytest.mark.parametrize("text, bold", [
    ("Noor walks to the bus stop with her sister.", True),           # a bold sentence stays content
    ("Noor will join a lunchtime club", False),                      # not bold: content
])
def test_the_boundary_a_sentence_or_a_plain_line_in_a_row_stays_content(tmp_path, text, bold):
    path = tmp_path / "e-plain.docx"
    _outcome_rows_plan(path, [(text, bold), ("By July 2027, Noor will swim 25 metres unaided.", False)])
    plan = read_plan(path)
    assert text in [b.text for b in area(plan, "outcomes")]


def _paragraph_plan(path: Path, lines: list[tuple[str, bool]]) -> None:
    d = docx.Document()
    d.add_paragraph().add_run("Section E: Outcomes").bold = True
    for text, bold in lines:
        d.add_paragraph().add_run(text).bold = bold
    d.add_paragraph().add_run("Section F: Special educational provision").bold = True
    d.add_paragraph("Speech and language therapy, 30 minutes each week.")
    d.save(path)


@pytest.mark.parametrize("label", [
    "Making friends: working towards 'join in at playtime' and the move to the big school in September",
    "Staying safe near roads: towards his family's hope that he can walk to the shop with his brother",
])
def test_a_bold_theme_and_its_aim_after_a_colon_is_a_sub_heading(tmp_path, label):
    path = tmp_path / "e-themes.docx"
    _paragraph_plan(path, [(label, True),
                           ("E1. By July 2027, Jack will play a turn-taking game with 2 friends for 10 minutes.", False)])
    plan = read_plan(path)
    outcomes = area(plan, "outcomes")
    assert [b.text[:3] for b in outcomes] == ["E1."]
    assert outcomes[0].subsection == label


@pytest.mark.parametrize("line", [
    # a bold sentence with a colon, closed by a full stop: content
    "Making friends: Jack will play a turn-taking game with 2 friends for 10 minutes by July.",
    # over 20 words: a paragraph in bold, not a label
    "Making friends: working towards joining in at playtime with the children in his class and in the "
    "after-school club and at the park near home",
])
def test_the_boundary_long_or_closed_bold_lines_are_not_sub_headings(tmp_path, line):
    path = tmp_path / "e-long.docx"
    _paragraph_plan(path, [(line, True)])
    plan = read_plan(path)
    assert line in [b.text for b in area(plan, "outcomes")]


# -- set AA's plans themselves -------------------------------------------------------------------

@pytest.mark.skipif(not SET_AA.exists(), reason="set AA not present")
def test_set_aa_e_and_f_table_plan_finds_its_provision():
    plan = read_plan(SET_AA / "aa202.docx")
    assert plan.found("F")
    assert len(area(plan, "provision")) >= 10
    assert "Outcome: what Mali will achieve" not in [b.text for b in area(plan, "outcomes")]


@pytest.mark.skipif(not SET_AA.exists(), reason="set AA not present")
@pytest.mark.parametrize("name", ["aa105.docx", "aa106.docx"])
def test_set_aa_letter_column_advice_lines_are_items(name):
    plan = read_plan(SET_AA / name)
    kinds = [a.kind for a in plan.advice]
    assert {"parent_young_person", "educational", "psychological", "health", "social_care"} <= set(kinds)
    assert all(" advice:" not in (a.author or "") for a in plan.advice)


# -- 4. advice from a young carers service is social care advice ---------------------------------

@pytest.mark.parametrize("title, author", [
    ("Young carers advice", "Mr Ben Ashe, Young Carers Worker"),
    ("Advice", "Northfield Young Carers Project"),
    ("Young carer assessment", "Ms Rhian Bell, 2 June 2026"),
])
def test_a_young_carers_service_gives_social_care_advice(title, author):
    assert advice_kind(title, author) == "social_care"


@pytest.mark.parametrize("title, author", [
    ("Young carer's views", None),          # the child's own views, as a young carer
    ("Young carers' views", None),
    ("Parent carer views", "Mrs Ashe"),
    ("Carers advice", "Mrs Ashe, Tom's grandmother"),
])
def test_the_boundary_a_carer_s_own_views_stay_the_family_s(title, author):
    assert advice_kind(title, author) == "parent_young_person"


def test_the_boundary_bold_advice_lines_one_a_row_in_section_k_stay_items(tmp_path):
    # each advice line bold in a row of its own: items of Section K, never its sub-headings
    d = docx.Document()
    lines = ["Tom's views: Tom, with his keyworker; May 2026",
             "Parents' views – Mrs Okafor – 3 May 2026",
             "Educational advice – Mr Dean Hollis, class teacher – 30 April 2026",
             "Social care advice: Ms Jo Tate, social worker; 9 May 2026"]
    t = d.add_table(rows=len(lines) + 1, cols=2)
    t.cell(0, 1).paragraphs[0].add_run("Section K: Advice and information").bold = True
    for i, line in enumerate(lines, start=1):
        t.cell(i, 1).paragraphs[0].add_run(line).bold = True
    t.cell(0, 0).merge(t.cell(len(lines), 0)).paragraphs[0].add_run("K").bold = True
    path = tmp_path / "k-bold.docx"
    d.save(path)
    plan = read_plan(path)
    assert [a.title for a in plan.advice] == ["Tom's views", "Parents' views", "Educational advice",
                                              "Social care advice"]


def test_the_boundary_a_theme_line_with_a_date_keeps_the_ten_word_limit(tmp_path):
    line = "Psychological advice: Dr Lena Varga, Educational Psychologist, Ashgrove Psychology Service, 6 May 2026"
    path = tmp_path / "e-theme-date.docx"
    _paragraph_plan(path, [(line, True)])
    plan = read_plan(path)
    assert line in [b.text for b in plan.blocks if b.kind != "heading"]
