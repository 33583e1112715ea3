"""Section K: the advice and information list, as :class:`~ehcaudit.model.AdviceItem` values.

Two shapes are understood:

* a table with columns found by their header words - advice/information/report (title),
  date (date received), who/from/author (who gave it), appended - in any order, as in the
  national template (``Advice and information requested | Date received | Who from | Appended``);
* paragraphs or list items such as ``Educational psychology advice – Dr Amy Clark,
  Educational Psychologist, 12/03/2026`` or ``Paediatric advice from Dr N Shah (Community
  Paediatrician), dated 3 January 2024``.

The kind comes from keywords in the title first, then the author.
"""

from __future__ import annotations

import re

from ehcaudit.dates import find_dates
from ehcaudit.model import AdviceItem, AdviceKind, Block, Plan
from ehcaudit.reader.advice_status import is_template_row as is_template_row
from ehcaudit.reader.advice_status import not_received as not_received
from ehcaudit.text import TITLED_NAME_RE

# Ordered: the first rule that matches wins (so "educational psychologist" is psychological,
# "careers advice from school" is preparing for adulthood).
_KIND_RULES: list[tuple[AdviceKind, re.Pattern[str]]] = [
    ("health", re.compile(r"clinical psycholog|camhs|psychiatr", re.I)),
    # a clinician's job title decides over the name of the trust or service it works in ("Paediatric
    # Dietitian, Specialist Children's Services" is health advice; some NHS providers are called
    # "Children's Services"), unless the text is a social worker's
    ("health", re.compile(
        r"^(?!.*social work)(?=.*\b(?:dietit|paediatrician|physiotherapist|speech (?:and |& )?language therapist|"
        r"audiologist|orthoptist|(?:community|specialist|school|children'?s|learning disability) nurse|"
        r"consultant (?:paediatric|neurolog|community)))", re.I | re.S)),
    ("psychological", re.compile(r"psycholog|\bEPs?\b|\bEPS\b", re.I)),
    ("preparing_for_adulthood", re.compile(
        r"preparing for adulthood|\bPfA\b|careers?\b|transition|independent living|employment|adulthood|\bY(?:ear )?9\b", re.I)),
    ("social_care", re.compile(
        r"social work|social care|children'?s services|children with disabilit|early help|\bCWD\b|short breaks|"
        # a young carers service or worker supports the child as a carer: children's social care
        r"youth (?:justice|offending)|\bYOT\b|family support worker|young carers?\b(?!['\u2019]|\s+views)", re.I)),
    ("health", re.compile(
        r"paediatric|pediatric|health|\bNHS\b|\bSALT\b|\bSLT\b|speech(?: and|,|&)? language|\bOT\b|"
        r"occupational therap|physio|\bnurs(?:e|es|ing)\b|medical|\bDMO\b|\bGP\b|doctor|audiolog|"
        r"ophthalm|optometr|dietit|orthoptic|hospital|clinic(?:al|ian)?\b|therap|"
        # health services a plan names by what they do
        r"wheelchair|orthoti|orthopaed|\bdent(?:al|ist)|continence|cardiolog|neurolog|\bENT\b|"
        r"sleep (?:service|clinic|nurse|practitioner|team)|eye (?:unit|clinic|service|hospital|department)|"
        r"hearing (?:centre|clinic|service)|audiovestibular|neurodisability|\bICB\b|integrated care board", re.I)),
    ("parent_young_person", re.compile(
        r"\bparent|\bcarers?\b|young person'?s (?:own )?(?:views|advice|contribution)|views of|"
        r"child'?s (?:own )?views|pupil (?:views|voice)|\bmother\b|\bfather\b|\bfamily\b|"
        r"^young person\b|^(?:child|pupil) views|\bmy views\b", re.I)),
    ("educational", re.compile(
        r"school|\bSENCO\b|\bSENCo\b|teacher|education|nursery|college|early years|\bEYFS\b|"
        r"\bacademy\b|head ?teacher|sensory support|learning support|\bsetting\b|tutor|"
        r"hearing impair|visual impair|\bQT[VHM]I\b|teacher of the deaf|outreach|specialist teach|"
        r"portage|virtual school|inclusion|habilitation|\bprimary\b(?! care)|\bsecondary\b|\binfants?\b|\bjuniors?\b",
        re.I)),
]

