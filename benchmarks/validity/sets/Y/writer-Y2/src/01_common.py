
# ---------------------------------------------------------------- council house wording
PLANS = []


def intro(name, family, pron="them"):
    return [("p", f"This Education, Health and Care (EHC) plan is issued by Wealdshire County Council under "
                  f"section 37 of the Children and Families Act 2014. It was written by the Special Educational "
                  f"Needs and Disabilities (SEND) Assessment and Review Team with {name}, {family} and the "
                  f"people who work with {pron}. Where we quote {name} or the family, we have used their own words.")]


FINTRO = [("p", "The provision below must be made by the setting named in Section I unless another provider is "
                "named. Where a member of staff is named by role, the setting will make sure the person in that "
                "role has the training described. Times are for term time unless the plan says otherwise.")]


def signoff(date, officer="SEND Case Officer, Assessment and Review Team"):
    return [("p", f"Signed on behalf of Wealdshire County Council by the {officer}, {date}. "
                  "This plan will be reviewed at least once every 12 months. The family may contact Wealdshire "
                  "SEND Information, Advice and Support Service (SENDIASS) for free, impartial advice.")]


def dco(name_role, date, verb="reviewed and agreed"):
    return ("lv", ("Health agreement", f"The health provision in this section was {verb} by {name_role} on {date}."))
