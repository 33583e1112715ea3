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
    r"^(?:frequency|how often|how long|how much|duration|length|timing|time|hours?|amount|intensity|when|by when|"
    r"timescales?|who\b|by whom|delivered by|provided by|provider|staff(?:ing)?|responsib|lead\b|group size|"
    r"ratio|group\b|resources?|costs?|funding|expertise|level of expertise|qualifications?|where|location|"
    r"review|monitor|start date|end date|dates?\b|notes?\b|details\b)")


#: A column header that ends with its section's letter in brackets: "What we want Jayden to achieve
#: (E)", "Provision (F)", "Help with health (Section G)".
_LETTER_AFTER_RE = re.compile(r"^\S.*?\s\((?:[Ss]ections?\s+)?([B-G]|H[12])\)[:.]?$")


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
        if not code and (m := _LETTER_AFTER_RE.match(line.strip())):
            code = m.group(1)  # "What we want Jayden to achieve (E)": the header names its section
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
    # "Provision – what will happen", "Outcome: what Ana will achieve": a header word and what it means
    t = re.sub(r"(?:\s+[-–—]|\s*:)\s+(?:what|how|who|when|where|which)\b.*$", "", t)
    family = {"C": "C", "G": "C", "D": "D", "H1": "D", "H2": "D"}.get(bld.cur or "", "B")
    if re.fullmatch(r"(?:identified |assessed |area of |areas of |primary )?needs?(?: identified)?|area of need", t):
        return family
    if re.fullmatch(r"(?:the |special educational |support and )?provision(?: required| to meet (?:the|this) need"
                    r"| and support| \(what\))?|support(?: to be provided)?|what will be provided"
                    # "What support Harvey will get", "Help we will give", "What school will do"
                    r"|(?:what )?(?:support|help) .{0,40}(?:will|should|is to) (?:get|receive|have|give|provide)"
                    r"|what (?:we|staff|school|the (?:school|setting|college)) will (?:do|provide)"
                    # "What will help him", "What will support Mia", "How we will help": the help itself
                    r"|what (?:will|is going to) (?:help|support)(?: .{0,40})?|how (?:we|staff|school) will (?:help|support)"
                    r"(?: .{0,40})?"
                    # "Provision to help achieve it", "Support to reach this outcome": the provision, by what it is for
                    r"|(?:the |special educational )?(?:provision|support|help)(?: (?:needed|required|put in place))?"
                    r" to (?:help (?:\w+ )?)?(?:achieve|meet|reach|work towards|get there)\b.{0,40}", t):
        return {"B": "F", "C": "G", "D": "H2"}[family]
    if re.fullmatch(r"(?:expected |intended |desired |long[- ]term |short[- ]term )?outcomes?(?: sought| to be "
                    r"achieved)?|what .{0,40} will achieve|targets?"
                    # "What we want Harvey to achieve", "What Amy hopes to achieve", "What we are aiming for"
                    r"|what .{0,40}(?:wants?|hopes?|would like|are aiming|aims?) (?:\w+ )?(?:to achieve|to work towards"
                    r"|for)", t):
        return "E"
    return None


def combined(bld: Builder, t: RTable, hi: int, colcodes: dict[int, tuple[str, str]]) -> None:
    """Read a combined table whose header is row ``hi`` (``colcodes``: column -> (section code,
    header text)): the rows above the header, the header, then one thread row per body row."""
    table = _CombinedTable(bld, t, hi, colcodes)
    table.rows_above_header()
    table.header_row()
    table.body_rows()
    bld.cur = table.need_code
    bld.sub = None


