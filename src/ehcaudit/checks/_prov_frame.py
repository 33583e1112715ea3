"""Lines in Section F that frame the provision table rather than being items of it.

An auditor reads a plan whose provision is set out in a table row by row: a general statement
written before that table ("All staff who work with Ewa will follow the advice of her QTVI. The
provision below will be in place from the date of this plan."; "Maya is dual registered.") frames
what follows. It says no amount, and the rows below hold the provision; it is not an item to be
judged on its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ehcaudit.checks._items import Item
from ehcaudit.checks._patterns import search
from ehcaudit.checks._words import stem
from ehcaudit.model import Block

#: A table with fewer body rows than this is not where the plan sets out its provision.
_MIN_TABLE_ROWS = 2


def before_table(items: Sequence[Item], blocks: Sequence[Block], amount_patterns: Sequence[str]) -> list[Item]:
    """Items written as paragraphs before the first provision table of the section that say neither
    how often nor how long (``amount_patterns``), where the section sets out its provision in a
    table of at least two rows below them: the table's preamble."""
    order = {id(b): i for i, b in enumerate(blocks)}
    cells = [b for b in blocks if b.kind == "table_cell" and b.table is not None and b.row is not None]
    if not cells:
        return []
    first = min(order[id(b)] for b in cells)
    table = cells[0].table
    rows = {b.row for b in cells if b.table == table and b.row}  # body rows (row 0 is the header)
    if len(rows) < _MIN_TABLE_ROWS:
        return []
    return [it for it in items
            if len(it.blocks) == 1 and not it.headers and it.block.kind == "paragraph" and it.block.table is None
            and order.get(id(it.block), first) < first and not search(amount_patterns, it.text)]


#: What is done to the item before, named as the object: "The Sensory Support Service provides it; her
#: TA will check it every morning", "The teacher will check this is happening", "The NHS Speech and Language
#: Therapist sets the programme", "The physiotherapist will train the TA in Ollie's moving and handling plan", "The SENCo will book the training".
_OBJECT_IT = re.compile(r"\b(?:provides?|supplies|supply|maintains?|checks?|repairs?|charges?|services?|updates?|keeps?|"
                        r"sets? up|sets|runs?|leads?|delivers?|reviews?|trains?|supervises?|books?|arranges?|organi[sz]es?|"
                        r"schedules?|co-?ordinates?)\s+(it|this|these|them|the\s+([A-Za-z][\w-]+))\b",
                        re.IGNORECASE)


#: The child using the item before, as the sentence's own verb: "Evie will use it in all lessons", "He can use
#: them in exams", "She will work at it 1:1 with her TA" (not "a quiet space, with the TA showing him how to use it": that "it" is its own).
#: Also with the permission or ability spelt out: "Kit will be able to use it whenever he shows his card", "She is
#: allowed to go to it at any time", "He may be encouraged to use them in tests".
_USES_IT = re.compile(r"^\W*[\w'’-]+(?: [\w'’-]+)? (?:(?:will|can|may|should|must|is to|is able to) )?(?:also )?"
                      r"(?:(?:be |is |are )?(?:able|allowed|free|encouraged|welcome|permitted|expected|reminded) to )?(?:also )?"
                      r"(?:uses?|works? (?:at|on|with)|practises? (?:at|on|with)|go(?:es)? (?:to|into)|visits?|access(?:es)?) (?:it|them|these|there)\b", re.IGNORECASE)


@lru_cache(maxsize=8192)  # split_items reads F's sentences twice a plan (PR-QUANTIFIED, PR-OUTCOME-LINK)
def goes_on_about(sent: str, item_text: str) -> bool:
    """A short sentence whose object is the item before, by pronoun ("provides it") or by a noun the
    item before names, in any form ("sets the programme", "train the TA", "will visit ... The SENCo
    will arrange the visits"): part of that item."""
    if len(sent.split()) > 40:
        return False
    if _USES_IT.search(sent):
        return True
    named: set[str] | None = None
    for m in _OBJECT_IT.finditer(sent):
        noun = m.group(2)
        if noun is None:
            return True
        if len(noun) > 1 and noun.lower() not in _FUNCTION:
            named = named if named is not None else {stem(w) for w in _WORD.findall(item_text)}
            if stem(noun) in named:
                return True
    return False


