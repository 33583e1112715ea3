"""Social care: Section D needs, H1/H2 provision, social care advice in K, statutory status.

What a social care auditor checks: D describes needs or says plainly (after assessment) that
there are none; where a child is looked after, on a child in need or a child protection plan,
that status visibly informed D and H; H1 (CSDPA 1970 s2) and H2 provision is specified and
quantified, and where there is none, short breaks and early help were considered; the
social care advice is listed, attributed and dated; and provision sits in the right section.

Both layouts are read: classic sections and the national template's combined D–H1–H2–E table
(``ThreadRow.table == "DHHE"``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pydantic import Field

from ehcaudit.checks._area_needs import needs_stated, provision_of
from ehcaudit.checks._care_what import names_what
from ehcaudit.checks._findings import item_finding, not_applicable, quote_of
from ehcaudit.checks._items import Item, context_text, drop_located, provision_items, sentences_of
from ehcaudit.checks._needs import NeedsParams
from ehcaudit.checks._params import CareParams, DeadlineParams, ProvisionPatterns
from ehcaudit.checks._patterns import bare, dated, finditer, rx, search
from ehcaudit.clauses import clause_before, is_label
from ehcaudit.model import Block
from ehcaudit.placeholders import has_placeholder, strip_placeholders
from ehcaudit.results import Finding
from ehcaudit.rubric.registry import Bands, CheckContext, Outcome, check, optional_list
from ehcaudit.view import area


def _d_blocks(ctx: CheckContext, skip: list[str] | None = None) -> list[Block]:
    return drop_located(area(ctx.plan, "social_care_needs"), skip or [])


def _h_blocks(ctx: CheckContext) -> list[Block]:
    return area(ctx.plan, "social_care_provision")


def _h_items(ctx: CheckContext, h: ProvisionPatterns) -> tuple[list[Item], list[Item], list[Item]]:
    return provision_of(ctx, "social_care_provision", h)


# -- SC-NEEDS ---------------------------------------------------------------------------------

@check("social_care_needs_stated", NeedsParams)
def social_care_needs_stated(ctx: CheckContext, p: NeedsParams) -> Outcome:
    """Section D describes social care needs, or says plainly, naming the assessment, that there are none."""
    return needs_stated(ctx, p, "social_care_needs", "D", "social care")


# -- SC-STATUTORY-LINK ------------------------------------------------------------------------

class Status(CareParams):
    name: str = Field(description="Plain name: 'looked after', 'child in need plan', 'child protection plan'")
    patterns: list[str]


class StatutoryLinkParams(CareParams):
    statuses: list[Status]
    h: ProvisionPatterns | None = Field(None, description="How H1/H2 is read: with no social care provision there and "
                                                          "no social care advice in K, a recorded status is red")
    advice_patterns: list[str] = optional_list("Other K items that count as social care advice")
    negation_patterns: list[str] = Field(description="Text just before a status that negates it ('not', 'previously')")
    no_value_patterns: list[str] = Field(description="'Label: value' answers that mean no ('No', 'N/A', 'None')")
    link_patterns: list[str] = Field(description="Signs in D/H that the status informed the plan: social worker, PEP, plan")
    restate_patterns: list[str] = optional_list(
        "Sentences that only name the child's social worker or placement ('She has a social worker.'): "
        "they restate the status, they do not show it informed the plan")
    pointer_patterns: list[str] = optional_list(
        "A line in D or H that only points to the statutory plan ('See care plan.') or leaves the need to the "
        "worker with no content ('will be met by her allocated social worker as appropriate'): it names the plan "
        "but carries nothing of it into this one")
    history_patterns: list[str] = optional_list(
        "A sentence recording a status that ended ('was looked after from the age of 9 until he was 18', "
        "'is now a care leaver'): history, not a current status, unless the status itself is in the present")
    present_patterns: list[str] = optional_list(
        "Words just before a status that keep it current in a history sentence ('is', 'remains', 'currently')")
    both_level: int = 4
    one_level: int = 3
    one_no_advice_level: int = Field(2, description="Only D or H shows the statutory plan and Section K lists no "
                                                    "social care advice: the social worker did not inform the plan")
    absent_level: int = 1


@lru_cache(maxsize=64)
def _negation_rx(patterns: tuple[str, ...]) -> re.Pattern | None:
    return rx([f"(?:{n})[^.;:,]*$" for n in patterns])  # anchored: searched in the clause before


def _status_in(text: str, p: StatutoryLinkParams) -> tuple[Status, str] | None:
    """The status a sentence records (not negated), with the matched words."""
    t = strip_placeholders(text)
    label, value = (t.split(":", 1) + [""])[:2] if ":" in t else ("", t)
    label = label.rstrip(" ?")
    neg = _negation_rx(tuple(p.negation_patterns))
    for st in p.statuses:
        if not st.patterns:
            continue
        if label:
            lm = search(st.patterns, label)
            if lm:
                v = bare(value)
                no_rx = rx(p.no_value_patterns)
                if not v or (no_rx is not None and no_rx.match(v)):
                    continue
                if neg is not None and neg.search(label[: lm.start()]):
                    continue  # "Has been a looked after child: Yes" is history, not status
                return st, label.strip()
            t_search = value
        else:
            t_search = t
        for m in finditer(st.patterns, t_search):
            # the negation's own clause only (and not across a comma): "no longer on a CP plan",
            # but not "has no siblings; she is on a child protection plan"
            before = clause_before(t_search, m.start()).split(",")[-1]
            if neg is not None and (neg.search(before) or _negated_list(clause_before(t_search, m.start()), neg)):
                continue
            if _ended(t_search, before, p):
                continue  # "was looked after by the council until he was 18": a care leaver, not looked after
            return st, m.group(0)
    return None


#: A member of a list the status ends: "child protection or " before "looked after plan".
_LIST_MEMBER = re.compile(r"^\s*(?:(?:or|nor|and)\s+)?(?:[\w'’-]+\s+){0,3}(?:(?:or|nor|and)\s*)?$", re.IGNORECASE)


def _negated_list(clause: str, neg: re.Pattern) -> bool:
    """The status is the last of a list a negation governs: "He is not on a child in need, child
    protection or looked after plan" (the negation reaches across the list's commas, not past a verb)."""
    chunks = clause.split(",")
    if len(chunks) < 2 or not _LIST_MEMBER.match(chunks[-1]) or not re.search(r"\b(?:or|nor)\s*$", chunks[-1]):
        return False
    i = len(chunks) - 2
    while i > 0 and _LIST_MEMBER.match(chunks[i]):
        i -= 1
    return bool(neg.search(chunks[i]))


