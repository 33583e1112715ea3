"""Builds the set I1 plans (fictional 'Saltmarsh Bay Council'). Run with the I1 venv."""
import copy, os, re, sys
from docx import Document
from docx.shared import Pt
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_data import P, LA
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'plans')
TEMPLATE = '/work/shared/reference/national-ehcp-template.docx'
AREAS = {'CI': 'Communication and interaction', 'CL': 'Cognition and learning', 'SEMH': 'Social, emotional and mental health',
         'SP': 'Sensory and/or physical', 'S': 'Independence, community and social care', 'H': 'Health'}
STAT = {
 'A': "Section A: The views, interests and aspirations of the child and his or her parents or the young person",
 'B': "Section B: The child or young person's special educational needs",
 'C': "Section C: The child or young person's health care needs which relate to their special educational needs",
 'D': "Section D: The child or young person's social care needs which relate to their special educational needs or to a disability",
 'E': "Section E: The outcomes sought for the child or the young person",
 'F': "Section F: The special educational provision required by the child or the young person",
 'G': "Section G: Any health care provision reasonably required by the learning difficulties or disabilities which result in the child or young person having special educational needs",
 'H1': "Section H1: Any social care provision which must be made for the child or young person under section 2 of the Chronically Sick and Disabled Persons Act 1970",
 'H2': "Section H2: Any other social care provision reasonably required by the learning difficulties or disabilities which result in the child or young person having special educational needs",
 'I': "Section I: The name and type of the school, maintained nursery school, post-16 institution or other institution to be attended by the child or young person",
 'J': "Section J: Personal budget (including arrangements for direct payments)",
 'K': "Section K: Advice and information gathered during the EHC needs assessment"}
SHORT = {'A': 'Section A – Views, interests and aspirations', 'B': 'Section B – Special educational needs', 'C': 'Section C – Health care needs',
 'D': 'Section D – Social care needs', 'EF': 'Sections E and F – Outcomes and special educational provision', 'G': 'Section G – Health care provision',
 'H1': 'Section H1 – Social care provision (Chronically Sick and Disabled Persons Act 1970, section 2)', 'H2': 'Section H2 – Other social care provision',
 'I': 'Section I – Placement', 'J': 'Section J – Personal budget', 'K': 'Section K – Advice and information'}

def shade(cell, fill='D9E2F3'):
    tcPr = cell._tc.get_or_add_tcPr(); shd = OxmlElement('w:shd')
    shd.set(qn('w:val'), 'clear'); shd.set(qn('w:color'), 'auto'); shd.set(qn('w:fill'), fill); tcPr.append(shd)

def bold_para(doc, text, size=None):
    p = doc.add_paragraph(); r = p.add_run(text); r.bold = True
    if size: r.font.size = Pt(size)
    return p

def table(doc, header, rows, fill='D9E2F3'):
    t = doc.add_table(rows=1, cols=len(header)); t.style = 'Table Grid'
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]; c.text = ''; c.paragraphs[0].add_run(h).bold = True; shade(c, fill)
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r): cells[i].text = v
    return t

def strengths_needs(doc, B):
    for area, st, nd in B:
        yield area, st, nd

