"""Health advice in Section K, as a designated clinical officer reads it (HC-ADVICE and
HC-ADVICE-PROVIDERS).

HC-ADVICE. The statutory medical (health) advice is listed, from a named health professional or
service, with a date, and recent enough to describe the child now. What decides is *the medical
advice*: items whose title or author make them the medical advice (a doctor, a paediatrician,
"medical" or "health" advice); when there is none, every health item. The newest of them decides
its age. Another health report that is undated is CA-DATED's finding. Every health report the plan
relies on is held to the currency rule: one over 24 months old fails beside current medical advice
unless newer advice from the same service replaces it (then it is history, only noted). A K line that says the medical advice was requested
and not received means the medical advice is missing.

HC-ADVICE-PROVIDERS. Each health service that *provides* in Section G gave advice listed in
Section K. The provider of a G item is who delivers it, read from the item's clauses: its label
("Orthotics: …", "Paediatric Audiology, Fellgate Hospital: …"), else the service it comes from
("… with a clinical psychologist from the neurology service"), else the first service or
profession it names ("Wheelchair service to provide …", "The dietitian will …"). A service the
child is referred to or waits for ("Dr Reddy to refer Zara to the ENT clinic", "while he waits
for his CAMHS assessment") does not provide. The universal public health services every child has
(school nurse, health visitor) are not asked for advice of their own; the GP is, when G names the
GP as providing specific provision (an annual health check, a medication review), not when a line
only records that the child is registered with a GP or has the routine care any child has. A
provider who works in a general practice ("practice nurse, Hawthorn Surgery") is covered by that
practice's advice. A glossary line in K ("CAMHS – Child and Adolescent Mental Health Services")
names a service but is no one's advice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pydantic import Field

from ehcaudit.advice_age import reference_date
from ehcaudit.checks._advice import (
    AdviceParams,
    age_finding,
    age_of,
    none_listed,
    unattributed_finding,
    unqualified_finding,
)
from ehcaudit.checks._findings import advice_finding, item_finding, not_applicable, quote_of
from ehcaudit.checks._glossary import expansion_start
from ehcaudit.checks._items import Item
from ehcaudit.checks._params import CareParams, ProvisionPatterns
from ehcaudit.checks._patterns import search
from ehcaudit.model import AdviceItem, Block
from ehcaudit.reader import advice as adv
from ehcaudit.results import Finding
from ehcaudit.rubric.registry import CheckContext, Outcome, optional_list
from ehcaudit.text import PERSON_TITLE

#: A person named with a title ("Dr A Patel", "Mrs J Smith"): case-sensitive on purpose.
_PERSON_RE = re.compile(rf"\b{PERSON_TITLE}\.?\s+(?:[A-Z]\.?\s+)*([A-Z][\w'\u2019-]+)")

# -- HC-ADVICE ---------------------------------------------------------------------------------

#: The medical advice, by title or author (not a therapist's or nurse's report; "Mental health advice"
#: from a CAMHS practitioner is a mental health service's advice, not the medical advice).
_MEDICAL_RE = re.compile(
    r"\bmedical\b|(?<!mental )(?<!emotional )\bhealth advice\b|\bpaediatric(?:ian|s)\b|\bDr\b|\bdoctor\b|\bconsultant\b|\bGP\b|\bDMO\b|"
    r"\bdesignated medical officer\b|\bphysician\b|\bpsychiatrist\b", re.IGNORECASE)


def _is_medical(item: AdviceItem) -> bool:
    return bool(_MEDICAL_RE.search(item.title) or (item.author and _MEDICAL_RE.search(item.author)))


#: A therapist's report: speech and language, occupational or physiotherapy, and the like.
_THERAPY_RE = re.compile(r"\btherap\w*|\bSaLT\b|\bSLT\b|\bOT\b|\bphysio\w*", re.IGNORECASE)
_NURSE_RE = re.compile(r"\bnurs\w*|\bhealth visitor\b|\bICB\b|\bDCO\b|\bdesignated clinical officer\b", re.IGNORECASE)


def only_therapy(items: list[AdviceItem]) -> bool:
    """Are these health items all therapy reports (no doctor's, nurse's, "medical" or "health"
    advice)? A speech and language therapist's report is not the statutory medical advice
    (reg 6(1)(c)) an auditor looks for."""
    if not items:
        return False
    for i in items:
        text = f"{i.title} {i.author or ''}"
        if _is_medical(i) or _NURSE_RE.search(text) or not _THERAPY_RE.search(text):
            return False
    return True


#: Words that do not tell one health service's advice from another's.
_ADVICE_GENERIC = frozenset("advice report reports letter summary update assessment information programme".split())


def _service_stems(item: AdviceItem) -> set[str]:
    """What tells this advice's service apart, as word stems, from its title and author (people's
    names and the words every health service shares left out)."""
    text = _PERSON_RE.sub(" ", f"{item.title} {item.author or ''}").lower()
    words = re.findall(r"[a-z][a-z'\u2019]+", text)
    return {w[:6] for w in words if len(w) > 3 and w not in _GENERIC_WORDS and w not in _ADVICE_GENERIC
            and not _MONTH_RE.fullmatch(w)}


_MONTH_RE = re.compile(r"jan\w*|feb\w*|march|april|june|july|aug\w*|sept?\w*|oct\w*|nov\w*|dec\w*")


def _superseded(item: AdviceItem, dated: list[AdviceItem], ref, p: AdviceParams) -> bool:
    """Is a stale health report replaced by newer, not-stale advice from the same service? The
    auditor's currency rule is about the advice the plan relies on: an old physiotherapy report is
    what the physiotherapy rests on unless the physiotherapist has written since; an old
    paediatric letter beside this year's paediatric advice is history."""
    assert item.date is not None
    mine = _service_stems(item)
    for other in dated:
        if other is item or other.date is None or other.date <= item.date:
            continue
        if age_of(other, ref, p)[1] not in ("current", "older"):
            continue
        if (_is_medical(item) and _is_medical(other)) or (mine & _service_stems(other)):
            return True
    return False


