
# q204 - heading2-numbered - FAIL: epilepsy not in G/E; provision written as outcome; undated K item; fine-motor need with no provision
PLANS.append(dict(
file="q204.docx", layout="heading2-numbered", title="Education, Health and Care Plan: Reuben",
front=[("Name", "Reuben"), ("Age / year of study", "10 / Year 5"),
       ("Date of issue of this plan", "11 May 2026"), ("Reviewed on", "First plan - annual review due May 2027"),
       ("School", "St Aldate's CE Primary School")],
sections=[
("A", "About me and my family", [
 ("sub", "All about me (Reuben's own words, written with his teaching assistant)"),
 ("bul", ["I love trains, especially steam trains. I know all the stations from Carrowford to London.",
          "I am really good at Minecraft and I build whole cities.",
          "I like maths because the answers are right or wrong.",
          "I don't like the dinner hall because it is too loud and people push.",
          "When I grow up I want to be a train driver."]),
 ("sub", "What my parents think"),
 ("p", "Reuben's mum and dad, Hannah and Chris, say he is clever, honest and has a great memory. They want him to be happy at school, to have a friend he can rely on and to move to secondary school in 2027 feeling ready. In the long run they hope he will work with trains, which he has loved since he was two. They are worried about his seizures and about how tired he is."),
]),
("B", T["B"], [
 ("sub", "Communication and interaction"),
 ("p", "Reuben was diagnosed with autism spectrum condition (ASC) in 2022. He has a wide vocabulary and talks in detail about his interests. He finds it hard to take turns in conversation, to understand jokes and to work in a group. He needs instructions that are clear and literal."),
 ("sub", "Cognition and learning"),
 ("p", "Reuben is working at the expected standard in maths and just below it in reading. His writing is well below the expected standard. Absence seizures mean he sometimes misses parts of an explanation."),
 ("sub", "Social, emotional and mental health"),
 ("p", "Reuben becomes very anxious in noisy, unstructured times such as lunchtime and PE changing. When overwhelmed he may shout or run out of the room, about twice a week this spring term."),
 ("sub", "Physical and sensory"),
 ("p", "The occupational therapy assessment in March 2026 found weak hand strength and poor pencil control. Reuben's handwriting is slow and hard to read; he tires after three or four lines and often refuses to write at all. He is sensitive to noise."),
]),
("C", T["C"], [
 ("p", "Reuben has epilepsy, diagnosed in 2024. He has absence seizures (short blank spells) several times a day and has had two tonic-clonic seizures in the last year, one at school. He takes sodium valproate twice a day and has rescue medication (buccal midazolam) set out in his individual healthcare plan (IHCP). He also has difficulty getting to sleep and takes melatonin, prescribed by the community paediatrician."),
]),
("D", T["D"], [
 ("p", "No social care needs were identified. The Children with Disabilities Team spoke to the family on 2 March 2026; they do not want short breaks at present and have been given the Local Offer short breaks guide."),
]),
("E", T["E"], [
 ("sub", "Communication and interaction"),
 ("bul", ["By July 2027, Reuben will take turns in a conversation with a classmate for five exchanges, on 3 out of 4 observed occasions (recorded by his teaching assistant).",
          "By July 2027, Reuben will have an adult with him in all lessons and at lunchtime, and will be given a visual timetable at the start of each day."]),
 ("sub", "Learning"),
 ("bul", ["By the end of Year 6 (July 2027), Reuben will read at the expected standard, shown by his end of Key Stage 2 reading result."]),
 ("sub", "Emotional wellbeing"),
 ("bul", ["By Feb half term 2027, Reuben will use his calm card to go to the library space when he feels overwhelmed, instead of running out, on at least 4 out of 5 occasions (behaviour log).",
          "By July 2027, Reuben will name one friend he plays with at lunchtime club and join them at least three times a week (lunchtime supervisor's record)."]),
 ("sub", "Health"),
 ("bul", ["By July 2027, Reuben will fall asleep within 30 minutes of his bedtime on at least 5 nights out of 7, shown in the sleep diary kept by his parents."]),
]),
("F", T["F"], [
 ("sub", "Communication and interaction"),
 ("table", FH, [
  ["Speech and language therapy (SALT) programme on conversation skills and understanding non-literal language", "Speech and language therapist visits once a half term (1 hour) to assess, set targets and train staff; programme delivered 1:1, three x 20 min sessions weekly", "Speech and Language Therapist (NHS Children's Therapy Service); trained teaching assistant (TA)"],
  ["Social communication group (Lego-based therapy)", "Weekly, 45 minutes, group of 3", "TA trained in Lego-based therapy"],
 ]),
 ("sub", "Learning"),
 ("table", FH, [
  ["Reading catch-up: comprehension and inference", "Four x 20 min sessions weekly, group of no more than 4", "Class teacher"],
  ["Key vocabulary and instructions written down for Reuben in every lesson so he can catch up on anything missed during an absence", "Every lesson", "Class teacher and TA"],
 ]),
 ("sub", "Emotional wellbeing"),
 ("table", FH, [
  ["Emotional Literacy Support Assistant (ELSA) sessions on recognising and managing worry", "Weekly, 30 minutes, 1:1, for 12 weeks", "ELSA trained by the Educational Psychology Service"],
  ["Calm card and a quiet library space he can go to for 10 minutes, agreed with all staff", "Every day", "SENCo (special educational needs co-ordinator) to share with all staff"],
  ["Lunchtime Lego club in the library instead of the dinner hall", "Daily, 30 minutes, group of no more than 6", "Lunchtime supervisor"],
 ]),
]),
("G", T["G"], [
 ("table", ["Health support", "When and how often", "Who will give it"], [
  ["Review of sleep and melatonin", "Every 6 months, 30-minute clinic appointment", "Consultant Community Paediatrician"],
 ]),
 ("p", "The health provision in this plan was signed off on behalf of the ICB (Integrated Care Board) by Dr Helen Marsh, Designated Clinical Officer, on 5 May 2026."),
]),
("H1", T["H1"], [("p", "None - see Section D. Short breaks were discussed and declined.")]),
("H2", T["H2"], [("p", "None. Early Help was discussed on 2 March 2026 and is not needed at present.")]),
("I", T["I"], [("p", "St Aldate's CE Primary School (mainstream primary academy).")]),
("J", T["J"], [("p", "No personal budget requested.")]),
("K", T["K"], [
 ("table", KH, [
  ["Reuben's views", "Reuben, with his teaching assistant", "4 March 2026"],
  ["Parents' views", "Hannah and Chris (parents)", "4 March 2026"],
  ["Educational advice", "Kate Doyle, SENCo, St Aldate's CE Primary School", "20 February 2026"],
  ["Psychological advice", "Dr Imran Aziz, Educational Psychologist", "27 February 2026"],
  ["Medical advice (including epilepsy and sleep)", "Dr Jo Mensah, Consultant Community Paediatrician", "18 February 2026"],
  ["Speech and language therapy advice", "Ms Jade Okafor, Speech and Language Therapist, NHS Children's Therapy Service", ""],
  ["Occupational therapy assessment", "Ben Lister, Occupational Therapist, Children's Therapy Service", "12 March 2026"],
  ["Social care advice", "Tara Singh, Social Worker, Children with Disabilities Team", "2 March 2026"],
 ]),
]),
]))
