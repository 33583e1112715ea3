"""How an auditor reads the thread from Section A's hopes to Section E's outcomes (PC-ASPIRATION-LINK).

An outcome "visibly leads towards" a hope when the outcome itself (what the child will do) is about
the hope's field, or builds a step towards it. The lines around an outcome that point elsewhere ("See the sensory outcome"),
head a list ("Outcomes for the end of Reception (July 2027)"), label it ("Outcome 2 (Cognition and
learning)") or say how progress is measured are
not outcomes: a word they share with a hope links nothing. An interest is what the child enjoys -
the thing liked, not the people they enjoy it with or the reason they give ("I like school because
of my friends": school is the setting, friends the reason; "with my foster brother": a person).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ehcaudit.checks._pc_reading import without_recorder
from ehcaudit.clauses import negated

#: A line in an outcome's cell that is not itself an outcome (see the module's docstring).
_NOT_OUTCOME_LINE = re.compile(
    r"^\W*(?:\d+[.)]\s*)?(?:"
    r"see\b|as above\b|(?:please\s+)?refer\b|outcomes?\s+\d+\s*(?:\([^)]{0,60}\)|[:–—-]\s*[\w ,&'’/-]{0,60})?\s*$"
    r"|(?:end of (?:key stage|phase)\s+)?outcomes?\s+(?:for|by|at|to be achieved by)\b[^.]{0,60}[.:]?\s*$"
    r"|how (?:progress|this|it) will be (?:measured|checked|reviewed)|how (?:we|you|will we|staff) (?:will )?know\b"
    r"|(?:we will know|progress will be measured|measured by|evidence(?:d)? by)\b)",
    re.IGNORECASE)

#: People the child likes being with: company, not a field an outcome builds on.
_PEOPLE = re.compile(
    r"\b(?:friends?|brothers?|sisters?|siblings?|cousins?|mum|mums|dad|dads|mother|father|parents?|nan|nana|"
    r"grandma|grandad|grandparents?|granny|uncle|aunt(?:ie)?|family|foster|carers?|teachers?|staff|peers?|"
    r"people|everyone|adults?)\b", re.IGNORECASE)

#: Where the liked thing ends: the reason or the setting given after it.
_REASON = re.compile(r"\b(?:because|as it|since|so that|when|where|but)\b|[;.]", re.IGNORECASE)


#: How the child wants things done, not a thing liked: "It is important to Sofia that changes are
#: explained in writing", "It matters to me that adults knock first" - a view on arrangements.
_ARRANGEMENT = re.compile(r"\b(?:important|matters?|essential|vital)\s+(?:to|for)\s+(?:\w+\s+){1,2}?that\b", re.IGNORECASE)


def is_arrangement(sentence: str) -> bool:
    """Does ``sentence`` state how the child wants things arranged (see :data:`_ARRANGEMENT`) rather
    than something they enjoy?"""
    return bool(_ARRANGEMENT.search(sentence))


#: When a hope is for: "When I finish school I want to work at the garden centre", "after he leaves
#: college", "once she has left school", "by the time he starts secondary school" - the time of the
#: hope, not a hope of going to school.
_LEAVING_WHEN = re.compile(
    r"\b(?:when|after|once|by the time)\s+(?:I|he|she|they|we|[A-Z][\w'’-]+)\s+(?:has\s+|have\s+)?"
    r"(?:finish(?:es|ed)?|leaves?|left|starts?|started|is\s+(?:finished|done)\s+(?:with|at))\s+(?:\w+\s+){0,2}?"
    r"(?:school|college|sixth form|education|year \d+)\b", re.IGNORECASE)


def without_leaving_time(sentence: str) -> str:
    """``sentence`` without the clause that says when the hope is for (see :data:`_LEAVING_WHEN`):
    what the child hopes to do then is the hope's field."""
    return _LEAVING_WHEN.sub(" ", sentence)


def outcome_link_text(text: str) -> str:
    """The lines of an outcome block that are outcomes: cross-references, list headings and
    measure lines dropped."""
    lines = [ln for ln in text.splitlines() if ln.strip() and not _NOT_OUTCOME_LINE.match(ln)]
    return "\n".join(lines)


