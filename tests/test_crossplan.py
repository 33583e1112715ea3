"""Cross-plan checks (issue #5): copy-paste between different children's plans, and a plan
that names a different child. Plans are written as Markdown (and one .docx) in tmp_path and
read with the real reader, then fingerprinted and compared as ``ehcaudit audit`` does."""

from __future__ import annotations

import json
import random
from pathlib import Path

import docx
import pytest

from ehcaudit import crossplan as _crossplan
from ehcaudit.crossplan import (
    DEFAULTS,
    FINGERPRINT_VERSION,
    CrossPlanSettings,
    fingerprint,
    normalise_sentence,
    sentence_hash,
)
from ehcaudit.reader import read_plan
from ehcaudit.text import sentences


def cross_plan_findings(month: dict, settings: CrossPlanSettings = DEFAULTS) -> list[dict]:
    """The findings, checked on every call against the two-pass form ``ehcaudit audit`` uses
    (``slim_month`` over the store's rows): every test here is also an equivalence test."""
    full = _crossplan.cross_plan_findings(month, settings)
    slim = _crossplan.slim_month(lambda: iter(month.items()))
    assert _crossplan.cross_plan_findings(slim, settings) == full, "slim_month changed the findings"
    return full

SAMPLES = Path(__file__).resolve().parents[1] / "sample_plans"

# Distinct, sound content per child: each child's plan says different things.
_INTERESTS = ["trains and timetables", "football and cooking", "horses and painting",
              "dinosaurs and Lego", "dancing and music", "swimming and baking", "space and maps",
              "gardening and insects"]
_NEEDS = ["finds it hard to wait for a turn in group games", "reads two years below age level",
          "becomes anxious when routines change without warning",
          "has difficulty holding a pencil for more than a few minutes",
          "struggles to follow spoken instructions with more than two steps",
          "finds loud and busy spaces such as the dining hall overwhelming",
          "is learning to use a communication book with twenty symbols",
          "has difficulty remembering number bonds to ten"]

_HOPES = ["have more friends at school", "try the after-school drama club", "go on the residential trip",
          "ride a bike without stabilisers", "learn to swim a length", "travel to school by bus",
          "sing in the school choir", "read bedtime stories to a younger cousin"]
_HEALTH = ["eczema", "asthma", "a peanut allergy", "hay fever", "glue ear", "migraines",
           "type 1 diabetes", "coeliac disease"]


def plan_md(name: str, ref: str, i: int, he: str = "she", extra: dict[str, list[str]] | None = None,
            known_as: bool = True) -> str:
    his = "her" if he == "she" else "his"
    extra = extra or {}
    more = "" if i < 8 else f" since {['spring', 'summer', 'autumn'][i % 3]} {2010 + i}"
    front = [f"Plan reference: {ref}", "National Curriculum year: 5", "Date issued: 01/03/2026"]
    if known_as:
        front.append(f"Known as: {name}")
    sections = {
        "A": [f"{name} loves {_INTERESTS[i % 8]} and talks about them with {his} friends at "
              f"break time{more}.",
              f"{name}'s parents would like {him(he)} to {_HOPES[i % 8]}{more}."],
        "B": [f"{name} {_NEEDS[i % 8]}{more}."],
        "C": [f"{name} has {_HEALTH[i % 8]}{more}."],
        "E": [f"By July 2027, {name} will {['wait', 'read', 'cope', 'write', 'follow', 'eat', 'use', 'add'][i % 8]}"
              f" with less help on {i + 2} days out of 5."],
        "F": [f"A teaching assistant will work with {name} for {15 + i} minutes daily in a small group."],
        "K": ["Educational advice – Ms R Patel, SENCO, 12/01/2026"],
    }
    for code, lines in extra.items():
        sections.setdefault(code, []).extend(lines)
    out = front + [""]
    for code in ("A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K"):
        out += [f"# Section {code}", ""] + sections.get(code, ["None."]) + [""]
    return "\n".join(out)


def him(he: str) -> str:
    return "her" if he == "she" else "him"


