"""Masking: every string that leaves the pipeline with the plan's identifiers masked, whole or
where a clip cut one (:class:`Masker`), and masked copies of a result and of a plan."""

from __future__ import annotations

import re
from pathlib import PurePath
from typing import TYPE_CHECKING, overload

from ehcaudit.dates import find_dates, parse_uk_date
from ehcaudit.privacy.detectors import Identifier, forms, mask_text
from ehcaudit.privacy.scan import masked_source, scan_plan

if TYPE_CHECKING:  # masking an error message (every audit) needs neither model
    from ehcaudit.model import Plan
    from ehcaudit.results import PlanResult


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
            for value in forms(i):
                if value.lower() in seen:
                    continue
                seen.add(value.lower())
                self.values.append((value.lower(), token, i.kind))
                patterns.append(r"\s*".join(re.escape(c) for c in value if not c.isspace()))
            value = " ".join(i.value.split())
            if i.kind == "date_of_birth":

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
    # lazy: ehcaudit.results loads pydantic (about 0.3 s); a warm re-audit loads privacy but never
    # masks a result
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
