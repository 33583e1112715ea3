
# q208 - letter-column - SOUND - Adam, 8, Year 3, EAL + language disorder; Child in Need plan; no health needs
PLANS.append(dict(
file="q208.docx", layout="letter-column", title="Education, Health and Care Plan for Adam",
front=[("Name", "Adam"), ("Age / year of study", "8 / Year 3"),
       ("Reviewed on", "New plan (first annual review due February 2027)"), ("Date of issue of this plan", "19 February 2026"),
       ("School", "Cowley Road Primary School"), ("Languages", "Romanian (home), English")],
sections=[
("A", T["A"], [
 ("sub", "What Adam told us"),
 ("p", "Adam talked to us in Romanian, with help from Mrs Ionescu, the school's Romanian-speaking teaching assistant, and drew pictures of his favourite things. He said:"),
 ("bul", ["\"I like football. I am a good goalkeeper. I want to be a goalkeeper for a big team.\"",
          "\"I like maths when we use the blocks.\"",
          "\"I like Mrs Ionescu because she talks to me in Romanian.\"",
          "\"Reading is hard. The letters are confusing.\"",
          "\"Sometimes I am sad when I think about before.\""]),
 ("sub", "What Adam's mum told us"),
 ("p", "Adam's mum, Elena, spoke in Romanian through an interpreter. She said Adam is a kind, gentle boy who looks after his little brother and is always drawing. The family moved to Carrowford in 2023. Adam was slow to talk in Romanian too, and she has always felt he needed help with language. She hopes he will learn to read and write well in English, make friends and feel safe and happy. In the future she would like him to go to university or \"have a good job, not a hard life like mine\"."),
 ("sub", "What school says Adam does well"),
 ("bul", ["He is a careful, determined worker when tasks are practical.",
          "He is a confident goalkeeper and is starting to make friends through football at playtime.",
          "His drawings are detailed and he uses them to show what he means."]),
]),
("B", T["B"], [
 ("sub", "Communication and interaction"),
 ("p", "Adam is learning English as an additional language (EAL). A bilingual speech and language therapy assessment (December 2025, with an interpreter) found that Adam also has a language disorder: his understanding and use of language are delayed in Romanian as well as English, so his difficulties are not only because English is new to him. He understands short instructions about familiar routines but finds it hard to follow longer instructions, learn new words and tell events in order."),
 ("sub", "Cognition and learning"),
 ("p", "Adam is working well below the expected standard for Year 3 in reading and writing. He is secure in phonics phase 3 (reading words such as \"chip\" and \"rain\"). In maths he counts and calculates accurately with objects to 50 but finds written methods and word problems difficult. He learns well from pictures, practical equipment and repetition."),
 ("sub", "Social, emotional and mental health"),
 ("p", "Adam has seen domestic abuse at home in the past. He can become quiet and withdrawn, and sometimes tells staff he has had nightmares. He is settled with familiar adults and is beginning to play with a small group of boys."),
]),
("C", T["C"], [
 ("p", "Adam has no health needs. The community paediatrician saw him on 4 November 2025 and found him fit and well, and his hearing and vision tests in November 2025 were normal."),
]),
("D", T["D"], [
 ("p", "Adam and his brother have been supported under a Child in Need (CIN) plan since September 2025, after domestic abuse by their father, who no longer lives with the family. Their social worker, Ms Patel (Family Safeguarding Team), contributed to this assessment. The CIN plan aims for Adam to feel safe at home and at school and for his mum to be supported as a single parent. The school's designated safeguarding lead attends the CIN review meetings every 6 weeks so that the emotional support in Section F and the support in the CIN plan work together."),
]),
("E", T["E"], [
 ("table", ["Area", "Outcome", "By when, and how we will know"], [
  ["Communication", "Adam will follow a three-part instruction in class (for example, \"get your book, find page 4 and sit on the carpet\") on 4 out of 5 occasions.", "By end of academic year 2025/26; teaching assistant's observation record"],
  ["Communication", "Adam will retell a short story in English in the right order, including who, where, what happened and the ending.", "By the end of Year 4 (July 2027); speech and language therapist's narrative assessment"],
  ["Learning", "Adam will read phase 5 phonics words with 90% accuracy.", "By the end of Year 4 (July 2027); school phonics tracker"],
  ["Learning", "Adam will add and subtract two-digit numbers using a number line, getting 8 out of 10 correct.", "By 31/03/27; class teacher's assessment"],
  ["Emotional wellbeing", "Adam will use his feelings chart to tell an adult when he is worried, at least once a week.", "By Feb half term 2027; record kept by his Emotional Literacy Support Assistant"],
  ["Friendships", "Adam will play in goal for the after-school football club in a team game each week, joining in with his teammates.", "By Summer '26; club coach's register and comments"],
 ]),
]),
("F", T["F"], [
 ("table", FH, [
  ["Speech and language therapy (SALT): the therapist assesses Adam, sets targets and trains his teaching assistant", "Once every half term, 1 hour", "Speech and Language Therapist, NHS Children's Therapy Service"],
  ["SALT programme on following instructions, vocabulary and story telling", "Three x 20 min sessions weekly, 1:1", "Teaching assistant (TA) trained by the SALT"],
  ["Pre-teaching of topic words in Romanian and English with pictures", "Twice weekly, 20 minutes, group of no more than 3", "Mrs Ionescu, Romanian-speaking TA"],
  ["Advice to staff on teaching English as an additional language", "Once a term, 1 hour", "Specialist EAL teacher, Ethnic Minority Achievement Service (EMAS)"],
  ["Phonics catch-up", "Daily (15 mins), 1:1", "TA trained in the school's phonics programme"],
  ["Maths group using practical equipment", "Three times a week, 30 minutes, group of 4", "Class teacher"],
  ["Visual timetable and picture prompts for instructions in every lesson", "Every lesson", "Class teacher"],
  ["Emotional Literacy Support Assistant (ELSA) sessions on feelings, worries and friendships", "Weekly, 30 minutes, 1:1, for 12 weeks, then reviewed with the social worker at the CIN meeting", "ELSA trained by the Educational Psychology Service"],
  ["Check-in with a trusted adult on arrival", "Daily, 5 minutes", "Class TA"],
  ["Place at the after-school football club, with his TA on the first two sessions to help him settle", "Weekly, 1 hour, from the summer term 2026", "Club coach; class TA for first two sessions"],
 ]),
]),
("G", T["G"], [("p", "No health provision is needed (see Section C).")]),
("H1", T["H1"], [("p", "None. Short breaks and other services under section 2 were considered with Ms Patel, the social worker, and are not needed.")]),
("H2", T["H2"], [
 ("bul", ["Child in Need plan: visits from the social worker to Adam and his family at least every 4 weeks, and CIN review meetings every 6 weeks (Family Safeguarding Team).",
          "Family support worker: weekly home visit (1 hour) to support Elena with routines, budgeting and the boys' bedtimes, until the CIN plan is reviewed in June 2026.",
          "Elena's place on a 12-week domestic abuse recovery programme for parents (weekly, 2 hours), arranged by the social worker."]),
]),
("I", T["I"], [("p", "Cowley Road Primary School (mainstream community primary school).")]),
("J", T["J"], [("p", "No personal budget requested.")]),
("K", T["K"], [
 ("table", KH, [
  ["Adam's views (in Romanian, with the bilingual TA)", "Adam, with Mrs Ionescu, TA", "12 January 2026"],
  ["Parent's views (with interpreter)", "Elena (mum)", "12 January 2026"],
  ["Educational advice", "Sophie Clarke, Special Educational Needs Co-ordinator (SENCo), Cowley Road Primary School", "5 January 2026"],
  ["Psychological advice", "Dr Hannah Moss, Educational Psychologist", "9 December 2025"],
  ["Medical advice", "Dr Ayo Ibekwe, Community Paediatrician", "4 November 2025"],
  ["Bilingual speech and language therapy assessment", "Rachel Dunn, Speech and Language Therapist, NHS Children's Therapy Service", "2 December 2025"],
  ["EAL advice", "Paul Greaves, Specialist EAL Teacher, EMAS", "20 November 2025"],
  ["Social care advice, with the Child in Need plan", "Ms Rina Patel, Social Worker, Family Safeguarding Team", "8 January 2026"],
 ]),
]),
]))
