"""Currency of advice and review: Section K's advice items and the plan's review date."""

from __future__ import annotations

import datetime as dt
import re

from pydantic import Field

from ehcaudit.advice_age import (
    age_band,
    months_begun,
    months_between,
    months_text,
    reference_date,
    years_months,
)
from ehcaudit.checks._health_advice import only_therapy
from ehcaudit.checks._patterns import rx, rx1, search
from ehcaudit.clauses import negated
from ehcaudit.dates import find_dates
from ehcaudit.model import AdviceItem, Block
from ehcaudit.reader import advice as adv
from ehcaudit.results import Finding
from ehcaudit.rubric.registry import Bands, CheckContext, Outcome, Params, check, optional_list

KIND_NAMES = {
    "parent_young_person": "parent or young person",
    "educational": "educational",
    "health": "health (medical)",
    "psychological": "psychological (educational psychologist)",
    "social_care": "social care",
    "preparing_for_adulthood": "preparing for adulthood",
    "other": "other",
}


def _advice_finding(ctx: CheckContext, item: AdviceItem, message: str, kind: str = "issue") -> Finding:
    return Finding(section="K", location=item.location, quote=item.quote, message=message,
                   block_id=item.block_id, kind=kind)


def _no_advice(ctx: CheckContext) -> Outcome:
    if ctx.plan.found("K"):
        msg = "Section K lists no advice or information, so no item can be checked."
    else:
        msg = "Section K (advice and information) was not found, so the advice behind the plan is unknown."
    return Outcome(level=ctx.bottom, findings=[ctx.missing("K", msg)])


class AdviceDatedParams(Params):
    bands: Bands = Field(description="Share of advice items that are dated and attributed (0-1) -> level")


@check("advice_dated", AdviceDatedParams)
def advice_dated(ctx: CheckContext, p: AdviceDatedParams) -> Outcome:
    """Every advice item in Section K names who gave it and when."""
    items = ctx.plan.advice
    if not items:
        return _no_advice(ctx)
    findings: list[Finding] = []
    good = 0
    for item in items:
        missing = []
        if item.author is None:
            missing.append("who gave it")
        if item.date is None:
            missing.append("when it was given" if not item.date_text else f"a readable date ({item.date_text!r} is not one)")
        if missing:
            findings.append(_advice_finding(ctx, item, f"This advice does not say {' or '.join(missing)}."))
        else:
            good += 1
            findings.append(_advice_finding(
                ctx, item, f"Attributed (who: as quoted) and dated {item.date:%d/%m/%Y}.", kind="evidence"))
    share = good / len(items)
    return Outcome(level=p.bands.level(share), findings=findings)


class AdviceAgeParams(Params):
    good_months: int = Field(12, ge=1, description="Advice at most this old when the plan was issued is current")
    stale_months: int = Field(24, ge=1, description="Advice older than this is out of date")
    current_level: int = 3
    stale_level: int = 2
    old_level: int = 1
    all_current_level: int = Field(4, description="Level when every item is current and none is undated")


@check("advice_age", AdviceAgeParams)
def advice_age(ctx: CheckContext, p: AdviceAgeParams) -> Outcome:
    """Age of each advice item when the plan was issued (or last reviewed); the oldest decides."""
    items = ctx.plan.advice
    if not items:
        return _no_advice(ctx)
    ref_date, ref_name = _reference_date(ctx)
    findings: list[Finding] = []
    worst = p.all_current_level
    dated = [i for i in items if i.date is not None]
    if not dated:
        return Outcome(level=p.old_level, findings=[
            _advice_finding(ctx, i, "Undated: its age cannot be judged.") for i in items])
    for item in items:
        if item.date is None:
            worst = min(worst, p.current_level)
            findings.append(_advice_finding(ctx, item, "Undated: its age cannot be judged."))
            continue
        age = months_between(item.date, ref_date)
        reviewed = ctx.plan.front.last_review
        if age < 0 and reviewed is not None and ref_date < item.date <= max(reviewed, ref_date) and item.date <= ctx.as_of:
            # gathered for the annual review held after the plan was issued: as current as it gets
            findings.append(_advice_finding(
                ctx, item, f"Dated {item.date:%d/%m/%Y}, for the annual review of {reviewed:%d/%m/%Y}: current.",
                kind="evidence"))
            continue
        if age < 0:
            findings.append(_advice_finding(
                ctx, item, f"Dated {item.date:%d/%m/%Y}, after the {ref_name} ({ref_date:%d/%m/%Y}): check the date."))
            worst = min(worst, p.stale_level)
            continue
        band = age_band(age, p.good_months, p.stale_months)
        if band == "current":
            findings.append(_advice_finding(
                ctx, item, f"{months_text(age)} old at the {ref_name}: current (≤ {p.good_months} months).", kind="evidence"))
        elif band == "older":
            worst = min(worst, p.stale_level)
            findings.append(_advice_finding(
                ctx, item, f"{months_text(age)} old at the {ref_name}: older than {p.good_months} months; "
                "check it still describes the child as they are now."))
        else:
            worst = min(worst, p.old_level)
            findings.append(_advice_finding(
                ctx, item, f"{months_text(age)} ({years_months(age)}) old at the {ref_name}: "
                f"out of date (over {p.stale_months} months). New advice is needed."))
    return Outcome(level=worst, findings=findings)


