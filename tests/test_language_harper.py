"""The offline Harper engine: configuration for UK public-sector writing, vocabulary, names,
the spelling/grammar/style table, grammar patterns, batching and the one-per-process linter."""

from __future__ import annotations

from pathlib import Path

import pytest

from ehcaudit.language.harper_engine import (
    HarperEngine,
    get_engine,
    parse_vocabulary,
    rule_table,
)
from ehcaudit.language.patterns import load_patterns, pattern_issues

PROSE = Path(__file__).resolve().parents[1] / "benchmarks" / "language" / "data" / "prose"


@pytest.fixture(scope="module")
def engine() -> HarperEngine:
    return get_engine()


def counted(engine, text: str) -> list[tuple[str, str]]:
    return [(i.kind, i.text) for i in engine.check(text) if i.kind != "style"]


def test_one_engine_per_process(engine):
    assert get_engine() is engine


def test_send_vocabulary_acronyms_codes_and_dates_are_not_errors(engine):
    text = ("The SENCo, the CAMHS practitioner and the SALT team met on 12/03/2026 at 10:30am (ref T-001, "
            "KS2, Section H1). Makaton, PECS, TEACCH, Lego-based therapy, Attention Autism, co-production "
            "and wellbeing are in her plan; the SENDIASS officer and the EHCNA panel agreed. See https://www.gov.uk/x.")
    assert counted(engine, text) == []


def test_names_pseudonyms_and_places_are_not_spelling_errors(engine):
    texts = ["Oluwaseun and Precious told the meeting that Tadhg has settled well.",
             "Tadhg walks to school in Llandudno with Niamh and Kacper.",
             "Zainab Hussain, class teacher",
             "Mihai, Yusuf and Keeley are his closest friends.",
             "Amara's parents describe her as kind."]
    found = [(i.kind, i.text) for r in engine.check_many(texts) for i in r if i.kind != "style"]
    assert found == []
    # on its own, a name at the start of a sentence with no other evidence still counts as a name
    # when it is possessive or followed by another name
    assert counted(engine, "Oluwaseun Adebayo, father") == []
    # ... or when it is a known first name, even once and alone ("Aiden" is not a misspelling)
    assert counted(engine, "Aiden concentrates better in the morning.") == []
    assert counted(engine, "Freya enjoys swimming with her sister.") == []
    # names in any alphabet's capitals: "Tomás Ó Briain" is a name followed by a name
    assert counted(engine, "Tomás Ó Briain, Parent Carer Forum, attended.") == []


def test_clinical_words_and_list_fragments_are_not_errors(engine):
    assert ("grammar", "a") in counted(engine, "He needs a apple.")  # the article check still works
    assert ("spelling", "recieve") in counted(engine, 'Mum said he will recieve "extra help" soon.')  # outside quotes
    texts = ["Weight: 21.6 kg (25th centile)", "Features of childhood apraxia of speech.",
             "A videofluoroscopy showed she can manage puréed food.",
             "- Mr Liam Doherty, SEND Case Officer, Stockport LA",
             "6 sessions of 1:1 therapy each term, each lasting 45 minutes.",
             "Direct payments under section 17A of the Children Act 1989.",
             'He learnt the split digraph "a-e" quickly.',
             "The gap between Bao and his peers has widened.",
             "Our SEND co-ordinator, Mrs Santos, co-ordinated the review.",
             "She spelt it correctly, learnt the rule and leant on the wall; he spoilt nothing.",
             "Give him a chewable pendant; employability sessions start in May.",
             "The SENCo is Mr Daniel Osei-Bonsu.", "Name: Oluwaseun (Seun) Adeyemi",
             'If he says "him runned", reply "Yes, he ran fast!"; "spoon" becomes "poon".',
             "An Urdu interpreter was present; the DEAP showed a moderate sensorineural loss.",
             "To find out more, see the anonymised case. Glucose below 4.0 mmol/L needs treatment.",
             "Only one of your three telephone calls was returned."]
    assert [(i.kind, i.text) for r in engine.check_many(texts) for i in r if i.kind != "style"] == []


def test_misspellings_are_found_wherever_they_are(engine):
    assert ("spelling", "recieve") in counted(engine, "Jade will recieve help each day.")
    assert ("spelling", "Recieve") in counted(engine, "Recieve the report before the meeting.")
    assert ("spelling", "Assement") in counted(engine, "Assement was completed in March.")
    (issue,) = [i for i in engine.check("She will seperate the tasks.") if i.kind == "spelling"]
    assert issue.suggestions[0] == "separate" and issue.rule == "harper:SpellCheck"
    assert issue.text == "She will seperate the tasks."[issue.start:issue.end]


def test_grammar_errors_and_style_opinions_are_kept_apart(engine):
    assert ("grammar", "don't") in counted(engine, "He don't like loud noises.")
    assert ("grammar", "a") in counted(engine, "She will have a individual plan.")
    assert ("grammar", "the the") in counted(engine, "She goes to the the club.")
    assert ("grammar", "was") in counted(engine, "His parents was at the review.")
    # the Oxford comma is never asked for; long sentences are style, not grammar
    assert engine.check("Jade likes swimming, drawing and cooking.") == []
    long = ("Rhys likes football, and his parents, his teacher and his grandmother all say that he is kind, "
            "thoughtful and hard-working, and that he is always the first to offer help to a younger child "
            "who is upset or who is finding it difficult to join in a game at break time.")
    assert counted(engine, long) == []


