"""Cross-plan checks benchmark: fingerprint size and time per 5,000-word plan, and the time to
compare a month of plans.

    python benchmarks/crossplan/run.py [--words 5000] [--months 100,500,1000]

Generates realistic Markdown plans under benchmarks/out/crossplan/ (git-ignored): every
sentence is built from random parts, so plans are distinct, except for one planted sentence
pasted into three children's plans and one planted wrong name per month, which must be found.
Prints the JSON size of a fingerprint (raw and gzip), the time to read and to fingerprint one
plan, and the time of ``cross_plan_findings`` for months of the given sizes.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import resource
import statistics
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

from ehcaudit.crossplan import cross_plan_findings, fingerprint  # noqa: E402
from ehcaudit.reader import read_plan  # noqa: E402

NAMES = ["Jade", "Sam", "Priya", "Leo", "Amira", "Oscar", "Noah", "Maya", "Reuben", "Zara",
         "Tom", "Isla", "Yusuf", "Freya", "Alfie", "Lola", "Dev", "Hana", "Kai", "Ellie"]
VERBS = ["enjoys", "finds it hard to", "is learning to", "needs help to", "is proud to",
         "is beginning to", "can now", "wants to", "sometimes refuses to", "likes to"]
ACTS = ["share a game", "wait for a turn", "read a short book", "write a sentence", "count coins",
        "tie shoelaces", "ask for help", "join in at playtime", "follow a recipe", "use a timer",
        "talk about feelings", "sit on the carpet", "travel by bus", "use a symbol board",
        "eat in the dining hall", "choose a snack", "build a model", "draw a map", "sing a song"]
WHEN = ["in the morning", "after lunch", "at break time", "on Fridays", "in maths lessons",
        "during assemblies", "in the forest school", "at home", "on school trips", "in PE"]
WITH = ["with a trusted adult", "with a friend", "on {his} own", "in a small group",
        "with visual prompts", "with a sand timer", "with a reward chart", "with a peer mentor"]
SECTIONS = ["A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K"]


def sentence(rng: random.Random, name: str, his: str) -> str:
    w = rng.choice(WITH).format(his=his)
    return (f"{name} {rng.choice(VERBS)} {rng.choice(ACTS)} {rng.choice(WHEN)} {w}, and "
            f"{his} {rng.choice(['teacher', 'family', 'keyworker', 'TA'])} has noticed this "
            f"{rng.randint(2, 300)} times in {rng.randint(2, 40)} weeks since "
            f"{rng.choice(['September', 'January', 'Easter', 'half term', 'the review'])}.")


def plan_text(rng: random.Random, i: int, words: int, extra: dict[str, str]) -> str:
    name = NAMES[i % len(NAMES)] + ("" if i < len(NAMES) else f"{chr(97 + i % 26)}")
    his = rng.choice(["his", "her"])
    out = [f"Plan reference: BM-{i:05d}", f"Known as: {name}", ""]
    per = words // len(SECTIONS)
    for code in SECTIONS:
        out += [f"# Section {code}", ""]
        n = 0
        while n < per:
            s = sentence(rng, name, his)
            n += len(s.split())
            out.append(s)
        if code in extra:
            out.append(extra[code].format(name=name, his=his))
        out.append("")
    return "\n".join(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", type=int, default=5000)
    ap.add_argument("--plans", type=int, default=40, help="plans written and read")
    ap.add_argument("--months", default="100,500,1000", help="month sizes to compare")
    args = ap.parse_args()
    out = ROOT / "benchmarks" / "out" / "crossplan"
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(5)
    pasted = ("{name} becomes distressed when the fire alarm sounds and needs a trusted adult "
              "to take {his} hand and lead the way outside calmly.")
    fps, sizes, gz, t_read, t_fp, t_fp_masked, n_words = [], [], [], [], [], [], []
    for i in range(args.plans):
        extra = {"B": pasted} if i in (3, 7, 11) else {}
        if i == 5:
            extra["F"] = "Sam will use his visual timetable to move between lessons on his own."
        path = out / f"plan-{i:03d}.md"
        path.write_text(plan_text(rng, i, args.words, extra), encoding="utf-8")
        t = time.perf_counter()
        plan = read_plan(path)
        t_read.append(time.perf_counter() - t)
        t = time.perf_counter()
        fp = fingerprint(plan)
        t_fp.append(time.perf_counter() - t)
        t = time.perf_counter()
        fingerprint(plan, masked=True)  # as `ehcaudit audit` calls it (privacy already checked)
        t_fp_masked.append(time.perf_counter() - t)
        raw = json.dumps(fp, separators=(",", ":")).encode()
        sizes.append(len(raw))
        gz.append(len(gzip.compress(raw)))
        n_words.append(plan.words)
        fps.append(fp)
    t_fp_warm = t_fp[1:]  # the first call loads the first-name list
    print(f"plans: {args.plans}, words per plan: median {statistics.median(n_words):,.0f}")
    print(f"fingerprint JSON: median {statistics.median(sizes) / 1024:.1f} KiB "
          f"(gzip {statistics.median(gz) / 1024:.1f} KiB); "
          f"sentences kept: median {statistics.median(len(f['s']) for f in fps):.0f}, "
          f"with text {statistics.median(sum(1 for r in f['s'] if r[3]) for f in fps):.0f}")
    print(f"read one plan: median {statistics.median(t_read) * 1000:.0f} ms; fingerprint: first "
          f"{t_fp[0] * 1000:.0f} ms (loads first names), then median "
          f"{statistics.median(t_fp_warm) * 1000:.0f} ms; with masked=True median "
          f"{statistics.median(t_fp_masked) * 1000:.0f} ms")
    month = {f["sha256"]: f for f in fps}
    found = cross_plan_findings(month)
    kinds = [(f["kind"], f["count"]) for f in found]
    print(f"findings in the {len(month)} generated plans: {kinds}")
    for size in (int(x) for x in args.months.split(",")):
        big = {}
        for j in range(size):  # re-label generated fingerprints as distinct children
            base = fps[j % len(fps)]
            key = f"{j:064x}"
            big[key] = dict(base, sha256=key, plan_id=f"BM-{j:05d}", child=f"Child{j}",
                            s=[[f"{j:04x}{r[0][4:]}" if j >= len(fps) else r[0], *r[1:]]
                               for r in base["s"]])
        t = time.perf_counter()
        cross_plan_findings(big)
        print(f"cross_plan_findings, month of {size} plans: {time.perf_counter() - t:.2f} s")
    print(f"peak RSS of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
