"""Team values that are a person's name are never shown.

A plan's front matter may give a caseworker's name where the team belongs ("Team: Jo
Bloggs", "Team: Mrs Patel"). The README promises a team, a locality or a caseworker *code* in
breakdowns, never a name: :func:`looks_like_name` tells the two apart and :func:`safe_team`
keeps only the first. Used where the team is read from a plan (:mod:`ehcaudit.attributes`) and
again where reports show it (:mod:`ehcaudit.reports.trend`), for stores written before.

A value is taken for a name when it is

* a title and a word: "Mrs Smith", "Dr A Patel";
* initials and a surname: "J Smith", "J. R. Smith";
* two to four capitalised words, the first a first name, none a word teams are named with
  ("Sarah Jones", "Mary-Jane O'Neil"; not "North East", "Early Years", "Preston Central");
* one word that is a common British first name and not also a place ("Sarah"; not "North",
  "Kent", "Chelsea").

Anything with a digit ("Team 3", "CW12") is not a name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ehcaudit.names import first_names

TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame",
                    "lady", "lord", "rev", "revd", "father", "sister"})
#: Words that mark a team, a service or a place rather than a person.
TEAM_WORDS = frozenset("""
team teams locality localities area areas north south east west northern southern eastern
western central mid upper lower inner outer hub hubs service services send sen ehc ehcp ehcps
county district city borough town towns village zone patch unit units early years year
post preparing adulthood transition transitions panel group office cluster region regional
inclusion assessment assessments review reviews statutory casework caseworkers quadrant
school schools primary secondary college specialist complex needs learning disability
disabilities autism health care social children young people families family support park
road street valley vale coast coastal rural urban forest moor dales hill hills bay river
green cross bridge and of the
""".split())
#: Common British first names that are also places (a locality team may be called after one).
PLACES = frozenset({"Chelsea", "Dale", "Glen", "Lee", "Brooke", "Sydney", "Florence", "Paris",
                    "Austin", "Chester", "Preston", "Lincoln", "Kingston", "York", "Dallas",
                    "Devon", "Kent", "Hope"})

_WORD_RE = re.compile(r"^[A-Z][a-z]*(?:[-'\u2019][A-Za-z][a-z]*)*$")  # Sarah, Mary-Jane, O'Neil
_INITIAL_RE = re.compile(r"^(?:[A-Z]\.?){1,3}$")  # J, J., JR, J.R.


@lru_cache(maxsize=1)
def _british_first_names() -> frozenset[str]:
    try:
        # lazy: Faker costs about 75 ms; only team-name masking needs it, not a warm re-audit
        from faker.providers.person.en_GB import Provider
    except ImportError:  # pragma: no cover - faker is a dependency
        return frozenset()
    names: set[str] = set()
    for attr in ("first_names", "first_names_male", "first_names_female"):
        value = getattr(Provider, attr, ())
        names.update(value if not isinstance(value, dict) else list(value))
    return frozenset(n for n in names if isinstance(n, str))


def _is_first_name(word: str) -> bool:

    for w in dict.fromkeys((word, word.split("-")[0])):  # Mary-Jane: Mary
        w = w[:1].upper() + w[1:].lower()
        if w in first_names() or w in _british_first_names():
            return True
    return False


def looks_like_name(value: object) -> bool:
    """Whether a team value looks like a person's name (see the module's rules)."""
    if not isinstance(value, str):
        return False
    text = " ".join(value.replace(",", " ").split())
    if not text or any(ch.isdigit() for ch in text):
        return False
    tokens = text.split(" ")
    if len(tokens) > 5:
        return False
    low = [t.lower().strip(".") for t in tokens]
    if any(w in TEAM_WORDS for w in low):
        return False
    if low[0] in TITLES:
        return len(tokens) >= 2
    if len(tokens) == 1:
        return tokens[0] in _british_first_names() and tokens[0] not in PLACES
    if len(tokens) > 4:
        return False
    *given, surname = tokens
    if not _WORD_RE.match(surname):
        return False
    if all(_INITIAL_RE.match(t) for t in given):
        return True  # J Smith, J. R. Smith
    if not all(_WORD_RE.match(t) or _INITIAL_RE.match(t) for t in given):
        return False
    return _is_first_name(given[0])


def safe_team(value: str | None) -> str | None:
    """The team as given, or None when it looks like a person's name."""
    if value is None or looks_like_name(value):
        return None
    return value
