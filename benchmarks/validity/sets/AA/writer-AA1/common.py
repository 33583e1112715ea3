from generate import CRITERIA


def labels(fail=(), na=()):
    d = {c: 'pass' for c in CRITERIA}
    for c in fail:
        assert c in d, c
        d[c] = 'fail'
    for c in na:
        assert c in d, c
        d[c] = 'na'
    return d


FRONT_LABELS = ['Name used in this plan', 'School year', 'Age when this plan was issued', 'Home language(s)',
                'Interpreter at meetings', 'Date this plan was issued', 'Last annual review',
                'EHC plan co-ordinator']


def front(*values):
    assert len(values) == len(FRONT_LABELS)
    return list(zip(FRONT_LABELS, values))


def std_titles(name, pron):
    return {
        'A': f"Section A: The views, interests and aspirations of {name} and {pron} family",
        'B': 'Section B: Special educational needs',
        'C': f"Section C: Health needs related to {name}'s special educational needs",
        'D': 'Section D: Social care needs',
        'E': 'Section E: Outcomes',
        'F': 'Section F: Special educational provision',
        'G': 'Section G: Health provision',
        'H1': 'Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970',
        'H2': 'Section H2: Other social care provision',
        'I': 'Section I: Placement',
        'J': 'Section J: Personal budget',
        'K': 'Section K: Advice and information',
    }


def sections(titles, content):
    order = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H1', 'H2', 'I', 'J', 'K']
    return [(k, titles[k], content[k]) for k in order]
