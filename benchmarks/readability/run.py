"""LG-READABILITY and LG-JARGON benchmark: speed, and what they say about the bundled plans.

    python benchmarks/readability/run.py [--repeat 3]

1. Speed: both criteria on every bundled sample plan (sample_plans/*/), and on a generated
   5,000-word plan whose every paragraph is distinct (so textstat's caches cannot help):
   words per second per core (one process, one thread), textstat's caches emptied before
   each timing.
2. Planted jargon: the generated plan has 40 acronyms from the rubric's expansions list (not
   the exempt ones), half
   spelled out on first use in one of the accepted forms and half not; the check must flag
   exactly the unexplained half (recall and precision printed).
3. Levels and Flesch scores of Sections A and E across the sample plans.

Nothing is downloaded; run it with the network off.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import random
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "benchmarks" / "out" / "readability"

from ehcaudit.language import readability  # noqa: E402
from ehcaudit.reader import read_plan  # noqa: E402
from ehcaudit.rubric.engine import run_criterion  # noqa: E402
from ehcaudit.rubric.schema import default_rubric_path, load_rubric  # noqa: E402

RUBRIC = load_rubric(default_rubric_path())
CIDS = ("LG-READABILITY", "LG-JARGON")
AS_OF = dt.date(2026, 11, 30)

SENTENCES = [
    "{n} enjoys {a} and is proud when {p} can show an adult.",
    "{n} finds it hard to {b} when the room is busy.",
    "At home, {n} likes to {a} with {q} family.",
    "{n}'s parents say {p} is kind, funny and determined.",
    "By July 2027, {n} will {b} on 4 days out of 5 with one reminder.",
    "Staff will help {n} to {b} by giving one instruction at a time.",
]
ACTS = ["draw animals", "build models", "play football", "read comics", "help in the kitchen",
        "sing in the choir", "look after the class plants", "use the computer"]
HARD = ["wait for a turn", "start a piece of writing", "ask for help", "join a group game",
        "move between lessons", "follow a spoken instruction", "share equipment"]


def _para(rng: random.Random, i: int) -> str:
    n = rng.choice(["Jade", "Sam", "Leo", "Priya"])
    words = {"n": n, "p": "she" if n in ("Jade", "Priya") else "he",
             "q": "her" if n in ("Jade", "Priya") else "his",
             "a": rng.choice(ACTS), "b": rng.choice(HARD)}
    body = " ".join(rng.choice(SENTENCES).format(**words) for _ in range(4))
    return f"{body} (Note {i}.)"


def generated_plan(words: int, seed: int = 7) -> tuple[str, set[str], set[str]]:
    """A Markdown plan of about ``words`` words with planted explained/unexplained acronyms."""
    rng = random.Random(seed)
    params = RUBRIC.criterion("LG-JARGON").params
    expansions = params.expansions
    exempt = {e.casefold() for e in params.exempt}  # acronyms every reader knows: never flagged
    keys = [
        k for k in sorted(expansions) if re.fullmatch(r"[A-Za-z]+", k) and k.casefold() not in exempt
    ]
    rng.shuffle(keys)
    planted = keys[:40]
    explained, unexplained = set(planted[:20]), set(planted[20:])
    forms = ["{exp} ({k})", "{k} ({exp})", "{k} – {exp}"]
    paras: list[str] = []
    i = 0
    for k in planted:
        exp = expansions[k][0]
        text = _para(rng, i)
        i += 1
        if k in explained:
            mention = rng.choice(forms).format(k=k, exp=exp[0].upper() + exp[1:])
        else:
            mention = k
        paras.append(f"{text} The {mention} will review this each term.")
    while sum(len(p.split()) for p in paras) < words:
        paras.append(_para(rng, i))
        i += 1
    rng.shuffle(paras)
    half = len(paras) // 2
    text = (
        "# Section A: Views, interests and aspirations\n\n" + "\n\n".join(paras[:half])
        + "\n\n# Section E: Outcomes\n\n" + "\n\n".join(paras[half:]) + "\n"
    )
    return text, explained, unexplained


def cold_caches() -> None:
    """Empty textstat's per-text caches, so timings never profit from text seen before."""
    import textstat.backend as tb

    for mod in (tb.counts, tb.selections, tb.transformations, tb.metrics):
        for name in dir(mod):
            fn = getattr(mod, name)
            if hasattr(fn, "cache_clear"):
                fn.cache_clear()


def run_criteria(plan) -> dict:
    return {
        cid: run_criterion(plan, RUBRIC, RUBRIC.criterion(cid), AS_OF, cache={}) for cid in CIDS
    }


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--words", type=int, default=5000)
    args = ap.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)

    plans = []
    for month in sorted(p for p in (ROOT / "sample_plans").iterdir() if p.is_dir()):
        for f in sorted(month.iterdir()):
            if f.suffix in (".docx", ".md", ".txt"):
                plans.append(read_plan(f))
    words = sum(p.words for p in plans)
    run_criteria(plans[0])  # warm-up: imports, rubric, textstat
    best = float("inf")
    for _ in range(args.repeat):
        cold_caches()
        t = time.process_time()
        results = [run_criteria(p) for p in plans]
        best = min(best, time.process_time() - t)
    print(f"sample plans: {len(plans)} plans, {words:,} words; both criteria in {best:.3f} s CPU "
          f"= {words / best:,.0f} words/s/core, {1000 * best / len(plans):.1f} ms a plan")

    text, explained, unexplained = generated_plan(args.words)
    src = OUT / "generated-plan.md"
    src.write_text(text, encoding="utf-8")
    big = read_plan(src)
    best = float("inf")
    for r in range(args.repeat):
        # distinct text each repeat so textstat's caches cannot help
        variant = text.replace("(Note ", f"(Run {r} note ")
        src.write_text(variant, encoding="utf-8")
        big = read_plan(src)
        cold_caches()
        t = time.process_time()
        res = run_criteria(big)
        best = min(best, time.process_time() - t)
    print(f"generated plan: {big.words:,} words; both criteria in {best:.3f} s CPU "
          f"= {big.words / best:,.0f} words/s/core")

    flagged = {re.search(r"'([^']+)'", f.message).group(1)
               for f in res["LG-JARGON"].findings if f.kind == "issue"}
    hit = flagged & unexplained
    print(f"planted jargon: {len(unexplained)} unexplained, {len(explained)} explained; flagged "
          f"{len(flagged)}: recall {len(hit) / len(unexplained):.0%}, precision "
          f"{len(hit) / max(1, len(flagged)):.0%}; missed {sorted(unexplained - flagged)}, "
          f"wrongly flagged {sorted(flagged - unexplained)}")

    levels = collections.Counter()
    scores: dict[str, list[float]] = {"A": [], "E": []}
    for p, res_p in zip(plans, results, strict=True):
        for cid, r in res_p.items():
            levels[(cid, r.level)] += 1
        for code in scores:
            m = readability.measure([b.text for b in p.blocks_in(code)])
            if m.words >= 40:
                scores[code].append(m.reading_ease)
    for cid in CIDS:
        dist = ", ".join(f"level {lv}: {n}" for (c, lv), n in sorted(levels.items(), key=str)
                         if c == cid)
        print(f"{cid} on the sample plans: {dist}")
    for code, vals in scores.items():
        if vals:
            print(f"Section {code} Flesch reading ease: median {statistics.median(vals):.0f}, "
                  f"range {min(vals):.0f}-{max(vals):.0f} ({len(vals)} sections of 40+ words)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
