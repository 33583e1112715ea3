"""Turn the raw paragraph/table stream into a :class:`~ehcaudit.model.Plan`'s structure.

The builder keeps a current section and sub-heading while it walks the stream. Tables are
recognised in this order:

1. combined golden-thread tables (a header row naming two or more sections, e.g.
   ``B – Special Educational Needs | F – Special Educational Provision | E – Outcomes``):
   each column's cells go to their own section and each row becomes a ``ThreadRow``;
2. advice tables (header words advice/date/who from/appended) -> Section K advice items;
3. label tables (left cell names a section: ``Section F | <provision>``);
4. heading tables (first row is the section heading, the rest is content);
5. anything else: cells belong to the current section (or the front matter).
"""

from __future__ import annotations

import re
from types import EllipsisType

from ehcaudit.clauses import is_label
from ehcaudit.dates import find_dates
from ehcaudit.model import SECTION_CODES, SECTION_TITLES, AdviceItem, Block, Section, ThreadRow
from ehcaudit.placeholders import only_placeholders
from ehcaudit.reader import advice as adv
from ehcaudit.reader.headings import also_codes, area_name, classify, code_only, title_match
from ehcaudit.reader.raw import RCell, RPara, RTable

_NULL_TEXT = {"none", "n/a", "na", "nil", "not applicable", "none identified", "no", "yes", "tbc",
              "to follow", "not known", "none known", "yes/ no", "yes/no"}
_EXPLICIT_RE = re.compile(
    r"^\s*(?:(?i:sections?|part)\s+(?:H\s?[12]|[A-K]\d?)\b|(?:H\s?[12]|[A-K]\d?)\s*(?:$|[:.\-\u2013\u2014)]))")
_SUBCODE_RE = re.compile(r"^\s*(?:(?i:section|part)\s+)?([A-GI-K]\d)\b")
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
#: A bullet typed by hand at the start of a paragraph: "•", "◦", "▪", "-", "–", "*", or "o"
#: before a capital letter or a figure.
_TYPED_BULLET_RE = re.compile(r"^\s*(?:[\u2022\u25e6\u25aa\u25cf\u2023\u2219\u00b7*\u2013-]|o(?=\s+[A-Z0-9]))\s+(?=\S)")
#: Column headers that describe the provision beside them ("Outcome | Provision | Frequency | Who"):
#: their cells belong to that provision.
_ATTRIBUTE_RE = re.compile(
    r"^(?:frequency|how often|how long|duration|length|timing|time|hours?|amount|intensity|when|by when|"
    r"timescales?|who\b|by whom|delivered by|provided by|provider|staff(?:ing)?|responsib|lead\b|group size|"
    r"ratio|group\b|resources?|costs?|funding|expertise|level of expertise|qualifications?|where|location|"
    r"review|monitor|start date|end date|dates?\b|notes?\b|details\b)")


def _label_length_ok(line: str) -> bool:
    """A label cell is short: at most 15 words, or 25 when it starts with the section's code
    ("H1. Social care provision under section 2 of the Chronically Sick and Disabled Persons
    Act 1970" is 16 words: the letter-table layout)."""
    words = len(line.split())
    return words <= 15 or (words <= 25 and bool(_EXPLICIT_RE.match(line)))


def _first_line(text: str) -> str:
    return text.strip().split("\n", 1)[0].strip()


def _is_subheading(p: RPara) -> bool:
    t = p.text.strip()
    if t.lower().strip(" .:") in _NULL_TEXT or only_placeholders(t):
        return False
    if p.signal == "style":
        return True
    if p.signal != "strong" or p.is_list:
        return False
    if "\n" in t or len(t.split()) > 10:
        return False
    return not t.endswith((".", "?", "!", ";", ","))


_SIGNOFF_RE = re.compile(r"\bsign[- ]?off\b|\bsignatures?\b|\bsigned\b", re.IGNORECASE)


def _cell_label(line: str) -> bool:
    """A cell's first line that labels the rest: short, no closing punctuation, no verb."""
    from ehcaudit.clauses import is_label

    return is_label(line, max_words=7) and not title_match(line)


