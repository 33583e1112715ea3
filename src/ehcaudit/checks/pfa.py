"""PC-PFA: from Year 9, the outcomes in Section E prepare for adulthood (employment or higher
education, independent living, friends and community, good health)."""

from __future__ import annotations

import re

from pydantic import Field

from ehcaudit.checks._outcome_provision import provision_hit
from ehcaudit.checks._outcomes import (
    is_aspiration_line,
    is_coded_label,
    measure_cells,
    outcome_blocks,
    outcome_text,
)
from ehcaudit.checks._patterns import rx, rx1
from ehcaudit.checks._pc_reading import without_recorder
from ehcaudit.checks.person_centred import Theme
from ehcaudit.clauses import is_label
from ehcaudit.model import Block
from ehcaudit.results import Finding
from ehcaudit.rubric.registry import Bands, CheckContext, Outcome, Params, check, optional_list
from ehcaudit.text import sentences


class PfaTheme(Theme):
    heading_patterns: list[str] = optional_list(
        "Regexes for a heading over outcomes that names this theme ('Independence', 'Community inclusion'); "
        "empty: the theme's own patterns")


class PfaParams(Params):
    themes: list[PfaTheme] = Field(min_length=1)
    provision_nouns: list[str] = optional_list("As PC-OUTCOME-NOT-PROVISION's: provision written as an outcome "
                                                "prepares for nothing and names no theme")
    providers: list[str] = optional_list("As PC-OUTCOME-NOT-PROVISION's")
    provider_verbs: list[str] = optional_list("As PC-OUTCOME-NOT-PROVISION's")
    bands: Bands = Field(description="Number of themes covered by outcomes -> level")


def _row_labels(labels: dict[tuple[int, int], list[str]], b: Block) -> list[str]:
    """The labels in the table row of ``b`` (none for a paragraph)."""
    return labels.get((b.table, b.row), []) if b.table is not None and b.row is not None else []


@check("pfa_outcomes", PfaParams)
def pfa_outcomes(ctx: CheckContext, p: PfaParams) -> Outcome:
    """From Year 9, the outcomes cover the preparing-for-adulthood themes.

    Read as an auditor reads them: the outcomes themselves (the aspiration written above an outcome,
    "Aspiration: to work on the railway", is the hope, not an outcome towards it), or the heading
    over them when it names a theme in its own words ("Independent living", "Independence, community
    and social care"; the "social" of "Social, emotional and mental health" is no community). Who
    records an outcome ("recorded by the college nursing team"), or the measure column beside it, names no theme."""
    # a cell under a measure column ("How we will know": "Record kept by his mentor for social,
    # emotional and mental health") is the row's evidence, not an outcome: it names no theme
    under_measure = {b.id for bs in measure_cells(ctx).values() for b in bs}
    # an outcome's code and area of need on a line of their own ("E3 - Social, emotional and
    # mental health", "O2: Communication and interaction") title it, as a heading does: they name a
    # theme only in a heading's words ("E2 - Independent living")
    items = [b for b in outcome_blocks(ctx) if not is_aspiration_line(b.text) and b.id not in under_measure]
    titles: dict[int, list[str]] = {}
    for b in items:
        if is_coded_label(b.text):
            titles.setdefault(b.id, []).append(b.text)
    # outcome_blocks gives one item per line of a cell, all with the cell's id: a coded label in a
    # cell that also holds an outcome line titles that line and is dropped; a label standing alone
    # in its cell or paragraph is read as before, the outcome being elsewhere
    titled = {b.id for b in items if not is_coded_label(b.text)}
    outcomes = [b for b in items if not (is_coded_label(b.text) and b.id in titled)]
    # provision written where an outcome should be ("Staff will support Freya to use her standing frame",
    # "Freya is given 1:1 support at lunchtime so that she can eat with her friends") is not the young
    # person preparing for anything: it names no theme (its heading or row label neither)
    nouns = rx(p.provision_nouns)
    if nouns is not None:
        verbs = re.compile("|".join(p.provider_verbs), re.IGNORECASE) if p.provider_verbs else None
        providers = rx(p.providers)
        outcomes = [b for b in outcomes if is_coded_label(b.text)
                    or not provision_hit(outcome_text(b.text), nouns, providers, verbs, made=False)]
    if not outcomes:
        return Outcome(level=p.bands.level(0), findings=[ctx.missing("E", "No outcomes were found in Section E, so none "
                                                                            "prepares for adulthood.")])
    # a table's row label names the theme of the outcome beside it ("Preparing for Adulthood area |
    # Outcome": "Independent living | By July 2027, Tyler will ...")
    labels: dict[tuple[int, int], list[str]] = {}
    cells: dict[tuple[int, int], list[Block]] = {}
    for b in ctx.plan.blocks_in("E"):
        if b.table is not None and b.row is not None:
            cells.setdefault((b.table, b.row), []).append(b)
            if is_label(b.text.strip()):
                labels.setdefault((b.table, b.row), []).append(b.text.strip())
    # a row of labels alone heads the rows under it, as a sub-heading does ("Independent living" in a
    # row of its own, the outcomes in the rows below it), until the next such row or the table's end
    over: dict[int, list[str]] = {}
    for (tab, row_no), row in sorted(cells.items()):
        if all(is_label(b.text.strip()) for b in row if b.text.strip()):
            over[tab] = [b.text.strip() for b in row if b.text.strip()]
        elif over.get(tab):
            labels.setdefault((tab, row_no), []).extend(over[tab])
    findings: list[Finding] = []
    covered = 0
    for t in p.themes:
        r, hr = rx1(t.patterns), rx1(t.heading_patterns or t.patterns)
        # an outcome under a theme's sub-heading ("Independent living") is about that theme
        hit = next(((b, s) for b in outcomes for s in sentences(b.text)
                    if r.search(without_recorder(s)) or (b.subsection and hr.search(b.subsection))
                    or any(hr.search(x) for x in [*_row_labels(labels, b), *titles.get(b.id, [])])), None)
        if hit:
            covered += 1
            findings.append(ctx.finding(hit[0], f"Preparing for adulthood — {t.name}: this outcome covers it.",
                                        quote=hit[1], kind="evidence"))
        else:
            findings.append(ctx.missing("E", f"No outcome prepares for adulthood in {t.name}."))
    return Outcome(level=p.bands.level(covered), findings=findings)
