"""The format-neutral stream both readers (docx and text) produce for the structure builder."""

from __future__ import annotations

import re
from dataclasses import dataclass

#: "Section A: Views .......... 3" / "Section A: Views<TAB>3": a contents line, signal "toc" (the docx
#: and text readers; the PDF reader's own, looser rule is pdf_layout._TOC_RE, as a PDF keeps no tabs).
TOC_LINE_RE = re.compile(r"(?:\.{4,}|\u2026{2,}|\t)\s*\d{1,3}\s*$")
#: A list item's number in front of a paragraph: "1.", "2)", "(a)", "b.", "(iv)" - the paragraph is a list
#: item (the docx and PDF readers; the text reader's own, without roman numerals, is text_walk._NUMBER_RE).
LIST_NUMBER_RE = re.compile(r"^\s*(?:\(?\d{1,3}[.)]|\(?[a-z][.)]|\(?(?:i|ii|iii|iv|v|vi|vii|viii|ix|x)\))\s+")


@dataclass
class RPara:
    """A paragraph (or a line of a text file)."""

    text: str
    para_ids: list[int]
    signal: str = "weak"  # "style" | "strong" | "weak" (see headings.py)
    is_list: bool = False
    tab_pair: tuple[str, str] | None = None  # "Plan reference<TAB>EHC-1" (label, value)
    tab_parts: list[str] | None = None  # text split at tabs (columns typed with tab stops)


@dataclass
class RCell:
    """One table cell, read once even when merged. ``paras`` keeps each paragraph's signal."""

    paras: list[RPara]
    col: int  # grid column where the cell starts (0-based)
    span: int = 1
    cont: bool = False  # a vertically merged continuation: no text of its own (read once, above)

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.paras if p.text)

    @property
    def para_ids(self) -> list[int]:
        return [i for p in self.paras if p.text for i in p.para_ids]

    @property
    def signal(self) -> str:
        first = next((p for p in self.paras if p.text), None)
        return first.signal if first else "weak"


@dataclass
class RTable:
    rows: list[list[RCell]]
    index: int  # document-order table index
    ncols: int = 0
    markdown: bool = False
