"""Validity classes from set W (round 20) in health (HC-*) and social care (SC-*), through the
Section K reading they share with CA-STATUTORY-ADVICE: each class in words of our own, with its
boundary.

1. An advice table nested in one cell, whose empty cells left no line, is read by its whole
   header (three columns), not as two columns because its line count happens to divide by two;
   a row with only its title is followed by the next row's title, not glued to it.
2. An advice item counts for each kind its title names, also when a bracketed note or a joint
   title puts another kind first: "Social care advice (transition assessment)" and "Social care
   and preparing for adulthood advice" are social care advice (SC-ADVICE) as well.
3. A heart named as a symptom ("a pounding heart", "racing heart", "heart rate") is not a heart
   condition needing provision and an outcome (HC-NEEDS-MET, HC-OUTCOMES).
4. An outcome about energy, fatigue or pacing relates to a physical need such as hypermobility
   or chronic fatigue (HC-OUTCOMES).
5. A C–G–E row whose G cell points to a health professional's provision in Section F is met
   (HC-NEEDS-MET).
6. A professional's own service in brackets after them, and NHS Talking Therapies, are covered
   by that service's advice (HC-ADVICE-PROVIDERS).
7. A numbered part's title in a provision section ("G1 Tics and anxiety") is a heading, not an
   item (HC-PROVISION-SPECIFIC and every check that reads provision items).
"""

from __future__ import annotations

import datetime as dt

import care_builder
import pytest
from validity_helpers import flagged, run, why

from ehcaudit.checks._items import is_section_title
from ehcaudit.model import AdviceItem
from ehcaudit.reader import advice as adv
from ehcaudit.reader.advice_items import _lines_as_table


def _item(title: str, author: str) -> AdviceItem:
    return AdviceItem(kind=adv.advice_kind(title, author), title=title, author=author, date=dt.date(2026, 2, 1),
                      quote=f"{title} – {author}", location="K", block_id=1)


# -- 1. a flattened three-column advice table with one unfilled row -------------------------------

RAGGED = [
    "Advice", "Given by", "Date",
    "Tomasz's views", "Tomasz, helped by his key worker", "3 March 2026",
    "School advice", "Head of Year 8, Millbrook Academy", "4 March 2026",
    "Occupational therapy report", "",  # an unfilled row: only its title left a line
    "Parents' views", "Tomasz's mum and dad", "3 March 2026",
    "Social care advice", "Family Support Worker, Millbrook Early Help", "1 February 2026",
]


def test_a_ragged_three_column_table_is_not_read_as_two_columns():
    lines = [x for x in RAGGED if x]  # empty cells leave no line
    assert len(lines) % 2 == 0  # the trap: 2 header words, then pairs, would "fit"
    rows = _lines_as_table(lines)
    assert rows is not None
    assert rows[0].startswith("Tomasz's views")
    assert rows[-1].startswith("Social care advice")
    assert "Family Support Worker" in rows[-1] and "Occupational" not in rows[-1]
    assert any(r.startswith("Occupational therapy report") for r in rows)


def test_a_title_split_over_two_lines_still_joins_its_row():
    # the boundary: a second line that is not a whole title ("(draft)") stays in the row
    lines = ["Advice", "From", "Date", "Medical advice", "Dr K Amin, community paediatrician", "5 May 2026",
             "Careers guidance notes", "Careers adviser, Millbrook Academy", "6 May 2026"]
    rows = _lines_as_table(lines)
    assert rows is not None and len(rows) == 2


# -- 2. a social care item whose title puts another kind first, or carries a note -----------------

@pytest.mark.parametrize("title, author", [
    ("Social care advice (Care Act assessment for transition)", "Transition Social Worker, Adult Services"),
    ("Social care and preparing for adulthood advice", "PfA Social Worker, Millbrook Council"),
])
def test_social_care_named_in_the_title_is_social_care_advice(title, author):
    item = _item(title, author)
    assert item.kind != "social_care"  # read first as preparing for adulthood advice
    assert "social_care" in adv.kinds_named(item)


def test_a_bracketed_note_alone_does_not_add_a_kind():
    # the boundary: the title without its note names the same kind: nothing is added
    item = _item("Careers advice (written with the school)", "Careers adviser, Millbrook Academy")
    assert adv.kinds_named(item) == {"preparing_for_adulthood"}


# -- 3. HC-NEEDS-MET / HC-OUTCOMES: a racing heart is a symptom, not a heart condition -------------

PANIC_C = ("Dev is physically well, but before tests he has panic attacks (a pounding heart, shaking), "
           "as his GP described.")