def health_advice_outcome(ctx: CheckContext, p: AdviceParams) -> Outcome:
    """HC-ADVICE: the medical advice is listed, attributed, dated and current."""
    plan = ctx.plan
    title_rx = re.compile("|".join(f"(?:{x})" for x in p.title_patterns), re.IGNORECASE) if p.title_patterns else None
    items = [i for i in plan.advice if i.kind == p.advice_kind
             or (title_rx is not None and i.kind == "other" and title_rx.search(i.quote))]
    note = next(((b, t) for k, b, t in adv.missing_notes(plan) if k == p.advice_kind), None)
    if note is not None and not any(_is_medical(i) for i in items):
        return Outcome(level=p.missing_level, findings=[ctx.finding(
            note[0], f"The {p.label} advice was requested but not received: the plan was finalised without it.",
            quote=quote_of(note[1]))])
    if not items:
        return none_listed(ctx, p)
    if only_therapy(items):
        return Outcome(level=p.weak_level, findings=[advice_finding(
            items[0], f"Section K lists only therapy advice ({', '.join(i.title for i in items)[:120]}): no medical "
                      "advice from a doctor, paediatrician or health service is listed.")])
    ref, ref_name = reference_date(plan, ctx.as_of)
    core = [i for i in items if _is_medical(i)] or items
    judged = [i for i in core if i.author and i.date is not None]
    findings: list[Finding] = []
    level = p.all_current_level
    for item in items:
        if (gap := unattributed_finding(item, p)) is not None:
            findings.append(gap)
    if not judged:
        level = p.weak_level
        findings.append(advice_finding(core[0], f"No {p.label} advice in Section K says both who gave it and when, "
                                                "so its currency cannot be judged."))
        return Outcome(level=level, findings=findings)
    newest = max(judged, key=lambda i: i.date)  # type: ignore[arg-type, return-value]
    judged_all = [i for i in items if i.author and i.date is not None]
    for item in judged_all:
        assert item.date is not None and item.author
        if (who := unqualified_finding(item, p)) is not None:
            level = min(level, p.unqualified_level)
            findings.append(who)
        age, band = age_of(item, ref, p)
        decides = item is newest
        if band == "current":
            findings.append(age_finding(item, band, age, ref_name, p))
        elif band == "older":
            level = min(level, p.older_level)
            findings.append(age_finding(item, band, age, ref_name, p))
        else:
            newer = decides or _superseded(item, judged_all, ref, p)
            level = min(level, p.older_level if newer and not decides else p.weak_level)
            findings.append(age_finding(item, band, age, ref_name, p,
                                        " Newer advice from the same service is listed." if newer and not decides
                                        else "" if decides else
                                        " No newer advice from this service is listed, so the plan relies on it."))
    return Outcome(level=level, findings=findings)


