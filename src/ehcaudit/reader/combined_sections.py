"""Sections E and F written as one ("Sections E and F - Outcomes and special educational
provision"): an outcome | provision | frequency | who table, then, after it, a list of provision
for every outcome ("Whole-class teaching will use visual supports in every lesson, checked by the
SENCo each term"; "Educational psychologist consultation with staff: once each term, 1 hour").

The reader files the whole combined section under E (its heading names E first) and the table's
provision columns under F. A line after the table that does not read as an outcome (no date or
time frame first, the child not its subject) is provision: it is moved to F, so that outcome
checks do not read it as an outcome written like provision and the provision checks judge it.
Lines that read as outcomes ("By March 2027, Tyler will tell an adult ...") stay in E.
"""

from __future__ import annotations

import re

from ehcaudit.model import Block, Section
from ehcaudit.text import OUTCOME_CODE, OUTCOME_NUMBER

#: An outcome's time frame first ("By July 2027, ...", "Within 12 months, ...", "E3 By the end of Year 9"),
#: after an optional number or code.
_TIME_FIRST = re.compile(
    rf"^\W*(?:{OUTCOME_CODE}\s+|{OUTCOME_NUMBER}\s+)?"
    r"(?:by|within|before|over|during|in the next|at the end of|by the end of|outcome|long[- ]term|short[- ]term|"
    r"medium[- ]term|end of key stage)\b",
    re.IGNORECASE)

_PRONOUN_SUBJECT = r"(?:he|she|they|I|we)"


def _reads_as_outcome(text: str, names: list[str]) -> bool:
    """An outcome: a time frame first, or the child (by name or pronoun) as the subject of 'will'/'can'."""
    if _TIME_FIRST.search(text):
        return True
    who = "|".join([_PRONOUN_SUBJECT] + [re.escape(n) for n in names if n])
    subject = re.compile(rf"^\W*(?:{who})(?![’'])\b(?:\s+[\w-]+){{0,2}}\s+(?:will|can|is able|are able|should be able)\b",
                         re.IGNORECASE)
    return bool(subject.search(text))


def provision_after_combined_table(blocks: list[Block], sections: dict[str, Section], names: list[str]) -> None:
    """Move the provision lines written after a combined E/F table from E to F (in place)."""
    e, f = sections.get("E"), sections.get("F")
    if e is None or f is None or not e.block_ids or not f.block_ids:
        return
    lo, hi = min(e.block_ids), max(e.block_ids)
    f_cells = [i for i in f.block_ids if blocks[i].table is not None]
    # combined: every F block is a table cell inside E's span (F has no section of its own)
    if not f_cells or len(f_cells) != len(f.block_ids) or not all(lo < i < hi for i in f_cells):
        return
    last = max(f_cells)
    moved = [i for i in e.block_ids
             if i > last and blocks[i].table is None and blocks[i].kind in ("list_item", "paragraph")
             and blocks[i].text.strip() and not _reads_as_outcome(blocks[i].text, names)]
    if not moved:
        return
    for i in moved:
        blocks[i].section = "F"
    e.block_ids = [i for i in e.block_ids if i not in moved]
    f.block_ids = sorted(f.block_ids + moved)
