"""What PR-QUANTIFIED judges: a provision item, defined by what it is rather than by what it is not.

An item is a line or row that names something the child gets: teaching, an intervention, therapy, a
programme, a visit or assessment, training of staff, equipment, an adjustment or a strategy staff use,
a placement, care. Read as an auditor reads it:

* a line whose subject is the provision itself, "it", "this", "these", a fund or a review ("The provision
  below will be delivered ...", "This is funded by ...") says how the items around it are delivered, paid
  for or overseen: not an item;
* what a line names only by pointing ("the provision below", "the training described", "see ... above",
  "it", "this") is not named by that line: once pointed words are set aside, a line must still name
  something the child gets, or be a strategy an adult uses with the child, or say what the child will
  have, do or be allowed;
* a line of elements only (an amount, a group size, a role: "(Mondays, 30 minutes; 1:1; Learning
  Mentor)", "Daily, 10 minutes on arrival") with no verb belongs to the item before it (with none
  before it, it is judged: an item that does not say what it is);
* a line labelled as the review ("Review: every 6 weeks") is when the items are looked at again;
* a sentence going on to the next step of the item before ("She will then write a programme") or
  changing its amount over time ("His hours will rise by one morning each half term") has no thing
  of its own: it is part of that item's record (:func:`ehcaudit.checks._prov_frame.later_step`);
* a one-off piece of work tied to its moment ("In May 2027 the QTVI will carry out a functional vision
  assessment") happens once, for as long as it takes: who and when, not how often (:func:`one_off_action`).

A table row of several cells is judged as it stands: its cells are the item's parts. The reader
(:func:`ehcaudit.checks._prov_items.split_items`) applies this to Section F and the national template's
F column, for PR-QUANTIFIED and PR-OUTCOME-LINK alike; G, H1 and H2 are read as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from ehcaudit.checks._items import Item

#: Things a child gets: teaching, interventions, therapy, programmes, visits and assessments, training
#: of staff, equipment and aids, adjustments and access arrangements, placements and courses, care.
_GOODS = re.compile(
    r"\b(?:teach\w*|taught|tuition|tutoring|lessons?|pre-?teach\w*|over-?learn\w*|interventions?|programmes?|"
    r"therap(?:y|ies)|sessions?|groups?|clubs?|classes|class|curriculum|visits?|assess\w*|screening|"
    r"observ(?:e|es|ation|ations)|consultations?|train(?:ing|s)?|coaching|mentoring|counselling|check-?ins?|"
    r"equipment|laptops?|computers?|tablets?|iPads?|devices?|software|aids?|chairs?|seat(?:ing|s)?|desks?|"
    r"hoists?|slopes?|boards?|cards?|symbols?|signs?|signing|makaton|braille|resources?|materials?|"
    r"worksheets?|handouts?|texts?|fonts?|overlays?|headphones?|ear ?defenders?|fidgets?|timers?|timetables?|"
    r"schedules?|visuals?|pictures?|photos?|stories|story|scripts?|prompts?|reminders?|cues?|instructions?|"
    r"breaks?|movement|rest|space|room|base|area|hub|quiet|calm|sensory|extra time|rest breaks?|reader|scribe|"
    r"access arrangements?|arrangements?|adjust\w*|adapt\w*|modif\w*|differentiat\w*|scaffold\w*|chunk\w*|"
    r"simplif\w*|enlarg\w*|model(?:s|led|ling)?|repeat\w*|rephras\w*|explain\w*|demonstrat\w*|practi[cs]\w*|"
    r"opportunit\w*|activit\w*|games?|play|work|tasks?|reading|writing|spelling|phonics|maths|numeracy|literacy|"
    r"language|vocabulary|communication|speech|social|emotional|feelings|self-regulation|regulation|"
    r"placements?|internships?|apprenticeships?|traineeships?|courses?|study|qualifications?|diploma|"
    r"residential|boarding|day placement|transport|travel|journey|escort|"
    r"care|respite|short breaks?|personal care|toilet\w*|changing|feeding|medication|medicine|supervision|"
    r"support(?:ed|s|ing)?|help(?:s|ed|ing)?|assist\w*|encourag\w*|guid\w*|prompt\w*|show\w*|"
    r"meetings?|plan(?:ning)?|passport|handover|transition|induction|packages?|budgets?|direct payments?)\b",
    re.IGNORECASE)

#: A noun phrase that only points to items set out elsewhere: "the provision below", "the training
#: described", "all of this", "see communication and interaction provision above", "it", "this".
_POINTED = re.compile(
    r"\b(?:see|refer to|as (?:in|for|per)|same as|covered by|included in)\b[^.;|]{0,80}?\b(?:above|below|earlier|later)\b|"
    r"\b(?:the|this|that|these|those|all|all of|all the|all of the|such|any|each|every|its|their)\s+"
    r"(?:[\w'’-]+\s+){0,4}?[\w'’-]+\s+"
    r"(?:(?:set out|listed|specified|named|shown|described|stated|given|agreed|recorded)\b(?:\s+(?:above|below|here|earlier|later))?|"
    r"above|below|that follows|which follows|following|in (?:this|each|the) (?:section|row|table|plan)|in section [a-k]\d?)\b|"
    r"\b(?:the )?(?:following|above|below)\s+(?:provision|support|items?)\b|"
    r"\b(?:before|after|when|until|once|while|as soon as)\s+(?:the|this|these|it|they)\b[^,.;]{0,30}?"
    r"\b(?:begins?|starts?|ends?|finish\w*|stops?|runs?|happens?|is in place|are in place)\b|"
    r"\b(?:all )?(?:of )?(?:it|this|these|them|that|those)\b",
    re.IGNORECASE)

#: What the items around a line are, as its subject: the provision itself, a pointer to it, its funding,
#: its review, or a hope for it. A line with one of these as its subject is about the items, not one.
_ABOUT_ITEMS_SUBJECT = re.compile(
    r"^\W*(?:(?:from|by|in|during|until|after|before|at|on)\s[^,]{1,40},\s*)?"
    r"(?:(?:all|each|every|both|some|none)(?: of)?\s+)?(?:the |this |that |these |those |such |our |her |his |their |its )?"
    r"(?:(?P<mod>(?:[\w'’-]+\s+){0,2}?)(?:provision|items?|funding|budget|money|costs?|reviews?|progress|monitoring|oversight|"
    r"outcomes?|plan|arrangements)|it|this|these|that|those|both)\b(?:\s*\([^()]{0,40}\))?"
    r"(?:\s+(?:below|above|set out|listed|that follows|in this section|of (?:it|this|these|them)|for [\w'’]+))?"
    r"\s+(?:is|are|was|were|will|would|can|may|must|should|shall|has|have|had|needs?|remains?|runs?|starts?|"
    r"comes?|covers?|applies|apply|takes? place|happens?)\b",
    re.IGNORECASE)

#: A subject that points to the items around it, whatever it calls them: "The support set out here",
#: "Every item in this section", "Everything listed below", "The help under this heading".
_POINTED_SUBJECT = re.compile(
    r"^\W*(?:(?:all|each|every|both)(?: of)?\s+)?(?:the |this |these |that |those )?(?:[\w'’-]+\s+){0,2}?"
    r"(?:provision|support|help|items?|everything|things|strategies|interventions|arrangements)\s+"
    r"(?:below|above|here|set out|listed|described|that follows|which follows|in (?:this|the) (?:section|table|part|block)|"
    r"under (?:this|the) (?:heading|sub-heading|title))\b[^.;]{0,20}?"
    r"\s(?:is|are|will|shall|must|should|can|comes?|runs?)\b", re.IGNORECASE)


def _about_subject(line: str) -> bool:
    """The provision, a pointer to it, its funding or its review as the line's subject; "the reading
    provision" names a thing given, "the school's SEN budget" does not."""
    if _POINTED_SUBJECT.match(line):
        return True
    m = _ABOUT_ITEMS_SUBJECT.match(line)
    return m is not None and not _GOODS.search(m.group("mod") or "")


