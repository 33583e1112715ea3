"""Read a PDF's text layer (pdfplumber, MIT, on pdfminer.six) into the format-neutral stream.

The PDF has no paragraphs, headings or cells, only characters at positions in given fonts, and
ruling lines. What is rebuilt from them:

* **lines**: words (pdfplumber) grouped by their baseline; a gap wider than about an em
  between words splits a line into *segments* (text typed in columns, tab stops);
* **tables**: bordered tables from their ruling lines (pdfplumber's table finder); each cell
  read once, a cell merged across columns has a ``span``, one merged down has continuation
  cells (``cont``) below it, cells nested in a cell belong to it; a table that goes on over a
  page break (same columns, at the top of the next page) is one table, its repeated header
  row dropped. Borderless tables (runs of lines in two or more columns) are read as tables
  too, a row starting where the first column has text after a paragraph gap;
* **paragraphs**: lines joined until a gap wider than the line spacing, a change of font size
  or weight, a bullet or number, or a short line ending a sentence;
* **heading signal**: text larger than the body text is a heading (``style``, as a Word heading
  style); bold or ALL CAPS is ``strong``; dotted leader lines ending in a page number are
  contents lines (``toc``);
* **lists**: a bullet glyph (stripped) or a number ("1.", "a)") at the start;
* **page headers and footers**: lines near the top or bottom edge that repeat on other pages
  (digits aside) or are page numbers are set aside: they are not plan text (their
  ``label: value`` pairs feed the front matter, as a Word header's do).

``para_ids`` are line numbers, counted over the whole document; :attr:`PdfText.line_page`
gives each line's page (1-based) for locations ("Section F, page 3, paragraph 2").
"""

from __future__ import annotations

import io
import re
import time
import zlib
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from ehcaudit.errors import PlanReadError
from ehcaudit.reader import limits
from ehcaudit.reader.headings import classify
from ehcaudit.reader.raw import RCell, RPara, RTable
from ehcaudit.text import normalise

_BULLETS = set("\u2022\u00b7\u25aa\u25e6\u2023\u25cf\u25cb\u25a0\u25a1\u27a2\u27a4\u2713\u2714\u2013-*+o\uf0a7\uf0b7\uf0d8\uf076\uf0fc")
_NUMBER_RE = re.compile(r"^\s*(?:\(?\d{1,3}[.)]|\(?[a-z][.)]|\(?(?:i|ii|iii|iv|v|vi|vii|viii|ix|x)\))\s+")
_TOC_RE = re.compile(r"(?:\.{4,}|\u2026{2,}|\s{2,}|_{4,})\s*\d{1,3}\s*$")
_PAGE_NO_RE = re.compile(r"(?i)^\s*(?:page\s*)?[-\u2013(]?\s*\d{1,4}\s*[-\u2013)]?\s*(?:(?:of|/)\s*\d{1,4})?\s*$")
_ENDS_RE = re.compile(r"(?:[.!?\u201d\")]|\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}|\b(?:19|20)\d\d)\s*$")
_ITEM_RE = re.compile(r"^[A-Z][\w'\u2019]*(?: [\w'\u2019()]+){0,6} \u2013 [A-Z]")
_BOLD_RE = re.compile(r"(?i)bold|black|heavy|semibold|demi")


@dataclass
class PdfText:
    items: list[RPara | RTable]
    line_page: list[int]  # line id -> page number (1-based)
    margins: list[str] = field(default_factory=list)  # page header/footer lines, set aside
    pages: int = 0


@dataclass
class _Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    glue: bool = False  # what is left of a word after struck-through text: joins the word before


