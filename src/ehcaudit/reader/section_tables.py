"""Tables that name sections: label tables (the left cell names a section: ``Section F |
<provision>``) and heading tables (a row that is a section heading starts it; the rows under it
are its content, a short single-cell row a sub-heading)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ehcaudit.placeholders import only_placeholders
from ehcaudit.reader.cell_text import EXPLICIT_RE, SUBCODE_RE, first_line, label_like
from ehcaudit.reader.frontmatter import pairs_from_text
from ehcaudit.reader.headings import classify, code_only, title_match
from ehcaudit.reader.raw import RCell, RPara, RTable

if TYPE_CHECKING:
    from ehcaudit.reader.structure import Builder

def _label_length_ok(line: str) -> bool:
    """A label cell is short: at most 15 words, or 25 when it starts with the section's code
    ("H1. Social care provision under section 2 of the Chronically Sick and Disabled Persons
    Act 1970" is 16 words: the letter-table layout)."""
    words = len(line.split())
    return words <= 15 or (words <= 25 and bool(EXPLICIT_RE.match(line)))


def _names_section(text: str, code: str) -> bool:
    """Is ``text`` the section's own (long, statutory) title, e.g. "Any health provision reasonably
    required by …" beside a "G" cell: a heading, not the section's content."""
    tm = title_match(text)
    if tm is None:
        return False
    return (tm[0] == code or (tm[0] in ("H1", "H2") and code in ("H1", "H2"))) and len(text.split()) <= 40


def _titled_cell(rest: list[RCell], code: str) -> tuple[RPara, RCell] | None:
    """The one cell beside a section's letter when its first paragraph is that section's own title
    ("Advice and information", "Health provision", "Social care provision (Chronically Sick and
    Disabled Persons Act 1970)") and content follows it: (the title, the cell without it). None
    when the first line is content or a sub-heading of the section ("F1 Cognition and learning")."""
    if len(rest) != 1:
        return None
    paras = [p for p in rest[0].paras if p.text]
    if len(paras) < 2:
        return None
    head = " ".join(paras[0].text.split())
    if head.endswith((".", ":", ";", ",")) or classify(head, "cell") != code:
        return None
    if not (_names_section(head, code) or (EXPLICIT_RE.match(head) and len(head.split()) <= 15)):
        return None  # the title, or the section named again by its code ("Section K: Advice ...")
    return paras[0], RCell(paras=paras[1:], col=rest[0].col, span=rest[0].span)



#: A first column headed as a cross-reference to the needs or outcomes ("Need ref", "Outcome no."):
#: its "B1", "B1, B3" cells say which need each row meets, they do not start Section B.
_REF_COLUMN_RE = re.compile(r"^\W*(?:(?:need|outcome|area)s?\s+)?(?:ref(?:erence)?|no\.?|number)s?\W*$", re.IGNORECASE)


def is_label_table(t: RTable) -> bool:
    """Left cells name sections: by code ("Section F", "F:") or, in two or more rows, by title."""
    first_filled = next(([c for c in row if c.text] for row in t.rows if any(c.text for c in row)), [])
    if len(first_filled) >= 3 and _REF_COLUMN_RE.match(first_line(first_filled[0].text)):
        return False  # "Need ref | Provision | Resources/Staffing | Frequency": a provision table
    explicit = 0
    titled: set[str] = set()
    for row in t.rows:
        filled = [c for c in row if c.text]
        if len(filled) < 2:
            continue
        first = first_line(filled[0].text)
        if not _label_length_ok(first):
            continue
        if code_only(first) or EXPLICIT_RE.match(first):
            if classify(first, "cell"):
                explicit += 1
                continue
        code = classify(first, "cell")
        value = " ".join(c.text for c in filled[1:])
        # "Health needs | Yes" in a summary table is a tick box, not Section C
        if code and (len(value.split()) > 3 or only_placeholders(value)):
            titled.add(code)
    return explicit >= 1 or len(titled) >= 2


def _front_pairs(bld: Builder, cells: list[RCell]) -> None:
    """Front-matter pairs from a table row above the first section: cells read two by two as label
    and value ("Name | Sam | Date of birth | 3/4/2015"), a label of one to ten words with a value."""
    for k in range(0, len(cells) - 1, 2):
        label, value = first_line(cells[k].text), cells[k + 1].text
        if 0 < len(label.split()) <= 10 and value:
            bld.pairs.append((label, " ".join(value.split())))


def label_table(bld: Builder, t: RTable) -> None:
    for ri, row in enumerate(t.rows):
        filled = [c for c in row if c.text]
        if not filled:
            continue
        first = filled[0]
        line = first_line(first.text)
        code = (code_only(line) or classify(line, "cell")) if _label_length_ok(line) else None
        if code and code == bld.cur and len(filled) == 1 and "\n" in first.text.strip():
            # a numbered box of the section we are in, its title and content in one cell ("A2 What
            # Finn's parents say" over the parents' account): content, as "A1 About me ..." is
            code = None
        if code:
            rest = filled[1:]
            if (len(rest) == 1 and code_only(line) and "\n" not in rest[0].text
                    and not rest[0].text.endswith(".")
                    and (len(rest[0].text.split()) <= 15 or _names_section(rest[0].text, code))):
                heading = f"{line} {rest[0].text}".strip()
                bld.enter(code, heading)
                for c in filled:
                    bld.add("heading", c.text, c.para_ids, location=f"Section {code} heading",
                             table=t.index, row=ri, col=c.col)
                continue
            titled = _titled_cell(rest, code) if code_only(line) else None
            if titled is not None:
                # "K | Advice and information / Parents' views – …": the letter's cell holds the
                # section's title over its content - the title is the section's heading, never a
                # line of the content (an advice item, a provision) that a check judges
                title_para, body = titled
                bld.enter(code, f"{line} {title_para.text}")
                bld.add("heading", first.text, first.para_ids, location=f"Section {code} heading",
                         table=t.index, row=ri, col=first.col)
                bld.add("heading", title_para.text, title_para.para_ids, location=f"Section {code} heading",
                         table=t.index, row=ri, col=rest[0].col)
                rest = [body]
            else:
                bld.enter(code, line)
                bld.add("heading", first.text, first.para_ids, location=f"Section {code} heading",
                         table=t.index, row=ri, col=first.col)
            pref = bld.table_prefix(code)
            for c in rest:
                bld.cell(c, f"{pref} {ri + 1}" + (f", column {c.col + 1}" if len(rest) > 1 else ""), t, ri)
            continue
        pref = bld.prefix(bld.cur)
        if len(filled) == 1 and bld.subheading_cell(first, f"{pref}, table row {ri + 1}, column {first.col + 1}", t, ri):
            continue  # a row holding only a bold sub-heading of the section's content
        if bld.cur is None and len(filled) >= 2:  # front matter rows above the first section
            _front_pairs(bld, filled)
        elif bld.cur is None:
            # a front-matter row whose only filled cell holds "Label: value" ("Date this plan was
            # issued: 21 September 2026"), its letter column left blank
            bld.pairs.extend(pairs_from_text(first.text))
        for c in filled:
            bld.cell(c, f"{pref}, table row {ri + 1}, column {c.col + 1}", t, ri)


def row_heading(filled: list[RCell], first_row: bool) -> str | None:
    """The section a table row names, if the row is a section heading."""
    if first_row and len(filled) == 2 and code_only(filled[0].text):
        return code_only(filled[0].text)
    if len(filled) != 1:
        return None
    line = first_line(filled[0].text)
    if first_row:
        return classify(line, "cell")
    if EXPLICIT_RE.match(line) or filled[0].signal != "weak":
        return classify(line, "cell" if filled[0].signal == "weak" else filled[0].signal)
    return None


def heading_row(bld: Builder, t: RTable, ri: int, filled: list[RCell], code: str) -> tuple[str, str | None]:
    heading = " ".join(first_line(c.text) for c in filled)
    bld.enter(code, heading)
    m = SUBCODE_RE.match(heading)
    sub_code = m.group(1) if m else None
    pref = bld.table_prefix(code)
    for c in filled:
        paras = [p for p in c.paras if p.text]
        if len(filled) == 1 and len(paras) > 1 and (
                paras[0].signal != "weak" or len(paras[1].text.split()) > 12):
            # heading and content typed into the same cell: split them
            bld.add("heading", paras[0].text, paras[0].para_ids, location=f"Section {code} heading",
                     table=t.index, row=ri, col=c.col)
            bld.cell(RCell(paras=paras[1:], col=c.col, span=c.span), f"{pref} {ri + 1}", t, ri)
            continue
        bld.add("heading", c.text, c.para_ids, location=f"Section {code} heading",
                 table=t.index, row=ri, col=c.col)
    return pref, sub_code


def sectioned_table(bld: Builder, t: RTable) -> None:
    """Rows that name a section start it (the first row, or any single-cell heading row);
    other cells belong to the current section (or the front matter)."""
    pref: str | None = None
    sub_code: str | None = None
    box: str | None = None
    headed = False
    base_sub = bld.sub
    for ri, row in enumerate(t.rows):
        filled = [c for c in row if c.text]
        if not filled:
            continue
        code = row_heading(filled, first_row=(ri == 0))
        if code:
            pref, sub_code = heading_row(bld, t, ri, filled, code)
            box = None
            headed = True
            base_sub = bld.sub
            continue
        if pref is None:
            pref = bld.table_prefix(bld.cur)
        if headed and len(filled) == 1 and label_like(filled[0].text) and ri < len(t.rows) - 1:
            label = box = first_line(filled[0].text)
            bld.sub = f"{sub_code} {label}" if sub_code else label
            bld.add("heading", filled[0].text, filled[0].para_ids, location=f"{pref} {ri + 1}",
                     table=t.index, row=ri, col=filled[0].col, box=box)
            continue
        if bld.cur is None and len(row) >= 2:
            _front_pairs(bld, row)
        for c in filled:
            multi = t.ncols > 1 and (len(filled) > 1 or not headed)
            bld.cell(c, f"{pref} {ri + 1}" + (f", column {c.col + 1}" if multi else ""), t, ri, box)
    if headed:
        bld.sub = base_sub
