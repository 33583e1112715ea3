"""Health: Section C needs, Section G provision, health advice in K and the health sign-off.

These are the checks a designated clinical officer (DCO) makes: are the health needs in C
described (or plainly none); is every need met by provision in G; is G specific (who, what,
how often, for how long); is the health advice listed, attributed and current; has health
agreed the provision; and does therapy that educates or trains sit in F rather than G.

Both layouts are read: classic sections (C then G) and the national template's combined
C–G–E table (``ThreadRow.table == "CGE"``). The golden-thread checks (HC-NEEDS-MET: every need
met in G; HC-OUTCOMES: every need leads to an outcome) are in ``health_thread``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any

from pydantic import Field

from ehcaudit.checks._area_needs import needs_stated, provision_of
from ehcaudit.checks._findings import item_finding, not_applicable, quote_of
from ehcaudit.checks._health_advice import (
    AdviceProvidersParams,
    Profession,  # noqa: F401  (the rubric's profession model, importable from here as before)
    advice_providers_outcome,
)
from ehcaudit.checks._health_amount import SPECIFIC, AmountParams, amount_gap
from ehcaudit.checks._items import Item, context_text, provision_items, sentences_of
from ehcaudit.checks._needs import NeedsParams, NeedsPatterns
from ehcaudit.checks._params import CareParams, ProvisionPatterns
from ehcaudit.checks._patterns import has, has_date, search
from ehcaudit.model import Block
from ehcaudit.placeholders import has_placeholder, strip_placeholders
from ehcaudit.results import Finding
from ehcaudit.rubric.registry import Bands, CheckContext, CheckFn, Outcome, check, optional_list
from ehcaudit.text import TITLED_NAME_RE
from ehcaudit.view import area


def _c_blocks(ctx: CheckContext) -> list[Block]:
    """Section C's blocks (and the need cells of C–G–E rows); ``NeedsPatterns.read`` drops skipped boxes."""
    return area(ctx.plan, "health_needs")


def _g_items(ctx: CheckContext, g: ProvisionPatterns) -> tuple[list[Item], list[Item], list[Item]]:
    return provision_of(ctx, "health_provision", g)


def _on_g_provision(so: str) -> Callable[[Callable[[CheckContext, Any, list[Item]], Outcome]], CheckFn]:
    """For a check that judges Section G's provision items: it is given the real items, and is not
    applicable when G has none ("Section G specifies no health provision, so <so>")."""

    def wrap(judge: Callable[[CheckContext, Any, list[Item]], Outcome]) -> CheckFn:
        @functools.wraps(judge)
        def run(ctx: CheckContext, p: Any) -> Outcome:
            real = _g_items(ctx, p.g)[0]
            if not real:
                return not_applicable(ctx, f"Section G specifies no health provision, so {so}", section="G")
            return judge(ctx, p, real)

        return run

    return wrap


#: How Section C is read when a check needs to know whether it states health needs: as HC-NEEDS reads it.
CNeedsPatterns = NeedsPatterns


# -- HC-NEEDS ---------------------------------------------------------------------------------

@check("health_needs_stated", NeedsParams)
def health_needs_stated(ctx: CheckContext, p: NeedsParams) -> Outcome:
    """Section C describes the health needs, or says plainly (ideally on whose advice) that there are none."""
    return needs_stated(ctx, p, "health_needs", "C", "health")


# -- HC-PROVISION-SPECIFIC --------------------------------------------------------------------

