"""Where proofreading time goes: Harper alone, with no rules, with spelling only, and with
ehcaudit's configuration, on text it has never seen.

    python benchmarks/language/harper_floor.py [--repeat 3]

The distinct blocks of the prose corpus and the sample plans are shuffled (fixed seed) and
split in two halves. Each configuration runs in a fresh process: build the linter, lint half
A (warming every lazily built structure), then time half B, which it has never seen, in
batches of about 2,000 characters as the engine sends them. Only Harper's own call is timed:
none of ehcaudit's Python (patterns, names, mapping findings back) is included, so the
"ehcaudit configuration" row is the ceiling for the whole engine. Best of ``--repeat``.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import DATA, count_words, sample_plan_docs  # noqa: E402

CONFIGS = {
    "none": "no rules (parsing only)",
    "spelling": "spelling only (SpellCheck)",
    "ehcaudit": "ehcaudit's configuration (205 rules)",
}


def halves() -> tuple[list[str], list[str]]:
    paras: list[str] = []
    for f in sorted((DATA / "prose").glob("*.txt")):
        paras += [p for p in f.read_text(encoding="utf-8").splitlines() if p.strip()]
    for d in sample_plan_docs():
        paras += d
    paras = list(dict.fromkeys(paras))
    random.Random(1).shuffle(paras)
    return paras[::2], paras[1::2]


def batches(paras: list[str]) -> list[str]:
    out, cur, size = [], [], 0
    for t in paras:
        if cur and size + len(t) > 2000:
            out.append("\n\n".join(cur))
            cur, size = [], 0
        cur.append(t)
        size += len(t) + 2
    if cur:
        out.append("\n\n".join(cur))
    return out


def child(config: str) -> None:
    import harper

    from ehcaudit.language.harper_engine import HarperEngine

    linter = HarperEngine()._linter
    cfg = linter.get_lint_config()
    if config == "none":
        cfg = dict.fromkeys(cfg, False)
    elif config == "spelling":
        cfg = {k: k == "SpellCheck" for k in cfg}
    linter.set_lint_config(cfg)
    a, b = halves()
    for x in batches(a):
        linter.organized_lints(x, language=harper.Language.PLAINTEXT)
    words = sum(count_words(t) for t in b)
    t0 = time.perf_counter()
    for x in batches(b):
        linter.organized_lints(x, language=harper.Language.PLAINTEXT)
    dt = time.perf_counter() - t0
    print(json.dumps({"config": config, "rules": sum(cfg.values()), "words": words, "wps": words / dt}))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--child", choices=list(CONFIGS), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child)
        return
    rows = []
    for config, label in CONFIGS.items():
        best = None
        for _ in range(args.repeat):
            out = subprocess.run([sys.executable, __file__, "--child", config], check=True,
                                 capture_output=True, text=True).stdout
            r = json.loads(out.strip().splitlines()[-1])
            if best is None or r["wps"] > best["wps"]:
                best = r
        rows.append((label, best))
    print(f"Harper alone on {rows[0][1]['words']:,} words it has never seen (best of {args.repeat}, fresh processes)")
    for label, r in rows:
        print(f"  {label:<40} {r['wps']:>9,.0f} words/s")


if __name__ == "__main__":
    main()
