"""The bundled sample plans: readable in every layout, and their scores tell the story of a
year of improvement."""

from __future__ import annotations

import datetime as dt
import functools
import statistics
from pathlib import Path

import pytest
from packaged_rubric import RUBRIC

from ehcaudit.pipeline import iter_plan_files
from ehcaudit.reader import read_plan
from ehcaudit.rubric.engine import score_plan
from ehcaudit.text import normalise

ROOT = Path(__file__).resolve().parents[1] / "sample_plans"

# The two tests that score all 90 plans share one scoring (each plan read and scored once per
# process, as of its month's 28th), and every test here that reads the plans shares one reading
# (the reader, the scoring and the proofreading each read all 90 again: about 1.2 s of processor
# time each); conftest.py keeps this file's tests on one xdist worker.


@functools.cache
def _read(path: Path):
    return read_plan(path)


@functools.cache
def _scored(path: Path):
    plan = _read(path)
    return plan, score_plan(plan, RUBRIC, dt.date.fromisoformat(f"{path.parent.name}-28"))


def test_twelve_months_of_six_to_ten_plans():
    months = sorted(p for p in ROOT.iterdir() if p.is_dir())
    assert len(months) == 12
    for m in months:
        assert 6 <= len(list(m.iterdir())) <= 10, m


def test_every_sample_plan_reads_with_all_sections_and_layouts_vary():
    layouts = set()
    for path, problem in iter_plan_files([ROOT]):
        assert problem is None
        plan = _read(path)
        missing = [c for c, s in plan.sections.items() if not s.found]
        assert not missing, f"{path}: sections not found {missing}"
        assert plan.advice, f"{path}: no advice items read from K"
        layouts.add("national" if plan.threads else path.suffix)
    assert {"national", ".docx", ".md"} <= layouts


@pytest.mark.slow  # scores all 90 sample plans
def test_scores_improve_over_the_year():
    by_month: dict[str, list[float]] = {}
    for path, _ in iter_plan_files([ROOT]):
        by_month.setdefault(path.parent.name, []).append(_scored(path)[1].overall.score)
    months = sorted(by_month)
    first = statistics.mean(s for m in months[:3] for s in by_month[m])
    last = statistics.mean(s for m in months[-3:] for s in by_month[m])
    assert last > first + 5, (first, last)


def _planted():
    """Each bundled sample's planted failures, replayed from the (deterministic) generator."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("generate_samples", ROOT.parent / "scripts" / "generate_samples.py")
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    out = {}
    for month, stem, layout, front, _sections, bad in gen.plans():
        suffix = ".md" if layout == "md" else ".docx"
        out[ROOT / month / f"{stem}{suffix}"] = (bad, int(front["National Curriculum year"]))
    return out


def _levels():
    planted = _planted()
    rows = []
    for path, (bad, year) in sorted(planted.items()):
        assert path.exists(), f"{path} is not what the generator writes: regenerate the samples"
        plan, res = _scored(path)
        crit = {c.id: c for c in res.criteria}
        # Quotes are the plan's own words, so Word feedback and the HTML page can find them.
        for cid in ("PC-ASPIRATION-LINK", "PC-PFA", "PC-STRENGTHS", "PR-QUANTIFIED", "PR-OUTCOME-LINK",
                    "PC-SMART", "PC-OUTCOME-NOT-PROVISION"):
            for f in crit[cid].findings:
                if f.block_id is not None and f.quote:
                    assert normalise(f.quote) in normalise(plan.blocks[f.block_id].text), (path, cid, f.quote)
        rows.append((path, bad, year, crit, plan))
    return rows


@pytest.mark.slow  # scores all 90 sample plans
def test_criteria_react_to_the_planted_failures():
    """Plans planted with a failure score lower on the matching criteria than plans without."""
    rows = _levels()
    assert len(rows) == 90  # 88 plus one plan with every failure in 2026-05 and 2026-11

    def mean_level(cid, flag, planted, pred=lambda r: True):
        levels = [r[3][cid].level for r in rows if r[1][flag] == planted and pred(r) and r[3][cid].applicable]
        assert levels, (cid, flag, planted)
        return statistics.mean(levels)

    for flag, cid in [("vague", "PR-QUANTIFIED"), ("vague", "PR-VAGUE-WORDING"), ("vague", "PR-OUTCOME-LINK"),
                      ("provision_outcome", "PC-OUTCOME-NOT-PROVISION"), ("no_signoff", "HC-DCO-SIGNOFF"),
                      ("health_blank", "HC-NEEDS"), ("overdue", "CA-ANNUAL-REVIEW"),
                      ("deficit", "PC-STRENGTHS"), ("unlinked_aspiration", "PC-ASPIRATION-LINK")]:
        with_flag, without = mean_level(cid, flag, True), mean_level(cid, flag, False)
        assert with_flag < without, (flag, cid, with_flag, without)

    def quoted_from(plan, finding, codes):
        """An issue quoting the plan's own words from one of these sections (checked in _levels:
        the quote is in its block's text), whatever sentence the generator wrote there."""
        return (finding.kind == "issue" and finding.block_id is not None and bool(finding.quote)
                and plan.blocks[finding.block_id].section in codes)

    # Every plan planted with vague provision is red or amber on PR-QUANTIFIED, quoting its provision.
    for path, bad, _year, crit, plan in rows:
        q = crit["PR-QUANTIFIED"]
        if bad["vague"]:
            assert q.level <= 2, path
            assert any(quoted_from(plan, f, {"F"}) for f in q.findings), path
        else:
            assert q.level >= 3, (path, [(f.message, f.quote) for f in q.findings])
    # Aspirations: a plan without them is judged on its interests, as the validity sets' auditors
    # do (outcomes that build on what the child enjoys pass; none, amber), and says A has no aspirations.
    for path, bad, year, crit, plan in rows:
        assert crit["PC-ASPIRATION-LINK"].applicable, path
        if bad["no_aspirations"]:
            assert any("states no aspirations" in f.message for f in crit["PC-ASPIRATION-LINK"].findings), path
        assert crit["PC-PFA"].applicable == (year >= 9), path
        if not bad["no_aspirations"]:
            link = crit["PC-ASPIRATION-LINK"]
            if bad["unlinked_aspiration"]:  # the aspiration is quoted as the issue
                assert link.level <= 2, path
                assert any(quoted_from(plan, f, {"A"}) for f in link.findings), path
            else:
                assert link.level >= 3, path
        strengths = crit["PC-STRENGTHS"]
        if bad["deficit"]:
            assert strengths.level <= 2, path
            assert any(quoted_from(plan, f, {"B"}) for f in strengths.findings), path
        else:
            assert strengths.level >= 3, path


@pytest.mark.slow  # proofreads all 90 sample plans
def test_proofreading_finds_exactly_the_seeded_errors():
    """On the bundled plans the only spelling and grammar findings are the three errors the
    generator seeds ("recieve", "seperate", "he don't"): no false finding on 70,000 words of
    plan text with its pseudonyms, place names, SEND terms, labels and tables."""
    from ehcaudit.checks.language import proofread_blocks

    for path, (bad, _year) in sorted(_planted().items()):
        found = sorted((i.kind, i.text) for issues in proofread_blocks(_read(path)).values()
                       for i in issues if i.kind != "style")
        expected = sorted([("grammar", "don't"), ("spelling", "recieve"), ("spelling", "seperate")]) if bad["spelling"] else []
        assert found == expected, path
