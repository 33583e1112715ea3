"""Readings the person-centred checks share (set J's classes): what an auditor does not count.

* A first-person "All about me" written for a child the plan says does not speak, with no account
  of how the views were gathered, is the adults' voice, not the child's (PC-VOICE).
* "May" as a month ("Practical assessment in May 2027") is no modal verb: such a note is not an
  outcome (PC-SMART).
* A note about the plan's reviews ("Because Isla is under 5, her plan will be reviewed every 6
  months") is not an outcome.
* A bare means beside an outcome that names a feeling or state ("will be happier and more settled"
  | "Observation") measures nothing: nothing says what will be observed (PC-SMART).
* A place the young person wins ("will have a confirmed place on a Level 2 plumbing course"), or an
  offer of one or of a job ("will be offered a paid job") is an achievement, not provision
  (PC-OUTCOME-NOT-PROVISION).
"""

from __future__ import annotations

import re

from ehcaudit.checks._table_lines import top_cells
from ehcaudit.clauses import RECORD_VERBS

#: The plan saying the child does not speak: "non-verbal", "pre-verbal", "does not use words yet",
#: "has no spoken language", "is not yet talking" - not "does not speak English" or "does not talk to
#: adults he doesn't know" (a child who talks elsewhere can give views in their own words).
NO_SPEECH = re.compile(
    # "non-verbal" of the child, not of a way of communicating ("an effective non-verbal communicator",
    # "non-verbal cues", "non-verbal reasoning")
    r"\b(?:non[- ]?verbal|pre[- ]?verbal|non[- ]speaking|nonspeaking)\b(?!\s+(?:communicat|cue|skill|reason|signal|"
    r"abilit|IQ|score|language|gesture|interaction|clue|behaviour|means|methods?|ways?|sign|test|memory|"
    # nor of an assessment's parts: "carried out with an interpreter and non-verbal tasks"
    r"tasks?|assessments?|items?|subtests?|puzzles?|scales?|materials?|measures?|battery|domain))"
    r"|\b(?:does not|doesn['’]t|do not|cannot|can['’]t|is not able to|is unable to)\s+(?:yet\s+)?"
    r"(?:use|say|have)\s+(?:any\s+)?(?:spoken\s+)?(?:words|speech|spoken language)\b"
    r"|\bhas\s+no\s+(?:spoken\s+)?(?:words|speech|spoken language|verbal communication)\b"
    r"|\bis\s+not\s+(?:yet\s+)?(?:talking|speaking|using words)\b"
    r"|\b(?:does not|doesn['’]t)\s+(?:yet\s+)?(?:talk|speak)(?:\s+yet)?\s*[.;,]",
    re.IGNORECASE)

#: How views were gathered for a child who does not speak: by whom or by what means ("Ruby's key
#: person wrote this with her", "gathered through observation", "using Talking Mats", "her mum
#: helped her choose photos", "we watched what she chose").
GATHERED = re.compile(
    r"\b(?:gathered|(?<!\bis )(?<!\bbeing )(?<!\bgets )(?<!\bget )(?<!\bhe was )(?<!\bshe was )collected|captured|sought|obtained|put together|written|wrote (?:this|these|it)|drawn up|"
    r"recorded)\b[^.]{0,60}\b(?:with|by|from|through|using|on (?:his|her|their) behalf)\b"
    r"|\bobserv\w*|\btalking mats?\b|\bsymbols?\b|\bphotos?\b|\bpictures?\b|\bby watching\b"
    r"|\b(?:we|staff|adults|her key person|his key person|key person|key worker)\s+(?:have\s+)?"
    r"(?:watched|seen|noticed|know|knows)\b"
    r"|\bthrough (?:his|her|their) (?:signs?|signing|play|behaviour|actions|gestures|body language|"
    r"vocalisations|AAC|device|communication|eye gaze|choices|reactions)\b"
    # the aid the child used to say it: "using his eye-gaze communication device", "on her talker", "via his
    # iPad with Proloquo", "with his communication book", "using Makaton signs" - a means, as "through" is
    r"|\b(?:using|via|on|with)\s+(?:(?:his|her|their|the)\s+)?(?:own\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:eye[- ]?gaze|AAC|VOCA|(?:communication|speech[- ]generating|voice[- ]output)\s+(?:device|aid|book|board|app)|"
    r"talker|PECS|Makaton|BSL|signs|Proloquo\w*|(?:picture|symbol)\s+(?:cards|book|board))\b"
    r"|\b(?:spoke|talked|chatted)\s+(?:about\s+(?:this|it|these|that)\s+)?(?:to|with)\b|\btranslat\w*|\binterpret\w*"
    r"|\bwith (?:the )?(?:help|support) (?:of|from)\b|\bon (?:his|her|their) behalf\b|\bin (?:his|her|their) (?:own )?voice\b",
    re.IGNORECASE)

