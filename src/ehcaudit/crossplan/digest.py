"""Step 1 of the cross-plan checks: a plan's fingerprint, made when the plan is read.

Short hashes of its normalised sentences with section and location, the masked (and truncated)
text of the sentences that could be reported, and the names it uses in a child's place.
Identifiers are masked with :mod:`ehcaudit.privacy` before anything is kept.
"""

from __future__ import annotations

from collections import Counter

from ehcaudit.crossplan.child_names import (
    _COMMON_WORDS,
    MAX_NAME_ROWS,
    _adults,
    _child_place_names,
    child_name,
)
from ehcaudit.crossplan.sentences import (
    _administrative,
    _refers_to_child,
    _sentence_blocks,
    normalise_sentence,
    sentence_hash,
)
from ehcaudit.crossplan.settings import DEFAULTS, CrossPlanSettings
from ehcaudit.crossplan.stored import FINGERPRINT_VERSION
from ehcaudit.model import Block, Plan
from ehcaudit.names import first_names
from ehcaudit.privacy import find_identifiers, mask_text
from ehcaudit.text import words


def fingerprint(plan: Plan, settings: CrossPlanSettings = DEFAULTS, *,
                masked: bool = False) -> dict:
    """A compact, JSON-serialisable digest of one plan for the cross-plan checks.

    ``s``: one ``[hash, section, location, text]`` per distinct normalised sentence of at least
    ``overlap_min_words`` words in ``settings.sections`` (first occurrence); ``text`` is the
    masked sentence cut to ``text_chars`` characters when the sentence could be reported as
    copy-paste, else ``None``. ``names``: ``[name, is_first_name, section, location, text]``
    for each name other than the child's used in a child's place. No identifier is kept: every
    text and the plan id pass through :func:`ehcaudit.privacy.mask_text`. ``masked=True``
    says the caller has done that already (the plan came from
    :func:`ehcaudit.privacy.mask_plan`, or :func:`ehcaudit.privacy.scan_plan` found nothing)
    and skips the scan, which is about half the time on a long plan.
    """
    child, child_from = child_name(plan)
    names = first_names()
    all_text = "\n".join(b.text for b in plan.blocks)
    # A capitalised word also used in lower case in the plan ("art", "will") is not a name.
    lower_words = {w for w in words(all_text) if w.islower()}
    # Mask only where needed: one scan of the whole plan, then of each block if it found any.
    flagged = ({b.id for b in plan.blocks if find_identifiers(b.text)}
               if not masked and find_identifiers(all_text) else set())

    def clean(block: Block, sentence: str) -> str:
        return mask_text(sentence) if block.id in flagged else sentence

    # Every sentence is masked before it is hashed or kept, so the fingerprint of a plan is the
    # same whether it was masked here or by the caller.
    pairs = [(b, clean(b, s)) for b, s in _sentence_blocks(plan, settings)]

    # Names other than the child's in a child's place (a wrong name, or another child's).
    candidates: dict[tuple[str, int], list] = {}
    for block, s in pairs:
        for name in _child_place_names(s):
            if (child and name.lower() == child.lower()) or name in _COMMON_WORDS \
                    or name.lower() in lower_words:
                continue
            candidates.setdefault((name, block.id), [name, name in names, block.section,
                                                     block.location, s[: settings.text_chars]])
    adults = _adults(all_text, {row[0] for row in candidates.values()})
    per_name: Counter[str] = Counter()
    name_hits = []
    for row in candidates.values():
        if row[0] not in adults and per_name[row[0]] < MAX_NAME_ROWS:
            per_name[row[0]] += 1
            name_hits.append(row)
    # Those names count as the child too when comparing, so a sentence pasted with the other
    # child's name left in still matches the plan it came from.
    placeholders = {child, *(row[0] for row in name_hits)} - {None}
    seen: set[str] = set()
    sents: list[list] = []
    for block, s in pairs:
        norm = normalise_sentence(s, placeholders, settings.fold_pronouns)
        n_words = len(norm.split())
        if n_words >= settings.overlap_min_words:
            h = sentence_hash(norm)
            if h not in seen:
                seen.add(h)
                reportable = n_words >= settings.min_words and (
                    _refers_to_child(norm) or (not settings.require_child_reference and not (
                        settings.boilerplate and _administrative(norm))))
                text = s[: settings.text_chars] if reportable else None
                sents.append([h, block.section, block.location, text])
    return {"v": FINGERPRINT_VERSION, "plan_id": mask_text(plan.plan_id), "sha256": plan.sha256,
            "child": child, "child_from": child_from, "s": sents, "names": name_hits}