_WORD = re.compile(r"[A-Za-z][\w-]*")


_FUNCTION = frozenset({"child", "young", "pupil", "student", "learner", "school", "college", "nursery", "day", "week",
                       "plan", "class", "same", "other", "whole", "first", "next", "new"})


#: A sentence that is one bracket and nothing else: "(Mondays, 30 minutes; 1:1; Learning Mentor)".
_BRACKET_ONLY = re.compile(r"^\s*\([^()]*(?:\([^()]*\)[^()]*)*\)\W*$")


def is_closing_bracket(sent: str) -> bool:
    """A bracket standing after the sentence that names the provision, saying how much, in what
    group and who ("A check-in about how reading feels. (Every Monday, 15 minutes; 1:1; Learning
    Mentor)"): the provision's parts, written as a closing bracket, so one item with it."""
    return bool(_BRACKET_ONLY.match(sent))


def amount_cell_open(parts: Sequence[tuple[str, str]], amount_headers: Sequence[str], amount_patterns: Sequence[str],
                     vague_patterns: Sequence[str]) -> bool:
    """A row whose cell under its column for how much ("Intensity", "Frequency") opens with a vague
    amount and says none ("Regular sessions with the Learning Mentor to talk about his feelings"): the
    plan's own answer to how much left it open, whatever another column ("Reviewed | Termly") says of
    when. A cell naming a term ("Summer term 2027") beside a count ("four extra visits") is not one."""
    for header, cell in parts:
        words = cell.split()
        if search(amount_headers, header) and words and not search(amount_patterns, cell) \
                and any(search(vague_patterns, " ".join(words[:k])) for k in (1, 2, 3)):
            return True
    return False


#: A heading numbered by its section: "F1 Reading and spelling", "F.2 Anxiety", "3. Sensory needs".
_NUMBERED_HEADING = re.compile(r"^\W*[A-K]?\d{1,2}(?:\.\d{1,2})*\.?\s+(?=[A-Z])")


def heading_number_off(line: str) -> str:
    """A line without the number a plan gives its headings ("F1 Reading and spelling" is the heading
    "Reading and spelling"); an item starting with an amount ("2 sessions a week") keeps it."""
    return _NUMBERED_HEADING.sub("", line)


#: A sentence that names the item before again as its subject ("Any reading aloud will ..." after "... will not be
#: asked to read aloud"): "The teaching assistant will ..." after "A
#: teaching assistant trained in ...", "Worksheets are enlarged by ..." after "... with enlarged worksheets".
_SUBJECT = re.compile(r"^\W*(?:(the|this|that|these|those|his|her|their|any|all|each|every)\s+)?((?:[a-z][a-z-]+\s+){0,2}?[a-z][a-z-]+)\s+"
                      r"(is|are|was|were|will|would|can|may|must|should|has|have)\b(\s+(?:also\s+)?[a-z]+ed\s+by\b)?", re.IGNORECASE)


@lru_cache(maxsize=8192)  # split_items reads F's sentences twice a plan (PR-QUANTIFIED, PR-OUTCOME-LINK)
def names_again(sent: str, item_text: str) -> bool:
    """A short sentence whose subject the item before has already named: a phrase of two or three words
    after "the" ("The teaching assistant will not guide him ...") or a plural noun that something is done to
    by someone ("Materials are produced by the braille transcriber"). One word after "the" is left to the
    rubric's ``referring_nouns`` ("The school will ..." is not the item before named again)."""
    if len(sent.split()) > 30:
        return False
    m = _SUBJECT.match(sent)
    if not m:
        return False
    det, phrase, passive = m.group(1), m.group(2).lower(), m.group(4)
    words = phrase.split()
    if det and len(words) >= 2:
        if re.search(rf"\b{re.escape(phrase)}\b", item_text, re.IGNORECASE) is not None:
            return True
        # every occasion of what the item before named, in another form of its words ("Isla will not be asked to
        # read aloud ... Any reading aloud will be practised first 1:1"): the same item
        return det.lower() in ("any", "all", "each", "every") and \
            {stem(w) for w in words} <= {stem(w) for w in _WORD.findall(item_text.lower())}
    if not det and len(words) == 1 and passive and phrase.endswith("s") and len(phrase) > 4:
        return stem(phrase) in {stem(w) for w in _WORD.findall(item_text.lower())}
    return False


