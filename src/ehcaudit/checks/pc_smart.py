"""PC-SMART: each outcome in Section E is specific, measurable and time-bound (split from
person_centred, which keeps the other person-centred checks)."""

from __future__ import annotations

import re

from pydantic import Field

from ehcaudit.checks._blank_columns import blank_rows
from ehcaudit.checks._outcome_groups import AS_ABOVE, outcome_groups
from ehcaudit.checks._outcome_provision import provision_hit
from ehcaudit.checks._outcome_unit import child_acts
from ehcaudit.checks._outcomes import (
    BARE_DATE,
    MEASURE_MEANS,
    dated_rows,
    e_blocks,
    is_outcome,
    is_stem,
    nested_tables,
    outcome_items,
    outcome_names,
    outcome_text,
    stated_measures,
)
from ehcaudit.checks._patterns import rx
from ehcaudit.checks._pc_reading import STATE_OUTCOME, bare_means, is_date_line
from ehcaudit.clauses import META_OUTCOME_RE, has_measure, without_time
from ehcaudit.model import Block
from ehcaudit.results import Finding
from ehcaudit.rubric.registry import Bands, CheckContext, Outcome, Params, check, optional_list


class SmartParams(Params):
    provision_nouns: list[str] = optional_list("As PC-OUTCOME-NOT-PROVISION's: a sentence "
                                                                          "that is provision, not an outcome, is left "
                                                                          "to that criterion")
    providers: list[str] = optional_list("As PC-OUTCOME-NOT-PROVISION's")
    provider_verbs: list[str] = optional_list("As PC-OUTCOME-NOT-PROVISION's")
    time_patterns: list[str] = Field(min_length=1, description="Regexes that make an outcome time-bound")
    measure_patterns: list[str] = Field(min_length=1, description="Regexes that make an outcome measurable")
    min_words: int = Field(8, ge=1, description="Fewer words than this is too thin to be specific")
    bands: Bands = Field(description="Share of outcomes that are specific, measurable and time-bound (0-1) -> level")


#: A measure that records only the provision's own delivery: "Sessions recorded by the Learning Mentor",
#: "Visits logged by the OT", "Attendance at the sessions kept on the register".
DELIVERY_RECORD = re.compile(r"^\W*(?:(?:attendance|number|count)\s+(?:at|of)\s+)?(?:the\s+|his\s+|her\s+|their\s+|my\s+)?"
                             r"(?:[\w-]+\s+)?(?:sessions?|visits?|meetings?|appointments?|check-ins?)\s+"
                             r"(?:(?:are|is|will\s+be)\s+)?(?:recorded|logged|noted|kept|registered|tracked|signed)\b"
                             r"(?![^.;]*\b(?:progress|scores?|targets?|levels?|out of|%)\b)", re.IGNORECASE)
#: An aim that points to the steps written under it: "The steps below are for the end of Year 5",
#: "The targets that follow break this down", "(see the small steps below)": measured by those steps.
STEPS_BELOW = re.compile(r"\b(?:steps|targets|milestones|outcomes)\s+(?:below|that\s+follow|listed\s+below|set\s+out\s+below)\b|"
                         r"\bthe\s+following\s+(?:steps|targets|milestones)\b", re.IGNORECASE)
#: A line that points to an outcome written elsewhere in the plan: "See the communication outcome: Maisie
#: will use her signs ...", "See outcome E2", "Refer to the outcome under Cognition and learning": the
#: outcome is judged where it is written, not again as one of its own.
CROSS_REFERENCE = re.compile(r"^\W*(?:please\s+)?(?:see|refer\s+to|as\s+(?:in|for|set\s+out\s+(?:in|under)))\s+(?:the\s+|his\s+|her\s+|their\s+|my\s+)?"
                             r"(?:[\w-]+\s+){0,4}?(?:outcomes?|targets?)\b(?:\s+(?:[A-Z]?\d+(?:\.\d+)?|under|in|for|above|below)\b)?",
                             re.IGNORECASE)
