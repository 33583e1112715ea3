"""The parameters of both cross-plan checks, and their defaults."""

from __future__ import annotations

from pydantic import BaseModel, Field


class CrossPlanSettings(BaseModel):
    """Parameters of both cross-plan checks (the defaults are in :data:`DEFAULTS`)."""

    model_config = {"extra": "forbid", "frozen": True}

    min_words: int = Field(10, description="A sentence shorter than this (in words, after "
                           "normalising) is a stock phrase, or short enough to coincide by "
                           "chance ('Sam is 12 and lives with his family.'), and is never "
                           "reported as copy-paste")
    overlap_min_words: int = Field(3, description="Shorter sentences are not even hashed")
    text_chars: int = Field(200, description="Reportable sentences keep at most this much "
                            "(masked) text in the fingerprint")
    sections: tuple[str, ...] = Field(
        ("A", "B", "C", "D", "E", "F", "G", "H1", "H2"),
        description="Sections whose sentences are compared. Front matter, I (placement), "
        "J (personal budget) and K (advice list) are records, not descriptions of the child")
    fold_pronouns: bool = Field(True, description="Treat he/she, his/her/him, himself/herself "
                                "alike when comparing sentences")
    require_child_reference: bool = Field(
        False, description="Only sentences naming the plan's child or using he/she/his/her/him "
        "can be copy-paste. Off by default: a description pasted between children's plans is "
        "copy-paste whether or not it names anyone ('The first signs of rising anxiety are "
        "usually chewing the cuff of a jumper ...'); administrative and template wording is "
        "told apart by its words and by what the month's plans share (see boilerplate)")
    boilerplate: bool = Field(
        True, description="A sentence that does not refer to the child and holds an "
        "administrative word (plan, section, local authority, service, signed, advice ...: "
        "ehcaudit/data/crossplan-boilerplate.yaml) is a statement or sign-off, never copy-paste; "
        "nor is the national template's own text listed there")
    min_plans: int = Field(2, description="Report a sentence found in at least this many "
                           "different children's plans")
    template_share: float = Field(0.8, description="A sentence in at least this share of the "
                                  "month's children is template text, not copy-paste ...")
    template_min_plans: int = Field(5, description="... when the month has at least this many "
                                    "children (with fewer, the share says nothing)")
    same_child_overlap: float = Field(0.8, description="Two plans with the same child's name "
                                      "sharing at least this share of sentences (Jaccard) are "
                                      "the same child's plan (re-issued), not two children")
    template_sentences: tuple[str, ...] = Field(
        (), description="Known template text: sentences never reported, compared after "
        "normalising like plan text; write the child's name as <child>")


DEFAULTS = CrossPlanSettings()
