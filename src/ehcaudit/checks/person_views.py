"""PC-VOICE: the child's own views and the family's views in Section A (check kind ``views``)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pydantic import Field

from ehcaudit.checks._outcomes import _child_names, _names
from ehcaudit.checks._patterns import rx, rx1
from ehcaudit.checks._pc_reading import (
    FIRST_PERSON,
    GATHERED,
    beyond_their_words,
    ghost_written,
    report_voice,
)
from ehcaudit.checks.generic import (  # occurrence's groups and its reading of one sentence
    Group,
    _shows,
    first_shown,
    group_finding,
)
from ehcaudit.clauses import is_label
from ehcaudit.model import Block
from ehcaudit.results import Finding
from ehcaudit.rubric.registry import Bands, CheckContext, Outcome, Params, check, optional_list
from ehcaudit.text import sentences


class ViewsParams(Params):
    sections: list[str] = Field(min_length=1, description="Sections read (A)")
    groups: list[Group] = Field(min_length=1, description="Each group must be found at least once (as 'occurrence')")
    family_group: int = Field(1, ge=0, description="Index of the group that is the family's views")
    family_words: list[str] = optional_list(
        "Regexes for the family ('mum', 'parents', 'foster carer'): a name given to one of them ('his foster carer "
        "Karen', front matter 'Parent or carer: Lisa'), and 'they' after them, speak for the family")
    view_verbs: list[str] = optional_list("Verbs that give a view ('says', 'feels', 'wants')")
    report_phrases: list[str] = optional_list(
        "Regexes for a professional report's phrases about the child ('a diagnosis of', 'my needs are best met', "
        "'I benefit from'): a first-person account that uses report_min of them is the professionals' voice")
    report_min: int = Field(2, ge=1, description="Different report phrases that make a first-person account the "
                                                 "professionals' voice")
    young_year: int | None = Field(None, description=(
        "Up to this National Curriculum year (Reception = 0), one report phrase in the child's first-person "
        "account makes it the professionals' voice: a child of five or six does not say 'I would benefit from a "
        "consistent adult'; None: report_min at every age"))
    speech_sections: list[str] = optional_list(
        "Sections read for how the child speaks ('speaks in short phrases', in A or B's communication needs): "
        "long, finished first-person views for such a child need to say how they were gathered; empty: sections")
    bands: Bands = Field(description="Number of groups missing -> level")


def _family_names(ctx: CheckContext, family: re.Pattern, texts: list[str]) -> set[str]:
    """First names the plan gives the family: front matter ("Parent or carer 1: Lisa"; a
    "Relationship: Mum" field beside a contact) and Section A ("his foster carer Karen", "Lisa (mum)")."""
    names: set[str] = set()
    fields = ctx.plan.front.fields
    for k, v in fields.items():
        if re.search(r"language|e-?mail|address|phone|ethnicity|relationship|consent", k, re.IGNORECASE):
            continue  # "Parent or carer first language: English" names no one
        if (family.search(k) or re.search(r"\bcontact\b", k, re.IGNORECASE)) and re.fullmatch(r"[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+){0,2}", v.strip()):
            names.add(v.split()[0])
    fam = family.pattern
    for t in texts:
        names.update(m.group("n") for m in re.finditer(rf"(?i:\b(?:{fam}))\s*,?\s+(?P<n>[A-Z][a-z'-]+)\b", t))
        # in apposition: "Maureen, Daniel's former foster carer, still sees him"
        names.update(m.group("n") for m in re.finditer(
            rf"\b(?P<n>[A-Z][a-z'-]+),\s+(?:[A-Z][a-z'-]+['’]s|(?i:his|her|their))\s+"
            rf"(?i:(?:former|previous|current|birth|adoptive|long-term)\s+)?(?i:{fam})\b", t))
        names.update(m.group("n") for m in re.finditer(
            rf"\b(?P<n>[A-Z][a-z'-]+)\s*\((?i:(?:his|her|their)\s+)?(?i:{fam})\)", t))
    child = set(_names(ctx)) | {"The", "She", "He", "They", "His", "Her", "Their"}
    return names - child


@check("views", ViewsParams)
def views(ctx: CheckContext, p: ViewsParams) -> Outcome:
    """The child's views and the family's views are recorded, each found at least once.

    As an auditor reads it, the family's view need not name them in the same sentence: a
    parent or carer named elsewhere in the plan speaks for the family ("Karen says ..." where
    Karen is his foster carer), and so does "they" or "she" just after the family are named
    or under a label naming them ("My parents" / "They say Zofia is kind")."""
    blocks = ctx.plan.blocks_in(*p.sections)
    family = rx(p.family_words)
    verbs = rx(p.view_verbs)
    report = rx(p.report_phrases)
    findings: list[Finding] = []
    missing = 0
    # the child's name as the plan gives it anywhere in its front matter ("Known as", or "First name"
    # alone): a heading naming the child ("Kieran's views (from a conversation with his mum)") is the
    # child's, whoever else was in the room
    names = [re.escape(n) for n in sorted(set(_names(ctx)) | set(_child_names(ctx))) if len(n) > 1]
    for i, g in enumerate(p.groups):
        group_rx = rx1(g.patterns)
        if i != p.family_group and family is not None:
            found = _child_views(blocks, group_rx, family, names,
                                 [re.escape(n) for n in _child_names(ctx) if len(n) > 1],
                                 _family_names(ctx, family, [b.text for b in blocks]) - set(_child_names(ctx)))
            hit = next(found, None)
            a_text = "\n".join(b.text for b in blocks)
            told = _not_told_by_family(blocks, family)
            views_found = [hit, *found] if hit is not None else []
            first_person = [s for _, s in views_found if FIRST_PERSON.search(s)]
            year = ctx.plan.front.year_on(ctx.as_of)
            least = 1 if p.young_year is not None and year is not None and year <= p.young_year else p.report_min
            if (hit is not None and report_voice(first_person, report, least) and not GATHERED.search(told)):
                # "I am a ten-year-old boy with a diagnosis of ... My needs are best met in a setting which
                # ...": the professionals' words put in the first person, not the child's view - a view
                # that is not in the first person still counts
                hit = next(((b, s) for b, s in views_found if not FIRST_PERSON.search(s)), None)
            # (and the same for a child the plan says speaks in single words or short phrases, given long
            # finished sentences in the first person: "I would like all the adults who support me to ...");
            # how the child speaks is read wherever the plan says it - Section B's communication needs
            # ("He does not use speech or signs") as well as Section A
            how_speaks = "\n".join(b.text for b in ctx.plan.blocks_in(*(p.speech_sections or p.sections)))
            if hit is not None and any(ghost_written(s, how_speaks, told) or beyond_their_words(s, how_speaks, told)
                                       for _, s in views_found):
                # "I am Ruby and I am 4" for a child who does not speak, nothing saying how it was
                # gathered: the adults' words, not the child's view - wherever Section A gives it, so a
                # description of how he communicates found first ("He communicates through sounds and
                # eye pointing") does not stand in for the views the plan gives him
                hit = None
            if hit is not None and no_views(a_text) and (no_views(hit[1]) or (
                    not _QUOTED_FIRST_PERSON.search(hit[1]) and not _GATHERED.search(hit[1]))):
                # the plan says the child gave no views ("Hamza is too young to share his views"): a
                # description of how he communicates is not his view unless it says how it was gathered
                hit = None
        else:
            hit = first_shown(blocks, group_rx)
        if hit is None and i == p.family_group and family is not None and verbs is not None:
            hit = _family_view(ctx, blocks, family, verbs)
        finding, absent = group_finding(ctx, p.sections, g.name, hit)
        findings.append(finding)
        missing += absent
    return Outcome(level=p.bands.level(missing), findings=findings)


#: The child's own words quoted inside a family member's account: "Mum says he told her, 'I want a dog'".
_QUOTED_FIRST_PERSON = re.compile(r"[“\"‘][^”\"’]*\b(?:I|I'm|I’m|me|my)\b")


#: The plan's own statement that the child gave no views: "Hamza is too young to share his views.",
#: "Leo did not want to take part in a meeting, so his views have not been included".
_NO_VIEWS = re.compile(r"\b(?:is|was) (?:too young|not (?:yet )?able|unable) to (?:share|give|express|tell us) "
                       r"(?:his|her|their) (?:own )?views\b"
                       r"|\b(?:his|her|their|[A-Z][\w-]+['’]s) (?:own )?views (?:have|has|had|were|was) not (?:been )?(?:included|gathered|"
                       r"recorded|obtained|collected|given|sought)\b"
                       r"|\b(?:did not|didn['’]t|does not|doesn['’]t) want to (?:take part|share (?:his|her|their) views|"
                       r"give (?:his|her|their) views|contribute)\b|\b(?:declined|refused) to (?:take part|contribute|"
                       r"share|give)\b", re.IGNORECASE)


#: Not "no views" but how they could not be given: in words or sentences ("Maisie is not yet able to
#: tell us her views in sentences"), and so - in the same sentence - how they were gathered instead
#: ("too young to tell us his views in words, so his key person watched him play").
_OTHER_MEANS = re.compile(r"^\W*(?:in|with|using|through)\s+(?:(?:spoken|full|whole)\s+)?(?:words|sentences|speech)\b|"
                          r"^\W*(?:verbally|out loud|aloud)\b", re.IGNORECASE)


def no_views(text: str) -> bool:
    """Does ``text`` say the child gave no views (:data:`_NO_VIEWS`)? A child who cannot give them in
    words, whose communication someone who knows them has watched, has given them: "Ibrahim is too young
    to tell us his views in words, so his key person watched him play and noted what he chose"."""
    for s in sentences(text):
        for m in _NO_VIEWS.finditer(s):
            if not (_OTHER_MEANS.search(s[m.end():]) or _GATHERED.search(s[m.end():])):
                return True
    return False