class HealthProvisionParams(AmountParams):
    c: CNeedsPatterns = Field(description="Reading Section C (for 'not applicable: no health needs')")
    g: ProvisionPatterns
    who_patterns: list[str] = Field(description="Who delivers: a profession or service")
    what_patterns: list[str] = Field(description="What is provided: programme, review, medication, therapy...")
    bands: Bands = Field(description="Share of provision items that say who, what, how often and how long -> level")
    preamble_patterns: list[str] = optional_list("A lead-in line naming who provides all the provision below it ('All health services below "
                    "are from the NHS Trust's Children's Community Health Services unless stated'): not an item of "
                    "its own; the items under it say who through it")
    deferral_patterns: list[str] = optional_list(
        "G put off rather than said to be none ('TBC', 'To be confirmed when the medical advice is received'): "
        "the provision is unfinished, a gap here even when C describes nothing yet")
    adjunct_patterns: list[str] = optional_list(
        "A line that says it adds to provision specified above it ('... can ring the duty line between sessions; "
        "this is in addition to the planned therapy above'): a safety net judged with that provision, not an "
        "item of its own")
    no_provision_level: int = 1
    bare_level: int | None = Field(None, description="Highest level when an item's amount is only a woolly word "
                                                      "('Physiotherapy as required.', 'support as needed from the "
                                                      "nursing team'), with or without a who: a clear gap, not a "
                                                      "detail missed")


def _specific_elements(text: str, p: HealthProvisionParams) -> tuple[list[str], str]:
    """Which of who/what/amount a provision item lacks, and the item's kind. The amount is read
    for the kind (``_health_amount``): how often or how long for regular care, the event for
    care at each event, trigger and response time on demand, by when for a one-off."""
    missing = []
    if not search(p.who_patterns, text):
        missing.append("who provides it (profession or service)")
    if not search(p.what_patterns, text):
        missing.append("what is provided")
    kind, gap, _ = amount_gap(text, p)
    if gap:
        missing.append(gap)
    return missing, kind


def _is_preamble(text: str, p: HealthProvisionParams) -> bool:
    """A lead-in line saying who provides the items below it, with no amount of its own."""
    t = strip_placeholders(text)
    return bool(p.preamble_patterns) and bool(search(p.preamble_patterns, t)) \
        and not search(p.frequency_patterns, t) and not search(p.duration_patterns, t)


def _led_by_who(ctx: CheckContext, it: Item, p: HealthProvisionParams) -> bool:
    """Does the nearest line above the item in G that introduces items ("The following will be
    provided by the paediatric physiotherapist:", "Physiotherapy (Community Therapy Service):")
    name who provides them? Such a line is no item, and its who serves each item under it."""
    first = it.block
    if first.section != "G" or first.kind == "table_cell":
        return False
    above = [b for b in ctx.plan.blocks if b.id < first.id]
    lead = next((b for b in reversed(above) if b.section == "G" and b.kind != "table_cell"
                 and b.text.rstrip().endswith(":") and len(b.text.split()) <= 20), None)
    return lead is not None and bool(search(p.who_patterns, strip_placeholders(lead.text)))


