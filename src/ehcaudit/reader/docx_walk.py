"""Walk a .docx body's XML (lxml) into the format-neutral stream of :mod:`raw` items.

Not python-docx's paragraph API: we need text inside content controls (``w:sdt``, block and
run level), tracked insertions (``w:ins``) but not deletions (``w:del``/``w:delText``/
``w:moveFrom``), merged cells read once, text boxes, and speed on 500-page plans.

``para_ids`` are indexes into ``list(body.iter(qn("w:p")))`` - the same list python-docx's
``document.element.body.iter(qn("w:p"))`` gives, so the Word-feedback writer can find them.
"""

from __future__ import annotations

import re

from lxml import etree

from ehcaudit.reader.raw import LIST_NUMBER_RE, TOC_LINE_RE, RCell, RPara, RTable
from ehcaudit.text import normalise

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def q(tag: str) -> str:
    return f"{{{W}}}{tag}"


W_P, W_TBL, W_TR, W_TC, W_SDT, W_SDTCONTENT = q("p"), q("tbl"), q("tr"), q("tc"), q("sdt"), q("sdtContent")
W_T, W_TAB, W_BR, W_CR, W_NBH, W_R = q("t"), q("tab"), q("br"), q("cr"), q("noBreakHyphen"), q("r")
W_PPR, W_RPR, W_PSTYLE, W_RSTYLE, W_NUMPR, W_NUMID = q("pPr"), q("rPr"), q("pStyle"), q("rStyle"), q("numPr"), q("numId")
W_B, W_CAPS, W_OUTLINE, W_VAL, W_VANISH = q("b"), q("caps"), q("outlineLvl"), q("val"), q("vanish")
W_TCPR, W_TRPR, W_GRIDSPAN, W_VMERGE, W_GRIDBEFORE = q("tcPr"), q("trPr"), q("gridSpan"), q("vMerge"), q("gridBefore")
W_DEL, W_MOVEFROM, W_TXBX, W_BODY = q("del"), q("moveFrom"), q("txbxContent"), q("body")
W_STRIKE, W_DSTRIKE = q("strike"), q("dstrike")
MC_FALLBACK = f"{{{MC}}}Fallback"
W_ALTCHUNK = q("altChunk")

_SKIP_ANCESTORS = {W_DEL, W_MOVEFROM, W_TXBX, MC_FALLBACK}
_TRANSPARENT = {q("customXml"), q("ins"), q("moveTo"), q("smartTag"), W_SDTCONTENT}
_TEXT_TAGS = (W_T, W_TAB, W_BR, W_CR, W_NBH)
_FALSE = {"0", "false", "off", "none"}

_HEADING_NAME_RE = re.compile(r"heading\s*\d|title$|subtitle$")
_TAB_PAIR_RE = re.compile(r"^\s*([^\t\n]{1,60}?)\s*\t+\s*([^\t\n]+?)\s*$")
_BULLET_RE = re.compile(r"^\s*[\u2022\u00b7\u25aa\u25e6\u2023\u25cf\u25cb\u25a0\u25a1\u27a2\u27a4\u2713\u2714\u2013\-*+]\s+")


class StyleInfo:
    """Heading / list / bold facts for each style id, following ``basedOn`` chains."""

    def __init__(self, styles_root: etree._Element | None):
        self.heading: dict[str, bool] = {}
        self.toc: dict[str, bool] = {}
        self.listy: dict[str, bool] = {}
        self.bold: dict[str, bool] = {}
        raw: dict[str, dict] = {}
        if styles_root is not None:
            for st in styles_root.iterchildren(q("style")):
                sid = st.get(q("styleId"))
                if not sid:
                    continue
                name_el = st.find(q("name"))
                name = (name_el.get(W_VAL) if name_el is not None else sid) or sid
                based = st.find(q("basedOn"))
                ppr = st.find(W_PPR)
                rpr = st.find(W_RPR)
                outline = ppr.find(W_OUTLINE) if ppr is not None else None
                b = rpr.find(W_B) if rpr is not None else None
                raw[sid] = {
                    "name": name.lower(),
                    "based": based.get(W_VAL) if based is not None else None,
                    "outline": outline is not None and (outline.get(W_VAL) or "9") not in ("9",),
                    "num": ppr is not None and ppr.find(W_NUMPR) is not None,
                    "bold": None if b is None else _on(b),
                }
        for sid in raw:
            self.toc[sid] = raw[sid]["name"].startswith("toc") or sid.lower().startswith("toc")
            self.heading[sid] = self._resolve(raw, sid, "heading") and not self.toc[sid]
            self.listy[sid] = self._resolve(raw, sid, "list")
            self.bold[sid] = self._resolve(raw, sid, "bold")

    @staticmethod
    def _resolve(raw: dict, sid: str, what: str) -> bool:
        seen = 0
        cur = sid
        while cur in raw and seen < 12:
            r = raw[cur]
            name = r["name"]
            if what == "heading":
                if _HEADING_NAME_RE.match(name) or r["outline"]:
                    return True
            elif what == "list":
                if r["num"] or "list" in name:
                    return True
            elif r["bold"] is not None:
                return r["bold"]
            cur = r["based"]
            seen += 1
        if what == "heading":
            return bool(re.match(r"(?i)heading\s*\d|title$", sid))
        if what == "list":
            return "list" in sid.lower()
        return False