def _not_told_by_family(blocks: list[Block], family: re.Pattern) -> str:
    """Section A's text without the family's own account: a line that says how it was given ("My story
    so far (told by Maja's mum and dad, through a Polish interpreter)") and what follows it under the
    same heading ("... we noticed she did not look at our faces"). How the family were heard is not how
    the child's views were gathered."""
    told = re.compile(rf"\b(?:told|written|given|shared|provided|said)\s+by\s+(?:[\w'’]+\s+){{0,3}}?(?:{family.pattern})",
                      re.IGNORECASE)
    out: list[str] = []
    theirs: str | None = None  # the heading under which the family's account runs
    for b in blocks:
        if theirs is not None and b.subsection != theirs:
            theirs = None
        for line in b.text.split("\n"):
            if told.search(line):
                theirs = b.subsection or ""
            elif theirs is None:
                out.append(line)
    return "\n".join(out)


#: Who speaks, named in a heading or a label line: the family or staff ("What his parents told us",
#: "All about me - written by Mum and Dad", "What college staff say", "Our hopes for Ava").
_OTHERS = (r"(?:mum|dad|mother|father|parents?|carers?|family|grand\w+|gran|nan|guardians?|aunt|uncle|"
           r"staff|teachers?|tutors?|college|school|nursery|setting|professionals?|key (?:person|worker)|SENCo)")