#: A sentence giving only when the item before happens: "Every lesson, every day.", "Daily, 20 minutes."
_TIMING_WORD = re.compile(r"\b(?:daily|weekly|fortnightly|monthly|termly|once|twice|every|each|per|all|minutes?|"
                          r"hours?|lessons?|sessions?|days?|weeks?)\b", re.IGNORECASE)
_VERBISH = re.compile(r"\b(?:is|are|will|can|may|should|must|has|have|does|do)\b", re.IGNORECASE)


@lru_cache(maxsize=8192)  # split_items reads F's sentences twice a plan (PR-QUANTIFIED, PR-OUTCOME-LINK)
def timing_only(sent: str) -> bool:
    """A fragment of at most eight words with no verb that says only when or how much ("Every lesson,
    every day."): the item before's frequency, written as a sentence of its own."""
    words = re.findall(r"[A-Za-z0-9'’:-]+", sent)
    if not words or len(words) > 8 or _VERBISH.search(sent):
        return False
    rest = [w for w in words if not _TIMING_WORD.fullmatch(w) and not re.fullmatch(r"[\d:.-]+|and|or|a|an|the|of|in|x|"
                                                                                   r"one|two|three|four|five|mins?|hrs?", w,
                                                                                   re.IGNORECASE)]
    return bool(_TIMING_WORD.search(sent)) and len(rest) <= 1


#: "the ELSA", "the first session", "the 12 weeks": a definite reference, read for the noun it ends on.
_DEFINITE = re.compile(r"\bthe (?:(?:first|last|next|final|same|weekly|daily|whole) )?((?:\d+ )?[A-Za-z][\w-]+)\b", re.IGNORECASE)
#: An amount of the sentence's own ("twice a week", "each morning", "20 minutes"): a new item, not a note on the one before.
_OWN_AMOUNT = re.compile(r"\b(?:daily|weekly|fortnightly|monthly|termly|twice|times|per)\b|"
                         r"\b(?:a|each|every) (?:day|week|fortnight|month|term|morning|afternoon|lesson)\b|"
                         r"\b\d+\s*(?:x\b|minutes?|mins?|hours?|hrs?)", re.IGNORECASE)
#: "The SLT will ...": the subject a professional's abbreviation after "the".
_ABBR_SUBJECT = re.compile(r"^\W*the\s+((?-i:[A-Z][A-Za-z]{1,5}))\s+(?:will|would|can|may|must|should|shall|is|are|also|then)\b",
                           re.IGNORECASE)


def deliverer_again(sent: str, item_text: str) -> bool:
    """A sentence whose subject is the professional who delivers the item before, named again by the
    abbreviation that item gives ("... a speech and language therapist (SLT) will see her once every half
    term for 45 minutes. The SLT will set her targets and write a short programme after each visit"):
    what she does on those occasions, part of that item. With an amount of its own ("The SLT will also
    train staff termly") it is provision in its own right."""
    m = _ABBR_SUBJECT.match(sent)
    if m is None or len(sent.split()) > 40 or _OWN_AMOUNT.search(sent):
        return False
    abbr = m.group(1)
    return sum(1 for c in abbr if c.isupper()) >= 2 and re.search(rf"\b{re.escape(abbr)}\b", item_text) is not None


