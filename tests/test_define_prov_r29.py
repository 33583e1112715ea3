"""Round 29: PR-QUANTIFIED judges a provision item by what it is (something the child gets), not by a
list of lines it is not. Lead-ins, notes and fragments here are invented councils' wording, not the
validity sets': a positive definition should set them aside without a pattern of their own."""

from __future__ import annotations

import datetime as dt

import care_builder
import pytest
from packaged_rubric import RUBRIC

from ehcaudit.checks._items import Item
from ehcaudit.checks._prov_unit import about_review, is_fragment, is_item, judged_items
from ehcaudit.model import Block
from ehcaudit.rubric.engine import run_criterion

# -- lines about the items, not items -------------------------------------------------------------------

NOT_ITEMS = [
    # the provision itself as the subject: where, when or by whom it is given
    "The provision that follows will run across every day Kofi spends at the children's centre.",
    "All of the provision in this section is to be arranged by Brackenridge Infant School.",
    "This provision applies from the first day of the spring term.",
    "These are in addition to what every pupil in the class receives.",
    # how the items are given, with no subject
    "Delivered within the Larchfield hearing resource unit.",
    "Commissioned through the county's high needs block.",
    "Available across all of Amara's sessions at Dovecote Day Nursery.",
    # oversight and funding of the items
    "The inclusion manager keeps a record of it on the whole-school map.",
    "The head of year ensures these are in place by the start of each term.",
    "Progress will be looked at together with the family every term.",
    "Funding for this comes from the element 3 top-up.",
    # pointers
    "Refer to the sensory provision set out earlier.",
    "As in the social and emotional provision above.",
    "Staff will have had the training listed before the support begins.",
    "The school's SEN budget covers the cost of everything that follows.",
    # a note on the set of items
    "Each outcome is matched with the help that should get Kofi there.",
    # a review line
    "Review: at the end of each half term",
    "Monitoring: termly by the SENCo",
]


@pytest.mark.parametrize("line", NOT_ITEMS)
def test_lines_about_the_items_are_not_items(line):
    assert not is_item(line)


# -- fragments that belong to the item before ------------------------------------------------------------

FRAGMENTS = [
    "(Tuesdays and Fridays, 20 minutes; pair; HLTA)",
    "Weekly, 45 minutes, 1:1",
    "Twice daily, 10 minutes each time",
    "(Every 4 weeks, 1 hour each visit)",
    "Each morning on arrival.",
]


@pytest.mark.parametrize("line", FRAGMENTS)
def test_element_fragments_are_fragments(line):
    assert is_fragment(line)


def test_a_review_line_is_neither_an_item_nor_a_fragment():
    assert about_review("Review: every 6 weeks")
    assert not is_fragment("Review: every 6 weeks")
    assert not is_item("Review: every 6 weeks")


# -- real items in many forms are still judged -------------------------------------------------------------

ITEMS = [
    "Precision Teaching of high-frequency words, 10 minutes daily, 1:1 with a trained TA.",
    "A social communication group with up to 5 peers, weekly.",
    "Occupational therapy: the OT will visit school each half term for an hour.",
    "The educational psychologist will assess Kofi's working memory in the autumn term.",
    "Two twilight sessions of training in attachment-aware practice for all class staff.",
    "A writing slope and a pencil grip, supplied by the OT service.",
    "25% extra time in all tests and exams, arranged by the exams officer.",
    "Adults will give Kofi extra processing time before repeating a question.",
    "Staff will use a now-and-next board at every change of activity.",
    "He can leave lessons five minutes early to avoid busy corridors.",
    "Kofi will have a laptop with word prediction software.",
    "They will have a 1:1 check-in with their mentor every Monday.",
    "It is essential that Kofi has daily phonics practice with an adult.",
    "Regular movement breaks as needed.",
    "Access to a calm space when he feels overwhelmed.",
    "Opportunities to practise turn-taking games throughout the week, where possible.",
    "Support from an adult at lunchtime when appropriate.",
    "A supported internship at a local garden centre, three days a week.",
    "Personal care from two trained adults at each change.",
    "The SENCo will book a visit from the advisory teacher each term.",
    "From January, the speech and language therapist will see Kofi monthly.",
    "The reading provision will be delivered by a TA, 20 minutes daily.",  # provision named by what it is
    "Community link worker (named above) to take Kofi to the climbing wall on Saturdays.",  # the child as the object
]


