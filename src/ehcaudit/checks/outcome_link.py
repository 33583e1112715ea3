"""PR-OUTCOME-LINK, the golden thread: each outcome in E is served by provision, and each need in B
has provision in F (by area of need, by the provision a need names, and by specific needs an auditor
looks for one by one). This module reads the thread (rows, areas, pasted provision) and registers the
check; its settings are in :mod:`ehcaudit.checks._outcome_link_params`, the one-by-one reading of needs
and outcomes on a specific topic in :mod:`ehcaudit.checks._need_gaps`, and provision items come from
:mod:`ehcaudit.checks._prov_items` (split from provision.py, which keeps PR-QUANTIFIED)."""

from __future__ import annotations

import re
from collections.abc import Callable

from ehcaudit.checks._findings import quote_of
from ehcaudit.checks._items import Item, blocks_text, items_of, thread_rows
from ehcaudit.checks._need_gaps import named_provision_gaps, need_blocks, need_sentences
from ehcaudit.checks._outcome_link_params import OutcomeLinkParams
from ehcaudit.checks._outcome_refs import named_codes, own_codes
from ehcaudit.checks._outcomes import OUTCOMES_SUBJECT
from ehcaudit.checks._patterns import has, is_blank
from ehcaudit.checks._prov_items import f_blocks, is_title, split_items
from ehcaudit.checks._thread_link import need_met_in_area
from ehcaudit.checks._words import content_stems, shared
from ehcaudit.checks.person_centred import outcome_blocks
from ehcaudit.clauses import ruled_out
from ehcaudit.model import Block, Plan
from ehcaudit.placeholders import strip_placeholders
from ehcaudit.results import Finding
from ehcaudit.rubric.registry import CheckContext, Outcome
from ehcaudit.rubric.registry import check as register

_COMM = "communication and interaction"

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
                              # the outcomes as a set for the line's subject or head ("Outcomes for the end of Key Stage 5 and
                              # the steps towards them"; "All of Zoe's outcomes link to her aspirations"; "Each one builds on
                              # ..."): about them, not one of them (an outcome's own label, "Outcomes: By July ...", is not)
                              r"|^\W*(?:(?:all|each|every|both|some)(?: of)?\s+)?(?:the |these |those |his |her |their |our |my |"
                              r"[A-Z][\w-]+['’]s )?(?:(?:long|short|medium)[- ]term |agreed |main |following |above |below )?"
                              r"outcomes\b(?!\s*[:–-])|^\W*each (?:one|of them) (?:builds?|is|links?|will|comes?|draws?)\b"
                              # when they are due ("Outcomes are to be achieved by the end of Year 1 (July 2027).",
                              # "These outcomes are for the end of Year 2 unless another date is given")
                              r"|^\W*(?:(?:[A-Z][\w-]+['’]s|his|her|their|these|the|all(?: of)?(?: the)?) )?outcomes "
                              r"(?:are|will be|should be) (?:to be )?(?:achieved|met|reached|reviewed|for)\b"
                              # a heading over the outcomes ("What we want Sam to achieve by the end of Year 2"; "Outcome (to be
                              # achieved within 12 months)"), or how progress on them is kept ("Progress towards each outcome
                              # will be recorded by the class teacher")
                              r"|^\W*what (?:we|you|I|they|(?:[A-Z][\w-]+['’]s )?(?:family|parents|carers)) (?:want|would like|hope|wish|expect)s? "
                              r"(?:[A-Z][\w-]+ |him |her |them |me |you )?to (?:achieve|be able to do|work towards)\b"
                              r"|^\W*(?:(?:long|short|medium)[- ]term )?outcomes?\s*\([^()]*\)\W*$"
                              r"|^\W*(?:(?:his|her|their|[A-Z][\w-]+['’]s) )?progress (?:towards|on|against|in) (?:each|every|all|the|these|"
                              r"his|her|their) (?:of )?(?:the |these |his |her |their )?outcomes? (?:will be|is|are|should be) "
                              r"(?:recorded|reviewed|monitored|measured|tracked|checked|reported)\b",
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


#: A column of a table of outcomes that holds something other than the outcome: how progress will be
#: known ("How we will know", "Evidence"), the aspiration it serves ("Mum's hope", "Preparing for adulthood
#: area"), or who checks it and when.
_OTHER_COLUMN = re.compile(r"\b(?:how (?:we|you|I|they|staff) will know|how (?:will )?(?:we|you|I|they) (?:will )?know|measured?|"
                           r"evidence|success criteria|aspirations?|hopes?|wish(?:es)?|dreams?|preparing for adulthood|"
                           r"who (?:will )?(?:check|measure|review|record)|by when|target date|recorded|monitoring|links? to|linked to)\b",
                           re.IGNORECASE)
