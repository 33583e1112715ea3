"""A health condition named as a reaction to a situation ("very anxious about medical procedures
and has refused blood tests") is met, as an auditor reads it, by provision that works on that
situation (a desensitisation programme "to help Owen manage blood tests and health appointments"),
even when the provision names no mental health service. The situation is what the sentence says
after the condition; provision serves it when it names one of the situation's content words, met
by their stems (the Snowball stems of ``_words.stem``, as the checks linking outcomes and provision
meet words: "blood tests" and "a blood test" meet; "transitions" and "transport" do not).

The words that say nothing about a situation (``_GENERIC``) are this rule's own: the rubric's
``stop_words`` are the words too common to link a hope to an outcome, and hold the very things a
child reacts to ("lessons", "sessions", "minutes", "adults") that provision names again."""

from __future__ import annotations

import re

from ehcaudit.checks._words import stem

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
# words that say nothing about what the situation is
_GENERIC = frozenset("""about after again also always been before being child childhood does done during
every from have having into just more most much often only other over since some such than that their
them then there these they this those very were what when where which while will with would your
because could should things thing times sometimes really quite health needs support school staff
home help helps""".split())


def situation_words(text: str, start: int) -> set[str]:
    """The stems of the content words of the situation a reaction at ``start`` is about
    (tests/test, procedures/procedure); a capitalised word (a name) is no situation."""
    return {stem(w) for w in _WORD.findall(text[start:])
            if len(w) >= 4 and w.islower() and w not in _GENERIC}


def serves_situation(words: set[str], provision: str) -> bool:
    """Does the provision name the situation (one of its content words)?"""
    return bool(words) and any(stem(w) in words for w in _WORD.findall(provision) if len(w) >= 4
                               and w.lower() not in _GENERIC)