class DocxWalker:
    def __init__(self, body: etree._Element, styles: StyleInfo):
        self.body = body
        self.styles = styles
        self.pidx = {p: i for i, p in enumerate(body.iter(W_P))}
        self.tidx = {t: i for i, t in enumerate(body.iter(W_TBL))}
        self.items: list[RPara | RTable] = []

    def walk(self) -> list[RPara | RTable]:
        self._blocks(self.body, self.items, in_cell=False)
        return self.items

    # -- block level ------------------------------------------------------------------
    def _blocks(self, container: etree._Element, out: list, in_cell: bool) -> None:
        for child in container:
            tag = child.tag
            if tag == W_P:
                self._para(child, out)
            elif tag == W_TBL:
                if in_cell:  # nested table: its paragraphs join the enclosing cell
                    for tr in self._rows(child):
                        for tc, _col, _span, cont in self._cells(tr):
                            if not cont:
                                self._blocks(tc, out, in_cell=True)
                else:
                    out.append(self._table(child))
            elif tag == W_SDT:
                content = child.find(W_SDTCONTENT)
                if content is not None:
                    self._blocks(content, out, in_cell)
            elif tag in _TRANSPARENT:
                self._blocks(child, out, in_cell)

    def _para(self, p: etree._Element, out: list) -> None:
        raw_text, bold_all, caps_all = self._text(p)
        text = normalise_keep_lines(raw_text)
        tab_pair = None
        tab_parts = None
        if "\t" in raw_text:
            parts = [normalise(x) for x in raw_text.split("\t")]
            tab_parts = [x for x in parts if x] or None
            tm = _TAB_PAIR_RE.match(raw_text) if ":" not in raw_text else None
            if tm:
                tab_pair = (normalise(tm.group(1)), normalise(tm.group(2)))
        ppr = p.find(W_PPR)
        style = None
        numbered = False
        outline = False
        if ppr is not None:
            ps = ppr.find(W_PSTYLE)
            style = ps.get(W_VAL) if ps is not None else None
            num = ppr.find(W_NUMPR)
            if num is not None:
                nid = num.find(W_NUMID)
                numbered = nid is None or (nid.get(W_VAL) or "0") != "0"
            ol = ppr.find(W_OUTLINE)
            outline = ol is not None and (ol.get(W_VAL) or "9") != "9"
        if text:
            is_heading_style = outline or (style is not None and self.styles.heading.get(style, False))
            if style is not None and style not in self.styles.heading:
                is_heading_style = is_heading_style or bool(re.match(r"(?i)heading\s*\d|title$", style))
            is_list = numbered or (style is not None and self.styles.listy.get(style, False))
            m = _BULLET_RE.match(text)
            if m:
                is_list = True
                text = text[m.end():].strip()
            elif LIST_NUMBER_RE.match(text):
                is_list = True
            style_bold = bool(style and self.styles.bold.get(style, False))
            caps = caps_all or _all_caps(text)
            if (style and self.styles.toc.get(style, style.lower().startswith("toc"))) or TOC_LINE_RE.search(raw_text[-40:]):
                signal = "toc"  # a table-of-contents entry names sections but does not start them
            elif is_heading_style:
                signal = "style"
            elif bold_all is True or (bold_all is None and style_bold) or caps:
                signal = "strong"
            else:
                signal = "weak"
            if text:
                out.append(RPara(text=text, para_ids=[self.pidx.get(p, -1)], signal=signal, is_list=is_list,
                                 tab_pair=tab_pair, tab_parts=tab_parts))
        # text boxes anchored in this paragraph: their paragraphs follow it
        for txbx in p.iter(W_TXBX):
            if not inside(txbx, p, {MC_FALLBACK, W_TXBX}):
                self._blocks(txbx, out, in_cell=True)

    def _text(self, p: etree._Element) -> tuple[str, bool | None, bool]:
        parts: list[str] = []
        bold_all: bool | None = None
        caps_all = True
        any_run = False
        for el in p.iter(*_TEXT_TAGS):
            if inside(el, p, _SKIP_ANCESTORS):
                continue
            tag = el.tag
            if tag == W_T:
                t = el.text or ""
                if not t or hidden(el.getparent()) or struck(el.getparent()):
                    continue
                parts.append(t)
                if t.strip():
                    b, c = self._run_format(el.getparent())
                    any_run = True
                    if b is False:
                        bold_all = False
                    elif b is True and bold_all is None:
                        bold_all = True
                    if not c:
                        caps_all = False
            elif tag == W_TAB:
                if (parent := el.getparent()) is not None and parent.tag == W_R:
                    parts.append("\t")
            elif tag == W_NBH:
                parts.append("-")
            else:
                if (parent := el.getparent()) is not None and parent.tag == W_R:
                    parts.append("\n")
        return "".join(parts), bold_all, caps_all and any_run

    def _run_format(self, run: etree._Element | None) -> tuple[bool | None, bool]:
        """(bold?, caps?) of a run: True/False if set, None if inherited from the paragraph."""
        if run is None or run.tag != W_R:
            return None, False
        rpr = run.find(W_RPR)
        if rpr is None:
            return None, False
        bold = None
        b = rpr.find(W_B)
        if b is not None:
            bold = _on(b)
        else:
            rs = rpr.find(W_RSTYLE)
            if rs is not None:
                sid = rs.get(W_VAL) or ""
                if self.styles.bold.get(sid) or re.search(r"(?i)heading|strong|bold", sid):
                    bold = True
        c = rpr.find(W_CAPS)
        caps = _on(c)
        return bold, caps

    # -- tables -------------------------------------------------------------------------
    def _rows(self, tbl: etree._Element):
        for child in tbl:
            if child.tag == W_TR:
                trpr = child.find(W_TRPR)
                if trpr is not None and trpr.find(W_DEL) is not None:
                    continue  # a tracked-deleted row
                yield child
            elif child.tag in (W_SDT, q("customXml")):
                inner = child.find(W_SDTCONTENT) if child.tag == W_SDT else child
                if inner is not None:
                    yield from self._rows(inner)

    def _cells(self, tr: etree._Element):
        col = 0
        trpr = tr.find(W_TRPR)
        if trpr is not None:
            gb = trpr.find(W_GRIDBEFORE)
            if gb is not None:
                col = _int(gb.get(W_VAL), 0)
        for tc in _iter_cells(tr):
            span = 1
            merged_continue = False
            tcpr = tc.find(W_TCPR)
            if tcpr is not None:
                gs = tcpr.find(W_GRIDSPAN)
                if gs is not None:
                    span = max(1, min(_int(gs.get(W_VAL), 1), 64))
                vm = tcpr.find(W_VMERGE)
                if vm is not None and (vm.get(W_VAL) or "continue") == "continue":
                    merged_continue = True
            yield tc, col, span, merged_continue
            col += span

    def _table(self, tbl: etree._Element) -> RTable:
        rows: list[list[RCell]] = []
        ncols = 0
        for tr in self._rows(tbl):
            cells: list[RCell] = []
            for tc, col, span, cont in self._cells(tr):
                if cont:
                    cells.append(RCell(paras=[], col=col, span=span, cont=True))
                    continue
                paras: list = []
                self._blocks(tc, paras, in_cell=True)
                cells.append(RCell(paras=[p for p in paras if isinstance(p, RPara)], col=col, span=span))
                ncols = max(ncols, col + span)
            rows.append(cells)
        return RTable(rows=rows, index=self.tidx.get(tbl, -1), ncols=ncols)


