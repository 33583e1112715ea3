"""LG-READABILITY and LG-JARGON in detail (the fixtures in tests/criteria cover pass/fail)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from packaged_rubric import RUBRIC

from ehcaudit.checks.language_jargon import _initials_match, _initials_match_forward
from ehcaudit.reader import read_plan
from ehcaudit.rubric.engine import run_criterion


def _run(cid: str, text: str, tmp_path: Path):
    src = tmp_path / "plan.md"
    src.write_text(text, encoding="utf-8")
    return run_criterion(
        read_plan(src), RUBRIC, RUBRIC.criterion(cid), dt.date(2026, 6, 30), cache={}
    )


DENSE_E = """
# Section A: Views, interests and aspirations
Jade told her teaching assistant: "I like art and I like it when people are patient with me."
Jade loves drawing horses and going to the park with her big sister.
Her mum says Jade is kind and funny. She wants Jade to make a good friend at school.

# Section E: Outcomes
- Demonstrable improvement in self-regulatory capabilities, evidenced through consistent utilisation of individually negotiated emotional regulation strategies across unstructured educational contexts.
- Increased functional communicative competence, operationalised as spontaneous initiation of purposeful interactions with familiar adults and peers.
- Jade will say hello to a friend each morning.
"""


def test_readability_message_gives_score_meaning_and_target(tmp_path):
    res = _run("LG-READABILITY", DENSE_E, tmp_path)
    issues = [f for f in res.findings if f.kind == "issue"]
    assert issues and all(f.section == "E" for f in issues)
    # (an outcome in clinical language is quoted first, as the reason for its cap: round 6)
    assert any("clinical language" in f.message for f in issues)
    issues = [f for f in issues if "Flesch" in f.message]
    assert re.match(
        r"Section E: Flesch reading ease \d+ \((very difficult|difficult|fairly difficult); aim for 60\+\)",
        issues[0].message,
    )
    # the hardest sentence first, quoted whole, located in the list
    assert issues[0].quote.startswith("Demonstrable improvement") or issues[0].quote.startswith(
        "Increased functional"
    )
    assert issues[0].location.startswith("Section E, list item")
    # the short clear outcome is never quoted as one of the hardest
    assert not any("say hello" in f.quote for f in issues)
    # Section A is fine and shows a typical sentence as evidence
    ev = [f for f in res.findings if f.kind == "evidence" and f.section == "A"]
    assert ev and "Section A: Flesch reading ease" in ev[0].message and ev[0].quote


def test_readability_short_section_is_noted_not_scored(tmp_path):
    text = DENSE_E.split("# Section E")[0] + "# Section E: Outcomes\nJade will read more.\n"
    res = _run("LG-READABILITY", text, tmp_path)
    assert res.applicable and res.level >= 3  # only A is scored
    notes = [f for f in res.findings if "not scored" in f.message]
    assert len(notes) == 1 and notes[0].section == "E" and notes[0].quote == "Jade will read more."


def test_scores_shown_on_a_0_to_100_scale(tmp_path):
    res = _run("LG-READABILITY", DENSE_E, tmp_path)
    for f in res.findings:
        for n in re.findall(r"reading ease (-?\d+)", f.message):
            assert 0 <= int(n) <= 100


JARGON = """
# Section B: Special educational needs
Jade's SENCos meet termly. CAMHS's waiting list is long. She is in KS2.
Her teacher, Mrs McDonald, uses PowerPoint and YouTube clips.
PLEASE NOTE THAT ALL REPORTS ARE HELD BY THE SCHOOL OFFICE AND THE LA.
Jade sees her GP and has NOT had a review. She takes part in PE in the UK team.
"""


def test_acronym_detection_edge_cases(tmp_path):
    res = _run("LG-JARGON", JARGON, tmp_path)
    flagged = [
        re.search(r"'([^']+)'", f.message).group(1) for f in res.findings if f.kind == "issue"
    ]
    assert flagged == ["SENCo", "CAMHS", "KS2"]  # plural and possessive folded; names skipped
    # shouting blocks, exempt (GP, PE, UK) and emphasis (NOT) are not acronyms to explain
    assert res.level == 2  # three unexplained
    by = {re.search(r"'([^']+)'", f.message).group(1): f for f in res.findings}
    assert "key stage 2" in by["KS2"].message
    assert by["CAMHS"].quote == "CAMHS's waiting list is long."
    assert by["CAMHS"].location == "Section B, paragraph 1"


def test_known_expansion_in_the_title_counts(tmp_path):
    text = (
        "Education, Health and Care Plan\n\n# Section A: Views\n"
        "Sam's EHC plan was written with his family.\n"
    )
    res = _run("LG-JARGON", text, tmp_path)
    assert res.level == 4
    assert any(f.kind == "evidence" and "EHC" in f.message for f in res.findings)


def test_unknown_acronym_message_without_expansion(tmp_path):
    res = _run(
        "LG-JARGON", "# Section F: Provision\nSam will attend the QWZ group weekly.\n", tmp_path
    )
    (issue,) = [f for f in res.findings if f.kind == "issue"]
    assert "'QWZ'" in issue.message and "full name (QWZ)" in issue.message
    assert "stands for" not in issue.message


@pytest.mark.parametrize(
    ("acronym", "words", "ok"),
    [
        ("CAMHS", "see the Child and Adolescent Mental Health Services", True),
        ("SALT", "Speech and Language Therapy", True),
        ("PfA", "Preparing for Adulthood", True),
        ("SpLD", "a Specific Learning Difficulty", True),
        ("EP", "Sam enjoys swimming every Tuesday", False),
        ("OT", "weekly sessions", False),
    ],
)
def test_initials_match(acronym, words, ok):
    assert _initials_match(acronym, words.split()) is ok


def test_initials_match_forward():
    assert _initials_match_forward("SENCo", "special educational needs co-ordinator".split())
    assert not _initials_match_forward("SENCo", "the person in charge".split())


def test_word_plan_with_glossary_table_and_list_outcomes(tmp_path):
    import docx

    d = docx.Document()
    d.add_heading("Section A: Views, interests and aspirations", 1)
    for text in (
        "Sam likes trains and drawing. He wants to be an engineer when he grows up.",
        "Sam's parents hope he will make friends at school and feel calm in class.",
        'Sam says: "I like it when my TA shows me pictures of what comes next."',
    ):
        d.add_paragraph(text)
    d.add_heading("Section E: Outcomes", 1)
    for text in (
        "By July 2027, Sam will follow a three-step instruction in class on 4 days out of 5.",
        "By July 2027, Sam will ask a friend to play at break time once a day.",
        "By July 2027, Sam will tell his SALT how he feels using his feelings chart.",
    ):
        d.add_paragraph(text, style="List Bullet")
    d.add_heading("Section K: Advice and information", 1)
    d.add_heading("Glossary", 2)
    t = d.add_table(rows=2, cols=2)
    for r, (a, b) in enumerate(
        [("TA", "Teaching assistant"), ("SALT", "Speech and language therapist")]
    ):
        t.rows[r].cells[0].text = a
        t.rows[r].cells[1].text = b
    path = tmp_path / "plan.docx"
    d.save(path)
    plan = read_plan(path)

    res = run_criterion(plan, RUBRIC, RUBRIC.criterion("LG-JARGON"), dt.date(2026, 6, 30), cache={})
    assert res.level == 4, [(f.kind, f.message) for f in res.findings]
    assert {f.message for f in res.findings} == {
        "'TA' is explained in the plan's glossary.",
        "'SALT' is explained in the plan's glossary.",
    }
    res = run_criterion(
        plan, RUBRIC, RUBRIC.criterion("LG-READABILITY"), dt.date(2026, 6, 30), cache={}
    )
    assert res.applicable and res.level == 4
    assert {f.section for f in res.findings if f.kind == "evidence"} == {"A", "E"}


import care_builder  # noqa: E402
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_LINES = st.lists(
    st.one_of(
        st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=120),
        st.sampled_from(
            [
                "- ",
                "CAMHS (",
                "(CAMHS)",
                "SENCo's SENCos",
                "Glossary",
                "EP:",
                "A&E",
                "PLEASE NOTE THIS",
                "Makaton (",
                "proprioception, which is",
                "\U0001f600 KS2.",
                "e.g. Dr. Smith.",
                "x" * 400,
                "Zz" * 60,
                ". . . !!! ???",
            ]
        ),
    ),
    max_size=10,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(a=_LINES, e=_LINES, k=_LINES)
def test_readability_and_jargon_never_crash_and_always_give_findings(a, e, k):
    plan = care_builder.build({"A": a, "E": e, "K": k})
    for cid in ("LG-READABILITY", "LG-JARGON"):
        res = run_criterion(plan, RUBRIC, RUBRIC.criterion(cid), dt.date(2026, 6, 30), cache={})
        assert res.findings, cid
        assert (res.level is None) == (not res.applicable), cid
        if res.level is not None:
            assert 1 <= res.level <= 4
        for f in res.findings:
            missing = f.location == "Whole plan" or f.location.endswith(
                ("(not found in the plan)", "(whole section)")
            )
            assert f.location and (f.quote or missing), f