#: An opening that holds the sentence's real subject back: "It is important that ...", "It is agreed
#: that ...": read from the clause after "that".
_IT_THAT = re.compile(r"^\W*(?:it|this)\s+(?:is|was|will be|has been)\s+(?:\w+\s+){0,2}?(?:that|for)\s+", re.IGNORECASE)

#: A line that only says where, by whom or from what the items are provided, delivered or paid for,
#: opening with the participle ("Provided at Little Acorns Pre-school ...", "Funded by Pupil Premium
#: Plus", "Delivered in the Autism Resource Base"): how the items around it are given, with no subject.
_HOW_GIVEN = re.compile(r"^\W*(?:all\s+)?(?:provided|delivered|funded|paid for|financed|commissioned|secured|overseen|"
                        r"monitored|reviewed|co-?ordinated|managed|available|located|based|held|offered)\s+"
                        r"(?:at|by|in|through|from|via|within|during|out of|on|across)\b", re.IGNORECASE)

#: A finite verb or a modal: a line without one is a fragment, not a sentence.
_FINITE = re.compile(r"\b(?:is|are|was|were|be|been|will|would|can|could|may|might|must|should|shall|has|have|had|"
                     r"does|do|did|gets?|gives?|takes?|goes|uses|runs|meets|sees|visits|attends|receives|leads|"
                     r"delivers|provides|supports|helps|works|follows|joins|checks|teaches|trains)\b", re.IGNORECASE)

