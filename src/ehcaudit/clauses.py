"""Clause logic every check shares: read clauses, not words.

Checks used to decide with a regular expression over a whole sentence, so a word anywhere
counted: "no" three clauses back negated a condition, a year's digits made an outcome
measurable, "May" the month was a modal verb, and "access" made "access the community
independently" provision. This module holds the few pieces of sentence grammar the checks need,
written once:

* :func:`clause_before` / :func:`clause_after` and :func:`negated` - negation ends at a clause
  boundary ("but", "however", "although", ";", ":", a full stop, "and" starting a new verb);
  :func:`ruled_out` - a cause the sentence rules out ("rather than because of a sensory
  processing difficulty", "not caused by hearing loss") is not what it says the child has;
* :func:`is_month` - "May" (or "March") that is a date, never a modal verb or a verb;
* :func:`without_time` / :func:`has_measure` - a measure is a count, a score, a level, a
  standard or who records it; never a date, a year, a year group or a time limit;
* :func:`outcome_core` - an outcome without its frame (its opening "By July 2026," and closing
  "as recorded by ..."), what LG-READABILITY measures;
* :func:`provision_clause` - who is the subject of the main verb and what the verb does: the child
  receiving or being given something (in any tense or voice: "will receive", "has", "is given",
  "to be provided with"), or a member of staff providing it, as opposed to the child achieving
  something ("receive a certificate", "be able to receive praise").

Word lists that are matters of judgement (which nouns are provision, who provides) come from
the rubric; only grammar lives here. Everything is plain regular expressions over one
sentence: no model, nothing to download, microseconds per sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from ehcaudit.dates import MONTHS, find_dates

# -- clause boundaries and negation ---------------------------------------------------------------

#: Punctuation that closes a clause, or a contrasting conjunction: a clause's end either way.
_CLAUSE_END = (r"(?<!\d)[.:](?!\d)|[;!?\u2013\u2014]|\s-\s|\(|\)"
               r"|\b(?:but|however|although|though|whereas|while|yet|except|apart from|other than|alongside)\b")

#: Where a clause ends: punctuation that closes a clause, a contrasting conjunction, or "and"
#: starting a new verb ("has no difficulty walking and has epilepsy").
BOUNDARY_RE = re.compile(
    _CLAUSE_END
    + r"|,?\s\band\s+(?=(?:he|she|they|it|this|there\s+)?\s*(?:has|have|had|is|are|was|were|does|did|takes|needs|uses|"
    r"experiences|gets|receives|can|may|will|would)\b)",
    re.IGNORECASE,
)


def clause_before(text: str, pos: int) -> str:
    """The part of ``text`` before ``pos`` that lies in the same clause."""
    head = text[:pos]
    end = 0
    for m in BOUNDARY_RE.finditer(head):
        end = m.end()
    return head[end:]


#: Where a clause ends, looking forward: as :data:`BOUNDARY_RE`, but "and" keeps the subject
#: ("Her hearing was tested in 2025 and is normal").
AFTER_BOUNDARY_RE = re.compile(_CLAUSE_END, re.IGNORECASE)


def clause_after(text: str, pos: int) -> str:
    """The part of ``text`` from ``pos`` to the end of its clause."""
    m = AFTER_BOUNDARY_RE.search(text, pos)
    return text[pos: m.start()] if m else text[pos:]


def negated(text: str, start: int, end: int, before: re.Pattern | None, after: re.Pattern | None = None) -> bool:
    """Is the match ``text[start:end]`` negated within its own clause?

    ``before`` is searched in the clause before the match ("no history of", "does not have"),
    ``after`` must match at the start of the clause after it ("is normal", "has been ruled out");
    a match used as a label at the start of its clause ("Epilepsy: no seizures for two years") takes
    the clause after its colon as that clause.
    """
    if before is not None and before.search(clause_before(text, start)):
        return True
    if after is None:
        return False
    label = _LABEL_COLON.match(text, end)
    if label is not None and _LABEL_LEAD.fullmatch(clause_before(text, start)):
        # a label ("Epilepsy: no seizures for two years"): its value is the clause after the colon
        return bool(after.search(clause_after(text, label.end())))
    return bool(after.search(clause_after(text, end)))


#: The colon after a word used as a label at the start of its clause ("Hearing: within normal limits").
_LABEL_COLON = re.compile(r"[ \t]*:(?!\d)[ \t]*")
#: What may stand before such a label in its clause: nothing, a bullet or an item code ("C1 ", "2. ").
_LABEL_LEAD = re.compile(r"[\s\u2022*\-\u2013]*(?:[A-Z]?\d{1,2}[.)]?\s+)?")


#: A list of two or more short quoted words or phrases ('"help", "toilet" and "finished"'): the words a
#: child will learn, say or sign, named as vocabulary.
_QUOTED = r"[\"“‘'][^\"“”‘’'\n]{1,25}[\"”’']"
_QUOTED_LIST = re.compile(rf"{_QUOTED}(?:\s*(?:,|\band\b|\bor\b|/|,\s*and\b|,\s*or\b)\s*{_QUOTED})+")


def without_quoted_lists(text: str) -> str:
    """``text`` with each list of quoted words blanked out: in "will use 50 signs, including "help",
    "toilet" and "finished"", the quoted words are the vocabulary the outcome counts, not what it is
    about. A single quoted word ("will say "toilet" when she needs to go") is kept."""
    return _QUOTED_LIST.sub(" ", text)


#: A cause the sentence rules out: "because of her experiences, rather than because of a sensory
#: processing difficulty", "his language delay is not caused by hearing loss", "not due to ...".
_RULED_OUT_RE = re.compile(r"\b(?:rather than|and not|not)\s+(?:(?:because|as a result) of|caused by|due to|"
                           r"(?:the |a )?result of|down to)\b", re.IGNORECASE)


def ruled_out(text: str) -> tuple[str, str]:
    """``text`` without the causes it rules out, and those causes: each runs from "rather than
    because of" or "not caused by" to the end of its clause. "She is sensitive to noise because of
    her experiences, rather than because of a sensory processing difficulty" -> ("She is sensitive
    to noise because of her experiences, ", "rather than because of a sensory processing difficulty")."""
    kept, out, pos = [], [], 0
    for m in _RULED_OUT_RE.finditer(text):
        if m.start() < pos:
            continue
        end = m.end() + len(clause_after(text, m.end()))
        kept.append(text[pos: m.start()])
        out.append(text[m.start(): end])
        pos = end
    kept.append(text[pos:])
    return "".join(kept), " ".join(out)