def month_of(tmp_path: Path, plans: list[tuple[str, str]],
             settings: CrossPlanSettings = DEFAULTS) -> tuple[dict[str, dict], dict]:
    """Write plans (file name, Markdown), read them and fingerprint them: (month, {name: plan})."""
    month, read = {}, {}
    for fname, text in plans:
        path = tmp_path / fname
        path.write_text(text, encoding="utf-8")
        plan = read_plan(path)
        fp = fingerprint(plan, settings)
        month[plan.sha256] = json.loads(json.dumps(fp))  # what the store gives back
        read[fname] = plan
    return month, read


NAMES = ["Jade", "Sam", "Priya", "Leo", "Amira", "Oscar"]


def six(extra_for: dict[int, dict[str, list[str]]] | None = None) -> list[tuple[str, str]]:
    extra_for = extra_for or {}
    return [(f"plan-{i}.md", plan_md(n, f"T-{100 + i}", i, "she" if i % 2 else "he",
                                     extra_for.get(i)))
            for i, n in enumerate(NAMES)]


PASTED = ("{n} becomes distressed when the fire alarm sounds and needs a trusted adult to take "
          "{his} hand and lead {him} outside calmly.")


def pasted(i: int) -> str:
    he = "she" if i % 2 else "he"
    return PASTED.format(n=NAMES[i], his="her" if he == "she" else "his", him=him(he))


# -- copy-paste ------------------------------------------------------------------------------


def test_distinct_plans_give_no_findings(tmp_path):
    month, _ = month_of(tmp_path, six())
    assert cross_plan_findings(month) == []


def test_same_sentence_in_three_of_six_plans_is_one_finding_naming_them(tmp_path):
    month, _ = month_of(tmp_path, six({i: {"B": [pasted(i)]} for i in (0, 2, 4)}))
    found = cross_plan_findings(month)
    assert [f["kind"] for f in found] == ["copy_paste"]
    f = found[0]
    assert f["count"] == 3
    assert f["plans"] == ["T-100", "T-102", "T-104"]
    assert "fire alarm sounds" in f["text"]
    assert [(loc["plan_id"], loc["section"]) for loc in f["locations"]] == [
        ("T-100", "B"), ("T-102", "B"), ("T-104", "B")]
    assert all(loc["location"].startswith("Section B") for loc in f["locations"])
    assert "3 different children's plans" in f["message"]
    assert set(f) >= {"kind", "text", "plans", "count", "locations", "message"}


def test_name_and_pronouns_are_normalised_away():
    a = normalise_sentence("Jade will use HER visual timetable, every morning!", "Jade")
    b = normalise_sentence("Sam will use his visual   timetable every morning.", "Sam")
    assert a == b == "<child> will use <his> visual timetable every morning"
    assert normalise_sentence("Strengths: Jade's smile", "Jade") == "<child> s smile"
    assert len(sentence_hash(a)) == 12


def test_sentence_in_every_plan_is_template_text_not_copy_paste(tmp_path):
    month, _ = month_of(tmp_path, six({i: {"B": [pasted(i)]} for i in range(6)}))
    assert cross_plan_findings(month) == []


def test_template_share_needs_enough_plans(tmp_path):
    # Three children all with the pasted sentence: too few plans to call it template text.
    plans = six({i: {"B": [pasted(i)]} for i in range(3)})[:3]
    month, _ = month_of(tmp_path, plans)
    found = cross_plan_findings(month)
    assert [(f["kind"], f["count"]) for f in found] == [("copy_paste", 3)]


def test_known_template_sentences_are_never_reported(tmp_path):
    settings = CrossPlanSettings(template_sentences=(PASTED.format(n="<child>", his="his", him="him"),))
    month, _ = month_of(tmp_path, six({i: {"B": [pasted(i)]} for i in (0, 2, 4)}), settings)
    assert cross_plan_findings(month, settings) == []


def test_short_stock_phrases_and_sentences_not_about_the_child_do_not_count(tmp_path):
    extra = {i: {"J": ["No personal budget has been requested."],
                 "H2": ["The family has been given information about the local short breaks "
                        "offer and the early help service in the area."],
                 "E": [f"{NAMES[i]} will make a friend."]} for i in (0, 1, 3)}
    month, _ = month_of(tmp_path, six(extra))
    assert cross_plan_findings(month) == []


def test_two_plans_of_the_same_child_are_not_different_children(tmp_path):
    # Jade's plan re-issued (same reference) plus one other child sharing nothing.
    a = plan_md("Jade", "T-200", 0, extra={"B": [pasted(0)]})
    b = a.replace("Date issued: 01/03/2026", "Date issued: 15/03/2026")
    c = plan_md("Sam", "T-201", 1)
    month, _ = month_of(tmp_path, [("a.md", a), ("b.md", b), ("c.md", c)])
    assert cross_plan_findings(month) == []