_OTHERS_SPEAK = re.compile(
    rf"\b{_OTHERS}(?:['’]s?|s['’])?\s+(?:say|says|said|told us|tell us|think|thinks|views?|words|wrote|write|hopes?|"
    rf"(?:would|want|wants) to say)\b"
    rf"|\b(?:written|told|given|shared)\s+by\s+(?:[\w'’]+\s+){{0,3}}?{_OTHERS}\b"
    r"|^\W*(?:[A-Z]\d\W*)?(?:our|what we)\b",
    re.IGNORECASE)
#: A heading in which the child speaks: "in my words", "What I think", "Kai's views", "What Poppy tells us".
_CHILD_SPEAKS = r"\b(?:I|in my (?:own )?words|my views)\b"


def _others_heading(heading: str, names: list[str]) -> bool:
    """Does this heading or label give the account of someone other than the child (see :data:`_OTHERS_SPEAK`)?"""
    if not heading or not _OTHERS_SPEAK.search(heading):
        return False
    # the child's view as someone who knows them found it: "What we learned by watching Noor play",
    # "How we found out what Maisie likes", "What we have learned about Alfie from watching him play" - the
    # child's communication observed (the child by name or as him, her or them), not the adults' account
    child = (rf"\b(?:{'|'.join(names)})(?:['’]s\s+(?:own\s+)?(?:views|voice|words|wishes)|\s+(?:tells|told|says|said|shows|showed|"
             rf"thinks|likes|wants|feels|enjoys|chooses|chose))\b|\b(?:watching|observing|listening\s+to|playing\s+with)\s+"
             rf"(?:{'|'.join(names)}|him|her|them)\b") if names else None
    return not (re.search(_CHILD_SPEAKS, heading) or (child and re.search(child, heading, re.IGNORECASE)))


#: The family speaking as "we" of the child: "We love Leo's sense of fun", "Now: we want Ava to be
#: safe", "We hope Tomasz will be understood" - not staff ("In class we have noticed ...").
_FAMILY_WE = re.compile(r"^\W*(?:[\w ]{1,20}:\s*)?we\s+(?:(?:really|all|both|also|just|would)\s+)?"
                        r"(?:love|loved|hope|hoped|want|wanted|worry|worried|wish|are (?:so )?(?:proud|worried|"
                        r"pleased|delighted|concerned))\b", re.IGNORECASE)
