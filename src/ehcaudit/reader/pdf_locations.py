"""Locations a person can find in a PDF: the page goes in, paragraphs are counted on that page.

The structure builder gives Word-style locations ("Section F, paragraph 7"). In a PDF a reader
turns to a page, so each becomes "Section F, page 3, paragraph 2" (the second paragraph of
Section F on page 3); list items and sub-headings likewise. Table locations keep their row
and column and gain the page of the cell: "Section B/F/E table (Cognition and learning),
page 6, row 2, column 'F – Special Educational Provision'"; a section heading becomes
"Section F heading, page 4".
"""

from __future__ import annotations

import re

from ehcaudit.model import AdviceItem, Block

_COUNTED_RE = re.compile(r"^(?P<pre>Section [A-Z0-9]+|Front matter), (?P<kind>paragraph|list item|heading) \d+$")


def _page_of(block: Block, line_page: list[int]) -> int | None:
    pages = [line_page[i] for i in block.para_ids if 0 <= i < len(line_page)]
    return min(pages) if pages else None


def with_page(location: str, page: int) -> str:
    """Put ``page N`` after the location's first part ("Section K, page 9, table row 4")."""
    head, sep, rest = location.partition(", ")
    return f"{head}, page {page}" + (f", {rest}" if sep else "")


def add_pages(blocks: list[Block], advice: list[AdviceItem], line_page: list[int]) -> None:
    counts: dict[tuple[str, int, str], int] = {}
    old_to_new: dict[str, str] = {}
    for b in blocks:
        page = _page_of(b, line_page)
        if page is None:
            continue
        old = b.location
        m = _COUNTED_RE.match(old)
        if m:
            key = (m.group("pre"), page, m.group("kind"))
            counts[key] = counts.get(key, 0) + 1
            new = f"{m.group('pre')}, page {page}, {m.group('kind')} {counts[key]}"
        elif ", " not in old:
            new = f"{old}, page {page}"  # "Section F heading, page 4"
        else:
            new = with_page(old, page)
        b.location = new
        old_to_new.setdefault(old, new)
    for item in advice:
        if item.location in old_to_new:
            item.location = old_to_new[item.location]
        elif 0 <= item.block_id < len(blocks):
            page = _page_of(blocks[item.block_id], line_page)
            if page is not None:
                item.location = with_page(item.location, page)
