"""The column headings and labels of Section E's outcome tables that say how an outcome is measured
and when it is due (split from :mod:`._outcomes`): "How we will know", "By when", and one heading
naming both ("By when, and how we will know")."""

from __future__ import annotations

import re

#: A heading naming how an outcome's progress is measured: "How progress will be measured", "How we
#: will know", "Evidence of success", "Success criteria", "Measured by", "Monitoring".
_MEASURE_HEADING = (r"(?:how\b[^.?!:;]{0,40}\b(?:measured|measure|know|tell|checked|check|monitored|monitor|assessed|assess|"
                    r"evidenced|evidence|shown|show|see|tracked|track|recorded|record)\b"
                    r"[^.?!:;]{0,20}|evidence(?:\s+of\s+(?:progress|success|achievement))?|success\s+criteria|"
                    r"measured\s+by|measures?(?:\s+of\s+(?:progress|success))?|monitoring|how\s+progress\s+is\s+\w+|"
                    # "We will know this has happened when...", "You'll know I've done it when", "Staff will
                    # know she has got there when": the sentence the measure cell completes
                    r"(?:we|you|i|they|staff|everyone|people)(?:['’]ll|\s+will|\s+would|\s+can)?\s+know\b"
                    r"[^.?!:;]{0,50}?\bwhen\b(?:\s*(?:\.\.\.|…))?|"
                    # "What success looks like", "Success will look like", "This will look like"
                    r"(?:what\s+)?(?:success|progress|achievement|this|it)\s+(?:looks|will\s+look|would\s+look)\s+like)")
_MEASURE_HEADING_RE = re.compile(r"^\W*" + _MEASURE_HEADING + r"\W*$", re.IGNORECASE)
#: A line that is an outcome's measure after its label, in the outcome's own box: "How progress will
#: be measured: termly reading assessment by the class teacher", "Evidence: TA checklist".
MEASURE_LINE_RE = re.compile(r"^\W*" + _MEASURE_HEADING + r"\s*[:\-–—]\s*(?P<what>\S.*)$", re.IGNORECASE)


#: A column heading for when: "By when", "Timescale", "Target date", "When will this be achieved?".
_DATE_HEADING_RE = re.compile(r"^\W*(?:by when|when\b[^.:;]{0,40}|timescales?|time ?frame|target date|date(?: to be)?"
                              r"(?: achieved| for completion)?|deadline|completion date|achieve by)\W*$", re.IGNORECASE)
#: A date written on its own in a date column: "July 2027", "End of Year 9", "Spring term 2027".
BARE_DATE = re.compile(r"\b(?:january|february|march|april|may|june|july|august|september|october|november|december|"
                        r"spring|summer|autumn|easter|christmas)\b|\b20\d\d\b|\bend of (?:year|key stage|ks|term|the)\b|"
                        r"\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b\.?\s*['’]?\d\d\b|['’]\d\d\b|"
                        r"\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b",
                        re.IGNORECASE)


#: The joins between the parts of one column heading that names two things: "By when, and how we
#: will know", "When and how will we know?", "Timescale / evidence", "Target date & measure".
_HEADING_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|;|/|&|\+|\band\b)\s*", re.IGNORECASE)


def _heading_parts(text: str) -> list[str]:
    """The parts of a column heading that joins two headings (see :data:`_HEADING_JOIN`), or []."""
    t = text.strip().rstrip("?:").strip()
    if len(t.split()) > 12:
        return []
    parts = [x for x in _HEADING_JOIN.split(t) if x.strip()]
    if len(parts) < 2 or not all(_DATE_HEADING_RE.match(x) or _MEASURE_HEADING_RE.match(x) for x in parts):
        return []
    return parts


def is_date_heading(text: str) -> bool:
    """Is this a column heading for when the row's outcome is due, alone or with its measure ("By
    when", "By when, and how we will know")?"""
    return bool(_DATE_HEADING_RE.match(text)) or any(_DATE_HEADING_RE.match(x) for x in _heading_parts(text))


def is_measure_heading(text: str) -> bool:
    """Is this a column heading for how the row's outcome is measured, alone or with its date ("How
    we will know", "By when, and how we will know")?"""
    return bool(_MEASURE_HEADING_RE.match(text)) or any(_MEASURE_HEADING_RE.match(x) for x in _heading_parts(text))
#: A horizon from now written in a date column: "Within 12 weeks of this plan", "In six months",
#: "Over the next term" - as good a date as "July 2027" for the outcome in that row.
HORIZON = re.compile(r"\b(?:within|in|over|during)\s+(?:the\s+)?(?:next\s+)?(?:\d+|one|two|three|four|six|nine|twelve|a)?\s*"
                     r"(?:weeks?|months?|terms?|half[- ]terms?|years?)\b", re.IGNORECASE)
