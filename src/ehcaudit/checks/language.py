"""Language quality: spelling and grammar (LG-SPELLING, LG-GRAMMAR) with the offline Harper
engine; readability lives in ``language_readability``, jargon in ``language_jargon``.

The proofreading engine is built once per process (:func:`ehcaudit.language.engines.get_engine`:
Harper by default)
and each plan is proofread once for both criteria (results kept in the rubric engine's
``cache``). Every error is a finding quoting the sentence that holds it, with the word, the
engine's message and its suggestion ("'recieve' → 'receive'"); with no error, an evidence
finding says how many words were checked and quotes a representative paragraph. The level is
the worse of the rate (``bands``: errors per 1,000 words) and the count (``count_bands``: each
grammar error, each misspelt word once): two or three real errors fail a plan a family reads.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import Field

# engines.get_engine is looked up at call time: a configured server (and a test) swaps it
from ehcaudit.language import engines
from ehcaudit.language.base import LangIssue
from ehcaudit.language.bounds import not_proofread
from ehcaudit.model import Block, Plan
from ehcaudit.results import Finding
from ehcaudit.rubric.registry import Bands, CheckContext, Outcome, Params, check
from ehcaudit.text import count_words

_CACHE_KEY = "language.proofread"
_QUOTE_LIMIT = 300
#: A full stop that ends an abbreviation, not a sentence ("Dr. Shah", "e.g. PECS").
_ABBREV_END = re.compile(r"(?:\b(?:Dr|Mr|Mrs|Ms|Mx|Prof|St|approx|no|vs|etc)|\b[a-z]\.[a-z])\.$", re.IGNORECASE)


class ProofreadParams(Params):
    sections: list[str] = Field(min_length=1, description="Sections whose text is proofread")
    include_headings: bool = Field(False, description="Proofread headings too (template text, usually not)")
    min_words: int = Field(50, ge=0, description="Fewer words checked than this: not applicable")
    bands: Bands = Field(description="Errors per 1,000 words checked -> level")
    count_bands: Bands | None = Field(
        None, description="Errors in the plan -> level (a misspelt word counted once however often "
                          "it recurs); the worse of this and the rate decides")


def proofread_plan(ctx: CheckContext) -> dict[int, list[LangIssue]]:
    """Issues per block id for the whole plan, proofread once and kept in ``ctx.cache``."""
    key = (ctx.plan.source, ctx.plan.sha256)
    cached = ctx.cache.get(_CACHE_KEY)
    if cached is not None and cached[0] == key:
        return cached[1]
    issues = proofread_blocks(ctx.plan)
    ctx.cache[_CACHE_KEY] = (key, issues)  # one plan at a time: the previous one is dropped
    return issues


def proofread_blocks(plan: Plan) -> dict[int, list[LangIssue]]:
    """Issues per block id, from the process's engine (Harper unless a LanguageTool server is
    configured: :func:`ehcaudit.language.engines.get_engine`)."""

    blocks = [b for b in plan.blocks if b.text.strip()]
    results = engines.get_engine().check_many([b.text for b in blocks])
    return {b.id: r for b, r in zip(blocks, results, strict=True)}


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence (or line) of ``text`` holding ``text[start:end]``: an exact substring."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    s = line_start
    for i in range(start - 1, line_start, -1):
        if text[i - 1] in ".!?" and text[i].isspace() and not _ABBREV_END.search(text, line_start, i):
            s = i + 1
            break
    e = line_end
    for i in range(end, line_end):
        if text[i] in ".!?" and (i + 1 == line_end or text[i + 1].isspace()) \
                and not _ABBREV_END.search(text, line_start, i + 1):
            e = i + 1
            break
    quote = text[s:e].strip()
    if len(quote) > _QUOTE_LIMIT:  # a run-on line: a window around the words
        a = max(line_start, start - 120)
        quote = text[a:min(line_end, end + 120)].strip()
    return quote


def describe(issue: LangIssue) -> str:
    """"Spelling: 'recieve' → 'receive'. <engine message>" (British English, one line)."""
    label = issue.kind.capitalize()
    shown = [s for s in issue.suggestions if s != issue.text][:1]
    if shown:
        head = f"{label}: '{issue.text}' → " + (f"'{shown[0]}'." if shown[0] else "delete it.")
    else:
        head = f"{label}: '{issue.text}'."
    msg = issue.message.strip()
    return f"{head} {msg}" if msg and issue.kind != "spelling" else head


def _language_errors(ctx: CheckContext, p: ProofreadParams, kind: Literal["spelling", "grammar"]) -> Outcome:
    blocks: list[Block] = [b for b in ctx.plan.blocks_in(*p.sections)
                           if b.text.strip() and (p.include_headings or b.kind != "heading")]
    words = sum(count_words(b.text) for b in blocks)
    if words < p.min_words:
        return Outcome(applicable=False, findings=[ctx.missing(
            p.sections[0] if len(p.sections) == 1 else "-",
            f"Only {words} words in Section {', '.join(p.sections)}: too little text to judge {kind}.")])
    by_block = proofread_plan(ctx)
    findings: list[Finding] = []
    findings_issues: list[LangIssue] = []
    for b in blocks:
        for issue in by_block.get(b.id, []):
            if issue.kind == kind:
                findings.append(ctx.finding(b, describe(issue), quote=sentence_around(b.text, issue.start, issue.end)))
                findings_issues.append(issue)
    rate = 1000 * len(findings) / words
    level = p.bands.level(rate)
    if p.count_bands is not None:  # a few real errors fail a plan a family reads, however long it is
        level = min(level, p.count_bands.level(error_count(findings_issues, kind)))
    noun = "spelling error" if kind == "spelling" else "grammar error"
    if not findings:
        sample = max(blocks, key=lambda b: len(b.text))
        findings.append(ctx.finding(
            sample, f"No {noun}s found in {words:,} words checked (Sections {', '.join(sorted({b.section or '-' for b in blocks}))}).",
            quote=sample.text[:_QUOTE_LIMIT], kind="evidence"))
    else:
        # the rate, stated once, on the first finding's message
        first = findings[0]
        findings[0] = first.model_copy(update={
            "message": f"{first.message} ({len(findings)} {noun}{'s' if len(findings) != 1 else ''} in "
                       f"{words:,} words: {rate:.1f} per 1,000.)"})
    limited = _not_proofread(ctx, blocks)
    return Outcome(level=level, findings=findings + limited)


def error_count(issues: list[LangIssue], kind: str) -> int:
    """Errors as an auditor counts them: each grammar error, and each misspelt word once (a
    word misspelt the same way three times is one error of the writer's)."""
    if kind == "spelling":
        return len({i.text.casefold() for i in issues})
    return len(issues)


def _not_proofread(ctx: CheckContext, blocks: list[Block]) -> list[Finding]:
    """One finding naming what was too long to proofread (ehcaudit.language.bounds), if anything."""

    limited = [(b, why) for b in blocks if (why := not_proofread(b.text))]
    if not limited:
        return []
    b, why = limited[0]
    more = f" (and {len(limited) - 1} more block{'s' if len(limited) > 2 else ''})" if len(limited) > 1 else ""
    return [ctx.finding(b, f"Not proofread: {why}{more}; the rest of the plan was proofread.",
                        quote=" ".join(b.text[:120].split()) + ("…" if len(b.text) > 120 else ""), kind="evidence")]


# -- LG-SPELLING ------------------------------------------------------------------------------

@check("spelling_errors", ProofreadParams)
def spelling_errors(ctx: CheckContext, p: ProofreadParams) -> Outcome:
    """Spelling errors per 1,000 words and misspelt words in the plan, the worse decides (offline Harper engine, British dialect, SEND and clinical vocabulary)."""
    return _language_errors(ctx, p, "spelling")


# -- LG-GRAMMAR -------------------------------------------------------------------------------

@check("grammar_errors", ProofreadParams)
def grammar_errors(ctx: CheckContext, p: ProofreadParams) -> Outcome:
    """Grammar errors per 1,000 words and in the plan, the worse decides (agreement, a/an, doubled words, wrong word); style opinions never count."""
    return _language_errors(ctx, p, "grammar")
