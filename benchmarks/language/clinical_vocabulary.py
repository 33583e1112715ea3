"""Check the clinical vocabulary (``src/ehcaudit/data/clinical-vocabulary.txt``) against its
own three rules, so a maintainer can re-run them after adding terms:

1. a term is there only if the proofreading engine, built *without* the clinical vocabulary,
   flags it as a misspelling, as written or capitalised to start a sentence (a word the engine
   already knows needs no entry);
2. a term is not one letter (added, dropped, changed or swapped:
   :func:`ehcaudit.language.derivation.damerau_one`) from a word the engine suggests for it or
   from a word of the other bundled vocabularies, so a slip of a common word never hides behind
   a clinical term ("ilium" may not make "ileum" acceptable by accident, nor "anaemic" a slip);
3. a term is British: American medical spellings ("esophageal", "anemia", "pediatric",
   "orthopedic", "hemoglobin", "edema", "celiac", "estrogen", "tumor") are never added.

    python benchmarks/language/clinical_vocabulary.py            # report, exit 1 on a breach
    python benchmarks/language/clinical_vocabulary.py --fix      # also drop breaching lines
    python benchmarks/language/clinical_vocabulary.py --from N   # check lines N.. only
    python benchmarks/language/clinical_vocabulary.py --record   # also record every term's answer

``--record`` writes ``data/clinical-vocabulary-checked.tsv``: each term and the rules it breaks
(empty: none), under the harper-py version whose suggestions decided rule 2 (pinned in
``pyproject.toml``, so the same word gets the same answer). The test suite applies the rules
afresh to every term not on that record (a term added since, or every term once the pin moves)
and to a tenth of the recorded ones, which must still get their recorded answer; the full run's
few minutes are spent once, by the maintainer who adds terms.

Only lines of one word are dropped by ``--fix``; a phrase that breaches a rule is reported for
a person to decide. Each unknown word costs Harper about 50 ms of suggestions, so a full run of
3,000 terms takes a few minutes.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable, Mapping
from importlib.metadata import version
from pathlib import Path

from ehcaudit.language import harper_engine
from ehcaudit.language.base import BUNDLED_VOCABULARIES
from ehcaudit.language.derivation import damerau_one
from ehcaudit.language.vocabulary import bundled_text, parse_vocabulary

FILE = Path(__file__).resolve().parents[2] / "src" / "ehcaudit" / "data" / "clinical-vocabulary.txt"
NAME = "clinical-vocabulary.txt"
#: Each term's answer from a full run (see ``--record``), under the harper-py version it ran with.
RECORD = Path(__file__).resolve().parent / "data" / "clinical-vocabulary-checked.tsv"
_RECORD_HEAD = "# harper-py "

#: American medical spellings (rule 3). "fetal" is allowed: British clinicians write both.
AMERICAN = re.compile(
    r"(?<![aoe])emia(?!n)|(?:glyc|natr|kal|calc|lipid|ox|ur|ammon)emic"  # anemia, hypoglycemic
    r"|(?<![ao])edema(?!nn)|(?<![ao])esophag"  # edema, esophagus (oedema, oesophagus)
    r"|(?<!a)pedi(?:a|c)|orthoped"  # pediatric, orthopedic (paediatric, orthopaedic)
    r"|^hem(?!i)|(?<![ac])hemat|(?<![ac])hemo|hemorrh|hemophil"  # hemoglobin (haemoglobin)
    r"|^celiac|^estr(?:o|a|i)|gyneco|(?<!a)esthe"  # coeliac, oestrogen, anaesthesia
    r"|tumor\b|eukem|diarrhea|(?<![o])pnea|(?<![o])pneic|cecum|cecal|fecal|feces"
    r"|ischemi|(?<![a])etiolog|ameba|iz(?:e|es|ed|ing|ation)$"
    r"|(?:tracheo|gastro|laryngo|pharyngo)esophag|hydroxyurea",
)


def terms(text: str) -> list[tuple[int, str, list[str]]]:
    """``(line number, line, words)`` for each line of the file that holds a term."""
    out = []
    for n, line in enumerate(text.splitlines(), 1):
        if line.lstrip().startswith("#"):
            continue
        body = line.split("#", 1)[0].strip()
        words = [w.strip(".,;:()\"“”") for w in body.split()]
        words = [w for w in words if w]
        if words:
            out.append((n, line, words))
    return out


def recorded(path: Path = RECORD) -> dict[str, tuple[str, ...]]:
    """Each recorded term's breaches, if the record was made with this harper-py (whose
    suggestions decide rule 2); nothing when it is missing or from another version."""
    if not path.exists():
        return {}
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines or lines[0] != _RECORD_HEAD + version("harper-py"):
        return {}
    out = {}
    for line in lines[1:]:
        word, _, why = line.partition("\t")
        out[word] = tuple(r for r in why.split(" | ") if r)
    return out


def record(answers: Mapping[str, Iterable[str]], path: Path = RECORD) -> None:
    body = "".join(f"{w}\t{' | '.join(why)}\n" for w, why in sorted(answers.items()))
    path.write_text(f"{_RECORD_HEAD}{version('harper-py')}\n{body}", encoding="utf-8")


def bare_engine() -> harper_engine.HarperEngine:
    """The engine as it would be without the clinical vocabulary."""
    saved = harper_engine.BUNDLED_VOCABULARIES
    harper_engine.BUNDLED_VOCABULARIES = tuple(v for v in saved if v != NAME)
    try:
        return harper_engine.HarperEngine()
    finally:
        harper_engine.BUNDLED_VOCABULARIES = saved


def other_vocabulary() -> set[str]:
    """Words of the other bundled vocabularies, lower case (rule 2 compares with them too)."""
    out: set[str] = set()
    for name in BUNDLED_VOCABULARIES:
        if name != NAME:
            out.update(w.lower() for w in parse_vocabulary(bundled_text(name)) if w.isalpha())
    return out


def breaches(word: str, engine: harper_engine.HarperEngine, others: Iterable[str]) -> list[str]:
    """The rules ``word`` breaks, each as a short reason (empty: it may stay)."""
    why = []
    if AMERICAN.search(word.lower()):
        why.append("3: American spelling")
    spelling = [i for i in engine.check(word) if i.kind == "spelling"]
    # a term the engine knows in lower case only as a prefix and a word ("hemiparesis") is still
    # needed for the start of a sentence, where no prefix is read ("Hemiparesis affects ...")
    if not spelling and (not word.islower() or not any(
            i.kind == "spelling" for i in engine.check(f"{word.capitalize()} is noted here."))):
        why.append("1: the engine already knows it")
    low = word.lower()
    # a space is not a letter ("microarray" is not a slip of "micro array"), nor is an
    # apostrophe (a plural Harper flags is not a slip of the possessive it suggests)
    near = [s for i in spelling for s in i.suggestions if not any(c.isspace() for c in s)
            and s.lower().replace("'", "").replace("’", "") != low and damerau_one(low, s.lower())]
    near += sorted(o for o in others if abs(len(o) - len(low)) <= 1 and damerau_one(low, o))  # sorted: the same answer every run
    if near:
        why.append(f"2: one letter from {near[0]!r}")
    return why


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--fix", action="store_true", help="drop one-word lines that breach a rule")
    ap.add_argument("--from", dest="first", type=int, default=1, help="check from this line on")
    ap.add_argument("--file", type=Path, default=FILE)
    ap.add_argument("--record", action="store_true",
                    help=f"record every term's answer in {RECORD.name} (a full run of the bundled file)")
    args = ap.parse_args(argv)
    text = args.file.read_text(encoding="utf-8")
    engine, others = bare_engine(), other_vocabulary()
    drop: set[int] = set()
    seen: set[str] = set()
    answers: dict[str, list[str]] = {}
    checked = bad = 0
    for n, _line, words in terms(text):
        if n < args.first:
            seen.update(w.lower() for w in words)
            continue
        for w in words:
            checked += 1
            why = breaches(w, engine, others)
            answers[w] = list(why)
            if w.lower() in seen and len(words) == 1:
                why.append("duplicate")
            if why:
                bad += 1
                print(f"{args.file.name}:{n}: {w}: {'; '.join(why)}")
                if len(words) == 1:
                    drop.add(n)
        seen.update(w.lower() for w in words)
    print(f"{checked} words checked, {bad} breach a rule", file=sys.stderr)
    if args.fix and drop:
        lines = text.splitlines(keepends=True)
        args.file.write_text("".join(x for i, x in enumerate(lines, 1) if i not in drop), encoding="utf-8")
        print(f"dropped {len(drop)} lines", file=sys.stderr)
    if args.record:
        if args.first > 1 or args.file != FILE:
            print("not recorded: --record needs a full run of the bundled file", file=sys.stderr)
            return 1
        record(answers)
        print(f"recorded {len(answers)} terms in {RECORD}", file=sys.stderr)
    return 1 if bad and not args.fix else 0


if __name__ == "__main__":
    sys.exit(main())