def _ended(sentence: str, before: str, p: StatutoryLinkParams) -> bool:
    """A status the sentence records as ended (a closed period, a care leaver), not kept current by
    the words just before it ("she is looked after ... since leaving her mother's care")."""
    if not p.history_patterns or not search(p.history_patterns, sentence):
        return False
    return not search(p.present_patterns, before)


def _restates(text: str, p: StatutoryLinkParams) -> bool:
    """Does this D sentence only restate the status (the status itself, or 'She has a social worker')?"""
    return _status_in(text, p) is not None or bool(search(p.restate_patterns, text))


@check("social_care_statutory_link", StatutoryLinkParams)
def social_care_statutory_link(ctx: CheckContext, p: StatutoryLinkParams) -> Outcome:
    """Where the child is looked after, or on a CIN or CP plan, D and H show how that informed the plan."""
    plan = ctx.plan
    found: list[tuple[Block, str, Status]] = []
    for s in sentences_of([b for b in plan.blocks if b.kind != "heading"]):
        if s.text.rstrip().endswith(("?", ":")):
            continue  # a question or label ("Currently a looked after child?"); its answer is elsewhere
        hit = _status_in(s.text, p)
        if hit:
            found.append((s.block, s.text, hit[0]))
    if not found:
        for label, value in plan.front.fields.items():
            hit = _status_in(f"{label}: {value}", p)
            if hit:
                # Anchor on the block that holds the label (a front-matter line or table cell), if any.
                holder = next((b for b in plan.blocks if label.strip().lower() in b.text.lower()), None)
                block = holder or Block(id=-1, kind="paragraph", text=f"{label}: {value}", location="Front matter")
                found.append((block, f"{label}: {value}", hit[0]))
                break
    if not found:
        return Outcome(applicable=False, findings=[ctx.missing(
            "-", "The plan records no looked-after, child in need or child protection status, so there is no "
                 "statutory plan to link.").model_copy(update={"kind": "evidence"})])
    names = sorted({st.name for _, _, st in found})
    first_block, first_text, _ = found[0]
    first = ctx.finding(first_block, f"The plan records: {', '.join(names)}.", quote=quote_of(first_text),
                        kind="evidence")
    if first_block.id < 0:
        first = first.model_copy(update={"block_id": None})
    findings: list[Finding] = [first]
    adv_rx = rx(p.advice_patterns)
    sc_advice = [a for a in plan.advice if a.kind == "social_care"
                 or (adv_rx is not None and a.kind == "other" and adv_rx.search(a.quote))]
    if p.h is not None:
        # As an auditor grades it: a statutory status with no social care provision in H and no
        # social care advice in K means social care did not inform the plan, whatever D says.
        h_real = _h_items(ctx, p.h)[0]
        if not h_real and not sc_advice:
            findings[0] = findings[0].model_copy(update={
                "kind": "issue",
                "message": f"The plan records {', '.join(names)}, but Sections H1/H2 specify no social care "
                           "provision and Section K lists no social care advice: the social worker's assessment "
                           "and the statutory plan must inform this plan."})
            return Outcome(level=p.absent_level, findings=findings)
    places = {"D": _d_blocks(ctx), "H": _h_blocks(ctx)}
    linked = []
    restated_only = False  # the only link is a sentence in D that restates the status
    pointers: list[tuple[Block, str]] = []  # links that only point to the statutory plan
    for code, blocks in places.items():
        hits = [(s, m) for s in sentences_of(blocks) if (m := search(p.link_patterns, s.text))]
        bare_pointers = [(s.block, s.text) for s, _ in hits if search(p.pointer_patterns, s.text)]
        hits = [(s, m) for s, m in hits if not search(p.pointer_patterns, s.text)]
        pointers.extend(bare_pointers)
        if not hits:
            continue
        # Prefer a sentence that does more than restate the status.
        s, m = next(((s, m) for s, m in hits if not _restates(s.text, p)), hits[0])
        restated_only = code == "D" and _restates(s.text, p)
        linked.append(code)
        findings.append(ctx.finding(s.block, f"Section {'H1/H2' if code == 'H' else 'D'} shows the "
                                             f"statutory plan informed it ('{m.group(0)}').",
                                    quote=quote_of(s.text), kind="evidence"))
    if len(linked) == 2:
        return Outcome(level=p.both_level, findings=findings)
    if linked:
        missing = "H1/H2 (provision)" if "D" in linked else "D (needs)"
        h_code = "H2" if plan.found("H2") and not plan.found("H1") else "H1"
        findings.append(ctx.missing(h_code if "D" in linked else "D",
                                    f"Section {missing} does not show how the {names[0]} informed it "
                                    "(social worker, care/CIN/CP plan, PEP or joint working)."))
        if restated_only:
            # D only names the status and H does not reflect it: nothing of the statutory plan's content
            # reached the needs or the provision, whatever advice K lists
            if not sc_advice:
                findings.append(ctx.missing("K", f"Section K lists no social care advice, so nothing shows the "
                                                 f"social worker behind the {names[0]} informed this plan."))
            return Outcome(level=min(p.one_level, p.one_no_advice_level), findings=findings)
        return Outcome(level=p.one_level, findings=findings)
    if pointers:
        # D and H only point to the care plan or leave the need to the worker: nothing of the statutory
        # plan's content (the PEP, what the social worker does and when) reached this plan
        b, t = pointers[0]
        findings.append(ctx.finding(b, f"Sections D and H only point to the statutory plan or leave the needs to the "
                                       f"social worker ('{quote_of(t, 80)}'): say what the statutory plan (care, CIN or CP plan, or PEP) "
                                       "means for the needs and the provision.", quote=quote_of(t)))
        return Outcome(level=min(p.one_level, p.one_no_advice_level), findings=findings)
    findings[0] = findings[0].model_copy(update={
        "kind": "issue",
        "message": f"The plan records {', '.join(names)}, but Sections D and H show no trace of it: no social "
                   "worker, care/CIN/CP plan, PEP or joint working is mentioned."})
    return Outcome(level=p.absent_level, findings=findings)


