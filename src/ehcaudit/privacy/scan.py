"""Where a plan holds identifiers: every block, labels and values split across a table's cells,
the parts outside the body (headers, footers, comments, properties...) and the file name."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import PurePath
from typing import TYPE_CHECKING

from ehcaudit.names import first_names
from ehcaudit.privacy.detectors import (
    _NOT_NAME_WORDS,
    Identifier,
    find_identifiers,
    forms,
    pair_identifiers,
    without_overlaps,
)

if TYPE_CHECKING:  # masking an error message (every audit) needs no model
    from ehcaudit.model import Plan


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
            for i in pair_identifiers(first, value.text):
                out.append(replace(i, block_id=value.id, section=value.section, location=value.location))
    return out


def _known_in(text: str, known: list[Identifier]) -> list[Identifier]:
    """Identifiers the plan was found to hold elsewhere, where ``text`` repeats them."""
    out: list[Identifier] = []
    low = text.lower()
    for i in known:
        for value in forms(i):
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
                found.extend(pair_identifiers(a, b))
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
    return without_overlaps(found)


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
