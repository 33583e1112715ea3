"""A PDF page's words and lines (pdfplumber, MIT): the first step of reading a PDF's text layer.

Words come with their font facts (size, bold); struck-through characters (removed text in an
amended plan) are dropped. Words are grouped into **lines** by their baseline, and a gap wider
than about an em between words splits a line into *segments* (text typed in columns, tab
stops). A bullet glyph or a number ("1.", "a)") at a line's start marks a list item.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_BULLETS = set("\u2022\u00b7\u25aa\u25e6\u2023\u25cf\u25cb\u25a0\u25a1\u27a2\u27a4\u2713\u2714\u2013-*+o\uf0a7\uf0b7\uf0d8\uf076\uf0fc")
_BOLD_RE = re.compile(r"(?i)bold|black|heavy|semibold|demi")


@dataclass
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    glue: bool = False  # what is left of a word after struck-through text: joins the word before


@dataclass
class Line:
    words: list[Word]
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

    def segments(self, gap: float) -> list[list[Word]]:
        out: list[list[Word]] = [[self.words[0]]]
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


def words_of(page, region_filter) -> list[Word]:
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
        out.append(Word(text=text, x0=float(w["x0"]), x1=float(w["x1"]), top=float(w["top"]),
                         bottom=float(w["bottom"]), size=round(float(w.get("size") or 0), 1),
                         bold=bool(_BOLD_RE.search(str(w.get("fontname") or ""))),
                         glue=bool(text) and text != w["text"] and not w["text"].startswith(text)
                         and not text[0].isalnum()))
    return out


def lines_of(words: list[Word], page: int) -> list[Line]:
    """Words grouped into lines by their vertical middle, each line's words left to right."""
    words = sorted(words, key=lambda w: (round((w.top + w.bottom) / 2), w.x0))
    lines: list[Line] = []
    for w in words:
        mid = (w.top + w.bottom) / 2
        for ln in reversed(lines[-3:]):
            if abs(mid - (ln.top + ln.bottom) / 2) <= max(2.0, 0.3 * w.size):
                ln.words.append(w)
                break
        else:
            lines.append(Line(words=[w], page=page))
    for ln in lines:
        ln.words.sort(key=lambda w: w.x0)
    lines = [ln for ln in lines if any(w.text for w in ln.words)]  # not a line only struck through
    lines.sort(key=lambda ln: (ln.top, ln.x0))
    return lines


def within(w: Word, bbox) -> bool:
    cx, cy = (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2
    return bbox[0] - 1 <= cx <= bbox[2] + 1 and bbox[1] - 1 <= cy <= bbox[3] + 1


def _is_marker(text: str) -> bool:
    return (len(text) == 1 and (text in _BULLETS or 0xE000 <= ord(text) <= 0xF8FF)) or bool(
        re.fullmatch(r"\(?(?:\d{1,3}|[a-z]|i|ii|iii|iv|v|vi|vii|viii|ix|x)[.)]", text))


def bullet(ln: Line) -> str | None:
    first = ln.words[0].text
    if len(first) == 1 and (first in _BULLETS or 0xE000 <= ord(first) <= 0xF8FF) and len(ln.words) > 1:
        return first
    if len(first) > 1 and (first[0] in "\u2022\u25aa\u25cf\u25e6\u27a2" or 0xE000 <= ord(first[0]) <= 0xF8FF):
        return first[0]
    return None