def test_same_name_and_high_overlap_is_the_same_child_even_with_a_new_reference(tmp_path):
    a = plan_md("Jade", "T-300", 0, extra={"B": [pasted(0)]})
    b = a.replace("T-300", "T-399")
    month, _ = month_of(tmp_path, [("a.md", a), ("b.md", b)])
    assert cross_plan_findings(month) == []


def test_same_reference_but_different_children_are_different_children(tmp_path):
    # The bundled March 2026 sample has two children whose plans share a reference by mistake.
    a = plan_md("Jade", "T-400", 0, extra={"B": [pasted(0)]})
    b = plan_md("Sam", "T-400", 1, "she", extra={"B": [pasted(1)]})
    month, _ = month_of(tmp_path, [("a.md", a), ("b.md", b)])
    found = cross_plan_findings(month)
    assert [(f["kind"], f["count"]) for f in found] == [("copy_paste", 2)]
    assert len({loc["sha256"] for loc in found[0]["locations"]}) == 2


def test_order_is_deterministic(tmp_path):
    extra = {i: {"B": [pasted(i)]} for i in (0, 2, 4)}
    for i in (1, 3):
        extra.setdefault(i, {})["E"] = [f"By the end of Year 6, {NAMES[i]} will read a book at "
                                        f"{'her' if i % 2 else 'his'} age level with 95% accuracy."]
    extra[5] = {"A": [f"{NAMES[5]} told us: \u201cI want to be a vet when I grow up.\u201d"],
                "B": ["Sam will use his visual timetable to move between lessons on his own."]}
    month, _ = month_of(tmp_path, six(extra))
    first = cross_plan_findings(month)
    keys = list(month)
    for seed in range(3):
        random.Random(seed).shuffle(keys)
        assert cross_plan_findings({k: month[k] for k in keys}) == first
    assert [f["kind"] for f in first] == ["copy_paste", "copy_paste", "wrong_name"]
    assert [f["count"] for f in first[:2]] == [3, 2]


# -- wrong name ------------------------------------------------------------------------------


def test_plan_naming_another_child_is_one_wrong_name_finding(tmp_path):
    slip = "Sam will use his visual timetable to move between lessons on his own."
    text = plan_md("Jade", "T-500", 0, extra={"F": [slip]})
    month, _ = month_of(tmp_path, [("jade.md", text)])
    found = cross_plan_findings(month)
    assert [f["kind"] for f in found] == ["wrong_name"]
    f = found[0]
    assert f["text"] == slip
    assert f["plans"] == ["T-500"]
    assert f["locations"][0]["section"] == "F"
    assert f["locations"][0]["location"].startswith("Section F")
    assert "about Jade" in f["message"] and "names Sam" in f["message"]


def test_wrong_name_found_across_the_month_even_for_an_unusual_pseudonym(tmp_path):
    # "Zorbex" is in no list of first names: only the month can tell it is another child.
    a = plan_md("Zorbex", "T-600", 0, "he")
    b = plan_md("Jade", "T-601", 1, extra={"E": ["By July 2027, Zorbex's reading age will rise "
                                                 "by a year."]})
    month, _ = month_of(tmp_path, [("a.md", a), ("b.md", b)])
    found = cross_plan_findings(month)
    assert [(f["kind"], f["plans"]) for f in found] == [("wrong_name", ["T-601"])]
    assert "Zorbex is the child in T-600" in found[0]["message"]
    # Alone, the unknown word is not taken for a name.
    (tmp_path / "alone").mkdir()
    alone, _ = month_of(tmp_path / "alone", [("b.md", b)])
    assert cross_plan_findings(alone) == []