def _lines_as_table(lines: list[str]) -> list[str] | None:
    """Lines of one cell that are a small advice table flattened ("Advice", "Given by", "Date",
    then three lines per item): one "title – author, date" line per item, or None."""
    for k in (4, 3, 2):
        if len(lines) < 2 * k or (len(lines) - k) % k:
            continue
        m = adv.header_columns(list(enumerate(" ".join(x.split()) for x in lines[:k])))
        if not m or len(m) != k or "title" not in m:
            continue
        out = []
        for i in range(k, len(lines), k):
            row = [" ".join(x.split()) for x in lines[i:i + k]]
            title = row[m["title"]]
            who = ", ".join(row[m[c]] for c in ("author", "role") if c in m and not adv.is_unfilled(row[m[c]]))
            when = row[m["date"]] if "date" in m and not adv.is_unfilled(row[m["date"]]) else ""
            out.append(" \u2013 ".join(x for x in (title, ", ".join(y for y in (who, when) if y)) if x))
        return out
    return adv.ragged_table_rows(lines)  # rows of different lengths (empty cells left no line)


def _names_section(text: str, code: str) -> bool:
    """Is ``text`` the section's own (long, statutory) title, e.g. "Any health provision reasonably
    required by …" beside a "G" cell: a heading, not the section's content."""
    tm = title_match(text)
    if tm is None:
        return False
    return (tm[0] == code or (tm[0] in ("H1", "H2") and code in ("H1", "H2"))) and len(text.split()) <= 40


