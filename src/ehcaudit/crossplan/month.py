"""Step 2 of the cross-plan checks: a month's fingerprints compared, findings as plain dicts.

Plans that are the same child's (a re-issued plan, the same file twice) are grouped first, so
that only different children's plans can share a pasted sentence; :func:`slim_month` reads a
month of thousands of plans from the store in two passes without holding it all.
"""

from __future__ import annotations

import re
from array import array
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable

from ehcaudit.crossplan.child_names import MAX_NAME_ROWS
from ehcaudit.crossplan.sentences import _boilerplate_data, normalise_sentence, sentence_hash
from ehcaudit.crossplan.settings import DEFAULTS, CrossPlanSettings
from ehcaudit.crossplan.stored import NameRow, SentenceRow, read_current


def _children(month: dict[str, dict], settings: CrossPlanSettings) -> dict[str, int]:
    """Group plans that are the same child's (same reference and name, or same name and very
    high overlap, or the same file): plan key -> group number (union-find)."""
    keys = sorted(month)
    parent = {k: k for k in keys}

    def find(k: str) -> str:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    by_name: dict[str, list[str]] = defaultdict(list)
    for k in keys:
        fp = month[k]
        name = (fp.get("child") or "").lower()
        if name:
            by_name[name].append(k)
    # The same file twice, or the same reference for the same (or an unnamed) child.
    by_sha: dict[str, list[str]] = defaultdict(list)
    by_ref: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for k in keys:
        fp = month[k]
        by_sha[fp.get("sha256") or k].append(k)
        if fp.get("plan_id"):
            by_ref[fp["plan_id"]][(fp.get("child") or "").lower()].append(k)
    for same in by_sha.values():
        for k in same[1:]:
            union(same[0], k)
    for names in by_ref.values():
        for name, same in names.items():
            for k in same[1:]:
                union(same[0], k)
            if not name:  # a plan without the child's name joins every plan with its reference
                for other in names.values():
                    union(same[0], other[0])
    for group in by_name.values():
        if len(group) < 2:
            continue
        hashes = {k: month[k][_ALL_HASHES] if _ALL_HASHES in month[k]
                  else {row.hash for row in month[k].get("s", [])} for k in group}
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                ha, hb = hashes[a], hashes[b]
                if ha and hb and len(ha & hb) / len(ha | hb) >= settings.same_child_overlap:
                    union(a, b)
    roots = sorted({find(k) for k in keys})
    number = {r: i for i, r in enumerate(roots)}
    return {k: number[find(k)] for k in keys}


def _loc(fp: dict, key: str, section: str | None, location: str) -> dict:
    return {"plan_id": fp.get("plan_id", key), "section": section, "location": location,
            "sha256": fp.get("sha256", key)}


#: A sentence hash as :func:`sentence_hash` writes it (12 hex digits: fits 64 bits).
_HASH_RE = re.compile(r"[0-9a-f]{12}")
#: Key under which :func:`slim_month` keeps every sentence hash of a plan whose child's name
#: another plan of the month shares (the same-child test compares them).
_ALL_HASHES = "_all_hashes"


def slim_month(rows: Callable[[], Iterable[tuple[str, dict]]]) -> dict[str, dict]:
    """A month's fingerprints cut to what :func:`cross_plan_findings` needs, read in two passes
    over ``rows()`` (``(sha256, fingerprint)`` pairs, one at a time: the store's
    ``iter_month_fingerprints``), so a month of thousands of plans is never all in memory.

    ``cross_plan_findings(slim_month(rows))`` equals ``cross_plan_findings(dict(rows()))``: a
    plan keeps only the sentences whose hash is reportable in two or more plans (no other can
    be copy-paste), its names and details, and, when another plan of the month has the same
    child's name, the hashes of all its sentences.
    """
    # lazy: numpy costs about 0.175 s; only the audit's month step needs it, not the workers that
    # import crossplan for fingerprints
    import numpy as np

    # Pass 1: every reportable hash as a 64-bit integer in one array (8 bytes each, not a
    # string in a Counter: a 20,000-plan month has millions), odd hash strings counted apart.
    ints = array("q")
    odd: Counter[str] = Counter()
    names: Counter[str] = Counter()
    for _, fp in read_current(rows()):
        for row in fp["s"]:
            if row.text:
                if _HASH_RE.fullmatch(row.hash):
                    ints.append(int(row.hash, 16))
                else:
                    odd[row.hash] += 1
        if fp.get("child"):
            names[fp["child"].lower()] += 1
    hashes, counts = np.unique(np.frombuffer(ints, dtype=np.int64), return_counts=True)  # GROUP BY hash
    del ints
    repeated_ints = set(hashes[counts >= 2].tolist())
    del hashes, counts
    repeated_odd = {h for h, n in odd.items() if n >= 2}

    def repeated(h: str) -> bool:
        return int(h, 16) in repeated_ints if _HASH_RE.fullmatch(h) else h in repeated_odd

    out: dict[str, dict] = {}
    for key, fp in read_current(rows()):
        slim = dict(fp, s=[row for row in fp["s"] if repeated(row.hash)])
        if fp.get("child") and names[fp["child"].lower()] >= 2:
            slim[_ALL_HASHES] = frozenset(row.hash for row in fp["s"])
        out[key] = slim
    return out


