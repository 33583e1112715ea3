"""Bordered tables in a PDF: cells from ruling lines (pdfplumber's table finder), on a grid.

Each cell is read once: a cell merged across columns has a ``span``, one merged down has
continuation cells (``cont``) below it, and cells nested in a cell belong to it. The ends of
vertical rules are closed (a row broken over a page may have no border at the break), and a
lone box that pdfplumber leaves out (it keeps tables of two or more cells) is found too. A
table drawn without borders whose left column alone is shaded is found from its shading as one
column; the text beside each shaded cell is its row's second column (:func:`widen`).
"""

from __future__ import annotations

from collections.abc import Callable

from ehcaudit.reader.pdf_lines import Line, Word, lines_of, within
from ehcaudit.reader.raw import RCell, RPara

#: Joins a cell's lines into paragraphs (``Layout.paragraphs``): ``(lines, right=..., cell=True)``.
Paragraphs = Callable[..., list[RPara]]


def find_tables(page):
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


class Grid:
    """One bordered table: cells on a grid of column and row starts, nested and sliver cells dropped."""

    def __init__(self, bbox, cells: list[tuple[float, float, float, float]], page: int):
        self.bbox = bbox
        self.page = page
        cells = _unshade(cells)
        cells = [c for c in cells if c[2] - c[0] >= 8 and c[3] - c[1] >= 4]
        cells = [c for c in cells if not any(o is not c and o[0] - 1 <= c[0] and o[1] - 1 <= c[1]
                                             and c[2] <= o[2] + 1 and c[3] <= o[3] + 1
                                             and (o[2] - o[0]) * (o[3] - o[1]) > (c[2] - c[0]) * (c[3] - c[1]) + 1
                                             for o in cells)]
        self.cells = cells
        self.cols = _starts([c[0] for c in cells])
        self.row_tops = _starts([c[1] for c in cells])
        self.words: dict[int, list[Word]] = {i: [] for i in range(len(cells))}
        self.open_top = self.open_bottom = False
        self.page_height = 0

    def assign(self, words: list[Word]) -> None:
        for w in words:
            best = None
            for i, c in enumerate(self.cells):
                if within(w, c):
                    area = (c[2] - c[0]) * (c[3] - c[1])
                    if best is None or area < best[0]:
                        best = (area, i)
            if best is not None:
                self.words[best[1]].append(w)

    def all_lines(self) -> list[Line]:
        return [ln for i in self.words for ln in lines_of(self.words[i], self.page)]

    def rows(self, paragraphs: Paragraphs) -> list[list[RCell]]:
        """The table's rows of cells; ``paragraphs`` joins a cell's lines into paragraphs."""

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
                lines = lines_of(self.words[i], self.page)
                row.append(RCell(paras=paragraphs(lines, right=cell[2] - 4, cell=True), col=c, span=span))
            out.append(row)
        return out


def _unshade(cells: list[tuple[float, float, float, float]]) -> list[tuple[float, float, float, float]]:
    """A cell whose paragraphs are shaded (a box inset by the cell's padding, drawn as a filled
    rectangle) is cut by the box's edges into a sliver each side and the box's pieces: when two
    slivers (under 8 points wide) of the same height flank cells that lie between them, all of
    them are the one cell they fill."""
    slivers = [c for c in cells if c[2] - c[0] < 8]
    out = list(cells)
    for left in slivers:
        right = next((r for r in slivers if r is not left and r[0] > left[2] + 8 and abs(r[1] - left[1]) < 1
                      and abs(r[3] - left[3]) < 1
                      and any(abs(c[0] - left[2]) < 1 and abs(c[2] - r[0]) < 1 for c in cells)), None)
        if right is None or left not in out:
            continue
        box = (left[0], left[1], right[2], left[3])
        inside = [c for c in out if box[0] - 1 <= c[0] and c[2] <= box[2] + 1 and box[1] - 1 <= c[1] and c[3] <= box[3] + 1]
        out = [c for c in out if c not in inside] + [box]
    return out


def _starts(xs: list[float], tol: float = 2.0) -> list[float]:
    out: list[float] = []
    for x in sorted(xs):
        if not out or x - out[-1] > tol:
            out.append(x)
    return out


def grid(bbox, cells, page: int) -> Grid | None:
    cells = [tuple(float(v) for v in c) for c in cells]
    if not cells:
        return None
    g = Grid(tuple(float(v) for v in bbox), cells, page)
    return g if g.cells else None


def widen(g: Grid, words: list[Word]) -> Grid:
    """A one-column grid (a borderless table's shaded left column) with a column of the text
    beside it: when every word right of the grid within its height lies inside one of its rows,
    and some row has such words, each row gains a cell from the grid's right edge to that text's
    right edge. Any other grid is returned as it is."""
    if len(g.cols) != 1 or len(g.cells) < 2:
        return g
    x1, top, bottom = g.bbox[2], g.bbox[1], g.bbox[3]
    beside = [w for w in words if w.x0 >= x1 - 1 and top - 1 <= (w.top + w.bottom) / 2 <= bottom + 1]
    if not beside or not all(any(c[1] - 1 <= w.top and w.bottom <= c[3] + 1 for c in g.cells) for w in beside):
        return g
    right = max(w.x1 for w in beside) + 2
    cells = g.cells + [(x1, c[1], right, c[3]) for c in g.cells]
    wide = Grid((g.bbox[0], top, right, bottom), cells, g.page)
    return wide if len(wide.cols) == 2 else g
