"""Turn the raw paragraph/table stream into a :class:`~ehcaudit.model.Plan`'s structure.

The builder keeps a current section and sub-heading while it walks the stream. Tables are
recognised in this order:

1. combined golden-thread tables (a header row naming two or more sections, e.g.
   ``B – Special Educational Needs | F – Special Educational Provision | E – Outcomes``):
   each column's cells go to their own section and each row becomes a ``ThreadRow``
   (:mod:`thread_tables`);
2. advice tables (header words advice/date/who from/appended) -> Section K advice items
   (:mod:`advice_items`, which also reads Section K's paragraphs and rows as items at the end);
3. label tables (left cell names a section: ``Section F | <provision>``), then
4. heading tables (first row is the section heading, the rest is content) (:mod:`section_tables`);
5. anything else: cells belong to the current section (or the front matter).

Paragraphs (headings, sub-headings, list items) are read here.
"""

from __future__ import annotations

import re
from types import EllipsisType

from ehcaudit.clauses import is_label
from ehcaudit.model import SECTION_CODES, SECTION_TITLES, AdviceItem, Block, Section, ThreadRow
from ehcaudit.placeholders import only_placeholders
from ehcaudit.reader import advice as adv
from ehcaudit.reader.advice_items import advice_table, finish_advice
from ehcaudit.reader.cell_text import NULL_TEXT, SUBCODE_RE, first_line
from ehcaudit.reader.headings import also_codes, classify, code_only, title_match
from ehcaudit.reader.raw import RCell, RPara, RTable
from ehcaudit.reader.record_tables import record_table
from ehcaudit.reader.section_tables import is_label_table, label_table, sectioned_table
from ehcaudit.reader.thread_tables import combined, header_codes

#: A bullet typed by hand at the start of a paragraph: "•", "◦", "▪", "-", "–", "*", or "o"
#: before a capital letter or a figure.
_TYPED_BULLET_RE = re.compile(r"^\s*(?:[\u2022\u25e6\u25aa\u25cf\u2023\u2219\u00b7*\u2013-]|o(?=\s+[A-Z0-9]))\s+(?=\S)")


#: A sub-heading that names its theme and then says more of it after a colon ("Making friends:
#: working towards 'join in at playtime' and the move to the big school"): up to 20 words in all.
_LABEL_LEAD_RE = re.compile(r"^[^:.!?]{2,40}:\s+\S")


def _is_subheading(p: RPara) -> bool:
    t = p.text.strip()
    if t.lower().strip(" .:") in NULL_TEXT or only_placeholders(t):
        return False
    if p.signal == "style":
        return True
    if p.signal != "strong" or p.is_list:
        return False
    themed = _LABEL_LEAD_RE.match(t) and not re.search(r"\d", t)  # no date or number in a theme's aim
    if "\n" in t or len(t.split()) > (20 if themed else 10):
        return False
    return not t.endswith((".", "?", "!", ";", ","))