_OUTCOME_COLUMN = re.compile(r"\boutcomes?\b|\btargets?\b|\bachieve\b", re.IGNORECASE)


def _other_column_cells(plan: Plan, headers: set[int]) -> set[int]:
    """Cells of Section E standing under a header (a row of ``headers``) for how progress is known, the
    aspiration served or who records it ("Outcome | How we will know | Preparing for adulthood area"):
    parts of the outcome in the row, not outcomes to link to provision."""
    heads: dict[tuple[int, int], tuple[int, str]] = {}  # (table, col) -> (header row, text)
    for b in plan.blocks_in("E"):
        if b.id in headers and b.table is not None and b.col is not None and b.row is not None:
            heads[(b.table, b.col)] = (b.row, " ".join(b.text.split()))
    out: set[int] = set()
    for b in plan.blocks_in("E"):
        if b.kind != "table_cell" or b.table is None or b.col is None or b.row is None or b.id in headers:
            continue
        row, head = heads.get((b.table, b.col), (None, ""))
        if row is not None and b.row > row and _OTHER_COLUMN.search(head) and not _OUTCOME_COLUMN.search(head):
            out.add(b.id)
    return out


def _areas(text: str, p: OutcomeLinkParams) -> set[str]:
    return {a.name for a in p.areas if has(a.patterns, text)}


def _heading_areas(heading: str | None, p: OutcomeLinkParams) -> set[str]:
    """The areas of need a sub-heading names ("E3 Communication and interaction"; "Getting about (preparing
    for adulthood)"): an outcome and provision under headings naming the same area are linked by them."""
    return _areas(heading, p) if heading else set()


#: What an outcome is for: what follows its main verb ("Mia will press a switch to start a toy" is about
#: "a switch"; "will be able to use his communication book" about "his communication book").
_GOAL = re.compile(r"\b(?:will|to)\s+(?:be able to\s+|begin to\s+|learn to\s+)?(?:[a-z]+ly\s+)?[a-z]+\s+"
                   r"(?P<what>(?:[\w'’-]+\s+){0,3}[\w'’-]+)", re.IGNORECASE)


def _goal(text: str) -> str:
    """The words an outcome's goal is written in: the object of its main verb, up to four words."""
    m = _GOAL.search(text)
    return m.group("what") if m else ""


def _norm(text: str) -> str:
    text = text.rsplit(":; ", 1)[-1]  # drop a lead-in line ("Reading:") merged into the item
    return re.sub(r"[^a-z0-9]+", " ", strip_placeholders(text).lower()).strip()


#: A sub-heading's numbering in front of its name: "E3 ", "F3. ", "Outcome 2: ", "Provision 2 -".
_SUB_CODE = re.compile(r"^\s*(?:(?:section\s+)?[A-K]\s?\d{1,2}|(?:outcomes?|provision)\s+\d{1,2})\b\s*[.:)\u2013\u2014-]?\s*",
                       re.IGNORECASE)


def _subheading_name(text: str) -> str:
    """A sub-heading by what it names, without its numbering: "E3 Social, emotional and mental health"
    in E and "F3 Social, emotional and mental health" in F are the same area's sub-heading."""
    return _norm(_SUB_CODE.sub("", text, count=1))


def _names(ctx: CheckContext) -> list[str]:
    known = ctx.plan.front.known_as or ""
    return known.split()


def _provision_below(plan: Plan, rows: list, i: int, out: list[Block], need: list[Block],
                     prov: list[Block]) -> list[int]:
    """The provision of the rows under a heading row: a row holding only an outcome whose first line
    is a title ("Learning" over "Long-term outcome (end of phase): ..."), the rows after it in the same
    table (up to the next such row) holding provision. An outcome row with an empty provision cell
    and no title is a gap, not a heading."""
    if prov or need or len(out) != 1 or "\n" not in out[0].text.strip():
        return []
    first = out[0].text.strip().splitlines()[0]
    if not is_title(first) or is_title(out[0].text):
        return []
    ids: list[int] = []
    for nxt in rows[i + 1:]:
        blocks = [plan.blocks[b] for b in nxt.provision + nxt.outcome + nxt.need if b < len(plan.blocks)]
        if not blocks or blocks[0].table != out[0].table or not nxt.provision:
            break
        ids.extend(nxt.provision)
    return ids


