"""Text outside a plan's body, for the privacy check only (never the rubric).

Hurried anonymisation misses the parts of a Word file nobody reads on screen: page headers and
footers, comments, footnotes and endnotes, image alt text, tracked deletions, hidden text,
struck-through text and the document's properties (author, title ...). The reader collects them
here as :class:`~ehcaudit.model.OutsideText` items, each named by its part ("Page header",
"Comment 3", "Tracked deletion 1", "Document properties: author"), so that
:func:`ehcaudit.privacy.scan_plan` can look for identifiers in them. The rubric never sees them.

Every part is read within the same safety limits as the body (:class:`SafeDocx`); a damaged
optional part is skipped, never fatal.
"""

from __future__ import annotations

import re

from lxml import etree

from ehcaudit.errors import PlanReadError
from ehcaudit.model import OutsideText
from ehcaudit.reader.container import SafeDocx
from ehcaudit.reader.docx_walk import (
    MC_FALLBACK,
    W_DSTRIKE,
    W_P,
    W_R,
    W_STRIKE,
    W_T,
    W_VANISH,
    q,
    struck,
)
from ehcaudit.reader.docx_walk import hidden as hidden_run
from ehcaudit.text import normalise

WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture"
DC = "http://purl.org/dc/elements/1.1/"
CP = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
EP = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
CUSTOM = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
VML = "urn:schemas-microsoft-com:vml"

W_DELTEXT, W_MOVEFROM = q("delText"), q("moveFrom")
#: At most this many items of one kind are kept (a hostile file cannot make the scan endless).
MAX_ITEMS = 2000
#: Each item's text is cut to this many characters (identifiers are short).
MAX_CHARS = 20000

#: Core and extended properties worth scanning, with the name a person sees in Word.
_CORE = {
    f"{{{DC}}}creator": "author", f"{{{CP}}}lastModifiedBy": "last modified by",
    f"{{{DC}}}title": "title", f"{{{DC}}}subject": "subject", f"{{{DC}}}description": "comments",
    f"{{{CP}}}keywords": "keywords", f"{{{CP}}}category": "category", f"{{{CP}}}contentStatus": "status",
}
_APP = {f"{{{EP}}}Company": "company", f"{{{EP}}}Manager": "manager"}
#: Properties that hold a person's name when they hold anything.
NAME_PROPERTIES = {"author", "last modified by", "manager"}


def _clip(text: str) -> str:
    return normalise(text[:MAX_CHARS])


def _para_text(p: etree._Element) -> str:
    """Everything typed in a paragraph, deleted, hidden and struck text included."""
    return "".join(el.text or "" for el in p.iter(W_T, W_DELTEXT) if not _in_fallback(el, p))


def _in_fallback(el: etree._Element, stop: etree._Element) -> bool:
    parent = el.getparent()
    while parent is not None and parent is not stop:
        if parent.tag == MC_FALLBACK:
            return True
        parent = parent.getparent()
    return False


def _paragraph_of(el: etree._Element) -> etree._Element | None:
    parent = el.getparent()
    while parent is not None and parent.tag != W_P:
        parent = parent.getparent()
    return parent


