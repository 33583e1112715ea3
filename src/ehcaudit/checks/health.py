"""Health: Section C needs, Section G provision, health advice in K and the health sign-off.

These are the checks a designated clinical officer (DCO) makes: are the health needs in C
described (or plainly none); is every need met by provision in G; is G specific (who, what,
how often, for how long); is the health advice listed, attributed and current; has health
agreed the provision; and does therapy that educates or trains sit in F rather than G.

Both layouts are read: classic sections (C then G) and the national template's combined
C–G–E table (``ThreadRow.table == "CGE"``).
"""

from __future__ import annotations

import re

from pydantic import Field

from ehcaudit.checks._care import (
    AdviceParams,
    CareParams,
    Item,
    NeedsParams,
    ProvisionPatterns,
    advice_finding,
    advice_outcome,
    bare,
    blocks_text,
    context_text,
    drop_located,
    has_date,
    has_placeholder,
    is_blank,
    item_finding,
    not_applicable,
    provision_items,
    quote_of,
    read_needs,
    rx,
    search,
    sentences_of,
    strip_placeholders,
    thread_rows,
)
from ehcaudit.checks._care import needs_outcome as _needs_outcome
from ehcaudit.clauses import negated
from ehcaudit.model import AdviceItem, Block
from ehcaudit.results import Finding
from ehcaudit.rubric.registry import Bands, CheckContext, Outcome, check
from ehcaudit.view import area

#: A person named with a title ("Dr A Patel", "Mrs J Smith"): case-sensitive on purpose.
NAME_RE = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof)\.?\s+[A-Z]")


def _c_blocks(ctx: CheckContext, skip: list[str] | None = None):
    return drop_located(area(ctx.plan, "health_needs"), skip or [])


def _g_blocks(ctx: CheckContext):
    return area(ctx.plan, "health_provision")


class CNeedsPatterns(CareParams):
    """How Section C is read when a check needs to know whether it states health needs."""

    blank_patterns: list[str]
    bare_none_patterns: list[str]
    none_patterns: list[str]
    ignore_patterns: list[str] = Field(default_factory=list, description="Sentences that are not about needs (sign-off)")
    skip_location_patterns: list[str] = Field(default_factory=list)


def _g_items(ctx: CheckContext, g: ProvisionPatterns) -> tuple[list[Item], list[Item], list[Item]]:
    return g.items(_g_blocks(ctx))


# -- HC-NEEDS ---------------------------------------------------------------------------------

@check("health_needs_stated", NeedsParams)
def health_needs_stated(ctx: CheckContext, p: NeedsParams) -> Outcome:
    """Section C describes the health needs, or says plainly (ideally on whose advice) that there are none."""
    reading = read_needs(_c_blocks(ctx, p.skip_location_patterns), p.blank_patterns, p.bare_none_patterns, p.none_patterns, p.ignore_patterns)
    return _needs_outcome(ctx, reading, "C", "health", p)


# -- HC-PROVISION-SPECIFIC --------------------------------------------------------------------

class HealthProvisionParams(CareParams):
    c: CNeedsPatterns = Field(description="Reading Section C (for 'not applicable: no health needs')")
    g: ProvisionPatterns
    who_patterns: list[str] = Field(description="Who delivers: a profession or service")
    what_patterns: list[str] = Field(description="What is provided: programme, review, medication, therapy...")
    frequency_patterns: list[str]
    duration_patterns: list[str]
    vague_patterns: list[str] = Field(default_factory=list, description="Woolly wording standing in for a frequency")
    equipment_patterns: list[str] = Field(
        default_factory=list,
        description="Equipment, supplies and adaptations: they need what and who provides or maintains them, "
                    "not how often (unless a visit, review or session is in the same item)")
    bands: Bands = Field(description="Share of provision items that say who, what, how often and how long -> level")
    no_provision_level: int = 1


