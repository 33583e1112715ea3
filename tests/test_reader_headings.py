"""Heading recognition rules (text + how strongly the layout marks it as a heading)."""

from __future__ import annotations

import pytest

from ehcaudit.reader.headings import area_name, classify


@pytest.mark.parametrize("text, signal, code", [
    ("Section A: The views, interests and aspirations of the child and their parents", "style", "A"),
    ("A – Views, interests and aspirations", "style", "A"),
    ("A. Views, interests and aspirations", "weak", "A"),
    ("Section H1: Social care provision under the CSDPA", "style", "H1"),
    ("Section H2 – Other social care provision", "weak", "H2"),
    ("Section H: Social care provision", "style", "H2"),
    ("Section H: Social care provision (Chronically Sick and Disabled Persons Act 1970)", "style", "H1"),
    ("PART A – VIEWS, INTERESTS AND ASPIRATIONS", "strong", "A"),
    ("SECTION B: SPECIAL EDUCATIONAL NEEDS", "strong", "B"),
    ("Section F", "weak", "F"),
    ("F:", "weak", "F"),
    ("F", "strong", "F"),
    ("Outcomes", "weak", "E"),
    ("Outcomes:", "weak", "E"),
    ("Health provision", "style", "G"),
    ("Health needs", "strong", "C"),
    ("Social care needs", "weak", "D"),
    ("Social care provision", "weak", "H2"),
    ("Social care provision under section 2 of the Chronically Sick and Disabled Persons Act", "strong", "H1"),
    ("Special educational provision", "weak", "F"),
    ("Special educational needs", "weak", "B"),
    ("Placement", "weak", "I"),
    ("Name and type of school", "strong", "I"),
    ("Personal budget", "weak", "J"),
    ("Direct payments", "weak", "J"),
    ("Advice and information", "weak", "K"),
    ("Views, interests and aspirations", "weak", "A"),
    ("The health care needs which relate to their SEN", "strong", "C"),
    ("A1 Summary of the child's history", "strong", "A"),
    ("A2 SUMMARY the views of the CHILD", "style", "A"),
    ("Sections C (health needs) and G (health provision)", "style", "C"),
    ("I - Placement", "style", "I"),
    ("K - The advice and information gathered during the EHC needs assessment", "style", "K"),
    ("E – Outcomes", "strong", "E"),
    ("section f: special educational provision", "weak", "F"),
    ("Section h1 - social care", "style", "H1"),
])
def test_headings(text, signal, code):
    assert classify(text, signal) == code


@pytest.mark.parametrize("text, signal", [
    ("Outcomes for Sam were agreed with his family.", "weak"),
    ("Outcomes will be reviewed at the annual review", "weak"),
    ("Health needs: none identified", "weak"),
    ("Special educational provision is set out below.", "strong"),
    ("A Level results", "weak"),
    ("A. Sam likes trains", "weak"),
    ("I like football", "weak"),
    ("In school Sam is happy", "weak"),
    ("Age: 14", "weak"),
    ("Date issued: 12/03/2026", "weak"),
    ("Known as: Jay", "weak"),
    ("Education, Health and Care Plan", "style"),
    ("Health and safety", "strong"),
    ("B 2 hours a week", "weak"),
    ("F 15 hours of support", "strong"),
    ("Special Educational Needs and Provision (B-F-E)", "style"),
    ("", "style"),
    ("Strengths", "style"),
    ("Part a of the form was completed", "weak"),
])
def test_not_section_headings(text, signal):
    assert classify(text, signal) is None


def test_area_names():
    assert area_name("Communication and interaction\nChildren and young people") == "Communication and interaction"
    assert area_name("Social, emotional and mental health difficulties") == "Social, emotional and mental health"
    assert area_name("SEMH") == "Social, emotional and mental health"
    assert area_name("Sensory and/or physical needs") == "Sensory and/or physical"
    assert area_name("Cognition and Learning") == "Cognition and learning"
    assert area_name("Strengths") is None


# The Regulations' whole titles in bold, after the section's letter (set AE's first run: Section J's
# 46-word title was too long for a bold heading, so J was never found in that council's plans).
_LONG_J = ("Section J: Where there is a personal budget, the details of how the personal budget will "
           "support particular outcomes, the provision it will be used for including any flexibility "
           "in its usage and the arrangements for any direct payments for education, health and social care")
_LONG_H1 = ("PART H1 - Any social care provision which must be made for a child or young person under 18 "
            "resulting from section 2 of the Chronically Sick and Disabled Persons Act 1970 as it applies "
            "by virtue of section 28A of that Act, and any other social care provision")


@pytest.mark.parametrize("text, code", [(_LONG_J, "J"), (_LONG_H1, "H1")])
def test_a_bold_heading_may_carry_the_whole_statutory_title(text, code):
    assert classify(text, "strong") == code


def test_a_long_bold_sentence_that_only_mentions_a_budget_is_no_heading():
    text = ("Where there is a personal budget the family will agree with the council how it supports the "
            "outcomes, how any direct payments are made and reviewed, and who manages the account each "
            "term, so that the provision can be delivered flexibly")
    assert classify(text, "strong") is None
