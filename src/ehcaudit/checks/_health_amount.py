"""HC-PROVISION-SPECIFIC: is the amount of a health provision item pinned down, as an auditor
reads it for the kind of provision it is (no check kinds are registered here)?

* regular care or therapy: how often or for how long ("every 6 weeks", "a 6-week block",
  "30-minute sessions"; a medication review every six months needs no session length);
* care at each routine event: the event ("before each outdoor PE lesson", "at each asthma
  review", "every snack time");
* care on demand: the trigger and how soon ("an appointment within 1 week when an ear infection
  stops him wearing his aids", "repairs within 5 working days of a request"); care given on the
  spot when a named sign appears ("reliever inhaler given by trained staff when she is wheezy")
  needs only its trigger. "When needed" or "if required" is no trigger;
* a one-off piece of work (a referral, a plan, a set-up, a hand-over, an assessment, a fitting):
  who and by when ("Referral made by June 2027", "By March 2027", "set up at the March 2026
  health check"). Continuing care ("continue to monitor") is not made one-off by a date.

Equipment and supplies need what and who provides or maintains them, not how often (unless a
visit, review or session is in the same item).
"""

from __future__ import annotations

import re

from ehcaudit.checks._params import DeadlineParams
from ehcaudit.checks._patterns import dated, search
from ehcaudit.rubric.registry import optional_list

#: A visit, review or session in an equipment item: then it needs an amount after all.
_SERVICE_IN_EQUIPMENT = re.compile(
    r"\b(?:visits?|reviews?|sessions?|appointments?|therapy|checks?|tests?|clinics?)\b", re.IGNORECASE)
#: The service named only as the equipment's supplier ("supplied and replaced by the occupational
#: therapy service"): its name is no session.
_SUPPLIER = re.compile(
    r"\b(?:supplied|provided|issued|loaned|replaced|maintained|serviced|renewed)(?: and \w+)? by (?:the )?"
    r"(?:[\w'’-]+ ){0,4}(?:services?|teams?|departments?)\b", re.IGNORECASE)


class AmountParams(DeadlineParams):
    """Word lists for the kinds of health provision and the amount each needs."""

    frequency_patterns: list[str]
    duration_patterns: list[str]
    vague_patterns: list[str] = optional_list("Woolly wording standing in for a frequency")
    equipment_patterns: list[str] = optional_list("Equipment, supplies and adaptations: they need what and who provides or maintains them, "
                    "not how often (unless a visit, review or session is in the same item)")
    event_patterns: list[str] = optional_list(
        "Care at each routine event: 'before each outdoor play and PE lesson', 'at each asthma review', "
        "'every snack time'")
    response_patterns: list[str] = optional_list(
        "How soon care on demand comes: 'within 1 week', 'within 5 working days', 'the same day'")
    trigger_patterns: list[str] = optional_list(
        "A named trigger for care on demand: 'when an ear infection stops him wearing his aids', 'if a seizure "
        "lasts over 5 minutes' (not 'when needed', 'if required')")
    on_the_spot_patterns: list[str] = optional_list(
        "Care given on the spot by whoever is with the child (medicine given, cream applied): its trigger is "
        "its amount")
    one_off_patterns: list[str] = optional_list(
        "A one-off piece of work: a referral, a plan, a set-up, a hand-over, an assessment, a fitting")
    ongoing_patterns: list[str] = optional_list(
        "Continuing care ('continue to monitor', 'ongoing', 'sessions'): it needs how often, whatever its date")


def _is_equipment(text: str, p: AmountParams) -> bool:
    return bool(p.equipment_patterns) and bool(search(p.equipment_patterns, text)) \
        and not _SERVICE_IN_EQUIPMENT.search(_SUPPLIER.sub(" ", text))


#: What a fully specified item of each kind says (the evidence message).
SPECIFIC = {
    "regular": "Specific: says who, what, how often and for how long.",
    "equipment": "Specific: says what equipment or supplies are provided and by whom.",
    "event": "Specific: says who, what and at which routine event it is given.",
    "on demand": "Specific: says who, what, what triggers it and how soon it is given.",
    "one-off": "Specific: a one-off piece of work that says who, what and by when.",
}


def amount_gap(text: str, p: AmountParams) -> tuple[str, str | None, str | None]:
    """The item's kind (a key of ``SPECIFIC``); what it lacks of its amount for that kind, as a
    phrase for "does not say ..." (None when the amount is pinned down); and a vague phrase
    standing in for the amount, if any."""
    if _is_equipment(text, p):
        return "equipment", None, None
    if search(p.frequency_patterns, text) or search(p.duration_patterns, text):
        return "regular", None, None
    if search(p.event_patterns, text):
        return "event", None, None
    trigger = search(p.trigger_patterns, text)
    if search(p.response_patterns, text) or (trigger and search(p.on_the_spot_patterns, text)):
        return "on demand", None, None
    one_off = bool(search(p.one_off_patterns, text)) and not search(p.ongoing_patterns, text)
    if one_off and dated(text, p.deadline_patterns):
        return "one-off", None, None
    m = search(p.vague_patterns, text)
    vague = m.group(0) if m else None
    if trigger:
        return "on demand", "how soon it is provided after what triggers it (a response time)", vague
    if one_off:
        return "one-off", "by when this one-off piece of work will be done (a date or deadline)", vague
    return "regular", (f"how often or for how long (only '{vague}')" if vague else "how often or for how long"), vague
