# Shared titles for the Wealdshire County Council (fictional) plans.
LONG = {
 "A": "Section A: The views, interests and aspirations of the child and their parents, or of the young person",
 "B": "Section B: The special educational needs of the child or young person",
 "C": "Section C: The health needs of the child or young person which relate to their special educational needs",
 "D": "Section D: The social care needs of the child or young person which relate to their special educational needs or to a disability",
 "E": "Section E: The outcomes sought for the child or young person, including outcomes for adult life",
 "F": "Section F: The special educational provision required by the child or young person",
 "G": "Section G: Any health provision reasonably required by the learning difficulties or disabilities which result in the child or young person having special educational needs",
 "H1": "Section H1: Social care provision which must be made for the child or young person under section 2 of the Chronically Sick and Disabled Persons Act 1970",
 "H2": "Section H2: Any other social care provision reasonably required by the learning difficulties or disabilities which result in the child or young person having special educational needs",
 "I": "Section I: The name and type of the school, post-16 institution or other institution to be attended",
 "J": "Section J: Personal budget, including arrangements for any direct payments",
 "K": "Section K: Advice and information gathered during the EHC needs assessment or annual review",
}
SHORT = {
 "A": "Views, interests and aspirations",
 "B": "Special educational needs",
 "C": "Health needs",
 "D": "Social care needs",
 "E": "Outcomes",
 "F": "Special educational provision",
 "G": "Health provision",
 "H1": "Social care provision (Chronically Sick and Disabled Persons Act 1970, section 2)",
 "H2": "Other social care provision",
 "I": "Placement",
 "J": "Personal budget",
 "K": "Advice and information",
}
OUT_HDR = ["Aspiration", "Outcome", "How progress will be measured", "Target date"]
