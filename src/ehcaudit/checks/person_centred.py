"""Person-centred views and outcomes (Sections A and E)."""

from __future__ import annotations

import re

from pydantic import Field

from ehcaudit.checks._aspire_reading import (
    WANT,
    goal_clauses,
    hope_clauses,
    hoped,
    interest_object,
    is_arrangement,
    liked_help,
    occasion_want,
    outcome_link_text,
    role_wish,
    states_no_hopes,
    without_leaving_time,
    without_setting,
)
from ehcaudit.checks._aspire_reading import (
    is_interest as _is_interest,
)
from ehcaudit.checks._outcome_provision import attending_achieved, provision_hit
from ehcaudit.checks._outcomes import (  # outcome_blocks is imported from here by the provision checks
    _CROSS_REF,
    _DEFERRED,
    ABOUT_OUTCOMES,
    _child_names,
    combined_preamble,
    is_outcome,  # noqa: F401  (imported from here by tests)
    outcome_blocks,
    outcome_items,
    outcome_text,  # noqa: F401  (imported from here by tests)
)
from ehcaudit.checks._patterns import has, rx, rx1, search
from ehcaudit.checks._pc_reading import column_headers, ghost_written
from ehcaudit.checks._words import content_stems, shared
from ehcaudit.clauses import is_label, without_time
from ehcaudit.model import Block
from ehcaudit.placeholders import strip_placeholders
from ehcaudit.results import Finding
from ehcaudit.rubric.registry import Bands, CheckContext, Outcome, Params, check, optional_list
from ehcaudit.text import sentences
from ehcaudit.view import box_label


