"""Person-centred outcomes and the golden thread (issue 14): each class an auditor judges, with a
new sentence written for the test and the validity set's own sentence that showed the class.

PC-SMART, PC-ASPIRATION-LINK, PC-ASPIRATIONS, PC-VOICE, PC-STRENGTHS, PC-PFA,
PC-OUTCOME-NOT-PROVISION, HC-OUTCOMES and HC-NEEDS-MET.
"""

from __future__ import annotations

import datetime as dt

import care_builder
import pytest
from packaged_rubric import RUBRIC

from ehcaudit.checks.person_centred import is_outcome, outcome_text
from ehcaudit.clauses import is_statement
from ehcaudit.model import FrontMatter
from ehcaudit.rubric.engine import run_criterion

AS_OF = dt.date(2026, 12, 1)
GREEN = next(i for i, lv in enumerate(RUBRIC.scale, start=1) if lv.rag == "green")


def run(plan, cid):
    return run_criterion(plan, RUBRIC, RUBRIC.criterion(cid), AS_OF, cache={})


def flagged(res) -> bool:
    return res.applicable and res.level < GREEN


def issues(res) -> list[str]:
    return [f.quote or f.message for f in res.findings if f.kind == "issue"]


GOOD = "By July 2027, Ali will read 40 high-frequency words correctly, checked by his teacher each half-term."


# -- PC-SMART: headings, numbers and notes are not outcomes ------------------------------------------

@pytest.mark.parametrize("line", [
    "Outcomes for the end of Year 7 (July 2027)",                                    # set D, d105
    "E3 Independence and wellbeing (Preparing for adulthood: independent living, good health)",  # d201
    "1, 2, 4, 5",                                                                     # d208
    "See cognition and learning and sensory and physical outcomes.",                  # d206
    "Outcomes are numbered by area. Each is to be reviewed at the annual review.",    # d201
    "Targets for the summer term (April 2027)",                                       # new
    "See the communication outcome above.",                                           # new
])
def test_headings_notes_and_cross_references_are_not_outcomes(line):
    assert not is_outcome(line)


@pytest.mark.parametrize("line", [GOOD, "To travel to college on the bus on her own by July 2027."])
def test_outcomes_are_outcomes(line):
    assert is_outcome(line)
    assert is_statement(line)


def test_an_outcome_number_is_not_a_measure():
    # set D, d210: "1." was read as a count
    d210 = ("1. By the end of Year 9 (July 2027), Tyler will have better relationships with adults in school "
            "and will feel more settled in lessons.")
    new = "E2.1 By March 2027, Maya will feel happier at breaktimes and get on better with others."
    for text in (d210, new):
        assert outcome_text(text)[0] in "BM"
        res = run(care_builder.build({"E": [f"- {text}", f"- {GOOD}"]}), "PC-SMART")
        assert flagged(res), text
        assert any("measured" in f.message for f in res.findings if f.kind == "issue")


def test_a_date_in_the_outcome_heading_makes_it_time_bound():
    # set D, d207: "Short-term steps (by March 2027)" over "E1.2 Ethan will contribute at least one idea..."
    plan = care_builder.build({"E": [
        "- E1.2 Ethan will contribute at least one idea in each timetabled group project session, recorded by "
        "his lecturer on a weekly log.",
        "- Noor will pack her own school bag from a picture list on 4 mornings out of 5, recorded by her TA."]})
    for b in plan.blocks:
        if b.section == "E" and b.kind == "list_item":
            plan.blocks[b.id] = b.model_copy(update={"subsection": "Short-term steps (by March 2027)"})
    assert not flagged(run(plan, "PC-SMART"))


def test_a_heading_with_a_date_over_all_the_outcomes_times_them():
    plan = care_builder.build({"E": ["Outcomes for the end of Year 7 (July 2027)",
                                     "- Zac will write a paragraph of 5 sentences with full stops, checked by his "
                                     "English teacher."]})
    assert not flagged(run(plan, "PC-SMART"))


