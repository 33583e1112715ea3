"""Feedback to plan writers: the plan back in Word, with a comment on the exact words behind
every issue, and a summary appended after a page break.

The original file is only ever read; the reviewed copy is written to a new path.

Anchoring: a finding names a block (``Finding.block_id``) and the block lists the document-order
indexes of its ``w:p`` elements (``Block.para_ids``, indexes into
``list(document.element.body.iter(qn("w:p")))``). The finding's quote is looked up in the text
of those paragraphs (white space, typographic quotes and dashes folded; a clipped quote ending
in "…" matches on its prefix); runs are split at the quote's edges (each half keeps the run's
``w:rPr``) so the comment covers exactly those words, across paragraphs if the quote does. When
the quote cannot be found in its block, the comment covers the block's paragraphs; when the
finding has no block, the whole body is searched; failing that (or when nothing is quoted) the
finding is listed in the summary under "Findings without a place in the text".

One comment per issue finding, never merged, so every issue appears exactly once. Evidence
findings (what earned a good level) are not comments: the summary lists a few as "What works
well".
"""

from __future__ import annotations

import copy
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import docx
from docx.document import Document as DocxDocument
from docx.enum.text import WD_BREAK
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.package import OpcPackage
from docx.opc.part import PartFactory
from docx.oxml.ns import qn
from docx.parts.document import DocumentPart
from docx.shared import Pt

from ehcaudit.errors import PlanReadError
from ehcaudit.model import Plan
from ehcaudit.reader.docx_walk import hidden, inside
from ehcaudit.results import CriterionResult, Finding, PlanResult
from ehcaudit.rubric.schema import Rubric
from ehcaudit.rubric.scoring import gains

W_P, W_R, W_T = qn("w:p"), qn("w:r"), qn("w:t")
W_TAB, W_BR, W_CR, W_NBH, W_RPR = qn("w:tab"), qn("w:br"), qn("w:cr"), qn("w:noBreakHyphen"), qn("w:rPr")
_SKIP = {qn("w:del"), qn("w:moveFrom"), qn("w:txbxContent"),
         "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"}
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"

#: Characters folded before matching a quote to the text (one character to one character).
_FOLD = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\t": " ", "\n": " ", "\r": " ",
    "\u200b": None,
})


# -- text of paragraphs, character by character ---------------------------------------------

@dataclass
class _Char:
    run: object  # the w:r element (CT_R)
    offset: int  # offset of this character within the run's text


@dataclass
class _Text:
    """Folded, space-collapsed text of some paragraphs, with each character's run position."""

    text: str = ""
    where: list[_Char | None] = field(default_factory=list)  # None: a paragraph separator


def _run_pieces(run) -> list[tuple[Any, str]]:
    """(child element, its text) for each content child of a run, as the reader counts text."""
    out = []
    for child in run:
        tag = child.tag
        if tag == W_T:
            out.append((child, child.text or ""))
        elif tag == W_TAB:
            out.append((child, "\t"))
        elif tag in (W_BR, W_CR):
            out.append((child, "\n"))
        elif tag == W_NBH:
            out.append((child, "-"))
        else:
            out.append((child, ""))
    return out


def _runs_of(p) -> list:
    """The visible text runs of a paragraph (not deleted, not in nested text boxes, not hidden)."""
    runs = []
    for r in p.iter(W_R):
        if inside(r, p, _SKIP | {W_P}) or hidden(r):
            continue
        runs.append(r)
    return runs


def _run_text(run) -> str:
    return "".join(t for _, t in _run_pieces(run))


def _collect(paras: list) -> _Text:
    out = _Text()
    chars: list[str] = []
    for i, p in enumerate(paras):
        if i and chars and chars[-1] != " ":
            chars.append(" ")
            out.where.append(None)
        for r in _runs_of(p):
            for k, ch in enumerate(_run_text(r)):
                c = ch.translate(_FOLD)
                if not c:
                    continue
                if c == " " and (not chars or chars[-1] == " "):
                    continue  # collapse runs of white space
                chars.append(c)
                out.where.append(_Char(r, k))
    out.text = "".join(chars)
    return out


def _fold_quote(quote: str) -> str:
    q = quote.translate(_FOLD)
    q = re.sub(r" +", " ", q).strip()
    if q.endswith("…"):
        q = q[:-1].rstrip()
    if q.endswith("..."):
        q = q[:-3].rstrip()
    return q