# -- HC-ADVICE-PROVIDERS -------------------------------------------------------------------------

class Profession(CareParams):
    name: str = Field(description="Plain name used in messages: 'physiotherapy'")
    provision: list[str] = Field(description="Patterns that name this service or profession as who provides in G")
    advice: list[str] = Field(description="Patterns that show advice from this service or profession in K")
    universal: bool = Field(False, description="A universal public health service every child has (school "
                                               "nurse, health visitor): its own advice is not expected")


class AdviceProvidersParams(CareParams):
    g: ProvisionPatterns
    professions: list[Profession] = Field(description="Most specific first: a provider is the first that matches")
    offer_patterns: list[str] = optional_list(
        "A G line that only records the care every child has ('registered with Castle Surgery', 'routine care "
        "from his GP as for any child'): no service provides specific provision in it, so no advice is expected")
    all_level: int = 4
    some_missing_level: int = 2
    none_level: int = 1


#: A service the child is referred to, waits for, or a report is copied to: not a provider.
_NOT_PROVIDER_RE = re.compile(
    r"\b(?:refer(?:s|red|ring|ral)?|waits?|waiting|awaiting|on the waiting list|(?:copied|sent|passed|forwarded|"
    r"shared)\s+(?:\w+\s+){0,2}?(?:to|with))\b[^.;]*", re.IGNORECASE)
#: Where a G item happens, not who gives it: "at her GP practice", "in the GP surgery".
_PLACE_RE = re.compile(r"\b(?:at|in)\s+(?:the\s+|his\s+|her\s+|their\s+|your\s+)?(?:local\s+)?GP(?:'s)?\s+"
                       r"(?:practice|surgery|health centre)\b", re.IGNORECASE)
#: "Label: what is provided" (a short label before a colon).
_LABEL_RE = re.compile(r"^\s*([^:]{2,90}?)\s*:\s+\S")
#: The service an item comes from: "from the neurology service", "by the hospital diabetes service".
_FROM_SERVICE_RE = re.compile(
    r"\b(?:from|at|by|of|within)\s+(?:the\s+|a\s+|an\s+)?((?:[\w'\u2019()-]+\s+){0,6}"
    r"(?:service|team|clinic|unit|centre|center|department|hospital|infirmary))\b", re.IGNORECASE)
#: A bracketed gloss in a label: "(adult neurology)".
_BRACKETED_RE = re.compile(r"\([^()]*\)?")
#: Parts of a label naming two services ("Orthotics and Wheelchair Service"), not "speech and language".
_PARTS_RE = re.compile(r"\s+(?:and|&)\s+(?!language\b)|\s*[/;,]\s*|\s*\(\s*", re.IGNORECASE)


#: A label that names a service: "Paediatric Respiratory Clinic", "Community Children's Nursing Team".
_SERVICE_NOUN_RE = re.compile(r"\b(?:service|team|clinic|unit|centre|center|department)s?\b", re.IGNORECASE)
#: Services named as where the work leads, not who gives it: "Transition to adult health services: the
#: community children's nurse will ...".
_DESTINATION_RE = re.compile(r"\b(?:to|into|towards)\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,3}"
                             r"(?:services?|teams?|clinics?|units?|centres?|centers?|departments?)\b", re.IGNORECASE)
#: A label that names a medical specialty the checker has no service for ("Clinical Genetics",
#: "Paediatric Dermatology", "Cardiology"): that specialty provides, and its advice is expected.
_SPECIALTY_RE = re.compile(r"\b[A-Za-z]{3,}(?:ology|etics|iatry)\b", re.IGNORECASE)
#: Words that do not tell one health service from another.
_GENERIC_WORDS = frozenset(
    "paediatric paediatrics clinical children children's childrens child young people's people adult adults community "
    "hospital nhs service services team clinic clinics unit centre center department the and for of with royal "
    "infirmary city county regional specialist local health trust review reviews care".split())