@pytest.mark.parametrize("outcome", [
    # a criterion of consistency or quality
    "By March 2027, Tyler will tell an adult if he has not had his morning medicine, on every occasion, so that "
    "staff can contact home.",                                                        # set C, p02
    "By June 2027, Rosa will cross the road at the pelican crossing safely with her mentor.",  # new
    # a count of zero
    "Within 12 months, Finn will have no suspensions and will keep his place in the cycling club.",  # set C, p19
    "By July 2027, Dev will finish the spring term with no detentions for lateness.",  # new
    # a piece of work judged against listed features
    "Within 12 months, Mateo will retell a short story about football or dragons using a story map, with a "
    "beginning, middle and end.",                                                     # set C, p16
    "By July 2027, Ola will write a letter to her grandad with a greeting, three news items and a sign-off.",  # new
    # a one-off event the child brings about
    "By July 2027, Jayden will choose his GCSE and vocational options, including art or media, with his careers "
    "adviser.",                                                                       # set B, p09
    "By July 2026, Esme will book and attend her own eye clinic appointment and explain her sun protection "
    "routine to her tutor.",                                                          # set D, d110
    "By May 2027, Callum will apply for a place on the college taster course in motor vehicle studies.",  # new
])
def test_measures_an_auditor_accepts(outcome):
    assert not flagged(run(care_builder.build({"E": [f"- {outcome}"]}), "PC-SMART")), outcome


def test_vague_outcomes_still_fail_smart():
    for text in ("By July 2027, Jade will be happier and more settled in school.",
                 "By Easter 2027, Omar will have better friendships at school.",
                 "By July 2027, Sara will write a story with her friends and her teacher."):  # no listed features
        assert flagged(run(care_builder.build({"E": [f"- {text}"]}), "PC-SMART")), text


# -- PC-OUTCOME-NOT-PROVISION: none of something, and a second verb ------------------------------------

@pytest.mark.parametrize("outcome", [
    "Within 12 months, Finn will have no suspensions and will keep his place in the cycling club.",  # set C, p19
    "Within 12 months, Ruby will attend her audiology reviews and explain her hearing loss and her equipment to "
    "a new teacher in her own words, as checked by her teacher of the deaf.",          # set C, p05
    "By July 2027, Bea will have fewer than 3 late marks a term and keep her place in the choir.",  # new
    "By July 2027, Kit will attend his dental check-ups and describe his brushing routine to the school nurse.",  # new
])
def test_achievements_are_not_provision(outcome):
    assert not flagged(run(care_builder.build({"E": [f"- {outcome}"]}), "PC-OUTCOME-NOT-PROVISION")), outcome


@pytest.mark.parametrize("outcome", ["Amira will receive daily phonics teaching in a small group.",  # set C, p18
                                     "Leon will get extra maths teaching twice a week."])           # new
def test_receiving_teaching_is_provision(outcome):
    assert flagged(run(care_builder.build({"E": [f"- {outcome}"]}), "PC-OUTCOME-NOT-PROVISION")), outcome


# -- PC-ASPIRATION-LINK: a thematic link, and flag only outcomes that plainly ignore the hopes --------

def _link(a: list[str], e: list[str]):
    return run(care_builder.build({"A": a, "E": [f"- {x}" for x in e]}), "PC-ASPIRATION-LINK")


def test_broad_hopes_are_served_by_communication_and_social_outcomes():
    # set C, p03: "friends, a job and a happy life" -> signing and play outcomes
    res = _link(["In the future they hope he will have friends, a job and a happy life in his community."],
                ["By April 2027, Noah will combine two signs or words on at least 5 occasions in a session, as "
                 "recorded by his key person."])
    assert not flagged(res)
    res = _link(["Her grandparents hope she will be independent and have close friends."],  # new
                ["By July 2027, Mia will take turns in a board game with two peers for 10 minutes, 3 times a week."])
    assert not flagged(res)


def test_one_reflected_hope_keeps_the_thread_when_a_childhood_dream_is_not():
    # set D, d204 / d211: "I want to be a mechanic" is not built on, going to secondary school is
    res = _link(['"I want to be an astronaut."',
                 "His dad hopes he will move to secondary school with his friends."],
                ["By July 2027, Sam will complete 3 transition visits to his secondary school, recorded by the SENCo."])
    assert not flagged(res)


def test_outcomes_that_ignore_every_hope_are_flagged():
    # set B, p10: football coach and the school team; the outcomes are only literacy
    res = _link(["Andrei is a keen footballer who plays for a junior club and would like to become a football "
                 "coach."],
                ["By February 2027, Andrei will produce written output at a rate of at least 12 words per minute, "
                 "measured each term by the class teacher."])
    assert flagged(res)
    res = _link(["Nadia wants to be a hairdresser and have her own salon."],  # new
                ["By July 2027, Nadia will solve 8 out of 10 fraction problems correctly in a termly test."])
    assert flagged(res)


