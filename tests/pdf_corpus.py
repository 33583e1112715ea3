"""PDFs exported with LibreOffice from plans of every layout the Word reader supports, and the
comparison of what ehcaudit makes of a PDF with what it makes of its Word original.

Used by tests/test_reader_pdf.py and benchmarks/pdf/run.py. LibreOffice (``soffice``) runs with a
private user profile in a temporary folder, so runs in parallel never share its lock file.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import tempfile
from pathlib import Path

import docx_builders as B

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_plans"
AS_OF = dt.date(2026, 3, 31)


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def to_pdf(docs: list[Path], out: Path, timeout: int = 900) -> dict[Path, Path]:
    """Export each .docx to ``out/<stem>.pdf`` with LibreOffice; {docx: pdf} for those written."""
    exe = soffice()
    if exe is None:
        raise RuntimeError("LibreOffice (soffice) is not installed")
    out.mkdir(parents=True, exist_ok=True)
    stems = [d.stem for d in docs]
    assert len(set(stems)) == len(stems), "file names must be unique: the PDFs share one folder"
    with tempfile.TemporaryDirectory(prefix="ehcaudit-lo-") as profile:
        for i in range(0, len(docs), 40):
            subprocess.run([exe, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
                            "--convert-to", "pdf", "--outdir", str(out), *map(str, docs[i:i + 40])],
                           capture_output=True, timeout=timeout, check=False, stdin=subprocess.DEVNULL)
    return {d: out / f"{d.stem}.pdf" for d in docs if (out / f"{d.stem}.pdf").exists()}


CARE_VALUES = {
    "currently_a_looked_after_child": "Yes",
    "health_care_need_1": "Jade has epilepsy with tonic-clonic seizures about once a month.",
    "health_care_provision_1": "The epilepsy nurse specialist will train named staff to give buccal midazolam "
                               "under the seizure care plan every 12 months, in a 2-hour session.",
    "health_care_outcome_1": "By July 2027, Jade will tell an adult when she feels a seizure coming.",
    "health_care_need_2": "Jade has dysphagia and chokes on thin drinks.",
    "social_care_need_1": "Jade is a looked after child; her social worker and foster carers contributed to this plan.",
    "h1_provision_1": "Two overnight short breaks a month at Rainbow House.",
    "h2_provision_1": "Her social worker will attend each termly PEP meeting with the virtual school.",
    "social_care_outcome_1": "Jade enjoys time away from home.",
}

#: Every layout tests/docx_builders.py writes, by name.
BUILDER_LAYOUTS = {
    "heading-styles": lambda p: B.heading_styles(p),
    "heading-styles-part": lambda p: B.heading_styles(p, fmt="PART {code} – {title}", level=2),
    "bold-caps": B.bold_caps,
    "title-only": B.title_only,
    "title-only-unstyled": lambda p: B.title_only(p, styled=False),
    "label-table": B.label_table,
    "heading-tables": B.heading_tables,
    "combined-tables": B.combined_tables,
    "tracked-changes-sdt": B.with_tracked_changes_and_sdt,
    "national-template-filled": lambda p: B.fill_template(p, default="Text written for {key}."),
    # the health and social care rows of the template, as tests/test_care_template.py fills them
    "national-template-care": lambda p: B.fill_template(p, CARE_VALUES, default=""),
}


def builder_plans(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return {name: make(folder / f"builder-{name}.docx") for name, make in BUILDER_LAYOUTS.items()}


def sample_plans() -> list[Path]:
    return sorted(SAMPLES.rglob("*.docx"))


def sample_layout(path: Path) -> str:
    """The layout a sample plan was written in (scripts/generate_samples.py), from the file."""
    import docx

    d = docx.Document(str(path))
    if any(t.rows and t.rows[0].cells[0].text.startswith("Child or young person") for t in d.tables):
        return "sample: national template"
    if d.tables:
        return "sample: two-column table"
    styles = {p.style.name for p in d.paragraphs if p.text.startswith(("Section", "PART"))}
    if any(s.startswith("Heading") for s in styles):
        return "sample: heading styles"
    if any(p.text.startswith("PART ") for p in d.paragraphs):
        return "sample: bold caps"
    return "sample: title-only headings"


def unique_copies(docs: list[Path], folder: Path) -> list[Path]:
    """Copies named <month>-<name>.docx, so plans of the same name in different months don't clash."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for d in docs:
        target = folder / f"{d.parent.name}-{d.name}"
        shutil.copyfile(d, target)
        out.append(target)
    return out


def compare(word: Path, pdf: Path, rubric, as_of: dt.date = AS_OF) -> dict:
    """Sections found and criterion levels of a Word plan and of its PDF (scored as of ``as_of``)."""
    from ehcaudit.reader import read_plan
    from ehcaudit.rubric.engine import score_plan

    a, b = read_plan(word), read_plan(pdf)
    sa = [c for c, s in a.sections.items() if s.found]
    sb = [c for c, s in b.sections.items() if s.found]
    la = {c.id: c.level for c in score_plan(a, rubric, as_of).criteria}
    lb = {c.id: c.level for c in score_plan(b, rubric, as_of).criteria}
    differ = sorted(k for k in la if la[k] != lb.get(k))
    return {"word_sections": sa, "pdf_sections": sb, "criteria": len(la), "same": len(la) - len(differ),
            "differ": [(k, la[k], lb.get(k)) for k in differ]}