def _provision_above(plan: Plan, rows: list, i: int, out: list[Block], need: list[Block],
                     prov: list[Block]) -> list[int]:
    """The provision of the row above a row that holds only a second outcome: its need and provision
    cells left empty, directly under a row of the same table whose need and provision are filled, it
    continues that row (as a merged cell would), and that row's provision serves it. A row with its
    own need and no provision is still a gap."""
    if prov or need or len(out) != 1 or i == 0 or is_title(out[0].text):
        return []
    above = rows[i - 1]
    blocks = [plan.blocks[b] for b in above.provision + above.need if b < len(plan.blocks)]
    if not (above.provision and above.need) or not blocks or blocks[0].table != out[0].table \
            or not any(plan.blocks[b].text.strip() for b in above.need if b < len(plan.blocks)) \
            or not any(plan.blocks[b].text.strip() for b in above.provision if b < len(plan.blocks)):
        return []
    return list(above.provision)


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


#: An outcome cell this short names the outcome a row serves ("Cooking", "All"); it is not one.
_POINTER_WORDS = 3


#: A cell that sends the reader to provision written for another row: "See communication and interaction
#: provision above", "As for F2 above", "Refer to the support below".
_POINTS_ELSEWHERE = re.compile(r"\b(?:see|refer to|as (?:in|for|per)|same as|covered by|included in)\b[^.;|]{0,80}\b(?:above|below)\b",
                               re.IGNORECASE)


def _pointer_serves(outcome: str, prov: list[Block], rows: list, ri: int, filled: Callable[[list[int]], list[Block]],
                    p: OutcomeLinkParams, names: list[str]) -> bool:
    """Whether the provision a pointer sends the reader to ("See communication and interaction provision
    above"; the rows of the area it names, or else every other row's) shares the golden thread's words
    with the outcome of the pointer's row."""
    said = " ".join(b.text for b in prov).lower()
    others = [r for i, r in enumerate(rows) if i != ri and filled(r.provision)]
    named = [r for r in others if r.area and r.area.lower() in said]
    text = " ".join(b.text for r in (named or others) for b in filled(r.provision))
    return need_met_in_area(outcome, text, p.stop_words, names, p.min_shared, p.specific_word_length)


