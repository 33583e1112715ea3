"""Generate a caseload of realistic, long EHC plans (3,000-8,000 words each) for the audit benchmark.

    python benchmarks/audit/generate.py [--plans 120] [--out benchmarks/out/audit/plans] [--seed 7]

Each plan starts from the sample generator's content (``scripts/generate_samples.py``: front
matter, the twelve sections, need -> provision -> outcome threads, planted weaknesses) and is
lengthened to a target word count drawn between 3,000 and 8,000 with varied paragraphs of the
kind real plans carry: history and views in A, detailed needs per area in B, health and social
care detail, many provision items in F, and further advice in K. Layouts rotate through Word
heading styles, capitalised bold headings, title-only headings, section tables and the national
template (whose combined tables get the extra text inside their cells), plus some Markdown.
Output is deterministic for a seed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import generate_samples as gs  # noqa: E402

LAYOUTS = ["styled", "national", "caps", "titles", "table", "styled", "national", "md"]

SUBJECTS = ["reading", "writing", "maths", "science", "art", "music", "PE", "history", "geography",
            "computing", "design and technology", "drama"]
ACTIVITIES = ["building models", "drawing animals", "swimming", "riding a bike", "cooking",
              "playing board games", "gardening", "listening to music", "watching nature programmes",
              "playing football", "dancing", "making videos"]
ADULTS = ["class teacher", "teaching assistant", "SENCO", "speech and language therapist",
          "occupational therapist", "educational psychologist", "school nurse", "learning mentor",
          "family support worker", "specialist teacher for autism"]
PLACES = ["the classroom", "the playground", "the dining hall", "assembly", "PE lessons",
          "school trips", "the library", "the corridor at lesson changes", "after-school club"]
TIMES = ["every morning", "twice a week", "three times a week", "once a week", "daily",
         "each afternoon", "at the start of each lesson", "every half-term"]
DURATIONS = ["15 minutes", "20 minutes", "30 minutes", "45 minutes", "an hour"]
STRATEGIES = ["a visual timetable", "a now-and-next board", "a quiet workstation", "task plans",
              "social stories", "a sensory circuit", "pre-teaching of vocabulary", "a reading ruler",
              "coloured overlays", "a word bank", "a movement break card", "a feelings scale"]
SERVICES = ["Children's Community Therapy Service", "Specialist Teaching Service", "CAMHS",
            "Sensory Support Service", "Educational Psychology Service", "Early Help Team"]


def _sentence(rng: random.Random, code: str, name: str, he: str, his: str) -> str:
    s, a, p = rng.choice(SUBJECTS), rng.choice(ACTIVITIES), rng.choice(PLACES)
    adult, t, dur, strat = rng.choice(ADULTS), rng.choice(TIMES), rng.choice(DURATIONS), rng.choice(STRATEGIES)
    svc = rng.choice(SERVICES)
    n = rng.randint(2, 5)
    bank = {
        "A": [f"{name} enjoys {a} and talks about it with {his} {adult} {t}.",
              f"{name}'s family describe {him(he)} as caring and determined, especially when {he} is {a}.",
              f"When asked about school, {name} said that {s} is {his} favourite lesson because the "
              f"{adult} explains things step by step.",
              f"{name} would like more time for {a} and hopes to keep doing it with friends.",
              f"At home {name} likes routines; {he} finds changes easier when {he} knows about them the day before.",
              f"{name}'s parents would like {him(he)} to become more independent in {p} and to make a close friend.",
              f"{name} shared {his} views through a Talking Mat with the {adult}, choosing pictures for what helps."],
        "B": [f"In {s}, {name} needs information broken into {n} short steps and checked before {he} starts.",
              f"{name} finds {p} difficult because of the noise, and may leave the area without telling an adult.",
              f"Assessment by the {adult} showed that {name}'s working memory is below the range expected for {his} age.",
              f"{name} understands more than {he} can say, and uses gestures when {he} cannot find a word.",
              f"With {strat}, {name} can settle to work for about {dur} before {he} needs a break.",
              f"{name} can become upset when plans change in {p}; {he} recovers with a calm adult and {strat}.",
              f"{name}'s handwriting is slow and tiring, which limits how much {he} records in {s}.",
              f"{name} reads common words accurately but needs support to work out new words in {s} texts."],
        "C": [f"{name} attends reviews with the {svc} about once a year.",
              f"The community paediatrician reviews {name}'s medication every six months.",
              f"{name} sometimes has disturbed sleep, which affects how alert {he} is in the morning."],
        "D": ["The family receives information and advice from the Early Help Team.",
              f"{name}'s parents have asked for information about holiday activities for disabled children."],
        "F": [f"The {adult} will use {strat} with {name} in {s} lessons {t}, reviewed each half-term by the SENCO.",
              f"{name} will have {dur} of small-group work on {s} {t} with a trained teaching assistant, in a group of up to {n} pupils.",
              f"The {svc} will advise school staff once a term on strategies for {name}, including {strat}.",
              f"Staff will give {name} a {dur} movement break {t}, using {strat}.",
              f"A trained teaching assistant will prepare {name} for changes to routine {t}, using {strat}.",
              f"The {adult} will pre-teach key vocabulary for {s} to {name} for {dur} {t} before new topics."],
        "G": [f"The {svc} will review {name}'s needs once a year and send a written report to school.",
              f"The school nurse will update {name}'s care plan each September with {his} parents."],
        "H2": [f"The family will be told about short breaks clubs for {a} during the school holidays."],
        "K": [],
    }
    return rng.choice(bank[code]) if bank.get(code) else ""


def him(he: str) -> str:
    return "her" if he == "she" else "him"


def lengthen(front: dict, S: dict, rng: random.Random, target: int, national: bool) -> None:
    """Add paragraphs (or, in the national template, sentences inside the cells) up to ``target`` words."""
    name = front["Known as"]
    his = rng.choice(["his", "her"])
    he = "she" if his == "her" else "he"
    weights = {"A": 3, "B": 5, "C": 1, "D": 1, "F": 4, "G": 1, "H2": 1}
    codes = [c for c, w in weights.items() for _ in range(w)]

    def words() -> int:
        return sum(len(t.split()) for items in S.values() for _, t in items) + 3 * len(front)

    while words() < target:
        code = rng.choice(codes)
        para = " ".join(_sentence(rng, code, name, he, his) for _ in range(rng.randint(3, 6)))
        items = S.setdefault(code, [])
        if national and items:
            i = rng.randrange(min(len(items), 3))
            kind, text = items[i]
            items[i] = (kind, f"{text} {para}")
        elif code == "F":
            items.append(("li", para))
        else:
            items.append(("p", para))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--plans", type=int, default=120)
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "out" / "audit" / "plans")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--min-words", type=int, default=3000)
    ap.add_argument("--max-words", type=int, default=8000)
    args = ap.parse_args()
    if args.out.exists():
        shutil.rmtree(args.out)
    args.out.mkdir(parents=True)
    rng = random.Random(args.seed)
    month = dt.date(2026, 3, 1)
    total_words = 0
    for i in range(args.plans):
        name = gs.NAMES[i % len(gs.NAMES)]
        front, S, _bad = gs.plan_content(rng, name, month, p_bad=0.35)
        front["Plan reference"] = f"BM-{i + 1:05d}"
        layout = LAYOUTS[i % len(LAYOUTS)]
        target = rng.randint(args.min_words, args.max_words)
        lengthen(front, S, rng, target, national=layout == "national")
        total_words += sum(len(t.split()) for items in S.values() for _, t in items)
        gs.write_plan(front, S, args.out, f"plan-{i + 1:05d}-{name.lower()}", layout)
    print(f"wrote {args.plans} plans ({total_words:,} words of section text) to {args.out}")


if __name__ == "__main__":
    main()