#: The first person: "I ...", "My ...", "me".
FIRST_PERSON = re.compile(r"^\W*(?:I|I['’]m|My|Me)\b|\bI\b|\bI['’]m\b")


#: The plan saying the child has only a handful of words: "uses about ten single words", "says 'mama'
#: and a few other words", "has around 15 words" - not "some single words and short phrases" or
#: "sentences of 3 to 4 words".
FEW_WORDS = re.compile(
    r"\b(?:uses|says|has|speaks)\s+(?:only\s+)?(?:about|around|approximately|roughly|fewer than|less than|under|up to)?\s*"
    r"(?:[1-9]|1\d|20|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|a few|a handful of)\s+"
    r"(?:\w+\s+)?(?:single\s+|spoken\s+|clear\s+)?words\b(?!\s+(?:a|per)\s+minute)"
    r"|\band a few (?:other )?words\b",
    re.IGNORECASE)


def report_voice(first_person: list[str], phrases: re.Pattern | None, least: int) -> bool:
    """Is a first-person account written in the professionals' words ("I am a ten-year-old boy with a
    diagnosis of autism", "My needs are best met in a setting which ...", "I benefit from visual
    supports")? ``least`` different report phrases (``phrases``, from the rubric) across its sentences."""
    if phrases is None:
        return False
    found = {m.group(0).lower() for s in first_person for m in phrases.finditer(s)}
    return len(found) >= least


def ghost_written(child_view: str, plan_text: str, section_a: str) -> bool:
    """Is ``child_view`` (the sentence found as the child's view) first-person words the plan cannot
    have had from the child - the plan says the child does not speak, or has only a handful of
    words - with nothing in Section A saying how they were gathered?"""
    return bool(FIRST_PERSON.search(child_view) and (NO_SPEECH.search(plan_text) or FEW_WORDS.search(plan_text))
                and not GATHERED.search(section_a))


#: The plan saying the child speaks only in single words or short phrases: "uses single words and short
#: learned phrases", "speaks in short phrases of three to four words", "talks in two-word phrases",
#: "his speech is limited to single words" - not reading ("can read single words").
SHORT_PHRASES = re.compile(
    r"\b(?:uses?|using|speaks?|speaking|says?|saying|talks?|talking|communicates?\s+(?:with|using|in|through)|"
    r"limited\s+to)\s+(?:in\s+)?(?:(?:only|mainly|mostly|some|a\s+few|occasional)\s+)?"
    r"(?:single\s+words|(?:short|simple)\s+(?:[\w-]+\s+)?phrases|"
    r"(?:one|two|three|four|[1-4])(?:\s*(?:-|to|or)\s*(?:two|three|four|[2-4]))?[- ]word\s+(?:phrases|sentences|utterances))",
    re.IGNORECASE)

#: A first-person sentence too long and too finished for a child who speaks in single words or short
#: phrases to have said it: this many words or more.
FLUENT_WORDS = 20


def beyond_their_words(child_view: str, plan_text: str, section_a: str) -> bool:
    """Is ``child_view`` a long, finished first-person sentence ("I would like all the adults who
    support me to work together and use the same approach") for a child the plan says speaks only in
    single words or short phrases, with nothing in Section A saying how the views were gathered? The
    adults' words, not the child's. A short first-person line ("I like the bus. Dinner noisy.") may be
    his own, tidied by whoever wrote it down."""
    return bool(FIRST_PERSON.search(child_view) and len(child_view.split()) >= FLUENT_WORDS
                and SHORT_PHRASES.search(plan_text) and not GATHERED.search(section_a))


#: "May" the month: capitalised inside a line, or before a year or a day ("in May 2027", "by 3 May").
_MONTH_MAY = re.compile(r"(?<=\w)(\W+)May\b|\bmay(?=\s+(?:20\d\d|\d{1,2}(?:st|nd|rd|th)?)\b)")


def without_month_may(text: str) -> str:
    """``text`` with the month "May" taken out, so that it is not read as the verb "may"."""
    return _MONTH_MAY.sub(lambda m: (m.group(1) or "") + "Mai", text)