def _same_stem(name: str, child: str | None) -> bool:
    if not child:
        return False
    a, b = name.lower(), child.lower()
    return a.startswith(b) or b.startswith(a)


def _some(ids: list[str], most: int = 6) -> str:
    """"A, B, C" or "A, B, C, D, E, F and 7 more"."""
    if len(ids) <= most:
        return ", ".join(ids)
    return f"{', '.join(ids[:most])} and {len(ids) - most} more"


def cross_plan_findings(month: dict[str, dict],
                        settings: CrossPlanSettings = DEFAULTS) -> list[dict]:
    """Copy-paste and wrong-name findings for one month's sample.

    ``month`` maps each plan's **sha256** (its content hash, unique even when two plans share a
    reference) to its :func:`fingerprint`. Returns dicts ``{"kind": "copy_paste"|"wrong_name",
    "text", "plans": [plan_id...], "count", "locations": [{"plan_id", "section", "location",
    "sha256"}...], "message"}``: copy-paste first (most children first, then by text), then
    wrong name (by plan id, then name). For copy-paste, ``count`` is the number of different
    children and ``plans`` every plan holding the sentence (a child's re-issued plan too); for
    wrong name, ``plans`` is the one plan that names another child and ``count`` is 1.
    Fingerprints of another :data:`FINGERPRINT_VERSION` are skipped (the caller should
    recompute them), and malformed rows in a fingerprint are ignored.
    """
    month = dict(read_current(month.items()))
    if not month:
        return []
    group = _children(month, settings)
    n_children = len(set(group.values()))
    template = {sentence_hash(normalise_sentence(t, None, settings.fold_pronouns))
                for t in settings.template_sentences}
    if settings.boilerplate:
        template |= _boilerplate_data()[1]

    # -- copy-paste: a reportable sentence hash -> occurrences in different children's plans
    # Two passes so that the (many) sentences found in one plan only cost a count.
    seen_in = Counter(row.hash for fp in month.values() for row in fp["s"] if row.text)
    repeated = {h for h, n in seen_in.items() if n >= 2} - template
    del seen_in
    occurrences: dict[str, list[tuple[str, SentenceRow]]] = defaultdict(list)
    for key in sorted(month):
        for row in month[key]["s"]:
            if row.hash in repeated:
                occurrences[row.hash].append((key, row))
    out: list[dict] = []
    for h, occ in occurrences.items():
        if h in template:
            continue
        texts = [row.text for _, row in occ if row.text]
        if not texts:
            continue  # a stock phrase, a heading or a sentence not about the child
        kids = {group[key] for key, _ in occ}
        if len(kids) < settings.min_plans:
            continue
        if (n_children >= settings.template_min_plans
                and len(kids) >= settings.template_share * n_children):
            continue  # in (nearly) every child's plan this month: template text
        occ = sorted(occ, key=lambda kr: (month[kr[0]].get("plan_id", ""), kr[0]))
        plans = [month[key].get("plan_id", key) for key, _ in occ]
        locations = [_loc(month[key], key, row.section, row.location) for key, row in occ]
        text = sorted(texts)[0]
        out.append({
            "kind": "copy_paste", "text": text, "plans": plans, "count": len(kids),
            "locations": locations,
            "message": (f"The same sentence appears in {len(kids)} different children's plans "
                        f"({_some(plans)}): write each child's plan about that child."),
        })
    out.sort(key=lambda f: (-f["count"], f["text"], f["plans"]))

    # -- wrong name: a name other than the plan's child used in a child's place
    children_by_name: dict[str, list[str]] = defaultdict(list)
    for key, fp in month.items():
        if fp.get("child"):
            children_by_name[fp["child"]].append(key)
    wrong: list[dict] = []
    for key in sorted(month, key=lambda k: (month[k].get("plan_id", ""), k)):
        fp = month[key]
        hits: dict[str, list[NameRow]] = defaultdict(list)
        for row in fp.get("names", []):
            hits[row.name].append(row)
        for name in sorted(hits):
            others = [k for k in children_by_name.get(name, []) if group[k] != group[key]]
            # Within the plan: a first name, but not a short or long form of the child's own
            # ("Alex" in Alexander's plan); another child of the month counts whatever it is.
            is_name = any(row.is_first_name for row in hits[name]) and not _same_stem(name, fp.get("child"))
            if not others and not is_name:
                continue
            rows = hits[name]
            times = ("once" if len(rows) == 1 else f"{len(rows)} or more times"
                     if len(rows) >= MAX_NAME_ROWS else f"{len(rows)} times")
            pid = fp.get("plan_id", key)
            child = fp.get("child")
            opening = (f"This plan is about {child} but names {name}" if child
                       else f"This plan names {name}")
            if others:
                other_ids = sorted({month[k].get("plan_id", k) for k in others})
                why = (f"{name} is the child in {_some(other_ids)} this month: "
                       "probably left over from copying that plan.")
            else:
                why = "probably left over from another child's plan."
            wrong.append({
                "kind": "wrong_name", "text": rows[0].text, "plans": [pid], "count": 1,
                "locations": [_loc(fp, key, r.section, r.location) for r in rows],
                "message": (f"{opening} in a child's place ({times}); {why}"),
            })
    return out + wrong
