"""The plan model: what the reader produces and the rubric engine consumes.

Data flows one way: file -> reader -> :class:`Plan` -> rubric engine -> results.
Nothing here knows about .docx or rubrics; it is plain, JSON-serialisable data.

Every piece of text in a plan is a :class:`Block` (a paragraph, list item, table cell or
heading) with a human-findable ``location`` ("Section F, paragraph 3",
"Section K, table row 4") and ``para_ids`` that let writers (Word feedback) find the
same paragraphs again in the original file.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, Field

#: The twelve section codes of an EHC plan, in the statutory order.
SECTION_CODES: tuple[str, ...] = ("A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K")

#: Plain titles, used in reports and to recognise title-only headings.
SECTION_TITLES: dict[str, str] = {
    "A": "Views, interests and aspirations",
    "B": "Special educational needs",
    "C": "Health needs",
    "D": "Social care needs",
    "E": "Outcomes",
    "F": "Special educational provision",
    "G": "Health provision",
    "H1": "Social care provision (CSDPA 1970 section 2)",
    "H2": "Other social care provision",
    "I": "Placement",
    "J": "Personal budget",
    "K": "Advice and information",
}

BlockKind = Literal["heading", "paragraph", "list_item", "table_cell"]

AdviceKind = Literal[
    "parent_young_person",
    "educational",
    "health",
    "psychological",
    "social_care",
    "preparing_for_adulthood",
    "other",
]


class Block(BaseModel):
    """One unit of text with a location a person can find."""

    id: int = Field(description="Index of this block in Plan.blocks")
    kind: BlockKind
    text: str
    section: str | None = Field(None, description="Section code (A..K) or None for front matter")
    subsection: str | None = Field(None, description="Sub-heading within the section, e.g. 'A2 Views' or an area of need")
    location: str = Field(description="Where a person finds it: 'Section F, paragraph 3'")
    para_ids: list[int] = Field(
        default_factory=list,
        description="Document-order indexes of the w:p elements (docx) or lines (text) that make up this block",
    )
    box: str | None = Field(None, description="The label of the template box or row the text sits under "
                                              "('Strengths', 'Aspirations'), as the reader found it")
    table: int | None = Field(None, description="Document-order table index for table cells")
    row: int | None = None
    col: int | None = None


class Section(BaseModel):
    code: str
    title: str
    found: bool = False
    heading: str | None = Field(None, description="The heading text the reader recognised")
    block_ids: list[int] = Field(default_factory=list)
    words: int = 0


class ThreadRow(BaseModel):
    """One need -> provision -> outcome row (the 'golden thread').

    Explicit in the national template's combined tables (B|F|E, C|G|E, D|H1|H2|E).
    """

    table: str = Field(description="Which combined table: 'BFE', 'CGE' or 'DHHE'")
    area: str | None = Field(None, description="Area of need heading, e.g. 'Communication and interaction'")
    row: int
    need: list[int] = Field(default_factory=list, description="Block ids of the need cell (B, C or D)")
    provision: list[int] = Field(default_factory=list, description="Block ids of provision cells (F, G, H1, H2)")
    outcome: list[int] = Field(default_factory=list, description="Block ids of the outcome cell (E)")


class AdviceItem(BaseModel):
    """One item of advice and information listed in Section K."""

    kind: AdviceKind
    title: str = Field(description="The advice as written, e.g. 'Educational psychology advice'")
    author: str | None = Field(None, description="Who gave it (person and/or role/service)")
    date: dt.date | None = None
    date_text: str | None = Field(None, description="The date as written")
    block_id: int = Field(description="Block holding the item (a K table row's first cell or a K paragraph)")
    location: str
    quote: str = Field(description="The item's full text as it stands in the plan")


class FrontMatter(BaseModel):
    reference: str | None = None
    year_group: int | None = Field(None, description="National Curriculum year (R = 0)")
    age: int | None = None
    date_issued: dt.date | None = None
    last_review: dt.date | None = None
    team: str | None = None
    caseworker: str | None = None
    known_as: str | None = Field(None, description="Pseudonym / preferred name the plan uses for the child")
    born: dt.date | None = Field(None, description="Date of birth as written (month and year at least), for the year group")
    fields: dict[str, str] = Field(default_factory=dict, description="Every label: value pair found")

    def year_on(self, on: dt.date) -> int | None:
        """National Curriculum year (Reception = 0): as stated, else from the date of birth as of
        ``on`` (school years start on 1 September), else from the age (5 at 1 September: Year 1)."""
        if self.year_group is not None:
            return self.year_group
        if self.born is not None and on > self.born:
            cohort = self.born.year if self.born.month >= 9 else self.born.year - 1
            school_year = on.year if on.month >= 9 else on.year - 1
            return max(0, min(14, school_year - cohort - 5))
        if self.age is not None:
            return max(0, self.age - 5)
        return None


class OutsideText(BaseModel):
    """Text outside the plan's body (page header, comment, tracked deletion, document property...).

    For the privacy check only: no rubric check reads it, and it is never serialised.
    """

    part: str = Field(description="Where a person finds it: 'Page header', 'Comment 3', 'Document properties: author'")
    text: str
    is_name: bool = Field(False, description="The whole text is a person's name field (an author)")


class Plan(BaseModel):
    plan_id: str
    source: str
    sha256: str
    format: Literal["docx", "pdf", "txt", "md"]
    front: FrontMatter = Field(default_factory=FrontMatter)
    blocks: list[Block] = Field(default_factory=list)
    sections: dict[str, Section] = Field(default_factory=dict)
    threads: list[ThreadRow] = Field(default_factory=list)
    advice: list[AdviceItem] = Field(default_factory=list)
    words: int = 0
    #: Text outside the body, for :func:`ehcaudit.privacy.scan_plan` only (see reader/parts.py).
    outside: list[OutsideText] = Field(default_factory=list, exclude=True)

    # -- convenience accessors used by checks ---------------------------------------
    def section(self, code: str) -> Section:
        return self.sections.get(code) or Section(code=code, title=SECTION_TITLES.get(code, code))

    def found(self, code: str) -> bool:
        return self.section(code).found

    def blocks_in(self, *codes: str, include_headings: bool = False) -> list[Block]:
        out: list[Block] = []
        for code in codes:
            for bid in self.section(code).block_ids:
                b = self.blocks[bid]
                if include_headings or b.kind != "heading":
                    out.append(b)
        return out

    def text_of(self, *codes: str) -> str:
        return "\n".join(b.text for b in self.blocks_in(*codes))