def test_adults_named_with_titles_or_roles_are_not_wrong_names(tmp_path):
    extra = {"A": ["Mum (Sarah) says Jade is happiest at home with her dog.",
                   "Sarah will come to every review meeting with Jade."],
             "F": ["Mrs Patel will check the visual timetable with Jade each morning.",
                   "Ms R Khan, SENCO, will review the plan every term with Jade's family.",
                   "Jade's brother Leo will walk with her to the school gate each day.",
                   "David Jones will run the lunchtime club that Jade attends.",
                   "Amy, Jade's key worker, will meet her at the gate every morning.",
                   "Lola, her little sister, is starting in the nursery class in September."],
             "B": ["Jade's dog Max is a great comfort to her when she is anxious at home."],
             "K": ["Speech and language advice – Dr A Smith, Speech and Language Therapist"]}
    month, _ = month_of(tmp_path, [("jade.md", plan_md("Jade", "T-700", 0, extra=extra))])
    assert cross_plan_findings(month) == []


def test_capitalised_words_in_a_childs_place_are_not_names(tmp_path):
    extra = {"F": ["Staff will model the language of feelings during circle time every day.",
                   "Art will be offered twice a week as a calming activity for Jade."]}
    month, _ = month_of(tmp_path, [("jade.md", plan_md("Jade", "T-710", 0, extra=extra))])
    assert cross_plan_findings(month) == []


def test_child_name_from_most_frequent_first_name_without_known_as(tmp_path):
    text = plan_md("Priya", "T-800", 2, known_as=False,
                   extra={"E": ["Sam will use his visual timetable to move between lessons."]})
    month, _ = month_of(tmp_path, [("p.md", text)])
    fp = next(iter(month.values()))
    assert (fp["child"], fp["child_from"]) == ("Priya", "frequent")
    assert [f["kind"] for f in cross_plan_findings(month)] == ["wrong_name"]


def test_docx_plan_takes_part(tmp_path):
    d = docx.Document()
    for line in ("Plan reference: T-900", "Known as: Leo"):
        d.add_paragraph(line)
    for code in ("A", "B", "E", "F"):
        d.add_heading(f"Section {code}", level=1)
        d.add_paragraph(f"Leo enjoys section {code} and Leo will keep trying.")
    d.add_paragraph("Amira will join the lunchtime club with her friends on Fridays.",
                    style="List Bullet")
    path = tmp_path / "leo.docx"
    d.save(path)
    found = cross_plan_findings({"x": fingerprint(read_plan(path))})
    assert [(f["kind"], f["plans"]) for f in found] == [("wrong_name", ["T-900"])]
    assert found[0]["locations"][0]["section"] == "F"


# -- privacy, format, bundled samples ----------------------------------------------------------


def test_identifiers_never_appear_in_a_fingerprint_or_a_finding(tmp_path):
    nhs, email = "943 476 5919", "jade.parent@example.org"
    leak = ("{n} becomes distressed when the fire alarm sounds; call 943 476 5919 or write to "
            "jade.parent@example.org and a trusted adult takes {his} hand.")
    extra = {i: {"B": [leak.format(n=NAMES[i], his="her" if i % 2 else "his")]} for i in (0, 2, 4)}
    extra[1] = {"F": [f"Sam will see the nurse; contact {email}."]}
    month, _ = month_of(tmp_path, six(extra))
    dumped = json.dumps(month)
    assert nhs not in dumped and nhs.replace(" ", "") not in dumped
    assert email not in dumped
    found = cross_plan_findings(month)
    assert [f["kind"] for f in found] == ["copy_paste"]
    assert "[NHS_NUMBER:" in found[0]["text"] and "[EMAIL:" in found[0]["text"]
    out = json.dumps(found)
    assert nhs not in out and email not in out


def test_fingerprint_is_compact_versioned_json(tmp_path):
    month, read = month_of(tmp_path, six())
    for fp in month.values():
        assert fp["v"] == FINGERPRINT_VERSION
        assert set(fp) == {"v", "plan_id", "sha256", "child", "child_from", "s", "names"}
        assert all(len(row[0]) == 12 and len(row) == 4 for row in fp["s"])
        assert all(row[3] is None or len(row[3]) <= DEFAULTS.text_chars for row in fp["s"])
        # Sections outside the compared set (K, the advice list) are not kept.
        assert all(row[1] != "K" for row in fp["s"])
    stale = {k: dict(fp, v=FINGERPRINT_VERSION + 1) for k, fp in month.items()}
    assert cross_plan_findings(stale) == []
    assert cross_plan_findings({}) == []


def _sample_months() -> list[Path]:
    return sorted(p for p in SAMPLES.glob("20??-??") if p.is_dir())


