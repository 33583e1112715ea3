"""Reading a PDF, pass 1: every page's lines and bordered tables, and its header and footer.

Each page is read once (words, lines, table grids; the safety limits checked as it goes) and
then closed, so only our words and grids are kept. Page headers and footers are lines near the
top or bottom edge that repeat on other pages (digits aside) or are page numbers: they are set
aside, not plan text (their ``label: value`` pairs feed the front matter, as a Word header's do).
"""

from __future__ import annotations

import re
import time
from collections import Counter
from dataclasses import dataclass

from ehcaudit.errors import PlanReadError
from ehcaudit.reader import limits
from ehcaudit.reader.pdf_grid import Grid, find_tables, grid, widen
from ehcaudit.reader.pdf_lines import Line, Word, lines_of, within, words_of

_PAGE_NO_RE = re.compile(r"(?i)^\s*(?:page\s*)?[-\u2013(]?\s*\d{1,4}\s*[-\u2013)]?\s*(?:(?:of|/)\s*\d{1,4})?\s*$")

#: One page: (page number, height, lines outside tables, bordered tables).
Page = tuple[int, float, list[Line], list[Grid]]


@dataclass
class Pages:
    pages: list[Page]
    chars: int  # characters on all pages
    extent: dict[int, tuple[float, float]]  # page height -> (top, bottom) of all content


def collect(pdf, source: str, n_pages: int, start: float) -> Pages:
    """Words, lines and table grids of every page; :class:`PlanReadError` past a limit (the
    time limit counts from ``start``, a ``time.monotonic()``)."""
    out = Pages(pages=[], chars=0, extent={})
    for pno, page in enumerate(pdf.pages, start=1):
        if time.monotonic() - start > limits.PDF_TIME_LIMIT_SECONDS:
            raise PlanReadError(source, f"took longer than {limits.PDF_TIME_LIMIT_SECONDS} s to read "
                                        f"(stopped at page {pno} of {n_pages})")
        out.chars += len(page.chars)
        if out.chars > limits.MAX_PDF_CHARS:
            raise PlanReadError(source, f"too much text (over {limits.MAX_PDF_CHARS:,} characters)")
        try:
            tables = find_tables(page)
        except Exception:  # a damaged drawing on one page: read its text without tables
            tables = [], [], []
        words = words_of(page, None)
        grids = _grids(tables, words, pno)
        body_words = [w for w in words if not any(within(w, g.bbox) for g in grids)]
        for g in grids:
            g.assign([w for w in words if within(w, g.bbox)])
        _extend(out.extent, page, words, grids)
        out.pages.append((pno, float(page.height), lines_of(body_words, pno), grids))
        if hasattr(page, "close"):
            page.close()  # drop the page's parsed objects: only our words and grids are kept
    return out


def _grids(tables: tuple, words: list[Word], pno: int) -> list[Grid]:
    """The page's bordered tables (``tables`` as :func:`find_tables` returns them), a lone box
    broken over the page among them, each marked open at the top or bottom where it has no border."""
    grids = []
    found, rules, singles = tables
    for t in found:
        g = grid(t.bbox, t.cells, pno)
        if g is not None:
            grids.append(widen(g, words))
    # a table inside a cell of another (a shaded paragraph's box, inset by the cell's padding,
    # or a nested table) is part of that cell: its words are the cell's, read once
    grids = [g for g in grids if not any(o is not g and _inside(g.bbox, o.bbox) for o in grids)]
    for cell in singles:
        # pdfplumber keeps only tables of two or more cells; a lone box that is the last
        # (or first) thing on its page is a table row broken over the page
        inside = [w for w in words if within(w, cell)]
        if not inside or any(within(w, g.bbox) for g in grids for w in inside[:1]):
            continue
        others = [w for w in words if not within(w, cell)]
        if all(w.top < cell[1] for w in others) or all(w.top > cell[3] for w in others):
            g = grid(cell, [cell], pno)
            if g is not None:
                grids.append(g)
    for g in grids:
        # a row broken over the page may have no border at the break: open top / bottom
        g.open_top = not any(abs(y - g.bbox[1]) < 1.5 for y in rules)
        g.open_bottom = not any(abs(y - g.bbox[3]) < 1.5 for y in rules)
    return grids


def _inside(a: tuple, b: tuple) -> bool:
    """Box ``a`` lies within box ``b`` and is smaller."""
    return (b[0] - 1 <= a[0] and b[1] - 1 <= a[1] and a[2] <= b[2] + 1 and a[3] <= b[3] + 1
            and (a[2] - a[0]) * (a[3] - a[1]) < (b[2] - b[0]) * (b[3] - b[1]) - 1)


def _extend(extent: dict[int, tuple[float, float]], page, words: list[Word], grids: list[Grid]) -> None:
    """Widen the extent of all content on pages of this height; mark each grid with the height."""
    tops = [w.top for w in words] + [g.bbox[1] for g in grids]
    bottoms = [w.bottom for w in words] + [g.bbox[3] for g in grids]
    key = round(float(page.height))
    if tops:
        lo, hi = extent.get(key, (1e9, -1e9))
        extent[key] = (min(lo, min(tops)), max(hi, max(bottoms)))
    for g in grids:
        g.page_height = key


def _is_margin(ln: Line, height: float) -> bool:
    return ln.bottom < height * 0.09 or ln.top > height * 0.91


def _norm_margin(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.lower().split()))


def split_margins(pages: list[Page]) -> tuple[list[tuple[int, list[Line], list[Grid]]], list[str]]:
    """Each page's body (page number, lines, grids) without its header and footer lines, and
    the text of those lines, in page order."""
    margin_texts: Counter[str] = Counter()
    for _pno, height, lines, _g in pages:
        for t in {_norm_margin(ln.text) for ln in lines if _is_margin(ln, height)}:
            margin_texts[t] += 1
    margins: list[str] = []
    per_page = []
    for pno, height, lines, grids in pages:
        body = []
        for ln in lines:
            key = _norm_margin(ln.text)
            if _is_margin(ln, height) and (margin_texts[key] >= 2 or _PAGE_NO_RE.match(ln.text)):
                margins.append(ln.text)
            else:
                body.append(ln)
        per_page.append((pno, body, grids))
    return per_page, margins
