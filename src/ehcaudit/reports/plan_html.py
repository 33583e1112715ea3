"""One self-contained HTML page per plan: the plan's text with findings marked in place.

The page has the grades (overall, areas, criteria, each with a RAG colour *and* its label in
words), a contents list of findings by area with in-page links, the plan's text block by block
grouped by section (each with its location), and numbered notes for every finding. Quoted
words are wrapped in ``<mark>`` with a visible label and a footnote-style link, so nothing
relies on colour alone. No scripts, no external resources: inline CSS only, prints on A4.
All plan text is escaped (Jinja2 autoescape); identifiers are masked when
:mod:`ehcaudit.privacy` is available.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

from ehcaudit import privacy
from ehcaudit.model import SECTION_CODES, SECTION_TITLES, Plan
from ehcaudit.reports.atomic import write_text
from ehcaudit.results import CriterionResult, Finding, PlanResult
from ehcaudit.rubric.schema import Rubric

_FOLD = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
    "\u2010": "-", "\u2011": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "\u00a0": " ", "\t": " ", "\n": " ", "\r": " ",
})
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass
class Note:
    """One finding, numbered for the page."""

    n: int
    criterion: CriterionResult
    finding: Finding
    placed: bool = False  # marked in the plan text (else listed only)

    @property
    def kind_label(self) -> str:
        return "Issue" if self.finding.kind == "issue" else "Works well"


@dataclass
class Segment:
    text: str
    notes: list[Note] = field(default_factory=list)  # findings covering this text
    ends: list[Note] = field(default_factory=list)  # findings whose quote ends here (links after)
    starts: list[Note] = field(default_factory=list)  # findings whose quote starts here (anchors)


@dataclass
class BlockView:
    id: int
    kind: str
    location: str
    segments: list[Segment]
    whole: list[Note] = field(default_factory=list)  # findings on the block whose words were not found


@dataclass
class SectionView:
    code: str
    title: str
    blocks: list[BlockView]
    anchor: str = ""  # unique id: a section can appear in several runs (combined tables)


def _fold_map(text: str) -> tuple[str, list[int]]:
    """Folded, space-collapsed, lower-cased text and, per character, its index in ``text``."""
    out: list[str] = []
    idx: list[int] = []
    for i, ch in enumerate(text):
        c = ch.translate(_FOLD).lower()
        if len(c) != 1:
            continue
        if c == " " and (not out or out[-1] == " "):
            continue
        out.append(c)
        idx.append(i)
    return "".join(out), idx


def _fold_quote(q: str) -> str:
    q = " ".join(q.translate(_FOLD).split()).lower()
    for tail in ("…", "..."):
        if q.endswith(tail):
            q = q[: -len(tail)].rstrip()
    return q


def locate(text: str, quote: str) -> tuple[int, int] | None:
    """Span of ``quote`` in ``text`` (white space, quotes, dashes and case folded), or None."""
    q = _fold_quote(quote)
    if not q:
        return None
    folded, idx = _fold_map(text)
    i = folded.find(q)
    if i < 0:
        first = re.split(r" ?[|·•] ?| - ", q)[0].strip()
        if first == q or len(first) < 12:
            return None
        i, q = folded.find(first), first
        if i < 0:
            return None
    return idx[i], idx[i + len(q) - 1] + 1


def _segments(text: str, spans: list[tuple[int, int, Note]]) -> list[Segment]:
    cuts = sorted({0, len(text), *[s for s, _, _ in spans], *[e for _, e, _ in spans]})
    segs: list[Segment] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        covering = [n for s, e, n in spans if s <= a and b <= e]
        ending = [n for s, e, n in spans if e == b]
        starting = [n for s, e, n in spans if s == a]
        segs.append(Segment(text=text[a:b], notes=covering, ends=ending, starts=starting))
    return segs or [Segment(text=text)]


def _mask(plan: Plan, result: PlanResult) -> tuple[Plan, PlanResult]:
    mask_plan = getattr(privacy, "mask_plan", None)
    mask_text = getattr(privacy, "mask_text", None)
    if mask_plan is not None:
        masked = mask_plan(plan)
        masked = masked[0] if isinstance(masked, tuple) else masked
        if isinstance(masked, Plan):
            plan = masked
    if mask_text is not None:
        result = result.model_copy(deep=True)

        def m(s: str) -> str:
            out = mask_text(s)
            return out[0] if isinstance(out, tuple) else out

        for c in result.criteria:
            for f in c.findings:
                block_id = f.block_id
                f.quote, f.message = m(f.quote), m(f.message)
                f.block_id = block_id
    return plan, result


def place_stored(plan: Plan, result: PlanResult) -> None:
    """Set each finding's ``block_id`` for a result read back from the store (JSON has no
    ``block_id``): its ``block`` while that is still the block it names (same location, or its
    span marks the quote); else, as for a result stored before blocks and spans, the block at
    its location that holds the quote. ``plan`` and ``result`` as the page shows them (masked)."""
    by_loc: dict[str, list] = {}
    for b in plan.blocks:
        by_loc.setdefault(b.location, []).append(b)
    for c in result.criteria:
        for f in c.findings:
            blk = plan.blocks[f.block] if f.block is not None and 0 <= f.block < len(plan.blocks) else None
            if blk is not None and (blk.location == f.location or f.span_in(blk.text)):
                f.block_id = f.block
                continue
            cands = by_loc.get(f.location, [])
            hit = next((b for b in cands if f.quote and locate(b.text, f.quote)), cands[0] if cands else None)
            f.block_id = hit.id if hit is not None else None


def build_view(plan: Plan, result: PlanResult, rubric: Rubric) -> dict:
    notes: list[Note] = []
    order = {a.id: i for i, a in enumerate(result.areas)}
    for c in sorted(result.criteria, key=lambda c: order.get(c.area, len(order))):  # stable: rubric order within an area
        for f in c.findings:
            if not c.applicable and not f.quote:
                continue  # "applies from Year 9": shown in the criteria table, not as a note
            notes.append(Note(n=len(notes) + 1, criterion=c, finding=f))
    by_block: dict[int, list[Note]] = {}
    for note in notes:
        if note.finding.block_id is not None and note.finding.quote.strip():
            by_block.setdefault(note.finding.block_id, []).append(note)

    sections: list[SectionView] = []
    current: SectionView | None = None
    # A combined table (national template: B|F|E, C|G|E, D|H1|H2|E) stays one group, not a
    # new heading for every cell.
    table_codes: dict[int, list[str]] = {}
    for b in plan.blocks:
        if b.table is not None and b.section and b.section not in table_codes.setdefault(b.table, []):
            table_codes[b.table].append(b.section)
    for b in plan.blocks:
        codes = table_codes.get(b.table, []) if b.table is not None else []
        if len(codes) > 1:
            code = "/".join(codes)
            title = f"Sections {', '.join(codes[:-1])} and {codes[-1]} (combined table)"
        else:
            code = b.section or "-"
            title = "Front matter" if code == "-" else f"Section {code}: {SECTION_TITLES.get(code, code)}"
        if current is None or current.code != code:
            current = SectionView(code=code, title=title, blocks=[], anchor=f"section-{len(sections) + 1}")
            sections.append(current)
        spans: list[tuple[int, int, Note]] = []
        whole: list[Note] = []
        for note in by_block.get(b.id, []):
            # the stored span when it marks exactly the quote here; else search (older results)
            span = (note.finding.span_in(b.text) if note.finding.block == b.id else None) \
                or locate(b.text, note.finding.quote)
            if span:
                spans.append((*span, note))
            else:
                whole.append(note)
            note.placed = True
        current.blocks.append(BlockView(id=b.id, kind=b.kind, location=b.location,
                                        segments=_segments(b.text, spans), whole=whole))

    crit_info = {c.id: c for c in rubric.criteria}
    areas = []
    for a in result.areas:
        crits = [c for c in result.criteria if c.area == a.id]
        if not crits:
            continue
        areas.append({
            "area": a,
            "criteria": [{"result": c, "title": crit_info[c.id].title if c.id in crit_info else c.title,
                          "guidance": " ".join(crit_info[c.id].guidance.split()) if c.id in crit_info else "",
                          "notes": [n for n in notes if n.criterion is c]} for c in crits],
        })
    missing = [c for c in SECTION_CODES if c in result.sections and not result.sections[c].found]
    return {
        "plan": plan, "result": result, "rubric": rubric, "sections": sections, "areas": areas,
        "notes": notes, "missing": missing,
        "issues": sum(1 for n in notes if n.finding.kind == "issue"),
        "source_name": Path(plan.source).name,
    }


def _env() -> Environment:
    loader = PackageLoader("ehcaudit", "templates")  # package data, through importlib
    return Environment(loader=loader, autoescape=select_autoescape(["html", "j2", "html.j2"], default=True),
                       trim_blocks=True, lstrip_blocks=True)


def render_plan_html(plan: Plan, result: PlanResult, rubric: Rubric) -> str:
    """The page as a string (self-contained; plan text escaped; identifiers masked if possible)."""
    plan, result = _mask(plan, result)
    return _env().get_template("plan.html.j2").render(**build_view(plan, result, rubric))


#: Longest page name (characters before ``.html``); a longer plan reference is cut and given
#: the page's key, so a 400-character reference still makes a page (file systems allow 255).
PAGE_NAME_MAX = 100
_PAGE_KEY_RE = re.compile(r'<meta name="ehcaudit-page" content="([0-9a-f]+)">')


def page_key(plan: Plan, result: PlanResult) -> str:
    """Eight hex digits naming the plan's file (a digest of its absolute path): the same file
    scored again keeps its page; another file with the same reference gets its own."""

    source = str(Path(result.source or plan.source).resolve())
    return hashlib.sha256(source.encode("utf-8", "surrogateescape")).hexdigest()[:8]


def _owner(path: Path) -> str | None:
    """The page key recorded in an existing page (None: none, or not a page of ours)."""
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            head = f.read(2048)
    except OSError:
        return None
    m = _PAGE_KEY_RE.search(head)
    return m.group(1) if m else None


def page_path(plan: Plan, result: PlanResult, out_dir: Path) -> Path:
    """``<plan_id>.html`` (unsafe characters replaced); ``<plan_id>-<key>.html`` when that page
    is another plan's (two plans with one reference never overwrite each other) or the
    reference is longer than :data:`PAGE_NAME_MAX`."""
    key = page_key(plan, result)
    name = _SAFE_NAME.sub("_", result.plan_id or Path(plan.source).stem).strip("._") or "plan"
    if len(name) > PAGE_NAME_MAX:
        return out_dir / f"{name[:PAGE_NAME_MAX - 9].rstrip('._')}-{key}.html"
    target = out_dir / f"{name}.html"
    if target.exists() and _owner(target) not in (None, key):
        target = out_dir / f"{name}-{key}.html"
    return target


def write_plan_html(plan: Plan, result: PlanResult, rubric: Rubric, out_dir: str | Path) -> Path:
    """Write the plan's page into ``out_dir`` (name: :func:`page_path`) and return its path.
    Written to a temporary file and renamed: a page is whole or not there."""

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    target = page_path(plan, result, out)
    html = render_plan_html(plan, result, rubric)
    html = html.replace('<meta charset="utf-8">', '<meta charset="utf-8">\n<meta name='
                        f'"ehcaudit-page" content="{page_key(plan, result)}">', 1)
    return write_text(target, html)