def _locate(tx: _Text, quote: str) -> tuple[int, int] | None:
    """Start and end (exclusive) of the quote in the folded text, or None."""
    q = _fold_quote(quote)
    if not q:
        return None
    i = tx.text.find(q)
    if i < 0:
        i = tx.text.lower().find(q.lower())
    if i < 0:
        # quotes built from several cells ("a | b") or lines: anchor on the first part
        first = re.split(r" ?[|·•] ?| - ", q)[0].strip()
        if first and first != q and len(first) >= 12:
            i = tx.text.lower().find(first.lower())
            q = first
    if i < 0 and _MASK_RE.search(q):
        return _locate_masked(tx.text, q)
    if i < 0:
        return None
    return i, i + len(q)


#: Placeholders a privacy mask may leave in quotes ("[NAME]", "[CHILD-1]", "███"): in the
#: original document they stand for the real words, so they match any short stretch of text.
_MASK_RE = re.compile(r"\[[A-Z][A-Z0-9 _-]{0,30}\]|\u2588+")


def _locate_masked(text: str, q: str) -> tuple[int, int] | None:
    parts = _MASK_RE.split(q)
    while parts and not parts[0].strip():
        parts.pop(0)  # a leading or trailing placeholder: anchor on the words around it
    while parts and not parts[-1].strip():
        parts.pop()
    if not parts:
        return None
    parts[0] = parts[0].lstrip()
    parts[-1] = parts[-1].rstrip()
    pattern = r".{1,60}?".join(re.escape(p) for p in parts)
    m = re.search(pattern, text, flags=re.IGNORECASE | re.DOTALL)
    return (m.start(), m.end()) if m and m.end() > m.start() else None


# -- run surgery -----------------------------------------------------------------------------

def _split_run(run, k: int):
    """Split ``run`` after its k-th character; return the new second run (same rPr)."""
    new = copy.deepcopy(run)
    for child in list(new):
        if child.tag != W_RPR:
            new.remove(child)
    pos = 0
    moving = []
    for child, text in _run_pieces(run):
        n = len(text)
        if pos >= k:
            moving.append(child)
        elif pos + n > k:  # only a w:t can straddle k
            cut = k - pos
            t2 = copy.deepcopy(child)
            child.text, t2.text = text[:cut], text[cut:]
            child.set(_XML_SPACE, "preserve")
            t2.set(_XML_SPACE, "preserve")
            moving.append(t2)
        pos += n
    for child in moving:
        if child.getparent() is run:
            run.remove(child)
        new.append(child)
    run.addnext(new)
    return new


def _anchor_runs(tx: _Text, start: int, end: int):
    """Split runs so that [start, end) of the folded text is exactly whole runs; return (first, last)."""
    first_i = next((i for i in range(start, end) if tx.where[i] is not None), None)
    last_i = next((i for i in range(end - 1, start - 1, -1) if tx.where[i] is not None), None)
    if first_i is None or last_i is None:
        return None
    a, b = tx.where[first_i], tx.where[last_i]
    assert a is not None and b is not None  # (first_i and last_i index characters that have one)
    # end first: cut b's run after its character
    end_run = b.run
    if b.offset + 1 < len(_run_text(end_run)):
        _split_run(end_run, b.offset + 1)
    start_run = a.run
    if a.offset > 0:
        start_run = _split_run(a.run, a.offset)
        if a.run is b.run:
            end_run = start_run
    return start_run, end_run


def _whole(paras: list):
    runs = [r for p in paras for r in _runs_of(p) if _run_text(r).strip()]
    if not runs:
        return None
    return runs[0], runs[-1]


# -- the feedback document -------------------------------------------------------------------

@dataclass
class Placed:
    """Where one issue finding went: a comment (with the anchored text) or the summary."""

    criterion: str
    finding: Finding
    comment_id: int | None = None
    anchor: str = ""  # "exact", "block" or "" (summary)


@dataclass
class FeedbackReport:
    path: Path
    placed: list[Placed] = field(default_factory=list)

    @property
    def comments(self) -> int:
        return sum(1 for p in self.placed if p.comment_id is not None)


def reviewed_name(source: Path) -> str:
    return f"{source.stem}.reviewed{source.suffix.lower() if source.suffix.lower() == '.docm' else '.docx'}"


