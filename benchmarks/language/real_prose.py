"""Proofreading on real, published British public-sector prose: false findings per 1,000 words,
and recall on real-world misspellings and typing slips planted in that prose.

    python benchmarks/language/real_prose.py [--corpus DIR] [--plants N] [--out FILE]

The corpus is ``../shared/corpus/real-prose/*.txt`` beside the repository (an Ofsted/CQC area
SEND inspection letter and a council committee paper; their text is read from there and never
copied into this repository). Every spelling or grammar finding on the untouched text is
listed; a finding is false unless it is a real slip in the published text.

Planted errors (deterministic, seeded): for each document, up to ``N`` words are replaced, one
at a time, inside the paragraph that holds them (so long sentences, lists and headings are all
in play), and the paragraph is proofread again:

* **real-world misspellings**: words of the prose that are the correction of an entry in
  codespell's ``dictionary.txt`` (needs the ``codespell`` package, from the ``dev`` extra),
  replaced by that misspelling ("receive" -> "recieve");
* **typing slips**: a random word of five or more letters with two neighbouring letters swapped,
  a letter dropped, a letter doubled or a letter replaced by its neighbour on a UK keyboard.

A plant counts as found when a spelling finding covers the changed word. Plants that happen to
be words Harper's British dictionary knows ("form" -> "from") are real-word errors that no
spelling checker finds; they are counted apart and left out of the recall figure.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
DEFAULT_CORPUS = next((d / "shared" / "corpus" / "real-prose" for d in ROOT.parents
                       if (d / "shared" / "corpus" / "real-prose").is_dir()),
                      ROOT.parent / "shared" / "corpus" / "real-prose")
SEED = 20261206
WORD = re.compile(r"(?<![\w'’-])[a-z]{4,}(?![\w'’-])")
KEYBOARD = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]


def neighbours(ch: str) -> str:
    for row in KEYBOARD:
        i = row.find(ch)
        if i >= 0:
            return row[max(0, i - 1):i] + row[i + 1:i + 2]
    return ""


def slip(word: str, rng: random.Random) -> str:
    """One typing slip in ``word`` (always a different string)."""
    while True:
        kind = rng.randrange(4)
        i = rng.randrange(1, len(word) - 1)
        if kind == 0 and word[i] != word[i + 1]:
            out = word[:i] + word[i + 1] + word[i] + word[i + 2:]
        elif kind == 1:
            out = word[:i] + word[i + 1:]
        elif kind == 2:
            out = word[:i] + word[i] + word[i:]
        else:
            n = neighbours(word[i])
            out = word[:i] + rng.choice(n) + word[i + 1:] if n else word
        if out != word:
            return out


def codespell_pairs() -> dict[str, str]:
    """correction -> misspelling, for single lower-case words (first correction only)."""
    try:
        import codespell_lib
    except ImportError:
        return {}
    path = Path(codespell_lib.__file__).parent / "data" / "dictionary.txt"
    pairs: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if "->" not in line:
            continue
        wrong, right = (s.strip() for s in line.split("->", 1))
        right = right.split(",")[0].strip()
        if re.fullmatch(r"[a-z]{4,}", wrong) and re.fullmatch(r"[a-z]{4,}", right):
            pairs.setdefault(right, wrong)
    return pairs


def paragraphs(path: Path) -> list[str]:
    return [p for p in path.read_text(encoding="utf-8").splitlines() if p.strip()]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--plants", type=int, default=150, help="plants of each kind per document")
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "out" / "language" / "real-prose.json",
                    help="full report (it quotes the corpus, so it stays out of the repository)")
    args = ap.parse_args(argv)
    files = sorted(args.corpus.glob("*.txt"))
    files = [f for f in files if f.name.lower() != "readme.txt"]
    if not files:
        print(f"no corpus at {args.corpus}: nothing measured", file=sys.stderr)
        return 1

    from ehcaudit.language.harper_engine import HarperEngine
    from ehcaudit.text import count_words

    engine = HarperEngine()
    known_cache: dict[str, bool] = {}

    def known(word: str) -> bool:
        if word not in known_cache:
            known_cache[word] = not any(i.kind == "spelling" for i in engine.check(f"The {word} is here."))
        return known_cache[word]

    pairs = codespell_pairs()
    report: dict = {"documents": {}, "false_findings": [], "missed": []}
    total_words = total_false = 0
    tally = {k: [0, 0] for k in ("codespell", "slip", "long sentence")}
    real_word = {"codespell": 0, "slip": 0}
    for f in files:
        paras = paragraphs(f)
        words = sum(count_words(p) for p in paras)
        found = []
        for n, (p, issues) in enumerate(zip(paras, engine.check_many(paras), strict=True), 1):
            for i in issues:
                if i.kind in ("spelling", "grammar"):
                    found.append(f"{f.name}:{n}: {i.kind} {i.rule} '{i.text}' -> "
                                 f"{list(i.suggestions[:3])}: …{p[max(0, i.start - 50):i.end + 50]}…")
        total_words += words
        total_false += len(found)
        report["false_findings"] += found
        rng = random.Random(f"{SEED}:{f.name}")
        sites = [(n, m) for n, p in enumerate(paras) for m in WORD.finditer(p) if _prose_word(p, m)]
        rng.shuffle(sites)
        plants: list[tuple[str, int, int, str, str]] = []  # kind, para, start, original, planted
        cs = [s for s in sites if s[1].group() in pairs][: args.plants]
        plants += [("codespell", n, m.start(), m.group(), pairs[m.group()]) for n, m in cs]
        sl = [s for s in sites if len(s[1].group()) >= 5][: args.plants]
        plants += [("slip", n, m.start(), m.group(), slip(m.group(), rng)) for n, m in sl]
        texts, kept = [], []
        for kind, n, start, orig, new in plants:
            if known(new):
                real_word[kind] += 1
                continue
            p = paras[n]
            texts.append(p[:start] + new + p[start + len(orig):])
            kept.append((kind, n, start, orig, new))
        results = engine.check_many(texts)
        for (kind, n, start, orig, new), text, issues in zip(kept, texts, results, strict=True):
            hit = any(i.kind == "spelling" and i.start <= start and i.end >= start + len(new) for i in issues)
            sentence_words = _sentence_words(text, start)
            groups = [kind] + (["long sentence"] if sentence_words > 40 else [])
            for g in groups:
                tally[g][0] += hit
                tally[g][1] += 1
            if not hit:
                report["missed"].append(f"{f.name}:{n + 1}: {kind} {orig} -> {new}: "
                                        f"…{text[max(0, start - 60):start + len(new) + 60]}…")
        report["documents"][f.name] = {"words": words, "false_findings": len(found)}
    per1000 = 1000 * total_false / total_words
    found_all = tally["codespell"][0] + tally["slip"][0]
    planted_all = tally["codespell"][1] + tally["slip"][1]
    report["summary"] = {
        "words": total_words, "false_findings": total_false, "per_1000_words": round(per1000, 2),
        "recall": {k: {"found": v[0], "planted": v[1], "pct": round(100 * v[0] / v[1], 1) if v[1] else None}
                   for k, v in tally.items()},
        "recall_all_pct": round(100 * found_all / planted_all, 1) if planted_all else None,
        "real_word_plants_left_out": real_word,
        "codespell_available": bool(pairs),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"Real British public-sector prose: {total_words:,} words in {len(files)} documents")
    print(f"  spelling/grammar findings: {total_false} ({per1000:.2f} per 1,000 words)")
    for line in report["false_findings"]:
        print("    " + line)
    for k, (hit, n) in tally.items():
        if n:
            print(f"  planted {k:<14} found {hit}/{n} ({100 * hit / n:.1f}%)")
    if planted_all:
        print(f"  planted, all            found {found_all}/{planted_all} ({100 * found_all / planted_all:.1f}%)")
    print(f"  real-word plants left out: {real_word}")
    for line in report["missed"]:
        print("    missed " + line)
    if not pairs:
        print("  (codespell not installed: pip install codespell; only typing slips planted)")
    return 0


def _prose_word(text: str, m: re.Match) -> bool:
    """A word of running text, not part of an e-mail address, a web address or a file name."""
    a = text.rfind(" ", 0, m.start()) + 1
    b = text.find(" ", m.end())
    token = text[a:b if b >= 0 else len(text)]
    return not any(c in token for c in "@/\\") and "." not in token.strip(".,;:)(")


def _sentence_words(text: str, pos: int) -> int:
    a = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos))
    b = text.find(". ", pos)
    return len(text[a + 1:b if b >= 0 else len(text)].split())


if __name__ == "__main__":
    raise SystemExit(main())
