"""Section K lines that say something about an advice rather than name one: a template row left as
the national template wrote it, and a note that an advice was requested but never received.
:mod:`ehcaudit.reader.advice` re-exports both (``adv.not_received``, ``adv.is_template_row``).
"""

from __future__ import annotations

import re

from ehcaudit.clauses import RECEIVE_STEM

#: The national template's own Section K row titles. A row that still says only this (no date,
#: no author) is a template row nobody filled in, not an item of advice.
_TEMPLATE_K_ROWS = re.compile(
    r"^(?:advice (?:and information )?from any (?:other )?person\b|provision to assist the y9\b"
    r"|advice and information requested\b)", re.I)


def is_template_row(title: str) -> bool:
    """Is this K row title the national template's own wording, left unfilled?"""
    return bool(_TEMPLATE_K_ROWS.match(" ".join(title.split())))


#: "received" as plans type it, also with its letters swapped ("recieved", "recevied"): a misspelt
#: note that an advice never came is still that note (the spelling is clauses.RECEIVE_STEM's).
_RECEIVED = rf"{RECEIVE_STEM}(?:ed|ied)"

#: A note that advice was asked for and did not arrive: "Requested 14/01/2026 – not received at
#: the time this plan was issued", "report awaited", "no response received".
_NOT_RECEIVED_RE = re.compile(
    rf"\bnot\s+(?:yet\s+)?(?:been\s+)?(?:{_RECEIVED}|provided|returned|submitted|supplied|given|available)\b"
    r"|\b(?:advice|reports?|response|reply|information|contribution)\s+(?:(?:is|was|are|were|still|has|have|been)\s+)*"
    r"(?:awaited|outstanding|overdue)\b"
    r"|(?:^|[|:(\u2013\u2014-]\s*)(?:still\s+)?(?:awaited|outstanding|overdue)\s*(?:$|[|).;,])|\bno (?:response|reply)\b"
    r"|\bawaiting\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,3}?(?:advice|report|response|reply|information|contribution)\b"
    r"|\bno\s+(?:advice|report|response|reply|information|contribution)\s+(?:was\s+|has\s+been\s+|yet\s+)?"
    rf"(?:{_RECEIVED}|given|returned|provided|submitted)\b"
    r"|\bdeclined to (?:give|provide|contribute)\b", re.I)


def not_received(text: str) -> bool:
    """Does this K line record an advice that was requested but not received?"""
    return bool(_NOT_RECEIVED_RE.search(" ".join(text.split())))