_STAFF_WE = re.compile(r"\b(?:in|at)\s+(?:our\s+)?(?:class|school|nursery|setting|college)\s+we\b|\bour\s+(?:class|school|"
                       r"nursery|setting|pupils?|students?|team|staff)\b|\bwe\s+(?:at|in)\s+(?:the\s+)?(?:school|nursery|"
                       r"college|class|setting)\b", re.IGNORECASE)


def family_we(sentence: str) -> bool:
    """Is this sentence the family speaking of the child as "we" (see :data:`_FAMILY_WE`)?"""
    return bool(_FAMILY_WE.search(sentence)) and not _STAFF_WE.search(sentence)
#: A sentence saying how the child's view was gathered: observed, chosen, said, shown to someone.
_GATHERED = re.compile(r"\b(?:observ\w*|watch\w*|gathered|chose|chooses|choosing|said|says|told|showed us|"
                       r"shows us|talking mat|symbols? to (?:say|tell|show)|through (?:his|her|their))\b", re.IGNORECASE)


#: A quotation and the attribution in brackets after it: '"I want Zosia to talk to her friends."
#: (Agnieszka, Mum, through an interpreter)'.
_QUOTATION = re.compile(r"[“\"](?P<q>[^”\"]*)[”\"]\s*(?P<by>\([^)]*\))?")


_SELF_NAMED = re.compile(r"\b(?:my name(?:'s|’s| is)|i am|i'm|i’m|call me|i am called|i'm called|i’m called)\s+\w+",
                         re.IGNORECASE)


def _family_quotes(text: str, family: re.Pattern, child: list[str]) -> list[tuple[int, int]]:
    """Spans of ``text`` that are a family member's quoted words: a first-person quotation that names
    the child in the third person ("I want Zosia to be able to talk to her friends") or whose
    attribution names the family ("... (Agnieszka, Mum)")."""
    named = re.compile(rf"\b(?:{'|'.join(child)})\b") if child else None
    out = []
    for m in _QUOTATION.finditer(text):
        q = _SELF_NAMED.sub(" ", m.group("q"))  # "My name is Kai and I am nine": the child naming themself
        if (named is not None and named.search(q)) or (m.group("by") and family.search(m.group("by"))):
            out.append((m.start(), m.end()))
    return out


def _child_views(blocks: list[Block], rx: re.Pattern, family: re.Pattern,
                 names: list[str], child_names: list[str] | None = None,
                 family_names: set[str] | None = None) -> Iterator[tuple[Block, str]]:
    """The sentences that show the child's own view, in order - not the family's account of the child.

    What the family say about the child ("Callum's mother says he is happy. He laughs at slapstick",
    "Jacob's parents shared their views at his annual review") is their view: a sentence under a
    heading that names only the family ("Family views", "What Mum and Dad say"), or whose subject is
    the family, or that follows one in the same paragraph ("He laughs ..." after "His mother says ..."),
    shows the child's view only through the child's own quoted words. A parent named by their first
    name ("Kelly hopes Ruby will ...", Kelly her mum) starts the family's account as "her mum" does."""
    child = "|".join(["child", "young person", "pupil", "student", "learner", r"me\b", r"I\b", *names])
    family_head = re.compile(rf"\b(?:{family.pattern})", re.IGNORECASE)
    child_head = re.compile(rf"\b(?:{child})", re.IGNORECASE)
    own = re.compile(rf"^\W*(?:I|My|{'|'.join(names) or '(?!x)x'})\b")
    subject = re.compile(rf"^\W*(?:(?:(?:[\w-]+['’]s|his|her|their|the|both|my)\s+)?(?:{family.pattern})\b"
                         + "".join(rf"|(?-i:{re.escape(n)})\b(?!['’])" for n in sorted(family_names or ())) + ")",
                         re.IGNORECASE)
    # the child named as the one whose views were gathered or who reported them: "Kai's views (gathered
    # by his ToD in BSL/SSE)", "Sujan's views were obtained through ... observation", "Kai reported that ..."
    who = child_names or names
    by_child = re.compile(rf"^\W*(?:{'|'.join(who)})(?:['’]s\s+(?:own\s+)?(?:views|wishes)\b(?:(?!\bnot\b|n['’]t\b)[^.]){{0,60}}\b(?:gathered|"
                          r"obtained|collected|sought|recorded|captured|given)\b|\s+(?:reported|stated|said|says|told|"
                          r"explained|expressed|described)\b)") if who else None
    for b in blocks:
        heading = b.subsection or ""
        family_only = ((bool(family_head.search(heading)) and not child_head.search(heading.replace("my family", "")))
                       or _others_heading(heading, names))
        reported = False  # a sentence of the family's account: later sentences in the paragraph are theirs too
        theirs = _family_quotes(b.text, family, child_names or names)
        for line in b.text.split("\n"):
            if len(line.split()) <= 14 and not line.rstrip().endswith((".", "!", "?")) and re.search(r"[A-Za-z]", line):
                # a label line over what follows in this block ("All about me - written by Mum and Dad")
                if _others_heading(line, names):
                    family_only = True
                elif re.search(_CHILD_SPEAKS, line) or re.search(rf"\b(?:{'|'.join(names) or '(?!x)x'})\b", line):
                    family_only = False
                if family_only or line.strip() == heading.strip() or is_label(line):
                    continue  # a heading is no view ("My hopes")
            for s in sentences(line):
                at = b.text.find(s.strip())
                if theirs and at >= 0 and any(a <= at < z for a, z in theirs):
                    continue  # the family's quoted words, not the child's
                # the family as the subject (or as "we": "We love Ava's cuddles") starts their account;
                # the child by name (or "I") as the subject ends it ("Mum came. Ella showed us her drawings")
                reported = bool(subject.search(s) or family_we(s)) or (reported and not own.search(s))
                if not (_shows(rx, s, b.subsection) or (by_child is not None and by_child.search(s))):
                    continue
                if (family_only or reported) and not _QUOTED_FIRST_PERSON.search(s):
                    continue
                yield b, s


