"""The detectors: personal identifiers in a string, each with a masked form.

NHS numbers (modulus-11 check), unique pupil numbers (DfE check letter), UK postcodes, dates of
birth (a date labelled as one), email addresses, UK phone numbers, and names given after labels
such as "Name:" or "Parent:" or before a role ("Tom Baker, parent"). :func:`mask_text` masks
every identifier in any string.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ehcaudit.text import plain_ascii

_NHS_RE = re.compile(r"(?<![\d-])(\d{3})[ -]?(\d{3})[ -]?(\d{4})(?![\d-])")
_UPN_RE = re.compile(r"\b([A-HJ-NP-RT-Z])(\d{11})([0-9A-HJ-NP-RT-Z])\b", re.IGNORECASE)
#: Upper or lower case, spaced or not ("SW1A 1AA", "sw1a1aa"); mixed case ("H1 2nd") is not one.
_POSTCODE_RE = re.compile(
    r"\b(GIR ?0AA|(?:[A-PR-UWYZ][0-9][0-9A-HJKPSTUW]?|[A-PR-UWYZ][A-HK-Y][0-9][0-9ABEHMNPRVWXY]?) ?[0-9][ABD-HJLNP-UW-Z]{2})\b",
    re.IGNORECASE,
)
_EMAIL_RE = re.compile(r"\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b")
_PHONE_RE = re.compile(r"(?<![\d/.:])(?:\+44\s?\(?0?\)?\s?|\(?0)(?:\d\)?[\s-]?){8,9}\d(?![\d/:]|\.\d)")
#: A date of birth: its label ("DOB", "date of birth", "born on the"), then the date (group 1:
#: "14th of March 2017", "14/03/2017", "March 14, 2017").
_DOB_LABEL = (r"\b(?:D\.?O\.?B\b\.?|date of birth\b|birth ?date\b|birthday\b|born on\b|born\b)"
              r"(?:\s*\((?:D\.?O\.?B\.?)\))?\s*[:\-–|]?\s*(?:on\s+)?(?:the\s+)?")
_DOB_DATE = (r"(\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?[\s./-]+(?:\d{1,2}|[A-Za-z]{3,9})[\s./-]+\d{2,4}"
             r"|[A-Za-z]{3,9}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})")
_DOB_RE = re.compile(_DOB_LABEL + _DOB_DATE, re.IGNORECASE)
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
    return without_overlaps(found)


def without_overlaps(found: list[Identifier]) -> list[Identifier]:
    """The earliest, longest of identifiers whose spans overlap, in order of their start."""
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


def pair_identifiers(label: str, value: str) -> list[Identifier]:
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


def forms(i: Identifier) -> list[str]:
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