_TITLE_WORDS = re.compile(
    r"advice|report|views|information|assessment|letter|contribution|questionnaire|summary|"
    r"statement|review|profile|plan\b|minutes|observation|referral|feedback|evidence", re.I)
_INTRO_RE = re.compile(
    r"^(?:the following|below|all (?:of )?(?:the )?advice|this plan|this section|the advice (?:listed|below)|"
    r"advice and information (?:gathered|listed|was)|list of advice|copies of|these (?:reports|documents)|"
    r"see (?:the )?append|please |the local authority|the la\b)", re.I)
# a sentence about the advice ("Reports are appended to this plan.") rather than an item
_SENTENCE_RE = re.compile(r"\b(?:is|are|was|were|has been|have been|will be)\b", re.I)
_SEPARATORS = re.compile(r"\s+[\u2013\u2014-]\s+|\s*:\s+|\s+from\s+|\s+by\s+|\s*\|\s*", re.I)
_DATE_GLUE = re.compile(
    r"[\s,;(]*(?:dated|received(?: on)?|on|date(?: received)?:?|written|provided(?: on)?)?\s*$", re.I)
# list numbers and "Appendix 3:" / "Doc K2 -" labels in front of the title
_LEAD_RE = re.compile(
    r"^\s*(?:[\u2022\u00b7\u25aa\u25cf]\s*|[\u2013*o-]\s+|\(?\d{1,3}[.)]\s+|\(?[a-z][.)]\s+|(?:appendix|app\.?|document|doc\.?|item|ref\.?)\s*"
    r"[A-Z]?\d{0,3}[a-z]?\s*[:.\u2013\u2014)-]\s*)", re.I)
_EMPTY_AUTHOR = {"", "-", "n/a", "na", "tbc", "unknown", "not known", "none", "yes", "no", "yes/ no", "yes/no",
                 "yes / no", "not applicable", "not requested", "not required", "not needed"}


#: A cell that says no advice was sought for this row: "Not applicable at assessment",
#: "Not required: Oscar was in Year 7 when assessed", "N/A - under Year 9".
_NOT_SOUGHT_RE = re.compile(
    r"^(?:not (?:applicable|required|requested|needed|sought|relevant|due)|n/?a\b|none (?:requested|sought|required)"
    r"|no (?:advice )?(?:requested|sought|required))", re.I)


def is_unfilled(text: str | None) -> bool:
    """A cell of an advice row that says nothing about the advice: empty, the template's unchosen
    "YES/ NO", "Not applicable", or a note that no advice was sought ("Not required: …")."""
    if text is None:
        return True
    t = " ".join(text.split()).strip(" ,;.")
    return t.lower() in _EMPTY_AUTHOR or bool(_NOT_SOUGHT_RE.match(t))


#: Whose views an item is, by its title: "Harvey's views", "Mum's views", "Parents' views", "My views".
_VIEWS_TITLE_RE = re.compile(
    r"^(?:(?:the\s+)?[A-Z][\w-]*(?:['\u2019]s|s['\u2019])|my|our|your|mum['\u2019]s|dad['\u2019]s)"
    r"(?:\s+and\s+[\w'\u2019]+(?:['\u2019]s|s['\u2019])?)?\s+(?:own\s+)?(?:views|voice|wishes(?: and feelings)?|contribution|"
    r"words|advice|story)\b", re.I)


