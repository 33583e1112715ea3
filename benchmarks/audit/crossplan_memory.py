"""Memory of the month's cross-plan step: every fingerprint held at once (as before session 4)
against ``slim_month``'s two passes (as ``ehcaudit audit`` does now), on a synthetic month.

    python benchmarks/audit/crossplan_memory.py [--plans 2000] [--shared 0.05]

Each plan gets 300 sentence rows (hash, section, location, text), a share of them (``--shared``)
drawn from a small common bank so that they repeat across plans, the rest its own; each child
has a different name. Each way runs in a fresh process; the figure is that process's peak RSS
above its RSS before the month was built (``resource.getrusage``), with the fingerprints
produced one at a time from a generator (as the store's cursor yields them). Both ways must
give the same findings.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import resource
import subprocess
import sys


def rows(n_plans: int, shared: float):
    from ehcaudit.crossplan import FINGERPRINT_VERSION

    rng = random.Random(5)
    bank = [f"{rng.getrandbits(48):012x}" for _ in range(400)]
    for i in range(n_plans):
        s = []
        for j in range(300):
            h = rng.choice(bank) if rng.random() < shared else f"{rng.getrandbits(48):012x}"
            s.append([h, "B", f"Section B, paragraph {j + 1}",
                      f"Child {i} sentence {j} about the child and what helps them at school."])
        yield f"{i:064x}", {"v": FINGERPRINT_VERSION, "plan_id": f"P-{i:05d}", "sha256": f"{i:064x}",
                            "child": f"Child{i}", "child_from": "known_as", "s": s, "names": []}


def child(way: str, n: int, shared: float) -> None:
    from ehcaudit.crossplan import cross_plan_findings, slim_month

    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    if way == "full":
        found = cross_plan_findings(dict(rows(n, shared)))
    else:
        found = cross_plan_findings(slim_month(lambda: rows(n, shared)))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"way": way, "findings": len(found), "mb": round((peak - before) / 1024),
                      "digest": hashlib.sha256(json.dumps(found, sort_keys=True).encode()).hexdigest()}))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--plans", type=int, default=2000)
    ap.add_argument("--shared", type=float, default=0.05)
    ap.add_argument("--child", choices=["full", "slim"], help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child, args.plans, args.shared)
        return
    out = {}
    for way in ("full", "slim"):
        res = subprocess.run([sys.executable, __file__, "--child", way, "--plans", str(args.plans),
                              "--shared", str(args.shared)], check=True, capture_output=True, text=True)
        out[way] = json.loads(res.stdout.strip().splitlines()[-1])
    assert out["full"]["findings"] == out["slim"]["findings"], out
    assert out["full"]["digest"] == out["slim"]["digest"], out
    print(f"{args.plans} plans x 300 sentences, {args.shared:.0%} from a shared bank: "
          f"{out['full']['findings']} copy-paste findings either way")
    print(f"  every fingerprint held at once: {out['full']['mb']} MB above start")
    print(f"  slim_month (two passes):        {out['slim']['mb']} MB above start")


if __name__ == "__main__":
    main()