#: A note about the plan's reviews, however introduced: "Because Isla is under 5, her plan will be
#: reviewed every 6 months", "This plan will be reviewed in March 2027", "The next review will be in
#: the spring term", "Progress towards these outcomes will be reviewed termly".
PLAN_NOTE = re.compile(
    r"^\W*(?:(?:because|as|since|while|when)\b[^,]{0,60},\s*)?"
    r"(?:(?:the|this|these|his|her|their|my|[\w'’]+['’]s)\s+)?(?:next\s+|first\s+|annual\s+|interim\s+|early\s+)?"
    r"(?:EHC\s*P?\s*|EHC plan|plan|review(?:\s+meeting)?|progress(?:\s+(?:towards|against|on)\s+[^,.]{0,40})?)\s+"
    r"(?:will|is to|are to|must|should|shall)\s+(?:be\s+)?(?:reviewed|checked|monitored|held|looked at|take place|be held|"
    r"happen|in|at|on|every|each)\b",
    re.IGNORECASE)


#: The same note after a label: "Review: every 6 weeks at the Child in Need review", "Review date -
#: March 2027", "Reviewed: termly, at the PEP meeting", "Monitoring: half-termly by the SENCo".
REVIEW_LABEL = re.compile(r"^\W*(?:next\s+|interim\s+)?(?:reviews?|reviewed|reviewing|review\s+(?:date|dates|arrangements|"
                          r"frequency|cycle)|monitoring|monitored)\s*(?:\([^()]*\)\s*)?[:\-–—]\s*\S", re.IGNORECASE)


def is_plan_note(text: str) -> bool:
    """Is this Section E line a note about when the plan or its progress is reviewed?"""
    return bool(PLAN_NOTE.search(text) or REVIEW_LABEL.match(text))


#: A sentence explaining a term to the reader, not about the child: "Preparing for adulthood (PfA)
#: means getting ready for work, ...", "A 'small step' is what Sam will do this year", "Independent
#: living refers to ...". Its subject is a term of a few words, not the child (no pronoun, no "I").
DEFINITION = re.compile(r"^(?![^.;]*\bwill\b)\W*(?![\w'’]+\s+(?:will|can|is able)\b)(?!(?:he|she|they|i|we|you|it|this|that)\b)"
                        r"(?:[\w'’-]+\s+){0,5}(?:\([^()]{1,20}\)\s+)?(?:means|refers\s+to|is\s+defined\s+as|"
                        r"stands\s+for|is\s+short\s+for)\b", re.IGNORECASE)


def is_definition(text: str) -> bool:
    """Is this Section E line a definition of a term (see :data:`DEFINITION`)?"""
    return bool(DEFINITION.match(text))


#: An outcome that names a feeling or state, not something the child does: "will be happier and more
#: settled", "will feel more confident", "will become calmer".
STATE_OUTCOME = re.compile(
    r"\bwill\s+(?:be|feel|become|seem|appear|look)\s+(?:(?:much|a lot|a little|even|generally)\s+)?"
    r"(?:more\s+\w+|less\s+\w+|happier|calmer|better|happy|settled|calm|confident|content|relaxed|secure|safe)\b",
    re.IGNORECASE)

#: A measure that is only a means, with no criterion, count or who: "Observation", "Staff
#: observation", "Teacher assessment", "Records".
_BARE_MEANS = re.compile(
    r"^\W*(?:(?:staff|teacher|class|adult|TA|parent|ongoing|regular|informal|general)['’]?s?\s+)?"
    r"(?:observations?|assessments?|records?|reports?|feedback|monitoring|reviews?)\W*$",
    re.IGNORECASE)


def bare_means(measure: str) -> bool:
    """Is this stated measure a means and nothing more ("Observation")?"""
    return bool(_BARE_MEANS.match(measure.strip()))


#: A place the young person wins: "a confirmed place", "a secured place", or a place on a course,
#: an apprenticeship or at university - an achievement, not a place the council gives.
_WON_PLACE_NP = re.compile(r"\b(?:confirmed|secured|firm|guaranteed)\s+(?:\w+\s+)?place\b", re.IGNORECASE)
_WON_PLACE_AFTER = re.compile(
    r"^\W*(?:on|at|for|in)\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?(?:[\w'’-]+\s+){0,6}?"
    r"(?:courses?|apprenticeships?|traineeships?|degrees?|university|internships?)\b", re.IGNORECASE)