@dataclass
class Provider:
    profession: Profession | None
    people: list[str]  # surnames of people named as providers
    phrase: str

    def stems(self) -> list[str]:
        """What tells this service apart, as word stems ("Respiratory Clinic" -> ["respir"])."""
        words = re.findall(r"[a-z][a-z'\u2019]+", self.phrase.lower())
        return [w[:6] for w in words if w not in _GENERIC_WORDS and len(w) > 3]


def _family(text: str, professions: list[Profession]) -> Profession | None:
    return next((pr for pr in professions if search(pr.provision, text)), None)


@lru_cache(maxsize=4096)
def _provision_rx(pattern: str) -> re.Pattern:
    """A profession's provision pattern, compiled once a process (``re``'s own cache drops its
    oldest entries first, and the checks fill it: these were compiled again about three times a plan)."""
    return re.compile(pattern, re.IGNORECASE)


#: An item's labelled "who" part, after its first line ("Eye check.; How often: yearly; Who will
#: provide it: Orthoptist, Eye Clinic"): the value names the provider, whatever the first line says.
_WHO_PART_RE = re.compile(r";\s*(?:who(?:\s+\w+){0,3}|(?:provided|delivered|led|given|run|arranged)\s+by|by whom|"
                          r"provider|responsible)\s*:\s*([^;|]+)", re.IGNORECASE)


def providers_of(text: str, professions: list[Profession]) -> list[Provider]:
    """Who provides this G item: the services or professions (and people) that deliver it; where
    the item has a labelled "who" part, the provider that part names."""
    who = _WHO_PART_RE.search(text)
    if who:
        named = providers_of(who.group(1), professions)
        if named:
            return named
    t = _NOT_PROVIDER_RE.sub(" ", " ".join(text.split()))
    m = _LABEL_RE.match(t)
    if m:
        label = m.group(1)
        found: list[Provider] = []
        # a gloss in brackets describes the service named before it ("Specialist Epilepsy Service (adult
        # neurology)" is one service, the epilepsy service): it names the provider only when the words
        # outside the brackets name none ("Nurse (Epilepsy)")
        outside = _BRACKETED_RE.sub(" ", label)
        for parts in ([outside, *_PARTS_RE.split(outside)], [label, *_PARTS_RE.split(label)]):
            for part in parts:
                fam = _family(part, professions)
                if fam is not None and all(f.profession is not fam for f in found):
                    found.append(Provider(fam, [], part))
            if found:
                break
        people = _PERSON_RE.findall(label)
        if found:
            found[0].people = people
            return found
        if people or _SERVICE_NOUN_RE.search(_DESTINATION_RE.sub(" ", label)) or _SPECIALTY_RE.search(outside):
            return [Provider(None, people, label)]  # a service the checker has no name for, or a person
        t = t[m.end() - 1:]
    for sm in _FROM_SERVICE_RE.finditer(t):
        fam = _family(sm.group(1), professions)
        if fam is not None:
            return [Provider(fam, _PERSON_RE.findall(t), sm.group(1))]
    hits = []
    # the place it happens is not who gives it ("Once a year, at her GP practice | Learning disability
    # nurse"): the provider is read without the place when another provider is named
    placeless = _PLACE_RE.sub(" ", t)
    for pr in professions:
        for pat in pr.provision:
            hm = _provision_rx(pat).search(placeless)
            if hm:
                hits.append((hm.start(), pr))
    if not hits:
        for pr in professions:
            for pat in pr.provision:
                hm = _provision_rx(pat).search(t)
                if hm:
                    hits.append((hm.start(), pr))
    people = _PERSON_RE.findall(t)
    if hits:
        return [Provider(min(hits, key=lambda h: h[0])[1], people, t)]
    return [Provider(None, people, t)] if people else []