@pytest.mark.parametrize("folder", _sample_months(), ids=lambda p: p.name)
def test_bundled_sample_months_have_no_wrong_names_and_only_real_repeats(folder):
    """The bundled samples are written from one shared bank of sentences
    (scripts/generate_samples.py), so some sentences really are repeated between different
    children's plans; no sample plan names another child. Every copy-paste finding must be a
    real repeat: the same normalised sentence in each listed plan, for different children."""
    plans = [read_plan(p) for p in sorted(folder.iterdir())]
    month = {p.sha256: fingerprint(p) for p in plans}
    found = cross_plan_findings(month)
    assert [f for f in found if f["kind"] == "wrong_name"] == []
    by_sha = {p.sha256: p for p in plans}
    for f in found:
        assert f["kind"] == "copy_paste"
        shas = {loc["sha256"] for loc in f["locations"]}
        children = {by_sha[s].front.known_as for s in shas}
        assert len(children) == f["count"] >= DEFAULTS.min_plans
        assert f["count"] < DEFAULTS.template_share * len(plans)
        shared = None
        for loc in f["locations"]:
            plan = by_sha[loc["sha256"]]
            here = {sentence_hash(normalise_sentence(sent, plan.front.known_as))
                    for b in plan.blocks if b.location == loc["location"]
                    for sent in sentences(b.text)}
            shared = here if shared is None else shared & here
        assert shared, f"{f['text']!r} is not one sentence shared by {f['plans']}"


def test_short_form_of_the_childs_own_name_is_not_a_wrong_name(tmp_path):
    text = plan_md("Alexander", "T-910", 3, "he",
                   extra={"A": ["Alex will tell you he loves the bus journey to school."]})
    month, _ = month_of(tmp_path, [("alexander.md", text)])
    assert cross_plan_findings(month) == []


def test_hyphenated_known_as_is_the_child(tmp_path):
    text = plan_md("Mary-Jane", "T-920", 1,
                   extra={"E": ["Sam will use his visual timetable to move between lessons."]})
    month, _ = month_of(tmp_path, [("mj.md", text)])
    fp = next(iter(month.values()))
    assert fp["child"] == "Mary-Jane"
    found = cross_plan_findings(month)
    assert [(f["kind"], f["text"][:3]) for f in found] == [("wrong_name", "Sam")]


def test_damaged_fingerprints_are_skipped_not_fatal(tmp_path):
    month, _ = month_of(tmp_path, six({i: {"B": [pasted(i)]} for i in (0, 2, 4)}))
    expected = cross_plan_findings(month)
    damaged = dict(month)
    key = next(iter(month))
    damaged["junk-1"] = {"v": FINGERPRINT_VERSION, "s": "not a list", "names": [[1, 2]]}
    damaged["junk-2"] = {"v": FINGERPRINT_VERSION, "s": [["abc"], None, [1, "B", "x", "y"]]}
    damaged["junk-3"] = None
    damaged[key] = dict(month[key], names=None)
    assert cross_plan_findings(damaged) == expected


def test_many_plans_are_listed_in_full_but_the_message_stays_short(tmp_path):
    names = ["Jade", "Sam", "Priya", "Leo", "Amira", "Oscar", "Noah", "Maya", "Reuben", "Zara",
             "Tom", "Isla"]
    plans = []
    for i, n in enumerate(names):
        he = "she" if i % 2 else "he"
        extra = {"B": [PASTED.format(n=n, his="her" if he == "she" else "his", him=him(he))]} \
            if i < 8 else None
        plans.append((f"p{i:02d}.md", plan_md(n, f"T-{950 + i}", i, he, extra)))
    month, _ = month_of(tmp_path, plans)
    found = cross_plan_findings(month)
    assert [(f["kind"], f["count"], len(f["plans"])) for f in found] == [("copy_paste", 8, 8)]
    assert "and 2 more" in found[0]["message"]


def test_count_is_children_while_plans_lists_every_plan(tmp_path):
    # Jade's plan twice (re-issued, same reference) and Sam's, all with the pasted sentence.
    a = plan_md("Jade", "T-960", 0, "he", extra={"B": [pasted(0)]})
    b = a.replace("Date issued: 01/03/2026", "Date issued: 20/03/2026")
    c = plan_md("Sam", "T-961", 1, "she", extra={"B": [pasted(1)]})
    month, _ = month_of(tmp_path, [("a.md", a), ("b.md", b), ("c.md", c)])
    found = cross_plan_findings(month)
    assert [(f["kind"], f["count"], f["plans"]) for f in found] == [
        ("copy_paste", 2, ["T-960", "T-960", "T-961"])]
    assert "2 different children's plans" in found[0]["message"]