def interest_object(sentence: str, start: int, end: int) -> str:
    """What the child enjoys: the words after the interest word at ``start``-``end`` ("enjoys
    audiobooks, podcasts ..."), up to a reason ("because of my friends"), people dropped. A line of
    an interests box with no interest word ("Football at playtime") is all interest (start = end = 0)."""
    rest = sentence[end:]
    m = _REASON.search(rest)
    if m is not None and m.start() > 0:
        rest = rest[:m.start()]
    if not _NAMED.search(rest):
        # "to understand what he likes and dislikes. Oliver reaches for bubbles": the liking named, the
        # thing liked said elsewhere in the sentence
        rest = sentence
    return _ENJOYING.sub(" ", _PEOPLE.sub(" ", rest))


#: How a liked thing is enjoyed: "listening to music" is music, "watching Formula 1" is Formula 1,
#: "playing the drums" the drums - an outcome about listeners, watching a demonstration or play with
#: peers uses no interest of the child's. The gerund after the liking only: "free play" is the thing liked.
_ENJOYING = re.compile(r"\b(?:listening\s+to|watching|playing|going\s+(?:to|on)|"
                       r"spend(?:s|ing)?\s+time\s+(?:on|with|at|in|doing))\b", re.IGNORECASE)


#: A word naming something liked (not "and dislikes", "it", "to do").
_NAMED = re.compile(r"\b(?!(?:and|or|dislikes?|doing|does|do|it|them|that|this|to|the|a|an|very|much|lots|most|best)\b)"
                    r"[A-Za-z]{3,}", re.IGNORECASE)


#: A statement that there are no hopes to record: "Jack is not able to express any aspirations", "He
#: has no hopes for the future yet", "None". The negation and the hope word in one clause (a comma,
#: "but" or "and" with a new subject ends it: "She is not sure yet, but she hopes he will ...").
_NO_HOPES = re.compile(
    r"\b(?:not|no|unable|cannot|can['’]t|never|nothing)\b"
    r"(?:(?!\b(?:but|however|although|though|while|whereas)\b|\band\s+(?:he|she|they|his|her|their|we|I|[A-Z]))[^.;:,]){0,50}?"
    r"\b(?:aspirations?|hopes?|ambitions?|dreams?|wish(?:es)?)\b(?:\s+(?:for|about)\s+(?:the|his|her|their|my)\s+(?:own\s+)?future)?"
    r"|^\W*(?:none|n/?a|nil)\W*$"
    # the hopes as the subject of a gathering that did not happen: "Her hopes were not explored at this
    # meeting", "Future hopes: not yet recorded", "Aspirations have never been asked about"
    r"|(?:\bfuture\s+)?\b(?:aspirations?|hopes?|ambitions?|dreams?|wish(?:es)?)\b[^.;]{0,40}?\b(?:not|never)\s+(?:yet\s+)?(?:been\s+)?"
    r"(?:explored|discussed|recorded|gathered|asked|sought|shared|captured|obtained|covered|considered|talked\s+about)\b",
    re.IGNORECASE)


def states_no_hopes(sentence: str, is_hope: Callable[[str], bool]) -> bool:
    """Does ``sentence`` say only that the child has or gives no hopes (see :data:`_NO_HOPES`)? A
    hope left once that statement is taken out ("He cannot tell us his hopes, but his mum would like
    him to live near her", ``is_hope`` of the rest) is still a hope."""
    if not _NO_HOPES.search(sentence):
        return False
    return not is_hope(_NO_HOPES.sub(" ", sentence))


#: A verb of taking part just before an occasion: the session is then what the child does ("take part
#: in two music sessions", "join in at swimming club"), not where something else is done.
_TAKES_PART = re.compile(r"\b(?:(?:take|takes|taking|took)\s+part|join(?:s|ed|ing)?(?:\s+in)?|participat\w*|perform\w*|"
                         r"play(?:s|ed|ing)?|sing(?:s|ing)?|compet\w*|lead(?:s|ing)?|help(?:s|ed|ing)?(?:\s+out)?)"
                         r"(?:\s+\w+ly)?\s*$", re.IGNORECASE)
#: An occasion an outcome is done in: "for the whole of a 30-minute music session", "during
#: swimming lessons", "at lunchtime club"; or done around: "before and after every kitchen session".
_OCCASION = re.compile(
    r"\b(?:in|during|at|for|throughout|across|within|(?:before|after)(?:\s+(?:and|or)\s+(?:before|after))?)\s+"
    r"(?:the\s+(?:whole|rest|start|end)\s+of\s+)?"
    r"(?:(?:a|an|the|his|her|their|my|each|every|all|most|both|one|two|three|four|five|\d+)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:sessions?|lessons?|classes|clubs?|assembl(?:y|ies)|periods?|lunchtimes?|playtimes?|break\s*times?)\b",
    re.IGNORECASE)