def _inline_items(root: etree._Element, where: str) -> list[OutsideText]:
    """Tracked deletions, hidden text, struck-through text and alt text in one XML part,
    one item per paragraph and kind ("Tracked deletion 2", "Page header: hidden text 1")."""
    out: list[OutsideText] = []
    prefix = f"{where}: " if where else ""
    kinds: list[tuple[str, dict[etree._Element, list[str]]]] = [
        ("tracked deletion", {}), ("hidden text", {}), ("struck-through text", {})]
    deleted, hidden, strike = (k[1] for k in kinds)
    # Found from the rare marks (deletions, w:vanish, w:strike), not by visiting every run.
    for el in root.iter(W_DELTEXT):
        p = _paragraph_of(el)
        if p is not None and el.text:
            deleted.setdefault(p, []).append(el.text)
    for moved in root.iter(W_MOVEFROM):
        for el in moved.iter(W_T):
            p = _paragraph_of(el)
            if p is not None and el.text:
                deleted.setdefault(p, []).append(el.text)
    seen: set[etree._Element] = set()
    for mark in root.iter(W_VANISH, W_STRIKE, W_DSTRIKE):
        rpr = mark.getparent()
        run = rpr.getparent() if rpr is not None else None
        if run is None or run.tag != W_R or run in seen:
            continue
        is_hidden = hidden_run(run)
        if not is_hidden and not struck(run):
            continue
        seen.add(run)
        p = _paragraph_of(run)
        text = "".join(t.text or "" for t in run.iter(W_T))
        if p is not None and text:
            (hidden if is_hidden else strike).setdefault(p, []).append(text)
    for kind, found in kinds:
        for n, (_p, texts) in enumerate(list(found.items())[:MAX_ITEMS], start=1):
            text = _clip("".join(texts))
            if text:
                label = f"{prefix}{kind} {n}"
                out.append(OutsideText(part=label[:1].upper() + label[1:], text=text))
    n = 0
    for tag in (f"{{{WP}}}docPr", f"{{{PIC}}}cNvPr", f"{{{VML}}}shape", f"{{{VML}}}imagedata"):
        for el in root.iter(tag):
            alt = " ".join(x for x in dict.fromkeys(
                (el.get(a) or "").strip() for a in ("descr", "title", "alt", f"{{{VML}}}title")) if x)
            if alt and n < MAX_ITEMS:
                n += 1
                label = f"{prefix}image alt text {n}"
                out.append(OutsideText(part=label[:1].upper() + label[1:], text=_clip(alt)))
    return out


def _parse(docx: SafeDocx, name: str) -> etree._Element | None:
    try:
        return docx.parse(name)
    except PlanReadError:
        return None


def _numbered(names: set[str], stem: str) -> list[str]:
    return sorted((n for n in names if re.fullmatch(rf"word/{stem}\d*\.xml", n)),
                  key=lambda n: (len(n), n))


def outside_texts(docx: SafeDocx, body: etree._Element) -> list[OutsideText]:
    """Every text outside the body's plan text, named by its part."""
    out = _inline_items(body, "")
    for stem, label in (("header", "Page header"), ("footer", "Page footer")):
        for name in _numbered(docx.names, stem):
            root = _parse(docx, name)
            if root is None:
                continue
            text = _clip("\n".join(t for t in (_para_text(p) for p in root.iter(W_P)) if t.strip()))
            if text:
                out.append(OutsideText(part=label, text=text))
            out.extend(_inline_items(root, label))
    out.extend(_notes(docx, "word/comments.xml", q("comment"), "Comment"))
    out.extend(_notes(docx, "word/footnotes.xml", q("footnote"), "Footnote"))
    out.extend(_notes(docx, "word/endnotes.xml", q("endnote"), "Endnote"))
    out.extend(_properties(docx))
    return out


def _notes(docx: SafeDocx, name: str, tag: str, label: str) -> list[OutsideText]:
    if name not in docx.names:
        return []
    root = _parse(docx, name)
    if root is None:
        return []
    out: list[OutsideText] = []
    n = 0
    for note in root.iter(tag):
        if note.get(q("type")) in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        n += 1
        if n > MAX_ITEMS:
            break
        text = _clip("\n".join(t for t in (_para_text(p) for p in note.iter(W_P)) if t.strip()))
        if text:
            out.append(OutsideText(part=f"{label} {n}", text=text))
        author = (note.get(q("author")) or "").strip()
        if author:
            out.append(OutsideText(part=f"{label} {n}: author", text=_clip(author), is_name=True))
    return out


def _properties(docx: SafeDocx) -> list[OutsideText]:
    out: list[OutsideText] = []
    for name, fields in (("docProps/core.xml", _CORE), ("docProps/app.xml", _APP)):
        if name not in docx.names:
            continue
        root = _parse(docx, name)
        if root is None:
            continue
        for child in root:
            what = fields.get(str(child.tag))
            text = _clip("".join(child.itertext()))
            if what and text:
                out.append(OutsideText(part=f"Document properties: {what}", text=text,
                                       is_name=what in NAME_PROPERTIES))
    if "docProps/custom.xml" in docx.names:
        root = _parse(docx, "docProps/custom.xml")
        for prop in (root if root is not None else [])[:MAX_ITEMS]:
            label = normalise(prop.get("name") or "custom")[:60]
            text = _clip("".join(prop.itertext()))
            if text:
                out.append(OutsideText(part=f"Document properties: {label}", text=f"{label}: {text}"))
    return out
