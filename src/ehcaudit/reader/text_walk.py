"""Plain text and Markdown plans into the format-neutral stream of :mod:`raw` items.

Each non-blank line is one paragraph (``para_ids`` = its 0-based line number), except that a
line starting in lower case straight after a line with no closing punctuation continues it
(soft-wrapped prose), so ``para_ids`` may list several lines. Headings:
``# ...`` (and setext underlines) are styled; a whole line in ``**bold**``/``__bold__`` or in
ALL CAPS is strong; anything else is weak. ``- ``, ``* ``, ``+ ``, ``• `` and ``1. ``/``1) ``
start list items. Consecutive lines starting with ``|`` are a pipe table (the ``|---|``
separator row is skipped; ``<br>`` inside a cell is a line break).
"""

from __future__ import annotations

import re

from ehcaudit.reader.raw import TOC_LINE_RE, RCell, RPara, RTable
from ehcaudit.text import normalise

_ATX_RE = re.compile(r"^\s{0,3}(#{1,6})\s*(.*?)\s*#*\s*$")
_BULLET_RE = re.compile(r"^\s*(?:[-*+\u2022\u00b7\u25aa\u25e6\u2013]\s+)")
_NUMBER_RE = re.compile(r"^\s*(?:\(?\d{1,3}[.)]|\(?[a-z][.)])\s+")
_RULE_RE = re.compile(r"^\s*(?:[-=*_]\s*){3,}$")
_SEP_ROW_RE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_BOLD_LINE_RE = re.compile(r"^\s*(\*\*|__)(.+?)\1\s*:?\s*$")
_INLINE_RE = re.compile(r"(\*\*|__)(.+?)\1")
_BR_RE = re.compile(r"<br\s*/?>", re.IGNORECASE)


def _clean_inline(text: str) -> str:
    text = _INLINE_RE.sub(r"\2", text)
    return normalise(text)


def _split_row(line: str) -> list[str]:
    s = line.strip()
    if s.startswith("|"):
        s = s[1:]
    if s.endswith("|") and not s.endswith("\\|"):
        s = s[:-1]
    cells = re.split(r"(?<!\\)\|", s)
    return [c.replace("\\|", "|") for c in cells]


def walk_text(text: str, markdown: bool) -> list[RPara | RTable]:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    items: list[RPara | RTable] = []
    table_no = 0
    i = 0
    n = len(lines)
    while i < n:
        raw = lines[i]
        line = raw.strip()
        if not line:
            i += 1
            continue
        # pipe tables
        if line.startswith("|") and line.count("|") >= 2:
            rows: list[list[RCell]] = []
            ncols = 0
            while i < n and lines[i].strip().startswith("|"):
                row_line = lines[i].strip()
                if not _SEP_ROW_RE.match(row_line):
                    cells = []
                    for c, cell_text in enumerate(_split_row(row_line)):
                        parts = [_clean_inline(p) for p in _BR_RE.split(cell_text)]
                        paras = [RPara(text=p, para_ids=[i], signal=_signal_of(p)) for p in parts if p]
                        cells.append(RCell(paras=paras, col=c))
                    ncols = max(ncols, len(cells))
                    rows.append(cells)
                i += 1
            items.append(RTable(rows=rows, index=table_no, ncols=ncols, markdown=True))
            table_no += 1
            continue
        if _RULE_RE.match(line):
            i += 1
            continue
        # setext heading: a line underlined with === or ---
        if i + 1 < n and re.fullmatch(r"\s*(=+|-+)\s*", lines[i + 1]) and len(lines[i + 1].strip()) >= 3:
            items.append(RPara(text=_clean_inline(line), para_ids=[i], signal="style"))
            i += 2
            continue
        m = _ATX_RE.match(line)
        if m and (markdown or line.startswith("# ") or line.startswith("## ")):
            t = _clean_inline(m.group(2))
            if t:
                items.append(RPara(text=t, para_ids=[i], signal="style"))
            i += 1
            continue
        is_list = False
        bm = _BULLET_RE.match(line)
        if bm:
            is_list = True
            line = line[bm.end():]
        elif _NUMBER_RE.match(line):
            is_list = True
        if line.startswith(">"):
            line = line.lstrip("> ")
        signal = "toc" if TOC_LINE_RE.search(line) else "weak"
        bl = None if signal == "toc" else _BOLD_LINE_RE.match(_NUMBER_RE.sub("", line, count=1))
        if bl:
            signal = "strong"
        t = _clean_inline(line)
        if signal == "weak":
            signal = _signal_of(t)
        if t:
            prev = items[-1] if items else None
            if (isinstance(prev, RPara) and not is_list and signal == "weak" and prev.signal == "weak"
                    and prev.para_ids[-1] == i - 1 and t[:1].islower()
                    and not prev.text.endswith((".", "!", "?", ":", ";"))):
                # a soft-wrapped line ("... will follow a" / "three-step instruction.") continues
                # the paragraph or list item above
                prev.text = f"{prev.text} {t}"
                prev.para_ids.append(i)
            else:
                items.append(RPara(text=t, para_ids=[i], signal=signal, is_list=is_list))
        i += 1
    return items


def _signal_of(text: str) -> str:
    if len(text) <= 400 and text.isupper() and sum(c.isalpha() for c in text) >= 3:
        return "strong"
    return "weak"
