"""Audit benchmark: plans per second for ``ehcaudit audit``, cold and warm, with --jobs 1 and 2.

    python benchmarks/audit/run.py [--plans 100] [--jobs 1 2] [--repeat 1] [--keep]
    python benchmarks/audit/run.py --plans 1000 --jobs 2 --no-grammar --out benchmarks/out/audit-1000

1. Generates a caseload of 3,000-8,000-word plans (``generate.py``) in benchmarks/out/audit/
   (git-ignored), unless one of the same size is there already and ``--keep`` is given.
2. Reads every plan with the reader alone, in this process (the baseline for "audit time /
   reading time").
3. Runs the grammar engine alone over every block of every plan, in a fresh process (engine
   built before the clock starts), if the language engine is installed (the issue's target:
   cold audit within 1.5x of it).
4. For each ``--jobs`` value: ``ehcaudit audit`` cold (fresh store), warm (same store, same
   unchanged plans) and, with ``--changed 10`` (the default), again after amending one plan in
   ten as an annual review would (a paragraph added; the original files are put back after),
   as a subprocess, timing the wall clock and sampling the resident memory
   of the whole process tree (audit process + workers; psutil, every 50 ms) for the peak of
   the *sum* of RSS.
   With ``--repeat N``, step 3 and step 4's cold and warm runs are each run N times and the best is kept
   (both sides of the ratio alike: a busy moment on the machine should not decide it).
5. Prints a table, the 20,000-plan x 5,000-word projection and the store's size after the
   cold run (file and write-ahead log), and writes results.json.

The rubric is copied and the tool version pinned (``EHCAUDIT_TEST_TOOL_VERSION``) for the
runs, so a colleague editing the code meanwhile does not turn a warm run into a cold one.
Whatever criteria the rubric has (the language checks included, once they are in it) are run.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "benchmarks" / "out" / "audit"  # --out changes it (a larger caseload beside this one)
PLANS = OUT / "plans"


def tree_rss(pid: int) -> int:
    import psutil

    try:
        proc = psutil.Process(pid)
        procs = [proc, *proc.children(recursive=True)]
    except psutil.Error:
        return 0
    total = 0
    for p in procs:
        try:
            total += p.memory_info().rss
        except psutil.Error:
            pass
    return total


@contextlib.contextmanager
def amend(files: list[Path]):
    """Amend these plans as an annual review would (a paragraph added at the end), then put
    back their original bytes, so the caseload is the same for the next run."""
    import docx

    note = "Amended at the annual review: the provision in Section F continues unchanged."
    originals = {f: f.read_bytes() for f in files}
    try:
        for f in files:
            if f.suffix == ".docx":
                d = docx.Document(str(f))
                d.add_paragraph(note)
                d.save(str(f))
            else:
                f.write_text(f.read_text(encoding="utf-8") + "\n" + note + "\n", encoding="utf-8")
        yield
    finally:
        for f, data in originals.items():
            f.write_bytes(data)


def run_audit(args: list[str], env: dict) -> tuple[float, int, dict]:
    """Wall seconds, peak summed RSS (bytes) and the JSON summary of one audit run."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = 0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not stop.is_set():
            peak = max(peak, tree_rss(proc.pid))
            time.sleep(0.05)

    th = threading.Thread(target=sample, daemon=True)
    th.start()
    out, err = proc.communicate()
    wall = time.perf_counter() - t0
    stop.set()
    th.join()
    if proc.returncode not in (0, 1):
        raise SystemExit(f"audit failed ({proc.returncode}): {err.strip()[-500:]}")
    return wall, peak, json.loads(out.strip().splitlines()[-1])


def grammar_child() -> None:
    """Print the seconds the grammar engine alone takes on every block of every plan (the
    engine is built first, untimed; its first call warms it up, as an audit's first plan does)."""
    from ehcaudit.language.engines import get_engine
    from ehcaudit.reader import read_plan

    texts = [b.text for f in sorted(PLANS.iterdir()) for b in read_plan(f).blocks if b.text.strip()]
    engine = get_engine()
    t0 = time.perf_counter()
    engine.check_many(texts)
    print(json.dumps({"engine": engine.name, "seconds": time.perf_counter() - t0}))