# -- SC-PROVISION-SPECIFIC --------------------------------------------------------------------

class ScProvisionParams(DeadlineParams):
    h: ProvisionPatterns
    what_patterns: list[str] = Field(description="What is provided: short breaks, personal care, direct payments...")
    quantity_patterns: list[str] = Field(description="How often / how much: 'two nights a month', '6 hours a week'")
    vague_patterns: list[str] = optional_list()
    consider_patterns: list[str] = Field(description="Short breaks, local offer or early help considered")
    signpost_patterns: list[str] = optional_list("Lines in H that record consideration or signposting, not provision")
    cross_reference_patterns: list[str] = optional_list("H pointing to provision written elsewhere ('see Section F'): then the social "
                                          "care provision written there (care_patterns) is judged; where it sits is "
                                          "SC-RIGHT-SECTION's finding")
    care_patterns: list[str] = optional_list("Social care provision written in F or G")
    education_patterns: list[str] = optional_list("Educational provision (a teaching or learning support assistant, therapy in "
                                          "school, the curriculum): written in H1/H2 with no care in it, it is not "
                                          "social care provision")
    preamble_patterns: list[str] = optional_list("A lead-in naming who arranges all the "
                                                                           "provision below it: not an item")
    note_patterns: list[str] = optional_list(
        "A line about the provision beside it, not an item of its own: who arranges, funds or reviews it "
        "('Arranged by Adult Social Care and reviewed every 12 months')")
    one_off_patterns: list[str] = optional_list("A one-off piece of work (an assessment, a transfer, a referral): with a date "
                                          "or deadline it needs no 'how often' ('a Care Act assessment will be "
                                          "finalised by her 18th birthday (January 2027)')")
    start_patterns: list[str] = optional_list(
        "When a one-off piece of work starts, besides a date or a deadline: a term or season with its year "
        "('starting in the summer of 2027', 'from the autumn term 2026')")
    equipment_patterns: list[str] = optional_list(
        "Equipment or an adaptation of the home (a bath lift, a hoist, a level-access shower): it needs what it is and who "
        "supplies, fits or maintains it, not how often")
    supplier_patterns: list[str] = optional_list(
        "Who supplies, fits or maintains equipment or an adaptation ('supplied and maintained by the community "
        "equipment store', 'the council's adaptations team', 'through a Disabled Facilities Grant')")
    service_patterns: list[str] = optional_list(
        "A service given in an equipment item (a visit, a session, a carer, a short break): then it needs its "
        "amount after all")
    bands: Bands = Field(description="Share of H1/H2 items specified and quantified -> level")
    considered_level: int = 3
    not_considered_level: int = 2
    blank_level: int = 1