def test_sentence_pasted_with_the_other_childs_name_left_in_is_both_findings(tmp_path):
    # Sam's sentence pasted unchanged into Jade's and Priya's plans.
    sam_says = pasted(1)  # "Sam becomes distressed ... take her hand ..."
    extra = {1: {"B": [sam_says]}, 0: {"B": [sam_says]}, 2: {"F": [sam_says]}}
    month, _ = month_of(tmp_path, six(extra))
    found = cross_plan_findings(month)
    assert [(f["kind"], f["plans"]) for f in found] == [
        ("copy_paste", ["T-100", "T-101", "T-102"]),
        ("wrong_name", ["T-100"]), ("wrong_name", ["T-102"])]
    assert found[0]["count"] == 3
    assert all(f["text"] == sam_says for f in found)


def test_masked_plan_from_the_caller_gives_the_same_fingerprint(tmp_path):
    from ehcaudit.privacy import mask_plan, scan_plan

    leak = ("Jade becomes distressed when the fire alarm sounds; call 943 476 5919 or write to "
            "jade.parent@example.org and a trusted adult takes his hand.")
    path = tmp_path / "jade.md"
    path.write_text(plan_md("Jade", "T-970", 0, "he", extra={"B": [leak]}), encoding="utf-8")
    plan = read_plan(path)
    assert scan_plan(plan)
    here = fingerprint(plan)
    assert fingerprint(mask_plan(plan), masked=True) == here
    assert "943 476 5919" not in json.dumps(here)


@pytest.mark.parametrize("known_as", ["[redacted]", "N/A", "TBC", "Not known", "Kay"])
def test_a_known_as_that_is_not_the_name_the_plan_uses_falls_back_to_the_plans_own(
        tmp_path, known_as):
    text = plan_md("Kai", "T-980", 4, "he", known_as=False)
    text = text.replace("Plan reference: T-980", f"Plan reference: T-980\nKnown as: {known_as}")
    month, _ = month_of(tmp_path, [("kai.md", text)])
    fp = next(iter(month.values()))
    assert (fp["child"], fp["child_from"]) == ("Kai", "frequent")
    assert cross_plan_findings(month) == []


def test_first_names_come_from_the_installed_faker_lists():
    from ehcaudit.crossplan import first_names

    names = first_names()
    assert len(names) > 5000
    assert {"Jade", "Priya", "Yusuf", "Freya", "Kai", "Amira"} <= names
    assert not {"Staff", "School", "Support", "Provision"} & names


def test_national_template_plans_table_cells_take_part(tmp_path):
    import docx_builders

    def national(name: str, ref: str, outcome: str) -> Path:
        path = docx_builders.fill_template(tmp_path / f"{name}.docx", {
            "preferred_name": name, "name": "[redacted]",
            "history": f"{name} lives with {'her' if name == 'Jade' else 'his'} family in town "
                       f"and goes to a school near home ({ref}).",
            "communication_interaction_need_1": f"{name} uses single words to ask for help.",
            "communication_interaction_outcome_1": outcome,
        }, default="")
        return path

    jade = national("Jade", "A1", "By July 2027, Sam will ask for help using a three-word "
                                  "phrase on 4 out of 5 occasions in class.")
    sam = national("Sam", "B2", "By July 2027, Sam will ask for help using a three-word phrase "
                                "on 4 out of 5 occasions in class.")
    month = {}
    for path in (jade, sam):
        plan = read_plan(path)
        month[plan.sha256] = fingerprint(plan)
    found = cross_plan_findings(month)
    kinds = [f["kind"] for f in found]
    assert kinds == ["copy_paste", "wrong_name"]
    assert found[0]["count"] == 2
    wrong = found[1]
    assert "Sam is the child in" in wrong["message"]
    assert wrong["locations"][0]["section"] == "E"
    assert "table" in wrong["locations"][0]["location"]