_SUBJECT = (r"(?:English|maths|mathematics|science|engineering|art|music|drama|history|geography|computing|"
            r"design(?:\s+and)?\s+technology|food\s+technology|French|Spanish|German|Welsh|literacy|numeracy|humanities|"
            r"construction|catering|(?-i:PE|DT|ICT|RE|PSHE))")
#: Lessons of two or more subjects: "in English and engineering", "across maths, science and art" -
#: a skill practised across lessons, not a step in any one subject's field.
_SUBJECTS = re.compile(rf"\b(?:in|during|across)\s+(?:(?:his|her|their|all|both|each)\s+)?{_SUBJECT}"
                       rf"(?:\s*(?:,|\band\b|\bor\b|&)\s*{_SUBJECT})+(?:\s+(?:lessons?|classes|sessions))?\b", re.IGNORECASE)


#: What a lesson is about, just before it: "answer a 6-mark question in Engineering and Science", "a
#: project in art lessons" - the subject is then the outcome's content, not where it is done.
_CONTENT_BEFORE = re.compile(r"\b(?:questions?|answers?|exams?|tests?|papers?|assessments?|problems?|topics?|coursework|"
                             r"projects?|units?|modules?|qualifications?|GCSEs?|grades?|pieces?\s+of\s+work)"
                             r"(?:\s+[\w-]+){0,2}\s*$", re.IGNORECASE)


def without_setting(outcome: str) -> str:
    """``outcome`` without the occasion or the lessons it is done in (see :data:`_OCCASION` and
    :data:`_SUBJECTS`): "Oliver will stay calm for the whole of a 30-minute music session" is about
    staying calm, and builds on no hope of making music; "will produce a side of typed writing in
    English and engineering" is about writing, not a step towards being a mechanic; nor is who records
    it ("recorded by the music tutor") its field. A session the child
    takes part in ("will take part in a music session, playing the drum") and the subject of a question
    ("will answer a 6-mark question in Engineering and Science") are what the outcome is about."""
    def cut(m: re.Match) -> str:
        before = m.string[:m.start()]
        return m.group(0) if _TAKES_PART.search(before) or _CONTENT_BEFORE.search(before) else " "
    # who records it ("recorded by the music tutor") is the evidence, not the field either
    # clause by clause: who records it ends at a comma ("measured by QTVI, to support her aim of
    # presenting on the school radio station" keeps the aim)
    bare = _SUBJECTS.sub(cut, _OCCASION.sub(cut, outcome))
    return ",".join(without_recorder(part) for part in bare.split(","))
#: A negation in the clause before a hope's words: "I don't want to go to big school", "she does not
#: want to leave", "they never hoped to ..." (either apostrophe).
_NOT_HOPED = re.compile(r"\b(?:not|never|no longer)\b|n['’]t\b", re.IGNORECASE)


def hoped(sentence: str, hope: re.Pattern) -> bool:
    """Does ``sentence`` state a hope (``hope``, the aspiration patterns) in a clause that is not
    negated? "I don't want to go to big school" is a fear or a dislike, not an aspiration an
    outcome could build towards (PC-ASPIRATIONS reads it so too)."""
    return any(not negated(sentence, m.start(), m.end(), _NOT_HOPED) for m in hope.finditer(sentence))


# -- what counts as an aspiration, and which one the outcomes must build on ---------------------
#
# An aspiration is a hope for the child's future: what they want to become, learn or do, or where
# and how they want to live. A want tied to an occasion that happens now ("When I have one I want to
# go to the medical room", "If I get upset I want to sit in the library") is how the child wants a
# moment handled - an arrangement, not a hope. A young child's wish to be something when grown up
# ("I want to be a firefighter like in the film") is a passing wish: neither built on nor missed.
# From the teenage years a stated goal of work or study (a trade, a job, a course, an
# apprenticeship) is the plan's central aspiration: some outcome must name its field or a step
# towards it, however many broad hopes the outcomes serve.

