"""How the workspace's read API scales: a copy of an audited store grown to N plans in one month
(each plan row copied with a new SHA-256), then the calls a page makes, timed.

    python benchmarks/workspace/run.py STORE [--plans 20000]

STORE is any store written by `ehcaudit audit` (e.g. reports/ehcaudit.db after
scripts/audit-samples.sh); it is copied, never changed.
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path

from ehcaudit.store import GradeStore


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("store", type=Path)
    ap.add_argument("--plans", type=int, default=20_000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.db"
        shutil.copy(args.store, path)
        with GradeStore(path) as gs:  # migrates to the current schema
            month = gs.months()[-1]["month"]
        c = sqlite3.connect(path)
        cols = [r[1] for r in c.execute("PRAGMA table_info(plans)")]
        rows = c.execute("SELECT * FROM plans WHERE month = ?", (month,)).fetchall()
        i_sha, i_id = cols.index("sha256"), cols.index("id")
        c.execute("BEGIN")
        n = len(rows)
        k = 0
        while n < args.plans:
            for r in rows:
                r = list(r)
                r[i_id], r[i_sha] = None, hashlib.sha256(f"{k}-{r[i_sha]}".encode()).hexdigest()
                c.execute(f"INSERT INTO plans VALUES ({','.join('?' * len(r))})", r)
                n += 1
            k += 1
        c.execute("COMMIT")
        c.close()
        with GradeStore(path) as gs:
            recs = gs._records(month, month, with_result=False)
            key = recs[len(recs) // 2].key
            crit = gs.plan(key).result["criteria"][0]["id"]
            for who, level in (("Ann", 1), ("Bob", 3)):
                gs.add_grade(key, who, "auditor", crit, level, "")
            print(f"{len(recs)} plans in {month}, 2 grades")
            for name, call in (("months", gs.months), ("plan(key)", lambda: gs.plan(key)),
                               ("plan_json", lambda: gs.plan_json(gs.plan(key))),
                               ("month_plans", lambda: gs.month_plans(month)),
                               ("agreement", lambda: gs.agreement(month))):
                t = time.perf_counter()
                call()
                print(f"{name:12s} {time.perf_counter() - t:6.2f} s")


if __name__ == "__main__":
    main()