PANIC_G = ["- NHS Talking Therapies: 6 weekly 45-minute sessions of guided self-help for anxiety with a wellbeing practitioner."]
PANIC_E = ["By July 2027, Dev will use a breathing routine to stay calm before tests, on 4 of 5 occasions."]


@pytest.mark.parametrize("criterion", ["HC-NEEDS-MET", "HC-OUTCOMES"])
def test_a_panic_symptom_of_the_heart_is_not_a_heart_condition(criterion):
    res = run(care_builder.build({"C": [PANIC_C], "G": PANIC_G, "E": PANIC_E}), criterion)
    assert not flagged(res), why(res)


def test_a_heart_condition_is_still_one():
    # the boundary: a heart condition named as such still needs provision in G
    c = "Dev has a heart condition (a repaired hole in the heart) and is followed by cardiology."
    assert flagged(run(care_builder.build({"C": [c], "G": PANIC_G, "E": PANIC_E}), "HC-NEEDS-MET"))


# -- 4. HC-OUTCOMES: an outcome about energy, fatigue or pacing relates to a physical need -----------

FATIGUE_C = "Mia has joint hypermobility and tires very quickly, under the care of the physiotherapy team."
FATIGUE_G = ["- Children's physiotherapist: 6 fortnightly sessions of 40 minutes to set a home exercise programme, then review."]


def test_an_energy_outcome_relates_to_a_physical_need():
    e = ["By July 2027, Mia will plan her energy across the school day so that she attends 90% of lessons."]
    res = run(care_builder.build({"C": [FATIGUE_C], "G": FATIGUE_G, "E": e}), "HC-OUTCOMES")
    assert not flagged(res), why(res)


def test_an_unrelated_outcome_still_leaves_the_physical_need_without_one():
    e = ["By July 2027, Mia will read a chapter book aloud to an adult, with fewer than 5 errors a page."]
    assert flagged(run(care_builder.build({"C": [FATIGUE_C], "G": FATIGUE_G, "E": e}), "HC-OUTCOMES"))


# -- 5. HC-NEEDS-MET: a C–G–E row pointing to the health professional's provision in Section F -------

POINTER_ROW = ("CGE", "Sami has a stammer, which the speech and language therapist works on.",
               "None in G: the speech and language therapy is educational provision, set out in Section F.",
               "See outcome E2 on speaking in class.")


def test_a_row_pointing_to_a_therapists_provision_in_f_is_met():
    f = ["- Speech and language therapist: 8 weekly 30-minute sessions of fluency work in school, then review."]
    res = run(care_builder.build({"F": f}, threads=[POINTER_ROW]), "HC-NEEDS-MET")
    assert not flagged(res), why(res)


def test_a_row_pointing_to_f_where_only_school_staff_provide_is_unmet():
    # the boundary: F holds a teaching assistant's adjustment, not a health professional's provision
    f = ["- A teaching assistant will give Sami extra time to answer in class, every lesson."]
    assert flagged(run(care_builder.build({"F": f}, threads=[POINTER_ROW]), "HC-NEEDS-MET"))


def test_an_empty_row_with_no_pointer_is_still_unmet():
    row = ("CGE", POINTER_ROW[1], "None.", POINTER_ROW[3])
    f = ["- Speech and language therapist: 8 weekly 30-minute sessions of fluency work in school, then review."]
    assert flagged(run(care_builder.build({"F": f}, threads=[row]), "HC-NEEDS-MET"))


# -- 6. HC-ADVICE-PROVIDERS: a professional with their service in brackets; talking therapies --------

def _k(*rows):
    return [(kind, title, author, dt.date(2026, 4, 1)) for kind, title, author in rows]


def test_the_service_in_brackets_covers_its_professional():
    g = ["- Epilepsy nurse (Northvale Community Paediatrics): a 30-minute review of Ali's seizure plan every term."]
    k = _k(("health", "Medical advice", "Dr R Bose, Community Paediatrician, Northvale Community Paediatrics"))
    res = run(care_builder.build({"C": ["Ali has epilepsy."], "G": g}, advice=k), "HC-ADVICE-PROVIDERS")
    assert not flagged(res), why(res)


def test_a_professional_with_no_service_in_brackets_still_needs_advice():
    # the boundary: the service is named nowhere in the label, and only the paediatrician advised
    g = ["- Epilepsy nurse: a 30-minute review of Ali's seizure plan every term."]
    k = _k(("health", "Medical advice", "Dr R Bose, Community Paediatrician, Northvale Community Paediatrics"))
    assert flagged(run(care_builder.build({"C": ["Ali has epilepsy."], "G": g}, advice=k), "HC-ADVICE-PROVIDERS"))


