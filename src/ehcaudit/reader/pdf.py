"""Read a PDF's text layer (pdfplumber, MIT, on pdfminer.six) into the format-neutral stream.

The PDF has no paragraphs, headings or cells, only characters at positions in given fonts, and
ruling lines. They are rebuilt in two passes, each in its own module:

* :mod:`pdf_lines` - a page's words (font size, bold; struck-through text dropped) grouped into
  lines, a line split into segments at gaps wider than about an em; bullets and numbers;
* :mod:`pdf_grid` - bordered tables from ruling lines (pdfplumber's table finder), on a grid;
* :mod:`pdf_pages` - pass 1: every page's lines and grids within the safety limits, and the
  page headers and footers (lines near an edge that repeat, or page numbers) set aside;
* :mod:`pdf_layout` - pass 2: paragraphs, heading signals, lists, borderless tables and tables
  that go on over a page break, in reading order.

This module opens the file, with the limits of :mod:`limits` (pages, characters, time, and a
budget for inflated streams against a "PDF bomb"), and turns every failure into one line
(:class:`PlanReadError`). ``para_ids`` are line numbers, counted over the whole document;
:attr:`PdfText.line_page` gives each line's page (1-based) for locations ("Section F, page 3,
paragraph 2").
"""

from __future__ import annotations

import io
import time
import zlib
from dataclasses import dataclass, field

from ehcaudit.errors import PlanReadError
from ehcaudit.reader import limits
from ehcaudit.reader.pdf_layout import Layout
from ehcaudit.reader.pdf_pages import collect, split_margins
from ehcaudit.reader.raw import RPara, RTable


@dataclass
class PdfText:
    items: list[RPara | RTable]
    line_page: list[int]  # line id -> page number (1-based)
    margins: list[str] = field(default_factory=list)  # page header/footer lines, set aside
    pages: int = 0


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
    # lazy: pdfminer/pdfplumber cost about 0.17 s in every worker; only a PDF plan needs them
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
        # lazy: pdfminer/pdfplumber cost about 0.17 s in every worker; only a PDF plan needs them
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
        start = time.monotonic()
        try:
            pages_seen = len(pdf.pages)
            if pages_seen > limits.MAX_PDF_PAGES:
                raise PlanReadError(source, f"too many pages ({pages_seen}; limit {limits.MAX_PDF_PAGES})")
            if pages_seen == 0:
                raise PlanReadError(source, "corrupt PDF (no pages)")
            read = collect(pdf, source, pages_seen, start)
        except PlanReadError:
            raise
        except PDFPasswordIncorrect:
            raise PlanReadError(source, "password-protected (encrypted) PDF: remove the password and save it again") from None
        except (RecursionError, MemoryError):
            raise
        except Exception as e:
            raise PlanReadError(source, f"corrupt PDF ({_short(e) or type(e).__name__})") from None
        if read.chars == 0 or not any(lines or grids for _p, _h, lines, grids in read.pages):
            raise PlanReadError(source, "no text layer (a scanned PDF?): OCR it first")
        per_page, margins = split_margins(read.pages)
        layout = Layout(read.extent)
        layout.build(per_page)
    n_ids = len(layout.line_page)
    if n_ids > limits.MAX_PARAGRAPHS:
        raise PlanReadError(source, f"too many lines ({n_ids}; limit {limits.MAX_PARAGRAPHS})")
    return PdfText(items=layout.items, line_page=layout.line_page, margins=margins, pages=pages_seen)


def _short(e: BaseException) -> str:
    return " ".join(str(e).split())[:100]