def _care_written_elsewhere(ctx: CheckContext, p: ScProvisionParams) -> list[Item]:
    """Social care provision in F or G that H1/H2 point to ("Short breaks: see Section F")."""
    if not p.cross_reference_patterns or not any(search(p.cross_reference_patterns, b.text) for b in _h_blocks(ctx)):
        return []
    fg = area(ctx.plan, "provision") + area(ctx.plan, "health_provision")
    return [it for it in provision_items(fg, p.h.blank_patterns, [], p.h.min_item_words)[0]
            if search(p.care_patterns, strip_placeholders(it.text)) and not _title_line(it)]


def _title_line(it: Item) -> bool:
    """One line of a cell that holds several, written as a title ("Physical and personal care" above
    the lines of provision under it): a heading, not provision."""
    return len(it.blocks) == 1 and it.text.strip() != it.block.text.strip() and is_label(it.text, max_words=6)


def _one_off(text: str, p: ScProvisionParams) -> bool:
    """A one-off piece of work with its date or deadline: it needs no frequency (``dated``, the rule
    health provision uses, with the same deadline words)."""
    return bool(p.one_off_patterns) and bool(search(p.one_off_patterns, text)) and (
        dated(text, p.deadline_patterns) or bool(search(p.start_patterns, text)))


def _equipment(text: str, p: ScProvisionParams) -> bool:
    """Equipment or an adaptation of the home, named, with who supplies, fits or maintains it, and no
    service given with it (a visit, a session, a carer): the thing and its supplier are its amount, as
    health provision reads equipment. When it comes, hedged ("as soon as possible"), leaves it open."""
    if not p.equipment_patterns or not search(p.equipment_patterns, text) or search(p.vague_patterns, text):
        return False  # not named equipment, or its coming left open ("as soon as possible")
    sup = rx(p.supplier_patterns)
    if sup is None or not sup.search(text):
        return False
    return not search(p.service_patterns, sup.sub(" ", text))


