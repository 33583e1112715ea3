"""Person-centred link and provision checks: time per plan, and how they separate the planted
failures in the bundled samples.

    python benchmarks/person_provision/run.py [--outcomes 200] [--items 400]

1. Scores the bundled sample plans with the five criteria PC-ASPIRATION-LINK, PC-PFA,
   PC-STRENGTHS, PR-QUANTIFIED and PR-OUTCOME-LINK and prints the mean time per plan for each,
   and for each planted failure (the generator's ``bad`` flags) the criterion's mean level with
   and without it.
2. Builds one large Markdown plan (``--outcomes`` outcomes in E, ``--items`` provision items in
   F, as many need sentences in B; written under benchmarks/out/, git-ignored) and times each
   criterion on it: PR-OUTCOME-LINK compares every outcome with every provision item.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import random
import statistics
import time
from pathlib import Path

from ehcaudit.reader import read_plan
from ehcaudit.rubric.engine import run_criterion
from ehcaudit.rubric.schema import default_rubric_path, load_rubric

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "benchmarks" / "out" / "person_provision"
IDS = ["PC-ASPIRATION-LINK", "PC-PFA", "PC-STRENGTHS", "PR-QUANTIFIED", "PR-OUTCOME-LINK"]
RUBRIC = load_rubric(default_rubric_path())


def _generator():
    spec = importlib.util.spec_from_file_location("generate_samples", ROOT / "scripts" / "generate_samples.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def samples() -> None:
    gen = _generator()
    times = {cid: [] for cid in IDS}
    rows = []
    for month, stem, layout, _front, _s, bad in gen.plans():
        path = ROOT / "sample_plans" / month / (stem + (".md" if layout == "md" else ".docx"))
        plan = read_plan(path)
        levels = {}
        for cid in IDS:
            t = time.perf_counter()
            res = run_criterion(plan, RUBRIC, RUBRIC.criterion(cid), dt.date.fromisoformat(f"{month}-28"), cache={})
            times[cid].append(time.perf_counter() - t)
            levels[cid] = res.level
        rows.append((bad, levels))
    print(f"Sample plans: {len(rows)}")
    for cid in IDS:
        print(f"  {cid:20s} mean {statistics.mean(times[cid]) * 1000:6.2f} ms/plan, "
              f"max {max(times[cid]) * 1000:6.2f} ms")
    print("Mean level with / without each planted failure (applicable plans only):")
    for flag in sorted(rows[0][0]):
        cells = []
        for cid in IDS:
            w = [lv[cid] for b, lv in rows if b[flag] and lv[cid] is not None]
            wo = [lv[cid] for b, lv in rows if not b[flag] and lv[cid] is not None]
            if w and wo:
                cells.append(f"{cid} {statistics.mean(w):.2f}/{statistics.mean(wo):.2f}")
        print(f"  {flag:18s} (n={sum(1 for b, _ in rows if b[flag]):2d}) " + "; ".join(cells))


def big_plan(n_out: int, n_items: int) -> Path:
    rng = random.Random(7)
    acts = ["read a short book", "follow a two-step instruction", "count coins to 50p", "travel by bus",
            "ask for help with a symbol card", "join a lunchtime club", "write three sentences",
            "use a visual timetable", "cook a simple snack", "name two feelings"]
    prov = ["speech and language therapy", "a structured phonics programme", "precision teaching of number facts",
            "travel training", "ELSA sessions", "Lego-based therapy", "a social skills group",
            "handwriting practice", "a sensory circuit", "pre-teaching of vocabulary"]
    who = ["a speech and language therapist", "a trained teaching assistant", "a specialist teacher",
           "an HLTA", "a teaching assistant"]
    lines = ["National Curriculum year: 10", "Known as: Sam", "", "# Section A: Views, interests and aspirations", ""]
    lines += ["Sam would like to work with animals when he is older.", "Sam enjoys football and drawing.", ""]
    lines += ["# Section B: Special educational needs", ""]
    lines += [f"Sam finds it hard to {rng.choice(acts)} {rng.choice(['in class', 'at home', 'at break'])}."
              for _ in range(n_out)]
    lines += ["", "# Section E: Outcomes", ""]
    lines += [f"- By July 2027, Sam will {rng.choice(acts)} on {rng.randint(2, 5)} out of 5 occasions." for _ in range(n_out)]
    lines += ["", "# Section F: Special educational provision", ""]
    lines += [f"- {rng.choice(prov).capitalize()}, {rng.choice(['1:1', 'in a group of up to 4 pupils'])}, "
              f"{rng.choice(['daily', 'twice a week', 'weekly'])} for {rng.choice([15, 20, 30])} minutes, "
              f"delivered by {rng.choice(who)}." for _ in range(n_items)]
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"big-{n_out}-{n_items}.md"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def large(n_out: int, n_items: int) -> None:
    path = big_plan(n_out, n_items)
    plan = read_plan(path)
    print(f"Large plan: {n_out} outcomes, {n_items} provision items, {plan.words} words ({path.name})")
    for cid in IDS:
        t = time.perf_counter()
        res = run_criterion(plan, RUBRIC, RUBRIC.criterion(cid), dt.date(2026, 6, 30), cache={})
        print(f"  {cid:20s} {time.perf_counter() - t:6.3f} s  level {res.level}, {len(res.findings)} findings")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--outcomes", type=int, default=200)
    ap.add_argument("--items", type=int, default=400)
    a = ap.parse_args()
    samples()
    large(a.outcomes, a.items)


if __name__ == "__main__":
    main()