def test_the_hope_stated_again_and_again_must_be_served():
    # set A, p14: the vet aspiration, stated four times, while one social hope is met
    res = _link(['"I want to be a vet."', "She shares Freya's dream of working with animals.",
                 "Freya wants to be a vet.", "Now she would like to help look after the school dog.",
                 "Mum would like Freya to be able to make a friend."],
                ["By July 2027, Freya will take 3 turns in a structured game with a friend on 4 out of 5 occasions."])
    assert flagged(res)
    assert any("stated most often" in f.message for f in res.findings if f.kind == "issue")


def test_no_aspirations_is_judged_on_interests():
    # set D, d207: the only "like" is a dislike; the interests (computers) are not built on
    res = _link(['"I like computers, especially building them."',
                 "I don't like group projects because people don't do their share."],
                ["By March 2027, Ethan will contribute at least one idea in each group project session."])
    assert flagged(res) and res.applicable
    # round 33: an outcome that builds on the interest does not stand in for no aspiration at all ...
    res = _link(["Leah loves painting and drawing animals."],
                ["By July 2027, Leah will complete 6 paintings for her Level 2 art portfolio."])
    assert flagged(res)
    # ... but it does beside a hope that names nothing but being happy
    res = _link(["Her mum hopes she will be happy.", "Leah loves painting and drawing animals."],
                ["By July 2027, Leah will complete 6 paintings for her Level 2 art portfolio."])
    assert not flagged(res)


# -- PC-ASPIRATIONS / PC-VOICE / PC-STRENGTHS / PC-PFA -------------------------------------------------

def test_a_family_wanting_the_child_to_do_something_is_a_hope():
    a = ["They want her to hear and talk better and to be happy at school."]  # set C, p09
    assert not flagged(run(care_builder.build({"A": a}), "PC-ASPIRATIONS"))
    a = ["His aunt wants him to swim a length by the summer."]  # new
    assert not flagged(run(care_builder.build({"A": a}), "PC-ASPIRATIONS"))
    a = ["They would like him to recieve more help to be independant."]  # set D, d207: a hope for provision
    assert flagged(run(care_builder.build({"A": a}), "PC-ASPIRATIONS"))


def test_views_gathered_with_picture_cards_are_the_childs_voice():
    base = ["Parents' views: his mum says he is kind and wants him to read more."]
    a = ['Kwame\'s class teacher talked with Kwame using picture cards in January 2026. He pointed to the "sad" '
         'face for carpet time.']  # set D, d103
    assert not flagged(run(care_builder.build({"A": base + a}), "PC-VOICE"))
    a = ["Her key worker spoke to Lola about school using an emotions fan."]  # new
    assert not flagged(run(care_builder.build({"A": base + a}), "PC-VOICE"))


def test_parents_telling_us_is_not_the_childs_voice():
    a = ["Oliver's parents told us that he was born at 29 weeks.",  # set D, d208
         "Oliver's parents want him to be safe and included."]
    assert flagged(run(care_builder.build({"A": a}), "PC-VOICE"))
    a = ["Her mother told us that Ava sleeps badly.", "Her mother feels Ava needs a calm classroom."]  # new
    assert flagged(run(care_builder.build({"A": a}), "PC-VOICE"))


def test_would_like_and_dont_like_are_not_strengths():
    # set C, p22: a deficit-only description with two "like" sentences
    plan = care_builder.build({"A": ["He said he would like to be a YouTuber.",
                                     "He has tantrums when asked to do homework. They would like him to behave better."],
                               "B": ["He refuses adult direction and can swear and throw equipment.",
                                     "He struggles to make and keep friends.",
                                     "He has poor self-esteem."]})
    res = run(plan, "PC-STRENGTHS")
    assert flagged(res)
    assert not any("YouTuber" in (f.quote or "") for f in res.findings if f.kind == "evidence")


def test_warm_descriptions_are_strengths():
    # set D, d104: "Mason is loving, very clever with computers and knows every bus route in town"
    plan = care_builder.build({"A": ["Mum says Mason is loving, very clever with computers and knows every bus route."],
                               "B": ["He has a good memory for facts.", "He is quick to work out how things work.",
                                     "He can't remember number facts."]})
    assert not flagged(run(plan, "PC-STRENGTHS"))