# ---------------- bold-statutory ----------------
def bold_statutory(p):
    doc = Document()
    bold_para(doc, f"{LA.upper()}\nEDUCATION, HEALTH AND CARE PLAN", 14)
    for k, v in p['front']: doc.add_paragraph(f"{k}: {v}")
    doc.add_paragraph(f"Name: {p['name']}")
    bold_para(doc, STAT['A'])
    for sub, paras in p['A']:
        bold_para(doc, sub)
        for t in paras: doc.add_paragraph(t)
    bold_para(doc, STAT['B'])
    for area, st, nd in p['B']:
        doc.add_paragraph(area).runs[0].italic = True
        n = max(len(st), len(nd)); table(doc, ['Strengths', 'Needs'], [((st + [''] * n)[i], (nd + [''] * n)[i]) for i in range(n)])
    bold_para(doc, STAT['C'])
    for t in p['C']: doc.add_paragraph(t)
    bold_para(doc, STAT['D'])
    for t in p['D']: doc.add_paragraph(t)
    bold_para(doc, STAT['E'])
    doc.add_paragraph("Each outcome is set out as: Aspiration -> Outcome (end of key stage) -> Short steps (this year).")
    for i, (area, asp, out, steps) in enumerate(p['E'], 1):
        bold_para(doc, f"E{i}. {AREAS[area]}")
        doc.add_paragraph(f"Aspiration: {asp}")
        doc.add_paragraph(f"Outcome (end of key stage): {out}")
        if steps:
            doc.add_paragraph("Short steps (this year):")
            for s in steps: doc.add_paragraph(f"- {s}")
    bold_para(doc, STAT['F'])
    for area, items in p['F']:
        doc.add_paragraph(f"• {AREAS[area]}")
        table(doc, ['Provision', 'Staffing', 'Frequency & duration', 'Group', 'Review'], items)
    bold_para(doc, STAT['G'])
    for t in p['G']: doc.add_paragraph(f"o {t}" if len(p['G']) > 1 else t)
    if p.get('Gsign'): doc.add_paragraph(p['Gsign'])
    bold_para(doc, STAT['H1'])
    for t in p['H1']: doc.add_paragraph(t)
    bold_para(doc, STAT['H2'])
    for t in p['H2']: doc.add_paragraph(t)
    bold_para(doc, STAT['I']); doc.add_paragraph(p['I'])
    bold_para(doc, STAT['J']); doc.add_paragraph(p['J'])
    bold_para(doc, STAT['K'])
    for a, who, d in p['K']: doc.add_paragraph(f"• {a} – {who}" + (f" – {d}" if d else ""))
    doc.add_paragraph(f"Signed on behalf of {LA}: SEND Casework Officer, {p['front'][0][1].split(' (')[0]}")
    return doc

# ---------------- ef-table ----------------
def ef_table(p):
    doc = Document()
    doc.add_heading(f"{LA} – Education, Health and Care Plan", level=1)
    t = doc.add_table(rows=0, cols=2); t.style = 'Table Grid'
    for k, v in p['front'] + [('Name', p['name'])]:
        c = t.add_row().cells; c[0].text = k; c[1].text = v; shade(c[0], 'EDEDED')
    doc.add_heading(SHORT['A'], level=2)
    for sub, paras in p['A']:
        doc.add_heading(sub, level=3)
        for x in paras: doc.add_paragraph(x)
    doc.add_heading(SHORT['B'], level=2)
    for area, st, nd in p['B']:
        doc.add_heading(area, level=3)
        n = max(len(st), len(nd)); table(doc, ['Strengths', 'Needs'], [((st + [''] * n)[i], (nd + [''] * n)[i]) for i in range(n)], 'E2EFDA')
    doc.add_heading(SHORT['C'], level=2)
    for x in p['C']: doc.add_paragraph(x)
    doc.add_heading(SHORT['D'], level=2)
    for x in p['D']: doc.add_paragraph(x)
    doc.add_heading(SHORT['EF'], level=2)
    doc.add_paragraph("Outcomes are written as Aspiration -> Outcome (end of key stage) -> Short steps (this year). The provision in each row is the special educational provision (Section F) that will help achieve the outcome (Section E).")
    t = table(doc, ['Outcome', 'Provision', 'Frequency', 'Who'], [], 'FCE4D6')
    for area, asp, out, steps, prov in p['EF']:
        band = t.add_row().cells; band[0].merge(band[3]); band[0].text = ''
        band[0].paragraphs[0].add_run(AREAS[area]).bold = True; shade(band[0], 'F2F2F2')
        first = None
        for j, (what, freq, who) in enumerate(prov):
            c = t.add_row().cells; c[1].text = what; c[2].text = freq; c[3].text = who
            if j == 0: first = c[0]
            else: first = first.merge(c[0])
        first.text = ''
        par = first.paragraphs[0]; par.add_run('Aspiration: ').bold = True; par.add_run(asp)
        q = first.add_paragraph(); q.add_run('Outcome: ').bold = True; q.add_run(out)
        if steps:
            q = first.add_paragraph(); q.add_run('Short steps: ').bold = True
            for s in steps: first.add_paragraph(s, style='List Bullet')
    doc.add_heading(SHORT['G'], level=2)
    for x in p['G']: doc.add_paragraph(x, style='List Bullet')
    if p.get('Gsign'): doc.add_paragraph(p['Gsign'])
    doc.add_heading(SHORT['H1'], level=2)
    for x in p['H1']: doc.add_paragraph(x)
    doc.add_heading(SHORT['H2'], level=2)
    for x in p['H2']: doc.add_paragraph(x)
    doc.add_heading(SHORT['I'], level=2); doc.add_paragraph(p['I'])
    doc.add_heading(SHORT['J'], level=2); doc.add_paragraph(p['J'])
    doc.add_heading(SHORT['K'], level=2)
    table(doc, ['Advice', 'Given by', 'Date'], p['K'], 'EDEDED')
    return doc