def _iter_cells(tr: etree._Element):
    for child in tr:
        if child.tag == W_TC:
            yield child
        elif child.tag in (W_SDT, q("customXml")):
            inner = child.find(W_SDTCONTENT) if child.tag == W_SDT else child
            if inner is not None:
                yield from _iter_cells(inner)


def _on(prop: etree._Element | None) -> bool:
    """Is a Word on/off property (w:b, w:caps, w:vanish, w:strike) set: present, and its w:val
    absent or not one that switches it off ("0", "false", "off", "none")?"""
    return prop is not None and (prop.get(W_VAL) or "1").lower() not in _FALSE


def _run_props(run: etree._Element | None) -> etree._Element | None:
    """A text run's own properties (w:rPr); None for no run, another element or a bare run."""
    return None if run is None or run.tag != W_R else run.find(W_RPR)


def hidden(run: etree._Element | None) -> bool:
    """Hidden text (w:vanish) is not shown in Word, so it is not part of the plan (the
    feedback copy counts text by the same rule: :mod:`ehcaudit.feedback`)."""
    rpr = _run_props(run)
    return rpr is not None and _on(rpr.find(W_VANISH))


def struck(run: etree._Element | None) -> bool:
    """Struck-through text (w:strike/w:dstrike) is removed text in an amendment notice or a
    draft amended plan: not part of the plan, as a tracked deletion is not."""
    rpr = _run_props(run)
    return rpr is not None and (_on(rpr.find(W_STRIKE)) or _on(rpr.find(W_DSTRIKE)))


def inside(el: etree._Element, stop: etree._Element, tags: set[str]) -> bool:
    parent = el.getparent()
    while parent is not None and parent is not stop:
        if parent.tag in tags:
            return True
        parent = parent.getparent()
    return False


def _int(value: str | None, default: int) -> int:
    try:
        return int(value or default)
    except (TypeError, ValueError):
        return default


def _all_caps(text: str) -> bool:
    """ALL CAPS with at least three letters (only short texts can be headings)."""
    return len(text) <= 400 and text.isupper() and sum(c.isalpha() for c in text) >= 3


def normalise_keep_lines(text: str) -> str:
    lines = [normalise(line) for line in text.replace("\r", "\n").split("\n")]
    return "\n".join(line for line in lines if line).strip()
