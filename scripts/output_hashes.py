"""Hash everything the tool writes, so a refactor can show it changed nothing.

    python scripts/output_hashes.py --out before.json        # on main, before the change
    python scripts/output_hashes.py --compare before.json    # after: lists what differs

It runs, in a temporary folder, what a user runs:

1. ``ehcaudit audit`` on every month of ``sample_plans/`` into one store (``--jobs 1``);
2. ``ehcaudit trend`` over that store (HTML, XLSX and CSVs);
3. ``ehcaudit score`` (JSON and HTML) and ``ehcaudit feedback`` on the first month;
4. with ``--caseload N``, ``ehcaudit audit`` on N plans of the audit benchmark's caseload
   (``benchmarks/audit/generate.py``; grammar included, so allow about a second a plan).

and prints one SHA-256 per output: every store table (rows sorted; columns that hold a clock
time or a duration left out), every report file (CSV text; XLSX cell values; HTML and JSON text
with clock times and durations blanked), and the text of each Word feedback copy with its
comments. The tool version is pinned, so a code change alone does not change the store's reuse
keys. Two runs of unchanged code give the same hashes (checked when this script was written).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EHCAUDIT = [sys.executable, "-m", "ehcaudit"]
#: Clock times and durations, blanked before hashing (they differ run to run by design).
_CLOCK = re.compile(
    r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?"
    r"|\b\d{1,2} [A-Z][a-z]+ \d{4},? \d{2}:\d{2}(?::\d{2})?"
    r"|\b\d+(?:\.\d+)?\s*(?:s|ms|seconds)\b"
    r"|\"(?:seconds|elapsed|duration|started|finished|created|at)[a-z_]*\":\s*[^,}\]]+"
)
_TIME_COLUMN = re.compile(r"(?:^|_)(?:at|time|seconds|elapsed|duration|started|finished|created|when)(?:_|$)")


def _h(data: bytes | str) -> str:
    if isinstance(data, str):
        data = data.encode("utf-8")
    return hashlib.sha256(data).hexdigest()[:16]


def _run(args: list[str], cwd: Path) -> str:
    env = {**os.environ, "EHCAUDIT_TEST_TOOL_VERSION": "output-hashes", "COLUMNS": "200"}
    proc = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True)
    if proc.returncode not in (0, 1):
        sys.exit(f"{' '.join(args[2:])} failed ({proc.returncode}): {proc.stderr.strip()[-500:]}")
    return proc.stdout


def hash_store(path: Path) -> dict[str, str]:
    out = {}
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        for t in tables:
            cols = [r[1] for r in con.execute(f'PRAGMA table_info("{t}")')]
            keep = [c for c in cols if not _TIME_COLUMN.search(c.lower())]
            rows = con.execute(f'SELECT {", ".join(chr(34) + c + chr(34) for c in keep)} FROM "{t}"').fetchall()
            text = "\n".join(sorted(_CLOCK.sub("<t>", repr(r)) for r in rows))
            out[f"store/{t} ({len(rows)} rows; {', '.join(keep)})"] = _h(text)
    finally:
        con.close()
    return out


def hash_file(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        from openpyxl import load_workbook

        wb = load_workbook(path, read_only=True)
        parts = []
        for ws in wb.worksheets:
            parts.append(f"## {ws.title}")
            for row in ws.iter_rows(values_only=True):
                parts.append(_CLOCK.sub("<t>", repr(row)))
        return _h("\n".join(parts))
    if suffix == ".docx":
        with zipfile.ZipFile(path) as z:
            names = sorted(n for n in z.namelist() if n.startswith("word/") and n.endswith(".xml"))
            text = "\n".join(re.sub(r'w:date="[^"]*"|w:rsid\w*="[^"]*"', "", z.read(n).decode("utf-8")) for n in names)
        return _h(text)
    return _h(_CLOCK.sub("<t>", path.read_text(encoding="utf-8", errors="replace")))


def collect(work: Path, caseload: int) -> dict[str, str]:
    months = sorted(p for p in (ROOT / "sample_plans").iterdir() if p.is_dir() and re.fullmatch(r"\d{4}-\d{2}", p.name))
    store = work / "store.db"
    for m in months:
        _run([*EHCAUDIT, "audit", str(m), "--month", m.name, "--store", str(store), "--jobs", "1"], work)
    _run([*EHCAUDIT, "trend", "--store", str(store), "--out", str(work / "reports")], work)
    first = months[0]
    (work / "score").mkdir()
    (work / "score" / "score.json").write_text(
        _run([*EHCAUDIT, "score", str(first), "--format", "json", "--as-of", f"{first.name}-28"], work), encoding="utf-8")
    _run([*EHCAUDIT, "score", str(first), "--format", "html", "--out", str(work / "score" / "html"),
          "--as-of", f"{first.name}-28"], work)
    _run([*EHCAUDIT, "feedback", str(first), "--out", str(work / "feedback"), "--as-of", f"{first.name}-28"], work)
    hashes = hash_store(store)
    if caseload:
        plans = ROOT / "benchmarks" / "out" / "audit" / "plans"
        if not plans.is_dir() or len(list(plans.glob("*.docx"))) < caseload:
            _run([sys.executable, str(ROOT / "benchmarks" / "audit" / "generate.py"), "--plans", str(caseload)], ROOT)
        case = work / "caseload"
        case.mkdir()
        for p in sorted(plans.glob("*.docx"))[:caseload]:
            shutil.copy2(p, case / p.name)
        cstore = work / "caseload.db"
        _run([*EHCAUDIT, "audit", str(case), "--month", "2026-11", "--store", str(cstore), "--jobs", "1"], work)
        hashes.update({f"caseload-{k}": v for k, v in hash_store(cstore).items()})
    for sub in ("reports", "score", "feedback"):
        for f in sorted((work / sub).rglob("*")):
            if f.is_file():
                hashes[f"{sub}/{f.relative_to(work / sub)}"] = hash_file(f)
    return hashes


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, help="write the hashes to this JSON file")
    ap.add_argument("--compare", type=Path, help="compare with hashes written earlier by --out")
    ap.add_argument("--caseload", type=int, default=0, help="also audit this many benchmark caseload plans")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="ehcaudit-hashes-") as tmp:
        hashes = collect(Path(tmp), args.caseload)
    if args.out:
        args.out.write_text(json.dumps(hashes, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    if args.compare:
        before = json.loads(args.compare.read_text(encoding="utf-8"))
        changed = sorted(k for k in before.keys() | hashes.keys() if before.get(k) != hashes.get(k))
        for k in changed:
            print(f"DIFFERS  {k}: {before.get(k, '(absent)')} -> {hashes.get(k, '(absent)')}")
        print(f"{len(hashes) - len([k for k in changed if k in hashes])} of {len(hashes)} outputs unchanged; "
              f"{len(changed)} differ")
        sys.exit(1 if changed else 0)
    if not args.out:
        for k, v in sorted(hashes.items()):
            print(f"{v}  {k}")


if __name__ == "__main__":
    main()
