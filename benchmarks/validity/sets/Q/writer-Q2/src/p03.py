
# q203 - shaded-heading-table - SOUND - Nell, 3, Down syndrome, pre-school
PLANS.append(dict(
file="q203.docx", layout="shaded-heading-table", title="Education, Health and Care Plan - Nell",
front=[("Name", "Nell"), ("Age / year of study", "3 years 4 months / pre-school (Early Years Foundation Stage, EYFS)"),
       ("Date of issue of this plan", "16 October 2026"),
       ("Reviewed on", "New plan. Because Nell is under 5, it will be reviewed every 6 months; first review due April 2027."),
       ("Setting", "Little Acorns Pre-school, 15 hours a week")],
sections=[
("A", T["A"], [
 ("sub", "What Nell tells us through play and signing"),
 ("p", "Nell is three and uses a few words and Makaton signs (a signing system used alongside speech). Her key person, Jas, watched and played with her over three mornings in September 2026 and noted what Nell showed her:"),
 ("bul", ["Nell runs to the water tray as soon as she arrives and signs \"more\" when Jas pours the water through the wheel. She laughs every time.",
          "She brings books to adults and pats the picture of the dog, then signs \"dog\". Books about animals are her favourites.",
          "She watches the older children on the bikes and pushes the trike to Jas to ask for a turn.",
          "When it is time to tidy up she sits down and turns away, which tells us changes of activity are hard for her.",
          "She takes her hearing aids out when the room is noisy and puts them in Jas's hand."]),
 ("sub", "What Nell's parents say"),
 ("p", "Nell's parents, Ben and Carla, describe her as \"a little ray of sunshine\" who is determined and loves music, animals and her big brother. They would like her to talk more so she can tell them what she wants, and to go to the same primary school as her brother with children she knows. In the future they hope she will have friends, a job she enjoys and as much independence as possible. They worry about her hearing and about her being left out when other children start to talk more."),
]),
("B", T["B"], [
 ("sub", "Communication and interaction"),
 ("p", "Nell has Down syndrome. She understands familiar routines and single words with a sign, such as \"coat\", \"drink\" and \"shoes\". She uses about 20 Makaton signs and 10 single words. She is sociable, makes good eye contact and copies other children's play. She needs adults to use signs, short phrases and pictures, and extra time to respond."),
 ("sub", "Cognition and learning"),
 ("p", "Nell's play and learning are at about the 16-26 months stage of the Early Years Foundation Stage. She enjoys cause-and-effect toys, posting and stacking, and can complete an inset puzzle of three pieces. She can attend to an adult-led activity for about two minutes."),
 ("sub", "Social, emotional and mental health"),
 ("p", "Nell is affectionate and seeks out adults she knows. Changes between activities upset her and she may sit down and refuse to move. A now/next board has started to help."),
 ("sub", "Sensory and physical"),
 ("p", "Nell has a mild hearing loss in both ears caused by glue ear and has worn hearing aids since June 2026. She walks, runs and climbs confidently. Her hand skills are developing: she holds a spoon but most food falls off before it reaches her mouth."),
]),
("C", T["C"], [
 ("bul", ["Down syndrome, with health checks as recommended for all children with Down syndrome (including a yearly thyroid blood test).",
          "A heart condition (a hole between the chambers of the heart) repaired by surgery when she was 5 months old. She is well and has a yearly check with the heart specialist.",
          "Glue ear causing a mild hearing loss in both ears; she wears two hearing aids.",
          "Nell has no difficulty walking and has no physical health restrictions on play."]),
]),
("D", T["D"], [
 ("p", "Nell's parents told us they are managing well, with help from her grandparents. A social worker from the Children with Disabilities Team talked with them on 14 August 2026 and found no social care needs at present. Short breaks and Early Help were discussed; the family do not want them now and have the details if things change."),
]),
("E", T["E"], [
 ("table", ["What we want Nell to achieve", "How we will know", "By when"], [
  ["Nell will use at least 50 signs or words to ask for things and to tell us about what she sees.", "Key person's sign and word log, shared with the speech and language therapist", "By the time she starts school (September 2027)"],
  ["Nell will move from one activity to the next using her now/next board with no more than one prompt.", "Key person's observation record, on 4 days out of 5 over a fortnight", "By Feb half term 2027"],
  ["Nell will join a small group story time and stay with the group for 10 minutes.", "Key person's observation, 4 sessions out of 5", "By July 2027"],
  ["Nell will feed herself with a spoon at snack and lunch, getting most of her food to her mouth.", "Key person's observation and parents' report, 4 days out of 5", "By July 2027"],
  ["Nell will keep her hearing aids in for the whole morning session.", "Hearing aid log kept by her key person, 4 days out of 5", "By 31/03/27"],
  ["Nell will take part calmly in her hearing tests and health checks, using her now/next board and a favourite toy, so that each test is finished in one visit.", "Parents' report and clinic letters", "By July 2027"],
 ]),
]),
("F", T["F"], [
 ("table", FH, [
  ["1:1 adult support at all unstructured times (arrival, snack, outdoor play, tidy-up and home time), using signs, pictures and a now/next board", "Every session (5 mornings, 3 hours each)", "Early years practitioner (Level 3), trained in Makaton"],
  ["Nell's communication programme, set by the speech and language therapist (SALT): signing games, choosing from two objects, naming animals", "Daily (10 mins), 1:1", "Key person, following the SALT's written plan"],
  ["SALT visit to model activities, update targets and train staff", "At least once every half term (6 visits a year, 1 hour each)", "Speech and Language Therapist, Children's Therapy Service"],
  ["Small group 'bucket time' to build attention and turn-taking", "Three x 10-minute sessions weekly, group of no more than 4", "Key person"],
  ["Occupational therapy programme for spoon feeding and hand skills", "Programme carried out daily at snack (10 mins); occupational therapist (OT) visits once a term, 1 hour, to update it", "Key person; Occupational Therapist, Children's Therapy Service"],
  ["Visits from a Qualified Teacher of the Deaf (QToD) to check the listening environment, advise staff and monitor Nell's listening", "Once each half term, 45 minutes", "QToD, Sensory Support Service"],
  ["Check that both hearing aids are working, using the listening check kit", "Daily, on arrival", "Key person, trained by the QToD"],
  ["Portage home visits: play-based learning targets shared with parents", "Fortnightly, 1 hour, at home", "Portage home visitor"],
  ["Makaton Foundation training for Nell's key person and room leader", "One 2-day course, completed by January 2027", "Arranged by the setting's special educational needs co-ordinator (SENCo)"],
 ]),
]),
("G", T["G"], [
 ("table", ["Health support", "When and how often", "Who will give it"], [
  ["Down syndrome health review, including growth and a yearly thyroid blood test", "Every 6 months, 30 minutes", "Consultant Community Paediatrician, Community Paediatrics"],
  ["Hearing tests, hearing aid checks and new ear moulds as she grows", "Every 3 months", "Paediatric Audiologist, Children's Hearing Service"],
  ["Heart check-up", "Once a year", "Consultant Paediatric Cardiologist, Children's Heart Clinic"],
 ]),
 ("p", "Section G was agreed for the Integrated Care Board (ICB) by Sarah Lund, Designated Clinical Officer, on 9 October 2026."),
]),
("H1", T["H1"], [
 ("p", "None. Short breaks were considered with Nell's parents (see Section D) and are not wanted at present."),
]),
("H2", T["H2"], [
 ("p", "None. Early Help was offered and not taken up; the family have the contact details for the Down syndrome parents' group."),
]),
("I", T["I"], [
 ("p", "Little Acorns Pre-school (private, voluntary and independent early years setting), 15 funded hours a week, until Nell starts Reception in September 2027."),
]),
("J", T["J"], [
 ("p", "Not requested."),
]),
("K", T["K"], [
 ("table", KH, [
  ["Parents' views", "Ben and Carla (parents)", "2 September 2026"],
  ["Nell's views, gathered through play and observation", "Jas Kaur, key person, Little Acorns Pre-school", "15-29 September 2026"],
  ["Educational advice", "Helen Price, SENCo, Little Acorns Pre-school", "18 September 2026"],
  ["Psychological advice", "Dr Laura Pike, Educational Psychologist", "22 August 2026"],
  ["Medical advice", "Dr Olu Bamgbose, Consultant Community Paediatrician", "5 August 2026"],
  ["Audiology advice", "Mia Fraser, Paediatric Audiologist, Children's Hearing Service", "12 August 2026"],
  ["Cardiology clinic letter", "Dr Peter Lowe, Consultant Paediatric Cardiologist", "3 June 2026"],
  ["Advice from a Qualified Teacher of the Deaf", "Anna Cole, QToD, Sensory Support Service", "26 August 2026"],
  ["Speech and language therapy advice", "Rosie Hart, Speech and Language Therapist", "4 September 2026"],
  ["Occupational therapy advice", "Gemma Lane, Occupational Therapist", "9 September 2026"],
  ["Portage report", "Dee Walsh, Portage Home Visitor", "10 September 2026"],
  ["Social care advice", "Marcus Green, Social Worker, Children with Disabilities Team", "14 August 2026"],
 ]),
]),
]))