@pytest.mark.parametrize("line", ITEMS)
def test_real_items_are_items(line):
    assert is_item(line)


# -- the items PR-QUANTIFIED reads -------------------------------------------------------------------------


def _item(text: str, block: Block) -> Item:
    return Item(blocks=[block], text=text, location="F")


def test_judged_items_drop_frames_and_join_fragments():
    b = Block(id=1, kind="paragraph", text="x", section="F", location="F")
    items = [
        _item("The provision that follows will run across every day at the children's centre.", b),
        _item("A reading check-in with the learning mentor.", b),
        _item("(Mondays, 15 minutes; 1:1)", b),
        _item("Review: each half term", b),
        _item("Paid for through the element 3 top-up.", b),
    ]
    out = judged_items(items)
    assert [it.text for it in out] == ["A reading check-in with the learning mentor. (Mondays, 15 minutes; 1:1)"]
    assert items[1].text == "A reading check-in with the learning mentor."  # the reader's item is not changed


def test_a_fragment_with_no_item_before_is_judged_as_it_stands():
    b = Block(id=1, kind="paragraph", text="x", section="F", location="F")
    frag = _item("Weekly, 30 minutes, 1:1", b)
    assert judged_items([frag]) == [frag]  # an item that does not say what it is


def test_a_table_row_is_judged_as_it_stands():
    c1 = Block(id=1, kind="table_cell", text="Funded by the top-up", section="F", location="F", table=0, row=1, col=0)
    c2 = Block(id=2, kind="table_cell", text="Termly", section="F", location="F", table=0, row=1, col=1)
    row = Item(blocks=[c1, c2], text="Funded by the top-up | Termly", location="F")
    assert judged_items([row]) == [row]


# -- the whole check: a new council's lead-ins and notes are not judged; its real items are --------------


def _quantified(*paragraphs: str):
    plan = care_builder.build({"F": list(paragraphs)})
    return run_criterion(plan, RUBRIC, RUBRIC.criterion("PR-QUANTIFIED"), dt.date(2026, 6, 30), cache={})


def _issues(res):
    return [f for f in res.findings if f.kind == "issue"]


SOUND = "- Precision teaching of sight words, 10 minutes daily, 1:1 with a teaching assistant trained by the EP."


@pytest.mark.parametrize("frame", [
    "Everything in this section happens within Kofi's 30 hours at Dovecote Day Nursery.",  # no pattern names it
    "The provision that follows will run across every day Kofi spends at the children's centre.",
    "The inclusion manager is accountable for making sure all of this provision is in place.",
    "Paid for out of the setting's notional SEN budget.",
    "Refer to the sensory provision set out earlier in this section.",
    "Review: at the end of each half term",
])
def test_a_new_councils_lead_ins_are_not_judged(frame):
    res = _quantified(frame, SOUND)
    assert not _issues(res), [(f.message, f.quote) for f in _issues(res)]


def test_a_fragment_under_an_item_gives_it_its_amount():
    res = _quantified("- A reading check-in with the learning mentor.", "(Tuesdays, 15 minutes; 1:1; learning mentor)")
    assert not _issues(res), [(f.message, f.quote) for f in _issues(res)]


@pytest.mark.parametrize("item", [
    "- Speech and language therapy to build two-word phrases.",          # no amount, no who
    "- A social skills group, weekly.",                                  # no length, size or who
    "- Reading intervention with the TA as needed.",                     # amount left open
    "- Check-ins with a trusted adult when appropriate.",
])
def test_real_items_with_gaps_are_still_flagged_beside_a_frame(item):
    res = _quantified("Everything in this section happens within Kofi's 30 hours at Dovecote Day Nursery.", item)
    assert _issues(res) and res.level < 4


def test_a_named_service_is_who_gives_it_not_what_is_given():
    assert not is_item("The Hearing Support Service provides it and the TA checks it daily.")
    assert is_item("Specialist teaching from the Hearing Support Service, 1 hour weekly, 1:1.")


def test_a_strategy_its_own_words_leave_open_is_a_clear_gap():
    res = _quantified("- Adults will regularly remind Kofi of the classroom rules.")
    (issue,) = _issues(res)
    assert "how often" in issue.message and res.level <= 2
