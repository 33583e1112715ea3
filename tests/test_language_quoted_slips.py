"""LG-SPELLING inside quotation marks (prose-heldout-15, session 17).

Words in double quotation marks are someone else's, recorded as said or written: their grammar,
their dialect and a child's own spelling of a word are not the writer's errors. But a quoted
sentence is typed by the writer, and a lower-case word in it that is one slip (a letter added,
dropped, changed or swapped) from a word the dictionary knows is the writer's typing slip. Every
blind public-sector corpus's missed plants (texts 9-14) were of that kind ("as clever as ather
children"), so the class is: slips in quoted sentences are reported; short quotations (a sound, a
word, a name) and capitalised words in quotations stay as the speaker's.
"""

from __future__ import annotations

import pytest

from ehcaudit.language.harper_engine import HarperEngine, get_engine


@pytest.fixture(scope="module")
def engine() -> HarperEngine:
    return get_engine()


def _spelling(engine: HarperEngine, text: str) -> list[str]:
    return [i.text for i in engine.check(text) if i.kind == "spelling"]


@pytest.mark.parametrize(("text", "slip"), [
    ('Asked about lunchtimes, Oskar said "the hall is too loud and I cant hear my freind".', "freind"),
    ('She told her key worker, "I like it when we do paintng at the big table."', "paintng"),
    ("Dad said, “He sleeps better since the new bedtime routnie started.”", "routnie"),
    ('The leaflet "Your rights at a tribunal: a guide for famliies" was sent with the letter.', "famliies"),
    ('He says that "evreyone is kind in my new class" and he wants to stay there.', "evreyone"),
])
def test_a_slip_in_a_quoted_sentence_is_the_writers(engine, text, slip):
    assert slip in _spelling(engine, text)


@pytest.mark.parametrize("text", [
    'He wrote "teh" and "woz" in his diary, and reversed his b and d.',  # a child's own spellings
    'She calls the dog "Bobo" and says "nom nom" at snack time.',  # short: sounds and names
    'Kacper said "my babcia makes pierogi every Sunday and I help".',  # home-language words known
    'Jay said "me and him goed to the park and it were proper mint".',  # his grammar, his dialect
    'Mum said "he dunno how to say it, he just gets wound up, innit".',  # dialect words are words
    'Ruby said "I want to see Nanna Dot and Grandad Stan at Easter".',  # names stay names
])
def test_the_speakers_own_words_are_not_proofread(engine, text):
    assert [i.text for i in engine.check(text) if i.kind != "style"] == []


def test_outside_a_quotation_nothing_changes(engine):
    assert "freind" in _spelling(engine, "Oskar cannot hear his freind in the hall.")