@check("health_provision_specific", HealthProvisionParams)
def health_provision_specific(ctx: CheckContext, p: HealthProvisionParams) -> Outcome:
    """Each health provision item in G says who provides it, what, how often and for how long."""
    real, nones, blanks = _g_items(ctx, p.g)
    if not real:
        c = p.c.read(_c_blocks(ctx))
        if c.says_none:
            first = (c.none_statements[0].block if c.none_statements else c.bare_none[0])
            return not_applicable(ctx, "Section C says there are no health needs and Section G specifies no "
                                       "health provision, so there is nothing to specify.", block=first)
        # C describes nothing ("To be confirmed", "Not known.", or only that the health information has not
        # come: "No health information received at the time of drafting") and G says none or "N/A": the gap is in
        # C (HC-NEEDS), there is no provision whose specificity could be judged
        # ("TBC" in G is provision put off, not a "none": the section is unfinished, and that is this
        # criterion's gap as well as HC-NEEDS's)
        said = nones + [it for it in blanks if not has_placeholder(it.text) and not search(p.deferral_patterns, it.text)]
        if c.empty and said:
            return not_applicable(ctx, "Section C describes no health needs and Section G says there is no health "
                                       "provision, so there is nothing to specify (Section C's gap is HC-NEEDS's).",
                                  block=said[0].block, quote=said[0].text)
        findings: list[Finding] = []
        for it in nones + blanks:
            lead = "Unfilled template placeholder. " if has_placeholder(it.text) else ""
            findings.append(item_finding(ctx, it, f"{lead}Section G specifies no health provision although Section C "
                                                  "does not say there are no health needs."))
        if not findings:
            findings.append(ctx.missing("G", "Section G specifies no health provision although Section C does not "
                                             "say there are no health needs."))
        return Outcome(level=p.no_provision_level, findings=findings)
    # a lead-in that names the provider of everything below it is no item: its "who" carries
    preamble = [it for it in real if _is_preamble(it.text, p)]
    if preamble and len(preamble) < len(real):
        real = [it for it in real if it not in preamble]
    lead_in = " ".join(strip_placeholders(it.text) for it in preamble)
    # a line adding a safety net to the provision above it is judged with that provision
    adjuncts = [it for it in real if p.adjunct_patterns and search(p.adjunct_patterns, it.text)]
    if adjuncts and len(adjuncts) < len(real):
        real = [it for it in real if it not in adjuncts]
    findings = []
    good = 0
    bare = False
    for it in real:
        vague = amount_gap(context_text(it), p)[2]
        text = context_text(it)
        missing, kind = _specific_elements(text, p)
        if missing and missing[0].startswith("who") and (
                (lead_in and search(p.who_patterns, lead_in)) or _led_by_who(ctx, it, p)):
            missing = missing[1:]
        if missing:
            # its amount left to a woolly word ("Physiotherapy as required.", "support as needed", "regular
            # reviews"), with or without a who: a clear gap an auditor fails, not a detail missing; a line about
            # the items ("The health provision below is drawn from the advice in K") has no woolly amount
            bare = bare or vague is not None
            findings.append(item_finding(ctx, it, "This health provision does not say " + "; ".join(missing) + "."))
        else:
            good += 1
            findings.append(item_finding(ctx, it, SPECIFIC[kind], kind="evidence"))
    level = p.bands.level(good / len(real))
    if bare and p.bare_level is not None:
        level = min(level, p.bare_level)
    return Outcome(level=level, findings=findings)


# -- HC-DCO-SIGNOFF ---------------------------------------------------------------------------

class SignoffParams(CareParams):
    g: ProvisionPatterns
    authority_patterns: list[str] = Field(description="Who agrees for health: DCO, ICB, health commissioner, 'health'")
    agreement_patterns: list[str] = Field(description="Words of agreement: agreed, signed off, approved")
    role_patterns: list[str] = Field(description="Roles that count as a named signatory")
    label_patterns: list[str] = optional_list("Sign-off labels, e.g. 'DCO:'; a filled value counts")
    full_level: int = 4
    person_level: int = 3
    bare_level: int = 2
    missing_level: int = 1


@check("health_signoff", SignoffParams)
@_on_g_provision("no agreement by health is needed.")
def health_signoff(ctx: CheckContext, p: SignoffParams, real: list[Item]) -> Outcome:
    """Where G specifies provision, the plan records that health (DCO/ICB) agreed it, by whom and when."""
    labels = "|".join(f"(?:{lp})" for lp in p.label_patterns)
    label_rx = re.compile(rf"^\s*(?:{labels})\s*[:\-–]\s*(?P<value>.*)$", re.IGNORECASE) if labels else None
    best: tuple[int, Finding] | None = None
    for b, text in _signoff_units(ctx.plan.blocks):
        for t in _signoff_sentences(b, text, p):
            lm = label_rx.match(t) if label_rx is not None else None
            if lm and not lm.group("value").strip():
                continue
            if not has(p.authority_patterns, t) or not (lm or has(p.agreement_patterns, t)):
                continue
            person = bool(TITLED_NAME_RE.search(t) or search(p.role_patterns, t))
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