def _specific_elements(text: str, p) -> tuple[list[str], str | None]:
    """Which of who/what/how often/how long a provision item lacks; and a vague phrase, if any."""
    missing = []
    if not search(p.who_patterns, text):
        missing.append("who provides it (profession or service)")
    if not search(p.what_patterns, text):
        missing.append("what is provided")
    vague = None
    # how often / how long, as an auditor reads it: either pins the amount down ("daily",
    # "every 6 weeks", "a 6-week block"); a vague phrase ("as required") does neither
    equipment = bool(getattr(p, "equipment_patterns", None)) and search(p.equipment_patterns, text) and not re.search(
        r"\b(?:visits?|reviews?|sessions?|appointments?|therapy|checks?|tests?|clinics?)\b", text, re.IGNORECASE)
    if not equipment and not search(p.frequency_patterns, text) and not search(p.duration_patterns, text):
        m = search(p.vague_patterns, text)
        vague = m.group(0) if m else None
        missing.append(f"how often or for how long (only '{vague}')" if vague else "how often or for how long")
    return missing, vague


@check("health_provision_specific", HealthProvisionParams)
def health_provision_specific(ctx: CheckContext, p: HealthProvisionParams) -> Outcome:
    """Each health provision item in G says who provides it, what, how often and for how long."""
    real, nones, blanks = _g_items(ctx, p.g)
    if not real:
        c = read_needs(_c_blocks(ctx, p.c.skip_location_patterns), p.c.blank_patterns, p.c.bare_none_patterns, p.c.none_patterns, p.c.ignore_patterns)
        if c.says_none:
            first = (c.none_statements[0].block if c.none_statements else c.bare_none[0])
            return not_applicable(ctx, "Section C says there are no health needs and Section G specifies no "
                                       "health provision, so there is nothing to specify.", block=first)
        if c.empty and nones:
            # C describes nothing ("To be confirmed") and G says none: the gap is in C (HC-NEEDS),
            # there is no provision whose specificity could be judged
            return not_applicable(ctx, "Section C describes no health needs and Section G says there is no health "
                                       "provision, so there is nothing to specify (Section C's gap is HC-NEEDS's).",
                                  block=nones[0].block, quote=nones[0].text)
        findings: list[Finding] = []
        for it in nones + blanks:
            lead = "Unfilled template placeholder. " if has_placeholder(it.text) else ""
            findings.append(item_finding(ctx, it, f"{lead}Section G specifies no health provision although Section C "
                                                  "does not say there are no health needs."))
        if not findings:
            findings.append(ctx.missing("G", "Section G specifies no health provision although Section C does not "
                                             "say there are no health needs."))
        return Outcome(level=p.no_provision_level, findings=findings)
    findings = []
    good = 0
    for it in real:
        text = context_text(it)
        missing, _ = _specific_elements(text, p)
        if missing:
            findings.append(item_finding(ctx, it, "This health provision does not say " + "; ".join(missing) + "."))
        else:
            good += 1
            findings.append(item_finding(ctx, it, "Specific: says who, what, how often and for how long.",
                                         kind="evidence"))
    return Outcome(level=p.bands.level(good / len(real)), findings=findings)


# -- HC-NEEDS-MET -----------------------------------------------------------------------------

class Condition(CareParams):
    name: str
    need: list[str] = Field(description="Patterns that show the need in Section C")
    provision: list[str] = Field(description="Patterns that show provision for it in Section G")
    only_alone: bool = Field(False, description="Counts only when no other condition is in the same sentence "
                                                "(e.g. medication for epilepsy is met by the epilepsy provision)")
    outcome: list[str] = Field(default_factory=list, description="Extra patterns that show an outcome in E for it "
                                                                "(need and provision patterns count too)")


class NeedsMetParams(CareParams):
    c: CNeedsPatterns
    g: ProvisionPatterns
    conditions: list[Condition]
    negation_before: list[str] = Field(default_factory=list, description="Text just before a condition that negates it")
    negation_after: list[str] = Field(default_factory=list, description="Text just after a condition that negates it")
    healthy_after: list[str] = Field(default_factory=list, description="Words straight after a condition that say it is fine ('sleeps well')")
    bands: Bands = Field(description="Share of recognised health needs met in G -> level")
    unrecognised_level: int = Field(3, description="C describes needs none of the conditions recognise, and G has provision")
    no_provision_level: int = 1