#: Words that give only an element of the item before: an amount, a time, a group size, a role, a place.
_ELEMENT_WORD = re.compile(
    r"^(?:daily|weekly|fortnightly|monthly|termly|yearly|annually|once|twice|times?|every|each|per|a|an|the|of|in|on|at|"
    r"for|to|and|or|with|by|up|no|more|than|than|max(?:imum)?|min(?:imum|s|utes?)?|hours?|hrs?|days?|weeks?|months?|"
    r"terms?|half|half-termly|half-term|year|lessons?|visits?|sessions?|mondays?|tuesdays?|wednesdays?|thursdays?|"
    r"fridays?|saturdays?|sundays?|morning|afternoon|arrival|lunch(?:time)?|break|registration|spring|summer|autumn|"
    r"1:1|one-to-one|individual(?:ly)?|pair|group|small|class|adult|staff|teacher|ta|hlta|lsa|senco|salt|ot|ep|elsa|"
    r"qtvi|qtod|mentor|learning|assistant|teaching|therapist|practitioner|key|person|worker|tutor|lead|each|visit|"
    r"weeks?|\d[\d:.\-–/%x]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve)$", re.IGNORECASE)

#: An occasion used as the unit of an amount, not as a thing given: "1.5 hours each visit", "per session".
_UNIT = re.compile(r"\b(?:each|per|every|a|an|\d+|one|two|three|four|five|six)\s+(?:sessions?|visits?|lessons?|times?|"
                   r"days?|weeks?|terms?|breaks?)\b|\b(?:small )?groups? of\b|\bbreak ?times?\b|\blunch ?times?\b", re.IGNORECASE)

_WORDS = re.compile(r"[A-Za-z0-9][\w:.\-–/%’']*")


def _sentence_part(text: str) -> str:
    """The line itself, without the lead-in or row title read with it ("Speech and language therapy:
    The provision below ..." is the line "The provision below ...")."""
    head, sep, rest = text.partition(": ")
    if sep and rest and len(head.split()) <= 8 and rest[:1].isupper():
        return rest
    return text


#: A line labelled as the review or monitoring of the items ("Review: every 6 weeks"): when they are
#: looked at again, not how much the child gets.
_REVIEW_LABEL = re.compile(r"^\W*(?:[\w'’-]+\s+){0,2}?(?:review(?:ed)?|monitor(?:ing|ed)?|evaluat\w+|progress check)"
                           r"(?:\s+(?:date|by|of|on))?\s*:", re.IGNORECASE)


def about_review(text: str) -> bool:
    """A line labelled as the review of the items ("Review: Every 6 weeks")."""
    return bool(_REVIEW_LABEL.match(_last_label(text)))


def _last_label(text: str) -> str:
    """The line without a lead-in read with it ("Reading: Review: every 6 weeks" is "Review: every 6 weeks")."""
    head, sep, rest = text.partition(": ")
    return rest if sep and _REVIEW_LABEL.match(rest) else text


def _lead(text: str) -> str:
    """The lead-in read with a line ("Reading support in a small group: ..."), or nothing."""
    line = _sentence_part(text)
    return text[: len(text) - len(line)] if line != text else ""


#: A thing given, named in a lead-in (not an area of need: "Communication and interaction" is none).
_THING = re.compile(r"\b(?:teaching|tuition|lessons?|interventions?|programmes?|therap(?:y|ies)|sessions?|groups?|clubs?|"
                    r"visits?|assessments?|training|equipment|support|help|breaks?|mentoring|coaching|counselling|"
                    r"check-?ins?|placements?|courses?|care|respite)\b", re.IGNORECASE)