@dataclass
class _Line:
    words: list[_Word]
    page: int
    id: int = -1

    @property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return self.words[-1].x1

    @property
    def size(self) -> float:
        return max(w.size for w in self.words)

    @property
    def bold(self) -> bool:
        return all(w.bold for w in self.words if any(ch.isalpha() for ch in w.text)) and any(
            any(ch.isalpha() for ch in w.text) for w in self.words)

    @property
    def text(self) -> str:
        out = ""
        for w in self.words:
            if w.text:
                out += w.text if (w.glue or not out) else " " + w.text
        return out

    def segments(self, gap: float) -> list[list[_Word]]:
        out: list[list[_Word]] = [[self.words[0]]]
        for prev, w in zip(self.words, self.words[1:], strict=False):
            if w.x0 - prev.x1 > max(gap, 1.1 * w.size):
                out.append([w])
            else:
                out[-1].append(w)
        if len(out) >= 2 and len(out[0]) == 1 and _is_marker(out[0][0].text):
            out[0:2] = [out[0] + out[1]]  # a bullet or number with its text after a tab
        return out


def _strikes(page) -> list[tuple[float, float, float]]:
    """Horizontal rules short enough to be drawn through text: (x0, x1, y)."""
    out = []
    for obj in list(page.lines) + list(page.rects):
        x0, x1, top, bottom = (float(obj[k]) for k in ("x0", "x1", "top", "bottom"))
        if bottom - top <= 1.5 and x1 - x0 >= 2:
            out.append((x0, x1, (top + bottom) / 2))
    return out


def _struck(ch, strikes) -> bool:
    """A character with a rule through its middle (struck through: removed text in an amended
    plan, a deletion shown as tracked), not under it (underlined) or at a cell border."""
    top, bottom = float(ch["top"]), float(ch["bottom"])
    h = bottom - top
    cx = (float(ch["x0"]) + float(ch["x1"])) / 2
    return any(x0 <= cx <= x1 and top + 0.3 * h <= y <= bottom - 0.2 * h for x0, x1, y in strikes)


def _words_of(page, region_filter) -> list[_Word]:
    """Words with font facts. Struck-through characters are not part of the plan: they are
    dropped from the text, but a word made only of them stays as an empty word, so the gap it
    leaves is not read as a column break."""
    strikes = _strikes(page)
    obj = page.filter(region_filter) if region_filter else page
    raw = obj.extract_words(extra_attrs=["fontname", "size"], keep_blank_chars=False, use_text_flow=False,
                            x_tolerance=2, y_tolerance=2, return_chars=bool(strikes))
    out = []
    for w in raw:
        text = w["text"]
        if strikes:
            text = "".join(c["text"] for c in w["chars"] if not _struck(c, strikes))
            if not text.strip() and w["text"].strip():
                text = ""  # all struck: an empty word keeps its place
            elif not text.strip():
                continue
        elif not text.strip():
            continue
        out.append(_Word(text=text, x0=float(w["x0"]), x1=float(w["x1"]), top=float(w["top"]),
                         bottom=float(w["bottom"]), size=round(float(w.get("size") or 0), 1),
                         bold=bool(_BOLD_RE.search(str(w.get("fontname") or ""))),
                         glue=bool(text) and text != w["text"] and not w["text"].startswith(text)
                         and not text[0].isalnum()))
    return out


def _lines(words: list[_Word], page: int) -> list[_Line]:
    """Words grouped into lines by their vertical middle, each line's words left to right."""
    words = sorted(words, key=lambda w: (round((w.top + w.bottom) / 2), w.x0))
    lines: list[_Line] = []
    for w in words:
        mid = (w.top + w.bottom) / 2
        for ln in reversed(lines[-3:]):
            if abs(mid - (ln.top + ln.bottom) / 2) <= max(2.0, 0.3 * w.size):
                ln.words.append(w)
                break
        else:
            lines.append(_Line(words=[w], page=page))
    for ln in lines:
        ln.words.sort(key=lambda w: w.x0)
    lines = [ln for ln in lines if any(w.text for w in ln.words)]  # not a line only struck through
    lines.sort(key=lambda ln: (ln.top, ln.x0))
    return lines