#: A general practice named as where a provider works: "Practice learning disability nurse, Hawthorn
#: Surgery" (case-sensitive: a proper name before the practice's kind).
_PRACTICE_RE = re.compile(r"\b((?:[A-Z][\w'\u2019-]+\s+){1,4}(?:Surgery|Medical Practice|Medical Centre|Health Centre|"
                          r"Group Practice))\b")


def _same_practice(text: str, sources):
    """The K source from the general practice a G item's provider works in ("Practice learning
    disability nurse, Hawthorn Surgery" beside "Medical advice | Dr Lucy Ng, GP, Hawthorn Surgery"):
    a practice gives its advice as one team. Not a hospital: its departments advise separately."""
    for pm in _PRACTICE_RE.finditer(text):
        src = next((s for s in sources if pm.group(1) in s[1]
                    and not (s[2] is not None and s[2].kind == "social_care")), None)
        if src is not None:
            return src
    return None


_JOINT_GAP_RE = re.compile(r"^[\s)]*(?:team|service|clinic)?\s*(?:and|&|/|,)\s*(?:the\s+)?$", re.IGNORECASE)


def _joint_source(text: str, prof: Profession, professions: list[Profession], sources):
    """A G item two services deliver together ("ENT team and audiology to follow up his
    grommets", "ENT / audiology"): advice from either covers the joint item. Returns the K
    source of the other service's advice, or None."""
    t = " ".join(text.split())
    mine = [m for pat in prof.provision for m in _provision_rx(pat).finditer(t)]
    for other in professions:
        if other is prof or other.universal:
            continue
        for pat in other.provision:
            for om in _provision_rx(pat).finditer(t):
                for mm in mine:
                    lo, hi = (mm, om) if mm.end() <= om.start() else (om, mm)
                    if hi.start() < lo.end() or not _JOINT_GAP_RE.match(t[lo.end():hi.start()]):
                        continue
                    src = _advice_of(other, sources)
                    if src is not None:
                        return src
    return None


def _advice_of(other: Profession, sources):
    """The first K source that is ``other``'s advice (never a social care item), or None."""
    return next((s for s in sources if search(other.advice, s[1])
                 and not (s[2] is not None and s[2].kind == "social_care")), None)


def _bracket_source(text: str, prof: Profession, professions: list[Profession], sources):
    """A G item whose label names the professional and, in brackets, the service they work in
    ("ADHD nurse specialist (City Community Paediatrics): ..."): the service's advice covers the
    item, as the professional gives it on the service's behalf; not a gloss that names the
    professional again ("Speech and language therapy (adult audiology SLT)" is still the speech
    and language therapist's). Returns that K source, or None."""
    m = _LABEL_RE.match(" ".join(text.split()))
    if not m:
        return None
    for gloss in re.findall(r"\(([^()]*)\)", m.group(1)):
        if search(prof.provision, gloss):
            continue  # the gloss names the professional again ("Speech and language therapy (audiology SLT)")
        other = _family(gloss, professions)
        if other is None or other is prof or other.universal:
            continue
        src = _advice_of(other, sources)
        if src is not None:
            return src
    return None


def _k_sources(ctx: CheckContext) -> list[tuple[Block | None, str, AdviceItem | None]]:
    plan = ctx.plan
    out: list[tuple[Block | None, str, AdviceItem | None]] = [(None, f"{a.title} | {a.author or ''} | {a.quote}", a)
                                                              for a in plan.advice]
    used = {a.block_id for a in plan.advice}
    # the other cells of a social care advice row ("Ms T. Baptiste, Social Worker, Adult Learning
    # Disability Team"): a social care team, not a health service's advice
    blocks = {b.id: b for b in plan.blocks_in("K")}
    care_rows = {(blocks[a.block_id].table, blocks[a.block_id].row) for a in plan.advice
                 if a.kind == "social_care" and a.block_id in blocks and blocks[a.block_id].table is not None}
    # a row whose advice was asked for and not received ("Medical advice | Not received at the time of
    # issue | CAMHS"): the service it names gave no advice
    not_rows = {(b.table, b.row) for b in plan.blocks_in("K") if b.table is not None and adv.not_received(b.text)}
    for b in plan.blocks_in("K"):
        if b.id in used or adv.not_received(b.text) or adv.is_signoff(b.text):
            continue
        if b.table is not None and ((b.table, b.row) in care_rows or (b.table, b.row) in not_rows):
            continue
        if _glossary_entry(b.text):
            continue
        out.append((b, b.text, None))
    return out