#: "when", "if", "whenever" opening the sentence (after a speaker's name), and the clause up to the want:
#: a "when" after the want ("to be independent when she goes out") says where the hope applies.
_WHEN_CLAUSE = re.compile(r"^\W*(?:[\w' ’-]{1,30}:\s*\W*)?(?:when|whenever|if|every time)\s+(?P<clause>[^,;.]{1,60}?)(?:,|\s+(?=(?:I|he|she|they)\s+"
                          r"(?:want|wants|would|'d|’d|like|likes|hope|hopes|wish)\b))", re.IGNORECASE)
#: The future a hope is set in: growing up, being older, leaving or finishing, an age or a school
#: year to come, "one day" - the time of a hope, not an occasion that happens now.
_FUTURE_TIME = re.compile(r"\b(?:grow(?:s|n)?\s+up|grown[- ]up|older|bigger|adult|leave|leaves|left|finish(?:es|ed)?|"
                          r"one day|future|\d{2}|sixteen|eighteen|year\s+\d+|big school|secondary|college|"
                          r"university|(?:am|is|are|'m|’m)\s+(?:a\s+)?(?:teenager|grown))\b", re.IGNORECASE)


def occasion_want(sentence: str) -> bool:
    """Is ``sentence`` a want tied to an occasion that happens now ("When I have one I want to go to
    the medical room", "If it gets too loud I'd like to wear my ear defenders")? Its "when" or "if"
    clause names no time to come (see :data:`_FUTURE_TIME`): it says how the child wants that moment
    handled, an arrangement, not a hope for the future."""
    m = _WHEN_CLAUSE.search(sentence)
    return bool(m and not _FUTURE_TIME.search(m.group("clause")))


#: A titled adult ("Miss", "Mr Osei", "Mrs Khan") or the adults who help ("my teacher", "my TA").
_HELPER = (r"(?:(?-i:Miss|Mrs|Mr|Ms|Mx|Dr|Sir)\b|(?:my|his|her|their|the)\s+(?:class\s+)?(?:teachers?|TAs?|"
           r"teaching assistants?|key ?(?:person|worker)|support workers?|keyworker|mentor|tutor|carers?))")
#: Liking how an adult helps: "I like it when Miss reads to me", "I like it when Mr Osei lets me type",
#: "she enjoys reading with Miss Rafiq" - what works for the child, not a field of their own.
_LIKED_HELP = re.compile(rf"\b(?:it|when)\s+(?:when\s+)?{_HELPER}|\bwith\s+{_HELPER}", re.IGNORECASE)


def liked_help(sentence: str) -> bool:
    """Does ``sentence`` say the child likes how an adult helps (see :data:`_LIKED_HELP`)? The
    support that works is no interest an outcome could use by name."""
    return bool(_LIKED_HELP.search(sentence))


#: A wish to be something when grown up: "be a firefighter", "become an astronaut", "be someone who
#: draws comics" (not "be a good friend", "be a big sister").
_ROLE_WISH = re.compile(
    r"\b(?:to\s+be|be|become|becoming|being)\s+(?:an?|the)\s+(?!(?:good|better|kind|happy|big|little|nice|great|"
    r"real|proper|helpful|part)\b)[\w-]+|\bbe\s+someone\s+who\b", re.IGNORECASE)


#: The child's own want, in the first person: "I want to", "I'd like to", "I wish I could".
_OWN_WANT = re.compile(r"\bI\s*(?:really\s+)?(?:want|wanna|would\s+like|['’]d\s+like|wish|hope|dream)\b(?!\s+(?:him|her|them|my)\b)")
#: The child's own want reported: "He wants to", "Oskar would like to" opening the sentence (the
#: child's name, or he or she), a want of his own ("to be ...", not "wants him to be ...").
_REPORTED_WANT = (r"^\W*(?:{who})\s+(?:really\s+)?(?:wants|would\s+(?:like|love)|['’]d\s+(?:like|love)|hopes|wishes|dreams\s+of)"
                  r"\s+(?:to\b|being\b)")


def own_want(sentence: str, names: list[str] | None = None) -> bool:
    """Is the want in ``sentence`` the child's own: in the first person, or reported with the child
    (by name, or "he"/"she") as the one who wants it?"""
    if _OWN_WANT.search(sentence):
        return True
    who = "|".join(["he", "she", *(re.escape(n) for n in names or [])])
    return bool(re.search(_REPORTED_WANT.format(who=who), sentence, re.IGNORECASE))