def test_unfilled_template_fields_are_not_proofread(engine):
    text = "Professionals: {{ other_professionals_involved_with_this_childyoung_personfamily }}, «Nme» and recieve."
    assert [(i.kind, i.text) for i in engine.check(text)] == [("spelling", "recieve")]


def test_check_many_matches_check_and_blocks_do_not_bleed(engine):
    texts = ["We went to the", "the shop with Jade.", "", "He recieve help."]
    many = engine.check_many(texts)
    assert many == [engine.check(t) for t in texts]
    assert not [i for r in many[:3] for i in r if i.kind != "style"]  # no 'the the' across two blocks
    assert [i.text for i in many[3] if i.kind == "spelling"] == ["recieve"]


def test_rule_table_is_data_and_complete():
    kinds, rules = rule_table()
    assert rules["OxfordComma"] == "off" and rules["SpellCheck"] == "spelling"
    assert rules["LongSentences"] == "style" and kinds["Agreement"] == "grammar"
    assert set(kinds.values()) | set(rules.values()) <= {"spelling", "grammar", "style", "off"}


def test_vocabulary_file_format():
    words = parse_vocabulary("# comment\nSENCo\n\nZones of Regulation  # a phrase\n")
    assert "SENCo" in words and "SENCo's" in words and "SENCos" in words
    assert {"Zones", "of", "Regulation"} <= set(words) and "comment" not in words


def test_user_vocabulary_from_the_environment(tmp_path, monkeypatch):
    vocab = tmp_path / "local.txt"
    vocab.write_text("blorbington\n", encoding="utf-8")
    monkeypatch.setenv("EHCAUDIT_VOCABULARY", str(vocab))
    eng = get_engine()
    assert counted(eng, "The blorbington group meets weekly.") == []


def test_grammar_patterns_compile_and_each_has_a_message():
    pats = load_patterns()
    assert len(pats) >= 20 and all(p.message and p.id for p in pats)
    (i,) = pattern_issues("The plan should of been amended.")
    assert (i.text, i.suggestions, i.rule) == ("of", ("have",), "ehcaudit:modal-of")
    (i,) = pattern_issues("Its important that he eats.")
    assert i.suggestions == ("It's",)
    assert pattern_issues("If he were taller. Did she go? What is it like to be nine?") == []


@pytest.mark.parametrize("path", sorted(PROSE.glob("*.txt")), ids=lambda p: p.name)
def test_no_spelling_or_grammar_findings_on_good_british_prose(engine, path):
    paras = [p for p in path.read_text(encoding="utf-8").splitlines() if p.strip()]
    found = [(p[max(0, i.start - 30):i.end + 30], i.rule) for p, r in zip(paras, engine.check_many(paras), strict=True)
             for i in r if i.kind != "style"]
    assert found == []


def test_national_template_wording_raises_no_style_opinion(engine):
    # the statutory headings: "health care" (not "healthcare"), "SEN or disability" (not "Senor")
    heading = "Section C: The child or young person\u2019s health care needs which relate to their SEN or disability"
    assert engine.check(heading) == []


def test_a_cell_of_several_lines_is_not_one_long_sentence(engine):
    lines = "\n".join(f"Advice {i} \u2013 Dr A Clark, Educational Psychologist, 08/04/2022" for i in range(6))
    assert not [i for i in engine.check(lines) if i.rule == "ehcaudit:long-sentence"]
    one_line = ("Because the class teacher, the teaching assistant, the speech and language therapist and "
                "the family all agreed at the review that Amara needs more time to process spoken language, "
                "the school will give her visual prompts in every lesson and check her understanding often.")
    assert [i.kind for i in engine.check(one_line) if i.rule == "ehcaudit:long-sentence"] == ["style"]


def test_letters_glued_to_a_number_are_not_misspellings(engine):
    text = "I play in goal for the under-15s on Sunday mornings, in the 1990s style."
    assert [i for i in engine.check(text) if i.kind == "spelling"] == []
    assert [i.text for i in engine.check("He will recieve 15s on Sunday.") if i.kind == "spelling"] == ["recieve"]


def test_a_letter_typed_twice_is_a_slip_even_where_harper_splits_it(engine):
    """Harper offers "tow wards" for "towwards", which reads like a stem and a suffix; one letter
    too many making a known word is the likelier reading (a typing slip), while real derivations
    with a suffix and words that only add an "s" stay quiet."""
    issues = engine.check("The outcomes he can work towwards are set out in Section E.")
    assert [(i.text, i.suggestions[:1]) for i in issues if i.kind == "spelling"] == [("towwards", ("towards",))]
    assert "one letter too many" in issues[0].message
    quiet = engine.check("He walks homewards; a chewable pendant; employability sessions start soon.")
    assert [i.text for i in quiet if i.kind == "spelling"] == []