#: Work the young person wins from an employer: "a paid job", "a Saturday job", "an apprenticeship",
#: "paid employment", "a job offer", "a contract of employment" - never a session, a support, a job
#: coach or a placement the council arranges.
_WON_WORK = re.compile(r"^\W*(?:an?\s+|the\s+|some\s+)?(?:[\w'’-]+\s+){0,3}?(?:jobs?|apprenticeships?|traineeships?|"
                       r"(?:paid\s+|part[- ]time\s+|full[- ]time\s+)employment|employment\s+contract|"
                       r"contract\s+of\s+employment|job\s+offers?)\b"
                       # a job coach, a job club, a jobs fair: help towards work, not work won
                       r"(?![\s-]+(?:coach\w*|club|centre|fair|support|skills|search|trainer|mentor|carving))",
                       re.IGNORECASE)


def won_place(what: str, after: str) -> bool:
    """Is the noun phrase ``what`` (with the words ``after`` it) a place or work the young person
    secures - a place on a course, at university or in an apprenticeship, or a job - rather than a
    place the council gives ("a place at the resource base")?"""
    if _WON_WORK.match(what):
        return True
    if not re.search(r"\bplace\b", what, re.IGNORECASE):
        return False
    return bool(_WON_PLACE_NP.search(what) or _WON_PLACE_AFTER.match(after))


#: The set of outcomes, targets or provision (or the phase they run to) named in a line: "her outcomes
#: are grouped under the four themes", "Outcomes agreed at the planning meeting", "Leo's end of phase is
#: the end of Key Stage 3", "Provision is delivered at Tremarsh School", "arranges this provision".
_SET_WORDS = re.compile(r"\b(?:outcomes?|targets?|steps|provision|end of (?:the\s+)?phase)\b", re.IGNORECASE)
#: What makes a line an outcome: the future or an ability ("will", "shall", "can", "be able to"), or
#: the infinitive an outcome starts with ("To read 50 words by July").
_OUTCOME_VERB = re.compile(r"\b(?:will|shall|can|could|able to|going to)\b|^\W*(?:\d+[.)]\s*)?to\s+\w+", re.IGNORECASE)

#: A label before a colon at the start of a line ("Longer-term outcome:", "Target 2 (by July):").
_LEAD_LABEL = re.compile(r"^[^:.;]{0,50}:\s*")


#: A hope reported inside a note, to the end of its sentence: "They build on his family's hope that he
#: will be understood" - the family's "will", not the outcome's.
_REPORTED_HOPE = re.compile(r"\b(?:hopes?|wish(?:es)?|dreams?|wants?|aspirations?)\s+(?:that\s+|for\s+)?"
                            r"(?:he|she|they|I|we|[A-Z][\w'’-]+)\s+(?:will|can|could|would)\b[^.;]*", re.IGNORECASE)


def without_reported_hope(text: str) -> str:
    """``text`` without the hope it reports (see :data:`_REPORTED_HOPE`): its "will" is the hoper's."""
    return _REPORTED_HOPE.sub("", text)


#: The set's own future: the outcomes, or a pronoun standing for them, as the subject of a passive of
#: review or agreement ("They will be reviewed at her annual review", "His outcomes prepare him for
#: adulthood and will be reviewed by June 2027", "These targets will be checked each term") - the
#: plan's administration of the set, not something the child will do.
_SET_FUTURE = re.compile(r"\b(?:outcomes|targets|steps|they|these|both|(?:each|every|all|any)\s+(?:of\s+(?:the|her|his|their)\s+)?"
                         r"(?:outcomes?|targets?|steps?))\b[^.;]*?\b(?:will|are\s+to|is\s+to|should|must)\s+be\s+"
                         r"(?:reviewed|checked|monitored|agreed|updated|discussed|revisited|evaluated|shared|revised|"
                         r"looked\s+at|set|read|recorded|tracked|logged|noted|measured|assessed)\b"
                         r"(?:[^.;]*?\band\s+(?:then\s+)?(?:reviewed|checked|monitored|discussed|evaluated|shared|looked\s+at)\b)?",
                         re.IGNORECASE)


#: What a note says each outcome gives, to the end of its clause: "Each outcome says what Farid will be
#: able to do by the date shown", "Every target sets out how we will know" - the "will" is the outcomes'
#: content, reported, not an outcome's own.
_REPORTED_CONTENT = re.compile(r"\b(?:says?|describes?|sets?\s+out|shows?|states?|explains?|gives?|lists?|tells?\s+(?:you|us|the\s+reader))"
                               r"\s+(?:what|how|when|who|by\s+when|the\s+date\s+by\s+which)\b[^.;]*", re.IGNORECASE)