def _mentions(text: str, patterns: list[str], p: NeedsMetParams | HealthOutcomesParams) -> re.Match | None:
    r = rx(patterns)
    if r is None:
        return None
    # negation reaches only to the clause boundary: "has no difficulty walking but has epilepsy"
    before_rx = rx(p.negation_before) if p.negation_before else None
    after_rx = rx([f"^.{{0,40}}?(?:{a})" for a in p.negation_after] + [f"^\\s*(?:{h})" for h in p.healthy_after]) \
        if (p.negation_after or p.healthy_after) else None
    for m in r.finditer(text):
        if negated(text, m.start(), m.end(), before_rx, after_rx):
            continue
        return m
    return None


@check("health_needs_met", NeedsMetParams)
def health_needs_met(ctx: CheckContext, p: NeedsMetParams) -> Outcome:
    """Every health need in Section C is met by provision in Section G."""
    plan = ctx.plan
    findings: list[Finding] = []
    total = met = 0
    thread_need_ids: set[int] = set()
    for row in thread_rows(plan, "CGE"):
        thread_need_ids.update(row.need)
        need_text = blocks_text(plan, row.need)
        if is_blank(need_text, p.c.blank_patterns) or search(p.c.none_patterns, need_text) \
                or ((bare_rx := rx(p.c.bare_none_patterns)) and bare_rx.fullmatch(bare(need_text))):
            continue
        need_block = plan.blocks[row.need[0]]
        prov_text = blocks_text(plan, row.provision)
        total += 1
        if not row.provision or is_blank(prov_text, p.g.blank_patterns) or search(p.g.none_patterns, prov_text):
            findings.append(ctx.finding(need_block, "This health need has no provision in Section G (its row of "
                                                    "the C–G–E table is empty).", quote=quote_of(need_text)))
        else:
            met += 1
            findings.append(ctx.finding(plan.blocks[row.provision[0]], f"Meets the health need "
                                        f"'{quote_of(need_text, 80).rstrip('.')}' in the same row of the C–G–E table.",
                                        quote=quote_of(prov_text), kind="evidence"))
    classic = [b for b in _c_blocks(ctx, p.c.skip_location_patterns) if b.id not in thread_need_ids]
    reading = read_needs(classic, p.c.blank_patterns, p.c.bare_none_patterns, p.c.none_patterns, p.c.ignore_patterns)
    real, _, _ = _g_items(ctx, p.g)
    g_texts = [(it, context_text(it)) for it in real]
    # therapy that meets a health need is often written in F (speech and language therapy for
    # swallowing, a physiotherapy programme in school): an auditor counts it as meeting the need
    f_items = provision_items(area(plan, "provision"), p.g.blank_patterns, [], p.g.min_item_words)[0]
    f_texts = [(it, context_text(it)) for it in f_items]
    seen: set[str] = set()
    for s in reading.described:
        here = [c for c in p.conditions if _mentions(s.text, c.need, p)]
        for cond in here:
            if cond.name in seen or (cond.only_alone and len(here) > 1):
                continue
            seen.add(cond.name)
            total += 1
            hit = next((it for it, t in g_texts if search(cond.provision, t)), None) \
                or next((it for it, t in f_texts if search(cond.provision, t)), None)
            if hit is None:
                findings.append(ctx.finding(s.block, f"Health need ({cond.name}) with no matching provision in "
                                                     "Section G (or F).", quote=quote_of(s.text)))
            else:
                met += 1
                where = "" if hit.block.section == "G" else f" (in Section {hit.block.section})"
                findings.append(item_finding(ctx, hit, f"Meets the health need ({cond.name}) described in Section C"
                                                       f"{where}: '{quote_of(s.text, 100).rstrip('.')}'.", kind="evidence"))
    if total:
        return Outcome(level=p.bands.level(met / total), findings=findings)
    if reading.described:
        if real:
            return Outcome(level=p.unrecognised_level, findings=[
                item_finding(ctx, real[0], "Section G specifies health provision; the needs in Section C name no "
                                           "condition the checker recognises, so check the match by hand.",
                             kind="evidence")])
        first = reading.described[0]
        return Outcome(level=p.no_provision_level, findings=[
            ctx.finding(first.block, "Section C describes health needs but Section G specifies no health provision "
                                     "to meet them.", quote=quote_of(first.text))])
    if reading.says_none:
        b = reading.none_statements[0].block if reading.none_statements else reading.bare_none[0]
        return not_applicable(ctx, "Section C says there are no health needs, so none needs meeting.", block=b)
    return not_applicable(ctx, "Section C describes no health needs to match against Section G "
                               "(HC-NEEDS reports the gap).", section="C")


