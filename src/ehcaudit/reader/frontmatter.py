"""Front matter: ``label: value`` pairs outside the sections (paragraphs or 2/4-column tables)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from ehcaudit.dates import find_dates, parse_uk_date
from ehcaudit.model import Block, FrontMatter
from ehcaudit.placeholders import has_placeholder

_PAIR_RE = re.compile(r"^\s*([A-Za-z][A-Za-z0-9 '\u2019/()&.,-]{0,60}?)\s*[:\uff1a]\s*(.*?)\s*$")

_LABELS: dict[str, tuple[str, ...]] = {
    "reference": ("plan reference", "ehcp reference", "ehc plan reference", "reference", "ref",
                  "reference number", "reference no", "plan ref", "ehcp ref", "ehcp reference number",
                  "plan reference number", "plan id", "ehcp number", "ehcp no", "ehcp id"),
    "year_group": ("national curriculum year", "nc year", "year group", "school year",
                   "curriculum year", "national curriculum year group", "nc year group", "ncy", "nc yr",
                   "year group (ncy)", "national curriculum year (ncy)", "ncy year group"),
    "age": ("age", "age at issue", "current age", "age (years)"),
    "date_issued": ("date issued", "date of issue", "date plan finalised", "date finalised",
                    "issue date", "date plan issued", "date of final plan", "date final plan issued",
                    "final ehcp date", "final plan date", "date ehcp finalised", "date ehc plan finalised"),
    "last_review": ("date of last annual review", "last review", "last annual review",
                    "date of last review", "last annual review date", "date of most recent annual review"),
    "team": ("team", "sen team", "send team", "locality", "area team", "sen locality", "send locality"),
    "caseworker": ("caseworker", "case worker", "case officer", "send caseworker", "sen caseworker",
                   "ehc coordinator", "ehc co-ordinator", "send officer", "sen officer"),
    "known_as": ("known as", "preferred name", "pseudonym", "name used in this plan"),
}
_LOOKUP = {label: key for key, labels in _LABELS.items() for label in labels}
_NEXT_LABEL_RE = re.compile(
    r"(?:\s+\|)?\s+(?=(?:" + "|".join(re.escape(lab) for lab in sorted(_LOOKUP, key=len, reverse=True))
    + r")\s*:)", re.IGNORECASE)


def norm_label(label: str) -> str:
    t = label.replace("\u2019", "'").lower()
    t = re.sub(r"[:.*_#]+", " ", t)
    return " ".join(t.split())


def _split_pairs(line: str) -> list[str]:
    """Several pairs on one line: "Ref: X-1  Caseworker: CW9" or "Age: 9 | Team: North"."""
    out: list[str] = []
    rest = line
    while True:
        colon = rest.find(":")
        if colon < 0:
            break
        m = _NEXT_LABEL_RE.search(rest, colon + 1)
        if not m:
            break
        out.append(rest[: m.start()].strip(" |"))
        rest = rest[m.end():]
    out.append(rest.strip(" |"))
    return [piece for piece in out if piece]


_DASH_PAIR_RE = re.compile(r"^\s*([A-Za-z][A-Za-z0-9 '\u2019/()&.,]{0,60}?)\s+[\u2013\u2014-]\s+(.+?)\s*$")


def pairs_from_text(text: str) -> list[tuple[str, str]]:
    """``label: value`` pairs, one per line (labels of up to eight words); also "Label – value"
    when the label is one the front matter knows ("Date of issue – 22 June 2026")."""
    out = []
    pieces = [piece for line in text.split("\n") for piece in _split_pairs(line)]
    for line in pieces:
        m = _PAIR_RE.match(line)
        if m and m.group(2) and len(m.group(1).split()) <= 8:
            out.append((m.group(1).strip(), m.group(2).strip()))
            continue
        m = _DASH_PAIR_RE.match(line)
        if m and len(m.group(1).split()) <= 8 and _label_key(m.group(1)):
            out.append((m.group(1).strip(), m.group(2).strip()))
    return out


def pairs_from_blocks(blocks: list[Block]) -> list[tuple[str, str]]:
    out = []
    for b in blocks:
        if b.section is not None or b.kind == "table_cell":
            continue
        out.extend(pairs_from_text(b.text))
    return out


_KEY_STAGE_YEAR = {"1": 1, "2": 3, "3": 7, "4": 10, "5": 12}


def _nc_year(n: int) -> int | None:
    # NCY 15 and beyond: the years after 19 ("Post-19 (NCY 15)"), counted here as 14
    return n if 0 <= n <= 14 else 14 if n <= 20 else None


#: How councils write a year group or education phase, and the National Curriculum year each gives,
#: tried in order on the lower-cased value: the first rule that matches decides.
_YEAR_RULES: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], int | None]], ...] = (
    # "YR" is Year R, but "Yr 10" is Year 10
    (re.compile(r"^(?:reception|rec\b|r\b|yr\b(?!\s*\d)|year r\b|year reception)|^(?:ncy|nc year|nc yr)\s*(?:r|rec|reception)\b"),
     lambda m: 0),
    (re.compile(r"\b(?:year|yr|y|nc year|nc yr|ncy)\s*(\d{1,2})\b"), lambda m: _nc_year(int(m[1]))),
    (re.compile(r"\breception\b|\bearly years\b|\beyfs\b|\bnursery\b|\bpre-?school\b"), lambda m: 0),
    (re.compile(r"\bpost[- ]?19\b"), lambda m: 14),
    (re.compile(r"\bpost[- ]?16\b|\bsixth form\b|\bfurther education\b|\bcollege\b"), lambda m: 12),
    (re.compile(r"\b(?:key stage|ks)\s*([1-5])\b"), lambda m: _KEY_STAGE_YEAR[m[1]]),
    # a bare number with a few words round it: "4", "currently 10"
    (re.compile(r"^\D{0,12}?(\d{1,2})\D{0,12}$"), lambda m: int(m[1]) if int(m[1]) <= 14 else None),
)


#: A year of a course, not of the National Curriculum: "year 4 of further education", "year 1 of a
#: 3-year study programme", "Year 2 of her apprenticeship".
_COURSE_YEAR_RE = re.compile(
    r"\b(?:year|yr)\s*\d{1,2}\s+of\s+(?:[\w-]+\s+){0,4}?(?:course|programme|program|study|studies|"
    r"further education|fe|college|apprenticeship|internship|training|degree|university)\b"
    # the course named first: "(Pathways to Employment programme, year 2)", "apprenticeship: Year 1"
    r"|\b(?:course|programme|program|apprenticeship|internship|traineeship|degree)\s*[,:\u2013-]?\s*(?:year|yr)\s*\d{1,2}\b")


def _year_group(value: str) -> int | None:
    """National Curriculum year from a year group or education phase as councils write it:
    "Year 4", "4", "Y10", "Reception", "Primary (Year 4)", "Key Stage 2", "Early years", "Post-16"."""
    v = _COURSE_YEAR_RE.sub(" ", value.strip().lower()).strip()
    for rule, year in _YEAR_RULES:
        m = rule.search(v)
        if m:
            return year(m)
    # a note in brackets after the year: "7 (from September 2025)", "10 (2026/27)": read without it
    bare = re.sub(r"\s*[(\[][^)\]]*[)\]]", " ", v).strip()
    return _year_group(bare) if bare and bare != v else None


_PLAN = r"(?:ehc ?p?|ehc plan|plan|education,? health and care plan)"
_BEGAN = (r"(?:start(?:ed|s)?|effective|commenc(?:ed|es|ement)|in force|began|took effect|came into (?:effect|force)"
          r"|created|produced|agreed|signed(?: off)?|sign[- ]off|published|sent)")

#: Labels as councils write them, beyond the exact ones above (checked after them, in order).
_LABEL_RULES: list[tuple[str, re.Pattern[str]]] = [
    ("date_of_birth", re.compile(r"\b(?:date of birth|dob|d\.o\.b|born)\b")),
    # next review date, or a deadline ("Review by", "To be reviewed before"): not a date the plan has
    ("", re.compile(r"\b(?:next|due|planned|proposed|future|deadline|to be|will be)\b"
                    r"|\breview (?:by|before|no later than)\b")),
    # "Last reviewed", "Date of most recent review", "Last AR" (annual review)
    ("last_review", re.compile(r"\breview(?:ed)?\b|\b(?:last|latest|most recent|previous) ar\b|^(?:date of (?:the )?)?ar(?: date| held)?$")),
    # the first plan's date: the issue date only when the plan gives no later one
    ("first_issued", re.compile(rf"^(?:date of (?:the )?(?:first|original|initial) {_PLAN}"
                                r"|(?:first|original|initial) (?:ehc ?p?|ehc plan|plan) (?:date|issued))$"
                                # the same with the words the other way round: "Plan first issued",
                                # "EHCP originally issued on", "Date the plan was first issued"
                                rf"|^(?:date (?:(?:this|the) )?)?(?:{_PLAN} )?(?:was )?(?:first|originally|initially) "
                                r"(?:issued|finali[sz]ed)(?: (?:on|date))?$")),
    # the day the plan began or took effect: "Plan start date", "Start date", "EHCP effective from",
    # "Date plan agreed", "Date signed"; not a start at a school or setting ("Placement start date")
    ("date_issued", re.compile(rf"^(?:date (?:of )?)?(?:(?:this|the) )?(?:{_PLAN} )?(?:was )?{_BEGAN}(?: (?:date|on|from))?$"
                               rf"|^date (?:(?:this|the) )?(?:{_PLAN} )?(?:was )?{_BEGAN}$")),
    ("date_issued", re.compile(r"\b(?:issued?|finali[sz]ed|final plan|amended)\b"
                               rf"|^(?:date of (?:this |the )?(?:(?:final|amended|current|latest|new) )?{_PLAN}"
                               r"|(?:(?:final|current|latest) )?(?:ehc ?p?|ehc plan|plan) date|date (?:of )?plan)$"
                               # "Plan dated", "EHCP dated", "Dated", "Date", "Last updated", "Version date"
                               r"|\bdated\b|^date$|\b(?:last )?updated\b|^(?:version|issue) date$|^date of (?:this )?version$")),
    ("year_group", re.compile(r"\b(?:year|ncy|nc yr|phase|key stage|stage of education)\b|^(?:education |school )?stage$")),
    ("age", re.compile(r"^(?:age|current age|age at \w+)\b")),
]


_ASIDE_LABEL_RE = re.compile(r"\b(?:setting|school|class|placement|birth|dob)\b")
_ASIDE_YEAR_RE = re.compile(r"\b(?:NC\s+)?Year\s+(\d{1,2}|R|Reception)\b|\((Reception)\)", re.IGNORECASE)
_ASIDE_AGE_RE = re.compile(r"\baged?\s+(\d{1,2})\b", re.IGNORECASE)
#: A date to come ("due by May 2027") or a schedule ("Six-monthly (child under five): March 2027"),
#: not a date the plan was issued or reviewed on.
_FUTURE_RE = re.compile(r"\b(?:due|next|planned|expected|proposed|to be held|by|will|within|before|no later than|\w+-monthly|six monthly|three monthly|"
                        r"annually|yearly|every \w+ months?|each year|every year)\b", re.IGNORECASE)


def held_date(value: str) -> dt.date | None:
    """The first date in a value that is not one to come: what is written between it and the
    previous date (or the start) must not mark it as future ("due", "next", "by", "will be").
    "Annual review meeting 13 November 2026; next review by November 2027" gives 13/11/2026;
    "New plan: first annual review due by March 2027" gives none."""
    start = 0
    for date, _text, s, e in find_dates(value):
        if not _FUTURE_RE.search(value[start:s]):
            return date
        start = e
    return None


#: Words before a date that make it the day the plan was issued again: "(plan amended and reissued
#: on 2 September 2026)", "amended plan issued 3 March 2025", "re-finalised on ...".
_REISSUED_RE = re.compile(r"\b(?:re-?issued|re-?finali[sz]ed|amended(?:\s+(?:plan|ehc ?p|ehc plan))?(?:\s+(?:issued|finali[sz]ed))?)"
                          r"(?:\s+(?:on|dated|from))?\s*$", re.IGNORECASE)


def reissued_date(value: str) -> dt.date | None:
    """The latest date in a front-matter value that the words just before it give as the day the
    plan was amended and issued again ("8 July 2026 (plan amended and reissued on 2 September
    2026)" gives 2/9/2026); None when no date is marked so, or it is one to come."""
    out = None
    start = 0
    for date, _text, s, e in find_dates(value):
        before = value[start:s]
        if _REISSUED_RE.search(before) and not _FUTURE_RE.search(before):
            out = max(out, date) if out else date
        start = e
    return out