@lru_cache(maxsize=8192)
def is_fragment(text: str) -> bool:
    """A line with no verb that gives only elements of the item before it: how often, how long, in
    what group, who ("(Mondays, 30 minutes; 1:1; Learning Mentor)", "Daily, 10 minutes on arrival")."""
    if about_review(text):
        return False
    text = _sentence_part(text)
    if _FINITE.search(text) or _GOODS.search(_UNIT.sub(" ", text)):
        return False
    words = _WORDS.findall(text.strip("()[] .;"))
    if not words or len(words) > 14:
        return False
    rest = [w for w in words if not _ELEMENT_WORD.match(w.strip(".,;:)(").lower() or "a")]
    return len(rest) <= 1 and len(rest) < len(words)


@lru_cache(maxsize=8192)
def _plain(text: str) -> str:
    """The line as the definition reads it: spaces collapsed, its sentence part, without an opening
    "It is ... that" ("It is essential that ...")."""
    return _IT_THAT.sub("", _sentence_part(" ".join(text.split())))


@lru_cache(maxsize=8192)
def about_items(text: str) -> bool:
    """A line about the items around it rather than one of them: the provision, a pointer, its funding
    or its review as the subject; how the items are given, with no subject ("Funded by ..."); someone
    seeing that they happen; a pointer and nothing else ("See ... above"); a review line."""
    if about_review(text):
        return True
    line = _plain(text)
    if _about_subject(line) or (_HOW_GIVEN.match(line) and not _THING.search(_lead(text))):
        return True  # "Reading support in a small group: Delivered by a TA": the lead-in names what is delivered
    own = _own(line)
    if _OVERSEE.search(line) and not _GOODS.search(_DEFINITE.sub(" ", own)):
        return True
    if _SEEN_TO_BY.search(own) and not _GOODS.search(_SEEN_TO_BY.sub(" ", own)):
        return True  # "At the academy it is overseen by the head of learning support": who sees to them, not a thing given
    return not _GOODS.search(own) and not _STAFF_DO.match(line) and not _CHILD_GETS.match(line) \
        and bool(_POINTED.search(line)) and len(own.split()) <= 3


@lru_cache(maxsize=8192)
def is_item(text: str) -> bool:
    """A line that names something the child gets (see the module's docstring)."""
    if about_items(text):
        return False
    line = _plain(text)
    own = _own(line)
    return bool(_GOODS.search(own)) or bool(_STAFF_DO.match(line)) or bool(_CHILD_GETS.match(line)) \
        or bool(_DONE_WITH_CHILD.search(own))


#: Something done with or for the child, who is the verb's object: "to link Kyle with the community gym",
#: "will meet him at the gate".
_DONE_WITH_CHILD = re.compile(r"\b(?:will|to|can|should|must|may)\s+(?:also\s+)?[a-z]+\s+(?:him|her|them|(?-i:[A-Z][a-z]+))\b"
                              r"(?!\s+(?:is|are|was|were|has|have)\b)", re.IGNORECASE)


#: A definite noun phrase: what it names is already known, so not brought in by this line.
_DEFINITE = re.compile(r"\b(?:the|this|that|these|those|its|their|her|his)\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+", re.IGNORECASE)

#: Paying for the item before ("This is funded by the top-up"): not a part of it, even as a continuation.
_PAID = re.compile(r"\b(?:funded|paid for|paid|financed|commissioned)\s+(?:by|through|from|via|out of)\b", re.IGNORECASE)


#: A service or team named by the plan ("the Sensory Support Service", "Brookfield Outreach"): who gives
#: the provision, not what it is.
_NAMED_SERVICE = re.compile(r"(?-i:\b(?:[A-Z][\w'’&-]+ ){1,4}(?:Service|Team|Outreach|Trust)\b)")


@lru_cache(maxsize=8192)  # about_items and is_item read each line's own words; _POINTED is slow
def _own(line: str) -> str:
    """What the line names in its own words: pointed phrases and the names of services set aside."""
    return _NAMED_SERVICE.sub(" ", _POINTED.sub(" ", line))


#: Who gives the items, as a line about them says it: "... is delivered by ...", "... will be taught by ...",
#: "Mrs Khan will deliver all of the support below". Who oversees, co-ordinates, funds or reviews them is not.
_GIVEN_BY = re.compile(r"\b(?:delivered|provided|given|taught|led|run|carried out|done)\s+(?:[\w'’-]+\s+){0,3}?by\b|"
                       r"\b(?:will|to|shall|must|can)\s+(?:deliver|provide|give|teach|lead|run|carry out)\b", re.IGNORECASE)


