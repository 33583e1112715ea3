"""What an outcome is, defined once and positively (round 29).

An outcome is a line in which the child is the one who will do or achieve something:

* the child is the subject of its main verb - the name the plan uses (or any first name, or an
  initial "N."), "I", "he", "she" or "they" - after at most a label ("Independent living:"), a
  frame of time or condition ("By July 2027,", "By the next review", "When he is upset,") and a
  number or code; and the verb is something the child will do, can do or is given ("will read",
  "can ask", "is able to", "uses", "has a 1:1 teaching assistant", "is given therapy": provision
  written in E is still an outcome line for PC-OUTCOME-NOT-PROVISION to judge);
* or the line is written as the act itself, verb first: an infinitive ("To travel to college on my
  own", "To be able to ...") or a plain verb ("Read 50 words ...", "Use my cards to ask for help").

Everything else is not an outcome, whatever its wording: a line whose subject is the outcomes, the
provision, staff, the school, "we", progress, the review or a hope ("Each outcome is shown with ...",
"Progress will be recorded termly", "Building on her love of horses"); a line with no verb (a title,
an area label, a code, a date); a line of verbs that only state or wish ("Tyler is in Year 11",
"Isla wants to ..."). A new council's lead-in fails by construction: it names no child doing anything.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ehcaudit.names import first_names
from ehcaudit.text import sentences

#: The child as a pronoun: first person, or third person singular or "they".
_PRONOUN = r"(?:I|i|he|she|they|you|He|She|They|You)"
#: A modal or the future: "will", "shall", "can", "'ll", "could", "would", "should", "must", "may", "might".
_MODAL = r"(?:will|shall|can|could|would|should|must|may|might|['’]ll|is\s+to|are\s+to)"
#: "be" with what makes it an act or an ability: "is able to", "am going to", "is expected to",
#: "is learning to"; or a passive participle ("is given", "is supported": provision written as an outcome).
_BE = r"(?:is|am|are|was|were|['’]m|['’]s|['’]re)"
_BE_ACT = (rf"{_BE}\s+(?:not\s+)?(?:(?:now|also|then|more|increasingly|consistently|independently)\s+)?"
           r"(?:(?:able|going|expected|learning|beginning|starting|likely|ready)\s+to\b|\w+(?:ed|en|wn|nt|lt|ught)\b)")
#: "has", "have": possession, as in provision written in E ("Jade has a 1:1 teaching assistant") or
#: an achievement ("has passed", "has got a place").
_HAVE = r"(?:has|have|had)\b"
#: A verb of wishing, liking or needing as the main verb: the child's hope or need, not an outcome.
_WISH = re.compile(r"^(?:wants?|wish(?:es)?|hopes?|likes?|loves?|enjoys?|dreams?|prefers?|needs?|would\s+like|"
                   r"finds?|struggles?|is|am|are|was|were|has\s+been)\b", re.IGNORECASE)
#: A present-tense verb of doing: "uses", "asks", "reads" ("Amina uses her help card").
_PRESENT = r"[a-z]+(?:s|es)\b"

#: A frame before the subject: time or condition ("By July 2027,", "By Dec '27", "When he is upset,",
#: "With one prompt,", "Building on this,"). No hope and no "that" inside: "Linked to her family's hope
#: that she will ..." is no frame but a hope.
_FRAME_WORDS = r"(?:by|before|within|in|over|during|from|until|at|on|after|when|whenever|once|for|throughout|" \
               r"with|without|if|as|this|next|each|every|building|working|following|given)"
_HOPEISH = re.compile(r"\bthat\b", re.IGNORECASE)
#: The child's aim stated as the act: "Her aim is to read 50 words", "The aim is for Leah to travel ...".
_AIM = re.compile(r"^(?:(?:his|her|their|my|the|[A-Z][a-z-]+['’]s)\s+)?(?:aim|goal|target|intention)\b[^.;:]{0,40}?"
                  r"\bis\s+(?:for\s+\S+\s+)?(?=to\s)", re.IGNORECASE)
#: A label before the outcome: "Independent living:", "Outcome 2 -", "Body and senses:". At most six
#: words and no full stop.
_LABEL = re.compile(r"^[^:.;?!]{1,60}?\s*(?::|\s[-–—])\s+")
#: An outcome's number or code ("1.", "E1.2", "O3:", "(a)").
_CODE = re.compile(r"^\W*(?:[A-Z]{1,2}\d+(?:\.\d+)*[a-z]?|\d+(?:\.\d+)*[a-z]?|\(?[a-z]\))\s*[.):\-–—]?\s+")

#: Closed-class words and nouns that are never a child's name at the start of a clause.
_NOT_NAME = {"The", "This", "That", "These", "Those", "Each", "Every", "All", "Our", "Their", "His", "Her", "My",
             "May", "Summer", "Autumn", "Spring", "Easter", "Christmas"}
#: Family and staff: never the child, though written with a capital ("Mum will keep a diary").
_NOT_CHILD = {"Mum", "Mam", "Mom", "Dad", "Nan", "Nana", "Nanna", "Gran", "Granny", "Grandad", "Grandma", "Grandpa",
              "Staff", "Parents", "Carers", "Adults", "Teachers", "School", "College", "Nursery"}
#: The child's own things as the subject: "Amir's attendance will be 92%", "her reading age will rise" - but
#: not the people round the child or the plan's own apparatus ("his mum will report", "her outcomes prepare her").
_NOT_OWN = re.compile(r"\b(?:mum|mam|mom|mother|dad|father|parents?|carers?|family|foster|nan|nana|gran\w*|sister|brother|"
                      r"teachers?|TA|tutor|key\s+(?:person|worker)|staff|school|college|SENCo|therapist|"
                      r"outcomes?|targets?|steps?|plan|progress|review|provision|support|hopes?|wish(?:es)?|dreams?|"
                      r"aspirations?|ambitions?|aims?|goals?|loves?|interests?|views?|needs?)\b", re.IGNORECASE)

#: Verb first: an infinitive ("to read", "to be able to", not "to be achieved") or a plain verb of doing.
_INFINITIVE = re.compile(r"^(?:to\s+)?(?:be\s+able\s+to\s+|begin\s+to\s+|start\s+to\s+|learn\s+to\s+)?"
                         r"(?P<verb>[a-z][a-z-]+)\b", re.IGNORECASE)
#: Plain verbs an outcome starts with when written as the act itself ("Read 50 words ...").
_ACT_VERBS = frozenset("""
access accept achieve add answer apply arrive ask attempt attend balance be become begin build button buy calm
carry catch change check choose clean climb collect colour communicate compare complete concentrate contribute
cook cope copy count create cross cut decide demonstrate describe develop do draw dress drink drive eat engage
enjoy enter explain express feed feel find finish focus follow gain get give go greet grip hang help hold
identify improve increase initiate join jump keep kick know learn leave let listen live look maintain make
manage match meet move name navigate negotiate notice open order organise participate pass pay plan play point
practise prepare print produce put reach read recall recognise record reduce regulate remain remember repair
request respond retell return ride run say seek select self-regulate separate serve settle share shop show sign
sing sit sleep solve sort speak spell stand start stay stop structure succeed sustain swim take talk tell think
throw tidy toilet tolerate touch-type track transfer travel try turn type understand undress use verbalise visit
wait walk wash wear work write""".split())


def plan_names(texts: Iterable[str]) -> list[str]:
    """The child's name as the plan uses it, read from its lines: the capitalised word most often the
    subject of "will" or the owner of "'s" (twice, or once if never written in lower case), not a family
    member or the staff."""
    counts: dict[str, int] = {}
    texts = list(texts)
    lower = {w for t in texts for w in re.findall(r"\b[a-z][a-z-]+\b", t)}
    for t in texts:
        for m in re.finditer(r"\b([A-Z][a-z-]+)(?:\s+will\b|['’]s\s)", t):
            w = m.group(1)
            if w not in _NOT_NAME and w not in _NOT_CHILD:
                counts[w] = counts.get(w, 0) + 1
    best = sorted(counts.items(), key=lambda kv: -kv[1])
    # once is enough for a word the plan never writes in lower case ("Esme will ...", not "Progress will ...")
    return [best[0][0]] if best and (best[0][1] >= 2 or best[0][0].lower() not in lower) else []


def _name_rx(names: Iterable[str]) -> str:
    extra = "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True) if len(n) > 1)
    return rf"(?:{extra}|[A-Z][a-z-]+|[A-Z]\.?)" if extra else r"(?:[A-Z][a-z-]+|[A-Z]\.?)"


def _is_name(word: str, names: Iterable[str]) -> bool:
    w = word.rstrip(".")
    if re.fullmatch(r"[A-HJ-Z]", w):
        return True  # an initial: "N. will ...", "C will ..."
    return w in set(names) or (w not in _NOT_NAME and w not in _NOT_CHILD and w in first_names())


def _subject_acts(clause: str, names: Iterable[str], they: bool) -> bool:
    """Does ``clause`` open with the child as the subject of a verb of doing (see the module)?"""
    name = _name_rx(names)
    m = re.match(rf"^(?P<subj>{_PRONOUN}|{name}(?:\s+{name})?)(?P<own>['’]s?\s+[^,.;:]{{1,80}}?|"
                 r"\s+(?:and|&)\s+(?:his|her|their|my)\s+\w+)?\s+(?P<rest>(?:also\s+|then\s+)?"
                 rf"(?:{_MODAL}|{_BE}|{_HAVE}|to\s+[a-z]|[a-z]+s|received|got|attended)\b.*)$", clause, re.DOTALL)
    if m is None:
        # the child's own things: "her reading age will rise", "my attendance will be 95%"
        mine = re.match(rf"^(?:his|her|their|my|His|Her|Their|My)\s+(?P<what>[^,.;:]{{1,40}}?)\s+{_MODAL}\b", clause)
        return mine is not None and not _NOT_OWN.search(" ".join(mine.group("what").split()[:2]))
    subj = m.group("subj").split()[0]
    if subj.lower() == "they" and not they:
        return False  # "They will be reviewed at her annual review": after a first sentence, "they" is the outcomes
    if subj not in {"I", "i", "he", "she", "they", "you", "He", "She", "They", "You"} and not _is_name(subj, names):
        return False
    own: str = m.group("own") or ""
    if own[:1] in "'’" and _NOT_OWN.search(" ".join(own[2:].split()[:2])):
        return False  # "Leon's mum will report", "Hannah's outcomes prepare her"
    rest = re.sub(r"^(?:(?:also|then|now|still|gradually|increasingly|independently|consistently|"
                  r"confidently|regularly|successfully|sometimes|always|not)\s+)+", "", m.group("rest"), flags=re.IGNORECASE)
    if re.match(rf"^{_MODAL}\b|^{_BE_ACT}|^{_HAVE}|^to\s+[a-z]", rest, re.IGNORECASE):
        return True
    # the child given something in the present ("Leah gets her worksheets enlarged", "Sam receives ...")
    # is provision written as an outcome; other present verbs state, wish or measure ("Tyler is in Year 11",
    # "Isla wants to ...", "She gets 7 out of 10 right" is read as a measure line under its outcome)
    return bool(re.match(r"^(?:gets|receives|attends|accesses|got|received|attended)\s+(?:a|an|his|her|their|my|the|\d|1:1|one|daily|weekly)\b",
                         rest, re.IGNORECASE)) and not re.search(r"\d+\s+out\s+of\b", rest)


def _unquoted(text: str) -> str:
    """``text`` without what it quotes ("heading towards 'I will cook my own tea'": the hope's own words)."""
    return re.sub(r"[‘'\"“][^’'\"”]*[’'\"”]", " ", text)


def _verb_first(clause: str, gerund: bool = True) -> bool:
    """Is ``clause`` the act written verb first ("To travel to college on my own", "Read 50 words")?"""
    m = _INFINITIVE.match(clause)
    if m is None:
        return False
    verb = m.group("verb").lower()
    if verb.endswith("ing") and not m.group(0).lower().startswith("to"):
        if not gerund:
            return False  # a gerund after a comma is a list ("work, living independently, ..."), not the act
        # an outcome written as a gerund is one when it has a figure, a modal or a full stop
        # ("Understanding what people say in 8 out of 10 lessons", "Knowing who to ask for help."), never
        # as a bare title ("E1 Understanding what people say", "Feeling able to join in")
        stem = verb[:-3]
        if re.search(r"\b(?:means?|is|are|was|refers?|involves?|includes?)\b", clause, re.IGNORECASE):
            return False  # the act as the subject of a definition: "Preparing for adulthood means ..."
        return (bool({stem, stem + "e", stem[:-1]} & _ACT_VERBS)
                and bool(re.search(r"\d|\b(?:will|can|shall)\b", re.sub(r"\([^()]*\)", " ", _unquoted(clause)))
                         or clause.rstrip().endswith(".")))
    if verb == "be" and not re.match(r"^(?:to\s+)?be\s+able\b", clause, re.IGNORECASE):
        # "To be achieved by July 2026": the outcomes as its subject; "be more confident": a state
        return bool(re.match(r"^(?:to\s+)?be\s+(?:more\s+|less\s+)?(?:able|independent|confident|safe|"
                             r"happy|calm|settled|ready)\b", clause, re.IGNORECASE))
    if verb not in _ACT_VERBS:
        return False
    after = re.match(r"^\s+(?:and|or|&)\s+([a-z]+)", clause[m.end():], re.IGNORECASE)
    if after and not m.group(0).lower().startswith("to"):
        # "Read and write 20 words": two acts; "Travel and community", "Play and friendships": an area's
        # title whose first word is also a verb, never an act
        return after.group(1).lower() in _ACT_VERBS
    # a plain verb is followed by what it acts on or how ("Read 50 words", "Travel to college", "Use my
    # cards"), never by a noun of its own ("Travel trainer's record", "Sleep diary", "Work scrutiny")
    return bool(m.group(0).lower().startswith("to") or re.match(
        r"^\s+(?:a|an|the|my|his|her|their|your|own|up|on|off|out|in|to|with|for|at|across|around|into|from|"
        r"independently|alone|calmly|safely|\d+|one|two|three|four|five|six|seven|eight|nine|ten|some|all|more|new|"
        r"simple|at\s+least|and|or)\b", clause[m.end():], re.IGNORECASE))


#: The plan's own voice before the outcome: "It is intended that", "It is anticipated that", "the expectation is that".
_INTENDED = re.compile(r"^(?:it\s+is\s+(?:\w+\s+)?(?:intended|anticipated|expected|hoped|planned|agreed)|"
                       r"the\s+(?:expectation|intention|aim)\s+is)\s+that\s*,?\s*"
                       # what success is for the child: "Success for Leah means she will walk to school ..."
                       r"|^(?:success|achieving\s+this|this)\b[^.;:]{0,30}?\bmeans?\s+(?:that\s+)?", re.IGNORECASE)
_FRAME = re.compile(r"^(?P<frame>(?:[^.;:]|(?<=\d)[.:](?=\d)){1,160}?)[,:]\s+(?P<rest>\S.*)$", re.DOTALL)
#: A frame of time or condition without its comma: "By Dec '27 I will ...", "when he feels angry he will":
#: each later word may be where the subject starts.
_BARE_FRAME = re.compile(r"^(?i:by|before|within|in|over|during|from|until|at|when|whenever|if|once|after|while|unless)\s")


def _clauses(line: str) -> list[str]:
    """The openings of the line to read for a subject: the line as written, then after its code, its
    label, the plan's "it is intended that" and its frames of time or condition, and each clause after
    "; " or ", and"."""
    t = _CODE.sub("", line.strip().lstrip("•*-–—· \t"), count=1)
    todo: list[str] = [t, *re.split(r";\s+|,\s+and\s+", t)[1:]]
    out: list[str] = []
    while todo and len(out) < 16:
        s = todo.pop(0).strip()
        if not s or s in out:
            continue
        out.append(s)
        s2 = _CODE.sub("", s, count=1)
        if s2 != s:
            todo.append(s2)
        lab = _LABEL.match(s)
        if lab and len(lab.group(0).split()) <= 10 and lab.group(0).count("(") == lab.group(0).count(")"):
            todo.append(s[lab.end():])
        if (aim := _AIM.match(s)) is not None:
            todo.append(s[aim.end():])
        if (it := _INTENDED.match(s)) is not None:
            todo.append(s[it.end():])
        f = _FRAME.match(s)
        if f and not _HOPEISH.search(f.group("frame")) and f.group("frame").count("(") == f.group("frame").count(")"):
            todo.append(f.group("rest"))
        if _BARE_FRAME.match(s):
            words = s.split(" ")
            for i in range(2, min(len(words), 14)):
                if _HOPEISH.search(" ".join(words[:i])) or re.search(r"[,.;:]$", words[i - 1]):
                    break
                if re.match(rf"^(?:{_PRONOUN}|[A-Z]|(?:my|his|her|their|your)$)", words[i]):
                    todo.append(" ".join(words[i:]))
    return out


#: Someone who serves the child, as the subject: "Staff will ...", "Adults will ...", "The SENCo will ...",
#: "His teaching assistant will ...".
_GIVER = re.compile(r"^(?:(?:all|the|his|her|their|my|school|setting|nursery|college|class|support|key)\s+)*"
                    r"(?:staff|adults?|teachers?|teaching\s+assistants?|TAs?|LSAs?|HLTAs?|key\s+(?:person|worker)|SENC[Oo]|"
                    r"therapists?|SALT|OT|mentors?|practitioners?|school|setting|nursery|college|(?-i:[A-Z]{2,5}))\s+"
                    r"(?:will|must|should|shall|to|are\s+to|is\s+to)\s+(?P<rest>.*)$", re.IGNORECASE | re.DOTALL)


def serves_child(line: str, names: Iterable[str] = ()) -> bool:
    """Is ``line`` provision written where an outcome should be: someone who serves the child the subject,
    the child (by name or "him"/"her") in what they will do ("Staff will help Ruby to make friends",
    "Staff will check Ayaan's hearing aids every morning")? Not a line about the plan's reviews or the
    outcomes ("We will check progress towards these outcomes at Freya's review")."""
    names = tuple(names)
    for c in (c for sent in [line, *sentences(line)] for c in _clauses(sent)):
        g = _GIVER.match(c)
        if g is None:
            continue
        rest = g.group("rest")
        if re.search(r"\b(?:outcomes?|targets?|review|progress|(?:this|the|EHC)\s+plan)\b", rest, re.IGNORECASE):
            return False
        who = rf"\b(?:him|her|them|me|{_name_rx(names)})\b"
        return any(_is_name(w.rstrip("'’s"), names) or w.lower() in {"him", "her", "them", "me"}
                   for w in re.findall(who, rest))
    return False


def child_acts(line: str, names: Iterable[str] = ()) -> bool:
    """Is ``line`` an outcome: the child the one who will do or achieve something (see the module)?"""
    names = tuple(names)
    # "they" is the child only at the line's own start, never after "; " or a full stop ("...; they will
    # be looked at each term": the outcomes)
    head = set(_clauses(re.split(r";\s+|,\s+and\s+", line.strip())[0]))
    for i, sent in enumerate([line, *sentences(line)]):
        clauses = _clauses(sent)
        if not clauses:
            continue  # an empty sentence (a line of punctuation only)
        # the act written verb first opens the line, or follows its code or label only
        lead = {clauses[0], *(c for c in clauses[1:2] if _LABEL.match(clauses[0]))}
        for c in clauses:
            if _subject_acts(c, names, they=i == 0 and c in head) or (i <= 1 and _verb_first(c, gerund=c in lead)):
                return True
    return False