class _CombinedTable:
    """One combined table being read: where its blocks go (the area it is about, its location
    prefix) changes as area rows ("Communication and interaction") go by."""

    def __init__(self, bld: Builder, t: RTable, hi: int, colcodes: dict[int, tuple[str, str]]):
        self.bld, self.t, self.hi, self.colcodes = bld, t, hi, colcodes
        order = [colcodes[c][0] for c in sorted(colcodes)]
        self.label = "/".join(dict.fromkeys(order))  # "E/F" for "Outcome | Provision | Frequency | Who"
        self.tname = _thread_table(order)
        self.need_code = next((c for c in order if c in _NEEDS), order[0])
        self.header_cols = sorted(colcodes)
        self.area = self._area_above()
        self.where = f"Section {self.label} table" + (f" ({self.area})" if self.area else "")
        self.col_blocks: dict[int, list[int]] = {}  # last blocks per column, for vertically merged cells
        bld.enter(self.need_code, None)
        bld.sub = self.area

    def _area_above(self) -> str | None:
        """The area of need the table is about: named above its header, or the current sub-heading."""
        area = None
        for row in self.t.rows[:self.hi]:
            for c in row:
                area = area or area_name(c.text)
        bld = self.bld
        if area is None and bld.cur == self.need_code and bld.sub and self.need_code == "B":
            area = area_name(bld.sub) or bld.sub
        return area

    def rows_above_header(self) -> None:
        """Rows above the header: titles and labels are headings (and boxes), the rest cells."""
        last_label = "row above the header"
        box: str | None = None
        for ri, row in enumerate(self.t.rows[:self.hi]):
            for c in row:
                if not c.text:
                    continue
                heading = (ri == 0 and (c.signal == "style" or area_name(first_line(c.text))
                                        or "provision" in c.text.lower()[:80])) or label_like(c.text)
                first = first_line(c.text)
                if heading:
                    last_label = box = first[:60]
                self.bld.add("heading" if heading else "table_cell", c.text, c.para_ids, section=self.need_code,
                             subsection=self.area, location=f"{self.where}, {last_label}",
                             table=self.t.index, row=ri, col=c.col, box=box)

    def header_row(self) -> None:
        """Each header cell is its section's heading (and marks the section found)."""
        for c in self.t.rows[self.hi]:
            if not c.text or c.col not in self.colcodes:
                continue
            code, line = self.colcodes[c.col]
            sec = self.bld.sections[code]
            sec.found = True
            if sec.heading is None:
                sec.heading = line
            self.bld.add("heading", c.text, c.para_ids, section=code, subsection=self.area,
                         location=f"{self.where}, header, column '{line}'", table=self.t.index, row=self.hi, col=c.col)

    def body_rows(self) -> None:
        """Rows under the header, numbered from 1: an area row renames what follows, any other
        row's cells go to their columns' sections and make one thread row."""
        n = 0
        for ri in range(self.hi + 1, len(self.t.rows)):
            row = self.t.rows[ri]
            n += 1
            filled = [c for c in row if c.text]
            if not filled:
                continue
            if len(filled) == 1 and len(self.header_cols) >= 2 and self._area_row(ri, filled[0]):
                n -= 1
                continue
            self._thread_row(ri, row, n, note=len(filled) == 1 and self._spans_all(filled[0]))

    def _area_row(self, ri: int, c: RCell) -> bool:
        """A row holding only a label ("Education and employment (preparing for adulthood)"),
        merged across the table or not, names what the rows under it are about."""
        new_area = area_name(first_line(c.text)) if c.span >= 2 or is_label(c.text) else None
        if not (new_area or (c.span >= 2 and label_like(c.text)) or ("\n" not in c.text.strip()
                                                                     and is_label(c.text))):
            return False
        self.area = new_area or first_line(c.text)
        self.where = f"Section {self.label} table ({self.area})"
        self.bld.add("heading", c.text, c.para_ids, section=self.need_code, subsection=self.area,
                     location=f"{self.where}, heading", table=self.t.index, row=ri, col=c.col)
        return True

    def _spans_all(self, c: RCell) -> bool:
        """One cell merged across every column of the table (need, provision and outcome): a note
        or sign-off under the rows ("Confirmed by DCO: ..."), not a need with empty cells beside it."""
        return len(self.header_cols) >= 2 and c.col <= self.header_cols[0] and c.col + c.span > self.header_cols[-1]

    def _thread_row(self, ri: int, row: list[RCell], n: int, note: bool = False) -> None:
        """Row ``n``'s cells as blocks of their columns' sections, linked as one thread row (its
        blocks are kept but no thread row is made when the row is a ``note`` across the table)."""
        tr = ThreadRow(table=self.tname or self.label.replace("/", ""), area=self.area, row=n)
        for c in row:
            if not c.text and not c.cont:
                continue
            col = c.col if c.col in self.colcodes else max((h for h in self.header_cols if h <= c.col),
                                                           default=self.header_cols[0])
            code, line = self.colcodes[col]
            if c.cont:  # one need merged down beside several provisions: each row shares it
                ids = self.col_blocks.get(c.col, [])
            else:
                b = self.bld.add("table_cell", c.text, c.para_ids, section=code, subsection=self.area,
                                 location=f"{self.where}, row {n}, column '{line}'", table=self.t.index, row=ri,
                                 col=c.col)
                ids = self.col_blocks[c.col] = [b.id]
            if code in _NEEDS:
                tr.need.extend(ids)
            elif code in _PROVISION:
                tr.provision.extend(ids)
            else:
                tr.outcome.extend(ids)
        if self.tname and not note:
            self.bld.threads.append(tr)