@check("social_care_provision_specific", ScProvisionParams)
def social_care_provision_specific(ctx: CheckContext, p: ScProvisionParams) -> Outcome:
    """H1/H2 provision is specified and quantified; with none, short breaks or early help were considered."""
    real, nones, blanks = _h_items(ctx, p.h)
    # Lines that only record consideration or signposting are not provision.
    considered = [it for it in real if search(p.signpost_patterns, it.text) and not search(p.quantity_patterns, it.text)]
    real = [it for it in real if it not in considered and not _title_line(it)]
    lead_ins = [it for it in real if search(p.preamble_patterns, it.text) and not search(p.quantity_patterns, it.text)]
    if lead_ins and len(lead_ins) < len(real):
        real = [it for it in real if it not in lead_ins]  # "All provision below is arranged by the CWD Team"
    notes = [it for it in real if p.note_patterns and search(p.note_patterns, it.text)
             and not search(p.what_patterns, it.text)]
    if notes and len(notes) < len(real):
        real = [it for it in real if it not in notes]  # "Arranged by Adult Social Care and reviewed every 12 months."
    # a line that points elsewhere for its amount ("Ryan has a Care Act support plan ...; see Section F for
    # his support worker hours") is a pointer: the care provision written there is judged instead
    pointers = [it for it in real if p.cross_reference_patterns and search(p.cross_reference_patterns, it.block.text)
                and not search(p.quantity_patterns, it.text)]
    if pointers:
        elsewhere = _care_written_elsewhere(ctx, p)
        if elsewhere:
            real = [it for it in real if it not in pointers] + elsewhere
    # educational provision written in H ("LSA support in the workshop, 3 hours a week") is not social
    # care provision: with nothing else there, H holds none
    schooling = [it for it in real if p.education_patterns and search(p.education_patterns, it.text)
                 and not search(p.care_patterns, it.text)]
    real = [it for it in real if it not in schooling]
    if not real:
        real = _care_written_elsewhere(ctx, p)
    findings: list[Finding] = []
    if real:
        good = 0
        for it in real:
            t = context_text(it)
            missing = []
            if not search(p.what_patterns, t) and not names_what(strip_placeholders(it.text), p.quantity_patterns):
                missing.append("what is provided")
            if not search(p.quantity_patterns, t) and not _one_off(t, p) and not _equipment(t, p):
                v = search(p.vague_patterns, t)
                missing.append(f"how often or how much (only '{v.group(0)}')" if v else "how often or how much")
            if missing:
                findings.append(item_finding(ctx, it, "This social care provision does not say " + " or ".join(missing) + "."))
            else:
                good += 1
                findings.append(item_finding(ctx, it, "Specified and quantified.", kind="evidence"))
        return Outcome(level=p.bands.level(good / len(real)), findings=findings)
    # No statutory provision: were short breaks or early help considered?
    for s in sentences_of(_d_blocks(ctx) + _h_blocks(ctx)):
        if search(p.consider_patterns, s.text):
            return Outcome(level=p.considered_level, findings=[ctx.finding(
                s.block, "No social care provision is specified, but short breaks or early help were considered.",
                quote=quote_of(s.text), kind="evidence")])
    if nones or schooling:
        return Outcome(level=p.not_considered_level, findings=[item_finding(
            ctx, it, "This is educational provision, not social care provision; nothing in H1/H2 shows short "
                     "breaks, the local offer or early help were considered.") for it in schooling] + [item_finding(
            ctx, it, "Says there is no social care provision but not whether short breaks, the local offer or "
                     "early help were considered.") for it in nones])
    for it in blanks:
        findings.append(item_finding(ctx, it, "Sections H1/H2 say nothing: specify the social care provision or "
                                              "say there is none and what was considered (short breaks, early help)."))
    if not findings:
        code = "H1" if ctx.plan.found("H1") or not ctx.plan.found("H2") else "H2"
        findings.append(ctx.missing(code, "No social care provision (H1/H2) is recorded, and nothing shows short "
                                          "breaks or early help were considered."))
    return Outcome(level=p.blank_level, findings=findings)


# -- SC-RIGHT-SECTION -------------------------------------------------------------------------