def main() -> None:
    global OUT, PLANS
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--plans", type=int, default=100)
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--keep", action="store_true", help="reuse an existing caseload of the same size")
    ap.add_argument("--repeat", type=int, default=1,
                    help="best of N for the grammar engine alone and for each cold audit")
    ap.add_argument("--out", type=Path, default=OUT, help="folder for the caseload, stores and results.json")
    ap.add_argument("--no-grammar", action="store_true", help="skip timing the grammar engine alone")
    ap.add_argument("--changed", type=int, default=10, metavar="PERCENT",
                    help="after the warm run, amend this share of the plans and audit again (0: skip)")
    ap.add_argument("--grammar-child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    OUT, PLANS = args.out.resolve(), args.out.resolve() / "plans"
    if args.grammar_child:
        grammar_child()
        return

    if not (args.keep and PLANS.is_dir() and len(list(PLANS.iterdir())) == args.plans):
        subprocess.run([sys.executable, str(Path(__file__).with_name("generate.py")),
                        "--plans", str(args.plans), "--out", str(PLANS)], check=True)
    files = sorted(PLANS.iterdir())

    from ehcaudit.reader import read_plan

    t0 = time.perf_counter()
    words = sum(read_plan(f).words for f in files)  # one plan held at a time, as an audit does
    read_s = time.perf_counter() - t0
    print(f"{len(files)} plans, {words:,} words ({words / len(files):,.0f} a plan); "
          f"reading alone: {read_s:.2f} s ({len(files) / read_s:.1f} plans/s)")

    grammar_s = None
    runs_g = []
    for _ in range(0 if args.no_grammar else args.repeat):  # a fresh process each: nothing remembered
        out = subprocess.run([sys.executable, __file__, "--grammar-child", "--plans", str(args.plans),
                              "--out", str(OUT)],
                             capture_output=True, text=True)
        if out.returncode != 0:
            print(f"grammar engine alone: not measured ({out.stderr.strip().splitlines()[-1:]})")
            break
        runs_g.append(json.loads(out.stdout.strip().splitlines()[-1]))
    if runs_g:
        grammar_s = min(r["seconds"] for r in runs_g)
        print(f"grammar engine alone ({runs_g[0]['engine']}): {grammar_s:.2f} s "
              f"(best of {len(runs_g)}: {', '.join(format(r['seconds'], '.2f') for r in runs_g)})")

    rubric = OUT / "rubric.yaml"
    shutil.copy(ROOT / "rubrics" / "ehcp-core.yaml", rubric)
    env = {**os.environ, "EHCAUDIT_TEST_TOOL_VERSION": "benchmark"}
    exe = [sys.executable, "-c", "from ehcaudit.cli import main; main()"]
    rows = []
    for jobs in args.jobs:
        store = OUT / f"store-jobs{jobs}.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{store}{suffix}").unlink(missing_ok=True)
        cmd = [*exe, "audit", str(PLANS), "--month", "2026-03", "--store", str(store),
               "--rubric", str(rubric), "--jobs", str(jobs), "--json"]
        colds = []
        for _ in range(args.repeat):
            for suffix in ("", "-wal", "-shm"):
                Path(f"{store}{suffix}").unlink(missing_ok=True)
            colds.append(run_audit(cmd, env))
        fastest = min(colds, key=lambda c: c[0])
        cold = (fastest[0], max(c[1] for c in colds), fastest[2])  # memory: the worst run's peak
        if len(colds) > 1:
            print(f"--jobs {jobs}: cold runs {', '.join(f'{c[0]:.1f}' for c in colds)} s (best kept)")
        store_bytes = sum(Path(f"{store}{x}").stat().st_size for x in ("", "-wal")
                          if Path(f"{store}{x}").exists())
        warms = [run_audit(cmd, env) for _ in range(args.repeat)]
        warm = min(warms, key=lambda w: w[0])
        assert warm[2]["reused"] == len(files), warm[2]
        runs = [("cold", cold), ("warm", warm)]
        if args.changed:
            amended = files[::max(1, round(100 / args.changed))]
            with amend(amended):
                changed = run_audit(cmd, env)
            assert (changed[2]["scored"], changed[2]["reused"]) == \
                (len(amended), len(files) - len(amended)), changed[2]
            runs.append((f"{len(amended) * 100 // len(files)}% changed", changed))
            print(f"--jobs {jobs}: with {len(amended)} of {len(files)} plans amended: {changed[0]:.1f} s "
                  f"({cold[0] / changed[0]:.1f}x faster than cold)")
        for kind, (wall, peak, summary) in runs:
            rows.append({"jobs": jobs, "run": kind, "seconds": round(wall, 2),
                         "all_seconds": [round(c[0], 2) for c in {"cold": colds, "warm": warms}.get(kind, [(wall,)])],
                         "plans_per_second": round(len(files) / wall, 2),
                         "peak_rss_mb": round(peak / 2**20), "scored": summary["scored"],
                         "reused": summary["reused"], "errors": summary["errors"],
                         "store_kb_per_plan": round(store_bytes / 1024 / len(files))})
        print(f"--jobs {jobs}: cold {cold[0]:.1f} s ({len(files) / cold[0]:.2f} plans/s, peak "
              f"{cold[1] / 2**20:.0f} MB); warm {warm[0]:.2f} s ({len(files) / warm[0]:.1f} plans/s, "
              f"peak {warm[1] / 2**20:.0f} MB); warm is {cold[0] / warm[0]:.0f}x faster; "
              f"store {store_bytes / 2**20:.1f} MiB after the cold run ({store_bytes / 1024 / len(files):.0f} KB a plan)")

    best = min((r for r in rows if r["run"] == "cold"), key=lambda r: r["seconds"])
    words_per_s = words / best["seconds"]
    projection_min = 20_000 * 5_000 / words_per_s / 60
    one = next((r for r in rows if r["run"] == "cold" and r["jobs"] == 1), None)
    result = {
        "plans": len(files), "words": words, "cpu_count": os.cpu_count(),
        "load_average_at_end": os.getloadavg(), "read_seconds": round(read_s, 2),
        "repeat": args.repeat,
        "grammar_engine_seconds": None if grammar_s is None else round(grammar_s, 2),
        "grammar_engine_runs": [round(r["seconds"], 2) for r in runs_g],
        "runs": rows,
        "audit_over_read_jobs1": None if one is None else round(one["seconds"] / read_s, 1),
        "audit_over_grammar_jobs1": (None if grammar_s is None or one is None
                                     else round(one["seconds"] / grammar_s, 2)),
        "projection_20000x5000_minutes": round(projection_min, 1),
        "projection_from": f"cold --jobs {best['jobs']}",
    }
    if args.changed:
        # a month in which this share of a 20,000-plan caseload changed: that share at the cold
        # rate (by words, as above) and the rest at the warm rate (by plans), both --jobs as best
        warm_best = min((r for r in rows if r["run"] == "warm"), key=lambda r: r["seconds"])
        share = args.changed / 100
        result["projection_20000x5000_changed_minutes"] = round(
            share * projection_min + (1 - share) * 20_000 * warm_best["seconds"] / len(files) / 60, 1)
        result["projection_changed_from"] = (f"{args.changed}% at the cold --jobs {best['jobs']} rate, "
                                             f"the rest at the warm --jobs {warm_best['jobs']} rate")
    (OUT / "results.json").write_text(json.dumps(result, indent=2))
    print()
    print("| --jobs | run | seconds | plans/s | peak RSS (process tree) |")
    print("|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['jobs']} | {r['run']} | {r['seconds']} | {r['plans_per_second']} | {r['peak_rss_mb']} MB |")
    if one is not None:
        print(f"\naudit (--jobs 1, cold) / reading alone: {result['audit_over_read_jobs1']}x")
    if result["audit_over_grammar_jobs1"] is not None:
        print(f"audit (--jobs 1, cold) / grammar engine alone: {result['audit_over_grammar_jobs1']}x")
    print(f"projected 20,000 plans x 5,000 words ({result['projection_from']}): {projection_min:.0f} min")
    if args.changed:
        print(f"projected month of 20,000 plans x 5,000 words ({result['projection_changed_from']}): "
              f"{result['projection_20000x5000_changed_minutes']:.1f} min")
    print(f"load average at the end: {', '.join(f'{x:.1f}' for x in os.getloadavg())} "
          f"on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