# -- HC-ADVICE --------------------------------------------------------------------------------

@check("health_advice", AdviceParams)
def health_advice(ctx: CheckContext, p: AdviceParams) -> Outcome:
    """Health advice is listed in Section K, attributed, dated and recent enough."""
    return advice_outcome(ctx, p)


# -- HC-DCO-SIGNOFF ---------------------------------------------------------------------------

class SignoffParams(CareParams):
    g: ProvisionPatterns
    authority_patterns: list[str] = Field(description="Who agrees for health: DCO, ICB, health commissioner, 'health'")
    agreement_patterns: list[str] = Field(description="Words of agreement: agreed, signed off, approved")
    role_patterns: list[str] = Field(description="Roles that count as a named signatory")
    label_patterns: list[str] = Field(default_factory=list, description="Sign-off labels, e.g. 'DCO:'; a filled value counts")
    full_level: int = 4
    person_level: int = 3
    bare_level: int = 2
    missing_level: int = 1


@check("health_signoff", SignoffParams)
def health_signoff(ctx: CheckContext, p: SignoffParams) -> Outcome:
    """Where G specifies provision, the plan records that health (DCO/ICB) agreed it, by whom and when."""
    real, _, _ = _g_items(ctx, p.g)
    if not real:
        return not_applicable(ctx, "Section G specifies no health provision, so no agreement by health is needed.",
                              section="G")
    labels = "|".join(f"(?:{lp})" for lp in p.label_patterns)
    label_rx = re.compile(rf"^\s*(?:{labels})\s*[:\-–]\s*(?P<value>.*)$", re.IGNORECASE) if labels else None
    best: tuple[int, Finding] | None = None
    for b in ctx.plan.blocks:
        if b.kind == "heading":
            continue
        text = strip_placeholders(b.text)
        for s in sentences_of([b.model_copy(update={"text": text})]):
            t = s.text
            lm = label_rx.match(t) if label_rx is not None else None
            if lm and not lm.group("value").strip():
                continue
            if not search(p.authority_patterns, t) or not (lm or search(p.agreement_patterns, t)):
                continue
            person = bool(NAME_RE.search(t) or search(p.role_patterns, t))
            dated = has_date(t)
            level = p.full_level if person and dated else p.person_level if person else p.bare_level
            if person and dated:
                f = ctx.finding(b, "Health's agreement to the provision is recorded, with who agreed it and when.",
                                quote=quote_of(t), kind="evidence")
            elif person:
                f = ctx.finding(b, "Health's agreement is recorded with who agreed it, but not when.", quote=quote_of(t),
                                kind="evidence" if ctx.passes(p.person_level) else "issue")
            else:
                f = ctx.finding(b, "Says health agreed, but not who (name or role, e.g. the designated clinical "
                                   "officer) or when.", quote=quote_of(t))
            if best is None or level > best[0]:
                best = (level, f)
    if best is None:
        return Outcome(level=p.missing_level, findings=[item_finding(
            ctx, real[0], "Section G specifies health provision but the plan does not record that health (the "
                          "designated clinical officer or health commissioner) agreed it.")])
    return Outcome(level=best[0], findings=[best[1]])


# -- HC-THERAPY-PLACEMENT ---------------------------------------------------------------------

class TherapyPlacementParams(CareParams):
    g: ProvisionPatterns
    therapy_patterns: list[str] = Field(description="Therapy that educates or trains (SALT, OT)")
    except_patterns: list[str] = Field(default_factory=list, description="Health uses of those therapies (swallowing, equipment) or cross-references to F")
    misplaced_level: int = 2
    placed_level: int = 4