class RightSectionParams(CareParams):
    h: ProvisionPatterns
    care_patterns: list[str] = Field(description="Social care provision that does not belong in F or G")
    education_patterns: list[str] = Field(description="Educational provision that does not belong in H")
    cross_reference_patterns: list[str] = Field(description="'See Section F' written in H")
    funding_route_patterns: list[str] = optional_list(
        "How the provision is paid for, not what it is: 'paid through the direct payment in Section J', 'funded by a "
        "personal budget'. With it taken out, taught provision (taught_patterns) is educational, not social care")
    taught_patterns: list[str] = optional_list(
        "Teaching or tuition: 'tuition towards the Bronze Arts Award', 'lessons with a qualified teacher'")
    health_funded_patterns: list[str] = optional_list(
        "Care that health funds or provides ('Children's Continuing Care package', 'commissioned by the ICB'): "
        "health provision, in its place in G, whatever care words it uses")
    timing_patterns: list[str] = optional_list(
        "Care named only as when the line's own provision happens ('on the Monday after each family time', 'the "
        "morning after a respite stay'): with it taken out, the line is read for care it provides")
    advised_by_patterns: list[str] = optional_list(
        "An educational professional named in H only as the source of the approach the care uses ('the visual "
        "supports recommended by the speech and language therapist'): taken out, the line is read for what it "
        "provides")
    h_pointer_patterns: list[str] = optional_list(
        "A line of F or G that points to H1/H2 for the care ('(see Section H2)', 'as set out in H1'): where H "
        "holds social care provision, the line records where the care is written, not care written into F")
    min_item_words: int = 3
    bands: Bands = Field(description="Number of misplaced items -> level")


def _misplaced_care(text: str, p: RightSectionParams) -> re.Match | None:
    """The words that make a line of F or G social care provision. Care named only as when the line's
    provision happens ("after each family time") is timing, not care the line provides. A direct payment
    or personal budget is only how the line is paid for: tuition or teaching paid that way (an SEN direct
    payment, Section J) stays educational; a personal assistant or short break paid that way is care."""
    timing = rx(p.timing_patterns) if p.timing_patterns else None
    if timing is not None:
        text = timing.sub(" ", text)
    m = search(p.care_patterns, text)
    if m is None or not p.funding_route_patterns or not search(p.taught_patterns, text):
        return m
    route = rx(p.funding_route_patterns)
    rest = route.sub(" ", text) if route is not None else text
    return search(p.care_patterns, rest)


@check("social_care_right_section", RightSectionParams)
def social_care_right_section(ctx: CheckContext, p: RightSectionParams) -> Outcome:
    """Social care provision sits in H1/H2, not F or G; educational provision is not in H; H does not say 'see F'."""
    plan = ctx.plan
    findings: list[Finding] = []
    fg = area(plan, "provision") + area(plan, "health_provision")
    seen: set[tuple[int, str]] = set()
    real = _h_items(ctx, p.h)[0]
    for it in provision_items(fg, p.h.blank_patterns, [], p.min_item_words)[0]:
        key = (it.block.id, it.text)  # the rows of a table nested in one cell are items of their own
        if key in seen:
            continue
        seen.add(key)
        m = _misplaced_care(strip_placeholders(it.text), p)
        if m and it.block.section == "G" and search(p.health_funded_patterns, strip_placeholders(it.text)):
            m = None  # care health funds (continuing care) is health provision, rightly in G
        if m and real and search(p.h_pointer_patterns, strip_placeholders(it.text)):
            m = None  # "Weekend support worker (see H2)": the care is written in H
        if m:
            sec = it.block.section or "F"
            findings.append(item_finding(ctx, it, f"'{m.group(0)}' is social care provision: it belongs in Section "
                                                  f"H1 or H2, not Section {sec}."))
    h_items = [it for it in _h_blocks(ctx) if it.text.strip() and not has_placeholder(it.text)]
    advised = rx(p.advised_by_patterns)  # None for an empty list
    for b in h_items:
        t = b.text
        m = search(p.cross_reference_patterns, t)
        if m:
            findings.append(ctx.finding(b, f"'{m.group(0)}': Section H must set out the social care provision "
                                           "itself, not refer to Section F.", quote=quote_of(t)))
            continue
        m = search(p.education_patterns, advised.sub(" ", t) if advised is not None else t)
        if m:
            findings.append(ctx.finding(b, f"'{m.group(0)}' is educational provision: it belongs in Section F, "
                                           "not in the social care sections.", quote=quote_of(t)))
    n = len(findings)
    if n:
        return Outcome(level=p.bands.level(n), findings=findings)
    if not real:
        return not_applicable(ctx, "No social care provision was found in Sections F, G, H1 or H2, so none can be "
                                   "misplaced.", section="H1" if plan.found("H1") else "H2")
    return Outcome(level=p.bands.level(0), findings=[item_finding(
        ctx, real[0], "Social care provision sits in H1/H2, and none is written into F or G.", kind="evidence")])