def test_community_outings_and_managing_a_condition_are_pfa_themes():
    front = FrontMatter(year_group=12)
    outcomes = [
        "- By March 2027, Leah will take a customer's order in the college café in 8 out of 10 orders.",
        "- By July 2027, Leah will gain her Entry Level 3 Functional Skills qualification in maths.",
        # set D, d212: community and good health, in other words
        "- By December 2026, Leah will travel by bus from home to the bowling alley and back on her own.",
        "- By July 2027, Leah will check her CGM reading and give her lunchtime insulin without a reminder.",
    ]
    plan = care_builder.build({"E": outcomes}, front=front)
    res = run(plan, "PC-PFA")
    assert res.level == len(RUBRIC.scale), [f.message for f in res.findings]


# -- HC-OUTCOMES / HC-NEEDS-MET -------------------------------------------------------------------------

def _health(c: list[str], g: list[str], e: list[str], cid: str):
    return run(care_builder.build({"C": c, "G": [f"- {x}" for x in g], "E": [f"- {x}" for x in e]}), cid)


@pytest.mark.parametrize("need", [
    "He has constipation, managed with daily medicine (Movicol) prescribed by Dr Okoro, Community Paediatrician.",  # C p23
    "He takes medication (methylphenidate) each morning, prescribed and reviewed by the paediatrician.",  # D d204
    "His hearing is monitored once a year by the audiology service.",                   # set B, p20
    "Her eczema is well controlled with emollient cream applied at home.",              # new
])
def test_a_need_managed_with_no_impact_needs_no_outcome(need):
    res = _health([need], ["Medication and creams are given at home by parents; reviewed by the GP yearly."],
                  [GOOD], "HC-OUTCOMES")
    assert not flagged(res), need


def test_a_managed_need_that_affects_school_needs_an_outcome():
    # set A, p06 class: prescribed, but it affects the day
    res = _health(["He has difficulty getting to sleep and has been prescribed melatonin, so he is often tired "
                   "in lessons."], ["Melatonin prescribed by the paediatrician, reviewed every 6 months."],
                  ["By July 2027, Ali will read 40 words correctly, checked by his teacher."], "HC-OUTCOMES")
    assert flagged(res)


def test_an_outcome_serves_a_need_without_naming_it():
    # set C, p07: epilepsy -> "tell an adult when he feels unwell or has had an absence"
    res = _health(["Leo has epilepsy (absence seizures), under Dr Abara, paediatric neurologist."],
                  ["Epilepsy care plan written by the epilepsy nurse, reviewed every 6 months."],
                  ["Within 12 months, Leo will tell an adult when he feels unwell or has had an absence, on every "
                   "occasion staff notice one."], "HC-OUTCOMES")
    assert not flagged(res)
    # new: a hearing loss served by a communication outcome
    res = _health(["Rhys has a moderate hearing loss in both ears and wears hearing aids."],
                  ["Audiology review of his hearing aids every 6 months by the paediatric audiologist."],
                  ["By July 2027, Rhys will use 20 new words in conversation with peers, recorded by his TA."],
                  "HC-OUTCOMES")
    assert not flagged(res)


@pytest.mark.parametrize("need", [
    "She is under the care of the Eastbrook Children's Hearing Centre, which fits and reviews her hearing aids.",  # d105
    "He is otherwise well; his epilepsy has been seizure-free and off medication since 2019.",  # d108
    "She had heart surgery as a baby and is now discharged from cardiology with no further treatment needed.",  # A p07
    "The audiologist fits new moulds every term.",                                     # new
])
def test_words_that_are_not_needs(need):
    res = _health([need, "She wears two hearing aids."],
                  ["Audiology: hearing aid checks every 6 months by the paediatric audiologist."],
                  ["By July 2027, Jo will say when her hearing aids are not working, on 4 out of 5 checks."],
                  "HC-NEEDS-MET")
    assert not flagged(res), need
    assert not any("epilepsy" in f.message or "heart" in f.message for f in res.findings if f.kind == "issue")


def test_sleeping_through_the_night_is_no_sleep_need():
    res = _health(["She is fit and well, eats a reasonable range of foods and sleeps through most nights.",  # d205
                   "She wears glasses for a squint."],
                  ["Orthoptist review of her glasses every 6 months."],
                  ["By July 2027, Isla will wear her glasses all day without reminders on 4 days out of 5."],
                  "HC-OUTCOMES")
    assert not flagged(res)


