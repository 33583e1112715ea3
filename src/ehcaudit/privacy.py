"""Privacy guard: find personal identifiers left in 'anonymised' plans, and mask them.

Detected kinds: NHS numbers (modulus-11 check), unique pupil numbers (DfE check letter), UK
postcodes, dates of birth (a date labelled as one), email addresses, UK phone numbers, and
names given after labels such as "Name:" or "Parent:". Every finding carries a masked form,
never the full value. :func:`mask_text` masks every identifier in any string, so quotes,
messages, reports and store rows never carry one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from ehcaudit.text import plain_ascii

if TYPE_CHECKING:  # masking an error message (every audit) needs neither model
    from ehcaudit.model import Plan
    from ehcaudit.results import PlanResult

# -- detectors --------------------------------------------------------------------------------

_NHS_RE = re.compile(r"(?<![\d-])(\d{3})[ -]?(\d{3})[ -]?(\d{4})(?![\d-])")
_UPN_RE = re.compile(r"\b([A-HJ-NP-RT-Z])(\d{11})([0-9A-HJ-NP-RT-Z])\b")
_POSTCODE_RE = re.compile(
    r"\b(GIR ?0AA|(?:[A-PR-UWYZ][0-9][0-9A-HJKPSTUW]?|[A-PR-UWYZ][A-HK-Y][0-9][0-9ABEHMNPRVWXY]?) ?[0-9][ABD-HJLNP-UW-Z]{2})\b"
)
_EMAIL_RE = re.compile(r"\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b")
_PHONE_RE = re.compile(r"(?<![\d/.:])(?:\+44\s?\(?0?\)?\s?|\(?0)(?:\d\)?[\s-]?){8,9}\d(?![\d/:]|\.\d)")
_DOB_RE = re.compile(
    r"\b(?:DOB\b|D\.O\.B\b\.?|date of birth\b|born on\b|born\b)\s*[:\-–]?\s*"
    r"(\d{1,2}(?:st|nd|rd|th)?[\s./-](?:\d{1,2}|[A-Za-z]{3,9})[\s./-]\d{2,4})",
    re.IGNORECASE,
)
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
            found.append(Identifier("email", m.start(), m.end(), _mask_email(m.group())))
    if _DIGIT_RE.search(text):
        _numbers(text, found)
    if (":" in text or "-" in text or "–" in text) and _may_hold_label(text):
        _names(text, found)
    # Keep the earliest, longest span where detectors overlap (an NHS number inside a phone...).
    found.sort(key=lambda i: (i.start, -(i.end - i.start)))
    out: list[Identifier] = []
    for ident in found:
        if out and ident.start < out[-1].end:
            continue
        out.append(ident)
    return out


#: Words one of which every labelled name contains ("child's name", "parent/carer", "mother").
_LABEL_WORDS = ("name", "parent", "mother", "father", "carer")
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
                found.append(Identifier("nhs_number", m.start(), m.end(), _mask(m.group())))
        for m in _UPN_RE.finditer(text):
            if upn_valid(m.group()):
                found.append(Identifier("upn", m.start(), m.end(), _mask(m.group())))
    for m in _POSTCODE_RE.finditer(text):
        pc = m.group()
        outward = pc.split()[0] if " " in pc else pc[:-3]
        found.append(Identifier("postcode", m.start(), m.end(), f"{outward} ***"))
    plain = plain_ascii(text)
    if not plain or any(w in text.lower() for w in _DOB_WORDS):
        for m in _DOB_RE.finditer(text):
            found.append(Identifier("date_of_birth", m.start(1), m.end(1), _mask(m.group(1), keep=0)))
    if plain and sum(map(text.count, "0123456789")) < 9:
        return  # plain text: its only digits are ASCII ones
    for m in _PHONE_RE.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        national = digits[2:] if digits.startswith("44") else digits[1:] if digits.startswith("0") else digits
        if len(national) in (9, 10) and national[0] in "1237":
            found.append(Identifier("phone", m.start(), m.end(), _mask(m.group().strip())))


def _names(text: str, found: list[Identifier]) -> None:
    for m in _NAME_LABEL_RE.finditer(text):
        value = m.group(1).strip()
        if value.lower() in _NOT_A_NAME or value.startswith("{{"):
            continue
        found.append(Identifier("name", m.start(1), m.end(1), value[0] + "***"))


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


def scan_plan(plan: Plan) -> list[Identifier]:
    """Identifiers in every block of a plan, with the block's section and location."""
    out: list[Identifier] = []
    for b in plan.blocks:
        for i in find_identifiers(b.text):
            out.append(Identifier(i.kind, i.start, i.end, i.masked, b.id, b.section, b.location))
    return out


def mask_result(result: PlanResult, identifiers: list[Identifier]) -> PlanResult:
    """A copy of ``result`` with every finding's quote and message masked, flagged in ``privacy``."""
    masked = result.model_copy(deep=True)
    for c in masked.criteria:
        for f in c.findings:
            f.quote = mask_text(f.quote)
            f.message = mask_text(f.message)
    masked.plan_id = mask_text(masked.plan_id)
    masked.privacy = [i.as_dict() for i in identifiers]
    return masked


def mask_plan(plan: Plan) -> Plan:
    """A copy of ``plan`` with identifiers masked in every block (for pages that show plan text)."""
    copy = plan.model_copy(deep=True)
    for b in copy.blocks:
        b.text = mask_text(b.text)
    return copy