class Builder:
    def __init__(self, plan_mode: bool = True):
        self.plan_mode = plan_mode
        self.blocks: list[Block] = []
        self.sections: dict[str, Section] = {
            c: Section(code=c, title=SECTION_TITLES[c]) for c in SECTION_CODES
        }
        self.threads: list[ThreadRow] = []
        self.advice: list[AdviceItem] = []
        self.pairs: list[tuple[str, str]] = []
        self.cur: str | None = None
        self.sub: str | None = None
        self._count: dict[tuple[str | None, str], int] = {}
        self._tables: dict[str | None, int] = {}
        self._advice_table_blocks: set[int] = set()
        self._also_heading: dict[str, str] = {}
        self._tab_parts: dict[int, list[str]] = {}  # block id -> columns typed with tab stops

    # -- helpers ------------------------------------------------------------------------
    def _prefix(self, sec: str | None) -> str:
        return f"Section {sec}" if sec else "Front matter"

    def _next(self, sec: str | None, what: str) -> int:
        key = (sec, what)
        self._count[key] = self._count.get(key, 0) + 1
        return self._count[key]

    def enter(self, code: str, heading: str | None) -> None:
        sec = self.sections[code]
        sec.found = True
        if heading and sec.heading is None:
            sec.heading = _first_line(heading)
        self.cur = code
        self.sub = None
        if heading:
            m = _SUBCODE_RE.match(heading)
            if m:
                self.sub = _first_line(heading)

    def add(self, kind: str, text: str, para_ids: list[int], *, section: str | None | EllipsisType = ...,
            subsection: str | None | EllipsisType = ..., location: str | None = None,
            table: int | None = None, row: int | None = None, col: int | None = None,
            box: str | None = None) -> Block:
        sec = self.cur if section is ... else section
        sub = self.sub if subsection is ... else subsection
        if location is None:
            prefix = self._prefix(sec)
            if kind == "list_item":
                location = f"{prefix}, list item {self._next(sec, kind)}"
            elif kind == "heading":
                location = f"{prefix}, heading {self._next(sec, kind)}"
            else:
                location = f"{prefix}, paragraph {self._next(sec, 'paragraph')}"
        b = Block(id=len(self.blocks), kind=kind, text=text, section=sec, subsection=sub,
                  location=location, para_ids=list(para_ids), table=table, row=row, col=col, box=box)
        self.blocks.append(b)
        if sec:
            self.sections[sec].block_ids.append(b.id)
            self.sections[sec].found = True
        return b

    # -- paragraphs -----------------------------------------------------------------------
    def para(self, p: RPara) -> None:
        m = _TYPED_BULLET_RE.match(p.text)
        if m and not p.is_list and self.cur is not None:
            # "o Ellie smiles ...", "• 3 x weekly ...": a bullet typed by hand is a list item
            p = RPara(text=p.text[m.end():], para_ids=p.para_ids, signal=p.signal, is_list=True,
                      tab_pair=p.tab_pair, tab_parts=p.tab_parts)
        if p.tab_pair and self.cur is None and len(p.tab_pair[0].split()) <= 8:
            self.pairs.append(p.tab_pair)
        if p.signal == "toc":  # contents lines name sections without starting them
            self.add("paragraph", p.text, p.para_ids)
            return
        code = None
        if not p.is_list or p.signal == "style" or (
            re.match(r"(?i)\s*(?:\d{1,2}[.)]\s+)?(?:section|part)\s+(?:H\s?[12]|[A-K]\d?)"
                     r"(?:\s*[:\u2013\u2014-]|\s*$)" if p.signal == "weak" else
                     r"(?i)\s*(?:\d{1,2}[.)]\s+)?(?:section|part)\s+(?:H\s?[12]|[A-K]\d?)\b", p.text)
        ):
            code = classify(p.text, p.signal)
        if code:
            head, _, rest = p.text.partition("\n")
            before, colon, after = head.partition(":")
            if (colon and after.strip() and not code_only(before) and classify(before, p.signal) == code
                    and not title_match(after) and not _SUBCODE_RE.match(before)):
                # "Health provision: none" - a heading and its content on one line
                head, rest = before.strip(), (after.strip() + ("\n" + rest if rest else ""))
            self.enter(code, head)
            for other in also_codes(head):  # "Sections C and G": G is in the plan too
                if other != code:
                    self.sections[other].found = True
                    self._also_heading.setdefault(other, _first_line(head))
            self.add("heading", head, p.para_ids, location=f"Section {code} heading")
            if rest.strip():  # "Section B: Needs<line break>Sam has ..." in one paragraph
                self.add("list_item" if p.is_list else "paragraph", rest.strip(), p.para_ids)
            return
        if _is_subheading(p):
            if self.cur is not None:
                self.sub = _first_line(p.text)
            self.add("heading", p.text, p.para_ids)
            return
        b = self.add("list_item" if p.is_list else "paragraph", p.text, p.para_ids)
        if p.tab_parts and len(p.tab_parts) > 1:
            self._tab_parts[b.id] = p.tab_parts

    # -- tables -------------------------------------------------------------------------
    def table(self, t: RTable) -> None:
        rows = t.rows
        if not any(c.text for r in rows for c in r):
            return
        for ri, row in enumerate(rows[:8]):
            colcodes = self._header_codes(row)
            if colcodes:
                self._combined(t, ri, colcodes)
                return
        for ri, row in enumerate(rows[:3]):
            cells = [(c.col, _first_line(c.text)) for c in row if c.text]
            mapping = adv.header_columns(cells)
            if mapping and (self.cur == "K" or adv.strong_header(cells)):
                self._advice_table(t, ri, mapping)
                return
        if self._is_label_table(t):
            self._label_table(t)
            return
        self._sectioned_table(t)

    def _table_prefix(self, sec: str | None) -> str:
        n = self._tables.get(sec, 0) + 1
        self._tables[sec] = n
        base = self._prefix(sec)
        return f"{base}, table row" if n == 1 else f"{base}, table {n}, row"

    def _header_codes(self, row: list[RCell]) -> dict[int, tuple[str, str]] | None:
        filled = [c for c in row if c.text]
        if len(filled) < 2:
            return None
        out: dict[int, tuple[str, str]] = {}
        attributes: dict[int, str] = {}
        lenient = False
        for c in filled:
            line = _first_line(c.text)
            code = classify(line.rstrip(". "), "cell") or self._generic_header(line)
            if not code and _EXPLICIT_RE.match(line):
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

    def _generic_header(self, line: str) -> str | None:
        """"Need | Provision | Outcome" headers, read in the light of the current section."""
        t = line.strip().lower().rstrip(":. ")
        t = re.sub(r"\s*\([^)]*\)$", "", t)  # "Provision (what)", "Outcome (by when)"
        family = {"C": "C", "G": "C", "D": "D", "H1": "D", "H2": "D"}.get(self.cur or "", "B")
        if re.fullmatch(r"(?:identified |assessed |area of |areas of |primary )?needs?(?: identified)?|area of need", t):
            return family
        if re.fullmatch(r"(?:the |special educational |support and )?provision(?: required| to meet (?:the|this) need"
                        r"| and support| \(what\))?|support(?: to be provided)?|what will be provided", t):
            return {"B": "F", "C": "G", "D": "H2"}[family]
        if re.fullmatch(r"(?:expected |intended |desired |long[- ]term |short[- ]term )?outcomes?(?: sought| to be "
                        r"achieved)?|what .{0,40} will achieve|targets?", t):
            return "E"
        return None

    def _combined(self, t: RTable, hi: int, colcodes: dict[int, tuple[str, str]]) -> None:
        order = [colcodes[c][0] for c in sorted(colcodes)]
        label = "/".join(dict.fromkeys(order))  # "E/F" for "Outcome | Provision | Frequency | Who"
        tname = _thread_table(order)
        need_code = next((c for c in order if c in _NEEDS), order[0])
        pre = t.rows[:hi]
        area = None
        for row in pre:
            for c in row:
                area = area or area_name(c.text)
        if area is None and self.cur == need_code and self.sub and need_code == "B":
            area = area_name(self.sub) or self.sub
        where = f"Section {label} table" + (f" ({area})" if area else "")
        self.enter(need_code, None)
        self.sub = area
        last_label = "row above the header"
        box: str | None = None
        for ri, row in enumerate(pre):
            for c in row:
                if not c.text:
                    continue
                heading = (ri == 0 and (c.signal == "style" or area_name(_first_line(c.text))
                                        or "provision" in c.text.lower()[:80])) or self._label_like(c.text)
                first = _first_line(c.text)
                if heading:
                    last_label = box = first[:60]
                self.add("heading" if heading else "table_cell", c.text, c.para_ids, section=need_code,
                         subsection=area, location=f"{where}, {last_label}",
                         table=t.index, row=ri, col=c.col, box=box)
        header_cols = sorted(colcodes)
        for c in t.rows[hi]:
            if not c.text or c.col not in colcodes:
                continue
            code, line = colcodes[c.col]
            sec = self.sections[code]
            sec.found = True
            if sec.heading is None:
                sec.heading = line
            self.add("heading", c.text, c.para_ids, section=code, subsection=area,
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
                new_area = area_name(_first_line(c.text)) if c.span >= 2 or is_label(c.text) else None
                # a row holding only a label ("Education and employment (preparing for adulthood)"),
                # merged across the table or not, names what the rows under it are about
                if new_area or (c.span >= 2 and self._label_like(c.text)) or ("\n" not in c.text.strip()
                                                                            and is_label(c.text)):
                    area = new_area or _first_line(c.text)
                    where = f"Section {label} table ({area})"
                    self.add("heading", c.text, c.para_ids, section=need_code, subsection=area,
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
                    b = self.add("table_cell", c.text, c.para_ids, section=code, subsection=area,
                                 location=f"{where}, row {n}, column '{line}'", table=t.index, row=ri, col=c.col)
                    ids = col_blocks[c.col] = [b.id]
                if code in _NEEDS:
                    tr.need.extend(ids)
                elif code in _PROVISION:
                    tr.provision.extend(ids)
                else:
                    tr.outcome.extend(ids)
            if tname:
                self.threads.append(tr)
        self.cur = need_code
        self.sub = None

    @staticmethod
    def _label_like(text: str) -> bool:
        t = text.strip()
        if "\n" in t or only_placeholders(t) or t.lower().strip(" .:") in _NULL_TEXT:
            return False
        return 0 < len(t.split()) <= 4 and not t.endswith((".", ",", ";")) and t[:1].isupper()

    def _advice_table(self, t: RTable, hi: int, mapping: dict[str, int]) -> None:
        if self.cur != "K":
            self.enter("K", None)
        hdr = {c.col: _first_line(c.text) for c in t.rows[hi] if c.text}
        self._tables["K"] = self._tables.get("K", 0) + 1
        tprefix = "Section K, table row" if self._tables["K"] == 1 else f"Section K, table {self._tables['K']}, row"
        above: dict[int, RCell] = {}
        for ri, row in enumerate(t.rows):
            filled = [c for c in row if c.text]
            if not filled:
                continue
            rowloc = f"{tprefix} {ri + 1}"
            if ri <= hi:
                for c in filled:
                    self.add("heading", c.text, c.para_ids, location=f"{rowloc}, column '{hdr.get(c.col, c.col + 1)}'",
                             table=t.index, row=ri, col=c.col)
                continue
            cell_at = {c.col: c for c in row}
            for c in row:
                if c.cont and c.col in above:  # a merged "who from"/"date" cell covers this row too
                    cell_at[c.col] = above[c.col]
            above.update({c.col: c for c in row if c.text})
            blocks = []
            for c in filled:
                b = self.add("table_cell", c.text, c.para_ids,
                             location=f"{rowloc}, column '{hdr.get(c.col, c.col + 1)}'",
                             table=t.index, row=ri, col=c.col)
                blocks.append(b)
                self._advice_table_blocks.add(b.id)
            title_cell = cell_at.get(mapping["title"])
            title = " ".join(title_cell.text.split()) if title_cell and title_cell.text else ""
            if not title or only_placeholders(title) and len(filled) == 1:
                continue
            date = date_text = None
            dcell = cell_at.get(mapping.get("date", -1))
            acell = cell_at.get(mapping.get("author", -1))
            named = [c for c in (dcell, title_cell, acell) if c is not None and c.text]
            sources = [c.text for c in named] + [c.text for c in filled if all(c is not n for n in named)]
            for source in sources:
                hits = find_dates(source)
                if hits:
                    date, date_text = hits[-1][0], hits[-1][1]
                    break
            author = adv.clean_author(acell.text if acell and acell.text else None)
            if dcell is not None and dcell.text and not find_dates(dcell.text) and adv.is_fragment(dcell.text):
                # a role typed into the date column ("Educational Psychologist"): it says who, not when
                extra = adv.clean_author(dcell.text)
                if extra and (author is None or extra not in author):
                    author = f"{author}, {extra}" if author else extra
            rcell = cell_at.get(mapping.get("role", -1))
            role = adv.clean_author(rcell.text if rcell is not None and rcell.text else None)
            if role:
                author = f"{author}, {role}" if author else role
            if date is None and author is None and adv.is_template_row(title):
                continue  # the template's own row, left as it was: no advice was listed in it
            others = [c for c in filled if c is not title_cell]
            if date is None and author is None and others and all(adv.is_unfilled(c.text) for c in others):
                continue  # "Social care | | | YES/ NO", "… | Not applicable | Not applicable | NO": nothing listed
            if "author" not in mapping and author is None:
                title, author, _d, _dt = adv.split_item(title)
            elif author and date_text and date_text in author:
                author = adv.clean_author(adv.strip_date(author, date_text))
            author = author or adv.views_author(title)
            quote = " | ".join(" ".join(c.text.split()) for c in filled)
            self.advice.append(AdviceItem(
                kind=adv.advice_kind(title, author), title=title, author=author, date=date,
                date_text=date_text, block_id=blocks[0].id, location=rowloc, quote=quote))

    def _is_label_table(self, t: RTable) -> bool:
        """Left cells name sections: by code ("Section F", "F:") or, in two or more rows, by title."""
        explicit = 0
        titled: set[str] = set()
        for row in t.rows:
            filled = [c for c in row if c.text]
            if len(filled) < 2:
                continue
            first = _first_line(filled[0].text)
            if not _label_length_ok(first):
                continue
            if code_only(first) or _EXPLICIT_RE.match(first):
                if classify(first, "cell"):
                    explicit += 1
                    continue
            code = classify(first, "cell")
            value = " ".join(c.text for c in filled[1:])
            # "Health needs | Yes" in a summary table is a tick box, not Section C
            if code and (len(value.split()) > 3 or only_placeholders(value)):
                titled.add(code)
        return explicit >= 1 or len(titled) >= 2

    def _label_table(self, t: RTable) -> None:  # noqa: C901
        for ri, row in enumerate(t.rows):
            filled = [c for c in row if c.text]
            if not filled:
                continue
            first = filled[0]
            line = _first_line(first.text)
            code = (code_only(line) or classify(line, "cell")) if _label_length_ok(line) else None
            if code:
                rest = filled[1:]
                if (len(rest) == 1 and code_only(line) and "\n" not in rest[0].text
                        and not rest[0].text.endswith(".")
                        and (len(rest[0].text.split()) <= 15 or _names_section(rest[0].text, code))):
                    heading = f"{line} {rest[0].text}".strip()
                    self.enter(code, heading)
                    for c in filled:
                        self.add("heading", c.text, c.para_ids, location=f"Section {code} heading",
                                 table=t.index, row=ri, col=c.col)
                    continue
                self.enter(code, line)
                self.add("heading", first.text, first.para_ids, location=f"Section {code} heading",
                         table=t.index, row=ri, col=first.col)
                pref = self._table_prefix(code)
                for c in rest:
                    self._cell(c, f"{pref} {ri + 1}" + (f", column {c.col + 1}" if len(rest) > 1 else ""), t, ri)
                continue
            pref = self._prefix(self.cur)
            if self.cur is None and len(filled) >= 2:  # front matter rows above the first section
                for k in range(0, len(filled) - 1, 2):
                    label, value = _first_line(filled[k].text), filled[k + 1].text
                    if 0 < len(label.split()) <= 10 and value:
                        self.pairs.append((label, " ".join(value.split())))
            for c in filled:
                self._cell(c, f"{pref}, table row {ri + 1}, column {c.col + 1}", t, ri)

    def _cell(self, c: RCell, location: str, t: RTable, ri: int, box: str | None = None) -> Block:
        # (K cells outside advice tables are read as advice items in finish_advice)
        lines = [ln.strip() for ln in c.text.splitlines() if ln.strip()]
        if box is None and self.sub is None and len(lines) > 1 and _cell_label(lines[0]):
            # a cell that starts with its own label ("Communication and interaction", "Aspirations")
            # and then the content: the label is the box and sub-heading of what follows
            return self.add("table_cell", c.text, c.para_ids, location=location, table=t.index, row=ri, col=c.col,
                            box=lines[0], subsection=lines[0])
        return self.add("table_cell", c.text, c.para_ids, location=location, table=t.index, row=ri, col=c.col,
                        box=box)

    def _row_heading(self, filled: list[RCell], first_row: bool) -> str | None:
        """The section a table row names, if the row is a section heading."""
        if first_row and len(filled) == 2 and code_only(filled[0].text):
            return code_only(filled[0].text)
        if len(filled) != 1:
            return None
        line = _first_line(filled[0].text)
        if first_row:
            return classify(line, "cell")
        if _EXPLICIT_RE.match(line) or filled[0].signal != "weak":
            return classify(line, "cell" if filled[0].signal == "weak" else filled[0].signal)
        return None

    def _heading_row(self, t: RTable, ri: int, filled: list[RCell], code: str) -> tuple[str, str | None]:
        heading = " ".join(_first_line(c.text) for c in filled)
        self.enter(code, heading)
        m = _SUBCODE_RE.match(heading)
        sub_code = m.group(1) if m else None
        pref = self._table_prefix(code)
        for c in filled:
            paras = [p for p in c.paras if p.text]
            if len(filled) == 1 and len(paras) > 1 and (
                    paras[0].signal != "weak" or len(paras[1].text.split()) > 12):
                # heading and content typed into the same cell: split them
                self.add("heading", paras[0].text, paras[0].para_ids, location=f"Section {code} heading",
                         table=t.index, row=ri, col=c.col)
                self._cell(RCell(paras=paras[1:], col=c.col, span=c.span), f"{pref} {ri + 1}", t, ri)
                continue
            self.add("heading", c.text, c.para_ids, location=f"Section {code} heading",
                     table=t.index, row=ri, col=c.col)
        return pref, sub_code

    def _sectioned_table(self, t: RTable) -> None:
        """Rows that name a section start it (the first row, or any single-cell heading row);
        other cells belong to the current section (or the front matter)."""
        pref: str | None = None
        sub_code: str | None = None
        box: str | None = None
        headed = False
        base_sub = self.sub
        for ri, row in enumerate(t.rows):
            filled = [c for c in row if c.text]
            if not filled:
                continue
            code = self._row_heading(filled, first_row=(ri == 0))
            if code:
                pref, sub_code = self._heading_row(t, ri, filled, code)
                box = None
                headed = True
                base_sub = self.sub
                continue
            if pref is None:
                pref = self._table_prefix(self.cur)
            if headed and len(filled) == 1 and self._label_like(filled[0].text) and ri < len(t.rows) - 1:
                label = box = _first_line(filled[0].text)
                self.sub = f"{sub_code} {label}" if sub_code else label
                self.add("heading", filled[0].text, filled[0].para_ids, location=f"{pref} {ri + 1}",
                         table=t.index, row=ri, col=filled[0].col, box=box)
                continue
            if self.cur is None and len(row) >= 2:
                for k in range(0, len(row) - 1, 2):
                    label, value = _first_line(row[k].text), row[k + 1].text
                    if 0 < len(label.split()) <= 10 and value:
                        self.pairs.append((label, " ".join(value.split())))
            for c in filled:
                multi = t.ncols > 1 and (len(filled) > 1 or not headed)
                self._cell(c, f"{pref} {ri + 1}" + (f", column {c.col + 1}" if multi else ""), t, ri, box)
        if headed:
            self.sub = base_sub

    # -- finishing ----------------------------------------------------------------------
    def finish_advice(self) -> None:
        """Parse K paragraphs, list items and non-advice-table rows as advice items.

        A line that is only a name/role or only a date ("Dr Amy Clark" / "12/03/2026") right
        after an item that lacks one is read as part of that item, not as a new item.
        """
        units: list[tuple[str, Block, str]] = []
        self._quote_of: dict[int, str] = {}
        rows: dict[tuple[int | None, int | None], list[Block]] = {}
        for bid in self.sections["K"].block_ids:
            b = self.blocks[bid]
            if b.kind == "heading" or bid in self._advice_table_blocks:
                continue
            if b.subsection and _SIGNOFF_RE.search(b.subsection):
                continue  # the plan's sign-off box after K ("Local authority officer – name | Date")
            if b.kind == "table_cell" and b.table is not None and b.row is not None:
                key = (b.table, b.row)
                if key not in rows:
                    rows[key] = []
                    units.append(("", b, ""))  # placeholder, filled below in document order
                rows[key].append(b)
                continue
            parts = self._tab_parts.get(bid)
            if parts:  # columns typed with tab stops: parse them as separate fields
                self._quote_of[b.id] = b.text
            units.append((" \u2013 ".join(parts) if parts else b.text, b, b.location))
        expanded: list[tuple[str, Block, str]] = []
        for text, b, loc in units:
            if text or b.kind != "table_cell":
                expanded.append((text, b, loc))
                continue
            cells = rows[(b.table, b.row)]
            loc = cells[0].location.split(", column")[0]
            if len(cells) == 1 and "\n" in cells[0].text:
                lines = [ln for ln in cells[0].text.split("\n") if ln.strip()]
                rows_in_cell = _lines_as_table(lines)
                if rows_in_cell is not None:  # a table typed (or nested) in one cell: header, then rows
                    expanded.extend((ln, cells[0], loc) for ln in rows_in_cell)
                    continue
                for ln in lines:
                    expanded.append((ln, cells[0], loc))
                continue
            expanded.append((" \u2013 ".join(" ".join(c.text.split()) for c in cells), cells[0], loc))
        last: AdviceItem | None = None
        for text, b, loc in expanded:
            if last is not None and adv.is_fragment(text) and self._merge_fragment(last, text):
                continue
            if adv.looks_like_item(text):
                last = self._advice_from_text(text, b, loc, self._quote_of.get(b.id))
            else:
                last = None
        # sign-off lines and requests never answered are not advice items (reader/advice.py)
        self.advice = sorted((a for a in self.advice if adv.is_advice_item(a)), key=lambda a: a.block_id)

    @staticmethod
    def _merge_fragment(item: AdviceItem, text: str) -> bool:
        """Fill an item's missing author/date from a following fragment line; False if it fits no gap."""
        hits = find_dates(text)
        rest = text
        changed = False
        if hits and item.date is None:
            item.date, item.date_text = hits[-1][0], hits[-1][1]
            rest = adv.strip_date(text, hits[-1][1])
            changed = True
        elif hits:
            return False
        author = adv.clean_author(adv._tidy(rest)) if rest.strip() else None
        if author:
            if item.author is not None:
                return False if not changed else True
            item.author = author
            if item.kind == "other":
                item.kind = adv.advice_kind(item.title, author)
            changed = True
        if changed:
            item.quote = f"{item.quote} / {' '.join(text.split())}"
        return changed

    def _advice_from_text(self, text: str, b: Block, location: str, quote: str | None = None) -> AdviceItem:
        title, author, date, date_text = adv.split_item(text)
        author = author or adv.views_author(title)
        item = AdviceItem(
            kind=adv.advice_kind(title, author), title=title, author=author, date=date,
            date_text=date_text, block_id=b.id, location=location, quote=" ".join((quote or text).split()))
        self.advice.append(item)
        return item

    def build(self, items: list[RPara | RTable]) -> None:
        for it in items:
            if isinstance(it, RTable):
                self.table(it)
            else:
                self.para(it)
        self.finish_advice()
        for code, heading in self._also_heading.items():
            sec = self.sections[code]
            sec.heading = sec.heading or heading