def _open(path: Path) -> DocxDocument:
    try:
        data = path.read_bytes()
    except OSError as e:
        raise PlanReadError(str(path), f"cannot read: {e.strerror or e}") from None
    try:
        return docx.Document(io.BytesIO(data))
    except ValueError:
        # a macro-enabled .docm: python-docx refuses its content type; load the part directly
        try:

            PartFactory.part_type_for[
                "application/vnd.ms-word.document.macroEnabled.main+xml"] = DocumentPart
            pkg = OpcPackage.open(io.BytesIO(data))
            part = pkg.main_document_part
            if not isinstance(part, DocumentPart):
                raise ValueError(CT.WML_DOCUMENT_MAIN)
            return part.document
        except Exception:
            raise PlanReadError(str(path), "not a Word document python-docx can open") from None
    except Exception as e:
        raise PlanReadError(str(path), f"cannot open as a Word document ({type(e).__name__})") from None


def comment_text(c: CriterionResult, f: Finding, rubric: Rubric) -> tuple[str, str]:
    """(heading line, body) of the comment for one finding."""
    try:
        crit = rubric.criterion(c.id)
        guidance = " ".join(crit.guidance.split())
        title = crit.title
    except StopIteration:
        guidance, title = "", c.title
    level = f" — {c.label}" if c.label else ""
    head = f"{c.id}: {title}{level}"
    body = f.message.strip()
    if guidance:
        body += f"\nWhat good looks like: {guidance}"
    return head, body


def _add_comment(document: DocxDocument, first, last, head: str, body: str, author: str, initials: str) -> int:
    comment = document.comments.add_comment(text="", author=author, initials=initials)
    para = comment.paragraphs[0]
    para.add_run(head).bold = True
    for line in body.split("\n"):
        comment.add_paragraph(line)
    cid = comment.comment_id
    first.insert_comment_range_start_above(cid)
    last.insert_comment_range_end_and_reference_below(cid)
    return cid


def _style(document: DocxDocument, name: str):
    try:
        return document.styles[name]
    except KeyError:
        return None


def _heading(document: DocxDocument, text: str, level: int):
    st = _style(document, f"Heading {level}")
    if st is not None:
        return document.add_paragraph(text, style=st)
    p = document.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(16 if level == 1 else 13)
    return p


def _bullet(document: DocxDocument, text: str, bold_prefix: str = ""):
    st = _style(document, "List Bullet")
    p = document.add_paragraph(style=st) if st is not None else document.add_paragraph()
    if st is None:
        p.add_run("• ")
    if bold_prefix:
        p.add_run(bold_prefix).bold = True
    p.add_run(text)
    return p


