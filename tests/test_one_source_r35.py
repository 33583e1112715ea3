"""Round 35 (issue #18, one source for each rule): rules that two checks read are written once.

* What makes a condition named in Section C a health need of its own (not negated, over, a generic
  word beside a specific condition, a symptom or the effect of another need) is one predicate,
  :func:`own_need`: HC-NEEDS-MET (through :func:`needs_in`) and HC-OUTCOMES read C by it.
* Advice of one kind in Section K (HC-ADVICE and SC-ADVICE): what an unattributed or undated item
  is, what an author with no recognised role is, an item's age and its band, and the outcome when K
  lists none are each one function both scorers call.
* By when a one-off piece of work is done (``deadline_patterns``) is one parameter, declared once
  (:class:`DeadlineParams`) for health and social care provision, which the rubric gives one list.
* Hidden and struck-through Word runs are read through one accessor of a run's own properties.

The wording is invented here, not taken from any validity set.
"""

from __future__ import annotations

import datetime as dt
import re

import care_builder
from lxml import etree
from validity_helpers import run

from ehcaudit.checks._advice import AdviceParams, age_of, unattributed_finding, unqualified_finding
from ehcaudit.checks._patterns import dated
from ehcaudit.model import AdviceItem
from ehcaudit.reader.docx_walk import hidden, struck

P = AdviceParams(advice_kind="health", label="health", author_patterns=[r"\bpaediatrician\b", r"\bnurse\b"])


def _item(author: str | None, date: dt.date | None) -> AdviceItem:
    return AdviceItem(kind="health", title="Health advice", author=author, date=date, block_id=0,
                      location="K", quote="Health advice")


# -- advice: one rule each --------------------------------------------------------------------

def test_an_item_missing_who_or_when_is_named_once_in_the_same_words() -> None:
    assert unattributed_finding(_item("Dr R Okafor, paediatrician", dt.date(2026, 3, 1)), P) is None
    both = unattributed_finding(_item(None, None), P)
    assert both is not None and both.message == "This health advice does not say who gave it or when it was given."
    undated = unattributed_finding(_item("School nurse", None), P)
    assert undated is not None and undated.message.endswith("does not say when it was given.")


def test_an_author_is_unqualified_only_against_a_list_of_roles() -> None:
    assert unqualified_finding(_item("Dr R Okafor, community paediatrician", dt.date(2026, 3, 1)), P) is None
    assert unqualified_finding(_item("Mrs T Barnes", dt.date(2026, 3, 1)), P) is not None
    anyone = AdviceParams(advice_kind="health", label="health")
    assert unqualified_finding(_item("Mrs T Barnes", dt.date(2026, 3, 1)), anyone) is None


def test_an_items_age_and_band_at_the_reference_date() -> None:
    ref = dt.date(2026, 12, 1)
    assert age_of(_item("a nurse", dt.date(2026, 6, 1)), ref, P) == (6, "current")
    assert age_of(_item("a nurse", dt.date(2025, 6, 1)), ref, P) == (18, "older")
    assert age_of(_item("a nurse", dt.date(2024, 6, 1)), ref, P) == (30, "stale")


def test_both_advice_scorers_say_the_same_when_k_lists_none() -> None:
    plan = care_builder.build({"C": ["Amira has asthma and uses a blue inhaler before PE."]})
    for cid, label in (("HC-ADVICE", "health"), ("SC-ADVICE", "social care")):
        res = run(plan, cid)
        assert any(f"no {label} advice: {label} professionals' advice must be sought" in f.message
                   for f in res.findings), (cid, [f.message for f in res.findings])


# -- what a health need of its own is: one predicate --------------------------------------------

def _needs_named(res) -> set[str]:
    return {m.group(1) for f in res.findings for m in re.finditer(r"[Hh]ealth need \(([^)]+)\)", f.message)}


def test_needs_met_and_outcomes_read_the_same_needs_in_c() -> None:
    # "medication" after eczema in its block is eczema's treatment, and asthma "as a baby" is history:
    # neither is a need of its own, for either criterion
    c = ["Reuben has eczema on his hands and arms. He takes medication for it every morning.",
         "He has epilepsy and takes medication every morning; he used to have asthma as a baby."]
    g = ["- Epilepsy nurse: review of Reuben's seizure care plan every 6 months (30 minutes)."]
    e = ["- By July 2027, Reuben will tell an adult when he feels a seizure coming, recorded by his teacher."]
    plan = care_builder.build({"C": c, "G": g, "E": e})
    met, outcomes = run(plan, "HC-NEEDS-MET"), run(plan, "HC-OUTCOMES")
    assert _needs_named(met) == _needs_named(outcomes) == {"eczema", "epilepsy"}


# -- a Word run's on/off properties: read through one accessor ----------------------------------

def _run(props: str) -> etree._Element:
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return etree.fromstring(f'<w:r xmlns:w="{w}">{rpr}<w:t>text</w:t></w:r>')


def test_hidden_and_struck_runs_read_their_own_properties() -> None:
    assert hidden(_run("<w:vanish/>")) and not struck(_run("<w:vanish/>"))
    assert struck(_run("<w:strike/>")) and struck(_run("<w:dstrike/>")) and not hidden(_run("<w:strike/>"))
    assert not struck(_run('<w:strike w:val="0"/>')) and not hidden(_run('<w:vanish w:val="false"/>'))
    assert not hidden(_run("")) and not struck(_run(""))  # a run with no properties
    assert not hidden(None) and not struck(None)
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    para = etree.fromstring(f'<w:p xmlns:w="{w}"><w:rPr><w:vanish/></w:rPr></w:p>')
    assert not hidden(para)  # only a run's properties count


# -- by when a one-off piece of work is done: one parameter for health and social care ----------

def test_health_and_social_care_provision_share_one_deadline_parameter() -> None:
    from packaged_rubric import RUBRIC

    from ehcaudit.checks._health_amount import AmountParams
    from ehcaudit.checks._params import DeadlineParams
    from ehcaudit.checks.social_care import ScProvisionParams

    assert issubclass(AmountParams, DeadlineParams) and issubclass(ScProvisionParams, DeadlineParams)
    assert "deadline_patterns" not in AmountParams.__annotations__
    assert "deadline_patterns" not in ScProvisionParams.__annotations__
    lists = []
    for c in RUBRIC.criteria:
        for p in (c.params, *(v for _, v in c.params)):
            if isinstance(p, DeadlineParams) and p.deadline_patterns:
                lists.append((c.id, p.deadline_patterns))
    assert {cid for cid, _ in lists} == {"HC-PROVISION-SPECIFIC", "SC-PROVISION-SPECIFIC"}
    assert all(pats == lists[0][1] for _, pats in lists)
    assert dated("Referral to the wheelchair service, before his 18th birthday", lists[0][1])