def stands_for_items(text: str) -> bool:
    """A standing statement: a line about the items (not one of them) that says who gives them ("All of
    the provision below is delivered by Amir's 1:1 teaching assistant, trained in ..."). An auditor
    reads it as part of every item in its block; a line on who oversees, funds or reviews the items
    ("The SENCo makes sure it happens") says nothing about who delivers them."""
    line = _plain(text)
    return about_items(text) and not about_review(text) and not _PAID.search(line) \
        and not _OVERSEE.search(line) and bool(_GIVEN_BY.search(line)) and bool(_THE_SET.search(line))


#: The items as a set, not the one before ("it", "this provision" go on about one item): "all of the
#: provision", "every item", "the support set out here", "the following provision", "the provision".
_THE_SET = re.compile(
    r"\b(?:all|every|each|the whole)\b(?:\s+of)?(?:\s+(?:the|this|these|her|his|their))?\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:provision|support|help|items?|interventions?|strategies|sessions|things)\b|"
    r"\b(?:provision|support|help|items?|everything)\s+(?:below|above|here|set out|listed|described|that follows|which follows|"
    r"in (?:this|the) (?:section|table|part|block)|under (?:this|the) (?:heading|sub-heading|title))\b|"
    r"\bthe following (?:provision|support|help|items?)\b|^\W*the (?:special educational )?provision\b", re.IGNORECASE)


def sets_aside(sent: str, continues: bool) -> bool:
    """A sentence the reader sets aside rather than join to the item before: one paying for the items
    ("This is funded by the top-up"), or one whose subject is the provision itself ("The provision below
    will be delivered ...") unless it goes on about the item before by its pronoun ("It runs twice a
    week"). Any other line about the items may still be part of the item before ("Provided by school;
    set up by the IT technician"); standing alone, it is set aside by :func:`judged_items`."""
    if not about_items(sent):
        return False
    if _PAID.search(sent):
        return True
    line = _plain(sent)
    return _about_subject(line) and not continues


#: Seeing that the items happen, or paying for them ("The SENCo makes sure it happens"; "The head of year
#: will oversee this"): about the items, unless it names something the child gets ("will ensure Sam has daily reading").
_OVERSEE = re.compile(r"\b(?:make|makes|making) sure\b|\b(?:ensure|ensures|ensuring|oversee|oversees|overseeing|monitor|"
                      r"monitors|fund|funds|pay|pays|co-?ordinate|co-?ordinates|is responsible|are responsible|"
                      r"will be responsible|is accountable|are accountable|quality[- ]assure)\b", re.IGNORECASE)


#: Someone seeing to the items, as a participle and its agent ("overseen by the head of learning support",
#: "co-ordinated by the apprenticeship team (training provider)"): the agent's title names who, never
#: something the child gets, so a line with nothing else but where or when ("Provision from September
#: 2026, co-ordinated by ...") is about the items.
_SEEN_TO_BY = re.compile(r"\b(?:overseen|co-?ordinated|managed|quality[- ]assured)\s+by\s+[^;.,]*", re.IGNORECASE)


#: A strategy: the adults around the child, or one of them by role, doing something with or for the child
#: ("Adults will give Mia extra processing time"; "Her teacher will seat her near the front").
_STAFF_DO = re.compile(r"^\W*(?:(?:all|every|each|any|the|an?|his|her|their|my|one|two)\s+)?(?:[\w'’-]+\s+){0,2}?"
                       r"(?:adults?|staff|members? of staff|teachers?|TAs?|LSAs?|HLTAs?|assistants?|practitioners?|"
                       r"everyone|key (?:person|worker|adult)|tutors?|mentors?|SENCo|therapists?|SALTs?|OTs?|QT\w+|ELSAs?|"
                       r"workers?|officers?|advis[eo]rs?|coach(?:es)?|leaders?|nurses?|psychologists?|specialists?|EPs?)"
                       r"(?:\s*\([^()]{0,30}\))?(?:\s+(?:who|working|in)\s+[^,.;]{1,40}?)?\s+(?:will|should|must|can|may|are to|is to|to|need to|"
                       r"always|never|do not|don't|use|uses|give|gives|wait|waits|speak|speaks|sign|signs|model|models)\b"
                       r"(?!\s+(?:have|has|had|hold|holds|be trained|have been)\b)",
                       re.IGNORECASE)

