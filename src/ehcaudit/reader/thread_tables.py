"""Combined golden-thread tables: a header row naming two or more sections ("Needs | Provision |
Outcomes", "B – SEN | F – Provision | E – Outcomes"). Each column's cells go to their own section
and each row becomes a :class:`~ehcaudit.model.ThreadRow` linking need, provision and outcome.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ehcaudit.clauses import is_label
from ehcaudit.model import ThreadRow
from ehcaudit.reader.cell_text import EXPLICIT_RE, first_line, label_like
from ehcaudit.reader.headings import area_name, classify, code_only
from ehcaudit.reader.raw import RCell, RTable

if TYPE_CHECKING:
    from ehcaudit.reader.structure import Builder

#: Combined tables that carry golden-thread rows, by family. A table with only some of a
#: family's columns (e.g. "B | F" with outcomes elsewhere) still gives rows; the missing
#: role's list is empty.
_THREAD_FAMILIES = (("BFE", {"B", "F", "E"}), ("CGE", {"C", "G", "E"}), ("DHHE", {"D", "H1", "H2", "E"}))


def _thread_table(codes: list[str]) -> str | None:
    have = set(codes)
    for name, family in _THREAD_FAMILIES:
        if have <= family and len(have) >= 2:
            return name
    return None
_NEEDS, _PROVISION, _OUTCOME = {"B", "C", "D"}, {"F", "G", "H1", "H2"}, {"E"}

#: Column headers that describe the provision beside them ("Outcome | Provision | Frequency | Who"):
#: their cells belong to that provision.
_ATTRIBUTE_RE = re.compile(
    r"^(?:frequency|how often|how long|duration|length|timing|time|hours?|amount|intensity|when|by when|"
    r"timescales?|who\b|by whom|delivered by|provided by|provider|staff(?:ing)?|responsib|lead\b|group size|"
    r"ratio|group\b|resources?|costs?|funding|expertise|level of expertise|qualifications?|where|location|"
    r"review|monitor|start date|end date|dates?\b|notes?\b|details\b)")


def header_codes(bld: Builder, row: list[RCell]) -> dict[int, tuple[str, str]] | None:
    filled = [c for c in row if c.text]
    if len(filled) < 2:
        return None
    out: dict[int, tuple[str, str]] = {}
    attributes: dict[int, str] = {}
    lenient = False
    for c in filled:
        line = first_line(c.text)
        code = classify(line.rstrip(". "), "cell") or generic_header(bld, line)
        if not code and EXPLICIT_RE.match(line):
            code = classify(line.rstrip(". "), "style")  # "B – Needs": a code and any short title
            lenient = True
        if not code and _ATTRIBUTE_RE.match(line.strip().lower()) and len(line.split()) <= 8:
            attributes[c.col] = line  # "Frequency", "Who": part of the provision beside them
            continue
        if not code or code_only(line):  # "A | B | C" option columns are not sections
            return None
        out[c.col] = (code, line)
    codes = [v[0] for v in out.values()]
    if len(set(codes)) < 2:
        return None
    if attributes:
        prov = [col for col, (code, _l) in sorted(out.items()) if code in _PROVISION]
        if not prov:
            return None
        for col, line in attributes.items():
            # the provision column to the left of the attribute (else the first one)
            owner = max((p for p in prov if p < col), default=prov[0])
            out[col] = (out[owner][0], line)
    if lenient and _thread_table(codes) is None:  # "A. Yes | B. No" is not a plan table
        return None
    return out


def generic_header(bld: Builder, line: str) -> str | None:
    """"Need | Provision | Outcome" headers, read in the light of the current section."""
    t = line.strip().lower().rstrip(":. ")
    t = re.sub(r"\s*\([^)]*\)$", "", t)  # "Provision (what)", "Outcome (by when)"
    family = {"C": "C", "G": "C", "D": "D", "H1": "D", "H2": "D"}.get(bld.cur or "", "B")
    if re.fullmatch(r"(?:identified |assessed |area of |areas of |primary )?needs?(?: identified)?|area of need", t):
        return family
    if re.fullmatch(r"(?:the |special educational |support and )?provision(?: required| to meet (?:the|this) need"
                    r"| and support| \(what\))?|support(?: to be provided)?|what will be provided", t):
        return {"B": "F", "C": "G", "D": "H2"}[family]
    if re.fullmatch(r"(?:expected |intended |desired |long[- ]term |short[- ]term )?outcomes?(?: sought| to be "
                    r"achieved)?|what .{0,40} will achieve|targets?", t):
        return "E"
    return None


def combined(bld: Builder, t: RTable, hi: int, colcodes: dict[int, tuple[str, str]]) -> None:
    order = [colcodes[c][0] for c in sorted(colcodes)]
    label = "/".join(dict.fromkeys(order))  # "E/F" for "Outcome | Provision | Frequency | Who"
    tname = _thread_table(order)
    need_code = next((c for c in order if c in _NEEDS), order[0])
    pre = t.rows[:hi]
    area = None
    for row in pre:
        for c in row:
            area = area or area_name(c.text)
    if area is None and bld.cur == need_code and bld.sub and need_code == "B":
        area = area_name(bld.sub) or bld.sub
    where = f"Section {label} table" + (f" ({area})" if area else "")
    bld.enter(need_code, None)
    bld.sub = area
    last_label = "row above the header"
    box: str | None = None
    for ri, row in enumerate(pre):
        for c in row:
            if not c.text:
                continue
            heading = (ri == 0 and (c.signal == "style" or area_name(first_line(c.text))
                                    or "provision" in c.text.lower()[:80])) or label_like(c.text)
            first = first_line(c.text)
            if heading:
                last_label = box = first[:60]
            bld.add("heading" if heading else "table_cell", c.text, c.para_ids, section=need_code,
                     subsection=area, location=f"{where}, {last_label}",
                     table=t.index, row=ri, col=c.col, box=box)
    header_cols = sorted(colcodes)
    for c in t.rows[hi]:
        if not c.text or c.col not in colcodes:
            continue
        code, line = colcodes[c.col]
        sec = bld.sections[code]
        sec.found = True
        if sec.heading is None:
            sec.heading = line
        bld.add("heading", c.text, c.para_ids, section=code, subsection=area,
                 location=f"{where}, header, column '{line}'", table=t.index, row=hi, col=c.col)
    n = 0
    col_blocks: dict[int, list[int]] = {}  # last blocks per column, for vertically merged cells
    for ri in range(hi + 1, len(t.rows)):
        row = t.rows[ri]
        n += 1
        filled = [c for c in row if c.text]
        if not filled:
            continue
        if len(filled) == 1 and len(header_cols) >= 2:
            c = filled[0]
            new_area = area_name(first_line(c.text)) if c.span >= 2 or is_label(c.text) else None
            # a row holding only a label ("Education and employment (preparing for adulthood)"),
            # merged across the table or not, names what the rows under it are about
            if new_area or (c.span >= 2 and label_like(c.text)) or ("\n" not in c.text.strip()
                                                                        and is_label(c.text)):
                area = new_area or first_line(c.text)
                where = f"Section {label} table ({area})"
                bld.add("heading", c.text, c.para_ids, section=need_code, subsection=area,
                         location=f"{where}, heading", table=t.index, row=ri, col=c.col)
                n -= 1
                continue
        tr = ThreadRow(table=tname or label.replace("/", ""), area=area, row=n)
        for c in row:
            if not c.text and not c.cont:
                continue
            col = c.col if c.col in colcodes else max((h for h in header_cols if h <= c.col), default=header_cols[0])
            code, line = colcodes[col]
            if c.cont:  # one need merged down beside several provisions: each row shares it
                ids = col_blocks.get(c.col, [])
            else:
                b = bld.add("table_cell", c.text, c.para_ids, section=code, subsection=area,
                             location=f"{where}, row {n}, column '{line}'", table=t.index, row=ri, col=c.col)
                ids = col_blocks[c.col] = [b.id]
            if code in _NEEDS:
                tr.need.extend(ids)
            elif code in _PROVISION:
                tr.provision.extend(ids)
            else:
                tr.outcome.extend(ids)
        if tname:
            bld.threads.append(tr)
    bld.cur = need_code
    bld.sub = None
