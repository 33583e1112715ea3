"""How an auditor reads the thread from Section A's hopes to Section E's outcomes (PC-ASPIRATION-LINK).

An outcome "visibly leads towards" a hope when the outcome itself (what the child will do) is about
the hope's field, or builds a step towards it. The lines around an outcome that point elsewhere ("See the sensory outcome"),
head a list ("Outcomes for the end of Reception (July 2027)") or say how progress is measured are
not outcomes: a word they share with a hope links nothing. An interest is what the child enjoys -
the thing liked, not the people they enjoy it with or the reason they give ("I like school because
of my friends": school is the setting, friends the reason; "with my foster brother": a person).
"""

from __future__ import annotations

import re

from ehcaudit.clauses import negated

#: A line in an outcome's cell that is not itself an outcome (see the module's docstring).
_NOT_OUTCOME_LINE = re.compile(
    r"^\W*(?:\d+[.)]\s*)?(?:"
    r"see\b|as above\b|(?:please\s+)?refer\b"
    r"|(?:end of (?:key stage|phase)\s+)?outcomes?\s+(?:for|by|at|to be achieved by)\b[^.]{0,60}[.:]?\s*$"
    r"|how (?:progress|this|it) will be (?:measured|checked|reviewed)|how (?:we|you|will we|staff) (?:will )?know\b"
    r"|(?:we will know|progress will be measured|measured by|evidence(?:d)? by)\b)",
    re.IGNORECASE)

#: People the child likes being with: company, not a field an outcome builds on.
_PEOPLE = re.compile(
    r"\b(?:friends?|brothers?|sisters?|siblings?|cousins?|mum|mums|dad|dads|mother|father|parents?|nan|nana|"
    r"grandma|grandad|grandparents?|granny|uncle|aunt(?:ie)?|family|foster|carers?|teachers?|staff|peers?|"
    r"people|everyone|adults?)\b", re.IGNORECASE)

#: Where the liked thing ends: the reason or the setting given after it.
_REASON = re.compile(r"\b(?:because|as it|since|so that|when|where|but)\b|[;.]", re.IGNORECASE)


def outcome_link_text(text: str) -> str:
    """The lines of an outcome block that are outcomes: cross-references, list headings and
    measure lines dropped."""
    lines = [ln for ln in text.splitlines() if ln.strip() and not _NOT_OUTCOME_LINE.match(ln)]
    return "\n".join(lines)


def interest_object(sentence: str, start: int, end: int) -> str:
    """What the child enjoys: the words after the interest word at ``start``-``end`` ("enjoys
    audiobooks, podcasts ..."), up to a reason ("because of my friends"), people dropped. A line of
    an interests box with no interest word ("Football at playtime") is all interest (start = end = 0)."""
    rest = sentence[end:]
    m = _REASON.search(rest)
    if m is not None and m.start() > 0:
        rest = rest[:m.start()]
    if not _NAMED.search(rest):
        # "to understand what he likes and dislikes. Oliver reaches for bubbles": the liking named, the
        # thing liked said elsewhere in the sentence
        rest = sentence
    return _PEOPLE.sub(" ", rest)


#: A word naming something liked (not "and dislikes", "it", "to do").
_NAMED = re.compile(r"\b(?!(?:and|or|dislikes?|doing|does|do|it|them|that|this|to|the|a|an|very|much|lots|most|best)\b)"
                    r"[A-Za-z]{3,}", re.IGNORECASE)


#: A negation in the clause before a hope's words: "I don't want to go to big school", "she does not
#: want to leave", "they never hoped to ..." (either apostrophe).
_NOT_HOPED = re.compile(r"\b(?:not|never|no longer)\b|n['’]t\b", re.IGNORECASE)


def hoped(sentence: str, hope: re.Pattern) -> bool:
    """Does ``sentence`` state a hope (``hope``, the aspiration patterns) in a clause that is not
    negated? "I don't want to go to big school" is a fear or a dislike, not an aspiration an
    outcome could build towards (PC-ASPIRATIONS reads it so too)."""
    return any(not negated(sentence, m.start(), m.end(), _NOT_HOPED) for m in hope.finditer(sentence))