def _label_key(label: str) -> str | None:
    key = _LOOKUP.get(norm_label(label))
    if key:
        return key
    n = norm_label(label)
    for name, rx in _LABEL_RULES:
        if rx.search(n):
            return name or None
    return None


_MONTH_YEAR_RE = re.compile(r"^(\d{1,2})\s*[/.-]\s*((?:19|20)\d\d)\b")


def _month_year(value: str):
    """A date of birth given as month and year only ("04/2023", "11-2018"): the 1st of that month."""
    m = _MONTH_YEAR_RE.match(value)
    if m and 1 <= int(m.group(1)) <= 12:
        return dt.date(int(m.group(2)), int(m.group(1)), 1)
    return None


def _year_from_birth(born, on) -> int:
    """National Curriculum year on a date for a child born on ``born`` (school year from 1 September)."""
    cohort = born.year if born.month >= 9 else born.year - 1   # the school year of birth starts
    school_year = on.year if on.month >= 9 else on.year - 1
    return school_year - cohort - 5


def _split_joint(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """One label for two facts, its value split the same way: "Age / year of study | 17 / Year 12",
    "DOB / age: 03/2011 / 15" give each fact its own pair, in place of the joint one."""
    out: list[tuple[str, str]] = []
    for label, value in pairs:
        parts = [x.strip() for x in re.split(r"\s*/\s*|\s+and\s+|\s*&\s*", label.strip().rstrip(":")) if x.strip()]
        values = re.split(r"\s+/\s+", value)
        if len(values) != len(parts):
            values = value.split("/")
        if len(parts) < 2 or len(values) != len(parts) or len({_label_key(x) for x in parts} - {None}) < len(parts):
            out.append((label, value))  # one fact (or facts the value does not split into)
            continue
        out.extend(zip(parts, (v.strip() for v in values), strict=True))
    return out


def build_front(pairs: list[tuple[str, str]]) -> FrontMatter:
    fm = FrontMatter()
    born = first_issued = None
    for label, value in pairs:
        clean_label = label.strip().rstrip(":").strip()
        if clean_label and clean_label not in fm.fields:
            fm.fields[clean_label] = value
    pairs = _split_joint(pairs)
    for label, value in pairs:
        clean_label = label.strip().rstrip(":").strip()
        key = _label_key(clean_label)
        if not key or not value.strip() or has_placeholder(value):
            continue
        v = " ".join(value.split())
        if key == "date_of_birth":
            born = born or parse_uk_date(v) or _month_year(v)
            continue
        if key == "first_issued":
            first_issued = first_issued or parse_uk_date(v)
            continue
        if getattr(fm, key) is not None:
            continue
        if key in ("date_issued", "last_review"):
            # "First annual review due by May 2027": a date to come, not one the plan has
            setattr(fm, key, held_date(v))
            continue
        if key == "year_group":
            fm.year_group = _year_group(v)
        elif key == "age":
            m = re.search(r"\d{1,2}", v)
            fm.age = int(m.group(0)) if m else None
        else:
            setattr(fm, key, v)
    fm.born = born
    if fm.date_issued is None:
        fm.date_issued = first_issued  # "Date of first plan": the only issue date the plan gives
    # "Plan finalised: 14 July 2022 | Last annual review: 8 July 2026 (plan amended and reissued on
    # 2 September 2026)": the plan in hand was issued on the later date
    again = [d for label, value in pairs if _label_key(label.strip().rstrip(":").strip()) in
             ("date_issued", "last_review", "first_issued") and (d := reissued_date(" ".join(value.split()))) is not None]
    if again and (fm.date_issued is None or max(again) > fm.date_issued):
        fm.date_issued = max(again)
    if fm.year_group is None or fm.age is None:
        # "Education setting | Oak Primary School (Year 4)", "Date of birth | Withheld (age 20)"
        for label, value in pairs:
            if not _ASIDE_LABEL_RE.search(norm_label(label)) or has_placeholder(value):
                continue
            ym = _ASIDE_YEAR_RE.search(value)
            if fm.year_group is None and ym:
                y = ym.group(1) or ym.group(2)
                fm.year_group = int(y) if y.isdigit() and int(y) <= 14 else 0 if not y.isdigit() else None
            am = _ASIDE_AGE_RE.search(value)
            if fm.age is None and am:
                fm.age = int(am.group(1))
    if born is not None and fm.year_group is None:
        on = fm.last_review or fm.date_issued
        if on is not None and on > born:
            year = _year_from_birth(born, on)
            if -2 <= year <= 14:
                fm.year_group = max(year, 0)
            if fm.age is None:
                fm.age = on.year - born.year - ((on.month, on.day) < (born.month, born.day))
    return fm