def inflect(verb: str) -> list[str]:
    """receive -> receive, receives, received, receiving (regular English verbs)."""
    forms = {verb}
    if verb.endswith("e"):
        forms |= {verb + "s", verb + "d", verb[:-1] + "ing"}
    elif verb.endswith("y") and verb[-2:-1] not in "aeiou":
        forms |= {verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"}
    else:
        forms |= {verb + "s", verb + "ed", verb + "ing"}
    return sorted(forms)


def _phrase_pattern(phrase: str) -> str:
    """'receive * support' style phrases: the first word is inflected; '*' skips one word."""
    words = phrase.split()
    first = "(?:" + "|".join(re.escape(f) for f in inflect(words[0])) + ")"
    rest = [r"\w+" if w == "*" else re.escape(w) for w in words[1:]]
    return r"\b" + r"\s+".join([first, *rest]) + r"\b"




class OutcomeNotProvisionParams(Params):
    provision_nouns: list[str] = Field(min_length=1, description="Regexes for what provision is (support, a teaching "
                                                                  "assistant, therapy, sessions, 1:1): the object of "
                                                                  "'receive', 'have', 'get', 'attend', 'access'")
    providers: list[str] = optional_list("Regexes for who provides (staff, the TA, the "
                                                                   "therapist): as the subject of the main verb")
    provider_verbs: list[str] = optional_list("A provider's verbs (support, provide, "
                                                                        "deliver, teach) after 'will'")
    bands: Bands = Field(description="Share of outcomes that describe provision (0-1) -> level")


@check("outcome_not_provision", OutcomeNotProvisionParams)
def outcome_not_provision(ctx: CheckContext, p: OutcomeNotProvisionParams) -> Outcome:
    """Outcomes say what the child will achieve, not what they will receive or be given.

    Read by clause (ehcaudit.clauses.provision_clause): the child being given something in any
    tense or voice ("will receive 1:1 support", "has a teaching assistant", "is given therapy"),
    or staff as the subject providing it, is provision; "receive a certificate", "be able to
    receive praise" and "access the community independently" are achievements."""
    items = outcome_items(ctx)
    if not items:
        return Outcome(level=ctx.bottom, findings=[ctx.missing("E", "No outcomes were found in Section E.")])
    nouns = rx1(p.provision_nouns)
    providers = rx(p.providers)
    pverbs = re.compile("|".join(f"(?:{x})" for x in p.provider_verbs), re.IGNORECASE) if p.provider_verbs else None
    findings: list[Finding] = []
    bad = 0
    preamble = combined_preamble(ctx)  # provision over a combined E/F table, undated: Section F's
    items = [b for b in items if not (b.id in preamble and without_time(b.text) == b.text)] or items
    for b in items:
        hits = [(s, c) for s in sentences(b.text) if (c := provision_hit(s, nouns, providers, pverbs))
                and not attending_achieved(s, c)]
        if hits:
            bad += 1
        for sent, c in hits:
            what = "provision staff will give" if c.reason == "staff provide" else "provision the child will receive"
            findings.append(ctx.finding(b, f"This outcome describes {what} ('{c.verb}'), not what the child will "
                                           "achieve. Move it to Section F and state the difference it should make "
                                           "for the child.", quote=sent))
    share = bad / len(items)
    if not findings:
        findings.extend(ctx.finding(b, "Describes what the child will achieve.", kind="evidence") for b in items[:2])
    return Outcome(level=p.bands.level(share), findings=findings)




# -- PC-ASPIRATION-LINK -------------------------------------------------------------------------

class Theme(Params):
    name: str = Field(description="A theme, e.g. 'employment or higher education' or 'animals'")
    patterns: list[str] = Field(min_length=1, description="Regexes that show a sentence is about this theme")
    outcome_patterns: list[str] = optional_list(
        "PC-ASPIRATION-LINK: regexes for the outcomes that serve this theme when they are not the same words "
        "(a hope for friends is served by outcomes about taking turns, playing with peers or communicating); "
        "empty: the theme's own patterns")


class AspirationLinkParams(Params):
    aspiration_patterns: list[str] = Field(min_length=1, description="Regexes that mark a sentence in A as an aspiration")
    aspiration_location_patterns: list[str] = optional_list("Sub-headings or locations whose text is all aspirations ('Aspirations')")
    interest_patterns: list[str] = optional_list("Regexes that mark an interest ('enjoys', 'loves')")
    interest_location_patterns: list[str] = optional_list(
        "Sub-headings or column headings whose text is all interests ('What is important to me')")
    min_words: int = Field(3, ge=1, description="Shorter text is a label ('Aspirations'), not an aspiration")
    stop_words: list[str] = Field(description="Words too common to link an aspiration to an outcome")
    link_stop_words: list[str] = optional_list("More words that link no hope to an outcome here: the plan's own "
                                               "verbs ('access') and time words ('for ages', 'reading age')")
    empty_hope_words: list[str] = optional_list(
        "Words of the hope every family has ('happy', 'a happy life'): an aspiration that names nothing else (no "
        "content word, no theme) gives the outcomes nothing to build towards, so it is neither linked nor missed; "
        "when every hope is such, the outcomes are judged on the child's interests (no_aspirations_level)")
    min_shared: int = Field(1, ge=1, description="Content words an aspiration and an outcome must share")
    themes: list[Theme] = optional_list("Related words: an aspiration and an outcome that "
                                                                  "both mention a theme link ('vet' and 'rabbits')")
    bands: Bands = Field(description="Share of aspirations some outcome builds on (0-1) -> level")
    interest_only_level: int = Field(2, description="No aspiration reflected, but an outcome builds on an interest")
    interest_stop_words: list[str] = optional_list(
        "Words that link no interest to an outcome: the setting the child likes ('I like my college because it is "
        "quiet') is where every outcome happens, not a field to build on")
    central_min: int = Field(0, ge=0, description=(
        "A theme stated in this many aspiration sentences (the child's and family's central hope, said again and "
        "again) that no outcome serves caps the level at central_ignored_level; 0: off"))
    central_ignored_level: int = 2
    school_skill_themes: list[str] = optional_list(
        "Themes that are the means of every classroom outcome ('reading and writing'): in a hope said again and "
        "again they are not its field, so an outcome sharing them does not build on it")
    no_outcomes_level: int = 1
    passing_wish_to_year: int | None = Field(None, description=(
        "Up to this National Curriculum year a child's own wish to be something when grown up ('a firefighter like "
        "in the film') is a passing wish, neither built on nor missed; None: every wish counts"))
    goal_from_year: int | None = Field(None, description=(
        "From this year (when the year is known) a stated goal of work or study (goal_patterns) is the central aspiration: no outcome naming "
        "its field (a theme's own words, or the goal's) caps the level at central_ignored_level; None: off"))
    goal_patterns: list[str] = optional_list("A goal of work or study: a trade or job, a course, an apprenticeship")
    no_aspirations_level: int | None = Field(None, description=(
        "Section A states no aspirations: None leaves the criterion not applicable (PC-ASPIRATIONS records the gap); "
        "a level is the grade, whatever interests the outcomes use. When A's only hope names nothing but being "
        "happy, the interests are judged instead: interest_only_level when an outcome builds on one, this level "
        "when none does or A records no interests either"))




#: A deferral to a meeting to come ("To be discussed at the first annual review", "Will be gathered at
#: the transition review", "TBC"), not a note that the hopes were not discussed this time.
_LATER = re.compile(r"\b(?:to be|will be|tbc|tba|to follow)\b", re.IGNORECASE)

#: "like" the verb: after a subject, an adverb or an auxiliary ("I like", "they really like", "Leo and
#: Sam like", "would like"); after any other word it is the preposition ("a mechanic like my uncle",
#: "working with cars like his uncle", "noise like the hand dryer"), which names no liking.
_LIKE_VERB_BEFORE = re.compile(r"(?:^|\b(?:I|you|we|they|really|also|all|both|to|who|and|especially|particularly|still|"
                               r"just|do|does|did|definitely|would|not|[A-Z][\w'’-]*)|['’]d|n['’]t)\W*$")


def _without_like_preposition(s: str) -> str:
    """``s`` with the preposition "like" taken out (see :data:`_LIKE_VERB_BEFORE`), so that it does
    not read as a liking."""
    return re.sub(r"\blike\b", lambda m: m.group(0) if _LIKE_VERB_BEFORE.search(s[:m.start()]) else "as", s)


#: The child speaking: quoted words or a first-person sentence.
_CHILD_SPEECH = re.compile(r"^\W*(?:My|Me)\b|\bI(?:'m|’m)?\b|[\"“][^\"”]*\b(?:me|my)\b")


def _section_sentences(ctx: CheckContext, code: str) -> list[tuple[Block, str]]:
    """Sentences of a section's blocks, unfilled template placeholders ('{{ aspirations }}') dropped."""
    out = []
    for b in ctx.plan.blocks_in(code):
        for s in sentences(strip_placeholders(b.text)):
            if re.search(r"\w", s):
                out.append((b, s.strip()))
    return out



def _names_no_field(sentence: str, p: AspirationLinkParams, names: list[str]) -> bool:
    """Is this aspiration a hope every family has and nothing more ("We just want him to be happy"):
    no content word left once the stop words and the empty hope words are taken out, and no theme?"""
    if not p.empty_hope_words or not re.search(rf"\b(?:{'|'.join(map(re.escape, p.empty_hope_words))})\b", sentence,
                                               re.IGNORECASE):
        return False  # "I want to go to Wyemarch High with Ruby": a hope in proper names, not an empty one
    if content_stems(sentence, [*p.stop_words, *p.link_stop_words, *p.empty_hope_words], names):
        return False
    kid = {n.lower() for n in names}
    if any(w.lower() not in kid for w in re.findall(r"(?<=[\w,] )[A-Z][\w'’-]+", sentence)):
        return False  # "happy at Wyemarch High", "happy living with Chloe": a place or a person is a field
    return not any(search(t.patterns, sentence) for t in p.themes)


@check("aspiration_link", AspirationLinkParams)
def aspiration_link(ctx: CheckContext, p: AspirationLinkParams) -> Outcome:
    """The outcomes in E visibly build on the aspirations (and interests) in A."""

    loc_rx, int_rx = rx(p.aspiration_location_patterns), rx(p.interest_patterns)
    hope_rx, goal_rx = rx1(p.aspiration_patterns), rx(p.goal_patterns)  # any want of a goal is a hope
    aspirations: list[tuple[Block, str]] = []
    interests: list[tuple[Block, str]] = []
    deferred, box_empty = "", False  # box_empty: the plan's own Aspirations box says there are none yet
    int_loc = rx(p.interest_location_patterns)
    heads = column_headers(ctx.plan.blocks_in("A"))
    # first-person hopes the plan cannot have had from the child (it says the child does not speak or has
    # a handful of words, and nothing says how the views were gathered) are the adults' words: PC-VOICE's
    # finding, no hope of the child's for the outcomes to build towards
    a_text = "\n".join(b.text for b in ctx.plan.blocks_in("A"))
    how_speaks = "\n".join(b.text for b in ctx.plan.blocks_in("A", "B"))
    for b, s in _section_sentences(ctx, "A"):
        if len(s.split()) < p.min_words or is_label(s):  # "my views, interests and aspirations" is a title
            continue
        where = box_label(b)
        in_box = loc_rx is not None and has(p.aspiration_location_patterns, where)
        if ABOUT_OUTCOMES.match(s) or _CROSS_REF.match(s) or _DEFERRED.match(s):
            if _DEFERRED.match(s) and _LATER.search(s) and (has(p.aspiration_patterns, s) or in_box):
                deferred = deferred or s  # the Aspirations box left for a meeting to come
                box_empty = box_empty or in_box
            continue  # "See views above.", "As above", "To be discussed at the next review": no aspiration of its own
        if states_no_hopes(s, lambda rest: has(p.aspiration_patterns, rest)):
            box_empty = box_empty or in_box
            continue  # "Jack is not able to express any aspirations": a statement that there are none
        if occasion_want(s):
            continue  # "When I have one I want to go to the medical room": how a moment is handled, no hope
        if (has(p.aspiration_patterns, s) and hoped(s, hope_rx)) or (goal_rx and goal_rx.search(s) and hoped(s, WANT)) or (loc_rx is not None and has(p.aspiration_location_patterns, where)):
            if not ghost_written(s, how_speaks, a_text):
                aspirations.append((b, s))
        elif is_arrangement(s) or liked_help(s):
            continue  # "I like it when Miss reads to me": the help that works, no field of the child's; "It is important to her that changes are explained in writing": how, not what she likes
        elif ((int_rx is not None and any(_is_interest(s, m) for m in int_rx.finditer(s)))
              or (int_loc is not None and (int_loc.search(where) or int_loc.search(heads.get(b.id, ""))))):
            interests.append((b, s))  # "I don't like group projects" is no interest
    if box_empty:  # the plan says its aspirations are not yet gathered: a wish in the views box ("Dad would
        # like him to be understood") is a view, not the aspirations it defers (sets M, Y: both keys fail)
        aspirations = [a for a in aspirations if has(p.aspiration_location_patterns, box_label(a[0]))]
    # "Her parents hope she will be happy": a hope with no field names nothing an outcome could build
    # towards or plainly ignore - neither linked nor missed
    # the child's name, however the front matter gives it ("Known as", or a "Name" row alone), links
    # no hope to an outcome: "Jordan wants to be a mechanic" shares nothing with "Jordan's outcomes ..."
    kid = _child_names(ctx)
    year = ctx.plan.front.year_on(ctx.as_of)
    young = year is not None and p.passing_wish_to_year is not None and year <= p.passing_wish_to_year

    def no_field(s: str) -> bool:
        # a young child's wish to be something when grown up is a passing wish, as "to be happy" names no field
        return _names_no_field(s, p, kid) or (young and role_wish(s, lambda rest: has(p.aspiration_patterns, rest), kid))
    empty = [a for a in aspirations if no_field(a[1])]
    aspirations = [a for a in aspirations if not no_field(a[1])]
    if not aspirations and p.no_aspirations_level is None:
        return Outcome(applicable=False, findings=[ctx.missing("A", (
            "Section A states no aspirations, so there is nothing for the outcomes to build on "
            "(PC-ASPIRATIONS already records that).")).model_copy(update={"kind": "evidence"})])
    # an outcome's own lines: a cross-reference, a list heading or a measure line is no outcome
    outcomes = [b for b in outcome_blocks(ctx) if outcome_link_text(b.text)]
    if not outcomes:
        return Outcome(level=p.no_outcomes_level, findings=[ctx.missing("E", "No outcomes were found in Section E, so "
                                                                              "none builds on the aspirations in A.")])
    names = kid
    stop = [*p.stop_words, *p.link_stop_words]
    # one per line: the lines of a cell share its id; the occasion or lessons an outcome is done in are
    # its setting, not its field ("stay calm for a music session" builds on no hope of making music)
    out_text = [without_setting(outcome_link_text(b.text)) for b in outcomes]
    out_stems = [(b, content_stems(t, stop, names)) for b, t in zip(outcomes, out_text, strict=True)]

    # a theme links an aspiration to the outcomes that serve it: the same field ("vet" and "rabbits"),
    # or a broad hope and what builds towards it ("friends" and taking turns with peers)
    theme_rx = [(t.name, rx1(t.patterns), rx1(t.outcome_patterns or t.patterns)) for t in p.themes]
    # one entry per outcome (the lines of one table cell share the cell's block id)
    out_themes = [{n for n, _, r in theme_rx if r.search(t)} for t in out_text]
    # an interest is built on only by an outcome about the same field ("horses", "cooking"): the broad
    # hopes (themes read more widely in the outcomes: friends, independence, communicating) are
    # aspirations' links - "I like my friend Chloe" is not built on by "more independent in the community"
    broad = {t.name for t in p.themes if t.outcome_patterns}
    out_own_themes = [{n for n, r, _ in theme_rx if n not in broad and r.search(t)} for t in out_text]

    # a school skill ("reading", "stories") is what every classroom outcome teaches: the means, not a field
    skills = rx1([q for t in p.themes if t.name in p.school_skill_themes for q in t.patterns] or [r"(?!)"])

    def link(sentence: str, interest: bool = False, own_field: bool = False):
        sentence = without_leaving_time(sentence)  # "When I finish school I want to work ...": the time, not school
        if interest and int_rx is not None:
            # the interest is what the child says they like, not the clause that reports it: in "Jordan
            # told his tutor (using his eye-gaze device): 'I like school because of my friends'" the
            # device is how the view was given, so an outcome about the device does not build on it
            m = next((m for m in int_rx.finditer(sentence) if _is_interest(sentence, m)), None)
            if m is not None and m.group(0).lower().startswith("interest"):
                m = None  # "Interests:" heads the list; "his interests include ..." names no liked thing
            if m is not None:
                # the thing liked, not the clause that reports it ("told his tutor using his eye-gaze
                # device"), the reason ("because of my friends") or the company ("with my brother")
                sentence = interest_object(sentence, m.start(), m.end())
        if interest:
            sentence = skills.sub(" ", sentence)  # "enjoys adventure stories": a reading outcome uses no interest
        if interest and p.interest_stop_words:  # "I like my college": the setting, no field of interest
            sentence = re.sub(rf"\b(?:{'|'.join(map(re.escape, p.interest_stop_words))})\b", " ", sentence,
                              flags=re.IGNORECASE)
        st = content_stems(sentence, stop, names)
        themes = {n for n, r, _ in theme_rx if r.search(sentence)}
        best = None
        for b, os_ in out_stems:
            common = shared(st, os_)
            if len(common) >= p.min_shared and (best is None or len(common) > len(best[1])):
                best = (b, common)
        if best is None:
            # an interest is used by name or in its own field ("a percussion group" for drumming), as a goal
            # is ("vehicles" for a mechanic), never through a broad hope's wide reading
            for (b, _), their in zip(out_stems, out_own_themes if interest or own_field else out_themes, strict=True):
                both = sorted(themes & their)
                if both:
                    return b, [f"theme: {both[0]}"]
        return best

    findings: list[Finding] = []
    if not aspirations:
        assert p.no_aspirations_level is not None
        if not empty:
            # no hope stated at all (none asked, none recorded, or "to be discussed"): nothing for the
            # outcomes to build on, and an outcome that uses an interest does not stand in for the hopes
            # nobody recorded (the auditors' keys, sets A to AF: 51 of 61 such plans fail, 10 pass)
            used = next((s for _b, s in interests if link(s, interest=True)), None)
            why = (f"Section A leaves the aspirations to be gathered later ('{deferred}')" if deferred
                   else "Section A states no aspirations")
            return Outcome(level=p.no_aspirations_level, findings=[ctx.missing("A", (
                f"{why}, so no outcome can be seen to build on what the child hopes for"
                + (f"; an outcome that uses an interest ('{used}') does not make up for it." if used else ".")))])
        # hopes that name nothing but being happy: the outcomes are judged on what the child enjoys
        hits = [(b, s, h) for b, s in interests if (h := link(s, interest=True))]
        if hits:
            b, s, hit = hits[0]
            return Outcome(level=p.interest_only_level, findings=[ctx.finding(hit[0], (
                "Section A's hopes name nothing for an outcome to build towards, but this outcome builds on an "
                f"interest in {b.location} ('{s}')."), kind="evidence")])
        none = f"Section A's only hope ('{empty[0][1]}') names nothing for an outcome to build towards"
        msg = (f"{none} and no outcome in Section E builds on the child's interests" if interests
               else f"{none}, and states no interests either")
        return Outcome(level=p.no_aspirations_level, findings=[ctx.missing("A", msg + ", so nothing shows the "
                                                                               "outcomes lead where the child hopes.")])
    reflected = 0
    built_on: set[str] = set()
    for b, s in aspirations:
        hit = link(s)
        if hit:
            reflected += 1
            built_on.add(s)
            words = ", ".join(w if w.startswith("theme: ") else f"'{w}'" for w in hit[1][:4])
            findings.append(ctx.finding(b, f"Aspiration reflected in the outcome at {hit[0].location} (shared: {words}).",
                                        quote=s, kind="evidence"))
            findings.append(ctx.finding(hit[0], f"This outcome builds on the aspiration in {b.location}: '{s}'.",
                                        kind="evidence"))
        else:
            findings.append(ctx.finding(b, "No outcome in Section E builds on this aspiration: the outcomes should "
                                           "visibly lead towards what the child hopes for.", quote=s))
    level = p.bands.level(reflected / len(aspirations))
    if p.central_min:
        # the hope the child and family return to again and again, which no outcome serves, is
        # the plan's central aspiration ignored, however many lesser hopes are reflected - unless a
        # hope the outcomes do serve is stated as often (then neither is the one central hope); when
        # fewer than half the hopes are reflected, a hope said twice is already central
        served = set().union(*out_themes)
        said_of = {name: [(b, s) for b, s in aspirations if r.search(without_leaving_time(s))] for name, r, _ in theme_rx}
        most_served = max([len(v) for n, v in said_of.items() if n in served], default=0)
        for name, _r, _ in theme_rx:
            said = said_of[name]
            # a hope said again and again is ignored only when no clause saying it is built on in its own
            # field ("go to college to study art" built on by an art outcome is not the college hope ignored)
            if (len(said) >= p.central_min and name not in served and len(said) >= most_served
                    and not any(s in built_on and any(link(skills.sub(" ", c), own_field=True) for c in hope_clauses(s, _r))
                                for _, s in said)):
                level = min(level, p.central_ignored_level)
                findings.append(ctx.finding(said[0][0], f"The aspiration stated most often in Section A ({name}, in "
                                                        f"{len(said)} places) is not built on by any outcome in "
                                                        "Section E.", quote=said[0][1]))
                break
    if p.goal_from_year is not None and p.goal_patterns and year is not None and year >= p.goal_from_year:
        # from Year 9 a goal of work or study in a named field ("a mechanic", "acting"; not "a good job") is the
        # central aspiration: some outcome must build on it in its field, whatever broad hopes are served
        field, own = rx1([q for t in p.themes if t.name not in broad for q in t.patterns]), [r for n, r, _ in theme_rx if n not in {*broad, *p.school_skill_themes}]
        goals = [(b, s) for b, s in aspirations if goal_rx and goal_rx.search(without_leaving_time(s)) and field.search(s)]
        if goals and not any(link(goal_clauses(s, goal_rx or field, own), own_field=True) for _, s in goals):
            level = min(level, p.central_ignored_level)
            findings.append(ctx.finding(goals[0][0], "No outcome in Section E names the field of this goal or a step "
                                                     "towards it (a course, work experience, a placement).",
                                        quote=goals[0][1]))
    if reflected == 0:
        hits = [(b, s, link(s, interest=True)) for b, s in interests]
        hits = [h for h in hits if h[2]]
        if hits:
            level = max(level, p.interest_only_level)
            b, s, hit = hits[0]
            findings.append(ctx.finding(hit[0], f"This outcome builds on an interest in {b.location} ('{s}'), "
                                                "though not on a stated aspiration.", kind="evidence"))
    return Outcome(level=level, findings=findings)


# -- PC-STRENGTHS -------------------------------------------------------------------------------

class StrengthsParams(Params):
    sections: list[str] = Field(min_length=1, description="Sections read (A and B)")
    strength_patterns: list[str] = Field(min_length=1, description="Regexes that mark a sentence describing a strength")
    strength_location_patterns: list[str] = optional_list("Sub-headings whose text is strengths")
    deficit_patterns: list[str] = Field(min_length=1, description="Deficit language: 'unable to', 'cannot', 'fails to'")
    need_patterns: list[str] = optional_list("A sentence that describes a need ('needs adult "
                                                                      "support', 'has difficulty', 'limited'): in a "
                                                                      "Strengths box it is not a strength")
    bands: Bands = Field(description="Share of deficit sentences among strength and deficit sentences (0-1), "
                                     "in the section where it is highest -> level")
    min_section_deficits: int = Field(3, ge=1, description="Deficit sentences a section needs to be judged on its own")
    no_strengths_level: int = Field(1, description="No strength described, and deficit language present")
    nothing_level: int = Field(2, description="Neither strengths nor deficit language found")
    max_quotes: int = Field(4, ge=1)


@check("strengths", StrengthsParams)
def strengths(ctx: CheckContext, p: StrengthsParams) -> Outcome:
    """Strengths and what the child can do are described, not only deficits."""
    loc_rx = rx(p.strength_location_patterns)
    n_rx = rx(p.need_patterns)
    box = [0, 0, 0]  # the template's Strengths boxes: [strength, need or deficit, all sentences]
    good: list[tuple[Block, str]] = []
    bad: list[tuple[Block, str, str]] = []
    per_section: dict[str, list[int]] = {}  # code -> [strength sentences, deficit sentences, all sentences]
    for code in p.sections:
        counts = per_section.setdefault(code, [0, 0, 0])
        for b, s in _section_sentences(ctx, code):
            counts[2] += 1
            in_box = loc_rx is not None and bool(search(p.strength_location_patterns, box_label(b)))
            box[2] += in_box
            # the child's own words ("I can't sit still") are their voice, not the plan's deficit language
            # search(): the same match as the compiled list's, cached and pre-filtered
            m = None if _CHILD_SPEECH.search(s) else search(p.deficit_patterns, s)
            if m is None and in_box and n_rx is not None and not has(p.strength_patterns, s):
                m = search(p.need_patterns, s)  # a need written where the template asks for strengths
            if m:
                bad.append((b, s, m.group(0)))
                counts[1] += 1
                box[1] += in_box
            elif has(p.strength_patterns, _without_like_preposition(s)) or in_box:
                good.append((b, s))
                counts[0] += 1
                box[0] += in_box
    where = " and ".join(p.sections)
    findings: list[Finding] = [ctx.finding(b, "Describes what the child can do.", quote=s, kind="evidence")
                               for b, s in good[: p.max_quotes]]
    if not good:
        level = p.no_strengths_level if bad else p.nothing_level
        findings.append(ctx.missing(p.sections[0], f"Sections {where} describe no strengths: say what the child can do, "
                                                   "enjoys and is good at."))
    else:
        # The section where deficit language weighs most decides: warm words in A do not
        # excuse a Section B written only in deficits. A section counts on its own once it has a
        # few deficit sentences (one "struggles with fast speech" describes a need); the two
        # sections together always count.
        # A section's own share is of all its sentences: deficit language that dominates the
        # description, not two factual sentences among ten ("he cannot walk and uses powered mobility").
        g_all = sum(c[0] for c in per_section.values())
        d_all = sum(c[1] for c in per_section.values())
        level = min([p.bands.level(d_all / (g_all + d_all))]
                    + [p.bands.level(d / max(n, g + d, 1)) for g, d, n in per_section.values()
                       if d >= p.min_section_deficits]
                    # Strengths boxes filled with needs: judged on their own
                    + ([p.bands.level(box[1] / max(box[2], 1))] if box[1] >= p.min_section_deficits else []))
    if level < ctx.top:
        for b, s, word in bad[: p.max_quotes]:
            findings.append(ctx.finding(b, f"Deficit language ('{word}'): describe the need and what helps, alongside "
                                           "what the child can do.", quote=s))
    return Outcome(level=level, findings=findings)