def _reference_date(ctx: CheckContext) -> tuple[dt.date, str]:
    return reference_date(ctx.plan, ctx.as_of)


class SensoryAdvice(Params):
    name: str = Field(description="Plain name: 'a qualified teacher of the deaf'")
    need_patterns: list[str] = Field(min_length=1, description="Regexes: the impairment, as written in Sections B and C")
    advice_patterns: list[str] = Field(min_length=1, description="Regexes: the specialist teacher's advice in Section K")
    mild_patterns: list[str] = optional_list(
        "Regexes: a sentence naming the impairment this way describes a mild or temporary loss "
        "(glue ear) that needs no qualified teacher's advice ...")
    unless_patterns: list[str] = optional_list(
        "... unless the same sentence shows a lasting impairment (hearing aids, moderate or worse)")
    not_teacher_patterns: list[str] = optional_list(
        "Regexes: a K item from another role of a sensory service (habilitation, mobility) is not the "
        "qualified teacher's advice, unless it also names the teacher")
    teacher_patterns: list[str] = optional_list("Regexes: the qualified teacher, by name")
    ruled_out_before: list[str] = optional_list(
        "Regexes: in the clause before the impairment, words that rule it out ('not caused by', 'no') ...")
    ruled_out_after: list[str] = optional_list(
        "... or at the start of the clause after it ('has been ruled out', 'was found to be normal')")


class StatutoryAdviceParams(Params):
    required: list[str] = Field(description="Advice kinds the regulations require")
    from_year: dict[str, int] = Field(default_factory=dict, description="Kinds required only from a National Curriculum year")
    sensory: list[SensoryAdvice] = optional_list("For hearing or vision impairment, the "
                                                                           "qualified specialist teacher's advice (reg 6(3))")
    young_person_from_year: int | None = Field(
        None, description="From this National Curriculum year (12: over compulsory school age) the child is a young "
                          "person: the advice must be the young person's own, parents' views alone do not meet it")
    parent_patterns: list[str] = optional_list("A views/advice item from the parents or carers")
    joint_patterns: list[str] = optional_list("An item from the young person and the parents "
                                                                        "together, or the young person's own")
    capacity_patterns: list[str] = optional_list("The plan shows the young person lacks "
                                                                           "capacity: the parents may give the advice")
    missing_one_level: int = 2
    missing_more_level: int = 1


def _parents_only(items: list[AdviceItem], p: StatutoryAdviceParams) -> bool:
    """Every parent/young person item is the parents' (or carers') alone: none is the young person's."""
    par, joint = rx(p.parent_patterns), rx(p.joint_patterns)
    if par is None or not items:
        return False
    for i in items:
        label = f"{i.title} | {i.author or ''}"
        if not par.search(i.title) or (joint is not None and joint.search(label)):
            return False
    return True


