"""PR-OUTCOME-LINK, the golden thread: each outcome in E is served by provision, and each need in B
has provision in F (by area of need, by the provision a need names, and by specific needs an auditor
looks for one by one). Split from provision.py, which keeps PR-QUANTIFIED and the item rules."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from pydantic import Field

from ehcaudit.checks._findings import quote_of
from ehcaudit.checks._items import blocks_text, thread_rows
from ehcaudit.checks._params import CareParams
from ehcaudit.checks._patterns import has, is_blank, rx, search
from ehcaudit.checks._thread_link import need_met_in_area
from ehcaudit.checks._words import content_stems, shared
from ehcaudit.checks.person_centred import outcome_blocks
from ehcaudit.checks.provision import ItemRules, _is_title, f_blocks, split_items
from ehcaudit.clauses import is_label, ruled_out
from ehcaudit.model import Block, Plan
from ehcaudit.placeholders import strip_placeholders
from ehcaudit.results import Finding
from ehcaudit.rubric.registry import Bands, CheckContext, Outcome, optional_list
from ehcaudit.rubric.registry import check as register
from ehcaudit.text import sentences
from ehcaudit.view import area, box_label

_COMM = "communication and interaction"

# -- PR-OUTCOME-LINK ------------------------------------------------------------------------------


class NeedArea(CareParams):
    name: str = Field(description="Area of need, e.g. 'communication and interaction'")
    patterns: list[str] = Field(min_length=1, description="Words that place a need, outcome or provision in this area")


class NeedTopic(CareParams):
    name: str = Field(description="A specific need within an area, e.g. 'handwriting and fine motor skills'")
    need: list[str] = Field(min_length=1, description="Words that show this need in a sentence of B")
    provision: list[str] = Field(min_length=1, description="Words that show provision for it in F-H (or a sub-heading "
                                                           "over provision there: 'Sensory')")
    need_alone: bool = Field(False, description="These words show a need on their own ('mouths objects', 'seeks deep "
                                                "pressure'), without a word of difficulty in the sentence")
    in_outcomes: bool = Field(False, description="An outcome in E on this topic ('travel alone by bus to college', 'cook "
                                                 "3 simple meals') also needs provision on it in F-H, even in a row whose "
                                                 "provision serves another outcome")


class OutcomeLinkParams(CareParams):
    items: ItemRules
    blank_patterns: list[str] = Field(description="Cells that say nothing ('TBC', 'n/a')")
    stop_words: list[str] = Field(description="Words too common to link an outcome to provision")
    min_shared: int = Field(2, ge=1, description="Content words an outcome and a provision item must share to link")
    specific_word_length: int = Field(99, ge=3, description="One shared content word at least this long links on its own")
    areas: list[NeedArea] = Field(min_length=1, description="Areas of need: an outcome and provision in the same area link")
    need_skip_patterns: list[str] = optional_list("Sentences in B that are not needs (strengths)")
    need_skip_location_patterns: list[str] = optional_list("Blocks in B (by location or sub-heading) that are not needs: the 'Strengths' box")
    min_outcome_words: int = Field(4, ge=1)
    min_pasted_words: int = Field(6, ge=1, description="Identical provision this long, repeated, counts as pasted")
    bands: Bands = Field(description="Share of outcomes and needs served by provision (0-1) -> level")
    pasted_level: int = Field(2, description="Highest level when identical provision is pasted against several outcomes")
    unmet_need_level: int | None = Field(None, description="Highest level when an area of need described in B has no "
                                                           "provision in F at all (a clear gap, as an auditor grades it)")
    no_outcomes_level: int = 1
    max_evidence: int = Field(3, ge=1)
    need_patterns: list[str] = optional_list("A sentence in B is a need when it says what the child finds hard "
                                          "(difficulty, cannot, delay, diagnosed...); a strength or a heading is not")
    named_provision_patterns: list[str] = optional_list("A need in B that names the provision or teaching it calls for ('the educational psychologist "
                    "recommends a structured reading intervention', 'he needs to learn safe routes'): the group "
                    "'what' is that provision, which F-H must provide (a shared content word), or the need is a "
                    "clear gap")
    topics: list[NeedTopic] = optional_list("Specific needs (handwriting, noise sensitivity, toileting, travel, reading) an auditor looks "
                    "for in F one by one: a need sentence in B on a topic with no provision on it in F-H is a clear "
                    "gap, even when other provision covers the same area")
    named_provision_end_patterns: list[str] = optional_list("Where the named provision's words end ('so that', 'because')")
    named_provision_generic_words: list[str] = optional_list("Words that do not say which provision is meant ('structured', "
                                          "'intervention', 'support'): a named provision of only these is not judged")
    unlinked_outcome_level: int | None = Field(
        None, description="When set, the level an outcome the wording heuristic cannot link brings (the auditor "
                          "confirms it) instead of the share of outcomes linked")
    empty_row_level: int | None = Field(None, description="Highest level when a national-template row has a need or "
                                                          "an outcome and an empty provision cell")
    none_provision_patterns: list[str] = optional_list("A provision cell saying there is none ('No provision is required in this "
                                                       "area'): the same words in several rows are not pasted provision")
    approach_need_patterns: list[str] = optional_list("A need in a B–F–E row of its own (no provision, no outcome) that says how the child must be "
                    "taught ('Needs tasks taught step by step and practised many times'): met by the provision in "
                    "the other rows of its area's table, not an empty row")


#: A column header over outcomes: "Outcome", "Outcomes (by July 2027)", "Target", "Steps".
_OUTCOME_HEADER = re.compile(r"^\W*(?:outcomes?|targets?|aims?|goals?|steps?|short[- ]term (?:outcomes?|targets?|steps?))\b",
                             re.IGNORECASE)
#: A short column header: a label or a question with no figures and no full stop ("How we will know",
#: "By when", "Who will check", "Evidence of progress").
_SHORT_HEADER = re.compile(r"^[A-Za-z][A-Za-z'’ /&()-]{0,50}\??$")


#: A labelled part of the outcome above it, on a line of its own: "Measure: Exam board result.", "Review:
#: Termly, with the nurse.", "How we will know: ...". It says how that outcome is checked; it is not an
#: outcome to be served by provision.
_OUTCOME_PART_RE = re.compile(r"^\W*(?:measures?|measured by|reviews?|reviewed|evidence|how (?:we|you|I|they) will know|"
                              r"success criteria|target date|by when|who will (?:check|measure|review)|monitoring|"
                              r"recorded by|progress check)\s*:"
                              # a line about the outcomes, not one ("Ethan's outcomes follow the Preparing for Adulthood areas")
                              r"|^\W*(?:[A-Z][\w-]+['’]s|his|her|their|these|the) outcomes (?:follow|are grouped|cover)\b"
                              # when they are due ("Outcomes are to be achieved by the end of Year 1 (July 2027).",
                              # "These outcomes are for the end of Year 2 unless another date is given")
                              r"|^\W*(?:(?:[A-Z][\w-]+['’]s|his|her|their|these|the|all(?: of)?(?: the)?) )?outcomes "
                              r"(?:are|will be|should be) (?:to be )?(?:achieved|met|reached|reviewed|for)\b",
                              re.IGNORECASE)


def _header_row_cells(plan: Plan) -> set[int]:
    """Cells of a header row inside a table of outcomes, wherever it stands (a council's layout may
    repeat "Outcome | How we will know" under each section's letter): one cell heads the outcome
    column and every cell is a short header (at most six words, no figures, no full stop)."""
    rows: dict[tuple[int, int], list[Block]] = {}
    for b in plan.blocks_in("E"):
        if b.kind == "table_cell" and b.table is not None and b.row is not None:
            rows.setdefault((b.table, b.row), []).append(b)
    out: set[int] = set()
    for cells in rows.values():
        texts = [" ".join(c.text.split()) for c in cells if c.text.strip()]
        if len(texts) >= 2 and any(_OUTCOME_HEADER.match(t) and len(t.split()) <= 6 for t in texts) \
                and all(len(t.split()) <= 6 and _SHORT_HEADER.match(t) for t in texts):
            out.update(c.id for c in cells)
    return out


def _areas(text: str, p: OutcomeLinkParams) -> set[str]:
    return {a.name for a in p.areas if has(a.patterns, text)}


def _norm(text: str) -> str:
    text = text.rsplit(":; ", 1)[-1]  # drop a lead-in line ("Reading:") merged into the item
    return re.sub(r"[^a-z0-9]+", " ", strip_placeholders(text).lower()).strip()


def _names(ctx: CheckContext) -> list[str]:
    known = ctx.plan.front.known_as or ""
    return known.split()


#: A compound naming an approach by its first part: "SCERTS-informed", "Lego-based", "trauma-informed".
_COMPOUND = re.compile(r"\b([A-Za-z]{3,})-(informed|based|led|style|type|focused|aware|specific)\b", re.IGNORECASE)


def _split_compounds(text: str) -> str:
    """'a SCERTS-informed approach' -> 'a SCERTS informed approach': the approach is named by its first part,
    as F writes it ('Whole-class SCERTS approach')."""
    return _COMPOUND.sub(r"\1 \2", text)


def _named_provisions(text: str, p: OutcomeLinkParams) -> list[str]:
    """The provisions a need sentence names as what it calls for: the words after 'recommends',
    'needs to learn', 'would benefit from', up to 'so that' or the clause's end."""
    lead, end = rx(p.named_provision_patterns), rx(p.named_provision_end_patterns)
    out = []
    for m in lead.finditer(text) if lead is not None else ():
        what = text[m.end(): m.end() + 90]
        e = end.search(what) if end is not None else None
        if e:
            what = what[: e.start()]
        if what.strip():
            out.append(what.strip())
    return out


def _need_blocks(plan: Plan, threaded: set[int], p: OutcomeLinkParams) -> Iterator[Block]:
    """Section B's blocks that state needs: not those already threaded to provision in a row of
    their own, nor boxes whose label is skipped (e.g. a history)."""
    for b in plan.blocks_in("B"):
        if b.id not in threaded and not search(p.need_skip_location_patterns, box_label(b)):
            yield b


def _need_sentences(b: Block, p: OutcomeLinkParams) -> Iterator[str]:
    """The block's sentences that may state a need (not labels, not skipped sentences)."""
    for sent in sentences(strip_placeholders(b.text)):
        if not search(p.need_skip_patterns, sent) and not is_label(sent):
            yield sent


def _named_provision_gaps(ctx: CheckContext, p: OutcomeLinkParams, threaded: set[int], names: list[str],
                          findings: list[Finding], evidence: list[Finding]) -> int:
    """Count needs in B naming a provision (a recommendation, a skill to be taught) that nothing in
    F-H provides: an auditor reads each need in B and looks for what meets it in F."""
    if not (p.named_provision_patterns or p.topics):
        return 0
    plan = ctx.plan
    prov_text = _split_compounds(" ".join(b.text for b in f_blocks(plan) + area(plan, "health_provision")
                                          + area(plan, "social_care_provision")))
    prov_stems = content_stems(prov_text, p.stop_words, names)
    # a sub-heading over provision ("Sensory") says what the provision under it is for
    subs = " ".join(dict.fromkeys(b.subsection for b in f_blocks(plan) + area(plan, "health_provision")
                                  + area(plan, "social_care_provision") if b.subsection))
    topic_text = f"{prov_text} {subs}"
    if not prov_stems:
        return 0  # no provision at all: the level says so already
    gaps = _outcome_topic_gaps(ctx, p, topic_text, findings)
    # an outcome in the row of a provision says what it is for ("take off her coat and shoes" | "OT programme")
    need_text = " ".join([topic_text, *(plan.blocks[i].text for r in plan.threads if r.provision for i in r.outcome)])
    generic = tuple(p.stop_words) + tuple(p.named_provision_generic_words)
    topics_seen: set[str] = set()
    for b in _need_blocks(plan, threaded, p):
        for sent in _need_sentences(b, p):
            is_need = not p.need_patterns or has(p.need_patterns, sent)
            kept = ruled_out(sent)[0]  # "rather than because of a sensory processing difficulty": not her need
            for t in p.topics:
                if t.name in topics_seen or not (is_need or t.need_alone) or not has(t.need, kept):
                    continue
                topics_seen.add(t.name)
                if has(t.provision, need_text):
                    continue
                gaps += 1
                findings.append(ctx.finding(b, f"This need ({t.name}) has no provision in Sections F–H: say "
                                               "what will meet it.", quote=quote_of(sent)))
            for what in _named_provisions(sent, p):
                stems = content_stems(_split_compounds(what), generic, names)
                if not stems:
                    continue
                # "needs to learn to keep herself safe": met by provision on that topic, or by shared words
                met = next((t.name for t in p.topics if has(t.need, what) and has(t.provision, need_text)), None)
                common = shared(stems, prov_stems)
                if met or common:
                    how = f"provision on {met}" if met else f"shares {', '.join(repr(w) for w in common[:3])}"
                    evidence.append(ctx.finding(b, f"The provision this need calls for ('{quote_of(what, 80)}') "
                                                   f"is in Sections F–H ({how}).", quote=quote_of(sent), kind="evidence"))
                    continue
                gaps += 1
                findings.append(ctx.finding(b, f"Section B says this need calls for '{quote_of(what, 80)}', but no "
                                               "provision in Sections F–H provides it: say what will meet this need.",
                                            quote=quote_of(sent)))
    return gaps


#: Where an outcome's headline ends: a second outcome joined on ("... and will cook two meals a week";
#: "; he will also ..."), which an auditor reads as secondary to the first.
_HEADLINE = re.compile(r";|\band (?:(?:he|she|they|[A-Z][a-z]+) )?(?:will|can)\b")


def _outcome_topic_gaps(ctx: CheckContext, p: OutcomeLinkParams, topic_text: str, findings: list[Finding]) -> int:
    """Count outcomes in E on a specific topic (travelling alone, cooking) with no provision on that topic
    anywhere in F-H: an auditor reads each outcome, also each of several in one row's outcome cell, and
    looks for what teaches it; provision serving the row's other outcome does not."""
    topics = [t for t in p.topics if t.in_outcomes]
    if not topics:
        return 0
    plan = ctx.plan
    blocks = list(outcome_blocks(ctx))
    for row in plan.threads:
        blocks.extend(plan.blocks[i] for i in row.outcome if i < len(plan.blocks))
    gaps = 0
    seen: set[str] = set()
    for b in blocks:
        for line in (_HEADLINE.split(ln.strip(), 1)[0] for ln in b.text.splitlines()):
            for t in topics:
                if t.name in seen or not line or not has(t.need, line):
                    continue
                seen.add(t.name)
                if not has(t.provision, topic_text):
                    gaps += 1
                    findings.append(ctx.finding(b, f"This outcome ({t.name}) has no provision on it in Sections F–H: "
                                                   "say what will teach it.", quote=quote_of(line)))
    return gaps


def _provision_below(plan: Plan, rows: list, i: int, out: list[Block], need: list[Block],
                     prov: list[Block]) -> list[int]:
    """The provision of the rows under a heading row: a row holding only an outcome whose first line
    is a title ("Learning" over "Long-term outcome (end of phase): ..."), the rows after it in the same
    table (up to the next such row) holding provision. An outcome row with an empty provision cell
    and no title is a gap, not a heading."""
    if prov or need or len(out) != 1 or "\n" not in out[0].text.strip():
        return []
    first = out[0].text.strip().splitlines()[0]
    if not _is_title(first) or _is_title(out[0].text):
        return []
    ids: list[int] = []
    for nxt in rows[i + 1:]:
        blocks = [plan.blocks[b] for b in nxt.provision + nxt.outcome + nxt.need if b < len(plan.blocks)]
        if not blocks or blocks[0].table != out[0].table or not nxt.provision:
            break
        ids.extend(nxt.provision)
    return ids


def _row_outcome_areas(plan: Plan, p: OutcomeLinkParams, filled: Callable[[list[int]], list[Block]]) -> set[str]:
    """Areas addressed by provision in a row beside an outcome whose title names its area ("E3 (Social,
    emotional and mental health)" over the outcome, "F5. Visual timetable ..." in the same row): an
    auditor reads the outcome's area from its row, and the provision there addresses it."""
    out: set[str] = set()
    for row in plan.threads:
        outs = filled(row.outcome)
        if not (outs and filled(row.provision)):
            continue
        first = outs[0].text.strip().splitlines()[0] if outs[0].text.strip() else ""
        if first and len(first.split()) <= 10 and not first.rstrip().endswith("."):
            out |= _areas(first, p)
    return out


@register("outcome_link", OutcomeLinkParams)
def outcome_link(ctx: CheckContext, p: OutcomeLinkParams) -> Outcome:
    """Each outcome in E is served by provision, and each need in B has provision (the golden thread)."""
    plan = ctx.plan
    findings: list[Finding] = []
    evidence: list[Finding] = []
    total = served = 0
    threaded: set[int] = set()
    for row in plan.threads:
        threaded.update(row.need + row.provision + row.outcome)

    def filled(ids: list[int]) -> list[Block]:
        return [plan.blocks[i] for i in ids if i < len(plan.blocks)
                and not is_blank(plan.blocks[i].text, p.blank_patterns)]

    # National template: each B | F | E row states the link explicitly.
    row_provisions: list[tuple[Block, str, str]] = []
    empty_rows = 0
    unlinked = 0
    g_only = 0
    # each area's table rows that have provision: a need on how the child must be taught, in a row
    # of its own, is met by them
    area_provision = {row.area: row.provision for row in thread_rows(plan, "BFE") if filled(row.provision)}
    bfe = thread_rows(plan, "BFE")
    for ri, row in enumerate(bfe):
        need, prov, out = filled(row.need), filled(row.provision), filled(row.outcome)
        if not (need or prov or out):
            continue
        area = f" ({row.area})" if row.area else ""
        below = _provision_below(plan, bfe, ri, out, need, prov)
        if below:
            # a titled row standing over its short-term targets ("Learning / Long-term outcome (end of
            # phase): ..." merged across the table): served by the provision in the rows under it
            total += 1
            served += 1
            evidence.append(ctx.finding(out[0], f"Golden thread{area}: this outcome heads the rows under it, "
                                                f"served by their provision: '{quote_of(blocks_text(plan, below), 160)}'.",
                                        quote=quote_of(out[0].text), kind="evidence"))
            continue
        if not prov and all(_is_title(b.text) for b in need + out) \
                and not any(has(p.need_patterns, b.text) for b in need):
            # a title row across the table ("E.2 / F.2 Preparing for adulthood"); a note ("Finds it hard ...") is a need
            continue
        if need and not (prov or out) and row.area in area_provision and (has(p.approach_need_patterns, need[0].text)
                or need_met_in_area(need[0].text, blocks_text(plan, area_provision[row.area]), p.stop_words,
                                    _names(ctx), p.min_shared, p.specific_word_length)):
            total += 1
            served += 1
            evidence.append(ctx.finding(need[0], f"Golden thread{area}: this need (a row of its own) is met "
                                                  "by the provision in its area's table: "
                                                  f"'{quote_of(blocks_text(plan, area_provision[row.area]), 160)}'.",
                                        quote=quote_of(need[0].text), kind="evidence"))
            continue
        if prov:
            # the row's provision cells together (a "Who" cell naming one service in every row is not pasting)
            row_provisions.append((prov[0], _norm(" ".join(b.text for b in prov)), row.area or ""))
            n = (1 if out else 0) + (1 if need else 0)
            served += n
            total += n
            for cell in (out or need)[:1]:
                evidence.append(ctx.finding(cell, f"Golden thread{area}: served by the provision in the same row: "
                                                  f"'{quote_of(blocks_text(plan, row.provision), 160)}'.",
                                            quote=quote_of(cell.text), kind="evidence"))
            continue
        for cells, what in ((out[:1], "outcome"), (need[:1], "need")):
            for b in cells:
                total += 1
                empty_rows += 1
                findings.append(ctx.finding(b, f"This {what}{area} has no provision in its row of the B–F–E table: "
                                               "say what provision will meet it.", quote=quote_of(b.text)))

    # Classic layouts: E outcomes and B needs outside the combined tables.
    prov_blocks = [b for code in ("F", "G", "H1", "H2") for b in plan.blocks_in(code) if b.id not in threaded]
    items = split_items(prov_blocks, p.items)
    names = _names(ctx)
    item_info = [(it, content_stems(it.text, p.stop_words, names), _areas(it.text, p)) for it in items]
    headers = _header_row_cells(plan)
    outcomes = [b for b in outcome_blocks(ctx) if b.id not in threaded and b.id not in headers
                and len(b.text.split()) >= p.min_outcome_words and not _OUTCOME_PART_RE.match(b.text)]
    for b in outcomes:
        stems = content_stems(b.text, p.stop_words, names)
        areas = _areas(b.text, p)
        match = None
        for it, istems, iareas in item_info:
            common = shared(stems, istems)
            # two shared words, or one long specific one ("homework", "swimming", "handwriting")
            if len(common) >= p.min_shared or any(len(w) >= p.specific_word_length for w in common):
                match = (it, f"shares the words {', '.join(repr(w) for w in common[:4])}")
                break
            if match is None and areas & iareas:
                match = (it, f"same area of need: {sorted(areas & iareas)[0]}")
            if match is None and b.subsection and it.block.subsection \
                    and _norm(b.subsection) == _norm(it.block.subsection):
                match = (it, f"same sub-heading: {it.block.subsection}")
        total += 1
        if match and match[0].block.section != "F" and _COMM in areas \
                and not any(_COMM in ia and it.block.section == "F" for it, _, ia in item_info):
            # a communication outcome met only by therapy in G: an auditor looks for the teaching of
            # communication in F (SEND Code 9.74: therapy that educates is special educational provision)
            g_only += 1
            findings.append(ctx.finding(b, f"This communication outcome is served only by provision in "
                                           f"Section {match[0].block.section} ('{quote_of(match[0].text, 80)}'): "
                                           "say what provision in Section F will teach it.", quote=quote_of(b.text)))
        if match:
            served += 1
            evidence.append(ctx.finding(b, f"Served by provision at {match[0].location} ({match[1]}): "
                                           f"'{quote_of(match[0].text, 160)}'.", quote=quote_of(b.text), kind="evidence"))
        else:
            unlinked += 1
            findings.append(ctx.finding(b, "No provision in Sections F–H could be linked to this outcome (no shared "
                                           "area of need, sub-heading or wording): say which provision serves it.", quote=quote_of(b.text)))
    # Needs in B, by area of need (only areas the checker recognises). A sentence is a need when it
    # says what the child finds hard (need_patterns), not a strength or a heading; its area comes
    # from its words, else from its sub-heading; it is met when F addresses any of its areas.
    provision_areas: set[str] = set()  # every F item, the template's F cells included
    for b in f_blocks(plan):
        provision_areas |= _areas(b.text, p) | _areas(b.subsection or "", p)
    provision_areas |= _row_outcome_areas(plan, p, filled)
    met: dict[str, tuple[Block, str]] = {}
    clear_unmet: set[str] = set()  # unmet areas the plan itself names in the need's own label
    unmet: dict[str, tuple[Block, str]] = {}
    for b in _need_blocks(plan, threaded, p):
        for sent in _need_sentences(b, p):
            if p.need_patterns and not has(p.need_patterns, sent):
                continue
            # the plan's own label says the area ("Sensory and/or physical: ..."); a need so labelled
            # with no provision in its area is a clear gap, one placed by its words is for the
            # auditor to confirm (the area words cannot see provision worded differently)
            lead = sent.split(":", 1)[0] if ":" in sent[:60] else ""
            named = _areas(lead, p)
            # an area the sentence rules out as the cause ("rather than because of a sensory processing
            # difficulty") is not the need's area, whatever its words or sub-heading say
            kept, excluded = ruled_out(sent)
            areas = (named or _areas(kept, p) or _areas(b.subsection or "", p)) - _areas(excluded, p)
            if areas & provision_areas:
                for a in sorted(areas & provision_areas):
                    met.setdefault(a, (b, sent))
            elif areas:
                a = sorted(areas)[0]
                unmet.setdefault(a, (b, sent))
                if named:
                    clear_unmet.add(a)
    unmet = {a: v for a, v in unmet.items() if a not in met}
    for a, (b, sent) in met.items():
        total += 1
        served += 1
        evidence.append(ctx.finding(b, f"This {a} need has provision in Section F addressing {a}.",
                                    quote=quote_of(sent), kind="evidence"))
    unmet_needs = 0
    for a, (b, sent) in unmet.items():
        total += 1
        unmet_needs += a in clear_unmet
        findings.append(ctx.finding(b, f"This {a} need has no provision in Section F addressing {a}.",
                                    quote=quote_of(sent)))

    # Needs in B that name the provision they call for: each should be met by something in F-H.
    unmet_needs += g_only
    unmet_needs += _named_provision_gaps(ctx, p, threaded, names, findings, evidence)

    # Identical provision pasted against several outcomes.
    # The same package repeated in rows of ONE area's table ("Home tutoring in English, maths and
    # science, 1:1" against two learning outcomes) serves both outcomes of that area, as an auditor
    # reads it; pasting is the same words against needs of different areas.
    all_prov = row_provisions + [(it.blocks[-1], _norm(it.text), "") for it in items if it.block.section == "F"]
    seen: dict[str, Block] = {}
    seen_area: dict[str, str] = {}
    pasted = False
    for b, norm, row_area in all_prov:
        if len(norm.split()) < p.min_pasted_words or has(p.none_provision_patterns, norm):
            continue
        if norm in seen and row_area and seen_area.get(norm) == row_area:
            continue
        if norm in seen and seen[norm].id != b.id:
            pasted = True
            findings.append(ctx.finding(b, f"The same provision is pasted here and at {seen[norm].location}: "
                                           "write the provision each outcome needs.", quote=quote_of(b.text)))
        seen.setdefault(norm, b)
        seen_area.setdefault(norm, row_area)

    if total == 0:
        msg = "Section E has no outcomes to link to provision." if plan.found("E") else "Section E (outcomes) was not found."
        return Outcome(level=p.no_outcomes_level, findings=[ctx.missing("E", msg)])
    level = p.bands.level(served / total)
    has_provision = bool(items or row_provisions)
    if p.unlinked_outcome_level is not None and has_provision:
        # the wording heuristic cannot link provision worded differently: an unlinked outcome is for
        # the auditor to confirm, not a gap; the clear gaps below set the level
        level = p.bands.level(1.0) if not (unlinked or unmet) else p.unlinked_outcome_level
    if empty_rows and p.empty_row_level is not None:
        level = min(level, p.empty_row_level)
    if pasted:
        level = min(level, p.pasted_level)
    if unmet_needs and p.unmet_need_level is not None:
        level = min(level, p.unmet_need_level)
    findings = evidence[: p.max_evidence] + findings if ctx.passes(level) else findings + evidence[: p.max_evidence]
    return Outcome(level=level, findings=findings)