class _Stats:
    """Document-wide facts: body text size, left margin, line spacing."""

    def __init__(self, lines: list[_Line]):
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

    def signal(self, lines: list[_Line], text: str) -> str:
        if _TOC_RE.search(text[-40:]) and re.search(r"[A-Za-z]", text):
            return "toc"
        size = max(ln.size for ln in lines)
        if size >= self.body * 1.18 and len(text.split()) <= 40:
            return "style"
        letters = [ch for ch in text if ch.isalpha()]
        if all(ln.bold for ln in lines) or (len(letters) >= 3 and text.isupper() and len(text) <= 400):
            return "strong"
        return "weak"


def _is_margin(ln: _Line, height: float) -> bool:
    return ln.bottom < height * 0.09 or ln.top > height * 0.91


def _norm_margin(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.lower().split()))


class _Reader:
    def __init__(self, pdf, source: str):
        self.pdf = pdf
        self.source = source
        self.line_page: list[int] = []
        self.items: list[RPara | RTable] = []
        self.margins: list[str] = []
        self.tables = 0
        self.start = time.monotonic()
        self.extent: dict[int, tuple[float, float]] = {}  # page height -> (top, bottom) of all content

    # -- pass 1: words, lines and table grids of every page ---------------------------
    def collect(self, n_pages: int):
        pages = []
        chars = 0
        for pno, page in enumerate(self.pdf.pages, start=1):
            if time.monotonic() - self.start > limits.PDF_TIME_LIMIT_SECONDS:
                raise PlanReadError(self.source, f"took longer than {limits.PDF_TIME_LIMIT_SECONDS} s to read "
                                                 f"(stopped at page {pno} of {n_pages})")
            chars += len(page.chars)
            if chars > limits.MAX_PDF_CHARS:
                raise PlanReadError(self.source, f"too much text (over {limits.MAX_PDF_CHARS:,} characters)")
            grids = []
            try:
                found, rules, singles = _find_tables(page)
            except Exception:  # a damaged drawing on one page: read its text without tables
                found, rules, singles = [], [], []
            words = _words_of(page, None)
            for t in found:
                g = _grid(t.bbox, t.cells, pno)
                if g is not None:
                    grids.append(g)
            for cell in singles:
                # pdfplumber keeps only tables of two or more cells; a lone box that is the last
                # (or first) thing on its page is a table row broken over the page
                inside = [w for w in words if _within(w, cell)]
                if not inside or any(_within(w, g.bbox) for g in grids for w in inside[:1]):
                    continue
                others = [w for w in words if not _within(w, cell)]
                if all(w.top < cell[1] for w in others) or all(w.top > cell[3] for w in others):
                    g = _grid(cell, [cell], pno)
                    if g is not None:
                        grids.append(g)
            for g in grids:
                # a row broken over the page may have no border at the break: open top / bottom
                g.open_top = not any(abs(y - g.bbox[1]) < 1.5 for y in rules)
                g.open_bottom = not any(abs(y - g.bbox[3]) < 1.5 for y in rules)
            body_words = [w for w in words if not any(_within(w, g.bbox) for g in grids)]
            for g in grids:
                g.assign([w for w in words if _within(w, g.bbox)])
            tops = [w.top for w in words] + [g.bbox[1] for g in grids]
            bottoms = [w.bottom for w in words] + [g.bbox[3] for g in grids]
            if tops:
                key = round(float(page.height))
                lo, hi = self.extent.get(key, (1e9, -1e9))
                self.extent[key] = (min(lo, min(tops)), max(hi, max(bottoms)))
            for g in grids:
                g.page_height = key = round(float(page.height))
            pages.append((pno, float(page.height), _lines(body_words, pno), grids))
            if hasattr(page, "close"):
                page.close()  # drop the page's parsed objects: only our words and grids are kept
        return pages, chars

    # -- pass 2: margins, paragraphs and tables in reading order ----------------------
    def build(self, pages) -> None:
        margin_texts: Counter[str] = Counter()
        for _pno, height, lines, _g in pages:
            for t in {_norm_margin(ln.text) for ln in lines if _is_margin(ln, height)}:
                margin_texts[t] += 1
        all_body: list[_Line] = []
        per_page = []
        for pno, height, lines, grids in pages:
            body = []
            for ln in lines:
                key = _norm_margin(ln.text)
                if _is_margin(ln, height) and (margin_texts[key] >= 2 or _PAGE_NO_RE.match(ln.text)):
                    self.margins.append(ln.text)
                else:
                    body.append(ln)
            per_page.append((pno, body, grids))
            all_body.extend(body)
        cell_lines = [ln for _p, _b, grids in per_page for g in grids for ln in g.all_lines()]
        self.stats = _Stats(all_body + cell_lines)
        for pno, body, grids in per_page:
            self._page(pno, body, grids)

    def _new_id(self, page: int) -> int:
        self.line_page.append(page)
        return len(self.line_page) - 1

    def _page(self, pno: int, body: list[_Line], grids: list[_Grid]) -> None:
        events: list[tuple[float, int, object]] = [(ln.top, 0, ln) for ln in body]
        events += [(g.bbox[1], 1, g) for g in grids]
        events.sort(key=lambda e: (e[0], e[1]))
        run: list[_Line] = []
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
    def _flow(self, lines: list[_Line], page_top: bool) -> None:
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
            for para in self._paragraphs(lines[i:j]):
                self.items.append(para)
            i = j

    def _paragraphs(self, lines: list[_Line], right: float | None = None, cell: bool = False) -> list[RPara]:
        st = self.stats
        if not lines:
            return []
        right = right if right is not None else max(ln.x1 for ln in lines)
        groups: list[list[_Line]] = []
        for ln in lines:
            if not groups:
                groups.append([ln])
                continue
            cur = groups[-1]
            prev = cur[-1]
            pitch = ln.top - prev.top if ln.page == prev.page else st.pitch  # over a page break
            starts_item = _bullet(ln) is not None or bool(_NUMBER_RE.match(ln.text))
            first = ln.words[0]
            # the next line's first word would have fitted on this one: a hard line break
            fitted = right - prev.x1 > (first.x1 - first.x0) + 0.3 * ln.size + 2
            # or a sentence (or a dated item) ends well short of the edge and a capital follows
            fitted = fitted or (_ENDS_RE.search(prev.text) is not None and first.text[:1].isupper()
                                and (cell or right - prev.x1 > 1.5 * ln.size))
            # a one-line section heading in body type ("Section F: Provision") ends there
            fitted = fitted or (len(cur) == 1 and first.text[:1].isupper() and classify(prev.text, "weak") is not None)
            # "Title – author, date" items typed one to a line (Section K lists)
            fitted = fitted or (first.text[:1].isupper() and _ITEM_RE.match(ln.text) is not None
                                and any(" \u2013 " in x.text for x in cur))
            new = (
                pitch > 1.35 * max(st.pitch, 0.9 * prev.size) or pitch < 0
                or abs(ln.size - prev.size) >= 0.8 or ln.bold != prev.bold
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
            text = normalise(" ".join(ln.text for ln in g))
            text = re.sub(r"(\w)- (?=[a-z])", r"\1-", text)  # "long-\nterm" keeps its hyphen
            is_list = False
            b = _bullet(g[0])
            if b is not None:
                is_list = True
                text = normalise(text[len(b):])
            elif _NUMBER_RE.match(text):
                is_list = True
            if not text:
                continue
            out.append(RPara(text=text, para_ids=ids, signal=st.signal(g, text), is_list=is_list))
        return out

    def _line_id(self, ln: _Line) -> int:
        if ln.id < 0:
            ln.id = self._new_id(ln.page)
        return ln.id

    # -- borderless tables (columns of text) --------------------------------------------
    def _continues_text_table(self, ln: _Line) -> bool:
        last = self.items[-1] if self.items else None
        return isinstance(last, RTable) and getattr(last, "_text_cols", None) is not None \
            and ln.x0 > self.stats.margin + 60

    def _text_table(self, lines: list[_Line], page_top: bool) -> None:
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
        rows: list[dict[int, list[_Line]]] = []
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
                pending.setdefault(c, []).append(_Line(words=p, page=ln.page))
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
        table.rows = [[RCell(paras=self._paragraphs(cells[c], right=rights[c], cell=True), col=c) for c in sorted(cells)]
                      for cells in raw_rows]
        # line ids must follow reading order: re-made cells keep the ids their lines got first

    # -- bordered tables ----------------------------------------------------------------
    def _at_bottom(self, g: _Grid) -> bool:
        """Does the table reach the bottom of the text area (the lowest content on pages this size)?"""
        return g.bbox[3] >= self.extent.get(g.page_height, (0.0, 1e9))[1] - 2 * self.stats.pitch - 3

    def _bordered(self, g: _Grid, page_top: bool) -> None:
        last: Any = self.items[-1] if self.items else None  # an RTable bears this reader's marks (_xrange, ...)
        rows = g.rows(self)
        top_limit = self.extent.get(g.page_height, (0.0, 0.0))[0]
        continues = (page_top and isinstance(last, RTable) and getattr(last, "_grid_cols", None) is not None
                     and abs(last._xrange[0] - g.bbox[0]) <= 3 and abs(last._xrange[1] - g.bbox[2]) <= 3)  # type: ignore[attr-defined]  # (a mark this reader sets)
        first = next((c.text for c in rows[0] if c.text), "") if rows else ""
        # one row broken over the page: no border at the break, or the text carries on in lower
        # case, or the table filled its page to the bottom and this one starts at the very top
        split_row = continues and bool(rows) and bool(last.rows) and (
            (last._open_bottom and g.open_top) or first[:1].islower()
            or (last._at_bottom and g.bbox[1] <= top_limit + 2 * self.stats.pitch + 3
                and _one_cell(last.rows[-1]) and _one_cell(rows[0])))
        # a table's title rows alone at the foot of a page, the rest of it at the top of the next
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
                        tail[c.col].paras.extend(c.paras)
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


def _find_tables(page):
    """pdfplumber's tables from ruling lines, with the ends of vertical rules closed (a table row
    broken over a page may have no border at the break, so its cells would not close); also the
    lone boxes pdfplumber leaves out (it keeps tables of two or more cells)."""
    horizontal = [float(e["top"]) for e in page.horizontal_edges]
    vertical = [e for e in page.vertical_edges if float(e["bottom"]) - float(e["top"]) > 4]
    settings: dict = {}
    if vertical:
        lo = min(float(e["top"]) for e in vertical)
        hi = max(float(e["bottom"]) for e in vertical)
        extra = [y for y in (lo, hi) if not any(abs(y - h) < 1.5 for h in horizontal)]
        if extra:
            settings["explicit_horizontal_lines"] = extra
    finder = page.debug_tablefinder(settings)
    in_tables = {tuple(c) for t in finder.tables for c in t.cells}
    singles = [tuple(float(v) for v in c) for c in finder.cells if tuple(c) not in in_tables]
    return finder.tables, horizontal, singles


def _one_cell(row: list[RCell]) -> bool:
    """A row that is one cell across the table (a title or a text row of the national template)."""
    return len(row) == 1 and not row[0].cont


def _same_columns(a: list[float], b: list[float]) -> bool:
    return len(a) == len(b) and all(abs(x - y) <= 3 for x, y in zip(a, b, strict=False))


def _within(w: _Word, bbox) -> bool:
    cx, cy = (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2
    return bbox[0] - 1 <= cx <= bbox[2] + 1 and bbox[1] - 1 <= cy <= bbox[3] + 1


def _is_marker(text: str) -> bool:
    return (len(text) == 1 and (text in _BULLETS or 0xE000 <= ord(text) <= 0xF8FF)) or bool(
        re.fullmatch(r"\(?(?:\d{1,3}|[a-z]|i|ii|iii|iv|v|vi|vii|viii|ix|x)[.)]", text))


def _bullet(ln: _Line) -> str | None:
    first = ln.words[0].text
    if len(first) == 1 and (first in _BULLETS or 0xE000 <= ord(first) <= 0xF8FF) and len(ln.words) > 1:
        return first
    if len(first) > 1 and (first[0] in "\u2022\u25aa\u25cf\u25e6\u27a2" or 0xE000 <= ord(first[0]) <= 0xF8FF):
        return first[0]
    return None


class _Grid:
    """One bordered table: cells on a grid of column and row starts, nested and sliver cells dropped."""

    def __init__(self, bbox, cells: list[tuple[float, float, float, float]], page: int):
        self.bbox = bbox
        self.page = page
        cells = [c for c in cells if c[2] - c[0] >= 8 and c[3] - c[1] >= 4]
        cells = [c for c in cells if not any(o is not c and o[0] - 1 <= c[0] and o[1] - 1 <= c[1]
                                             and c[2] <= o[2] + 1 and c[3] <= o[3] + 1
                                             and (o[2] - o[0]) * (o[3] - o[1]) > (c[2] - c[0]) * (c[3] - c[1]) + 1
                                             for o in cells)]
        self.cells = cells
        self.cols = _starts([c[0] for c in cells])
        self.row_tops = _starts([c[1] for c in cells])
        self.words: dict[int, list[_Word]] = {i: [] for i in range(len(cells))}
        self.open_top = self.open_bottom = False
        self.page_height = 0

    def assign(self, words: list[_Word]) -> None:
        for w in words:
            best = None
            for i, c in enumerate(self.cells):
                if _within(w, c):
                    area = (c[2] - c[0]) * (c[3] - c[1])
                    if best is None or area < best[0]:
                        best = (area, i)
            if best is not None:
                self.words[best[1]].append(w)

    def all_lines(self) -> list[_Line]:
        return [ln for i in self.words for ln in _lines(self.words[i], self.page)]

    def rows(self, reader: _Reader) -> list[list[RCell]]:
        def idx(starts: list[float], x: float) -> int:
            return max((k for k, s in enumerate(starts) if s <= x + 2), default=0)

        placed: dict[tuple[int, int], tuple[int, int, int]] = {}  # (row, col) -> (cell, col span, start row)
        for i, box in enumerate(self.cells):
            r0, c0 = idx(self.row_tops, box[1]), idx(self.cols, box[0])
            r1 = max(r0, idx(self.row_tops, box[3] - 5))  # the last row start inside the cell
            span = max(1, idx(self.cols, box[2] - 5) - c0 + 1)
            for r in range(r0, r1 + 1):
                placed.setdefault((r, c0), (i, span, r0))
        out: list[list[RCell]] = []
        for r in range(len(self.row_tops)):
            row: list[RCell] = []
            for c in range(len(self.cols)):
                hit = placed.get((r, c))
                if hit is None:
                    continue
                i, span, r0 = hit
                if r0 != r:
                    row.append(RCell(paras=[], col=c, span=span, cont=True))
                    continue
                cell = self.cells[i]
                lines = _lines(self.words[i], self.page)
                row.append(RCell(paras=reader._paragraphs(lines, right=cell[2] - 4, cell=True), col=c, span=span))
            out.append(row)
        return out


def _starts(xs: list[float], tol: float = 2.0) -> list[float]:
    out: list[float] = []
    for x in sorted(xs):
        if not out or x - out[-1] > tol:
            out.append(x)
    return out


def _grid(bbox, cells, page: int) -> _Grid | None:
    cells = [tuple(float(v) for v in c) for c in cells]
    if not cells:
        return None
    g = _Grid(tuple(float(v) for v in bbox), cells, page)
    return g if g.cells else None


class _InflateGuard:
    """Stands in for ``zlib`` inside pdfminer while one PDF is read: every Flate stream it
    inflates counts against one budget, inflated no further than the budget allows, so a
    compressed "PDF bomb" stops at the limit instead of filling memory."""

    error = zlib.error
    decompressobj = staticmethod(zlib.decompressobj)

    def __init__(self, budget: int):
        self.left = budget
        self.exceeded = False

    def decompress(self, data: bytes, *args, **kwargs) -> bytes:
        d = zlib.decompressobj()
        out = d.decompress(data, max(self.left, 0) + 1)
        if len(out) > self.left or d.unconsumed_tail:
            self.exceeded = True
            raise _TooBig()
        self.left -= len(out)
        return out


class _TooBig(Exception):
    pass


def read_pdf(data: bytes, source: str) -> PdfText:
    """The PDF's text as paragraphs and tables. Raises :class:`PlanReadError` (one line)."""
    import pdfminer.pdftypes as pdftypes

    guard = _InflateGuard(limits.MAX_UNCOMPRESSED_BYTES)
    bomb = PlanReadError(source, f"too large once uncompressed (over {limits.MAX_UNCOMPRESSED_BYTES // (1024 * 1024)} MB "
                                 "of compressed streams): possible PDF bomb")
    saved = pdftypes.zlib
    pdftypes.zlib = guard  # type: ignore[assignment]
    try:
        out = _read_pdf(data, source)
    except PlanReadError:
        if guard.exceeded:
            raise bomb from None
        raise
    finally:
        pdftypes.zlib = saved
    if guard.exceeded:  # swallowed somewhere inside pdfminer: the text may be incomplete
        raise bomb
    return out


def _read_pdf(data: bytes, source: str) -> PdfText:
    try:
        import pdfplumber
        from pdfminer.pdfdocument import PDFPasswordIncorrect
        from pdfminer.pdfparser import PDFSyntaxError
        from pdfminer.pdftypes import resolve1
    except ImportError:  # pragma: no cover - a broken install
        raise PlanReadError(source, "cannot read PDF: pdfplumber is not installed (pip install pdfplumber)") from None
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except PDFPasswordIncorrect:
        raise PlanReadError(source, "password-protected (encrypted) PDF: remove the password and save it again") from None
    except PDFSyntaxError as e:
        raise PlanReadError(source, f"corrupt PDF ({_short(e) or 'not a PDF structure'})") from None
    except Exception as e:
        if "password" in str(e).lower() or type(e).__name__ == "PDFEncryptionError":
            raise PlanReadError(source, "password-protected (encrypted) PDF: remove the password and save it again") from None
        raise PlanReadError(source, f"corrupt PDF ({_short(e) or type(e).__name__})") from None
    with pdf:
        try:
            count = resolve1(resolve1(pdf.doc.catalog.get("Pages")).get("Count"))
            n_pages = int(count) if isinstance(count, int) else None
        except Exception:
            n_pages = None
        if n_pages is not None and n_pages > limits.MAX_PDF_PAGES:
            raise PlanReadError(source, f"too many pages ({n_pages}; limit {limits.MAX_PDF_PAGES})")
        reader = _Reader(pdf, source)
        try:
            pages_seen = len(pdf.pages)
            if pages_seen > limits.MAX_PDF_PAGES:
                raise PlanReadError(source, f"too many pages ({pages_seen}; limit {limits.MAX_PDF_PAGES})")
            if pages_seen == 0:
                raise PlanReadError(source, "corrupt PDF (no pages)")
            pages, chars = reader.collect(pages_seen)
        except PlanReadError:
            raise
        except PDFPasswordIncorrect:
            raise PlanReadError(source, "password-protected (encrypted) PDF: remove the password and save it again") from None
        except (RecursionError, MemoryError):
            raise
        except Exception as e:
            raise PlanReadError(source, f"corrupt PDF ({_short(e) or type(e).__name__})") from None
        if chars == 0 or not any(lines or grids for _p, _h, lines, grids in pages):
            raise PlanReadError(source, "no text layer (a scanned PDF?): OCR it first")
        reader.build(pages)
    n_ids = len(reader.line_page)
    if n_ids > limits.MAX_PARAGRAPHS:
        raise PlanReadError(source, f"too many lines ({n_ids}; limit {limits.MAX_PARAGRAPHS})")
    return PdfText(items=reader.items, line_page=reader.line_page, margins=reader.margins, pages=pages_seen)


def _short(e: BaseException) -> str:
    return " ".join(str(e).split())[:100]
