"""Reading a PDF, pass 2: the page's lines and grids as paragraphs and tables, in reading order.

What is rebuilt (the PDF has no paragraphs, headings or cells, only positioned characters):

* **paragraphs**: lines joined until a gap wider than the line spacing, a change of font size
  or weight, a bullet or number, or a short line ending a sentence;
* **heading signal**: text larger than the body text is a heading (``style``, as a Word heading
  style); bold or ALL CAPS is ``strong``; dotted leader lines ending in a page number are
  contents lines (``toc``);
* **borderless tables**: runs of lines in two or more columns, a row starting where the first
  column has text after a paragraph gap;
* **tables over a page break**: a bordered table that goes on at the top of the next page (same
  columns) is one table, its repeated header row dropped, a row broken at the break joined.

``para_ids`` are line numbers, counted over the whole document (:attr:`Layout.line_page` gives
each line's page).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from ehcaudit.reader.headings import classify
from ehcaudit.reader.pdf_grid import Grid
from ehcaudit.reader.pdf_lines import Line, bullet
from ehcaudit.reader.raw import LIST_NUMBER_RE, RCell, RPara, RTable
from ehcaudit.text import normalise

_TOC_RE = re.compile(r"(?:\.{4,}|\u2026{2,}|\s{2,}|_{4,})\s*\d{1,3}\s*$")
_ENDS_RE = re.compile(r"(?:[.!?\u201d\")]|\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}|\b(?:19|20)\d\d)\s*$")
_ITEM_RE = re.compile(r"^[A-Z][\w'\u2019]*(?: [\w'\u2019()]+){0,6} \u2013 [A-Z]")


class Stats:
    """Document-wide facts: body text size, left margin, line spacing."""

    def __init__(self, lines: list[Line]):
        sizes: Counter[float] = Counter()
        x0s: Counter[int] = Counter()
        for ln in lines:
            for w in ln.words:
                sizes[w.size] += len(w.text)
            x0s[round(ln.x0)] += 1
        self.body = sizes.most_common(1)[0][0] if sizes else 11.0
        # the left margin: the leftmost x where many lines start (text in a right-hand column
        # may be most of the lines)
        common = [x for x, n in x0s.items() if n >= max(2, 0.05 * len(lines))]
        self.margin = float(min(common)) if common else (float(min(x0s)) if x0s else 72.0)
        pitches = [b.top - a.top for a, b in zip(lines, lines[1:], strict=False)
                   if a.page == b.page and abs(a.size - self.body) < 0.6 and abs(b.size - self.body) < 0.6
                   and 0 < b.top - a.top < 2.2 * self.body]
        self.pitch = min(pitches) if pitches else 1.2 * self.body
        # the commonest small pitch, not the smallest: sub/superscripts make odd short pitches
        if pitches:
            commonest = Counter(round(p) for p in pitches).most_common(1)[0][0]
            self.pitch = max(self.pitch, float(commonest))

    def signal(self, lines: list[Line], text: str) -> str:
        if _TOC_RE.search(text[-40:]) and re.search(r"[A-Za-z]", text):
            return "toc"
        size = max(ln.size for ln in lines)
        if size >= self.body * 1.18 and len(text.split()) <= 40:
            return "style"
        letters = [ch for ch in text if ch.isalpha()]
        if all(ln.bold for ln in lines) or (len(letters) >= 3 and text.isupper() and len(text) <= 400):
            return "strong"
        return "weak"


class Layout:
    """Pass 2: paragraphs and tables in reading order, from each page's body lines and grids."""

    def __init__(self, extent: dict[int, tuple[float, float]]):
        self.extent = extent  # page height -> (top, bottom) of all content (pass 1)
        self.line_page: list[int] = []
        self.items: list[RPara | RTable] = []
        self.tables = 0
        self.stats = Stats([])

    def build(self, per_page: list[tuple[int, list[Line], list[Grid]]]) -> None:
        all_body = [ln for _p, body, _g in per_page for ln in body]
        cell_lines = [ln for _p, _b, grids in per_page for g in grids for ln in g.all_lines()]
        self.stats = Stats(all_body + cell_lines)
        for pno, body, grids in per_page:
            self._page(pno, body, grids)

    def _new_id(self, page: int) -> int:
        self.line_page.append(page)
        return len(self.line_page) - 1

    def _page(self, pno: int, body: list[Line], grids: list[Grid]) -> None:
        events: list[tuple[float, int, object]] = [(ln.top, 0, ln) for ln in body]
        events += [(g.bbox[1], 1, g) for g in grids]
        events.sort(key=lambda e: (e[0], e[1]))
        run: list[Line] = []
        first = True
        for _top, kind, obj in events:
            if kind == 0:
                run.append(obj)  # type: ignore[arg-type]
                continue
            self._flow(run, first)
            if run:
                first = False
            run = []
            self._bordered(obj, first)  # type: ignore[arg-type]
            first = False
        self._flow(run, first)

    # -- body text ----------------------------------------------------------------------
    def _flow(self, lines: list[Line], page_top: bool) -> None:
        """Body lines between tables: paragraphs, and borderless tables where text is in columns."""
        i = 0
        st = self.stats
        gap = 1.1 * st.body
        while i < len(lines):
            ln = lines[i]
            if len(ln.segments(gap)) >= 2 or (page_top and i == 0 and self._continues_text_table(ln)):
                j = i + 1
                while j < len(lines):
                    nxt = lines[j]
                    pitch = nxt.top - lines[j - 1].top
                    if pitch > 2.6 * st.pitch:
                        break
                    if len(nxt.segments(gap)) >= 2 or nxt.x0 > st.margin + 60:
                        j += 1
                        continue
                    # a left-column line wrapping on its own, with columns again below it
                    ahead = lines[j + 1] if j + 1 < len(lines) else None
                    if pitch <= 1.3 * st.pitch and ahead is not None and ahead.top - nxt.top <= 1.3 * st.pitch \
                            and (len(ahead.segments(gap)) >= 2 or ahead.x0 > st.margin + 60):
                        j += 1
                        continue
                    break
                self._text_table(lines[i:j], page_top and i == 0)
                i = j
                continue
            j = i + 1
            while j < len(lines) and len(lines[j].segments(gap)) < 2:
                j += 1
            for para in self.paragraphs(lines[i:j]):
                self.items.append(para)
            i = j

    def paragraphs(self, lines: list[Line], right: float | None = None, cell: bool = False) -> list[RPara]:
        st = self.stats
        if not lines:
            return []
        right = right if right is not None else max(ln.x1 for ln in lines)
        groups: list[list[Line]] = []
        for ln in lines:
            if not groups:
                groups.append([ln])
                continue
            cur = groups[-1]
            prev = cur[-1]
            pitch = ln.top - prev.top if ln.page == prev.page else st.pitch  # over a page break
            starts_item = bullet(ln) is not None or bool(LIST_NUMBER_RE.match(ln.text))
            first = ln.words[0]
            # the next line's first word would have fitted on this one: a hard line break
            fitted = right - prev.x1 > (first.x1 - first.x0) + 0.3 * ln.size + 2
            # except between two bold lines set close in one size, outside a cell: a bold
            # paragraph broken by hand ("Chalkvale Council / SEND Service"), not two headings
            broken = (not cell and len(cur) == 1 and prev.bold and ln.bold and 0 < pitch <= 1.35 * ln.size
                      and abs(ln.size - prev.size) < 0.3 and not starts_item)
            fitted = fitted and not broken
            # or a sentence (or a dated item) ends well short of the edge and a capital follows
            fitted = fitted or (_ENDS_RE.search(prev.text) is not None and first.text[:1].isupper()
                                and (cell or right - prev.x1 > 1.5 * ln.size))
            # a one-line section heading in body type ("Section F: Provision") ends there
            fitted = fitted or (len(cur) == 1 and first.text[:1].isupper() and classify(prev.text, "weak") is not None)
            # "Title – author, date" items typed one to a line (Section K lists)
            fitted = fitted or (first.text[:1].isupper() and _ITEM_RE.match(ln.text) is not None
                                and any(" \u2013 " in x.text for x in cur))
            # a bold lead-in wrapped onto the next line, where plain text follows it ("Educational
            # advice (annual / review report): SENCo ..."): the bold run goes on in lower case
            # or a bold label ending in a colon that filled its line ("Preparing for adulthood
            # advice:" / "Careers adviser, ..."): the next word could not fit
            lead_in = prev.bold and ((first.bold and first.text[:1].islower())
                                     or (not fitted and prev.text.rstrip().endswith(":")))
            new = (
                (pitch > 1.35 * max(st.pitch, 0.9 * prev.size) and not broken) or pitch < 0
                or abs(ln.size - prev.size) >= 0.8 or (ln.bold != prev.bold and not lead_in)
                or starts_item or fitted
                or ln.x0 < (cur[1].x0 if len(cur) > 1 else cur[0].x0) - 12
            )
            if new:
                groups.append([ln])
            else:
                cur.append(ln)
        out = []
        for g in groups:
            ids = [self._line_id(ln) for ln in g]
            text = normalise(_join(g, right) if cell else " ".join(ln.text for ln in g))
            text = re.sub(r"(\w)- (?=[a-z])", r"\1-", text)  # "long-\nterm" keeps its hyphen
            is_list = False
            b = bullet(g[0])
            if b is not None:
                is_list = True
                text = normalise(text[len(b):])
            elif LIST_NUMBER_RE.match(text):
                is_list = True
            if not text:
                continue
            out.append(RPara(text=text, para_ids=ids, signal=st.signal(g, text), is_list=is_list))
        return out

    def _line_id(self, ln: Line) -> int:
        if ln.id < 0:
            ln.id = self._new_id(ln.page)
        return ln.id

    # -- borderless tables (columns of text) --------------------------------------------
    def _continues_text_table(self, ln: Line) -> bool:
        last = self.items[-1] if self.items else None
        return isinstance(last, RTable) and getattr(last, "_text_cols", None) is not None \
            and ln.x0 > self.stats.margin + 60

    def _text_table(self, lines: list[Line], page_top: bool) -> None:
        st = self.stats
        gap = 1.1 * st.body
        segs = [(ln, s) for ln in lines for s in ln.segments(gap)]
        last: Any = self.items[-1] if self.items else None  # an RTable bears this reader's marks (_text_cols, ...)
        cont = page_top and isinstance(last, RTable) and getattr(last, "_text_cols", None) is not None
        if cont:
            starts = list(last._text_cols)
        else:
            starts = []
            for x in sorted(s[0].x0 for _ln, s in segs):
                if not starts or x - starts[-1] > 24:
                    starts.append(x)
        rows: list[dict[int, list[Line]]] = []
        if cont and last.rows:
            pending = last._text_rows[-1]
        else:
            pending = None
        prev_top = None
        for ln in lines:
            parts = ln.segments(gap)
            cols = [max((k for k, x in enumerate(starts) if x <= p[0].x0 + 3), default=0) for p in parts]
            # a new row: text in the first column after a paragraph gap, or at the top of a page
            # unless it carries on in lower case (a row broken over the page)
            new_row = pending is None or (0 in cols and (
                ln.top - prev_top > 1.3 * st.pitch if prev_top is not None
                else not parts[cols.index(0)][0].text[:1].islower()))
            if new_row:
                pending = {}
                rows.append(pending)
            for c, p in zip(cols, parts, strict=False):
                pending.setdefault(c, []).append(Line(words=p, page=ln.page))
            prev_top = ln.top
        if cont:
            table = last
            raw_rows = last._text_rows
            raw_rows.extend(rows)
        else:
            table = RTable(rows=[], index=self.tables, ncols=len(starts))
            self.tables += 1
            table._text_cols = starts  # type: ignore[attr-defined]
            table._text_rows = rows  # type: ignore[attr-defined]
            raw_rows = rows
            self.items.append(table)
        rights: dict[int, float] = {}
        for cells in raw_rows:
            for c, cl in cells.items():
                rights[c] = max([rights.get(c, 0.0)] + [x.x1 for x in cl])
        table.rows = [[RCell(paras=self.paragraphs(cells[c], right=rights[c], cell=True), col=c) for c in sorted(cells)]
                      for cells in raw_rows]
        # line ids must follow reading order: re-made cells keep the ids their lines got first

    # -- bordered tables ----------------------------------------------------------------
    def _at_bottom(self, g: Grid) -> bool:
        """Does the table reach the bottom of the text area (the lowest content on pages this size)?"""
        return g.bbox[3] >= self.extent.get(g.page_height, (0.0, 1e9))[1] - 2 * self.stats.pitch - 3

    def _bordered(self, g: Grid, page_top: bool) -> None:
        last: Any = self.items[-1] if self.items else None  # an RTable bears this reader's marks (_xrange, ...)
        rows = g.rows(self.paragraphs)
        top_limit = self.extent.get(g.page_height, (0.0, 0.0))[0]
        continues = (page_top and isinstance(last, RTable) and getattr(last, "_grid_cols", None) is not None
                     and abs(last._xrange[0] - g.bbox[0]) <= 3 and abs(last._xrange[1] - g.bbox[2]) <= 3)  # type: ignore[attr-defined]  # (a mark this reader sets)
        first = next((c.text for c in rows[0] if c.text), "") if rows else ""
        # one row broken over the page: no border at the break, or the text carries on in lower
        # case, or the table filled its page to the bottom and this one starts at the very top
        split_row = continues and bool(rows) and bool(last.rows) and (
            (last._open_bottom and g.open_top) or first[:1].islower()
            or (last._at_bottom and g.bbox[1] <= top_limit + 2 * self.stats.pitch + 3
                and (_one_cell(last.rows[-1]) and _one_cell(rows[0]) or _tail_only(last.rows[-1], rows[0]))))
        # a table's title rows alone at the foot of a page, the rest of it at the top of the next
        rest_of_row = split_row and _tail_only(last.rows[-1], rows[0])
        title_only = continues and last._at_bottom and all(_one_cell(r) for r in last.rows)
        if continues and (split_row or title_only or _same_columns(last._grid_cols, g.cols)):
            # the same table going on over a page break
            if split_row:
                # one row broken over the break: its cells' text joins the row above
                tail = {c.col: c for c in last.rows[-1]}
                for c in rows[0]:
                    if c.col in tail and not c.cont:
                        if tail[c.col].cont:
                            tail[c.col].cont = False
                        _carry_on(tail[c.col].paras, c.paras, rest_of_row)
                    elif c.col not in tail:
                        last.rows[-1].append(c)
                last.rows[-1].sort(key=lambda c: c.col)
                rows = rows[1:]
            else:  # a header row repeated at the top of the page is dropped
                first_text = [c.text for c in last.rows[0]] if last.rows else None
                if rows and first_text is not None and [c.text for c in rows[0]] == first_text:
                    rows = rows[1:]
            last.rows.extend(rows)
            last.ncols = max(last.ncols, len(g.cols))
            last._open_bottom = g.open_bottom
            last._at_bottom = self._at_bottom(g)
            return
        table = RTable(rows=rows, index=self.tables, ncols=len(g.cols))
        table._grid_cols = g.cols  # type: ignore[attr-defined]
        table._open_bottom = g.open_bottom  # type: ignore[attr-defined]
        table._at_bottom = self._at_bottom(g)  # type: ignore[attr-defined]
        table._xrange = (g.bbox[0], g.bbox[2])  # type: ignore[attr-defined]
        self.tables += 1
        self.items.append(table)