TT_G = ["- Northvale Talking Therapies (adult mental health service): 8 weekly sessions of 50 minutes of "
        "cognitive behavioural therapy for low mood with a therapist, then review."]


def test_talking_therapies_advice_covers_its_own_provision():
    k = _k(("health", "Health advice (low mood)", "Psychological Wellbeing Practitioner, Northvale Talking Therapies"))
    res = run(care_builder.build({"C": ["Zara has low mood."], "G": TT_G}, advice=k), "HC-ADVICE-PROVIDERS")
    assert not flagged(res), why(res)


def test_talking_therapies_with_no_mental_health_advice_is_flagged():
    k = _k(("health", "Medical advice", "Dr P Lane, GP, Riverside Surgery"))
    assert flagged(run(care_builder.build({"C": ["Zara has low mood."], "G": TT_G}, advice=k), "HC-ADVICE-PROVIDERS"))


# -- 7. HC-PROVISION-SPECIFIC: a numbered part's title in G is a heading, not an item -------------

@pytest.mark.parametrize("text", ["G1 Tics and anxiety", "G2 Sleep", "F3 Preparing for adulthood", "G4 Eating & drinking"])
def test_a_numbered_part_title_is_a_heading(text):
    assert is_section_title(text)


@pytest.mark.parametrize("text", [
    "G3 Physiotherapy fortnightly",                   # says how often: an item, however short
    "G2 The nurse will check his inhaler",            # a sentence
    "G1 Epilepsy nurse: termly review of the plan",   # a label and its value
])
def test_a_short_numbered_item_is_not_a_heading(text):
    assert not is_section_title(text)


def test_a_part_title_above_specific_items_is_not_flagged():
    g = ["G1 Seizures and sleep",
         "- Epilepsy nurse, Northvale Community Paediatrics: a 30-minute review of Ali's seizure plan every term."]
    res = run(care_builder.build({"C": ["Ali has epilepsy."], "G": g}), "HC-PROVISION-SPECIFIC")
    assert not flagged(res), why(res)


# -- 8. HC-OUTCOMES: warning signs of a feeling are no seizure outcome --------------------------------

EPI_C = ["Ali has epilepsy, with two seizures in school this term, after which he is confused and sleepy."]


def test_warning_signs_of_frustration_do_not_serve_epilepsy():
    e = ["By July 2027, Ali will notice the warning signs that he is getting angry and use a calming card."]
    assert flagged(run(care_builder.build({"C": EPI_C, "E": e}), "HC-OUTCOMES"))


def test_warning_signs_of_a_seizure_still_serve_epilepsy():
    # the boundary: the warning signs are the seizure's
    e = ["By July 2027, Ali will tell an adult when he notices the warning signs of a seizure, on every occasion."]
    res = run(care_builder.build({"C": EPI_C, "E": e}), "HC-OUTCOMES")
    assert not flagged(res), why(res)


def test_a_gloss_naming_the_professional_again_does_not_borrow_another_services_advice():
    # the boundary: the bracket says which therapist this is, not whose service covers it
    g = ["- Speech and language therapy (hearing clinic SLT): 6 sessions of 45 minutes a year, 1:1, on listening skills."]
    k = _k(("health", "Audiology report", "Paediatric Audiology Service, Northvale Hospital"))
    plan = care_builder.build({"C": ["Ali has a cochlear implant."], "G": g}, advice=k)
    assert flagged(run(plan, "HC-ADVICE-PROVIDERS"))


# -- 9. SC-RIGHT-SECTION: a worker from social care, written in F -------------------------------------

H_OK = ["- Short breaks: a Saturday club at the Northvale short breaks centre, 5 hours every other week."]


@pytest.mark.parametrize("f_line", [
    "- A youth worker from Northvale Children's Social Care to help Sam join a scout group, 2 hours a week for 12 weeks.",
    "- Mentoring to join a sports club after school, 90 minutes a week – Youth worker (Children's Social Care).",
])
def test_a_social_care_worker_written_in_f_is_in_the_wrong_section(f_line):
    plan = care_builder.build({"F": [f_line], "H2": H_OK})
    assert flagged(run(plan, "SC-RIGHT-SECTION"))


def test_a_school_mentor_in_f_is_not_social_care():
    # the boundary: the school's own mentor, who only talks to social care, is educational
    f_line = "- A learning mentor, 30 minutes a week, who will share progress with the social worker each term."
    res = run(care_builder.build({"F": [f_line], "H2": H_OK}), "SC-RIGHT-SECTION")
    assert not flagged(res), why(res)