def test_heart_and_chest_needs_without_provision_are_unmet():
    # set C, p11: a repaired heart defect needing cardiology review, winter chest infections; G has a thyroid test
    res = _health(["She had a heart defect repaired as a baby and still needs a cardiology review every year.",
                   "She gets chest infections most winters."],
                  ["Thyroid blood test and review: once a year, GP (Dr Lim)."],
                  [GOOD], "HC-NEEDS-MET")
    assert flagged(res)


# -- round 2 (set E): classes found on the second pair of blind writers ---------------------------------

def _with_subsections(plan, section: str, heading: str):
    """Put every item of ``section`` under the sub-heading ``heading`` (a table's area row)."""
    for b in plan.blocks:
        if b.section == section and b.kind in ("list_item", "paragraph"):
            plan.blocks[b.id] = b.model_copy(update={"subsection": heading})
    return plan


@pytest.mark.parametrize("outcome", [
    "Over the next year, Harri will join in lunchtime games with no more than one recorded incident each "
    "half-term (currently four), as recorded by the lunchtime supervisors.",           # set E, e201
    "During the coming school year, Zara will order her own lunch at the canteen on 4 days out of 5, noted by "
    "the lunchtime supervisor.",                                                      # new
    "Within the next six months, Ben will put his coat on by himself at home time on 4 days out of 5.",  # new
])
def test_a_horizon_from_now_is_time_bound(outcome):
    res = run(care_builder.build({"E": [f"- {outcome}"]}), "PC-SMART")
    assert not flagged(res), [f.message for f in res.findings]


def test_a_horizon_in_the_steps_heading_is_time_bound():
    # set E, e106/e107: "Steps towards this outcome (12 months)" over the step
    plan = care_builder.build({"E": ["- Noah will hand over a picture card to ask for a snack on 4 out of 5 "
                                     "occasions, recorded by the practitioner."]})
    assert not flagged(run(_with_subsections(plan, "E", "Steps towards this outcome (12 months)"), "PC-SMART"))
    # without a date or horizon anywhere it is still not time-bound
    assert flagged(run(care_builder.build({"E": ["- Noah will hand over a picture card to ask for a snack on 4 "
                                                 "out of 5 occasions, recorded by the practitioner."]}), "PC-SMART"))


@pytest.mark.parametrize("line", [
    "The Local Authority will secure the following special educational provision at Noah's nursery.",  # set E, e106
    "Northshire County Council will arrange the provision set out in the table below.",  # new
])
def test_the_local_authoritys_duty_over_an_e_f_table_is_not_an_outcome(line):
    assert not is_outcome(line)
    res = run(care_builder.build({"E": [line, f"- {GOOD}"]}), "PC-SMART")
    assert not flagged(res)


@pytest.mark.parametrize("outcome", [
    "By February 2027, Nia will explain to each new teacher or supervisor what helps her using her own "
    "communication passport, with the Teacher of the Deaf recording that she has done this for all new staff.",  # e205
    "By July 2027, Sol will greet the receptionist when he arrives at college, his tutor noting each time he does.",  # new
])
def test_who_records_it_in_the_active_voice_is_a_measure(outcome):
    assert not flagged(run(care_builder.build({"E": [f"- {outcome}"]}), "PC-SMART")), outcome


def test_a_vague_outcome_over_the_next_year_still_fails():
    res = run(care_builder.build({"E": ["- Over the next year, Jade will be happier and more settled in school."]}),
              "PC-SMART")
    assert flagged(res)
    assert not any("time-bound" in f.message for f in res.findings if f.kind == "issue")


def test_a_misspelt_receive_is_still_provision():
    for text in ("By July 2027, Kai will recieve a weekly 30-minute mentoring session with his key worker.",  # e204
                 "By March 2027, Lily will recieve two sessions of speech therapy each week."):  # new
        assert flagged(run(care_builder.build({"E": [f"- {text}", f"- {GOOD}"]}), "PC-OUTCOME-NOT-PROVISION")), text


def test_the_familys_words_under_a_heading_that_names_them_are_their_views():
    # set E, e212: 'What Ella's mum says' over a quotation with no reporting verb of its own
    child = ['Ella said: "I like drawing horses."']
    for heading, quote in (("What Ella's mum says", '"Ella is a lovely girl and very caring with animals.'),
                           ("Dad's words", '"He is funny and kind, and he is brave at the dentist."')):  # new
        plan = care_builder.build({"A": [*child, quote]})
        for b in plan.blocks:
            if b.section == "A" and b.text == quote:
                plan.blocks[b.id] = b.model_copy(update={"subsection": heading})
        assert not flagged(run(plan, "PC-VOICE")), heading