@register("outcome_link", OutcomeLinkParams)
def outcome_link(ctx: CheckContext, p: OutcomeLinkParams) -> Outcome:
    """Each outcome in E is served by provision, and each need in B has provision (the golden thread)."""
    plan = ctx.plan
    findings: list[Finding] = []
    evidence: list[Finding] = []
    total = served = 0
    threaded: set[int] = set()
    for row in plan.threads:
        # a provision table with a column pointing at the outcome each row serves ("Outcome: Changing")
        # is Section F's own list: its rows are there to be linked to the outcomes written out in E
        pointer = not row.need and bool(row.outcome) and all(
            i < len(plan.blocks) and len(plan.blocks[i].text.split()) <= _POINTER_WORDS for i in row.outcome)
        threaded.update(row.need + row.outcome + ([] if pointer else row.provision))

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
        above = _provision_above(plan, bfe, ri, out, need, prov)
        if above:
            total += 1
            served += 1
            evidence.append(ctx.finding(out[0], f"Golden thread{area}: this outcome continues the row above it "
                                                f"(its need and provision cells left empty), served by that row's "
                                                f"provision: '{quote_of(blocks_text(plan, above), 160)}'.",
                                        quote=quote_of(out[0].text), kind="evidence"))
            continue
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
        if not prov and all(is_title(b.text) for b in need + out) \
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
        if prov and out and _POINTS_ELSEWHERE.search(" ".join(b.text for b in prov)) and not split_items(prov, p.items) \
                and not _pointer_serves(out[0].text, prov, bfe, ri, filled, p, _names(ctx)):
            # the row's provision only points to another row's ("See communication and interaction provision
            # above"), and what it points to does not touch this outcome: the outcome has no provision of its own
            total += 1
            empty_rows += 1
            findings.append(ctx.finding(out[0], f"This outcome{area} points to provision set out for another area, "
                                                "which does not address it: say what provision will meet it.",
                                        quote=quote_of(prov[0].text)))
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
    # an item's words without its own code ("F5 Switch and cause-and-effect sessions" opens with "Switch")
    item_info = [(it, content_stems(_SUB_CODE.sub("", it.text, count=1), p.stop_words, names), _areas(it.text, p))
                 for it in items]
    headers = _header_row_cells(plan)
    other = _other_column_cells(plan, headers)
    outcomes = [b for b in outcome_blocks(ctx) if b.id not in threaded and b.id not in headers and b.id not in other
                and len(b.text.split()) >= p.min_outcome_words and not _OUTCOME_PART_RE.match(b.text)
                and not OUTCOMES_SUBJECT.match(b.text)]
    # every line of F-H, labels too ("For outcome: E4" under a provision's sub-heading), by the outcome codes it names
    coded = [(Item(blocks=it.blocks, text=f"{it.block.subsection}: {it.text}" if it.block.subsection else it.text,
                   location=it.location), named_codes(f"{it.block.subsection or ''}\n{it.text}")) for it in items_of(prov_blocks)]
    coded = [(it, ic) for it, ic in coded if ic]
    sub_areas = {it.block.subsection: _heading_areas(it.block.subsection, p) for it in items}
    for b in outcomes:
        stems = content_stems(b.text, p.stop_words, names)
        areas = _areas(b.text, p)
        heading_areas = _heading_areas(b.subsection, p)
        goal_stems = content_stems(_goal(b.text), p.stop_words, names)
        # provision naming the outcome's code ("For outcome: E4" under an outcome headed "E4") serves it
        codes = own_codes(b.text, b.subsection)
        match = next(((it, f"names outcome {sorted(codes & ic)[0]}") for it, ic in coded if codes & ic), None)
        for it, istems, iareas in item_info if match is None else []:
            common = shared(stems, istems)
            # two shared words, or one long specific one ("homework", "swimming", "handwriting")
            if len(common) >= p.min_shared or any(len(w) >= p.specific_word_length for w in common):
                match = (it, f"shares the words {', '.join(repr(w) for w in common[:4])}")
                break
            goal = shared(goal_stems, istems) if goal_stems else []
            if match is None and goal:
                match = (it, f"names the outcome's goal: {goal[0]!r}")
            if match is None and areas & iareas:
                match = (it, f"same area of need: {sorted(areas & iareas)[0]}")
            if match is None:  # an outcome on a specific skill ("will put on his coat") and provision on it ("dressing programme")
                topic = next((t for t in p.topics if t.outcome and has(t.outcome, b.text) and has(t.provision, it.text)), None)
                if topic is not None:
                    match = (it, f"same skill: {topic.name}")
            if match is None and b.subsection and it.block.subsection \
                    and _subheading_name(b.subsection) == _subheading_name(it.block.subsection):
                match = (it, f"same sub-heading: {it.block.subsection}")
            if match is None and heading_areas and heading_areas & sub_areas[it.block.subsection]:
                # the same area of need heads both, however each heading words it ("Getting about (preparing
                # for adulthood)" over the outcome, "Independent living" over the provision)
                match = (it, f"same area heading: {sorted(heading_areas & sub_areas[it.block.subsection])[0]}")
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
    # what F says, its sub-headings with it: a need F meets on its own topic (slow handwriting and a
    # laptop for all lessons) is met, whichever area its words or its block put it in
    f_text = " ".join([b.text for b in f_blocks(plan)] + [b.subsection for b in f_blocks(plan) if b.subsection])
    met: dict[str, tuple[Block, str]] = {}
    clear_unmet: set[str] = set()  # unmet areas the plan itself names in the need's own label
    unmet: dict[str, tuple[Block, str]] = {}
    on_topic: dict[str, tuple[Block, str]] = {}
    for b in need_blocks(plan, threaded, p):
        for sent in need_sentences(b, p):
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
            if areas and any(has(t.need, kept) and has(t.provision, f_text) for t in p.topics):
                # met on its topic: not a gap in its areas (another need of the area may still be one)
                for a in sorted(areas):
                    on_topic.setdefault(a, (b, sent))
            elif areas & provision_areas:
                for a in sorted(areas & provision_areas):
                    met.setdefault(a, (b, sent))
            elif areas:
                a = sorted(areas)[0]
                unmet.setdefault(a, (b, sent))
                if named:
                    clear_unmet.add(a)
    unmet = {a: v for a, v in unmet.items() if a not in met}
    met.update({a: v for a, v in on_topic.items() if a not in met and a not in unmet})
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
    unmet_needs += named_provision_gaps(ctx, p, threaded, names, findings, evidence)

    # Identical provision pasted against several outcomes.
    # The same package repeated in rows of ONE area's table ("Home tutoring in English, maths and
    # science, 1:1" against two learning outcomes) serves both outcomes of that area, as an auditor
    # reads it; pasting is the same words against needs of different areas.
    in_rows = {i for row in plan.threads for i in row.provision}  # already among row_provisions
    all_prov = row_provisions + [(it.blocks[-1], _norm(it.text), "") for it in items
                                 if it.block.section == "F" and it.blocks[-1].id not in in_rows]
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