@check("health_therapy_placement", TherapyPlacementParams)
def health_therapy_placement(ctx: CheckContext, p: TherapyPlacementParams) -> Outcome:
    """Therapy that educates or trains the child (often SALT, OT) sits in F, not in G."""
    real, _, _ = _g_items(ctx, p.g)
    if not real:
        return not_applicable(ctx, "Section G specifies no health provision, so no therapy can be misplaced there.",
                              section="G")
    findings: list[Finding] = []
    for it in real:
        t = context_text(it)
        m = search(p.therapy_patterns, t)
        if m and not search(p.except_patterns, t):
            findings.append(item_finding(ctx, it, f"'{m.group(0)}' that educates or trains the child is special "
                                                  "educational provision: it belongs in Section F, not Section G."))
    if findings:
        return Outcome(level=p.misplaced_level, findings=findings)
    f_items = [it for it in provision_items(area(ctx.plan, "provision"), p.g.blank_patterns,
                                            [], p.g.min_item_words)[0] if search(p.therapy_patterns, it.text)]
    if not f_items and not any(search(p.therapy_patterns, context_text(it)) for it in real):
        return not_applicable(ctx, "The plan specifies no speech and language or occupational therapy, so none "
                                   "can be misplaced in Section G.", block=real[0].block)
    if f_items:
        findings.append(item_finding(ctx, f_items[0], "Therapy that educates or trains is specified in Section F.",
                                     kind="evidence"))
    findings.append(item_finding(ctx, real[0], "Section G holds health provision, with no educational therapy "
                                               "misplaced in it.", kind="evidence"))
    return Outcome(level=p.placed_level, findings=findings)


# -- HC-ADVICE-PROVIDERS ----------------------------------------------------------------------

class Profession(CareParams):
    name: str = Field(description="Plain name used in messages: 'physiotherapy'")
    provision: list[str] = Field(description="Patterns that show this profession provides in G")
    advice: list[str] = Field(description="Patterns that show advice from this profession in K")


class AdviceProvidersParams(CareParams):
    g: ProvisionPatterns
    professions: list[Profession]
    all_level: int = 4
    some_missing_level: int = 2
    none_level: int = 1


@check("health_advice_providers", AdviceProvidersParams)
def health_advice_providers(ctx: CheckContext, p: AdviceProvidersParams) -> Outcome:
    """Each health profession that provides in G gave advice listed in K."""
    plan = ctx.plan
    real, _, _ = _g_items(ctx, p.g)
    if not real:
        return not_applicable(ctx, "Section G specifies no health provision, so no provider's advice is expected.",
                              section="G")
    k_sources: list[tuple[Block | None, str, AdviceItem | None]] = [(None, a.quote, a) for a in plan.advice]
    advice_blocks = {a.block_id for a in plan.advice}
    k_sources += [(b, b.text, None) for b in plan.blocks_in("K") if b.id not in advice_blocks]
    findings: list[Finding] = []
    present = missing = 0
    for prof in p.professions:
        it = next((it for it in real if search(prof.provision, context_text(it))), None)
        if it is None:
            continue
        src = next(((b, t, a) for b, t, a in k_sources if search(prof.advice, t)), None)
        if src is None:
            missing += 1
            findings.append(item_finding(ctx, it, f"Section G specifies {prof.name} provision, but Section K lists "
                                                  f"no {prof.name} advice: was the {prof.name} service asked?"))
            continue
        present += 1
        b, t, a = src
        if a is not None:
            findings.append(advice_finding(a, f"{prof.name.capitalize()} advice is listed for the {prof.name} "
                                              "provision in Section G.", kind="evidence"))
        elif b is not None:
            findings.append(ctx.finding(b, f"{prof.name.capitalize()} advice is listed for the {prof.name} "
                                           "provision in Section G.", quote=quote_of(t), kind="evidence"))
    if not present and not missing:
        return not_applicable(ctx, "The health provision in Section G names no profession that the checker "
                                   "matches to advice (physiotherapy, OT, SALT, CAMHS, dietetics, audiology, "
                                   "vision, paediatrics).", block=real[0].block, quote=real[0].text)
    if not missing:
        return Outcome(level=p.all_level, findings=findings)
    return Outcome(level=p.some_missing_level if present else p.none_level, findings=findings)