#: "CAMHS – Child and Adolescent Mental Health Services": a term, a dash or colon, what it stands for.
_ENTRY_RE = re.compile(r"^\s*([A-Z][A-Za-z0-9&]{1,9})\s*[-\u2013\u2014:=]\s*([^|\d]{3,120}?)\s*\.?\s*$")


def _glossary_entry(text: str) -> bool:
    """Is this K line a glossary entry, saying only what an abbreviation stands for ("GP – general
    practitioner (family doctor)")? It names a service, but no one gave advice in it."""
    m = _ENTRY_RE.match(text)
    if m is None:
        return False
    words = _GLOSS_WORD_RE.findall(re.sub(r"\([^()]*\)", " ", m.group(2)))
    return expansion_start(m.group(1), words) == 0


_GLOSS_WORD_RE = re.compile(r"[A-Za-z][\w'\u2019]*(?:-[\w'\u2019]+)*")


def advice_providers_outcome(ctx: CheckContext, p: AdviceProvidersParams, real: list[Item]) -> Outcome:
    """HC-ADVICE-PROVIDERS: each service providing in G gave advice listed in K."""
    sources = _k_sources(ctx)
    findings: list[Finding] = []
    present = missing = 0
    seen: set[str] = set()
    for it in real:
        if p.offer_patterns and search(p.offer_patterns, it.text):
            continue  # registration or routine care every child has: no specific provision
        provs = providers_of(it.text, p.professions)
        sub = it.block.subsection
        if not provs and sub:  # "Physiotherapy" as the sub-heading, "Review each term (1 hour)" under it
            provs = providers_of(f"{sub}: {it.text}", p.professions)
        for prov in provs:
            stems = prov.stems() if prov.profession is None and not prov.people else []
            key = prov.profession.name if prov.profession else " ".join(prov.people or stems)
            if not key or key in seen:
                continue
            src = None
            if prov.profession is not None:
                # a social care team's advice is not the health service's ("Social Worker, Adult
                # Learning Disability Team" is not the learning disability nurse)
                src = next((s for s in sources if search(prov.profession.advice, s[1])
                            and not (s[2] is not None and s[2].kind == "social_care")), None)
                if src is None:
                    src = _joint_source(it.text, prov.profession, p.professions, sources)
                if src is None:
                    src = _bracket_source(it.text, prov.profession, p.professions, sources)
                if src is None:
                    src = _same_practice(it.text, sources)
            if src is None and prov.people:
                src = next((s for s in sources if any(re.search(rf"\b{re.escape(n)}\b", s[1]) for n in prov.people)), None)
            if src is None and stems:
                src = next((s for s in sources if any(re.search(rf"\b{re.escape(st)}", s[1], re.IGNORECASE)
                                                      for st in stems)), None)
            name = prov.profession.name if prov.profession else prov.phrase.strip()[:60]
            if src is None:
                if (prov.profession is None and not stems) or (prov.profession is not None and prov.profession.universal):
                    continue  # a person we cannot place, or a universal public health service
                seen.add(key)
                missing += 1
                findings.append(item_finding(ctx, it, f"Section G has {name} providing, but Section K lists no "
                                                      f"{name} advice: was the service asked?"))
                continue
            seen.add(key)
            present += 1
            b, t, a = src
            msg = f"{name[0].upper()}{name[1:]} advice is listed for the {name} provision in Section G."
            if a is not None:
                findings.append(advice_finding(a, msg, kind="evidence"))
            elif b is not None:
                findings.append(ctx.finding(b, msg, quote=quote_of(t), kind="evidence"))
    if not present and not missing:
        return not_applicable(ctx, "The health provision in Section G names no health service that the checker "
                                   "matches to advice (besides the school nurse and health visitor, whose advice is "
                                   "not expected, and registration or routine care every child has).", block=real[0].block, quote=real[0].text)
    if not missing:
        return Outcome(level=p.all_level, findings=findings)
    return Outcome(level=p.some_missing_level if present else p.none_level, findings=findings)
