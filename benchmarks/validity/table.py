"""The README's "How far to trust each criterion" table, from the validity benchmark's results.

    python benchmarks/validity/table.py                 # print the table
    python benchmarks/validity/table.py --readme README.md   # replace it in the README

For every set under ``sets/`` it reads the **first run** (``sets/<set>/first-run.json``, made once,
before anything was changed for that set) and the **current** run (``results-<set>.json``, written
by ``run.py <set>``: run it first for every set). Each cell is "failures flagged · passes flagged"
(amber or red). The current columns add up every set; precision is flagged failures over all
flags.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
START = "<!-- validity-table:start -->"
END = "<!-- validity-table:end -->"


def _load(path: Path) -> dict | None:
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else None


def _cell(row: dict | None) -> str:
    if not row:
        return "–"
    return f"{row['fail_flagged']}/{row['fail_labels']} · {row['pass_flagged']}/{row['pass_labels']}"


def _pct(n: int, d: int) -> str:
    return f"{100 * n / d:.1f}%" if d else "–"


def build(sets: list[str]) -> str:
    first = {s: _load(HERE / "sets" / s / "first-run.json") for s in sets}
    now = {s: _load(HERE / f"results-{s}.json") for s in sets}
    missing = [s for s in sets if now[s] is None]
    if missing:
        sys.exit(f"no current results for set(s) {', '.join(missing)}: run benchmarks/validity/run.py <set> first")
    names = sorted({c for s in sets for c in now[s]["criteria"]})  # type: ignore[index]
    areas = sorted({a for s in sets for a in now[s]["areas"]})  # type: ignore[index]
    head = ["Criterion", *[f"{s} first run" for s in sets],
            "Now, all sets: failures flagged", "passes flagged", "precision"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]

    def row(label: str, key: str, name: str) -> str:
        cells = [_cell((first[s] or {}).get(key, {}).get(name) if first[s] else None) for s in sets]
        tot = {k: sum(now[s][key].get(name, {}).get(k, 0) for s in sets)  # type: ignore[index]
               for k in ("fail_flagged", "fail_labels", "pass_flagged", "pass_labels")}
        flags = tot["fail_flagged"] + tot["pass_flagged"]
        return ("| " + " | ".join([label, *cells,
                                   f"{tot['fail_flagged']}/{tot['fail_labels']} ({_pct(tot['fail_flagged'], tot['fail_labels'])})",
                                   f"{tot['pass_flagged']}/{tot['pass_labels']} ({_pct(tot['pass_flagged'], tot['pass_labels'])})",
                                   _pct(tot["fail_flagged"], flags)]) + " |")

    for name in names:
        lines.append(row(f"`{name}`", "criteria", name))
    for area in areas:
        lines.append(row(f"**area {area}**", "areas", area))
    cells = [_cell(first[s]["overall"]) if first[s] else "–" for s in sets]  # type: ignore[index]
    tot = {k: sum(now[s]["overall"][k] for s in sets)  # type: ignore[index]
           for k in ("fail_flagged", "fail_labels", "pass_flagged", "pass_labels")}
    lines.append("| " + " | ".join([
        "**overall**", *cells,
        f"{tot['fail_flagged']}/{tot['fail_labels']} ({_pct(tot['fail_flagged'], tot['fail_labels'])})",
        f"{tot['pass_flagged']}/{tot['pass_labels']} ({_pct(tot['pass_flagged'], tot['pass_labels'])})",
        _pct(tot["fail_flagged"], tot["fail_flagged"] + tot["pass_flagged"])]) + " |")
    sound = []
    for s in sets:
        f, n = first[s], now[s]
        fo = f"{sum(p['ok'] for p in f['sound_plans'])}/{len(f['sound_plans'])}" if f else "–"
        no = f"{sum(p['ok'] for p in n['sound_plans'])}/{len(n['sound_plans'])}"  # type: ignore[index]
        sound.append(f"{s}: {fo} first run, {no} now")
    lines.append("")
    lines.append("Sound plans with no red and at most one amber: " + "; ".join(sound) + ".")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--readme", type=Path, help="replace the table between the markers in this file")
    ap.add_argument("--sets", nargs="*", help="set names (default: every folder under sets/)")
    args = ap.parse_args()
    # A, B, ... Z, then AA, AB, ...: the order the sets were written in
    sets = args.sets or sorted((p.name for p in (HERE / "sets").iterdir() if (p / "labels.yaml").is_file()),
                               key=lambda name: (len(name), name))
    table = build(sets)
    if not args.readme:
        print(table)
        return
    text = args.readme.read_text(encoding="utf-8")
    if START not in text or END not in text:
        sys.exit(f"{args.readme}: markers {START} / {END} not found")
    new = re.sub(re.escape(START) + r".*?" + re.escape(END), lambda _m: f"{START}\n{table}\n{END}", text, flags=re.S)
    args.readme.write_text(new, encoding="utf-8")
    print(f"updated {args.readme}")


if __name__ == "__main__":
    main()