# -- months, modals and dates -------------------------------------------------------------------

# a month in a list of months: "(October, February and May)"; "May" itself is left out of the
# list words, as "May, and ..." is seldom a month
_LISTED_MONTH = "|".join(name for name in MONTHS if len(name) >= 4 and name != "sept")
_MONTH_CONTEXT_BEFORE = re.compile(
    r"(?:\b(?:from|in|by|since|until|till|during|before|after|of|end of|start of|beginning of|early|mid|late|"
    r"each|every|this|next|last|from early|on|until the end of)\s*|\d{1,2}(?:st|nd|rd|th)?\s+"
    rf"|\b(?:{_LISTED_MONTH})(?:,?\s+(?:and|or|&)\s+|,\s*))$", re.IGNORECASE)
_MONTH_CONTEXT_AFTER = re.compile(r"^\s*(?:\d{1,2}(?:st|nd|rd|th)?\b|,?\s*(?:19|20)\d\d\b|half[- ]term\b)", re.IGNORECASE)
# the first of a list or range of months: "(May, June, September 2026)", "May and June", "May to July"
_MONTH_LIST_AFTER = re.compile(rf"^(?:,\s*|\s+(?:and|or|&|to|until|till)\s+|\s*[-–]\s*)(?:{_LISTED_MONTH})\b", re.IGNORECASE)