@pytest.mark.parametrize("child", [
    "Amira is too young to give her views.",                                            # set E, e108
    "Sami was not able to share his views.",                                            # new
])
def test_no_views_gathered_is_not_the_childs_voice(child):
    family = ["Amira's parents said that she is gentle. They are worried that she says very little in Arabic."]
    assert flagged(run(care_builder.build({"A": [child, *family]}), "PC-VOICE"))


def test_a_pupil_voice_interview_is_the_childs_voice():
    family = ["His foster carers say he is polite and wants to do well."]
    for child in ("Leo's views (obtained by the SENCo during a structured pupil-voice interview): Leo indicated "
                  "that he finds the whiteboard hard to see.",                          # set E, e111
                  "From a pupil voice session with her tutor, Maya finds group work tiring."):  # new
        assert not flagged(run(care_builder.build({"A": [child, *family]}), "PC-VOICE")), child


def test_a_pointer_is_no_aspiration_and_like_the_preposition_no_interest():
    # set E, e212: no aspirations; "like shop staff" is no interest, and a generic independence outcome
    # does not build on "I like my friend Chloe"
    res = _link(["I like my friend Chloe.", "She won't speak to people she doesn't know, like shop staff.",
                 "See views above."],
                ["Ella will become more independent in the community.", "Ella will improve her money skills."])
    assert flagged(res) and res.applicable
    # new: an outcome in the interest's own field builds on it
    res = _link(["See views above.", "His gran hopes he will be happy.", "Kofi loves cooking with his gran."],
                ["By July 2027, Kofi will cook a simple pasta meal with one prompt, recorded by his tutor."])
    assert not flagged(res)


def test_a_condition_named_then_managed_in_the_next_sentence_needs_no_outcome():
    # set E, e201: "Harri has ADHD. He takes medication each morning ... monitored by the paediatrician."
    for c in (["Harri has ADHD. He takes medication each morning, given at home before school, and this is "
               "monitored by the community paediatrician."],
              ["Grace has asthma. She takes her preventer inhaler twice a day at home."]):  # new
        assert not flagged(_health(c, ["Medication is given at home by parents."], [GOOD], "HC-OUTCOMES")), c
    # a later sentence about something else does not undo 'managed' (set C, p23)
    res = _health(["He has constipation, managed with daily medicine (Movicol) prescribed by Dr Okoro. He finds "
                   "dental appointments very difficult."], ["Movicol given at home."], [GOOD], "HC-OUTCOMES")
    assert not flagged(res)


def test_an_outcome_under_the_conditions_area_of_need_serves_it():
    # set E, e105: cerebral palsy; outcomes under 'Sensory and/or physical' (travel, a placement)
    c = ["Tom has cerebral palsy (spastic diplegia) and needs a daily stretching programme."]
    e = ["- By July 2027, Tom will plan and make a bus journey to the town centre with a tutor, recorded by the tutor."]
    plan = care_builder.build({"C": c, "G": ["- Physiotherapy programme reviewed termly."], "E": e})
    assert flagged(run(plan, "HC-OUTCOMES"))
    assert not flagged(run(_with_subsections(plan, "E", "Sensory and/or physical"), "HC-OUTCOMES"))
    # new: ADHD affecting the day, served by an outcome under social, emotional and mental health
    c = ["Ava has ADHD; her medication wears off in the afternoon and she struggles to stay in class."]
    e = ["- By July 2027, Ava will stay in her afternoon lessons on 4 days out of 5, recorded by her tutor."]
    plan = care_builder.build({"C": c, "G": ["- ADHD medication reviewed by the paediatrician."], "E": e})
    assert not flagged(run(_with_subsections(plan, "E", "Social, emotional and mental health"), "HC-OUTCOMES"))


def test_a_routine_check_with_no_restrictions_needs_no_outcome():
    for c in ("She had heart surgery at five months old; she now has an annual check with the children's heart "
              "team and has no restrictions on play.",                                 # set E, e203
              "He has a heart murmur, seen for a yearly check-up by the cardiologist."):  # new
        assert not flagged(_health([c], ["Annual cardiology review."], [GOOD], "HC-OUTCOMES")), c