#: How widely or how often a state holds: "in all lessons", "every day", "daily" - a measure of a
#: behaviour ("will stay in class in all lessons"), but no measure of a feeling ("will be calmer in all
#: lessons": how would anyone know?).
_SCOPE = re.compile(r"\b(?:(?:in|at|on|during|across|throughout)\s+)?(?:every|each|all)\s+(?:(?:of\s+)?(?:his|her|their|my|the)\s+)?"
                    r"(?:[\w-]+\s+)?(?:days?|weeks?|lessons?|sessions?|mornings?|afternoons?|school\s+days?|classes|subjects?)\b|"
                    r"\b(?:daily|weekly|always)\b", re.IGNORECASE)
#: After a feeling or state, something the child does: "will be confident to read aloud", "will feel
#: calm enough to stay in class": the act is what is measured.
_STATE_ACT = re.compile(r"\b(?:enough\s+)?to\s+[a-z]+|\b(?:and|so that (?:he|she|they|I) (?:can|will))\s+(?:will\s+)?"
                        r"(?:use|uses|ask|asks|join|joins|take|takes|tell|tells|say|says|read|reads|write|writes|stay|stays|"
                        r"go|goes|attend|attends|manage|manages|follow|follows|make|makes|choose|chooses|complete|completes)\b",
                        re.IGNORECASE)


def state_free(text: str) -> str:
    """An outcome as its measure is read: an outcome that is only a feeling or a state ("By July 2027,
    Jade will be happier and more settled in all lessons") without how widely or how often it holds,
    which measures nothing anyone could see; any other outcome as it is."""
    m = STATE_OUTCOME.search(text)
    if m is None or _STATE_ACT.search(text[m.end():]):
        return text
    return text[:m.end()] + _SCOPE.sub(" ", text[m.end():])


#: A number in an outcome once its dates are taken out: a count, score or percentage the child reaches.
_COUNTED = re.compile(r"\d")