def is_set_note(text: str) -> bool:
    """Is this Section E line a note about the outcomes, targets or provision as a set - how they are
    grouped, when they were agreed, the phase they run to, where the provision is made - rather than
    an outcome? An outcome says what the child will achieve: a line that names the set and has no
    future, ability or infinitive ("will", "can", "be able to", "To ...") is a note written over them;
    the "will" of a hope it reports ("Outcomes agreed with Tanvir's mother. They build on her hope that
    he will make friends") is not the outcome's, and nor is the set's own review ("They will be reviewed
    at his annual review", see :data:`_SET_FUTURE`)."""
    body = _LEAD_LABEL.sub("", text, count=1)  # "Longer-term outcome: Leah has ...": the label names the line
    rest = _REPORTED_CONTENT.sub("", _SET_FUTURE.sub("", _REPORTED_HOPE.sub("", body)))  # "They will be reviewed": the set's "will"
    return bool(_SET_WORDS.search(body)) and not _OUTCOME_VERB.search(rest)


#: A line that says only when: "To be achieved by July 2026 (end of Year 6).", "Target date: July
#: 2027", "Timescale - by the end of Key Stage 2": the date over the outcomes, no outcome of its own.
_DATE_LINE = re.compile(r"^\W*(?:(?:all\s+)?(?:(?:to|should|will|must)\s+be\s+)?(?:achieved|completed|met|reached)\s+"
                        r"(?:by|within|before|at|during|in)\b|(?:target\s+date|timescale|deadline|by\s+when|date\s+to\s+be\s+"
                        r"achieved)\s*[:\-–—])(?![^.;]*\b(?:will|can|shall)\b)[^.;]{0,60}\.?\s*$", re.IGNORECASE)


def is_date_line(text: str) -> bool:
    """Is this line only a date for the outcomes ("To be achieved by July 2026")?"""
    return bool(_DATE_LINE.match(text.strip()))


#: Who records an outcome and where, to the end of its clause: "recorded on his medication record by
#: the college nursing team", "as assessed by her job coach" - the evidence, not what the outcome is about.
_RECORDER = re.compile(rf"\b(?:as\s+)?(?:{RECORD_VERBS})\s+(?:\w+\s+){{0,2}}?(?:by|on|in)\b[^.;]*", re.IGNORECASE)


def without_recorder(sentence: str) -> str:
    """``sentence`` without the clause naming who records it (see :data:`_RECORDER`)."""
    return _RECORDER.sub("", sentence)


def column_headers(blocks: list) -> dict[int, str]:
    """Block id -> the text of the top cell of its table column, for the cells below the top row: a
    one-page profile's "What is important to me" over the things the child names (PC-ASPIRATION-LINK
    reads them as interests, as it reads "I like ...")."""
    top, head = top_cells(blocks)
    return {b.id: head.get((b.table, b.col), "") for b in blocks
            if b.table is not None and b.row is not None and b.row != top.get(b.table)}


#: A thing the child has that staff make or supply for them, named after it: "Sara has large print
#: copies of all class texts, prepared by the HLTA", "Ali gets his worksheets enlarged by the TA",
#: "will have a laminated symbol strip made by her key person" - provision, whatever the thing is
#: called. Not a perfect ("will have made a model"), not a record of progress ("checked by").
_MADE_FOR = re.compile(
    r"\b(?:has|have|had|gets?|got|receives?|received|is\s+given|are\s+given|will\s+(?:have|get|receive|be\s+given))\s+"
    r"(?!(?:\w+ly\s+)?(?:\w+ed|made|done|taken|written|built|drawn|shown|been|to)\b)"
    r"(?P<what>[^.;]{3,80}?),?\s+(?:which\s+(?:are|is|will\s+be)\s+|that\s+(?:are|is|will\s+be)\s+)?"
    r"(?P<v>prepared|provided|supplied|made|produced|adapted|enlarged|modified|differentiated|printed|laminated|"
    r"created|set\s+up|maintained|funded|arranged|organised|resourced|loaned|lent|issued)\s+"
    r"(?:(?:for|to)\s+(?:him|her|them|me)\s+)?(?:in\s+advance\s+)?by\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+|my\s+|trained\s+)*",
    re.IGNORECASE)


def made_for_child(sentence: str, providers: re.Pattern | None) -> tuple[str, str] | None:
    """(verb, what) when ``sentence`` gives the child a thing that a provider (``providers``) makes or
    supplies for them (see :data:`_MADE_FOR`), else None."""
    if providers is None:
        return None
    for m in _MADE_FOR.finditer(sentence):
        if providers.match(sentence, m.end()):
            return m.group("v"), m.group("what").strip()
    return None