@check("statutory_advice", StatutoryAdviceParams)
def statutory_advice(ctx: CheckContext, p: StatutoryAdviceParams) -> Outcome:
    """The advice the SEND Regulations 2014 (reg 6) require is present in Section K."""
    plan = ctx.plan
    if not plan.advice:
        return _no_advice(ctx)
    year = plan.front.year_on(ctx.as_of)
    assessed_in = _year_at_assessment(plan)
    findings: list[Finding] = []
    required = list(p.required)
    for kind, from_year in p.from_year.items():
        if assessed_in is not None and assessed_in[0] < from_year:
            # the plan records the year group when the advice was gathered: "Not required: Oscar
            # was in Year 7 when assessed"
            findings.append(ctx.finding(assessed_in[1], f"{KIND_NAMES.get(kind, kind).capitalize()} advice was not yet "
                                                        f"required: the assessment was in Year {assessed_in[0]}.",
                                        quote=assessed_in[1].text[:300], kind="evidence"))
        elif year is None or year >= from_year:
            required.append(kind)
    missing = []
    notes = adv.missing_notes(plan)
    for kind in required:
        # a joint item meets each kind it names ("Educational and preparing for adulthood advice")
        items = [i for i in plan.advice if kind in adv.kinds_named(i)]
        note = next(((b, t) for k, b, t in notes if k == kind), None)
        if items and note is not None and not _answers(items, note[1]):
            items = []  # "Medical advice | Requested … – not received": another health report is not it
        if kind == "health" and only_therapy(items):
            missing.append(kind)
            findings.append(_advice_finding(ctx, items[0], "Section K lists only therapy advice: no medical advice "
                                                           "(a doctor's, a paediatrician's or a health service's) is listed."))
            continue
        ref = plan.front.date_issued or ctx.as_of
        yp_year = plan.front.year_on(ref)
        if kind == "parent_young_person" and items and p.young_person_from_year is not None and yp_year is not None \
                and yp_year >= p.young_person_from_year and _parents_only(items, p) \
                and not any(search(p.capacity_patterns, b.text) for b in plan.blocks):
            # over compulsory school age the young person gives the advice (reg 6(1)(a), s.19 of
            # the Children and Families Act 2014): the parents' views alone do not meet it
            missing.append(kind)
            findings.append(_advice_finding(ctx, items[0], f"The child is a young person (Year {yp_year}): Section K "
                                                           "lists only the parents' views, no advice or views from "
                                                           "the young person."))
            continue
        if items:
            findings.append(_advice_finding(ctx, items[0], f"Statutory {KIND_NAMES.get(kind, kind)} advice is present.", kind="evidence"))
        elif note is not None:
            missing.append(kind)
            findings.append(ctx.finding(note[0], f"The statutory {KIND_NAMES.get(kind, kind)} advice was requested but "
                                                 "not received: the plan was finalised without it.", quote=note[1][:300]))
        else:
            missing.append(kind)
            why = ""
            if kind in p.from_year:
                why = f" (required from Year {p.from_year[kind]}; this plan is for Year {year})" if year is not None else \
                    " (required from Year 9; the plan does not say the child's year group)"
            findings.append(ctx.missing("K", f"No {KIND_NAMES.get(kind, kind)} advice is listed in Section K{why}."))
    for sa in p.sensory:
        need_rx, adv_rx = rx1(sa.need_patterns), rx1(sa.advice_patterns)
        need = next((b for b in plan.blocks_in("B", "C") if _needs_teacher(b.text, need_rx, sa)), None)
        if need is None:
            continue
        # the specialist teacher's advice: a social care team for sensory impairment, or a
        # habilitation specialist of the sensory service, is not it
        item = next((i for i in plan.advice if i.kind != "social_care"
                     and adv_rx.search(f"{i.title} {i.author or ''} {i.quote}")
                     and not _other_role(f"{i.title} {i.author or ''}", sa)), None)
        if item is not None:
            findings.append(_advice_finding(ctx, item, f"Advice from {sa.name} is present.", kind="evidence"))
        else:
            missing.append(sa.name)
            findings.append(ctx.finding(need, f"The plan describes this impairment, but Section K lists no advice from "
                                              f"{sa.name}.", quote=need.text[:300]))
    if not missing:
        level = ctx.top
    elif len(missing) == 1:
        level = p.missing_one_level
    else:
        level = p.missing_more_level
    return Outcome(level=level, findings=findings)



def _needs_teacher(text: str, need_rx: re.Pattern[str], sa: SensoryAdvice) -> bool:
    """Does this B/C text describe an impairment for which reg 6(3) wants the qualified teacher's
    advice? A sentence that names only a mild or temporary loss ("mild hearing loss caused by glue
    ear") does not, unless it also shows a lasting one (hearing aids, a moderate or worse loss);
    nor one that names the impairment only to rule it out."""
    mild, unless = rx(sa.mild_patterns), rx(sa.unless_patterns)
    before, after = rx(sa.ruled_out_before), rx(sa.ruled_out_after)
    for sent in re.split(r"(?<=[.;!?])\s+", text):
        # an impairment named only to rule it out ("his difficulties are not caused by hearing
        # loss") is not one the child has
        if not any(not negated(sent, m.start(), m.end(), before, after) for m in need_rx.finditer(sent)):
            continue
        if mild is not None and mild.search(sent) and not (unless is not None and unless.search(sent)):
            continue
        return True
    return False


def _other_role(text: str, sa: SensoryAdvice) -> bool:
    other, teacher = rx(sa.not_teacher_patterns), rx(sa.teacher_patterns)
    return other is not None and bool(other.search(text)) and not (teacher is not None and teacher.search(text))


