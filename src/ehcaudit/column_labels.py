"""Column and field labels as councils write them over provision and outcomes: "Staffing /
ratio", "Frequency and duration", "Delivered by", "Who will do this", "By when", "How we will
know". Read by the reader (a small table of "label | value" rows is one item: see
:mod:`ehcaudit.reader.record_tables`) and by the checks (a provision table's header row, see
:mod:`ehcaudit.checks._table_lines`): one source for both.
"""

from __future__ import annotations

import re

from ehcaudit.clauses import is_label

#: Words a provision table's column header is made of: what each column answers.
HEADER_WORD_RE = re.compile(
    r"\b(?:provision|support|intervention|description|what|type|staffing|staff|ratio|group(?:\s+size)?|"
    r"frequency|intensity|reviewed|how\s+often|how\s+long|how\s+much|amount|quantity|duration|length|hours|time|timing|when|who|by\s+whom|"
    r"delivered|provided|led|responsible|provider|professional|expertise|qualifications?|level|outcomes?|"
    r"review|where|location|setting|cost|funding|funded|resources?|notes?|monitoring|arrangements?|"
    r"(?:start|end|review)\s+date|dates?|start|starting|"
    r"ref(?:erence)?s?|need\s+(?:no\.?|number)|"  # "Need ref | Provision | Resources/Staffing | Frequency"  # "What | How much | By whom | Start date"
    r"how\s+(?:this|it)\s+will\s+be\s+(?:done|delivered|provided|met))\b",
    re.IGNORECASE)


#: A column header written as a question: "How this will be done", "Who will do this", "What will
#: be provided" - short, no figures, no closing full stop.
_QUESTION_HEADER_RE = re.compile(r"^(?:how|who|what|when|where|which)\b[^\d.;!]{0,40}\??$", re.IGNORECASE)

#: The column that cross-refers each row to its need or outcome: "Need ref", "Outcome no.", "Need
#: number" ('need' reads as a verb to the label test, so the column is named here).
_REF_HEADER_RE = re.compile(r"^(?:(?:need|outcome|area)s?\s+)?(?:ref(?:erence)?|no\.?|number)s?$", re.IGNORECASE)
#: The column that names the need each row meets: "Health need", "Need met", "Area of need".
_NEED_HEADER_RE = re.compile(r"^(?:(?:health|social care|medical|identified|assessed)\s+)?needs?(?:\s+(?:met|addressed))?$"
                             r"|^areas?\s+of\s+need$", re.IGNORECASE)


#: A column header naming what the column holds with a short clause about the child, as person-centred
#: plans write them: "Support I will get", "Help Sam will have", "What you will receive" - a
#: provision word, then a person and a verb of getting, no figures, no full stop.
_CLAUSE_HEADER_RE = re.compile(
    r"^(?:the\s+)?(?:support|help|provision|equipment|resources?|adjustments?|interventions?|what)\s+(?:that\s+|which\s+)?"
    r"(?:I|you|we|he|she|they|[A-Z][a-z]+)\s+(?:will|would|can|shall|should)?\s*(?:get|gets|have|has|receive|receives|need|"
    r"needs|be\s+given|be\s+offered)(?:\s+(?!every\b|each\b|daily\b|weekly\b|all\b)[a-z]+)?\s*\??$", re.IGNORECASE)

#: The parts of a header that asks several things of one column: "How often / how long / group size".
_HEADER_PARTS_RE = re.compile(r"\s*[/,;]\s*")


def is_header_cell(text: str) -> bool:
    """A column header: a short label ("Staffing/ratio", "Frequency and duration", "Delivered by"),
    or a short question ("Who will do this"), made of the words provision tables use for their columns;
    a provision word with a short clause ("Support I will get"); or several of these in one cell,
    joined by slashes or commas ("How often / how long / group size")."""
    t = " ".join(text.split())
    if len(t.split()) <= 6 and _CLAUSE_HEADER_RE.match(t):
        return True
    if _NEED_HEADER_RE.match(t):
        return True
    if not t or not HEADER_WORD_RE.search(t):
        return False
    if is_label(t, max_words=6) or (len(t.split()) <= 6 and bool(_QUESTION_HEADER_RE.match(t))) \
            or bool(_REF_HEADER_RE.match(t)):
        return True
    parts = [q for q in _HEADER_PARTS_RE.split(t) if q]
    return 1 < len(parts) <= 4 and len(t.split()) <= 14 and all(
        is_label(q, max_words=4) or bool(_QUESTION_HEADER_RE.match(q)) for q in parts)


#: The parts of an outcome as a record labels them: "Outcome", "By when", "How we will know",
#: "Builds on", "Success criteria", "Steps towards it" (is_header_cell reads provision's parts).
_OUTCOME_PART_RE = re.compile(
    r"^(?:(?:the|my|our|long[- ]term|short[- ]term|end of (?:key )?stage)\s+)?(?:outcomes?|targets?|goals?|aims?)"
    r"|^(?:by when|when by|target date|timescale|time\s*frame|deadline)"
    r"|^how (?:we|you|i|they|staff|everyone) will (?:know|measure|see|check)|^how will (?:we|you|i) know"
    r"|^how (?:progress|success|this) will be (?:measured|checked|recorded|reviewed)"
    r"|^(?:success criteria|measures? of success|measured by|evidence(?: of success)?|what success looks like)"
    r"|^(?:builds on|linked to|links to|from (?:my|his|her|their) aspirations?|aspirations?|why this matters)"
    r"|^(?:steps?|short[- ]term steps?|next steps?|milestones?)(?:\s+(?:towards|to get there)[\w\s]*)?",
    re.IGNORECASE)
#: The verbs of a label saying who gives a part ("Provided by", "Arranged by"); two may be joined
#: ("Set up and checked by"). Read here (a record's label) and by the checks' "Label: value" lines.
GIVER_VERBS = (r"provided|delivered|led|run|given|arranged|funded|commissioned|monitored|reviewed|supported|"
               r"maintained|checked|set up|overseen")
#: "Provided and maintained by", "Set up and checked by" (a regex source, not anchored).
BY_LABEL = rf"(?:{GIVER_VERBS})(?:\s+(?:and|or|&)\s+[a-z]+(?:\s+up)?)?\s+by"
#: Who gives a part, as a record labels it; a record may also say who agreed it ("Agreed by").
_BY_LABEL_RE = re.compile(rf"^(?:{BY_LABEL}|agreed(?:\s+(?:and|or|&)\s+[a-z]+(?:\s+up)?)?\s+by)\W*$", re.IGNORECASE)


def is_field_label(text: str) -> bool:
    """A label that names one part of an item, for a record's left column: a provision table's
    column header (:func:`is_header_cell`) or the name of one of an outcome's parts ("By when",
    "How we will know", "Builds on") or who gives it ("Arranged by"): short, one line, no closing
    full stop."""
    t = " ".join(text.split())
    if not t or "\n" in text.strip() or len(t.split()) > 8 or t.endswith((".", ";", ",")):
        return False
    return is_header_cell(t) or bool(_OUTCOME_PART_RE.match(t)) or bool(_BY_LABEL_RE.match(t))