@check("smart_outcomes", SmartParams)
def smart_outcomes(ctx: CheckContext, p: SmartParams) -> Outcome:
    """Each outcome in E is specific, measurable and time-bound."""
    items = outcome_items(ctx)
    names = outcome_names(ctx)
    if not items:
        return Outcome(level=ctx.bottom, findings=[ctx.missing("E", "No outcomes were found in Section E.")])
    time_re = re.compile("|".join(p.time_patterns), re.IGNORECASE)
    measure_re = re.compile("|".join(f"(?:{x})" for x in p.measure_patterns), re.IGNORECASE)
    # provision written in E ("Jade will receive 1:1 support") is PC-OUTCOME-NOT-PROVISION's finding:
    # not counted again here
    nouns = rx(p.provision_nouns)
    providers = rx(p.providers)
    verbs = re.compile("|".join(p.provider_verbs), re.IGNORECASE) if p.provider_verbs else None
    # - unless the plan writes beside it how its progress will be measured and that names no measure
    # of the child ("Kai has a 1:1 mentor for all lessons. How progress will be measured: mentor
    # timetable"): the plan's own measure of this outcome measures nothing the child does
    prov_ids: set[tuple[int, str]] = set()
    if nouns is not None:
        prov_ids = {(b.id, b.text) for b in items if provision_hit(b.text, nouns, providers, verbs, made=False)}
        if len(prov_ids) == len(items):
            prov_ids = set()
    # a line about all the outcomes that sets their date ("All outcomes are for the end of Year 8
    # (July 2027)") makes each of them time-bound
    # and so does a heading over them ("Outcomes for the end of Year 7 (July 2027)")
    common_time = any((META_OUTCOME_RE.search(ln) or (re.search(r"\boutcomes\b", ln, re.IGNORECASE)
                                                     and not is_outcome(ln))) and time_re.search(ln)
                      for b in e_blocks(ctx) for ln in b.text.splitlines())
    # and so does a line giving only the date, above all of them ("To be achieved by July 2026")
    first = min(b.id for b in items)
    common_time = common_time or any(b.id < first and is_date_line(ln) and time_re.search(ln)
                                     for b in e_blocks(ctx) for ln in b.text.splitlines())
    # each item's place in its outcome: a medium-term outcome is measured by its steps and dated by
    # its title ("Medium-term outcome (by next phase transfer, July 2027)"); a step is dated by its
    # label or by the outcome it serves
    is_prov = (lambda t: bool(provision_hit(t, nouns, providers, verbs, made=False))) if nouns is not None else (lambda t: False)
    role: dict[tuple[int, str], tuple[str, bool]] = {}  # (block id, text) -> (title or label, measured by steps)
    extra: list[Block] = []  # an outcome that is provision and whose steps are all provision
    for g in outcome_groups(ctx):
        steps = [(s, lab) for s, lab in g.steps if not is_prov(s.text)]
        measured = any(has_measure(outcome_text(s.text), measure_re) for s, _ in steps)
        role[(g.main.id, g.main.text)] = (g.title, measured)
        # a step serves its outcome ("By July 2027, Zahra will ... / Steps this year: daily phonics"):
        # dated by it, and measured by it when the outcome names its measure
        main_measured = bool(has_measure(outcome_text(g.main.text), measure_re))
        for s, lab in steps:
            role[(s.id, s.text)] = (lab + " " + g.title + " " + g.main.text, main_measured)
        if g.steps and not steps and is_prov(g.main.text):
            extra.append(g.main)
    findings: list[Finding] = []
    good = 0
    seen: list[tuple[set[str], bool]] = []  # earlier outcomes' words and whether they are measured
    for b in extra:
        findings.append(ctx.finding(b, "This outcome and its steps describe provision, not what the child will "
                                       "achieve: nothing says how the child's progress will be measured."))
    # a measure written beside the outcome - a "How progress will be measured" line in its box or
    # column in its row - measures it when it names a means or a criterion (not "staff will see
    # that he is happier")
    # a stem over the outcomes that complete it ("By the time I start school (September 2027), I will..."
    # at the top of a column, or over a list) dates the cells of its column, or the lines after it
    # under the same sub-heading
    stems = [b for b in e_blocks(ctx) if is_stem(b.text) and time_re.search(b.text)]

    def under_stem(b: Block) -> bool:
        return any(s.id < b.id and s.subsection == b.subsection
                   and (s.table is None or (s.table == b.table and s.col == b.col)) for s in stems)

    beside = stated_measures(ctx)
    dated = dated_rows(ctx)  # a "By when" column dates the outcomes in its row
    blank = blank_rows(ctx)  # a row whose date and measure cells are both empty
    nested = nested_tables(ctx)  # an outcomes table inside one cell: each row's measure and date

    def nested_row(b: Block) -> tuple[list[str], str]:
        t = nested.get(b.id)
        key = " ".join(b.text.split())
        return (t.beside.get(key, []), t.dates.get(key, "")) if t is not None else ([], "")

    def measured_beside(b: Block, prov: bool = False) -> bool:
        # a bare means ("Observation") beside a feeling or state ("will be happier") names nothing observed
        state = bool(STATE_OUTCOME.search(b.text))
        # beside provision, a record of its own sessions ("Sessions recorded by the Learning Mentor")
        # measures the service delivered, not a change in the child
        return any((has_measure(m, measure_re) or MEASURE_MEANS.search(m)) and not (state and bare_means(m))
                   and not (prov and DELIVERY_RECORD.match(m))
                   for m in [*(x for key in (("block", b.id), ("row", b.id)) for x in beside.get(key, [])),
                             *nested_row(b)[0]])

    for b in items:
        if CROSS_REFERENCE.match(b.text):
            continue  # a pointer to an outcome written elsewhere: judged there
        lacking = []
        text = outcome_text(b.text)  # "1." or "E1.2" is the outcome's number, not a measure
        title, by_steps = role.get((b.id, b.text), ("", False))
        # a date in the outcome's own heading ("Short-term steps (by March 2027)") applies to it
        undated = (not common_time and not time_re.search(text) and not time_re.search(b.subsection or "")
                   and not time_re.search(title) and (b.table, b.row) not in dated and not under_stem(b)
                   and not (BARE_DATE.search(nested_row(b)[1]) or time_re.search(nested_row(b)[1])))
        prov = (b.id, b.text) in prov_ids
        stated = [m for key in (("block", b.id), ("row", b.id)) for m in beside.get(key, [])] + nested_row(b)[0]
        if prov and not time_re.search(text) and not stated and not by_steps and not child_acts(text, names):
            # staff, not the child, the subject of an outcome with no date and no measure beside it ("Staff
            # will help Ruby to make friends at playtime"; its "in all lessons" is how much is given, not a
            # measure of the child): nothing the child will do, so nothing specific, measurable or
            # time-bound (the child given something, "Ruby has a TA", is PC-OUTCOME-NOT-PROVISION's alone)
            findings.append(ctx.finding(b, "This outcome says what staff will do, not what the child will achieve, "
                                           "and gives no date and no measure of the child's progress."))
            continue
        if prov and undated and not by_steps and (not stated or measured_beside(b, prov)):
            # provision written as an outcome is no exception to "by when": with no date anywhere the plan
            # gives it ("Daniel has a 1:1 TA for all lessons"), it is not time-bound, and its amounts
            # (1:1, every week) measure what is given, not what the child achieves
            findings.append(ctx.finding(b, "This outcome describes provision the child will receive and gives no "
                                           "date: it does not say when it should be achieved or how the child's "
                                           "progress will be measured."))
            continue
        if prov and (not stated or measured_beside(b, prov)) and (b.table, b.row) not in blank:
            continue  # dated provision: PC-OUTCOME-NOT-PROVISION's finding alone
        if prov and (b.table, b.row) in blank:
            # written in the outcomes table as an outcome, its own "By when" and "How we will know"
            # cells left empty: the plan gives it no date and no measure
            findings.append(ctx.finding(b, "This outcome's date and measure are left blank in the table: it does not "
                                           "say when it should be achieved or how success will be measured."))
            continue
        if undated:
            lacking.append("when it should be achieved (time-bound)")
        words = {w for w in re.findall(r"[a-z]+", AS_ABOVE.sub("", text).lower()) if len(w) > 3}
        # provision's own quantities ("1:1", "every week") measure what is given, not the child's progress
        measured = ((not prov and bool(has_measure(state_free(text), measure_re))) or by_steps
                    or measured_beside(b, prov))
        if not measured and STEPS_BELOW.search(text):
            # "By the end of Year 6 we hope Hafsa will move to secondary school as a confident
            # communicator. The steps below are for the end of Year 5": the aim is measured by its steps
            later = items[items.index(b) + 1:]
            measured = any(has_measure(outcome_text(x.text), measure_re) for x in later)
        if not measured and AS_ABOVE.search(text):
            # "Ollie will walk across the garden without falling (as above)": measured where it was written
            measured = any(m and len(words & w) >= 0.7 * len(words) for w, m in seen)
        seen.append((words, measured))
        if not measured:  # dates, years and year groups are not measures
            lacking.append("how success will be measured")
        # a short outcome that sets a number on what the child does ("Amir's attendance will be 92% or
        # above") says exactly what will be different: specific however few its words
        if len(text.split()) < p.min_words and not _COUNTED.search(without_time(text)):
            lacking.append("enough detail to be specific")
        if lacking:
            findings.append(ctx.finding(b, "This outcome does not say " + "; or ".join(lacking) + "."))
        else:
            good += 1
            if good <= 2:
                findings.append(ctx.finding(b, "Specific, measurable and time-bound.", kind="evidence"))
    judged = good + sum(1 for f in findings if f.kind != "evidence")
    return Outcome(level=p.bands.level(good / max(judged, 1)), findings=findings)