#: The family's own contribution named by role, not by name: "Young person and parent contribution",
#: "Parent/carer views", "Child and family views", "Views of the young person and his parents".
#: The relation may be named through the child: "Jasmine's mum's views", "Views of Chloe's dad".
_FAMILY_ROLE = (r"(?:the\s+|[A-Z][\w-]*['\u2019]s\s+)?(?:young\s+person|child|pupil|student|learner|parents?|parental|parent\s*/\s*carers?|"
                r"carers?|family|foster\s+carers?|mum|dad|mother|father|grandparents?|guardians?)(?:['\u2019]s|s['\u2019])?")
_FAMILY_VIEWS_RE = re.compile(
    rf"^(?P<who>{_FAMILY_ROLE}(?:\s*(?:,|and|&|/)\s*{_FAMILY_ROLE})*)\s+(?:own\s+)?(?:views|voice|wishes(?: and feelings)?|"
    rf"contributions?|words|advice|story)\b"
    rf"|^(?:views|voice|wishes|contributions?|advice)\s+(?:of|from)\s+(?P<who2>{_FAMILY_ROLE}(?:\s*(?:,|and|&|/)\s*"
    rf"(?:(?:his|her|their)\s+)?{_FAMILY_ROLE})*)\b", re.I)


def _unbracketed(title: str) -> str:
    """The title without notes in brackets: "Grandparents' (kinship carers') views" -> "Grandparents' views"."""
    return re.sub(r"\s*\([^()]*\)", "", " ".join(title.split()))


def views_author(title: str) -> str | None:
    """Whose views a "Mum's views" / "Parents' views" item is: that says who gave it. A family's
    own contribution needs no named author: "Young person and parent contribution" names its givers.
    A note in brackets does not hide whose they are: "Grandparents' (kinship carers') views"."""
    t = _unbracketed(title)
    m = _VIEWS_TITLE_RE.match(t)
    if not m:
        f = _FAMILY_VIEWS_RE.match(t)
        return re.sub(r"s['\u2019]$", "s", re.sub(r"['\u2019]s$", "", (f.group("who") or f.group("who2")).strip())) if f else None
    who = re.split(r"\s+(?:own\s+)?(?:views|voice|wishes|contribution|words|advice|story)\b", t, maxsplit=1, flags=re.I)[0]
    who = re.sub(r"['\u2019]s$", "", who.strip())
    if who.lower() == "your":
        return "the child or young person"  # a plan written to the young person: "Your views"
    return re.sub(r"s['\u2019]$", "s", who) or None


def advice_kind(title: str, author: str | None = None) -> AdviceKind:
    if _VIEWS_TITLE_RE.match(_unbracketed(title)) and not re.match(
            r"^(?:school|college|teacher|class|setting|nursery|service|team)", title, re.I):
        return "parent_young_person"  # the child's or family's own views, whoever wrote them down
    for text in (title, author or ""):
        if not text:
            continue
        for kind, pat in _KIND_RULES:
            if pat.search(text):
                return kind
    return "other"


#: A title that is a kind of advice named outright: "Social care advice", "Medical advice".
_NAMED_KIND_RE = re.compile(
    r"^\s*(?:social care|medical|health|educational|education|psychological|parents?'?|parental)\s+advice\s*$", re.I)


def names_kind(title: str) -> bool:
    """A title that is its kind of advice named outright, with or without a bracketed note:
    "Medical advice", "Social care advice (Care Act transition assessment)"."""
    return bool(_NAMED_KIND_RE.match(_unbracketed(title)))


def kinds_named(item: AdviceItem) -> set[AdviceKind]:
    """Every kind of advice an item is: its own, each that a joint title names ("Educational
    and preparing for adulthood advice", "Health and social care advice" meet both), and the
    kind its title names without its bracketed note."""
    kinds: set[AdviceKind] = {item.kind}
    # a title that names its kind before a bracketed note meets that kind too: "Social care advice
    # (Care Act transition assessment)" is social care advice, whatever the note makes it besides
    head = _unbracketed(item.title)
    if head != item.title and _NAMED_KIND_RE.match(head):
        kinds |= {advice_kind(head)} - {"other"}
    parts = re.split(r"\s+and\s+|\s*&\s*|\s*/\s*|,\s*", item.title)
    if len(parts) > 1:
        kinds |= {advice_kind(x) for x in parts if x.strip()} - {"other"}
    # a note in brackets does not unmake the title: "Social care advice (Care Act transition
    # assessment)" is social care advice, and preparing for adulthood advice too
    bare = _unbracketed(item.title)
    if bare and bare != " ".join(item.title.split()):
        kinds |= {advice_kind(bare)} - {"other"}
    return kinds