#: Kinds of provision: a sentence naming one the item before does not name brings its own provision.
_KIND_NOUN = re.compile(r"\b(?:groups?|clubs?|programmes?|interventions?|therap(?:y|ies)|sessions?|teaching|tuition|lessons?|"
                        r"breaks?|check-?ins?|mentoring|support|help|training|equipment|laptops?|visits?|assessments?)\b",
                        re.IGNORECASE)


@lru_cache(maxsize=8192)  # split_items reads F's sentences twice a plan (PR-QUANTIFIED, PR-OUTCOME-LINK)
def refers_to_named(sent: str, item_text: str) -> bool:
    """A short note on the item before, pointing to what it named by "the": its deliverer ("The SENCo will
    arrange cover if the ELSA is absent"; "The ELSA is supervised by the educational psychologist"), its
    sessions ("The class teacher will sit in on the first session") or its span ("Progress will be reviewed
    at the end of the 12 weeks"). A sentence with an amount of its own, or naming a kind of provision the
    item before does not, is an item of its own."""
    if len(sent.split()) > 25 or _OWN_AMOUNT.search(sent):
        return False
    item_low = item_text.lower()
    if any(not re.search(rf"\b{re.escape(k.lower())}", item_low) for k in
           {m.group(0).lower().rstrip("s") for m in _KIND_NOUN.finditer(sent)}):
        return False
    words = {stem(w.lower()) for w in _WORD.findall(item_text)}
    for m in _DEFINITE.finditer(sent):
        phrase = m.group(1)
        if phrase[0].isdigit():
            if phrase.lower() in item_low:
                return True
            continue
        low = phrase.lower()
        if len(low) >= 3 and low not in _FUNCTION and stem(low) not in _FUNCTION and stem(low) in words:
            return True
    return False


#: The next step of the item before, marked as such: "She will then write a programme for school", "Then he
#: joins his class for registration", "After each visit the OT updates his targets", "Following this, ...".
_NEXT_STEP = re.compile(
    r"^\W*(?:(?:and )?then|afterwards|after (?:that|this|which|each|every|the|her|his|their)\b|following (?:this|that|each|every|the)\b)|"
    r"^\W*(?:[\w'’-]+\s+){1,4}?(?:will|would|can|may|should|must|shall|is to|are to|is going to)\s+(?:also\s+)?then\b|"
    r"^\W*(?:[\w'’-]+\s+){1,3}?then\s+(?!(?:is|are|was|were)\b)[a-z]+s\b", re.IGNORECASE)

#: The amount of the item before, changing over time: "His timetable will increase by one afternoon each half
#: term", "Her hours will rise to 20 a week from January", "The sessions will taper to once a fortnight".
_AMOUNT_CHANGE = re.compile(
    r"^\W*(?:the|this|that|these|those|his|her|their|its|my)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+\s+"
    r"(?:will|would|can|may|should|is to|are to)\s+(?:then\s+)?(?:gradually\s+|slowly\s+|each term\s+)?"
    r"(?:increase|decrease|reduce|rise|drop|fall|taper|fade|grow|build up|go up|go down|step up|step down|extend|lengthen|"
    r"shorten)\b(?:\s+(?:off|back|up|down))?\s+(?:by|to|from|over|as|each|every|gradually)\b", re.IGNORECASE)


@lru_cache(maxsize=8192)  # split_items reads F's sentences twice a plan (PR-QUANTIFIED, PR-OUTCOME-LINK)
def later_step(sent: str) -> bool:
    """A sentence that goes on to the next step of the item before ("She will then write a programme for
    school to follow") or changes its amount over time ("His timetable will increase by one afternoon each
    half term"): no thing given of its own, so part of that item's record. A next step with an amount of
    its own ("Then she will see him weekly for 6 weeks") is provision in its own right."""
    if len(sent.split()) > 40:
        return False
    if _AMOUNT_CHANGE.match(sent):
        return True
    return bool(_NEXT_STEP.match(sent)) and not _OWN_AMOUNT.search(sent)
