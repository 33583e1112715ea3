"""Provision written into an outcome ("will have 1:1 support from a TA to ..."), read by PR-SMART and
the person-centred checks: :func:`ehcaudit.clauses.provision_clause` of an outcome sentence, less what
only looks like provision there - what the child says they want, a verb used as a noun, an act done
("will have completed a course") and a place the young person wins."""

from __future__ import annotations

import re

from ehcaudit.checks._pc_reading import (
    made_for_child,
    won_place,
)
from ehcaudit.clauses import (
    ProvisionClause,
    provision_clause,
)

#: The child telling others what help they want: a verb of saying or choosing and a question word
#: before the provision ("will tell a new support worker how she likes to be helped", "will explain to
#: staff what support he needs", "will choose which adult helps her"). Provision named inside what the
#: child says is the child's self-advocacy - the achievement - not provision received.
_SAYS_WHAT_HELP = re.compile(
    r"\b(?:tell|tells|explain|explains|say|says|show|shows|describe|describes|let\s+\w+\s+know|communicate|"
    r"communicates|indicate|indicates|choose|chooses|decide|decides|ask|asks|write|writes|sign|signs|direct|directs)"
    r"\b[^.;]{0,60}?\b(?:how|what|when|where|which|whether|who)\b[^.;]*$", re.IGNORECASE)


#: A determiner and up to two modifiers just before a word: the word is a noun's modifier or the noun
#: itself ("a weekly community access session", "her support sessions"), not the clause's verb.
_NOUN_USE = re.compile(r"\b(?:a|an|each|every|one)\s+"
                       r"(?:(?!(?:will|to|can|could|would|should|must|may|might|shall|and|or|not|be|also|then|"
                       r"who|which|that)\b)[\w-]+\s+){1,2}$", re.IGNORECASE)
#: A verb in its bare form, one word ("access", "support"): the only form that also modifies a noun.
_BARE_FORM = re.compile(r"(?i)(?!has\b|have\b|gets?\b)[a-z]+(?<!ed)(?<!ing)(?<![^s]s)")
_ONE_TO_ONE = re.compile(r"\b(?:1|one)[- ]to[- ](?:1|one)\b", re.IGNORECASE)


#: "have" as the future perfect's helper, a participle of the child's own act after it ("will have
#: successfully undertaken a programme", "will have completed a course"), or the perfect participle
#: ("having completed six surveys", "having passed her theory test") - not receiving, being given,
#: attending or accessing something.
_PERFECT = re.compile(r"^ha(?:ve|s|ving)\s+(?:\w+ly\s+)*(?!(?:received|been|got|gotten|accessed|attended|had|given|"
                      r"used)\b)(?:\w+ed|undertaken|taken|done|begun|written|chosen|driven|ridden|shown|grown|"
                      r"spoken|won|made|built|sat|met|run|learnt|kept|led|taught|drawn)\b", re.IGNORECASE)


def provision_hit(sentence: str, nouns: re.Pattern, providers: re.Pattern | None, verbs: re.Pattern | None,
                  made: bool = True):
    """:func:`provision_clause` of an outcome sentence, unless the provision is what the child says
    they want (see :data:`_SAYS_WHAT_HELP`). "1-to-1" and "one-to-one" are read as "1:1" (the
    hyphenated "to" is no preposition ending the noun phrase)."""
    sentence = _ONE_TO_ONE.sub("1:1", sentence)
    c = provision_clause(sentence, nouns, providers, verbs)
    for _ in range(3):  # a verb's form used as a noun ("a weekly community access session") is no verb
        if c is None or c.reason != "receives":
            break
        at = sentence.find(c.verb)
        if at < 0 or not _NOUN_USE.search(sentence[:at]) or not _BARE_FORM.fullmatch(c.verb):
            break
        sentence = sentence[:at] + "x" * len(c.verb) + sentence[at + len(c.verb):]
        c = provision_clause(sentence, nouns, providers, verbs)
    if c is None:  # "has large print copies, prepared by the HLTA" (unless ``made`` is False)
        hit = made_for_child(sentence, providers) if made else None
        return ProvisionClause(verb=hit[0], what=hit[1], reason="staff provide") if hit else None
    at = sentence.find(c.verb)
    if at > 0 and _SAYS_WHAT_HELP.search(sentence[:at]):
        return None
    if c.reason == "receives" and at >= 0 and _PERFECT.match(c.verb + sentence[at + len(c.verb):]):
        return None  # "will have successfully undertaken a programme of tasks": an act done, not a thing had
    end = sentence.find(c.what, max(at, 0))
    offered = c.reason == "is given" and c.verb.lower().endswith("offered")
    if (c.reason == "receives" or offered) and end >= 0 and won_place(c.what, sentence[end + len(c.what):]):
        # "will have a confirmed place on a plumbing course", "will be offered a paid job": a place or
        # work the young person wins
        return None
    return c


#: Attending, as the child's achievement when it has an attendance target: "will attend all scheduled
#: college sessions (target 95% attendance)", "will attend 90% of timetabled lessons" - school refusal
#: overcome, not provision received (unlike "will attend speech therapy sessions every week").
_ATTEND = re.compile(r"attend(?:s|ed|ing)?", re.IGNORECASE)
#: A share of the planned occasions is an attendance target too ("on at least 4 out of 5 planned weeks").
_ATTENDANCE_TARGET = re.compile(r"\d+\s*(?:%|per ?cent)|\battendance\b|\b(?:scheduled|timetabled|planned)\b|"
                                r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+out\s+of\b", re.IGNORECASE)
#: ... and so is attending every one of them: "attending every session", "will attend all of her
#: placement days" (the object of "attend" is every, each or all of the occasions).
_EVERY_ONE = re.compile(r"^\W*(?:every|each|all)\b", re.IGNORECASE)
#: ... and so is attending on one's own: "will book and attend her own appointments without her
#: aunt's help", "will attend his college interview independently" - the young person managing it,
#: not a session given ("will attend therapy sessions with his TA" is provision).
_ON_OWN = re.compile(r"\b(?:independently|on\s+(?:his|her|their|my|your)\s+own|by\s+(?:him|her|them|my|your)sel(?:f|ves)|"
                     r"without\s+(?:(?:an?|any|his|her|their|my|your|[\w-]+['’]s?|adults?|staff)\s+){0,2}(?:help|support|prompt\w*|reminders?))\b",
                     re.IGNORECASE)


def attending_achieved(sentence: str, c: ProvisionClause) -> bool:
    """Is attending, in this outcome sentence, the child's achievement rather than a session given: an
    attendance target, every one of the occasions, or attending on one's own (see above)?"""
    return bool(_ATTEND.fullmatch(c.verb) and (_ATTENDANCE_TARGET.search(sentence) or _EVERY_ONE.match(c.what)
                                               or _ON_OWN.search(sentence)))