def _family_view(ctx: CheckContext, blocks: list[Block], family: re.Pattern,
                 verbs: re.Pattern) -> tuple[Block, str] | None:
    """A sentence giving the family's view through a name or a pronoun (see :func:`views`)."""
    names = _family_names(ctx, family, [b.text for b in blocks])
    verb = rf"(?:\s+(?:also|really|strongly|now|both))?\s+(?:{verbs.pattern})\b"
    by_name = re.compile(rf"^\W*(?:{'|'.join(map(re.escape, sorted(names)))})(?:\s+and\s+\w+)?{verb}") if names else None
    # "we" is the family speaking in their own words ("We want him to catch up", "We'd like school to ...")
    by_pronoun = re.compile(rf"^\W*(?:they|she|he|we){verb}|^\W*(?:we|they)['’]d\s+(?:like|love|prefer)\b",
                            re.IGNORECASE)
    we = re.compile(r"^\W*we\b", re.IGNORECASE)
    kid = [re.escape(n) for n in _names(ctx) if len(n) > 1]
    child = re.compile(rf"\b(?:{'|'.join([*kid, 'he', 'she', 'him', 'her', 'they', 'them'])})\b", re.IGNORECASE)
    context = False  # the family were just named, or a label over this text names them
    heading = False  # a heading naming only the family ("What Mum and Grandad say") is over all its text
    sub = None
    for b in blocks:
        if b.subsection != sub:
            sub, context = b.subsection, bool(b.subsection and family.search(b.subsection))
            heading = context and not re.search(r"\b(?:I|me|my)\b", re.sub(r"(?i)\bmy family\b", "", sub or ""))
        ours = False  # the family said "we" of themselves in this paragraph: its later "we" is theirs too
        for s in sentences(b.text):
            s = s.strip()
            if not s:
                continue
            if by_name is not None and by_name.search(s):
                return b, s
            if (context or heading or ours) and family_we(s) and child.search(s):
                return b, s  # under "What my mum and dad say": "We love Leo's sense of fun"
            if (context or heading or (ours and we.match(s))) and by_pronoun.search(s):
                return b, s
            ours = ours or bool(we.match(s) and (context or heading or family.search(s)))
            if is_label(s) or (_others_heading(s, kid) and family.search(s)):
                # a label naming the family ("My parents", "All about me - written by Mum and Dad")
                context = bool(family.search(s))
            else:
                # the family as the subject ("Zofia's parents moved from Poland in 2019.") makes the
                # next "They say ..." theirs; any other subject ends it
                who = "|".join([family.pattern, *map(re.escape, names)])
                # and so does "we" naming themselves as the family ("We, Janet and Mike, have been
                # Kyle's foster carers since 2022.") or going on in the family's words
                context = (bool(re.match(rf"^\W*(?:(?:[\w-]+['’]s|his|her|their|the|both)\s+)?(?:{who})\b", s,
                                         re.IGNORECASE))
                           or bool(we.match(s) and (context or family.search(s))))
    return None
