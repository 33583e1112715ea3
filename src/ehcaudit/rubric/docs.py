"""Generate criterion documentation from a rubric, so the README is never written twice."""

from __future__ import annotations

from ehcaudit.rubric.registry import registry
from ehcaudit.rubric.schema import Rubric

BEGIN = "<!-- BEGIN GENERATED CRITERIA (ehcaudit rubric docs) -->"
END = "<!-- END GENERATED CRITERIA -->"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def rubric_markdown(r: Rubric) -> str:
    kinds = registry()
    out = [f"Rubric `{r.id}` version {r.version}: {len(r.criteria)} criteria in {len(r.areas)} areas.", ""]
    out.append("| Level | Label | RAG | Lowest score |")
    out.append("|---|---|---|---|")
    for i, lv in enumerate(r.scale, start=1):
        out.append(f"| {i} | {lv.label} | {lv.rag} | {lv.min_score:g} |")
    out.append("")
    for area in r.areas:
        crits = [c for c in r.criteria if c.area == area.id]
        out.append(f"#### Area `{area.id}` — {area.title} (weight {area.weight:g})")
        out.append("")
        if not crits:
            out.append("No criteria yet.")
            out.append("")
            continue
        out.append("| ID | Criterion | Sections | Check kind | What good looks like |")
        out.append("|---|---|---|---|---|")
        for c in crits:
            applies = ""
            if c.applies.year_from is not None:
                applies = f" *Applies from Year {c.applies.year_from}.*"
            kind = kinds.get(c.check.kind)
            kind_doc = f"`{c.check.kind}`" + (f": {_one_line(kind.doc).split('.')[0]}" if kind and kind.doc else "")
            out.append(
                f"| `{c.id}` | {c.title} | {', '.join(c.sections)} | {kind_doc} | {_one_line(c.guidance)}{applies} |"
            )
        out.append("")
    return "\n".join(out)


def splice(readme: str, generated: str) -> str:
    """Replace the generated block in README text."""
    start = readme.index(BEGIN) + len(BEGIN)
    end = readme.index(END)
    return readme[:start] + "\n" + generated + "\n" + readme[end:]