#: The child as the subject, having, receiving, attending or being allowed something ("He will have ...",
#: "Sam can leave lessons early"; not "Maya is dual registered").
_CHILD_GETS = re.compile(r"^\W*(?:I|he|she|they|(?!(?:staff|adults?|teachers?|everyone|this|these|it|funding|progress|"
                         r"provision|support|sessions?)\b)(?-i:[A-Z][a-z]+))\s+(?:will|can|may|should|must|is allowed to|is able to|"
                         r"has|have|gets|receives|attends|uses|goes|joins|leaves|sits|eats)\b", re.IGNORECASE)


def judged_items(items: list[Item], as_written: Callable[[Item], bool] | None = None) -> list[Item]:
    """The provision items: a table row of several cells as it stands; a line that is not an item set
    aside; a fragment of elements only read with the line item before it. Items ``as_written`` says
    so of (health and social care provision) are kept as they are."""
    out: list[Item] = []
    for it in items:
        if len(it.blocks) > 1 or it.headers or (as_written is not None and as_written(it)):
            out.append(it)
            continue
        if about_review(it.text):
            continue
        if is_fragment(it.text):
            prev = out[-1] if out else None
            if prev is not None and len(prev.blocks) == 1 and not prev.headers:
                out[-1] = replace(prev, text=f"{prev.text} {_sentence_part(it.text)}")
            else:
                out.append(it)  # nothing before it: an item that does not say what it is
            continue
        if is_item(it.text):
            out.append(it)
    return out


_MONTH = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
#: A moment in the plan's time: a month, a term or half term, a holiday, a date, a move ("in May 2027", "by
#: the end of the autumn term", "before Easter 2027", "ahead of his move to Year 7", "by 14 October 2026").
_MOMENT = re.compile(
    r"\b(?:in|by|during|before|after|ahead of|at the (?:start|end|beginning) of|by the (?:start|end) of|in the (?:first|last) "
    r"(?:week|fortnight|half[- ]term) of)\s+(?:the\s+)?(?:(?:early|late|mid-?)\s*)?"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:\s+\d{{4}})?|{_MONTH}(?:\s+\d{{4}})?|"
    r"(?:autumn|spring|summer)(?:\s+(?:term|half[- ]term))?(?:\s+[12])?(?:\s+\d{4}(?:/\d{2,4})?)?|"
    r"(?:easter|christmas|(?:october|february|may|whitsun) half[- ]term)(?:\s+\d{4})?|"
    r"(?:his|her|their)\s+(?:move|transfer|transition|start)\s+to\b)", re.IGNORECASE)

#: Words that make an action recur, or run on, rather than happen once.
_RECURS = re.compile(r"\b(?:every|each|daily|weekly|fortnightly|monthly|termly|half-termly|annually|yearly|regular(?:ly)?|"
                     r"times|twice|sessions?|per|ongoing|throughout|continue[sd]?|continuing|routinely|whenever|as (?:needed|required)|"
                     r"a (?:day|week|fortnight|month|term|year))\b", re.IGNORECASE)

#: A single piece of work by a professional or the setting: assessing, holding a meeting, writing or updating a
#: report or programme, referring, applying, sharing, planning a move.
_SINGLE_ACTION = re.compile(
    r"\b(?:will|to|shall|must|is to|are to)\s+(?:also\s+)?(?:jointly\s+)?(?:(?:re-?)?assess|carry out|complete|hold|write|"
    r"produce|draw up|update|prepare|plan|arrange|refer|make a referral|apply|submit|share|send|set up|observe|review|"
    r"agree|organi[sz]e|book|convene|lead a|run a|put in place|install|fit)\b", re.IGNORECASE)


@lru_cache(maxsize=8192)
def one_off_action(text: str) -> bool:
    """A one-off piece of work tied to its moment ("In May 2027 the QTVI will carry out a functional vision
    assessment"; "By the end of the autumn term the SENCo will hold a transition meeting"): it happens once,
    for as long as the work takes, so it needs who does it and when, not how often or how long. An action
    with a word that makes it recur ("each term", "sessions", "as needed") is not one."""
    line = _plain(text)
    return bool(_MOMENT.search(line)) and bool(_SINGLE_ACTION.search(line)) and not _RECURS.search(line)
