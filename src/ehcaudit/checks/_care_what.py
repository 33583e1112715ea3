"""Does a line of social care provision name what is provided? (no check kinds are registered here)

An auditor reads "what" as the thing the line gives: a service, an activity, a worker, a piece of
equipment ("Family time with his mum", "Evening social group for young adults", "Carer's break").
A word list of services never covers the next council's names for them, so the line is read for
its lead phrase (the first cell of a table row, the words before "Label: value"'s colon or the
first comma): a service's own name in quotation marks ('"Friday Friends", a fortnightly youth
club') names it; otherwise, with the quantity, the funder or provider ("funded by Adult Social Care"), words
that name no thing ("input", "support", "provision", "social care") and function words taken
out, a lead phrase that still holds content words names what is provided. "Social care input:
weekly" or "Adult Social Care to provide 6 hours a week" does not.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ehcaudit.checks._patterns import rx

#: where the lead phrase ends: a table cell break, a colon or semicolon, a comma, a bracket
_LEAD_END = re.compile(r"\s\|\s|[:;,(]|\s[-–—]\s")
#: a funder, provider or arranger named after the thing: "funded by ...", "run by ...", "through ..."
_BY = re.compile(r"\b(funded|paid( for)?|commissioned|purchased|run|provided|delivered|arranged|organised|"
                 r"organized|supervised|agreed|allocated|offered|given)\s+(by|from|through|via|with)\b.*$|"
                 r"\b(through|via|from|by)\s+(the\s+)?[\w'’ -]{0,40}\b(team|service|council|social care|"
                 r"social services)\b.*$", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
#: words that name no thing provided
_NOT_WHAT = frozenset("""
a an the and or of for to in on at with by from into onto per each every his her their its our your my
he she they him them it we you i this that these those who which will would can may shall should must
be is are was were been being have has had do does did
social care adult adults children children's childrens service services team teams council authority
local provision provide provided provides providing input support supported help helped assist
assistance package as required needed when necessary appropriate agreed funded commissioned arranged
per week weekly day daily month monthly fortnight fortnightly term termly year yearly hour hours
minute minutes session sessions times once twice regular regularly ongoing up least
monday tuesday wednesday thursday friday saturday sunday weekend weekends
one two three four five six seven eight nine ten
""".split())


#: time words that, before a noun, name a kind of service ("day opportunities", "weekend club",
#: "Saturday club", "evening group") rather than an amount
_TIME_MODIFIERS = frozenset("day weekend saturday sunday".split())


def _names_kind(words: list[str], i: int) -> bool:
    """Is ``words[i]`` a time word used as a modifier of the noun after it ("day opportunities")?"""
    nxt = words[i + 1] if i + 1 < len(words) else ""
    return words[i] in _TIME_MODIFIERS and len(nxt) > 2 and nxt not in _NOT_WHAT


def lead_phrase(text: str) -> str:
    """The words that head a line of provision: its first cell, or what comes before the first
    colon, comma or bracket, without the funder or provider named after it."""
    lead = _LEAD_END.split(text.strip(), maxsplit=1)[0]
    return _BY.sub("", lead)


#: an opening phrase of time or condition before the main clause ("From his 16th birthday, a Personal
#: Adviser ...", "After school on Fridays, a support worker ..."): the reader reads on to the main clause
_OPENER = re.compile(r"^\W*(from|after|before|until|when|whenever|once|during|in|at|by|on|over|within|"
                     r"starting|following|between|each|every|if)\b[^,;:|()]{0,60},\s*(?=\S)", re.IGNORECASE)


def names_what(text: str, quantity_patterns: Sequence[str], min_words: int = 2) -> bool:
    """Does the line's lead phrase name a thing provided (``min_words`` content words once the
    quantity, the funder and words naming no thing are taken out)? An opening phrase of time or
    condition is read past, to the main clause's lead phrase."""
    if _lead_names_what(text, quantity_patterns, min_words):
        return True
    m = _OPENER.match(text.strip())
    return m is not None and _lead_names_what(text.strip()[m.end():], quantity_patterns, min_words)


#: a service's own name in quotation marks heading the line ('"Friday Friends", a fortnightly youth club')
_QUOTED_NAME = re.compile(r"^\s*[\"“‘'][^\"“”‘’]{0,60}?\b[A-Z][\w'’&-]*[^\"“”‘’]{0,60}[\"”’']\s*$")


def _lead_names_what(text: str, quantity_patterns: Sequence[str], min_words: int) -> bool:
    lead = lead_phrase(text)
    if _QUOTED_NAME.match(lead):
        return True  # a named club, group or scheme names what is provided, whatever words its name uses
    q = rx(quantity_patterns)
    if q is not None:
        lead = q.sub(" ", lead)
    words = [re.sub(r"['’]s$", "", w.lower()).strip("'’-") for w in _WORD.findall(lead)]
    content = [w for i, w in enumerate(words) if len(w) > 2 and (w not in _NOT_WHAT or _names_kind(words, i))]
    return len(content) >= min_words