def _signoff_sentences(b: Block, text: str, p: SignoffParams) -> list[str]:
    """The sentences of a sign-off unit, and each agreement sentence read with the signature line
    after it ("I confirm that the health provision in Section G has been agreed. Dr A Fenwick,
    Designated Medical Officer, 9 July 2026."): the signature says who agreed and when."""
    sents = [s.text for s in sentences_of([b.model_copy(update={"text": text})])]
    out = list(sents)
    for first, sig in zip(sents, sents[1:], strict=False):
        if has(p.agreement_patterns, first) and has(p.authority_patterns, sig) \
                and not has(p.agreement_patterns, sig) and len(sig.split()) <= 25:
            out.append(f"{first} {sig}")
    return out


def _signoff_units(blocks: list[Block]) -> list[tuple[Block, str]]:
    """Each paragraph, and each table row read as one line ("Health sign-off | Dr Shah (DCO) | 3 March
    2026" -> "Health sign-off: Dr Shah (DCO), 3 March 2026"): the row says who agreed and when."""
    out: list[tuple[Block, str]] = []
    rows: dict[tuple[int, int], list[Block]] = {}
    for b in blocks:
        if b.kind == "heading":
            continue
        if b.kind == "table_cell" and b.table is not None and b.row is not None:
            if (b.table, b.row) not in rows:
                rows[(b.table, b.row)] = []
                out.append((b, ""))
            rows[(b.table, b.row)].append(b)
            continue
        out.append((b, strip_placeholders(b.text)))
    units: list[tuple[Block, str]] = []
    for b, text in out:
        cells = rows.get((b.table, b.row)) if not text and b.table is not None and b.row is not None else None
        if cells:
            parts = [" ".join(strip_placeholders(c.text).split()) for c in cells]
            parts = [x for x in parts if x]
            text = parts[0] + (": " + ", ".join(parts[1:]) if len(parts) > 1 else "") if parts else ""
            if len(cells) > 1:
                # also each cell on its own: a long cell may hold the whole sign-off sentence
                units.extend((c, strip_placeholders(c.text)) for c in cells)
        units.append((b, text))
    return units


# -- HC-THERAPY-PLACEMENT ---------------------------------------------------------------------

class TherapyPlacementParams(CareParams):
    g: ProvisionPatterns
    therapy_patterns: list[str] = Field(description="Therapy that educates or trains (SALT, OT)")
    except_patterns: list[str] = optional_list("Health uses of those therapies (swallowing, equipment) or cross-references to F")
    educates_patterns: list[str] = optional_list(
        "Therapy that says it teaches skills for learning ('sessions to develop his hand skills for writing'): "
        "misplaced whatever equipment it names, unless it points to F (f_reference_patterns)")
    f_reference_patterns: list[str] = optional_list("A pointer to Section F ('see Section F')")
    misplaced_level: int = 2
    placed_level: int = 4


@check("health_therapy_placement", TherapyPlacementParams)
@_on_g_provision("no therapy can be misplaced there.")
def health_therapy_placement(ctx: CheckContext, p: TherapyPlacementParams, real: list[Item]) -> Outcome:
    """Therapy that educates or trains the child (often SALT, OT) sits in F, not in G."""
    findings: list[Finding] = []
    for it in real:
        t = context_text(it)
        m = search(p.therapy_patterns, t)
        teaches = bool(search(p.educates_patterns, t)) and not search(p.f_reference_patterns, t)
        if m and (teaches or not search(p.except_patterns, t)):
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

@check("health_advice_providers", AdviceProvidersParams)
@_on_g_provision("no provider's advice is expected.")
def health_advice_providers(ctx: CheckContext, p: AdviceProvidersParams, real: list[Item]) -> Outcome:
    """Each health service that provides in G gave advice listed in K."""
    return advice_providers_outcome(ctx, p, real)