# -- HC-OUTCOMES ------------------------------------------------------------------------------

class HealthOutcomesParams(CareParams):
    c: CNeedsPatterns
    e_blank_patterns: list[str] = Field(description="Outcome cells that say nothing")
    conditions: list[Condition]
    negation_before: list[str] = Field(default_factory=list)
    negation_after: list[str] = Field(default_factory=list)
    healthy_after: list[str] = Field(default_factory=list)
    bands: Bands = Field(description="Share of health needs with an outcome in E -> level")


@check("health_outcomes", HealthOutcomesParams)
def health_outcomes(ctx: CheckContext, p: HealthOutcomesParams) -> Outcome:
    """Each health need in C leads to an outcome in E (the C–G–E golden thread)."""
    plan = ctx.plan
    findings: list[Finding] = []
    total = linked = 0
    thread_need_ids: set[int] = set()
    bare_rx = rx(p.c.bare_none_patterns)
    for row in thread_rows(plan, "CGE"):
        thread_need_ids.update(row.need)
        need_text = blocks_text(plan, row.need)
        if is_blank(need_text, p.c.blank_patterns) or search(p.c.none_patterns, need_text) \
                or (bare_rx is not None and bare_rx.fullmatch(bare(need_text))):
            continue
        total += 1
        out_text = blocks_text(plan, row.outcome)
        if not row.outcome or is_blank(out_text, p.e_blank_patterns):
            findings.append(ctx.finding(plan.blocks[row.need[0]], "This health need has no outcome in Section E "
                                        "(its row of the C–G–E table has no outcome).", quote=quote_of(need_text)))
        else:
            linked += 1
            findings.append(ctx.finding(plan.blocks[row.outcome[0]], f"Outcome for the health need "
                                        f"'{quote_of(need_text, 80).rstrip('.')}' (same row of the C–G–E table).",
                                        quote=quote_of(out_text), kind="evidence"))
    classic = [b for b in _c_blocks(ctx, p.c.skip_location_patterns) if b.id not in thread_need_ids]
    reading = read_needs(classic, p.c.blank_patterns, p.c.bare_none_patterns, p.c.none_patterns, p.c.ignore_patterns)
    e_blocks = [b for b in area(plan, "outcomes")
                if not is_blank(b.text, p.e_blank_patterns)]
    seen: set[str] = set()
    for s in reading.described:
        here = [c for c in p.conditions if _mentions(s.text, c.need, p)]
        for cond in here:
            if cond.name in seen or (cond.only_alone and len(here) > 1):
                continue
            seen.add(cond.name)
            total += 1
            pats = [*cond.outcome, *cond.need, *cond.provision]
            hit = next((b for b in e_blocks if search(pats, strip_placeholders(b.text))), None)
            if hit is None:
                findings.append(ctx.finding(s.block, f"No outcome in Section E relates to this health need "
                                                     f"({cond.name}).", quote=quote_of(s.text)))
            else:
                linked += 1
                findings.append(ctx.finding(hit, f"Outcome for the health need ({cond.name}) in Section C: "
                                                 f"'{quote_of(s.text, 100).rstrip('.')}'.", quote=quote_of(hit.text),
                                            kind="evidence"))
    if total:
        return Outcome(level=p.bands.level(linked / total), findings=findings)
    if reading.says_none:
        b = reading.none_statements[0].block if reading.none_statements else reading.bare_none[0]
        return not_applicable(ctx, "Section C says there are no health needs, so no health outcome is expected.",
                              block=b)
    if reading.described:
        first = reading.described[0]
        return not_applicable(ctx, "The health needs in Section C name no condition the checker recognises; "
                                   "match them to outcomes in Section E by hand.", block=first.block,
                              quote=first.text)
    return not_applicable(ctx, "Section C describes no health needs (HC-NEEDS reports the gap).", section="C")