def role_wish(sentence: str, is_hope: Callable[[str], bool], names: list[str] | None = None) -> bool:
    """Is ``sentence`` only a wish to be something when grown up (see :data:`_ROLE_WISH`)? Another
    want in it - a hope of its own before the wish (``is_hope``), or more wanted after "and" ("...
    like my uncle and fix cars", "... and help look after the school dog") - is a hope still;
    alternatives ("a footballer or someone who draws comics") are the same wish."""
    if not own_want(sentence, names):
        return False  # the family's hope ("I want her to be a teacher") is never a passing wish
    marked = _ROLE_WISH.sub("\x00", sentence)
    if "\x00" not in marked:
        return False
    pieces = re.split(r"\band\b|\bbut\b|;", marked)
    at = next(i for i, x in enumerate(pieces) if "\x00" in x)
    if any(is_hope(x) for x in pieces[:at]):
        return False
    # more wanted after the wish: a piece opening on a verb ("fix cars", "to help ...")
    return not any(re.match(r"\s*(?:to\s+)?(?!(?:when|if|then|one|I|he|she|they|we|my|his|her|their|the|a|an)\b)[a-z]+\s+\w",
                            x) for x in pieces[at + 1:])


def goal_clauses(sentence: str, goal: re.Pattern, fields: list[re.Pattern]) -> str:
    """``sentence`` without the clauses that state another hope in another field: "He wants to become
    a motor mechanic and run his own garage, to keep playing football for his team and to learn to
    drive" states the goal in its first two clauses, football and getting about in the others (a
    clause naming any field the goal does not name), and an outcome that shares a word or a field with
    those builds no step towards the trade. A clause in no field ("finish school with his maths and
    English and get onto a motor vehicle course"), or only in a school skill ("to read English books
    and to be a car mechanic": ``fields`` leaves the school skills out), stays: the means the family
    names towards the goal."""
    clauses = re.split(r"([,;–—]|\band\b|\bbut\b)", sentence)
    named = {i for i, r in enumerate(fields) for c in hope_clauses(sentence, goal) if r.search(c)}
    if not named:
        return sentence
    kept = [c for c in clauses if {i for i, r in enumerate(fields) if r.search(c)} <= named]
    return "".join(kept)


def hope_clauses(sentence: str, theme: re.Pattern) -> list[str]:
    """The clauses of ``sentence`` that state ``theme``: "They hope she will go to college to study art,
    make friends and be happy" states the college hope in its first clause only."""
    return [c for c in re.split(r"[,;–—]|\band\b|\bbut\b", sentence) if theme.search(c)]


#: A negation just before a verb of liking: "don't like", "does not enjoy", "never likes".
_NOT_BEFORE = re.compile(r"(?:\bnot|n[’']t|\bnever|\bno longer)\s+(?:\w+\s+)?$", re.IGNORECASE)
#: "like" the preposition (", like shop staff", "things like noise", "looks like"): "such as", no interest.
_LIKE_PREP_BEFORE = re.compile(r"(?:,|\b(?:things|places|people|words|something|anything|nothing|just|looks?|looked|"
                               r"feels?|felt|sounds?|seems?|more|much))\s*$", re.IGNORECASE)


def is_interest(s: str, m: re.Match) -> bool:
    """Is the interest word at ``m`` an interest ("Leo enjoys audiobooks"), not a negation ("I don't
    like group work") or the preposition "like" ("she won't speak to people, like shop staff")?"""
    before = s[max(0, m.start() - 12):m.start()]
    if _NOT_BEFORE.search(before):
        return False
    return not (m.group(0).lower() == "like" and _LIKE_PREP_BEFORE.search(s[max(0, m.start() - 20):m.start()]))



#: A want of any kind: "wants", "hopes to", "would like", "wishes that", "dreams of", "plans to", "aims to", "is
#: keen to" (not the noun: "the views, wishes and feelings of the young person").
WANT = re.compile(r"\b(?:wants?|wanted|(?:hopes?|wish(?:es)?)\s+(?:to|that|for|(?:he|she|they|I)\b|(?-i:[A-Z][\w'’-]+))|hoping|"
                  r"would\s+(?:like|love)|dreams?\s+of|plans?\s+to|"
                  r"aims?\s+to|keen\s+to)\b|['’]d\s+(?:like|love)\b", re.IGNORECASE)