def test_a_name_repeated_through_a_long_plan_keeps_a_bounded_list_of_places(tmp_path):
    from ehcaudit.crossplan import MAX_NAME_ROWS

    slips = [f"Sam will practise skill number {i} with an adult every day." for i in range(30)]
    text = plan_md("Jade", "T-990", 0, extra={"F": slips})
    month, _ = month_of(tmp_path, [("jade.md", text)])
    fp = next(iter(month.values()))
    assert len(fp["names"]) == MAX_NAME_ROWS
    (f,) = cross_plan_findings(month)
    assert f["kind"] == "wrong_name" and len(f["locations"]) == MAX_NAME_ROWS
    assert f"{MAX_NAME_ROWS} or more times" in f["message"]


def test_slim_month_keeps_only_shared_sentences_and_same_name_hashes(tmp_path):
    month, _ = month_of(tmp_path, six({i: {"B": [pasted(i)]} for i in (0, 2, 4)}))
    slim = _crossplan.slim_month(lambda: iter(month.items()))
    assert set(slim) == set(month)
    kept = {row[0] for fp in slim.values() for row in fp["s"]}
    assert len(kept) == 1  # the pasted sentence, nothing each plan says alone
    assert sum(len(fp["s"]) for fp in slim.values()) == 3
    assert all(len(fp["s"]) > 3 for fp in month.values())
    assert not any("_all_hashes" in fp for fp in slim.values())  # six different names
    assert cross_plan_findings(month)[0]["count"] == 3


def test_slim_month_handles_hash_strings_it_did_not_write():
    # a damaged or hand-edited store: hashes that are not 12 hex digits still count as text
    def fp(i: int, hashes: list[str]) -> dict:
        return {"v": FINGERPRINT_VERSION, "plan_id": f"P-{i}", "sha256": f"{i:064x}",
                "child": ["Ava", "Ben", "Cai"][i], "child_from": "known_as", "names": [],
                "s": [[h, "B", f"Section B, paragraph {j}", f"Sentence {h} about the child here."]
                      for j, h in enumerate(hashes)]}
    month = {f"{i:064x}": fp(i, hs) for i, hs in enumerate(
        [["0x00000000001f", "ZZ-odd", "00000000001f"], ["ZZ-odd", "00000000001f"], ["1_f", "abc"]])}
    found = cross_plan_findings(month)  # checks slim_month gives the same findings
    assert sorted(f["count"] for f in found if f["kind"] == "copy_paste") == [2, 2]


# -- template or paste (issue 14, item 4) ----------------------------------------------------

ANXIETY = ("The first signs of rising anxiety are usually chewing the cuff of a jumper and asking, "
           "again and again, what will happen at home time.")
DINING = ("Busy, echoing dining halls are overwhelming, and lunchtimes go far better in a small, "
          "quiet room with a familiar adult nearby.")


def test_a_pasted_description_that_names_no_one_is_copy_paste(tmp_path):
    # the sentence, word for word, in three children's plans (and a dining-hall one in four)
    extra = {i: {"B": [ANXIETY]} for i in (0, 2, 4)}
    for i in (1, 2, 3, 5):
        extra.setdefault(i, {}).setdefault("B", []).append(DINING)
    month, _ = month_of(tmp_path, six(extra))
    found = {f["text"]: f for f in cross_plan_findings(month) if f["kind"] == "copy_paste"}
    assert set(found) == {ANXIETY, DINING}
    assert found[ANXIETY]["count"] == 3 and found[DINING]["count"] == 4
    assert found[ANXIETY]["plans"] == ["T-100", "T-102", "T-104"]


def test_statutory_wording_template_text_and_sign_off_lines_stay_quiet(tmp_path):
    shared = [
        "This plan has been agreed and signed on behalf of the local authority by the SEND Team Manager.",
        "Section H1: social care provision which must be made under section 2 of the Chronically Sick "
        "and Disabled Persons Act 1970.",
        "Children and young people may experience a wide range of social, emotional and mental health "
        "difficulties which manifest themselves in many ways.",
        "The family has been given information about the local short breaks offer and the early help "
        "service in the area.",
        "Advice and information from any person the child's parent or young person reasonably requests "
        "that the local authority seek it from.",
    ]
    extra = {i: {"H2": list(shared)} for i in (0, 1, 3, 5)}
    month, _ = month_of(tmp_path, six(extra))
    assert cross_plan_findings(month) == []