def is_month(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` ("May", "March") a month here, rather than a modal verb or a verb?

    A month is followed by a year or a day ("May 2026", "May 3rd"), or follows a date word
    ("from May", "in May", "by the end of May", "3 May"). "may" in lower case is never a month.
    """
    word = text[start:end]
    if not word[:1].isupper():
        return False
    if _MONTH_CONTEXT_AFTER.match(text[end:end + 12]) or _MONTH_LIST_AFTER.match(text[end:end + 16]):
        return True
    return bool(_MONTH_CONTEXT_BEFORE.search(text[max(0, start - 24):start]))


_TIME_SPANS = [
    re.compile(r"\b(?:19|20)\d\d(?:[/-]\d\d(?:\d\d)?)?\b"),                       # a year, "2026/27"
    re.compile(r"\b(?:year|yr|y)\s?\d{1,2}\b", re.IGNORECASE),                    # a year group
    re.compile(r"\b(?:key stage|ks)\s?\d\b", re.IGNORECASE),
    re.compile(r"\b(?:age[ds]?|aged)\s+\d{1,2}\b", re.IGNORECASE),
    re.compile(r"\b(?:within|in|over|after|for the next|by the end of|in the next)\s+(?:the\s+)?(?:next\s+)?"
               r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty-four)\s+"
               r"(?:weeks?|months?|terms?|half[- ]terms?|years?)\b", re.IGNORECASE),
    re.compile(r"\b\d{1,2}(?:st|nd|rd|th)\b", re.IGNORECASE),                     # "1st", "the 3rd"
    # a half-term or a numbered term: "by the end of Summer 1", "Autumn 2", "Spring term 1", "Term 4"
    re.compile(r"\b(?:(?:autumn|spring|summer)(?:\s+term)?\s*[12]|term\s*[1-6])\b", re.IGNORECASE),
    # "Outcome (end of key stage)", "by the end of this key stage": when, not a stage reached
    re.compile(r"\bend of (?:the |this |that |each |her |his |their |the current |the next )?key stage\b", re.IGNORECASE),
    # a month or season with a shortened year: "Dec '27", "Summer ’26", "Sept. '27"
    re.compile(r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
               r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|spring|summer|autumn|easter)\.?\s*['’]\d\d\b", re.IGNORECASE),
]


@lru_cache(maxsize=8192)
def without_time(text: str) -> str:
    """``text`` with every date, year, year group, key stage, age and time limit blanked out, so
    that the digits left are counts, scores or levels ("By July 2027" -> "By ")."""
    out = text
    for _d, _m, s, e in reversed(find_dates(out)):
        out = out[:s] + " " + out[e:]
    for rx_ in _TIME_SPANS:
        out = rx_.sub(" ", out)
    return out


def has_measure(text: str, measure: re.Pattern) -> re.Match | None:
    """The measure in an outcome (a count, score, level, standard or who records it), found
    after dates and time limits are taken out: a year's digits are never a measure."""
    return measure.search(without_time(text))



# -- an outcome's frame: when, and who records it --------------------------------------------------

#: An outcome's opening time frame, up to its comma: "By the end of July 2026, ", "By Christmas
#: 2026, ", "Within two terms, ", "At the end of Year 9, ".
_FRAME_LEAD = re.compile(r"^\W*(?:by|before|within|at|in|during|over|from|until|on)\s+[^,.;:]{1,40}?,\s*", re.IGNORECASE)
#: Time words a lead names besides a date: a season, a holiday, a term, the end of a stage.
_FRAME_TIME_WORD = re.compile(r"\b(?:christmas|easter|half[- ]term|term|terms|year|years|months?|weeks?|spring|summer|autumn|"
                              r"winter|key stage|placement|transition|review)\b", re.IGNORECASE)
#: The verbs that say who records a measure, and where: "recorded by", "observed in", "logged on" -
#: the one list, read here (an outcome's closing frame) and by checks/_pc_reading.without_recorder.
RECORD_VERBS = (r"recorded|observed|assessed|checked|measured|reported|monitored|confirmed|logged|noted|tracked|"
                r"evidenced|verified")
#: Its closing record of who measures it: ", as recorded by her key adult", "as signed off by the
#: travel trainer", ", marked by her teacher", ", with predicted grades recorded by her tutor ...",
#: ", agreed with the careers adviser" - to the end of the sentence, naming who or what records it
#: ("by", "in", "with"...): ", evidenced through consistent utilisation of ..." is the outcome itself.
#: Besides RECORD_VERBS, a closing frame may say "marked", "signed off", "shown" or "agreed": only
#: here, at the sentence's end, as inside a sentence ("as shown in his drawings") they are its content.
_FRAME_TAIL = re.compile(
    r"(?:,\s*|\s+(?=as\s))(?:as\s+|with\s+(?:[\w'’-]+\s+){1,3})?"
    rf"(?:{RECORD_VERBS}|marked|signed\s+off|shown|agreed)\s+"
    r"(?:by|in|on|at|using|with|during)\b[^.;!?]{0,140}?(?=\s*\((?:see|refer)\b|[.;!?]*\s*$)", re.IGNORECASE)
#: A closing cross-reference in brackets: "(see Section H1)".
_FRAME_XREF = re.compile(r"\s*\((?:see|refer to)\b[^()]*\)", re.IGNORECASE)


def outcome_core(text: str) -> str:
    """An outcome sentence without the frame that makes it measurable: its opening time frame
    ("By July 2026, ") and its closing record of who measures it (", as recorded by her key
    adult"), and a bracketed cross-reference ("(see Section H1)"). What is left is what the child
    will do, the part a family reads as the outcome. A sentence with no frame is returned as it is."""
    out = _FRAME_XREF.sub("", text)
    lead = _FRAME_LEAD.match(out)
    if lead and (without_time(lead.group(0)) != lead.group(0) or _FRAME_TIME_WORD.search(lead.group(0))):
        out = out[lead.end():]
    out = _FRAME_TAIL.sub("", out)
    return out.strip()

# -- the main verb: achieving or receiving ------------------------------------------------------

#: "receive" as plans type it, also with its letters swapped or one dropped ("recieve", "receved"):
#: the one spelling rule for every reading of receiving (here, and a K note that advice was not
#: received in reader/advice_status.py).
RECEIVE_STEM = r"rec(?:ei|ie|e)v"
#: Active verbs of receiving, in every tense: receive, get, have, attend, access.
_RECEIVE = (rf"{RECEIVE_STEM}(?:e|es|ed|ing)|get|gets|getting|got|ha(?:s|ve|d|ving)|attend(?:s|ed|ing)?"
            r"|access(?:es|ed|ing)?|continue(?:s|d)? to (?:receive|have|get|attend|access)")
#: Passive verbs of being given something: is given, will be provided with, has been offered...
_PASSIVE = (r"(?:is|are|was|were|be|been|being|gets|get|got)\s+(?:\w+ly\s+)?"
            r"(?:given|provided(?: with)?|offered|allocated|supported|taught|helped|assisted|funded|granted|"
            r"prescribed|supervised|transported|escorted)\b")
#: Words just before a verb that make it what the child does, not what they get:
#: "be able to receive praise", "learn to accept help", "ask for", "without".
_ABILITY_BEFORE = re.compile(
    r"\b(?:able to|learn(?:s|ing)? (?:how )?to|know(?:s)? how to|how to|begin(?:s)? to|start(?:s)? to|"
    r"confidence to|try to|tries to|choose(?:s)? to|agree(?:s)? to|want(?:s)? to|ask(?:s|ing)? (?:for|to)|"
    r"request(?:s|ing)?|accept(?:s|ing)?|tolerat\w+|without|rather than|instead of|less|fewer|reduc\w+|"
    r"no longer|not need to|not|need(?:s)? less)\s+(?:\w+\s+)?$", re.IGNORECASE)
#: A subordinate clause: its verb is a condition or the time of the child's act, not the outcome's main
#: verb ("when she is given two choices", "before his medicine is given").
_SUBORDINATE = re.compile(r"\b(?:when|whenever|if|once|after|as soon as|unless|until|while|where|even when)\b"
                          # "before" opening the verb's own clause, not a time phrase set off by a comma
                          # ("Before lunch, Sam will be given his medicine" is provision)
                          r"|\bbefore\b[^,;]*$", re.IGNORECASE)
#: A possessor inside a noun phrase ("an adult's attention", "the teacher's permission"): whose the
#: thing is, not the thing the child gets - the head noun after it is ("the TA's support" is support).
_POSSESSOR = re.compile(r"\b[\w-]+['’]s?(?<=['’]s|s['’])(?=\s)", re.IGNORECASE)
#: A preposition just before a passive gerund: "within 2 minutes of being given it", "on being shown",
#: "after being reminded once" - the moment the child acts, not what they receive.
_GERUND_AFTER = re.compile(r"\b(?:of|on|upon|after|before|since)\s+$", re.IGNORECASE)
#: A passive in a clause that names a thing after its noun ("the words he has been taught", "the
#: strategies that she was shown"): the object of the child's own verb, not what the child is given.
_RELATIVE_BEFORE = re.compile(
    r"\b(?!(?:and|but|or|so|then|because|if|when|where|while|until|whether|as|by|once|after|before|"
    r"now|today|already|also|still|therefore|will|can|must|should)\b)[a-z]{3,}\s+(?:that\s+|which\s+)?"
    r"(?:he|she|they|I|we|you)\s+(?:has\s+|have\s+|had\s+)?$", re.IGNORECASE)
_NP_STOP = re.compile(
    r"\b(?:to|for|with|from|in|at|on|when|during|by|so|because|which|that|who|while|without|until|as|if|"
    r"where|than|before|after|into|across|around)\b|[,;()]|(?<!\d)[:.](?!\d)", re.IGNORECASE)


#: "will be used by", "are delivered by", "is to be taught by": a passive verb and its agent's "by".
_AGENT_PASSIVE = re.compile(
    r"\b(?:will be|shall be|is|are|to be|must be|should be)\s+(?:\w+ly\s+)?(?P<v>set up|\w+(?:ed|en)|used|run|taught|made|put|led|kept|held|given)"
    r"\s+by\s+(?:the\s+|all\s+|a\s+|an\s+|his\s+|her\s+|their\s+|every\s+|each\s+|trained\s+|named\s+)*",
    re.IGNORECASE)
_RECORDING = re.compile(r"recorded|measured|monitored|observed|checked|assessed|logged|tracked|reviewed|noted|reported|"
                        r"evidenced|seen|judged|agreed|set|written|confirmed|signed|completed|timed|counted|scored",
                        re.IGNORECASE)


@dataclass(frozen=True)
class ProvisionClause:
    """Why a sentence reads as provision: the verb group and the words that show it."""

    verb: str
    what: str
    reason: str  # "receives", "is given", "staff provide"


def _np_after(text: str, pos: int, max_words: int = 8) -> str:
    """The noun phrase after a verb: words up to a preposition, conjunction or punctuation."""
    rest = text[pos:]
    m = _NP_STOP.search(rest)
    np_ = rest[: m.start()] if m else rest
    # "access to X", "time with X", "help from X": keep the object of a linking preposition too
    if m and m.group(0).lower() in ("to", "with", "from") and re.search(r"\b(?:access|time|help|support|sessions?)\s*$",
                                                                         np_, re.IGNORECASE):
        tail = rest[m.end():]
        m2 = _NP_STOP.search(tail)
        np_ = np_ + " " + m.group(0) + " " + (tail[: m2.start()] if m2 else tail)
    # "and" starting a new verb and its object ends the phrase: "attend her reviews and explain her
    # hearing loss" - the object of "attend" is "her reviews"
    m3 = _NEW_VERB_AND.search(np_)
    if m3:
        np_ = np_[: m3.start()]
    return " ".join(np_.split()[: max_words * 2])


#: "and" followed by a verb and its object or infinitive: a second clause, not more of the noun phrase.
_NEW_VERB_AND = re.compile(r"\s+and\s+(?:will\s+|then\s+|also\s+)?[a-z]+\s+(?:his|her|their|the|a|an|to|my|your|its|"
                           r"this|that|these|those|what|how|when|where|who)\b|\s+and\s+(?:will|can|then)\b")
#: A noun phrase that says the child has none of something: "will have no suspensions".
_NONE_OF = re.compile(r"^\W*(?:no|fewer|less|zero|none of)\b", re.IGNORECASE)


@lru_cache(maxsize=32)
def _verb_rx(extra_verbs: tuple[str, ...]) -> re.Pattern:
    verbs = _RECEIVE + ("|" + "|".join(extra_verbs) if extra_verbs else "")
    return re.compile(rf"\b(?P<passive>{_PASSIVE})|\b(?P<verb>{verbs})\b", re.IGNORECASE)


def provision_clause(sentence: str, provision_nouns: re.Pattern, providers: re.Pattern | None = None,
                     provider_verbs: re.Pattern | None = None, extra_verbs: Iterable[str] = ()) -> ProvisionClause | None:
    """Does this sentence (an outcome) describe provision the child gets, rather than what they achieve?

    Provision when, in any clause:

    * the child is given something (passive: "is given", "will be provided with", "has been
      offered"), unless the clause says what the child can do ("be able to be supported" is rare);
    * the child receives, gets, has, attends or accesses (any tense: "has", "will have",
      "received", "is receiving", "to receive") a noun phrase that is provision
      (``provision_nouns``: support, a teaching assistant, therapy, sessions, 1:1...), unless the
      verb is something the child learns or chooses to do ("be able to receive praise", "ask for
      help", "accept support") - "receive a certificate" or "access the community" is achievement;
    * the subject of the main verb is a provider (``providers``: staff, the TA, the therapist)
      doing a provider's verb (``provider_verbs``: support, provide, deliver, teach).
    """
    for m in _verb_rx(tuple(extra_verbs)).finditer(sentence):
        before = clause_before(sentence, m.start())
        if _ABILITY_BEFORE.search(before) or _SUBORDINATE.search(before):
            continue  # what the child does, or a condition ("when she is given two choices")
        if m.group("passive") and _GERUND_AFTER.search(before) and m.group(0).lower().startswith("being"):
            continue  # "within 2 minutes of being given it", "on being asked": the occasion, not provision
        if m.group("passive") and _RELATIVE_BEFORE.search(before):
            continue  # "spell the words he has been taught": what he was taught before, named as a thing
        if m.group("passive"):
            return ProvisionClause(verb=m.group(0), what=_np_after(sentence, m.end()), reason="is given")
        np_ = _np_after(sentence, m.end())
        if _NONE_OF.match(np_):
            continue  # "will have no suspensions": a count of zero, not something given
        hit = provision_nouns.search(_POSSESSOR.sub(" ", np_))
        if hit:
            return ProvisionClause(verb=m.group(0), what=np_, reason="receives")
    if providers is not None:
        # a passive whose agent is staff: "strategies will be used by all staff" (the verbs of
        # recording progress - "will be checked by the TA" - are a measure, not provision)
        for pm in _AGENT_PASSIVE.finditer(sentence):
            if _RECORDING.fullmatch(pm.group("v")):
                continue
            before = clause_before(sentence, pm.start())
            if _ABILITY_BEFORE.search(before) or _SUBORDINATE.search(before):
                continue
            if providers.match(sentence, pm.end()):
                return ProvisionClause(verb=pm.group(0).strip(), what=before.strip(), reason="staff provide")
    if providers is not None and provider_verbs is not None:
        sm = re.search(r"\b(?:will|shall|to|is going to|are going to|would|must|should|can)\s+(?:\w+ly\s+)?(?P<v>\w+)",
                       sentence, re.IGNORECASE)
        if sm and provider_verbs.fullmatch(sm.group("v")):
            subject = clause_before(sentence, sm.start()).split(",")[-1]
            if providers.search(subject):
                return ProvisionClause(verb=sm.group(0), what=subject.strip(), reason="staff provide")
    return None


# -- labels -----------------------------------------------------------------------------------

_FINITE = re.compile(
    r"\b(?:will|shall|would|can|could|should|must|may|might|is|are|was|were|be|been|am|has|have|had|does|do|did|"
    r"uses?|needs?|gets?|takes?|attends?|receives?|likes?|loves?|enjoys?|wants?|says?|said|told|tells)\b",
    re.IGNORECASE)


def is_label(text: str, max_words: int = 8) -> bool:
    """A label or title line ("Social, emotional and mental health", "Education and employment
    (preparing for adulthood)", "Provision"), not a sentence: short, no figures, no closing
    punctuation and no finite verb."""
    t = text.strip().strip("\u2022*-\u2013 ")
    words = t.split()
    if not words or len(words) > max_words or t.endswith((".", "!", "?", ";", ",")):
        return False
    if re.search(r"\d", t):
        return False
    return not _FINITE.search(t)


#: Sentences in Section E about the outcomes rather than outcomes themselves.
META_OUTCOME_RE = re.compile(
    r"\b(?:the outcomes? (?:below|above|in this (?:section|plan|table))|each row|this section|the table (?:below|above)|"
    r"outcomes? (?:are|were|have been) (?:agreed|set|written|reviewed)|outcomes? (?:below|above) (?:are|were))\b"
    # the outcomes as a whole are the subject: "Each outcome below is to be achieved by July 2027",
    # "All outcomes are for the end of Year 8" - a preamble line, not an outcome
    r"|^\W*(?:all|each|every|these|the)\s+(?:of\s+(?:the|these|his|her|their)\s+)?outcomes?\s+"
    r"(?:(?:below|above|listed|here|in this (?:section|plan|table))\s+)?(?:is|are|will be|should be|must be)\b",
    re.IGNORECASE)


#: "to" and a plain verb: an infinitive ("To read 50 words", "be able to travel").
_INFINITIVE = re.compile(r"\bto\s+(?!the\b|a\b|an\b|his\b|her\b|their\b|school\b|college\b)[a-z]{2,}\b", re.IGNORECASE)


def is_statement(text: str, max_label_words: int = 12) -> bool:
    """Is ``text`` a sentence that says something (a finite verb or an infinitive), rather than a
    heading or a note such as "Outcomes for the end of Year 7 (July 2027)", "E3 Independence and
    wellbeing (Preparing for adulthood: independent living, good health)" or "1, 2, 4, 5"?

    Only short lines (``max_label_words`` or fewer) with neither are headings: a long line is
    read as a sentence whatever its verbs."""
    t = text.strip()
    if len(t.split()) > max_label_words:
        return True
    return bool(_FINITE.search(t) or _INFINITIVE.search(t))