def _join(lines: list[Line], right: float) -> str:
    """A cell's lines as one text; a word too long for the cell's width, broken where the line
    ran out ("Physiotherap" / "y"), is joined again: a line of one word that fills the width,
    followed by a line starting in lower case."""
    out = lines[0].text
    for a, b in zip(lines, lines[1:], strict=False):
        broken = len(a.words) == 1 and right - a.x1 < 0.6 * a.size and b.text[:1].islower()
        out += ("" if broken else " ") + b.text
    return out


def _carry_on(paras: list[RPara], more: list[RPara], rest_of_row: bool) -> None:
    """A cell's paragraphs on the next page added to those above the break; a paragraph cut by
    the break (it goes on in lower case; or, in a row whose first column is empty on the new
    page, plain text above stops short of a sentence's end and plain text goes on; no list
    item, no bold heading) is one paragraph again."""
    if paras and more and not more[0].is_list and not paras[-1].is_list and (
            more[0].text[:1].islower() or (rest_of_row and paras[-1].signal == more[0].signal == "weak"
                                           and not re.search(r"[.!?:;)\"\u201d]$", paras[-1].text))):
        a, b = paras[-1], more[0]
        paras[-1] = RPara(text=f"{a.text} {b.text}", para_ids=a.para_ids + b.para_ids,
                          signal=a.signal if a.signal == b.signal else "weak", is_list=a.is_list)
        more = more[1:]
    paras.extend(more)


def _tail_only(above: list[RCell], row: list[RCell]) -> bool:
    """The first row on a page is the rest of the row above the break: its first column is empty
    where the row above has text there, and it has text only in columns the row above has text in
    ("Dr Ann Lee, Educational" / "Psychologist")."""
    before = {c.col for c in above if c.text}
    now = {c.col for c in row if c.text}
    first = min((c.col for c in row), default=0)
    return bool(now) and first in before and first not in now and now <= before \
        and not any(c.cont for c in row)


def _one_cell(row: list[RCell]) -> bool:
    """A row that is one cell across the table (a title or a text row of the national template)."""
    return len(row) == 1 and not row[0].cont


def _same_columns(a: list[float], b: list[float]) -> bool:
    return len(a) == len(b) and all(abs(x - y) <= 3 for x, y in zip(a, b, strict=False))
