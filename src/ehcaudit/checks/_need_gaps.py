"""Needs in B read one by one against Sections F-H, for PR-OUTCOME-LINK: a need on a specific topic
(handwriting, travel, toileting), an outcome in E on such a topic, and a need that names the provision it
calls for ("the educational psychologist recommends a structured reading intervention") each needs
provision on that topic or sharing its words somewhere in F-H, or they are a clear gap."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ehcaudit.checks._findings import quote_of
from ehcaudit.checks._outcome_link_params import OutcomeLinkParams
from ehcaudit.checks._patterns import has, rx, search
from ehcaudit.checks._prov_items import f_blocks
from ehcaudit.checks._words import content_stems, shared
from ehcaudit.checks.person_centred import outcome_blocks
from ehcaudit.clauses import is_label, ruled_out
from ehcaudit.model import Block, Plan
from ehcaudit.placeholders import strip_placeholders
from ehcaudit.results import Finding
from ehcaudit.rubric.registry import CheckContext
from ehcaudit.text import sentences
from ehcaudit.view import area, box_label

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


#: The toilet as a place the child goes or asks to go ("when anxious he asks to go to the toilet and leaves the
#: lesson", "she goes to the toilets at break"): where the child goes, not help with toileting.
_PLACE_GONE_TO = re.compile(r"\b(?:asks?|asking|asked|wants?|wanting|wanted)\s+(?:to|if (?:he|she|they) can)\s+go\s+to\s+the\s+"
                            r"(?:[\w'’-]+\s+)?toilets?\b|\b(?:goes|going|went|runs|ran|hides|hiding|hid|disappears|stays|leaves|leaving|left)\s+"
                            r"(?:off\s+|the (?:lesson|classroom|room|class)\s+)?(?:to|in|into|for)\s+the\s+(?:[\w'’-]+\s+)?toilets?\b",
                            re.IGNORECASE)


def what_child_finds_hard(sent: str) -> str:
    """A need sentence as an auditor reads its topic: what the child finds hard. The toilet as where the child
    goes ("asks to go to the toilet and leaves the lesson") is a place, not a toileting need: set aside, the
    rest of the sentence keeps its topics."""
    return _PLACE_GONE_TO.sub(" ", sent)


def need_blocks(plan: Plan, threaded: set[int], p: OutcomeLinkParams) -> Iterator[Block]:
    """Section B's blocks that state needs: not those already threaded to provision in a row of
    their own, nor boxes whose label is skipped (e.g. a history)."""
    for b in plan.blocks_in("B"):
        if b.id not in threaded and not search(p.need_skip_location_patterns, box_label(b)):
            yield b


def need_sentences(b: Block, p: OutcomeLinkParams) -> Iterator[str]:
    """The block's sentences that may state a need (not labels, not skipped sentences)."""
    for sent in sentences(strip_placeholders(b.text)):
        if not search(p.need_skip_patterns, sent) and not is_label(sent):
            yield sent


def named_provision_gaps(ctx: CheckContext, p: OutcomeLinkParams, threaded: set[int], names: list[str],
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
    for b in need_blocks(plan, threaded, p):
        for sent in need_sentences(b, p):
            is_need = not p.need_patterns or has(p.need_patterns, sent)
            kept = what_child_finds_hard(ruled_out(sent)[0])  # "rather than because of a sensory processing difficulty": not her need
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