def _tidy(text: str) -> str:
    return text.strip(" \t,;:.\u2013\u2014-").strip()


#: A semicolon between an item's fields, outside brackets.
_SEMICOLON_RE = re.compile(r"\s*;\s*")


def _field_semicolon(text: str) -> re.Match[str] | None:
    """The semicolon that ends an item's title when a council types its fields with semicolons
    ("Title; who gave it; date"): the first one outside brackets, when what stands before it names
    a piece of advice ("Autism diagnostic report", "Personal education plan", "Mum's views") and
    something follows it. None otherwise: "Speech and language therapy; audiology" lists two
    advices in one title, not a title and its giver."""
    depth = 0
    for i, ch in enumerate(text):
        depth += (ch == "(") - (ch == ")")
        if ch == ";" and depth <= 0:
            head, tail = text[:i].strip(), text[i + 1:].strip(" ,;.")
            if not tail or not (_TITLE_WORDS.search(head) or _VIEWS_TITLE_RE.match(head)):
                return None
            return _SEMICOLON_RE.match(text, len(text[:i].rstrip()))
    return None


def split_item(text: str) -> tuple[str, str | None, object, str | None]:
    """``(title, author, date, date_text)`` from one paragraph-form advice item."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    one_line = " \u2013 ".join(" ".join(ln.split()) for ln in lines) if len(lines) > 1 else " ".join(text.split())
    dates = find_dates(one_line)
    date = date_text = None
    rest = one_line
    if dates:
        d, matched, s, e = dates[-1]  # items end with their date; earlier ones name the report
        date, date_text = d, matched
        before = _DATE_GLUE.sub("", one_line[:s])
        after = one_line[e:].strip(" ,;).")
        rest = (before + (", " + after if after else "")).strip()
        rest = re.sub(r"\(\s*\)", "", rest)
    rest = _LEAD_RE.sub("", rest)
    m = _SEPARATORS.search(rest)
    semi = _field_semicolon(rest)
    if semi is not None and (m is None or semi.start() < m.start()):
        m = semi  # "SALT report; College SALT; 18 May 2026": the fields are typed with semicolons
    author: str | None
    if m:
        title = _tidy(rest[: m.start()])
        author = _tidy(rest[m.end():])
        # "Paediatric advice from Dr N Shah" vs "Advice from school": keep the separator word
        # only when it was "from"/"by" and no title remains
        if not title:
            title, author = _tidy(rest), None
    else:
        title, author = _tidy(rest), None
        # "Parental advice, 12/03/2026" / "EP report (Dr Clark)"
        pm = re.match(r"^(.*?)\s*\(([^()]+)\)\s*$", title)
        if pm and not _TITLE_WORDS.search(pm.group(2)):
            title, author = _tidy(pm.group(1)), _tidy(pm.group(2))
        elif "," in title:
            head, tail = title.split(",", 1)
            if _TITLE_WORDS.search(head) and tail.strip():
                title, author = _tidy(head), _tidy(tail)
    title = re.sub(r"\s+(?:from|by)$", "", title, flags=re.I)
    if author is not None and author.lower() in _EMPTY_AUTHOR:
        author = None
    return title or one_line, author, date, date_text


def is_fragment(text: str) -> bool:
    """Only a name/role and/or a date: part of the item above, not an item of its own."""
    t = " ".join(text.split())
    if not t or len(t.split()) > 15 or _TITLE_WORDS.search(t) or t.endswith(":"):
        return False
    rest = t
    for _d, matched, _s, _e in find_dates(t):
        rest = rest.replace(matched, " ")
    rest = _DATE_GLUE.sub("", rest).strip(" ,;.-\u2013")
    if not rest:
        return True  # a date on its own
    # a person ("Dr A Clark") or a role/service ("Educational Psychologist", "SENCO")
    return bool(TITLED_NAME_RE.search(rest)) or advice_kind(rest) != "other"


def looks_like_item(text: str) -> bool:
    """Is this K paragraph an advice item (not an introduction or a note)?"""
    t = " ".join(text.split())
    if not t or len(t.split()) > 80:
        return False
    if t.endswith(":") or _INTRO_RE.match(t):
        return False
    if find_dates(t):
        return True
    if t.endswith(".") and _SENTENCE_RE.search(t) and not TITLED_NAME_RE.search(t):
        return False
    return bool(_TITLE_WORDS.search(t)) or advice_kind(t) != "other"


_ROLE_RE = re.compile(r"\brole\b|job title|service|organisation|organization|agency|designation|profession\b")
_AUTHOR_RE = re.compile(r"who\b|\bfrom\b|author|provided by|professional|\bname\b|source|given by|written by")
_TITLE_RE = re.compile(r"advice|information|report|document|\btype\b|title|description|evidence")


def column_role(text: str, taken: frozenset[str] | set[str] = frozenset()) -> str | None:
    """What an advice list's column header (or a card's field label) names: "title", "date",
    "author", "role" or "appended", skipping roles already ``taken``; None for anything else."""
    t = text.lower()
    if "append" in t and "appended" not in taken:
        return "appended"
    if "date" in t and "date" not in taken:
        return "date"
    if _ROLE_RE.search(t) and "role" not in taken and not re.search(r"advice|report", t):
        return "role"
    if _AUTHOR_RE.search(t) and "author" not in taken:
        return "author"
    if _TITLE_RE.search(t) and "title" not in taken:
        return "title"
    return None


def header_columns(cells: list[tuple[int, str]]) -> dict[str, int] | None:
    """Map the header row of an advice table: {"title", "date", "author", "appended"} -> col.

    A header cell names a column; it never holds a date ("Parents' advice: Ana's mother, 3 May
    2026" is a row of the list, though "advice" and "dated" are header words)."""
    if any(find_dates(text) for _col, text in cells):
        return None
    mapping: dict[str, int] = {}
    for col, text in cells:
        role = column_role(text, set(mapping))
        if role is not None:
            mapping[role] = col
    if "title" in mapping and ("date" in mapping or "author" in mapping):
        return mapping
    return None


def is_header_row(cells: list[str]) -> bool:
    """A table row that is only an advice list's column headers ("Advice or information | Given
    by | Date"): every cell maps to a column, and none holds a date or a person."""
    if len(cells) < 2 or any(not c or len(c.split()) > 5 or find_dates(c) for c in cells):
        return False
    m = header_columns(list(enumerate(cells)))
    return m is not None and len(m) == len(cells)


def strong_header(cells: list[tuple[int, str]]) -> bool:
    """A header that says "advice table" even outside Section K."""
    m = header_columns(cells)
    if not m or "date" not in m or "author" not in m:
        return False
    return any("advice" in text.lower() for col, text in cells if col == m["title"])


def strip_date(text: str, date_text: str) -> str:
    """``text`` without the date (and a "dated"/"received" in front of it)."""
    i = text.find(date_text)
    if i < 0:
        return text
    before = _DATE_GLUE.sub("", text[:i])
    after = text[i + len(date_text):].strip(" ,;).")
    return _tidy(before + (", " + after if after else ""))


def clean_author(text: str | None) -> str | None:
    if text is None:
        return None
    t = " ".join(text.split()).strip(" ,;")
    return None if is_unfilled(t) else t


# -- lines of K that are not advice items ------------------------------------------------------
#
# An advice item is a piece of advice or information gathered for the assessment, from a named
# person, role or service, with a date. Section K also holds lines that are not: the local
# authority's issue or sign-off statement ("Plan issued by …, SEND Officer, on behalf of … Council,
# 5 May 2026"), contact details, and notes that an advice was requested but never arrived. The last
# is a missing advice, not an undated one.

#: A word that names a piece of advice or information: an item has one, a sign-off line has none.
_ADVICE_NOUN_RE = re.compile(
    r"\b(?:advice|reports?|views|voice|information|assessments?|letters?|contributions?|questionnaires?|"
    r"summary|summaries|minutes|observations?|feedback|evidence|profile|records?|wishes|notes|plans? of care|"
    r"care plan|review report|statement of)\b", re.I)
#: The plan's own issue or sign-off: "Signed: …", "Issued by …", "Plan issued by …", "Amended plan
#: finalised by …" (the verb, not a report that names a date of issue).
_ISSUE_RE = re.compile(
    r"^(?:(?:this|the)\s+)?(?:(?:amended|final|finali[sz]ed|draft|new|proposed|ehc|education,? health and care)\s+)*"
    r"(?:(?:ehc\s+)?plan\s+(?:was\s+|has been\s+)?)?"
    r"(?:signed|signature|issued|finali[sz]ed|authori[sz]ed|approved(?! mental health)|sealed)\b", re.I)
#: Someone acting for the local authority: "… for Saltmere Borough Council", "on behalf of the LA".
_FOR_LA_RE = re.compile(
    r"\b(?:on behalf of|for(?: and on behalf of)?)\s+(?:the\s+)?(?:[\w'\u2019&.-]+\s+){0,6}?"
    r"(?:council|local authority|LA|borough|county)\b", re.I)
#: The local authority's own officer, or a sign-off box label ("Name:", "Designation:"): with no
#: advice named, the line is the plan's sign-off, not advice.
_LA_OFFICER_ROLES = (
    "case ?worker", "case officer", "SENDs? (?:case )?officer", "SEN (?:case )?officer", "SEND key worker",
    "EHC ?P? (?:co-?ordinator|officer|writer)", "EHC plan (?:co-?ordinator|officer|writer)", "plan co-?ordinator",
    "assessment (?:and review )?(?:co-?ordinator|officer)", "head of SEND", "SEND (?:team )?manager",
)
_SIGNOFF_LABELS = ("name", "signature", "designation", "job title", "position",
                   "date(?: of issue| issued)?(?: of (?:this|the) plan)?")
_LA_OFFICER_RE = re.compile(
    rf"\b(?:{'|'.join(_LA_OFFICER_ROLES)})\b|^(?:{'|'.join(_SIGNOFF_LABELS)})\s*:", re.I)
_CONTACT_RE = re.compile(r"\b(?:tel(?:ephone)?|phone|mobile|e-?mail|contact (?:details|number))\b|@\w", re.I)


#: A sentence about the plan itself: "The plan was amended following the review on 3 October 2026."
_ABOUT_PLAN_RE = re.compile(r"^(?:this|the)\s+(?:[\w-]+\s+){0,3}?plan\b(?!\s+of\b)(?!['\u2019]s)", re.I)


#: A health body's (or another agency's) agreement to the provision the plan names: "I confirm that
#: the health provision in Section G has been agreed. Dr …, Designated Medical Officer", "Health
#: provision in Section G agreed by Dr …", "The ICB confirms it will arrange the provision in G".
_PROVISION_AGREED_RE = re.compile(
    r"\b(?:provision|section\s+[a-k]|this plan)\b[^.;]{0,60}?\b(?:(?:has been|have been|is|was|were)\s+)?"
    r"(?:agreed|confirmed|approved|signed off|accepted)\b"
    r"|\b(?:confirms?|agrees?|agreed)\b[^.;]{0,40}?\b(?:arrange|fund|commission|deliver|secure|make)\b[^.;]{0,40}?\bprovision\b", re.I)


def is_signoff(text: str) -> bool:
    """The local authority's issue or sign-off line, a note about the plan itself, a health body's
    agreement to the provision, or contact details: not an item of advice."""
    t = _LEAD_RE.sub("", " ".join(text.split()))
    if _ISSUE_RE.match(t) or _ABOUT_PLAN_RE.match(t):
        return True  # the line starts by saying the plan was signed or issued, or is about the plan
    if not t or _ADVICE_NOUN_RE.search(t):
        return False
    if _PROVISION_AGREED_RE.search(t):
        return True  # a DMO's/DCO's sign-off of the provision, not advice gathered for the plan
    if _LA_OFFICER_RE.search(t):
        return True
    if _FOR_LA_RE.search(t):
        # someone acting for the council, unless a professional who gives advice ("Educational
        # Psychologist for Westshire County Council")
        return advice_kind(t) == "other"
    return bool(_CONTACT_RE.search(t)) and not find_dates(t)


def is_advice_item(item: AdviceItem) -> bool:
    """An advice item as an auditor counts one: not a sign-off or contact line, not a request that
    was never answered (that is a missing advice: see :func:`not_received`)."""
    return not (is_signoff(item.quote) or not_received(item.quote))


def missing_notes(plan: Plan) -> list[tuple[AdviceKind, Block, str]]:
    """K lines (a paragraph, or a table row's cells together) that record an advice requested but
    not received: ``(kind named, first block, text)``."""
    units: dict[tuple[int, int] | int, list[Block]] = {}
    for b in plan.blocks_in("K"):
        key = (b.table, b.row) if b.table is not None and b.row is not None else b.id
        units.setdefault(key, []).append(b)
    out: list[tuple[AdviceKind, Block, str]] = []
    for blocks in units.values():
        text = " | ".join(" ".join(x.text.split()) for x in blocks)
        if not_received(text):
            out.append((advice_kind(blocks[0].text, text), blocks[0], text))
    return out


#: A line that is an advice title and nothing else: no comma (an author's "role, service"), ending
#: on what it is ("Social care advice", "Speech and language therapy report (2025)").
_WHOLE_TITLE_RE = re.compile(r"^[^,]{1,60}\b(?:advice|views|report)(?:\s*\([^()]*\))?$", re.I)


def ragged_table_rows(lines: list[str]) -> list[str] | None:
    """A small advice table typed (or nested) in one cell whose empty cells left no line, so its
    rows have different lengths ("Parent views", "Daniel's mum", then the next title): one
    "title – author, date" line per row, each row starting at a line that names advice. None when
    the lines do not start with an advice table's header."""
    for k in (4, 3, 2):
        if len(lines) <= k:
            continue
        head = header_columns(list(enumerate(" ".join(x.split()) for x in lines[:k])))
        if head and len(head) == k and "title" in head:
            break
    else:
        return None
    rows: list[list[str]] = []
    for ln in (" ".join(x.split()) for x in lines[k:]):
        titled = bool(_TITLE_WORDS.search(ln) or _VIEWS_TITLE_RE.match(ln)) and not find_dates(ln)
        # a row whose author and date cells were both left empty is its title alone: a line that is
        # a whole advice title ("Social care advice") after it starts the next row
        if titled and (not rows or len(rows[-1]) > 1 or find_dates(rows[-1][-1]) or _WHOLE_TITLE_RE.match(ln)):
            rows.append([ln])
        elif not rows:
            return None  # the first row does not start with its title
        else:
            rows[-1].append(ln)
    out = []
    for row in rows:
        rest = [x for x in row[1:] if not is_unfilled(x)]
        when = next((x for x in rest if find_dates(x)), "")
        who = ", ".join(x for x in rest if x != when)
        out.append(" \u2013 ".join(x for x in (row[0], ", ".join(y for y in (who, when) if y)) if x))
    return out