def _cell_label(line: str) -> bool:
    """A cell's first line that labels the rest: short, no closing punctuation, no verb."""

    return is_label(line, max_words=7) and not title_match(line)


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
        self.table_counts: dict[str | None, int] = {}
        self.advice_table_blocks: set[int] = set()
        self._also_heading: dict[str, str] = {}
        self.tab_parts: dict[int, list[str]] = {}  # block id -> columns typed with tab stops
        self.quote_of: dict[int, str] = {}  # block id -> the text quoted for its advice item

    # -- helpers ------------------------------------------------------------------------
    def prefix(self, sec: str | None) -> str:
        return f"Section {sec}" if sec else "Front matter"

    def _next(self, sec: str | None, what: str) -> int:
        key = (sec, what)
        self._count[key] = self._count.get(key, 0) + 1
        return self._count[key]

    def enter(self, code: str, heading: str | None) -> None:
        sec = self.sections[code]
        sec.found = True
        if heading and sec.heading is None:
            sec.heading = first_line(heading)
        self.cur = code
        self.sub = None
        if heading:
            m = SUBCODE_RE.match(heading)
            if m:
                self.sub = first_line(heading)

    def add(self, kind: str, text: str, para_ids: list[int], *, section: str | None | EllipsisType = ...,
            subsection: str | None | EllipsisType = ..., location: str | None = None,
            table: int | None = None, row: int | None = None, col: int | None = None,
            box: str | None = None) -> Block:
        sec = self.cur if section is ... else section
        sub = self.sub if subsection is ... else subsection
        if location is None:
            prefix = self.prefix(sec)
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
                    and not title_match(after) and not SUBCODE_RE.match(before)):
                # "Health provision: none" - a heading and its content on one line
                head, rest = before.strip(), (after.strip() + ("\n" + rest if rest else ""))
            self.enter(code, head)
            for other in also_codes(head):  # "Sections C and G": G is in the plan too
                if other != code:
                    self.sections[other].found = True
                    self._also_heading.setdefault(other, first_line(head))
            self.add("heading", head, p.para_ids, location=f"Section {code} heading")
            if rest.strip():  # "Section B: Needs<line break>Sam has ..." in one paragraph
                self.add("list_item" if p.is_list else "paragraph", rest.strip(), p.para_ids)
            return
        if _is_subheading(p):
            if self.cur is not None:
                self.sub = first_line(p.text)
            self.add("heading", p.text, p.para_ids)
            return
        b = self.add("list_item" if p.is_list else "paragraph", p.text, p.para_ids)
        if p.tab_parts and len(p.tab_parts) > 1:
            self.tab_parts[b.id] = p.tab_parts

    # -- tables -------------------------------------------------------------------------
    def table(self, t: RTable) -> None:
        rows = t.rows
        if not any(c.text for r in rows for c in r):
            return
        for ri, row in enumerate(rows[:8]):
            colcodes = header_codes(self, row)
            if colcodes:
                combined(self, t, ri, colcodes)
                return
        for ri, row in enumerate(rows[:3]):
            cells = [(c.col, first_line(c.text)) for c in row if c.text]
            mapping = adv.header_columns(cells)
            if mapping and (self.cur == "K" or adv.strong_header(cells)):
                advice_table(self, t, ri, mapping)
                return
        if is_label_table(t):
            label_table(self, t)
            return
        if record_table(self, t):
            return
        sectioned_table(self, t)

    def table_prefix(self, sec: str | None) -> str:
        n = self.table_counts.get(sec, 0) + 1
        self.table_counts[sec] = n
        base = self.prefix(sec)
        return f"{base}, table row" if n == 1 else f"{base}, table {n}, row"

    def subheading_cell(self, c: RCell, location: str, t: RTable, ri: int) -> bool:
        """A row of a section's table holding only a sub-heading (one bold line, "E2 Getting to
        lessons on time", "Longer-term outcome (by July 2027)"): a heading that names what the rows
        under it are about. Never in Section K, whose rows are its advice items, bold or not
        ("Parents' views – Jo, 3 May 2026")."""
        paras = [p for p in c.paras if p.text]
        if self.cur in (None, "K") or len(paras) != 1 or paras[0].signal == "weak" or not _is_subheading(paras[0]):
            return False
        self.sub = first_line(c.text)
        self.add("heading", c.text, c.para_ids, location=location, table=t.index, row=ri, col=c.col)
        return True

    def cell(self, c: RCell, location: str, t: RTable, ri: int, box: str | None = None) -> Block:
        # (K cells outside advice tables are read as advice items in finish_advice)
        lines = [ln.strip() for ln in c.text.splitlines() if ln.strip()]
        if box is None and self.sub is None and len(lines) > 1 and _cell_label(lines[0]):
            # a cell that starts with its own label ("Communication and interaction", "Aspirations")
            # and then the content: the label is the box and sub-heading of what follows
            return self.add("table_cell", c.text, c.para_ids, location=location, table=t.index, row=ri, col=c.col,
                            box=lines[0], subsection=lines[0])
        return self.add("table_cell", c.text, c.para_ids, location=location, table=t.index, row=ri, col=c.col,
                        box=box)

    def build(self, items: list[RPara | RTable]) -> None:
        for it in items:
            if isinstance(it, RTable):
                self.table(it)
            else:
                self.para(it)
        finish_advice(self)
        for code, heading in self._also_heading.items():
            sec = self.sections[code]
            sec.heading = sec.heading or heading