def _append_summary(document: DocxDocument, plan: Plan, result: PlanResult, rubric: Rubric,
                    unplaced: list[Placed], as_of: str | None) -> None:
    p = document.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    _heading(document, "ehcaudit review summary", 1)
    intro = (f"Plan {result.plan_id}, scored against rubric {rubric.id} {rubric.version}"
             + (f" as of {as_of}" if as_of else "") + ". Comments in the margin mark the words "
             "behind each issue; each names the criterion and says what good looks like.")
    document.add_paragraph(intro)
    o = result.overall
    para = document.add_paragraph()
    para.add_run("Overall grade: ").bold = True
    para.add_run(f"{o.label} ({o.rag.upper()}), {o.score:.0f} out of 100")

    _heading(document, "Area grades", 2)
    rows = [a for a in result.areas]
    table = document.add_table(rows=1 + len(rows), cols=3)
    if _style(document, "Table Grid") is not None:
        table.style = document.styles["Table Grid"]
    for cell, text in zip(table.rows[0].cells, ("Area", "Grade", "Score"), strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    for row, a in zip(table.rows[1:], rows, strict=True):
        row.cells[0].text = a.title or a.id
        row.cells[1].text = f"{a.label} ({a.rag.upper()})" if a.label and a.rag else "Not scored (no applicable criteria)"
        row.cells[2].text = f"{a.score:.0f}" if a.score is not None else "–"

    _heading(document, "Three changes that would raise the grade most", 2)
    top = gains(result, rubric)[:3]
    if not top:
        document.add_paragraph("Every applicable criterion is already at the top level.")
    for g, c in top:
        assert c.level is not None  # gains() lists scored criteria only
        nxt = rubric.level_info(c.level + 1).label
        crit = rubric.criterion(c.id)
        issues = [f for f in c.findings if f.kind == "issue"]
        why = f" {issues[0].message.strip()}" if issues else ""
        _bullet(document, f" now {c.label}; reaching {nxt} adds about {g:.1f} points overall.{why} "
                f"What good looks like: {' '.join(crit.guidance.split())}",
                bold_prefix=f"{c.id} {crit.title}:")

    if unplaced:
        _heading(document, "Findings without a place in the text", 2)
        document.add_paragraph("Something missing, or words the tool could not find in the document:")
        for pl in unplaced:
            f = pl.finding
            q = f" (“{f.quote.strip()}”)" if f.quote.strip() else ""
            _bullet(document, f" {f.location}: {f.message.strip()}{q}", bold_prefix=f"{pl.criterion}:")

    good = [(c, f) for c in result.criteria if c.applicable and c.rag == "green"
            for f in c.findings if f.kind == "evidence" and f.quote.strip()]
    if good:
        _heading(document, "What works well", 2)
        seen: set[str] = set()
        shown = 0
        for c, f in good:
            if c.id in seen or shown >= 8:
                continue
            seen.add(c.id)
            shown += 1
            quote = " ".join(f.quote.split())
            quote = quote if len(quote) <= 160 else quote[:159] + "…"
            _bullet(document, f" {f.message.strip()} (“{quote}”, {f.location})", bold_prefix=f"{c.id}:")


def _issues(result: PlanResult) -> Iterable[tuple[CriterionResult, Finding]]:
    for c in result.criteria:
        for f in c.findings:
            if f.kind == "issue":
                yield c, f


def write_feedback(plan: Plan, result: PlanResult, rubric: Rubric, source: str | Path, out_dir: str | Path,
                   author: str = "ehcaudit", as_of: str | None = None, name: str | None = None) -> FeedbackReport:
    """Write ``<out_dir>/<name>.reviewed.docx``: the plan with comments and a summary.

    ``source`` is only read. ``name`` overrides the output file name. Raises
    :class:`PlanReadError` if it is not a Word file.
    """
    src = Path(source)
    if src.suffix.lower() not in (".docx", ".docm"):
        raise PlanReadError(str(src), "feedback needs a Word file (.docx); this plan is plain text, "
                            "so there is nothing to add comments to (use `ehcaudit score` instead)")
    out = Path(out_dir)
    target = out / (name or reviewed_name(src))
    if target.resolve() == src.resolve():
        raise PlanReadError(str(src), "the reviewed copy would overwrite the original; choose another --out")
    document = _open(src)
    paras = list(document.element.body.iter(W_P))
    initials = "".join(w[0] for w in author.split() if w)[:3].upper() or "EA"
    report = FeedbackReport(path=target)
    body_cache: _Text | None = None

    for c, f in _issues(result):
        placed = Placed(criterion=c.id, finding=f)
        report.placed.append(placed)
        if not f.quote.strip():
            continue
        block_paras = []
        if f.block_id is not None and 0 <= f.block_id < len(plan.blocks):
            block_paras = [paras[i] for i in plan.blocks[f.block_id].para_ids if 0 <= i < len(paras)]
        anchor = None
        if block_paras:
            tx = _collect(block_paras)
            span = _locate(tx, f.quote)
            if span:
                anchor = _anchor_runs(tx, *span)
                placed.anchor = "exact"
            if anchor is None:
                anchor = _whole(block_paras)
                placed.anchor = "block"
        else:
            if body_cache is None:
                body_cache = _collect(paras)
            span = _locate(body_cache, f.quote)
            if span:
                anchor = _anchor_runs(body_cache, *span)
                placed.anchor = "exact"
                body_cache = None  # runs changed: rebuild next time
        if anchor is None:
            placed.anchor = ""
            continue
        head, body = comment_text(c, f, rubric)
        placed.comment_id = _add_comment(document, anchor[0], anchor[1], head, body, author, initials)

    unplaced = [p for p in report.placed if p.comment_id is None]
    _append_summary(document, plan, result, rubric, unplaced, as_of)
    out.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    document.save(str(tmp))
    tmp.replace(target)
    return report