# ---------------- national template ----------------
def set_par(par, text):
    runs = par.runs
    if not runs: par.add_run(text); return
    runs[0].text = text
    for r in runs[1:]: r._r.getparent().remove(r._r)

def set_cell(cell, text):
    ps = cell.paragraphs
    set_par(ps[0], text)
    for q in ps[1:]: q._p.getparent().remove(q._p)

def unique_cells(row):
    seen, out = set(), []
    for c in row.cells:
        if id(c._tc) in seen: continue
        seen.add(id(c._tc)); out.append(c)
    return out

def national(p):
    doc = Document(TEMPLATE)
    body = doc.paragraphs
    set_par(body[2], " | ".join(f"{k}: {v}" for k, v in p['front']))
    body[3].text = f"{LA} – Education, Health and Care Plan (final)"
    T = doc.tables
    # personal details
    vals = {'name': p['name'], 'preferred_name': p['name'], 'date_of_birth': f"Not shown (anonymised). Age {p['age']}; Year Group (NCY): {p['yg']}",
            'sex': '-', 'ethnicity': '-', 'child_or_young_person_first_language': 'English', 'parent_or_carer_first_language': 'English',
            'parent_1_name': 'Parent/carer (name withheld)', 'parent_1_relationship': 'Parent/carer', 'parent_1_email': 'Withheld', 'parent_1_telephone_number': 'Withheld',
            'parent_1_home_address': 'Withheld', 'education_setting': p['setting'], 'gp_and_key_health_professional_where_applicable': p['gp'], 'nhs_number_if_available': 'Withheld',
            'known_to_social_care': p['social'], 'currently_a_looked_after_child': p.get('lac', 'No'), 'has_been_a_looked_after_child': p.get('wasLac', 'No'),
            'is_there_a_one_page_profile_received_append': 'Yes', 'history': p['history'], 'communication': p['communication'],
            'child_views': p['child_views'], 'family_views': p['family_views'], 'interests': p['interests'], 'strengths': p['strengths'], 'aspirations': p['aspirations']}
    def fill(par):
        txt = par.text
        if '{{' not in txt: return
        new = re.sub(r'\{\{\s*([a-z0-9_]+)\s*\}?\}?', lambda m: vals.get(m.group(1), 'Not applicable'), txt)
        set_par(par, new)
    for tb in T[:4]:
        for row in tb.rows:
            for c in unique_cells(row):
                for par in c.paragraphs: fill(par)
    # B-F-E tables
    for ti, key in zip(range(4, 8), ['CI', 'CL', 'SEMH', 'SP']):
        tb = T[ti]
        B = {a: (s, n) for a, s, n in p['B']}
        st, nd = B.get(key, ([], []))
        F = dict(p['F']).get(key, [])
        E = [e for e in p['E'] if e[0] == key]
        set_cell(unique_cells(tb.rows[2])[0], "; ".join(st) if st else "No special educational needs identified in this area.")
        prov = [f"{a}. Staffing: {b}. Frequency & duration: {c}. Group: {d}. Review: {e}." .replace('Group: -. ', '') for a, b, c, d, e in F]
        outs = [f"Aspiration: {a}\nOutcome (end of key stage): {o}" + (("\nShort steps (this year): " + " ".join(s)) if s else '') for _, a, o, s in E]
        n = max(len(nd), len(prov), len(outs))
        for i in range(10):
            row = tb.rows[4 + i]; cs = unique_cells(row)
            if i < n:
                set_cell(cs[0], nd[i] if i < len(nd) else '')
                set_cell(cs[1], prov[i] if i < len(prov) else '')
                set_cell(cs[2], outs[i] if i < len(outs) else '')
        for row in list(tb.rows)[4 + n:]: row._tr.getparent().remove(row._tr)
        if n == 0:
            r = tb.rows[3]; r._tr.getparent().remove(r._tr)
    # health C-G-E
    tb = T[8]; HE = [e for e in p['E'] if e[0] == 'H']
    set_cell(unique_cells(tb.rows[1])[0], p.get('Cstr') or '-')
    n = max(len(p['C']), len(p['G']), len(HE))
    for i in range(10):
        cs = unique_cells(tb.rows[3 + i])
        if i < n:
            set_cell(cs[0], p['C'][i] if i < len(p['C']) else '')
            set_cell(cs[1], p['G'][i] if i < len(p['G']) else '')
            set_cell(cs[2], (f"{HE[i][2]}" if i < len(HE) else ''))
    for row in list(tb.rows)[3 + n:]: row._tr.getparent().remove(row._tr)
    # social care D-H1-H2-E
    tb = T[9]; SE = [e for e in p['E'] if e[0] == 'S']
    set_cell(unique_cells(tb.rows[1])[0], p.get('Dstr') or '-')
    n = max(len(p['D']), len(p['H1']), len(p['H2']), len(SE))
    for i in range(10):
        cs = unique_cells(tb.rows[3 + i])
        if i < n:
            set_cell(cs[0], p['D'][i] if i < len(p['D']) else '')
            set_cell(cs[1], p['H1'][i] if i < len(p['H1']) else '')
            set_cell(cs[2], p['H2'][i] if i < len(p['H2']) else '')
            set_cell(cs[3], (f"Aspiration: {SE[i][1]}\nOutcome: {SE[i][2]}" if i < len(SE) else ''))
    for row in list(tb.rows)[3 + n:]: row._tr.getparent().remove(row._tr)
    # health sign-off paragraph after health table (body paragraph 15 is empty, after C/G heading)
    if p.get('Gsign'): set_par(body[15], p['Gsign'])
    # I, J
    set_cell(T[10].rows[0].cells[1], p['I'][0]); set_cell(T[10].rows[1].cells[1], p['I'][1])
    for r in list(T[10].rows)[2:]: r._tr.getparent().remove(r._tr)
    set_cell(T[11].rows[0].cells[1], p['J']); set_cell(T[11].rows[1].cells[1], 'Not applicable' if 'No personal' in p['J'] else p['J'])
    # K
    tb = T[12]; rows = list(tb.rows)
    slots = {'medical': 4, 'educational psychologist': 5, 'social care': 6, 'preparing for adulthood': 8}
    free = [1, 2, 3]; extra = []
    for a, who, d in p['K']:
        al = a.lower(); idx = None
        for key, ri in slots.items():
            if al.startswith(key) or (key == 'medical' and al.startswith('medical')):
                idx = ri; break
        if idx is None:
            if free: idx = free.pop(0)
            else: extra.append((a, who, d)); continue
        cs = rows[idx].cells
        if idx in (1, 2, 3): set_cell(cs[0], a)
        set_cell(cs[1], d); set_cell(cs[2], who); set_cell(cs[3], 'YES')
    for a, who, d in extra:
        new = copy.deepcopy(rows[3]._tr); rows[7]._tr.addprevious(new)
        from docx.table import _Row
        r = _Row(new, tb); cs = r.cells
        set_cell(cs[0], a); set_cell(cs[1], d); set_cell(cs[2], who); set_cell(cs[3], 'YES')
    # sign-off
    s = T[13].rows[1].cells
    set_cell(s[0], 'SEND Casework Officer, Saltmarsh Bay Council'); set_cell(s[1], '(signed electronically)'); set_cell(s[2], p['front'][0][1].split(' (')[0])
    return doc

def main():
    os.makedirs(OUT, exist_ok=True)
    for f, p in P.items():
        doc = {'bold-statutory': bold_statutory, 'ef-table': ef_table, 'national-template': national}[p['layout']](p)
        doc.save(os.path.join(OUT, f + '.docx'))
    print('built', len(P))

if __name__ == '__main__':
    main()