#: "Oscar was in Year 7 when assessed", "assessed in Year 8", "at the assessment (Year 7)".
_ASSESSED_YEAR_RE = re.compile(
    r"\b(?:assess(?:ed|ment)\b[^.;|]{0,40}?\b(?:in|during)\s+(?:NC\s+)?Year\s+(\d{1,2})"
    r"|(?:was|were)\s+in\s+(?:NC\s+)?Year\s+(\d{1,2})\s+(?:when|at the time)\b[^.;|]{0,30}?\bassess)", re.IGNORECASE)


_NOT_DUE_RE = re.compile(r"\bnot (?:yet )?(?:required|applicable|needed|due|sought|requested)\b|\bn/a\b", re.IGNORECASE)


def _year_at_assessment(plan) -> tuple[int, Block] | None:
    """The year group the plan says the child was in when the advice was gathered, as Section K
    records it to say an advice was not due ("Not required: Oscar was in Year 7 when assessed")."""
    k = plan.blocks_in("K")
    for b in k:
        m = _ASSESSED_YEAR_RE.search(b.text)
        if not m:
            continue
        row = " | ".join(x.text for x in k if x is b or (b.table is not None and (x.table, x.row) == (b.table, b.row)))
        if _NOT_DUE_RE.search(row):
            return int(m.group(1) or m.group(2)), b
    return None


_TITLE_WORD_RE = re.compile(r"[a-z]{4,}")


def _answers(items: list[AdviceItem], note: str) -> bool:
    """Does a received item answer the request in ``note``: the same advice (by its title words),
    or an item that is the statutory advice of that kind named outright ("Medical advice – Dr
    Shah, Consultant Paediatrician"), which one other service's report never received ("CAMHS |
    Requested – not received") does not unmake?"""
    asked = set(_TITLE_WORD_RE.findall(note.split("|")[0].lower())) - {"advice", "information", "report", "requested"}
    return not asked or any(asked & set(_TITLE_WORD_RE.findall(i.title.lower())) or adv.names_kind(i.title)
                            for i in items)


class AnnualReviewParams(Params):
    months: Bands = Field(description="Months since the plan was issued or last reviewed -> level")


@check("annual_review", AnnualReviewParams)
def annual_review(ctx: CheckContext, p: AnnualReviewParams) -> Outcome:
    """The plan was issued or last reviewed recently enough, as of the audit date."""
    plan = ctx.plan
    fm = plan.front
    # a "Review date" after the audit date is the next review, not one that was held
    reviewed = fm.last_review if fm.last_review is not None and fm.last_review <= ctx.as_of else None
    candidates = [(d, name, label) for d, name, label in (
        (reviewed, "last annual review", "date of last annual review"),
        (fm.date_issued, "date issued", "date issued"),
    ) if d is not None]
    if not candidates:
        return Outcome(level=ctx.bottom, findings=[Finding(
            section="-", location="Front matter", quote="",
            message="The plan gives neither its issue date nor the date of its last annual review"
                    + (" (the review date it gives is still to come)." if fm.last_review else "."))])
    latest, name, label = max(candidates, key=lambda c: c[0])
    quote = _front_quote(ctx, label, latest)
    age = months_between(latest, ctx.as_of)
    begun = months_begun(latest, ctx.as_of)  # 12 months and 2 weeks is over 12 months: the review is due
    level = p.months.level(begun)
    if age < 0:
        msg = f"The {name} ({latest:%d/%m/%Y}) is after the audit date ({ctx.as_of:%d/%m/%Y}): check the date."
        return Outcome(level=ctx.bottom + 1 if ctx.top > 2 else ctx.bottom, findings=[quote.model_copy(update={"message": msg})])
    span = months_text(age) if begun == age else f"more than {months_text(age)}"
    if ctx.passes(level):
        msg = f"{name.capitalize()} {latest:%d/%m/%Y}: {span} before the audit date, within 12 months."
        kind = "evidence"
    else:
        msg = (f"{name.capitalize()} {latest:%d/%m/%Y}: {span} ({'over ' if begun > age else ''}{years_months(age)}) "
               "before the audit date. Plans must be reviewed at least every 12 months.")
        kind = "issue"
    return Outcome(level=level, findings=[quote.model_copy(update={"message": msg, "kind": kind})])


def _front_quote(ctx: CheckContext, label: str, date: dt.date) -> Finding:
    """Find the front-matter block that states the date, to quote it."""

    for b in ctx.plan.blocks:
        if b.section is not None and b.section not in ("A",):
            continue
        for d, *_ in find_dates(b.text):
            if d == date:
                return Finding(section=b.section or "-", location=b.location, quote=b.text.strip()[:300],
                               message="", block_id=b.id)
    return Finding(section="-", location="Front matter", quote=f"{label}: {date:%d/%m/%Y}", message="")
