"""A health need the rubric's list of conditions does not know (HC-NEEDS-MET).

What a health need is does not depend on the list: a current condition, difficulty or risk the
child has now that needs care ("Back: she has scoliosis, which is getting worse. She must wear a
back brace for 16 hours a day"). An item of Section C (its list item, paragraph or cell) that says
the child has, needs, takes, wears or is at risk of something, and names none of the conditions the
rubric recognises, is such a need. As a designated clinical officer reads it, G meets it when its
provision names the need in the same words: the condition ("scoliosis"), the care it needs ("the
brace") or the service that manages it ("the spinal team"). An item that names nothing G (or a
health professional's provision in F) also names is a need G leaves unmet.
"""

from __future__ import annotations

import re

from ehcaudit.checks._health_c_reading import ConditionReading
from ehcaudit.checks._items import Sentence
from ehcaudit.checks._patterns import rx, search
from ehcaudit.model import Block

#: The clause that states a current need for care: the child (a pronoun, or a name opening the
#: clause) needs, must have, takes, wears or is at risk of something ("She must wear a back brace",
#: "he needs daily skin checks"). A diagnosis alone ("was diagnosed with autism") says what the child
#: has, not the care it needs.
_STATES_NEED = re.compile(
    r"(?:^|[:;.]\s*|\b(?:and|but|so)\s+)(?:he|she|they|you|(?!(?:The|This|That|These|Those|An?|His|Her|Their|Its?|Our|We|"
    r"Your)\b)[A-Z][a-z'’]+)\s+(?:[a-z]+\s+){0,2}?(?:needs|must|requires|takes|wears|is (?:at risk|treated|prescribed|fed))\b")
#: Words any item of C or G may share without naming the same need.
_GENERAL = frozenset("""
needs needed needing health healthy child children child's young person people school schools college nursery
setting staff support supported supports adult adults every daily always often sometimes usually which their there
these those would could should about after before other others being having while where when because including
include includes around through within without along further still again also makes making means family parents
parent mother father home class classes lesson lessons learning reviewed review reviews team teams service
services clinic clinics hospital plan plans currently current condition conditions difficult difficulty
difficulties problem problems affects affected affect little help helps helped helping reminding reminders
reminder weeks months years times regular regularly given giving gives provide provided provides named trained
training written advice appointment appointments programme programmes level levels check checks checked
things something people first second third local community children's paediatric specialist nurse nurses
doctor consultant treatment treated under during morning evening night nights lunch lunchtime break
between right place places write written follow following agreed arrange arranged medical medicine medicines
that this with them they then than from have been will each week weeks time more some when what make very also
into only over such your ours their body does done goes went come came like just know need want well much many
most less used uses year days hour hours term half full part both same made take able away back here
""".split())
#: A word (letters, hyphen and apostrophe) of four letters or more.
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]{3,}")


def _stems(text: str, skip: set[str]) -> set[str]:
    """The distinctive words of a text, as six-letter stems (general words and names left out)."""
    out: set[str] = set()
    for w in _WORD.findall(text):
        lw = w.lower().strip("'’-")
        if lw in _GENERAL or lw in skip or lw.endswith(("'s", "’s")) and lw[:-2] in skip:
            continue
        out.add(lw[:6])
    return out


def _names(text: str) -> set[str]:
    """Capitalised words inside sentences (people's and places' names), lower-cased."""
    return {m.group(1).lower() for m in re.finditer(r"(?<=[a-z,;] )([A-Z][a-z]+)", text)}


def unknown_needs(described: list[Sentence], p: ConditionReading) -> list[tuple[Block, str]]:
    """The items of C that state a need naming none of the conditions the rubric recognises, as
    (block, the item's text). A lead-in ("Rivka's health needs are:"), a short label, an item that
    names a recognised condition (negated or not: the list's reading judges it) and an item that
    says the child is fine are none."""
    by_block: dict[int, list[Sentence]] = {}
    for s in described:
        by_block.setdefault(s.block.id, []).append(s)
    fine = rx(p.fine_patterns)
    difficulty = rx(p.difficulty_patterns)
    out: list[tuple[Block, str]] = []
    for sents in by_block.values():
        text = " ".join(s.text for s in sents)
        if text.rstrip().endswith(":") or len(text.split()) < 8 or not _STATES_NEED.search(text):
            continue
        if any(search(c.need, text) for c in p.conditions):
            continue
        if fine is not None and fine.search(text) and not (difficulty is not None and difficulty.search(text)):
            continue
        out.append((sents[0].block, text))
    return out


def named_in(need: str, texts: list[str]) -> bool:
    """Does any of the provision texts name the need in its own words (the condition, its care or
    the service that manages it)?"""
    skip = _names(need)
    mine = _stems(need, skip)
    if not mine:
        return True  # nothing distinctive to look for: no gap the checker can show
    return any(mine & _stems(t, skip) for t in texts)
