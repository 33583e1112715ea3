"""The rubric's settings for PR-OUTCOME-LINK (:mod:`ehcaudit.checks.outcome_link`): the areas of need, the
specific needs an auditor looks for one by one, and the thresholds and levels of the golden thread."""

from __future__ import annotations

from pydantic import Field

from ehcaudit.checks._params import CareParams
from ehcaudit.checks._prov_items import ItemRules
from ehcaudit.rubric.registry import Bands, optional_list


class NeedArea(CareParams):
    name: str = Field(description="Area of need, e.g. 'communication and interaction'")
    patterns: list[str] = Field(min_length=1, description="Words that place a need, outcome or provision in this area")


class NeedTopic(CareParams):
    name: str = Field(description="A specific need within an area, e.g. 'handwriting and fine motor skills'")
    need: list[str] = Field(min_length=1, description="Words that show this need in a sentence of B")
    provision: list[str] = Field(min_length=1, description="Words that show provision for it in F-H (or a sub-heading "
                                                           "over provision there: 'Sensory')")
    need_alone: bool = Field(False, description="These words show a need on their own ('mouths objects', 'seeks deep "
                                                "pressure'), without a word of difficulty in the sentence")
    outcome: list[str] = optional_list("Words that show an outcome in E on this topic, as an outcome words it ('will put on his coat "
                                       "and shoes', 'will walk 10 metres'): such an outcome is served by an item with the topic's "
                                       "provision words, however differently the two are worded")
    in_outcomes: bool = Field(False, description="An outcome in E on this topic ('travel alone by bus to college', 'cook "
                                                 "3 simple meals') also needs provision on it in F-H, even in a row whose "
                                                 "provision serves another outcome")


class OutcomeLinkParams(CareParams):
    items: ItemRules
    blank_patterns: list[str] = Field(description="Cells that say nothing ('TBC', 'n/a')")
    stop_words: list[str] = Field(description="Words too common to link an outcome to provision")
    min_shared: int = Field(2, ge=1, description="Content words an outcome and a provision item must share to link")
    specific_word_length: int = Field(99, ge=3, description="One shared content word at least this long links on its own")
    areas: list[NeedArea] = Field(min_length=1, description="Areas of need: an outcome and provision in the same area link")
    need_skip_patterns: list[str] = optional_list("Sentences in B that are not needs (strengths)")
    need_skip_location_patterns: list[str] = optional_list("Blocks in B (by location or sub-heading) that are not needs: the 'Strengths' box")
    min_outcome_words: int = Field(4, ge=1)
    min_pasted_words: int = Field(6, ge=1, description="Identical provision this long, repeated, counts as pasted")
    bands: Bands = Field(description="Share of outcomes and needs served by provision (0-1) -> level")
    pasted_level: int = Field(2, description="Highest level when identical provision is pasted against several outcomes")
    unmet_need_level: int | None = Field(None, description="Highest level when an area of need described in B has no "
                                                           "provision in F at all (a clear gap, as an auditor grades it)")
    no_outcomes_level: int = 1
    max_evidence: int = Field(3, ge=1)
    need_patterns: list[str] = optional_list("A sentence in B is a need when it says what the child finds hard "
                                          "(difficulty, cannot, delay, diagnosed...); a strength or a heading is not")
    named_provision_patterns: list[str] = optional_list("A need in B that names the provision or teaching it calls for ('the educational psychologist "
                    "recommends a structured reading intervention', 'he needs to learn safe routes'): the group "
                    "'what' is that provision, which F-H must provide (a shared content word), or the need is a "
                    "clear gap")
    topics: list[NeedTopic] = optional_list("Specific needs (handwriting, noise sensitivity, toileting, travel, reading) an auditor looks "
                    "for in F one by one: a need sentence in B on a topic with no provision on it in F-H is a clear "
                    "gap, even when other provision covers the same area")
    named_provision_end_patterns: list[str] = optional_list("Where the named provision's words end ('so that', 'because')")
    named_provision_generic_words: list[str] = optional_list("Words that do not say which provision is meant ('structured', "
                                          "'intervention', 'support'): a named provision of only these is not judged")
    unlinked_outcome_level: int | None = Field(
        None, description="When set, the level an outcome the wording heuristic cannot link brings (the auditor "
                          "confirms it) instead of the share of outcomes linked")
    empty_row_level: int | None = Field(None, description="Highest level when a national-template row has a need or "
                                                          "an outcome and an empty provision cell")
    none_provision_patterns: list[str] = optional_list("A provision cell saying there is none ('No provision is required in this "
                                                       "area'): the same words in several rows are not pasted provision")
    approach_need_patterns: list[str] = optional_list("A need in a B–F–E row of its own (no provision, no outcome) that says how the child must be "
                    "taught ('Needs tasks taught step by step and practised many times'): met by the provision in "
                    "the other rows of its area's table, not an empty row")
