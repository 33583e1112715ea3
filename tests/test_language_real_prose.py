"""Proofreading on real British public-sector prose (issue 14, item 3): findings of different
kinds never hide each other, public-sector words and places are not misspellings, and roman
numerals, modifier phrases and the noun "will" are read as such. The issue's examples are
tested in their exact wording."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from cli_inprocess import run_cli

from ehcaudit.language.harper_engine import HarperEngine, get_engine

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def engine() -> HarperEngine:
    return get_engine()


def counted(engine, text: str) -> list[tuple[str, str]]:
    return [(i.kind, i.text) for i in engine.check(text) if i.kind != "style"]


LONG = ("This prevents the achievement of a tell-it-once approach between staff completing these "
        "important cecks and places too great a reliance on parents and carers to share the results, "
        "rather than having in place effective information-sharing and joint working agreements.")


def test_a_misspelling_in_a_long_sentence_is_reported_beside_the_long_sentence_opinion(engine):
    issues = engine.check(LONG)
    assert [(i.kind, i.text) for i in issues if i.kind == "spelling"] == [("spelling", "cecks")]
    long = [i for i in issues if i.rule == "ehcaudit:long-sentence"]
    assert len(long) == 1 and long[0].message == "This sentence is 42 words long."


def test_the_issue_example_gives_a_spelling_finding_through_the_cli(tmp_path):
    # the issue's words: "… staff completing these important cecks and places too great a
    # reliance on parents …" gave 0 spelling findings. The CLI in this process (what is tested is
    # proofread's JSON, not a process: about 1.4 s of processor time less); the proofread
    # command runs in a real process (the installed entry point) in test_pipeline_offline
    plan = tmp_path / "letter.txt"
    plan.write_text(LONG + "\n", encoding="utf-8")
    out = run_cli("proofread", str(plan), "--format", "json")
    if out.returncode == 2 and "--format" in out.stderr:
        pytest.skip("proofread has no JSON output")
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    text = json.dumps(doc)
    assert "cecks" in text and '"spelling"' in text


def test_a_misspelling_under_a_grammar_or_capitalisation_finding_is_still_reported(engine):
    # a lower-case first word is a style opinion; the misspelling inside it is still spelling
    kinds = counted(engine, "Notes from the meeting\n pkanning and strategic development.")
    assert ("spelling", "pkanning") in kinds


@pytest.mark.parametrize("word", [
    "workstreams", "timeframe", "timeframes", "coproduced", "multiagency", "summative", "disclosable",
    "textphone", "scattergun",
])
def test_public_sector_vocabulary_is_not_misspelt(engine, word):
    assert counted(engine, f"The report mentions {word} twice.") == []
    assert counted(engine, f"{word[0].upper()}{word[1:]}: the report mentions it twice.") == []


@pytest.mark.parametrize("place", ["Chatham", "Medway", "Gillingham", "Rochdale", "Tameside", "Thurrock"])
def test_place_names_are_proper_nouns_even_at_the_start_of_a_sentence(engine, place):
    assert counted(engine, f"{place} has a new SEND strategy.") == []


def test_will_the_noun_is_not_a_modal_verb(engine):
    # the issue's words
    assert counted(engine, "a fresh sense of energy and will exists") == []
    assert counted(engine, "Since then, a fresh sense of energy and will exists across the area.") == []
    # the modal verb with the wrong form is still an error
    assert ("grammar", "will exists") in counted(engine, "He will exists.")


@pytest.mark.parametrize("text", [
    "- i. Children and young people's needs are identified accurately.",
    "v. Children and young people are valued, visible and included.",
    "RAG Rating i\tChildren and young people's needs are identified accurately.",
    "x) Leaders evaluate services and make improvements.",
])
def test_roman_numerals_numbering_a_list_are_not_errors(engine, text):
    assert counted(engine, text) == []


def test_a_lower_case_i_pronoun_is_still_an_error(engine):
    assert ("grammar", "i") in counted(engine, "Yesterday i went to the review.")


@pytest.mark.parametrize("text", [
    "Access to the range of clubs to help these children has been streamlined.",
    "The sharing of care plans and reports is not always timely.",
    "Co-production with children, young people, parents and carers is not always achieved.",
    "Progress to agree one accountable officer for children is too slow.",
    "The needs of the child are described in Section B.",
])
def test_agreement_reads_the_head_of_the_subject_not_the_nearest_noun(engine, text):
    assert counted(engine, text) == []


@pytest.mark.parametrize("text,err", [
    ("His targets is reviewed termly.", "is"),
    ("The twins was happy.", "was"),
    ("In Year 3 the children is happy.", "is"),
])
def test_agreement_errors_are_still_found(engine, text, err):
    assert ("grammar", err) in counted(engine, text)


def test_one_of_the_with_a_plural_compound_noun_is_correct(engine):
    assert counted(engine, "Kent has one of the largest child populations in the country.") == []


CORPUS = next((d / "shared" / "corpus" / "real-prose" for d in ROOT.parents
               if (d / "shared" / "corpus" / "real-prose").is_dir()), None)


@pytest.mark.slow
@pytest.mark.skipif(CORPUS is None, reason="../shared/corpus/real-prose is not beside this clone")
def test_real_public_sector_prose_is_near_silent_and_planted_errors_are_found(tmp_path, capsys):
    # the benchmark's main() in this process (it builds a grammar engine of its own, as its
    # script does): about 1 s of processor time less than starting Python for it
    out = tmp_path / "real-prose.json"
    spec = importlib.util.spec_from_file_location("real_prose", ROOT / "benchmarks" / "language" / "real_prose.py")
    assert spec is not None and spec.loader is not None
    real_prose = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(real_prose)
    code = real_prose.main(["--corpus", str(CORPUS), "--plants", "60", "--out", str(out)])
    run = capsys.readouterr()
    assert code == 0, run.err
    summary = json.loads(out.read_text(encoding="utf-8"))["summary"]
    assert summary["per_1000_words"] <= 1.0, run.out
    assert summary["recall"]["slip"]["pct"] >= 97, run.out
    if summary["codespell_available"]:
        assert summary["recall"]["codespell"]["pct"] >= 97, run.out
    assert summary["recall"]["long sentence"]["found"] == summary["recall"]["long sentence"]["planted"]


@pytest.mark.parametrize("text", [
    "Visit www.ipsea.org.uk.",
    "Visit www.severnmarchespcf.org.uk. The forum meets monthly.",
    "E-mail send.team@severnmarches.gov.uk for help.",
    "See https://www.gov.uk/ofsted for more.",
])
def test_web_and_email_addresses_are_not_proofread(engine, text):
    assert counted(engine, text) == []


def test_derived_words_with_a_common_prefix_are_not_misspellings_but_slips_still_are(engine):
    assert counted(engine, "The next full reinspection will be within three years.") == []
    assert counted(engine, "A semiformal curriculum suits him.") == []
    assert ("spelling", "reinspecton") in counted(engine, "The reinspecton is next year.")
    assert ("spelling", "disposses") in counted(engine, "Staff disposses the room.")


def test_each_of_after_a_preposition_does_not_decide_the_verb(engine):
    assert counted(engine, "Partnerships in each of the county's five localities are intended to help.") == []
    assert ("grammar", "are") in counted(engine, "Each of the pupils are here.")


def test_british_double_l_forms_are_correct(engine):
    assert counted(engine, "A fulfilling life; the targets were fulfilled.") == []


@pytest.mark.parametrize("text", [
    "(a) apologise in writing to Mrs X and Y for the fault.",
    "The kinds of special educational needs we provide for",
    "We will offer you advice while you wait.",
    "A quiet room and free crèche will be available; our priority is oracy.",
])
def test_third_blind_round_classes_are_silent(engine, text):
    assert counted(engine, text) == []


def test_articles_and_advice_errors_are_still_found(engine):
    assert ("grammar", "a") in counted(engine, "He wants a apple.")
    assert ("grammar", "advice") in counted(engine, "I advice you to wait.")


# -- fourth blind round (prose-heldout-11): finance and statistics words, "of itself", "to affect"

@pytest.mark.parametrize("word", [
    # the issue's four
    "recoupment", "disapplication", "taskforce", "quintile",
    # the rest of the family: high-needs finance, commissioning, statistics, governance
    "disapply", "disapplied", "virement", "virements", "hypothecated", "unbudgeted", "underspending",
    "clawback", "deflator", "apportionments", "academisation", "insourcing", "tenderers", "deciles",
    "terciles", "disaggregated", "quoracy", "accountabilities",
])
def test_finance_statistics_and_governance_words_are_not_misspelt(engine, word):
    assert counted(engine, f"The board paper mentions {word} twice.") == []
    assert counted(engine, f"{word[0].upper()}{word[1:]}: the board paper mentions it twice.") == []


def test_the_issue_examples_of_public_sector_words_are_silent(engine):
    assert counted(engine, "The allocation is £58.3 million after recoupment and the agreed block transfer.") == []
    assert counted(engine, "It requires a disapplication of the relevant regulations by the Secretary of State.") == []
    assert counted(engine, "NHS England established a national ADHD taskforce in 2024.") == []
    assert counted(engine, "Children living in the most deprived quintile of the population are under-represented.") == []


def test_misspellings_of_the_new_words_are_still_found(engine):
    for slip in ("recoupmnet", "disaplication", "quintle", "virment"):
        assert ("spelling", slip) in counted(engine, f"The report mentions {slip} twice."), slip


@pytest.mark.parametrize("text", [
    "although it would not of itself create any liability for the council",  # the issue's words
    "The delay could of itself cause distress.",
    "Such a transfer would of necessity need the forum's agreement.",
    "Nothing should of any kind be promised before the panel.",
    "The council must of course consult the forum.",
    "She might of her own accord ask to join the group.",
])
def test_of_opening_a_prepositional_phrase_after_a_modal_is_not_could_of(engine, text):
    assert counted(engine, text) == []


@pytest.mark.parametrize("text,err", [
    ("He could of finished it.", "could of"),
    ("The review should of been held in May.", "should of"),
    ("She wouldn't of known about it.", "wouldn't of"),
    ("The school would not of noticed sooner.", "of"),
    ("Staff might of already left.", "might of"),
])
def test_could_of_before_a_participle_is_still_an_error(engine, text, err):
    assert ("grammar", err) in counted(engine, text)


def test_the_modal_of_pattern_skips_exactly_the_listed_phrase_openers():
    from ehcaudit.language.harper_rules import words
    from ehcaudit.language.patterns import load_patterns

    modal_of = next(p for p in load_patterns() if p.id == "modal-of")
    for word in sorted(words("of_phrase_openers")):
        assert modal_of.issues(f"It would not of {word} matter.") == [], word
    assert modal_of.issues("It would not of mattered.")


@pytest.mark.parametrize("text", [
    "the proposals are likely to affect disabled children and young people directly",  # the issue's words
    "The reduction is expected to affect older pupils.",
    "Delays are unlikely to affect younger learners.",
    "The service used to advise families by letter.",
    "We want to believe young people when they tell us.",
])
def test_the_verb_after_an_infinitive_to_is_not_a_noun_verb_confusion(engine, text):
    assert counted(engine, text) == []


@pytest.mark.parametrize("text,err", [
    ("The cuts had a negative affect on waiting times.", "affect"),
    ("The change is likely to affects disabled pupils.", "affects"),
    ("I advice you to wait.", "advice"),
    ("How to advice a family.", "advice"),
])
def test_noun_verb_confusions_are_still_found(engine, text, err):
    assert ("grammar", err) in counted(engine, text)


# -- sixth blind round (prose-heldout-13): "their" after a preposition, a number in "one of the
# five ...", an irregular past after a pronoun, assessment and equality-duty words

@pytest.mark.parametrize("text", [
    "Early support has a lasting influence on their later progress at school.",
    "Parents spoke with pride about their younger children.",
    "The team worked alongside their newly qualified colleagues.",
    "Pupils were consulted throughout their final year.",
])
def test_their_after_a_preposition_is_the_possessive(engine, text):
    assert counted(engine, text) == []


@pytest.mark.parametrize("text", [
    "The strategy is one of the four priorities agreed by the board.",
    "Our school is one of the three schools in the trust.",
    "She was one of the 12 parents who replied.",
    "It is one of several projects funded this year.",
])
def test_a_number_after_one_of_the_is_no_singular_noun(engine, text):
    assert counted(engine, text) == []


@pytest.mark.parametrize("text", [
    "When the group grew noisy, he withdrew to the library.",
    "She undertook the assessment in two sessions.",
    "They foresaw the pressure on places and planned for it.",
    "The meeting overran, so he left early.",
])
def test_an_irregular_past_after_a_pronoun_agrees(engine, text):
    assert counted(engine, text) == []


@pytest.mark.parametrize("text,err", [
    ("They withdraws from the group when it is noisy.", "withdraws"),
    ("It is one of the best school in the county.", "school"),
    ("Their going to the meeting on Friday.", "Their"),
])
def test_agreement_singular_and_their_errors_are_still_found(engine, text, err):
    assert ("grammar", err) in counted(engine, text)


@pytest.mark.parametrize("word", ["normed", "norming", "stanines", "subtests", "psychometrics", "Equalities"])
def test_assessment_and_equality_duty_words_are_not_misspelt(engine, word):
    assert counted(engine, f"The report describes {word} in detail.") == []


def test_the_word_lists_are_read_through_one_accessor_that_rejects_unknown_names():
    from ehcaudit.language.harper_rules import words

    assert "withdrew" not in words("irregular_pasts") and "drew" in words("irregular_pasts")
    assert {"on", "in"} <= words("their_prepositions")  # quoted in the YAML: never read as booleans
    with pytest.raises(KeyError):
        words("no_such_list")  # type: ignore[arg-type]


# -- seventh blind round (prose-heldout-14): "each" before a period of time, "how" opening an
# indirect question, the continence service's and stoma nurse's words

@pytest.mark.parametrize("text", [
    "The allowance is up to 4 products in each 24 hours.",  # the corpus's own wording
    "The care plan is reviewed each 12 months by the nurse.",
    "Rescue medication may be given twice in each 24-hour period.",
    "Families are contacted each two weeks while the referral is open.",
])
def test_each_before_a_period_of_time_is_no_quantifier_clash(engine, text):
    assert counted(engine, text) == []


@pytest.mark.parametrize("text", [
    "The school did not record how progress against the previous term's targets had been measured.",
    "Parents asked how the new arrangements would be reviewed.",
    "We explained how transport for post-16 students is arranged.",
    "The panel considered how far the setting could meet her needs.",
])
def test_how_opening_an_indirect_question_needs_no_to(engine, text):
    assert counted(engine, text) == []


@pytest.mark.parametrize("text,err", [
    ("Each 3 children will share a laptop.", "Each"),
    ("Staff will learn how use the hoist.", "how"),
    ("I know how swim, but not well.", "how"),
])
def test_each_before_a_plural_and_how_without_to_are_still_errors(engine, text, err):
    assert ("grammar", err) in counted(engine, text)


@pytest.mark.parametrize("word", ["bedwetting", "overgranulation", "hypergranulation", "nocturia", "urodynamics",
                                  "disimpaction", "Mitrofanoff", "nephrostomy"])
def test_continence_and_stoma_words_are_not_misspelt(engine, word):
    assert counted(engine, f"The nurse explained {word} to the family.") == []
