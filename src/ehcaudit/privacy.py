"""Privacy guard: find personal identifiers left in 'anonymised' plans, and mask them.

Detected kinds: NHS numbers (modulus-11 check), unique pupil numbers (DfE check letter), UK
postcodes, dates of birth (a date labelled as one), email addresses, UK phone numbers, and
names given after labels such as "Name:" or "Parent:". Every finding carries a masked form,
never the full value. :func:`mask_text` masks every identifier in any string, so quotes,
messages, reports and store rows never carry one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import PurePath
from typing import TYPE_CHECKING, overload

from ehcaudit.text import plain_ascii

if TYPE_CHECKING:  # masking an error message (every audit) needs neither model
    from ehcaudit.model import Plan
    from ehcaudit.results import PlanResult

# -- detectors --------------------------------------------------------------------------------

_NHS_RE = re.compile(r"(?<![\d-])(\d{3})[ -]?(\d{3})[ -]?(\d{4})(?![\d-])")
_UPN_RE = re.compile(r"\b([A-HJ-NP-RT-Z])(\d{11})([0-9A-HJ-NP-RT-Z])\b", re.IGNORECASE)
#: Upper or lower case, spaced or not ("SW1A 1AA", "sw1a1aa"); mixed case ("H1 2nd") is not one.
_POSTCODE_RE = re.compile(
    r"\b(GIR ?0AA|(?:[A-PR-UWYZ][0-9][0-9A-HJKPSTUW]?|[A-PR-UWYZ][A-HK-Y][0-9][0-9ABEHMNPRVWXY]?) ?[0-9][ABD-HJLNP-UW-Z]{2})\b",
    re.IGNORECASE,
)
_EMAIL_RE = re.compile(r"\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b")
_PHONE_RE = re.compile(r"(?<![\d/.:])(?:\+44\s?\(?0?\)?\s?|\(?0)(?:\d\)?[\s-]?){8,9}\d(?![\d/:]|\.\d)")
_DOB_RE = re.compile(
    r"\b(?:D\.?O\.?B\b\.?|date of birth\b|birth ?date\b|birthday\b|born on\b|born\b)"
    r"(?:\s*\((?:D\.?O\.?B\.?)\))?\s*[:\-–|]?\s*(?:on\s+)?(?:the\s+)?"
    r"(\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?[\s./-]+(?:\d{1,2}|[A-Za-z]{3,9})[\s./-]+\d{2,4}"
    r"|[A-Za-z]{3,9}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})",
    re.IGNORECASE,
)
#: A parent named by role after the name: "Tom Baker, parent", "Sarah Jones (mother)".
_NAME_ROLE_RE = re.compile(
    r"\b([A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}),?\s*\(?(?i:parent|mother|father|mum|dad|"
    r"step-?(?:mother|father|parent)|grand(?:mother|father|parent)|foster carer)\b"
)
#: Words that make a capitalised phrase something other than a person's name.
_NOT_NAME_WORDS = frozenset(
    "the a an and of for from by with to in on at parent parents carer carers mum dad mother father "
    "forum council team service services school views advice contribution report educational "
    "social health young person child children family care plan section office user microsoft "
    "windows admin administrator send sen ehc ehcp local authority nhs trust unit centre school "
    "academy college provision resourced primary secondary nursery infant junior hospital clinic "
    "surgery practice officer signature name".split())
_NAME_LABEL_RE = re.compile(
    r"(?<!preferred )(?<!known )(?<!school )(?<!setting )\b(?:child'?s name|child’s name|full name|name|parent/carer name|parent(?:/carer)?|mother|father|carer)"
    r"\s*[:\-–]\s*([A-Z][A-Za-z'’-]+(?:\s+[A-Z][A-Za-z'’-]+){0,3})",
    re.IGNORECASE,
)
_DIGIT_RE = re.compile(r"\d")
_NOT_A_NAME = {"n/a", "na", "none", "redacted", "not known", "tbc", "unknown", "yes", "no"}
_UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"


def nhs_number_valid(digits: str) -> bool:
    """The NHS modulus-11 check on a 10-digit string."""
    if len(digits) != 10 or not digits.isdigit() or len(set(digits)) == 1:
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


def upn_valid(upn: str) -> bool:
    """The DfE unique pupil number check letter (first character) over characters 2-13."""
    upn = upn.upper()
    if len(upn) != 13 or upn[0] not in _UPN_LETTERS or not upn[1:12].isdigit():
        return False
    total = 0
    for pos, ch in enumerate(upn[1:], start=2):
        value = int(ch) if ch.isdigit() else _UPN_LETTERS.index(ch) if ch in _UPN_LETTERS else None
        if value is None:
            return False
        total += value * pos
    return _UPN_LETTERS[total % 23] == upn[0]


@dataclass(frozen=True)
class Identifier:
    kind: str
    start: int
    end: int
    masked: str
    block_id: int | None = None
    section: str | None = None
    location: str = ""
    #: The identifier as written: kept in memory so :class:`Masker` can mask it wherever it
    #: appears (or where a clip cut it); never serialised (:meth:`as_dict` leaves it out).
    value: str = field(default="", repr=False, compare=False)

    def as_dict(self) -> dict:
        return {"kind": self.kind, "section": self.section, "location": self.location, "masked": self.masked}


def _mask(value: str, keep: int = 2) -> str:
    chars = [c if not c.isalnum() else "*" for c in value]
    shown = 0
    for i in range(len(value) - 1, -1, -1):
        if shown >= keep:
            break
        if value[i].isalnum():
            chars[i] = value[i]
            shown += 1
    return "".join(chars)


def _mask_email(value: str) -> str:
    user, _, domain = value.partition("@")
    tld = domain.rsplit(".", 1)[-1]
    return f"{user[:1]}***@***.{tld}"


def find_identifiers(text: str) -> list[Identifier]:
    """Every identifier in ``text``, as spans with masked forms (overlaps removed)."""
    found: list[Identifier] = []
    # Cheap pre-filters (results unchanged): an e-mail address needs "@"; NHS numbers, UPNs,
    # postcodes, phone numbers and dates of birth need a digit; a labelled name needs ":", "-"
    # or "–" after its label.
    if "@" in text:
        for m in _EMAIL_RE.finditer(text):
            found.append(Identifier("email", m.start(), m.end(), _mask_email(m.group()), value=m.group()))
    if _DIGIT_RE.search(text):
        _numbers(text, found)
    if (":" in text or "-" in text or "–" in text) and _may_hold_label(text):
        _names(text, found)
    if not plain_ascii(text) or any(w in text.lower() for w in _ROLE_WORDS):
        _role_names(text, found)
    # Keep the earliest, longest span where detectors overlap (an NHS number inside a phone...).
    found.sort(key=lambda i: (i.start, -(i.end - i.start)))
    out: list[Identifier] = []
    for ident in found:
        if out and ident.start < out[-1].end:
            continue
        out.append(ident)
    return out


#: Words one of which every labelled name contains ("child's name", "parent/carer", "mother").
_LABEL_WORDS = ("name", "parent", "mother", "father", "carer", "child", "young person", "pupil",
                "student", "learner", "forename", "surname")
#: Words one of which every date of birth's label contains ("DOB", "date of birth", "born").
_DOB_WORDS = ("dob", "d.o.b", "birth", "born")
_THREE_DIGITS_RE = re.compile(r"\d{3}")


def _may_hold_label(text: str) -> bool:
    """False only when no name label can match (a plain text without any label word)."""
    if not plain_ascii(text):
        return True
    low = text.lower()
    return any(w in low for w in _LABEL_WORDS)


def _numbers(text: str, found: list[Identifier]) -> None:
    # Cheap pre-filters (results unchanged): NHS numbers and UPNs hold three digits in a row,
    # a date of birth needs its label, a phone number nine digits or more.
    if _THREE_DIGITS_RE.search(text):
        for m in _NHS_RE.finditer(text):
            digits = "".join(m.groups())
            if nhs_number_valid(digits):
                found.append(Identifier("nhs_number", m.start(), m.end(), _mask(m.group()), value=m.group()))
        for m in _UPN_RE.finditer(text):
            if upn_valid(m.group()):
                found.append(Identifier("upn", m.start(), m.end(), _mask(m.group()), value=m.group()))
    for m in _POSTCODE_RE.finditer(text):
        pc = m.group()
        if not (pc.isupper() or pc.islower()):
            continue  # mixed case ("H1 2nd") is ordinary text
        outward = pc.split()[0] if " " in pc else pc[:-3]
        found.append(Identifier("postcode", m.start(), m.end(), f"{outward.upper()} ***", value=pc))
    plain = plain_ascii(text)
    if not plain or any(w in text.lower() for w in _DOB_WORDS):
        for m in _DOB_RE.finditer(text):
            found.append(Identifier("date_of_birth", m.start(1), m.end(1), _mask(m.group(1), keep=0),
                                    value=m.group(1)))
    if plain and sum(map(text.count, "0123456789")) < 9:
        return  # plain text: its only digits are ASCII ones
    for m in _PHONE_RE.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        national = digits[2:] if digits.startswith("44") else digits[1:] if digits.startswith("0") else digits
        if len(national) in (9, 10) and national[0] in "1237":
            found.append(Identifier("phone", m.start(), m.end(), _mask(m.group().strip()), value=m.group().strip()))


#: Labels that name a person only when a full name follows ("Child: Alfie Baker", "Pupil -
#: Tom Smith"); a pseudonym alone ("Child: Sam") is how anonymised plans are written.
_PERSON_LABEL_RE = re.compile(
    r"\b(?:child|young person|pupil|student|learner|forenames?|surname|first name|last name)"
    r"[ \t]*[:\-–][ \t]*([A-Z][A-Za-z'’-]+(?: [A-Z][A-Za-z'’-]+){1,3})",
    re.IGNORECASE,
)


def _names(text: str, found: list[Identifier]) -> None:
    for m in _NAME_LABEL_RE.finditer(text):
        value = m.group(1).strip()
        if value.lower() in _NOT_A_NAME or value.startswith("{{"):
            continue
        found.append(Identifier("name", m.start(1), m.end(1), value[0] + "***", value=value))
    for m in _PERSON_LABEL_RE.finditer(text):
        if any(i.start <= m.start(1) < i.end for i in found):
            continue
        words = m.group(1).split(" ")
        # the longest run of words that reads as a person ("Alfie Baker", not "Alfie Baker Date")
        value = next((" ".join(words[:k]) for k in range(len(words), 1, -1)
                      if looks_like_person(" ".join(words[:k]))), None)
        if value:
            found.append(Identifier("name", m.start(1), m.start(1) + len(value), value[0] + "***", value=value))


def _role_names(text: str, found: list[Identifier]) -> None:
    for m in _NAME_ROLE_RE.finditer(text):
        value = m.group(1)
        if looks_like_person(value):
            found.append(Identifier("name", m.start(1), m.end(1), value[0] + "***", value=value))


_ROLE_WORDS = ("parent", "mother", "father", "mum", "dad", "carer")
_PERSON_RE = re.compile(r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Mx)\.?\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,3}")


def looks_like_person(value: str) -> bool:
    """"Tom Baker", "Mrs Sarah O'Neill": two to four capitalised words, none of them a word
    that makes the phrase a team, service or title ("Parent Carer Forum", "Microsoft Office User")."""
    value = " ".join(value.split())
    if not _PERSON_RE.fullmatch(value):
        return False
    return not any(w.lower().strip(".") in _NOT_NAME_WORDS for w in value.split())


@lru_cache(maxsize=8192)
def mask_text(text: str) -> str:
    """``text`` with every identifier replaced by its masked form."""
    # cached: the store masks every string of every result, and messages repeat from plan to
    # plan (measured: 42,900 calls for 30 plans)
    idents = find_identifiers(text)
    if not idents:
        return text
    parts, pos = [], 0
    for i in idents:
        parts.append(text[pos:i.start])
        parts.append(f"[{i.kind.upper()}: {i.masked}]")
        pos = i.end
    parts.append(text[pos:])
    return "".join(parts)


def _pair_identifiers(label: str, value: str) -> list[Identifier]:
    """Identifiers in ``value`` read as the value of ``label`` ("Child's name" | "Alfie Baker"),
    with spans in ``value``; only those the label makes (a name, a date of birth) are new."""
    label = " ".join(label.split())
    if not label or len(label.split()) > 6 or label.endswith((".", "?", "!")):
        return []
    joined = f"{label.rstrip(':').strip()}: {value}"
    offset = len(joined) - len(value)
    # "Name | Oakfield Primary School" in a placement table is not a person: a paired name
    # must look like one
    return [replace(i, start=i.start - offset, end=i.end - offset)
            for i in find_identifiers(joined)
            if i.start >= offset and (i.kind != "name" or looks_like_person(i.value))]


def _table_pairs(plan: Plan) -> list[Identifier]:
    """Labels and values split across the cells of a table row, paired."""
    rows: dict[tuple[int, int], list] = {}
    for b in plan.blocks:
        if b.kind in ("table_cell", "heading") and b.table is not None and b.row is not None and b.col is not None:
            rows.setdefault((b.table, b.row), []).append(b)
    out: list[Identifier] = []
    for cells in rows.values():
        cells.sort(key=lambda b: b.col)
        for label, value in zip(cells, cells[1:], strict=False):
            first = label.text.strip().split("\n")[0]
            for i in _pair_identifiers(first, value.text):
                out.append(replace(i, block_id=value.id, section=value.section, location=value.location))
    return out


def _forms(i: Identifier) -> list[str]:
    """The ways an identifier's value may recur: itself and, for a name read after a label
    ("Name: Zorya Pemberthwick Sam enjoys" reads on while words follow), its first two words and
    its leading capitalised words."""
    value = " ".join(i.value.split())
    forms = [value]
    if i.kind == "name":
        words = value.split()
        caps = []
        for w in words:
            if not w[:1].isupper():
                break
            caps.append(w)
        forms += [" ".join(words[:2]), " ".join(caps[:4])]
    return [f for f in dict.fromkeys(forms) if sum(c.isalnum() for c in f) >= 3 and (len(f.split()) > 1 or f == value)]


def _known_in(text: str, known: list[Identifier]) -> list[Identifier]:
    """Identifiers the plan was found to hold elsewhere, where ``text`` repeats them."""
    out: list[Identifier] = []
    low = text.lower()
    for i in known:
        for value in _forms(i):
            at = low.find(value.lower())
            if at >= 0 and (at == 0 or not low[at - 1].isalnum()) and (
                    at + len(value) == len(low) or not low[at + len(value)].isalnum()):
                out.append(Identifier(i.kind, at, at + len(value), i.masked, value=text[at:at + len(value)]))
                break
    return out


def _outside_identifiers(plan: Plan, known: list[Identifier]) -> list[Identifier]:
    out: list[Identifier] = []
    for item in getattr(plan, "outside", None) or []:
        if item.is_name:  # an author: a staff member's name is not the child's; a name the plan holds is
            found = _known_in(item.text, known)
        else:
            found = find_identifiers(item.text)
            lines = item.text.split("\n")
            for a, b in zip(lines, lines[1:], strict=False):  # a label line above its value
                found.extend(_pair_identifiers(a, b))
            found.extend(i for i in _known_in(item.text, known)
                         if not any(f.start < i.end and i.start < f.end for f in found))
        for i in found:
            out.append(replace(i, location=item.part))
    return out


_NAME_SEPARATORS_RE = re.compile(r"[_+]+|(?<=[A-Za-z])\.(?=[A-Za-z])|(?<=[a-z])-(?=[A-Z])")
#: Words a plan's file name holds that are not a person's name.
_FILE_WORDS = frozenset(
    "ehcp ehc plan plans final draft amended amendment annual review proposed issued copy version "
    "redacted anonymised anonymized sample template notice letter advice report appendix new old "
    "updated update signed v consultation section year term school".split())


def file_name_identifiers(source: str, known: list[Identifier] | None = None) -> list[Identifier]:
    """Identifiers in a file's name ("Alfie Baker DOB 14.03.2017.docx"), located "File name".

    Any detector's find (read with "_" as a space), a name the plan itself holds, and a first
    name followed by a surname ("alfie_baker_ehcp.docx").
    """
    from ehcaudit.names import first_names

    name = PurePath(source).name
    stem = name.rsplit(".", 1)[0] if "." in name else name
    text = _NAME_SEPARATORS_RE.sub(lambda m: " " * len(m.group()), stem)  # same length: spans hold
    found = [replace(i, location="File name") for i in find_identifiers(text)]
    found.extend(replace(i, location="File name") for i in _known_in(text, known or []))
    words = list(re.finditer(r"[A-Za-z][A-Za-z'’]+", text))
    candidates = []
    for w1, w2 in zip(words, words[1:], strict=False):
        first, second = w1.group(), w2.group()
        gap = text[w1.end():w2.start()]
        if (gap.strip() or first.lower() in _FILE_WORDS or second.lower() in _FILE_WORDS
                or first.lower() in _NOT_NAME_WORDS or second.lower() in _NOT_NAME_WORDS or len(second) < 2):
            continue
        if second[:1].isupper() or text.islower() or first.islower():
            candidates.append((w1, w2))
    given = first_names() if candidates else frozenset()  # loaded only when a name may be there
    for w1, w2 in candidates:
        first = w1.group()
        if first[:1].upper() + first[1:].lower() in given:
            value = text[w1.start():w2.end()]
            found.append(Identifier("name", w1.start(), w2.end(), first[0].upper() + "***", location="File name", value=value))
    found.sort(key=lambda i: (i.start, -(i.end - i.start)))
    out: list[Identifier] = []
    for i in found:
        if out and i.start < out[-1].end:
            continue
        out.append(i)
    return out


def masked_source(source: str, identifiers: list[Identifier], tag: str = "") -> str:
    """``source`` with its file name's identifiers masked ("A*** DOB ** ** ****.docx"), plus a
    short ``tag`` (from the file's content hash) so two masked names never collide."""
    found = [i for i in identifiers if i.location == "File name"]
    if not found:
        return source
    path = PurePath(source)
    name = path.name
    stem, dot, suffix = name.rpartition(".") if "." in name else (name, "", "")
    parts, pos = [], 0
    for i in sorted(found, key=lambda i: i.start):
        if i.start < pos or i.end > len(stem):
            continue
        parts.append(stem[pos:i.start])
        parts.append(i.masked)
        pos = i.end
    parts.append(stem[pos:])
    masked = "".join(parts) + (f" ({tag})" if tag else "")
    return str(path.with_name(masked + (dot + suffix if dot else "")))


def mask_file_name(source: str) -> str:
    """``source`` with identifiers in its file name masked, for a file that could not be read
    (no plan to learn names from: the detectors and the first-name rule only)."""
    try:
        return masked_source(source, file_name_identifiers(source))
    except Exception:  # noqa: BLE001 - reporting an unreadable file must never fail
        return source


def scan_plan(plan: Plan) -> list[Identifier]:
    """Identifiers in every part of a plan: each block (with its section and location), labels
    and values split across table cells, the parts outside the body (page headers and footers,
    comments, notes, tracked deletions, hidden and struck-through text, alt text, document
    properties: located by part) and the file name ("File name")."""
    out: list[Identifier] = []
    for b in plan.blocks:
        for i in find_identifiers(b.text):
            out.append(replace(i, block_id=b.id, section=b.section, location=b.location))
    seen = {(i.block_id, i.start, i.end) for i in out}
    for i in _table_pairs(plan):
        if (i.block_id, i.start, i.end) not in seen and not any(
                o.block_id == i.block_id and o.start < i.end and i.start < o.end for o in out):
            out.append(i)
    body = list(out)
    out.extend(_outside_identifiers(plan, body))
    out.extend(file_name_identifiers(plan.source, body))
    return out


class Masker:
    """Masks a plan's identifiers in any string that leaves the pipeline: the one place quotes,
    messages, locations, plan ids and file names are masked.

    Masking comes after clipping, and knows what was clipped: besides every identifier the
    detectors find in the string itself (:func:`mask_text`), it masks each identifier the plan
    was found to hold wherever it appears (a name or a date of birth in a message, whatever
    the label around it), a date of birth in any date format, and the piece of an identifier
    that a clip left at the string's edge or next to "…" ("…nurse alfie.ba").
    """

    def __init__(self, identifiers: list[Identifier]):
        self.values: list[tuple[str, str, str]] = []  # (compact lower value, replacement, kind)
        self.dobs: set = set()
        patterns: list[str] = []
        seen: set[str] = set()
        for i in identifiers:
            token = f"[{i.kind.upper()}: {i.masked}]"
            for value in _forms(i):
                if value.lower() in seen:
                    continue
                seen.add(value.lower())
                self.values.append((value.lower(), token, i.kind))
                patterns.append(r"\s*".join(re.escape(c) for c in value if not c.isspace()))
            value = " ".join(i.value.split())
            if i.kind == "date_of_birth":
                from ehcaudit.dates import parse_uk_date

                d = parse_uk_date(value)
                if d is not None:
                    self.dobs.add(d)
        self.tokens = {"".join(v.split()): t for v, t, _k in self.values}
        #: The words of a person's name the plan holds ("thaddeus"): a piece of another
        #: identifier left at a cut that is one of them gives the name away ("thaddeus.pe…").
        self.name_words = frozenset(w for v, _t, k in self.values if k == "name"
                                    for w in re.split(r"[\s.'’-]+", v) if len(w) >= 3)
        self.pattern = (re.compile(r"(?<![A-Za-z0-9])(?:" + "|".join(sorted(patterns, key=len, reverse=True))
                                   + r")(?![A-Za-z0-9])", re.IGNORECASE) if patterns else None)

    def __bool__(self) -> bool:
        return bool(self.values)

    @overload
    def __call__(self, text: str) -> str: ...
    @overload
    def __call__(self, text: None) -> None: ...
    def __call__(self, text: str | None) -> str | None:
        if not text:
            return text
        if not self.values:
            return mask_text(text)
        # the plan's own identifiers first (whole, then what a clip left of one), then whatever
        # the detectors find in the string itself
        if self.pattern is not None:
            text = self.pattern.sub(lambda m: self.tokens.get("".join(m.group().split()).lower(), "[REDACTED]"), text)
        if self.dobs:
            from ehcaudit.dates import find_dates

            for d, _t, s, e in reversed(find_dates(text)):
                if d in self.dobs:
                    text = text[:s] + "[DATE_OF_BIRTH: **/**/****]" + text[e:]
        return mask_text(self._fragments(text))

    def _fragments(self, text: str) -> str:
        """Mask what a clip left of an identifier at each cut: the string's ends and "…"."""
        cuts: list[tuple[int, str]] = [(len(text), "end"), (0, "start")]
        for m in re.finditer(r"…|\.\.\.", text):
            cuts.append((m.start(), "end"))
            cuts.append((m.end(), "start"))
        spans: list[tuple[int, int, str]] = []
        for at, side in cuts:
            for value, token, _kind in self.values:
                span = (_tail(text, at, value, self.name_words) if side == "end"
                        else _head(text, at, value, _kind == "name", self.name_words))
                if span:
                    spans.append((span[0], span[1], token))
        if not spans:
            return text
        spans.sort()
        out, pos = [], 0
        for s, e, token in spans:
            if s < pos:
                continue
            out.append(text[pos:s])
            out.append(token)
            pos = e
        out.append(text[pos:])
        return "".join(out)

    def source(self, source: str, identifiers: list[Identifier], sha256: str = "") -> str:
        return masked_source(source, identifiers, sha256[:8])


def _cut(frag: str, beside: str, name_words: frozenset[str] = frozenset(), whole: bool = False) -> bool:
    """Whether a piece of an identifier left at a cut gives some of it away: three letters or
    digits or more, and either a digit or symbol inside it ("943 47", "alfie.ba"), a word of it
    cut short ("Alf|ie"), or a word of a person's name the plan holds ("thaddeus" left of
    "thaddeus.pemberthwick@…" when "Thaddeus Pemberthwick" is in the plan). A whole word that
    merely begins or ends an identifier is ordinary text, unless it is the part of an e-mail
    address before its "." or "@" and the string holds more than that word (a field that is
    just "Jade" is a name, not a cut address)."""
    core = frag.strip(".,;:-_'’ ")
    if sum(c.isalnum() for c in core) < 3:
        return False
    if core.isalpha() and len(core) >= 4 and beside in ("@", ".") and not whole:
        # the part of an e-mail address before its "." or "@" ("thaddeus" of
        # "thaddeus.pemberthwick@…"): at a cut it cannot be told from the address, so it is
        # masked (a pseudonym that happens to begin the address is masked too: safe side)
        return True
    return not core.isalpha() or beside.isalnum() or core.lower() in name_words


def _tail(text: str, at: int, value: str, name_words: frozenset[str] = frozenset()) -> tuple[int, int] | None:
    """The span ending at ``at`` that is the start of ``value`` and gives some of it away."""
    compact = "".join(value.split())
    chars: list[tuple[str, int]] = []
    i = at - 1
    while i >= 0 and len(chars) < len(compact):
        if not text[i].isspace():
            chars.append((text[i].lower(), i))
        i -= 1
    for k in range(len(chars), 0, -1):
        frag = "".join(c for c, _ in reversed(chars[:k]))
        if compact.startswith(frag):
            start = chars[k - 1][1]
            if start > 0 and text[start - 1].isalnum():
                return None
            core = frag.rstrip(".,;:-_'’")
            beside = _after(value, len(core))
            whole = start == 0 and not text[at:].strip()
            return (start, at) if (k == len(compact) or _cut(frag, beside, name_words, whole)) else None
    return None


def _head(text: str, at: int, value: str, surname: bool = False,
          name_words: frozenset[str] = frozenset()) -> tuple[int, int] | None:
    """The span starting at ``at`` that is the end of ``value`` and gives some of it away
    (``surname``: the end of a name, its surname, always does)."""
    compact = "".join(value.split())
    chars: list[tuple[str, int]] = []
    i = at
    while i < len(text) and len(chars) < len(compact):
        if not text[i].isspace():
            chars.append((text[i].lower(), i))
        i += 1
    for k in range(len(chars), 0, -1):
        frag = "".join(c for c, _ in chars[:k])
        if compact.endswith(frag):
            end = chars[k - 1][1] + 1
            if end < len(text) and text[end].isalnum():
                return None
            core = frag.lstrip(".,;:-_'’")
            beside = "x" if surname else _before(value, len(core))
            whole = end == len(text) and not text[:at].strip()
            return (at, end) if (k == len(compact) or _cut(frag, beside, name_words, whole)) else None
    return None


def _after(value: str, n: int) -> str:
    """The character of ``value`` after its first ``n`` non-space characters ("" at the end)."""
    seen = 0
    for c in value:
        if seen == n:
            return c
        if not c.isspace():
            seen += 1
    return ""


def _before(value: str, n: int) -> str:
    """The character of ``value`` before its last ``n`` non-space characters ("" at the start)."""
    return _after(value[::-1], n)


def mask_result(result: PlanResult, identifiers: list[Identifier], plan: Plan | None = None) -> PlanResult:
    """A copy of ``result`` with every string from the plan masked (quotes, messages, locations,
    plan id, file name, attributes), flagged in ``privacy``; spans moved (``results.move_spans``)."""
    from ehcaudit.results import move_spans

    mask = Masker(identifiers)
    masked = move_spans(result.model_copy(deep=True), mask, plan)  # before the quotes are masked
    for c in masked.criteria:
        for f in c.findings:
            f.quote, f.message, f.location = mask(f.quote), mask(f.message), mask(f.location)
    masked.source = mask.source(masked.source, identifiers, masked.sha256)
    stem = PurePath(result.source).stem
    masked.plan_id = (PurePath(masked.source).stem if result.plan_id == stem and masked.source != result.source
                      else mask(masked.plan_id))
    masked.attributes = {k: mask(v) if v else v for k, v in masked.attributes.items()}
    masked.privacy = [i.as_dict() for i in identifiers]
    return masked


def mask_plan(plan: Plan, identifiers: list[Identifier] | None = None) -> Plan:
    """A copy of ``plan`` with identifiers masked in every block, front-matter field, advice item,
    its id and its file name (for pages that show plan text)."""
    if identifiers is None:
        identifiers = scan_plan(plan)
    mask = Masker(identifiers)
    copy = plan.model_copy(deep=True)
    for b in copy.blocks:
        b.text = mask(b.text)
    copy.front.fields = {mask(k): mask(v) for k, v in copy.front.fields.items()}
    for name in ("reference", "team", "caseworker", "known_as"):
        if getattr(copy.front, name):
            setattr(copy.front, name, mask(getattr(copy.front, name)))
    for a in copy.advice:
        a.title, a.author, a.quote, a.date_text = mask(a.title), mask(a.author), mask(a.quote), mask(a.date_text)
    new_source = masked_source(plan.source, identifiers, plan.sha256[:8])
    if plan.plan_id == PurePath(plan.source).stem and new_source != plan.source:
        copy.plan_id = PurePath(new_source).stem
    else:
        copy.plan_id = mask(copy.plan_id)
    copy.source = new_source
    copy.outside = []
    return copy
