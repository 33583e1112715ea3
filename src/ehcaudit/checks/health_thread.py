"""Health's golden thread: each health need in Section C is met by provision in Section G
(HC-NEEDS-MET) and leads to an outcome in Section E (HC-OUTCOMES).

Both read the national template's C–G–E rows (a row's need against its own provision or outcome
cell) and, in classic plans, the conditions the rubric recognises in C, read by clause. A health
need is a current condition, difficulty or risk (``_health_status``): a negation ends at its clause
("no difficulty walking but has epilepsy"), and a clause that says a condition is typical, clear,
fine or over ("seizure-free and off medication since 2019") states no need. Only a significant need
asks for an outcome: one C says affects the child's learning, communication, independence,
participation or day, or that staff act on; one managed or controlled away from school with no such
effect needs no outcome of its own. Split from ``health`` (the
DCO's checks of C, G, the advice and the sign-off), which it shares its readers with. The
clause-by-clause reading of C's conditions both checks use is in ``_health_c_reading``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pydantic import Field

from ehcaudit.checks._findings import item_finding, not_applicable, quote_of
from ehcaudit.checks._health_c_reading import (
    ConditionReading,
    conditions_by_sentence,
    first_named,
    mentions,
    needs_in,
    own_need,
)
from ehcaudit.checks._health_conditions import Condition, clinical_part
from ehcaudit.checks._health_f_pointer import FPointerParams, f_pointer_fallback
from ehcaudit.checks._health_reaction import serves_situation, situation_words
from ehcaudit.checks._health_unknown import named_in, unknown_needs
from ehcaudit.checks._items import Sentence, blocks_text, context_text, provision_items, thread_rows
from ehcaudit.checks._needs import NeedsReading
from ehcaudit.checks._outcome_refs import named_codes, own_codes
from ehcaudit.checks._params import ProvisionPatterns
from ehcaudit.checks._patterns import bare, is_blank, rx, search
from ehcaudit.checks.health import CNeedsPatterns, _c_blocks, _g_items
from ehcaudit.clauses import without_quoted_lists
from ehcaudit.model import Block
from ehcaudit.placeholders import strip_placeholders
from ehcaudit.results import Finding
from ehcaudit.rubric.registry import Bands, CheckContext, Outcome, check, optional_list
from ehcaudit.text import sentences
from ehcaudit.view import area

# -- the C–G–E thread, shared by HC-NEEDS-MET and HC-OUTCOMES ----------------------------------

#: For a row whose own cell is empty: ("met" | "none" | "unmet", evidence findings)
RowFallback = Callable[[Block, str], tuple[str, list[Finding]]]
#: For a row whose own cell is filled: each condition the rubric recognises in its C cell is read on
#: its own (need block, need text, cell text) -> (conditions, conditions served, findings); (0, 0, [])
#: when the C cell names none, and the filled cell serves the row
RowConditions = Callable[[Block, str, str], tuple[int, int, list[Finding]]]


def _thread_and_classic(ctx: CheckContext, c: CNeedsPatterns, role: str, empty: list[str], none: list[str],
                        unmet: str, met_msg: str, fallback: RowFallback | None = None,
                        per_condition: RowConditions | None = None) -> tuple[int, int, list[Finding], NeedsReading]:
    """Walk the national template's C–G–E rows: each row whose C cell states a need is met when its
    ``role`` cell ("provision" or "outcome") is filled (not ``empty``, not ``none``); ``unmet`` is the
    issue on the need, ``met_msg`` (with ``{need}``) the evidence on the cell. Returns (rows with a
    need, rows met, findings, and the reading of the classic C blocks outside those rows)."""
    plan = ctx.plan
    findings: list[Finding] = []
    total = met = 0
    thread_need_ids: set[int] = set()
    bare_rx = rx(c.bare_none_patterns)
    none_rows: list[Block] = []  # C cells that say there are no health needs
    for row in thread_rows(plan, "CGE"):
        thread_need_ids.update(row.need)
        need_text = blocks_text(plan, row.need)
        if is_blank(need_text, c.blank_patterns) or (c.pending_patterns and all(
                search(c.pending_patterns, t) for t in sentences(strip_placeholders(need_text)))):
            continue  # nothing described: "No health information received at the time of drafting" (HC-NEEDS's gap)
        if c.ignore_patterns and all(search(c.ignore_patterns, t) for t in sentences(strip_placeholders(need_text))):
            continue  # a row that says nothing about the child: health's sign-off line, a check that found nothing
        if search(c.none_patterns, need_text) or (bare_rx is not None and bare_rx.fullmatch(bare(need_text))):
            none_rows.append(plan.blocks[row.need[0]])
            continue
        cells = getattr(row, role)
        text = blocks_text(plan, cells)
        if not cells or is_blank(text, empty) or (none and search(none, text)):
            # the row's own cell is empty: ``fallback`` may find the need served elsewhere ("met")
            # or needing nothing of this kind ("none"), with its evidence
            status, got = fallback(plan.blocks[row.need[0]], need_text) if fallback is not None else ("unmet", [])
            findings.extend(got)
            if status == "none":
                continue
            total += 1
            if status == "met":
                met += 1
            else:
                findings.append(ctx.finding(plan.blocks[row.need[0]], unmet, quote=quote_of(need_text)))
            continue
        # a C cell may hold two conditions ("epilepsy ... He also wets the bed at night") and its
        # filled cell serve only one: each recognised condition must be served on its own
        n, ok, got = per_condition(plan.blocks[row.need[0]], need_text, text) if per_condition else (0, 0, [])
        if n and ok < n:
            total += n
            met += ok
            findings.extend(got)
            continue
        total += max(n, 1)
        met += max(n, 1)
        findings.append(ctx.finding(plan.blocks[cells[0]], met_msg.format(need=quote_of(need_text, 80).rstrip(".")),
                                    quote=quote_of(text), kind="evidence"))
    reading = c.read([b for b in _c_blocks(ctx) if b.id not in thread_need_ids])
    # a row's C cell that says there are none says so for the plan, as a classic Section C would
    # (the checks then say "Section C says there are no health needs", not that C describes none)
    reading.bare_none.extend(none_rows)
    return total, met, findings, reading


# -- HC-NEEDS-MET -----------------------------------------------------------------------------

class NeedsMetParams(ConditionReading, FPointerParams):
    g: ProvisionPatterns
    f_clinical_patterns: list[str] = optional_list(
        "A health professional or clinical service named in an item of Section F (a physiotherapist's "
        "programme, a speech and language therapist's eating plan): only such an item meets a health need "
        "from F. An educational adjustment by school staff (a toilet pass, a reminder) meets no health need "
        "that needs a clinical service. Empty: every F item may meet one")
    f_training_patterns: list[str] = optional_list(
        "Phrases in which a health professional only trains staff ('who will attend the continence nurse's "
        "training session', 'staff trained by the epilepsy nurse'): they are taken out of an F sentence before "
        "f_clinical_patterns are looked for, since training staff meets no clinical need by itself")
    f_treatment_patterns: list[str] = optional_list(
        "The treatment itself (a medicine, continence products): an F sentence that names a professional only "
        "as training staff still meets a need when it names one of these")
    reaction_patterns: list[str] = optional_list(
        "Words straight after a condition word that make it a reaction to a situation ('anxious about medical "
        "appointments'): in a C–G–E row whose G cell is filled, that cell is read as meeting it")
    bands: Bands = Field(description="Share of recognised health needs met in G -> level")
    unrecognised_level: int = Field(3, description="C describes needs none of the conditions recognise, and G has provision")
    no_provision_level: int = 1


def _reaction(cond: Condition, text: str, p: NeedsMetParams) -> bool:
    """Is the condition named as a reaction to a situation ("anxious about medical appointments")?"""
    m = mentions(text, cond.need, p)
    return bool(p.reaction_patterns) and m is not None and bool(search(p.reaction_patterns, text[m.end():m.end() + 20]))


def _situation_hit(cond: Condition, text: str, texts: list, p: NeedsMetParams):
    """For a condition named as a reaction to a situation, the provision that works on the situation."""
    m = mentions(text, cond.need, p) if _reaction(cond, text, p) else None
    words = situation_words(text, m.end()) if m is not None else set()
    return next((it for it, t in texts if serves_situation(words, t)), None)


def _cited_hit(cond: Condition, texts: list, e_blocks: list[Block]):
    """The G item that names by its code an outcome about the condition ("Trauma-focused therapy with a
    clinical psychologist ... (E6, E7)", where E6 is the outcome on getting to sleep, kept in a sleep
    diary): the plan itself says the provision works on that need. An outcome about another need, or
    an item naming no outcome, meets nothing this way."""
    pats = [*cond.need, *cond.provision]
    about = {k for b in e_blocks if search(pats, strip_placeholders(b.text)) for k in own_codes(b.text, b.subsection)}
    return next((it for it, t in texts if named_codes(t) & about), None) if about else None


def _pointed_hit(cond: Condition, block: Block, texts: list, p: NeedsMetParams):
    """The F item that meets a need whose own item of C says it is met in Section F ("Vision. ... her
    functional vision for learning is supported through Section F"): C itself says where the need is
    met, so any item of F that names it meets it, a teacher's as well as a health professional's."""
    if not search(p.f_pointer_patterns, strip_placeholders(block.text)):
        return None
    return next((it for it, t in texts if search(cond.provision, t)), None)


@check("health_needs_met", NeedsMetParams)
def health_needs_met(ctx: CheckContext, p: NeedsMetParams) -> Outcome:
    """Every health need in Section C is met by provision in Section G."""
    plan = ctx.plan
    real, _, _ = _g_items(ctx, p.g)
    g_texts = [(it, context_text(it)) for it in real]
    # therapy that meets a health need is often written in F (speech and language therapy for
    # swallowing, a physiotherapy programme in school): an auditor counts it as meeting the need
    # when a health professional or service gives or sets it, not school staff's own adjustments
    f_items = provision_items(area(plan, "provision"), p.g.blank_patterns, [], p.g.min_item_words)[0]
    f_texts = [(it, t) for it, t in ((it, clinical_part(context_text(it), p.f_clinical_patterns,
                                                           p.f_training_patterns, p.f_treatment_patterns)) for it in f_items) if t]

    def row_conditions(block: Block, need_text: str, cell_text: str) -> tuple[int, int, list[Finding]]:
        # each condition of the row's C cell met by its own G cell, or by provision elsewhere in G (or F)
        sents = [Sentence(t, block) for t in sentences(strip_placeholders(need_text))]
        # only the conditions C names as conditions of their own: a generic one (medication, chest
        # infections) or a symptom is about the row's own need, and a reaction to a situation ("very
        # anxious about medical appointments") is the situation's need, which the row's cell serves
        needs = [(c, s) for c, s in needs_in(sents, p) if not c.only_alone and not c.symptom
                 and not _reaction(c, s.text, p)]
        got: list[Finding] = []
        ok = 0
        for cond, s in needs:
            if search(cond.provision, cell_text) or any(search(cond.provision, t) for _, t in g_texts + f_texts):
                ok += 1
            else:
                got.append(ctx.finding(block, f"Health need ({cond.name}) in this row of the C–G–E table with no "
                                              "matching provision in its G cell or elsewhere in Section G (or F).",
                                       quote=quote_of(s.text)))
        return len(needs), ok, got

    total, met, findings, reading = _thread_and_classic(
        ctx, p.c, "provision", p.g.blank_patterns, p.g.none_patterns,
        "This health need has no provision in Section G (its row of the C–G–E table is empty).",
        "Meets the health need '{need}' in the same row of the C–G–E table.", per_condition=row_conditions,
        fallback=f_pointer_fallback(ctx, p.f_pointer_patterns, f_texts))
    e_blocks = area(plan, "outcomes")
    f_all = [(it, context_text(it)) for it in f_items]
    for cond, s in needs_in(reading.described, p):
        total += 1
        hit = next((it for it, t in g_texts if search(cond.provision, t)), None) \
            or next((it for it, t in f_texts if search(cond.provision, t)), None) \
            or _situation_hit(cond, s.text, g_texts + f_texts, p) or _cited_hit(cond, g_texts, e_blocks) \
            or _pointed_hit(cond, s.block, f_all, p)
        if hit is None:
            findings.append(ctx.finding(s.block, f"Health need ({cond.name}) with no matching provision in "
                                                 "Section G (or F).", quote=quote_of(s.text)))
        else:
            met += 1
            where = "" if hit.block.section == "G" else f" (in Section {hit.block.section})"
            findings.append(item_finding(ctx, hit, f"Meets the health need ({cond.name}) described in Section C"
                                                   f"{where}: '{quote_of(s.text, 100).rstrip('.')}'.", kind="evidence"))
    # a need in words the list does not know is still a need: G meets it when it names it
    # (read where C names none of the conditions the list knows: there the match was left to the auditor)
    provision_texts = [t for _, t in g_texts + f_texts]
    for block, text in (unknown_needs(reading.described, p) if not total and real else []):
        total += 1
        if named_in(text, provision_texts):
            met += 1
        else:
            findings.append(ctx.finding(block, "Health need with no provision in Section G (or F) that names it, "
                                               "the care it needs or the service that manages it.",
                                        quote=quote_of(text)))
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


# -- HC-OUTCOMES ------------------------------------------------------------------------------

class HealthOutcomesParams(ConditionReading):
    e_blank_patterns: list[str] = Field(description="Outcome cells that say nothing")
    managed_patterns: list[str] = optional_list("A need managed or monitored: 'managed with "
                                                                          "daily medicine', 'reviewed every 6 months'")
    impact_patterns: list[str] = optional_list("A need that affects learning or daily life: "
                                                                         "'tired', 'misses lessons', 'because of'")
    g_outcome_patterns: list[str] = optional_list(
        "A line of Section G that states the outcome its health provision works towards ('Health outcome: By "
        "March 2027, ... will ...'): an outcome is read wherever the plan writes it, beside E's")
    bands: Bands = Field(description="Share of health needs with an outcome in E -> level")


#: A service named as the one that prescribes, reviews or manages a condition ("reviewed by CAMHS").
_MANAGING_SERVICE = re.compile(r"\b(?:by|with|from|under) (?:the )?(?:CAMHS|CYPMHS|MHST|EWMHS|(?:[\w'’-]+ ){0,2}"
                               r"(?:clinic|service|team))\b", re.IGNORECASE)


def _condition_context(described: list, i: int, here: list[Condition], p: HealthOutcomesParams) -> str:
    """Sentence ``i`` of C and the sentences after it in the same block that go on about the same
    condition, up to the one that says how it is managed (at most two more; stopping at one that
    names another condition, other than a generic one such as medication)."""
    s = described[i]
    names = {c.name for c in here}
    parts = [s.text]
    for nxt in described[i + 1:i + 3]:
        if search(p.managed_patterns, " ".join(parts)) or nxt.block.id != s.block.id:
            break  # read on only until C says how it is managed: later sentences are about other things
        # a service named as who manages it ("reviewed by CAMHS") is no other condition
        rest = _MANAGING_SERVICE.sub(" ", nxt.text)
        other = [c for c in p.conditions if c.name not in names and not c.only_alone and mentions(rest, c.need, p)]
        if other:
            break
        parts.append(nxt.text)
    return " ".join(parts)


#: A sentence that goes on about the condition just named: "It often affects ...", "This means ...".
_BACK_REF = re.compile(r"^\W*(?:it|this|that|these|they|the condition)\b|\b(?:because of|due to|caused by|from) "
                       r"(?:it|this|that|them)\b", re.IGNORECASE)


def _goes_on(described: list, i: int, about: str, here: list[Condition], p: HealthOutcomesParams) -> str:
    """The sentence after the condition's context (``about``, read from sentence ``i``) when it
    goes on about the same condition in the same block ("Zara has asthma, managed at home. It
    often affects her concentration"): an impact said there is the condition's too."""
    s = described[i]
    j = i + 1
    while j < len(described) and described[j].text in about:
        j += 1
    if j >= len(described) or described[j].block.id != s.block.id:
        return ""
    t = described[j].text
    names = {c.name for c in here}
    if any(c.name not in names and not c.only_alone and mentions(t, c.need, p) for c in p.conditions):
        return ""
    return t if _BACK_REF.search(t) or any(mentions(t, c.need, p) for c in here) else ""


def _outcomes_of(ctx: CheckContext, p: HealthOutcomesParams, described: list, e_blocks: list[Block],
                 row: bool = False, always_only: bool = False, own: str | None = None
                 ) -> tuple[int, int, list[Finding], dict[str, Block], list[str]]:
    """Read C's sentences (``described``) for the conditions the rubric recognises and find an
    outcome in E for each: (needs, needs with an outcome, findings, the conditions managed with no
    impact -> their block, and those sentences). ``row``: the sentences are one C cell of the C–G–E
    table; when it is about one condition, an impact said anywhere in it ("... takes a daily laxative.
    When she is in pain she becomes distressed") is that condition's. ``always_only``: only the
    conditions that always need an outcome of their own (epilepsy, continence: not ``managed_ok``),
    for a row whose own outcome cell is filled and serves the rest; ``own``: the condition that row is
    about (named first in its C cell, "Epilepsy: ..."), which its filled cell serves too."""
    cell_impact = ""
    if row:
        names = {c.name for c in p.conditions if not c.only_alone and not c.symptom
                 and any(mentions(s.text, c.need, p) for s in described)}
        if len(names) <= 1:
            cell_impact = " ".join(s.text for s in described)
    findings: list[Finding] = []
    total = linked = 0
    seen: set[str] = set()
    managed: dict[str, Block] = {}  # condition -> the block that says it is managed
    managed_quote: list[str] = []
    for i, s, here, block_named, c_named in conditions_by_sentence(described, p):
        # a need fully managed (by medication, or monitored) with no impact on learning or daily
        # life needs no outcome of its own: "constipation, managed with daily medicine". C often
        # names the condition in one sentence and says how it is managed in the next ("Harri has
        # ADHD. He takes medication each morning ..."): read on in the same block until a sentence
        # names another condition
        about = _condition_context(described, i, here, p)
        quiet = bool(search(p.managed_patterns, about)) and not search(p.impact_patterns, about) \
            and not search(p.impact_patterns, _goes_on(described, i, about, here, p)) \
            and not (cell_impact and search(p.impact_patterns, cell_impact))
        for cond in here:
            if cond.name in seen or not own_need(cond, here, s, block_named, c_named, p) \
                    or (always_only and (cond.managed_ok or cond.only_alone or cond.symptom or cond.name == own)):
                continue
            if cond.managed_ok and quiet:
                if cond.name not in managed:
                    managed[cond.name] = s.block
                    managed_quote.append(s.text)
                    findings.append(ctx.finding(s.block, f"Health need ({cond.name}) managed or monitored with no "
                                                         "impact on learning or daily life described: no outcome of "
                                                         "its own is expected.", quote=quote_of(s.text),
                                                kind="evidence"))
                continue
            seen.add(cond.name)
            total += 1
            pats = [*cond.outcome, *cond.need, *cond.provision]
            # a list of quoted words is the vocabulary an outcome counts, not what it is about
            hit = next((b for b in e_blocks if search(pats, without_quoted_lists(strip_placeholders(b.text)))), None)
            if hit is None and cond.outcome_areas:
                # an outcome under the condition's area of need serves it ("Sensory and/or physical"
                # outcomes for cerebral palsy, "Social, emotional and mental health" ones for ADHD)
                hit = next((b for b in e_blocks if b.subsection and search(cond.outcome_areas, b.subsection)
                            and len(b.text.split()) >= 6), None)
            if hit is None:
                findings.append(ctx.finding(s.block, f"No outcome in Section E relates to this health need "
                                                     f"({cond.name}).", quote=quote_of(s.text)))
            else:
                linked += 1
                findings.append(ctx.finding(hit, f"Outcome for the health need ({cond.name}) in Section C: "
                                                 f"'{quote_of(s.text, 100).rstrip('.')}'.", quote=quote_of(hit.text),
                                            kind="evidence"))
    return total, linked, findings, managed, managed_quote


@check("health_outcomes", HealthOutcomesParams)
def health_outcomes(ctx: CheckContext, p: HealthOutcomesParams) -> Outcome:
    """Each health need in C leads to an outcome in E (the C–G–E golden thread)."""
    plan = ctx.plan
    e_blocks = [b for b in area(plan, "outcomes")
                if not is_blank(b.text, p.e_blank_patterns)]
    # an outcome the plan states beside its health provision ("Health outcome: By March 2027, ... will
    # ...") is an outcome for the need as much as one written in E
    e_blocks += [b for b in area(plan, "health_provision") if p.g_outcome_patterns
                 and search(p.g_outcome_patterns, strip_placeholders(b.text))]

    managed_rows: list[tuple[Block, str]] = []

    def row_fallback(block: Block, need_text: str) -> tuple[str, list[Finding]]:
        # a C–G–E row with no outcome of its own, read as an auditor reads classic C: an outcome
        # elsewhere in E that serves the condition, or a condition managed or monitored with no
        # impact described (no outcome expected); a row naming no recognised condition stays unmet
        sents = [Sentence(t, block) for t in sentences(strip_placeholders(need_text))]
        n, ok, got, quiet, said = _outcomes_of(ctx, p, sents, e_blocks, row=True)
        if quiet and not n:
            managed_rows.append((block, said[0]))
        if n:
            return ("met", [f for f in got if f.kind == "evidence"]) if ok == n else ("unmet", [])
        return ("none", got) if quiet else ("unmet", [])

    def row_conditions(block: Block, need_text: str, cell_text: str) -> tuple[int, int, list[Finding]]:
        # each condition of the row's C cell served by an outcome (its own cell's, or another in E)
        sents = [Sentence(t, block) for t in sentences(strip_placeholders(need_text))]
        n, ok, got, _, _ = _outcomes_of(ctx, p, sents, e_blocks, row=True, always_only=True,
                                        own=first_named(need_text, cell_text, p))
        return n, ok, [f for f in got if f.kind != "evidence"]

    total, linked, findings, reading = _thread_and_classic(
        ctx, p.c, "outcome", p.e_blank_patterns, [],
        "This health need has no outcome in Section E (its row of the C–G–E table has no outcome).",
        "Outcome for the health need '{need}' (same row of the C–G–E table).", fallback=row_fallback,
        per_condition=row_conditions)
    n, ok, got, managed, managed_quote = _outcomes_of(ctx, p, reading.described, e_blocks)
    total += n
    linked += ok
    findings.extend(got)
    if total:
        return Outcome(level=p.bands.level(linked / total), findings=findings)
    if managed or managed_rows:
        block, quote = (next(iter(managed.values())), managed_quote[0]) if managed else managed_rows[0]
        return not_applicable(ctx, "The health needs in Section C are managed or monitored with no impact on "
                                   "learning or daily life described, so no health outcome is expected.",
                              block=block, quote=quote)
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
