"""Renderers for set C plans (six layouts)."""
import copy, re
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

AREAS = {'CI': 'Communication and interaction', 'CL': 'Cognition and learning',
         'SEMH': 'Social, emotional and mental health', 'SP': 'Sensory and/or physical',
         'PFA': 'Preparing for adulthood'}
TITLES = {
 'A': ('Section A', 'The views, interests and aspirations of the child and their parents, or of the young person'),
 'B': ('Section B', 'The child or young person\u2019s special educational needs'),
 'C': ('Section C', 'The child or young person\u2019s health needs which relate to their SEN'),
 'D': ('Section D', 'The child or young person\u2019s social care needs which relate to their SEN or to a disability'),
 'E': ('Section E', 'The outcomes sought for the child or young person'),
 'F': ('Section F', 'The special educational provision required by the child or young person'),
 'G': ('Section G', 'Any health provision reasonably required by the learning difficulties or disabilities which result in the child or young person having SEN'),
 'H1': ('Section H1', 'Social care provision which must be made for the child or young person under section 2 of the Chronically Sick and Disabled Persons Act 1970'),
 'H2': ('Section H2', 'Any other social care provision reasonably required by the learning difficulties or disabilities which result in the child or young person having SEN'),
 'I': ('Section I', 'The name and type of the school or other institution to be attended'),
 'J': ('Section J', 'Personal budget, including arrangements for direct payments'),
 'K': ('Section K', 'The advice and information gathered during the EHC needs assessment'),
}
SHORT = {'A': 'Views, interests and aspirations', 'B': 'Special educational needs', 'C': 'Health needs',
         'D': 'Social care needs', 'E': 'Outcomes', 'F': 'Special educational provision',
         'G': 'Health provision', 'H1': 'Social care provision (CSDPA 1970 section 2)',
         'H2': 'Other social care provision', 'I': 'Placement', 'J': 'Personal budget',
         'K': 'Advice and information'}
PCOLS = ['Provision', 'Staffing/ratio', 'Frequency and duration', 'Provided by']


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement('w:shd'); s.set(qn('w:val'), 'clear'); s.set(qn('w:color'), 'auto'); s.set(qn('w:fill'), fill)
    tcPr.append(s)


def table(doc_or_cell, header, rows, style='Table Grid', hdr_fill='D9E2F3'):
    t = doc_or_cell.add_table(rows=1, cols=len(header))
    try:
        t.style = style
    except Exception:
        pass
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]; c.text = ''
        r = c.paragraphs[0].add_run(h); r.bold = True
        if hdr_fill: shade(c, hdr_fill)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    return t


def add_items(container, items, mode, bullet='\u2022'):
    """items: str paragraphs; '- ' bullet; '# ' sub-heading (bold); mode: 'word' (List Bullet) or 'typed'."""
    for it in items:
        if it.startswith('# '):
            p = container.add_paragraph(); p.add_run(it[2:]).bold = True
        elif it.startswith('- '):
            if mode == 'word':
                container.add_paragraph(it[2:], style='List Bullet')
            else:
                container.add_paragraph(f'{bullet} {it[2:]}')
        else:
            container.add_paragraph(it)


def front_table(doc, p, fill=None):
    t = doc.add_table(rows=0, cols=2); t.style = 'Table Grid'
    for k, v in p['front']:
        c = t.add_row().cells; c[0].text = ''; c[0].paragraphs[0].add_run(k).bold = True; c[1].text = v
        if fill: shade(c[0], fill)


def e_items(p):
    out = []
    for area, outs in p['E']:
        out.append('# ' + AREAS.get(area, area))
        out += ['- ' + o for o in outs]
    if p.get('EH'):
        out.append('# Health')
        out += ['- ' + o for o in p['EH']]
    if p.get('ES'):
        out.append('# Social care')
        out += ['- ' + o for o in p['ES']]
    return out


def b_items(p):
    out = []
    for area, items in p['B']:
        out.append('# ' + AREAS.get(area, area)); out += items
    return out


def k_rows(p):
    return [list(r) for r in p['K']]


def signoff_lines(p):
    return [p['signoff']] if p.get('signoff') else []

# ---------------------------------------------------------------- layout 1

def heading2_numbered(p):
    doc = Document()
    doc.add_heading(p['council'], level=0)
    doc.add_paragraph('Education, Health and Care Plan for ' + p['name'])
    front_table(doc, p)
    mode = 'word'
    def sec(key):
        doc.add_heading(f'{TITLES[key][0]}: {SHORT[key]}', level=2)
    sec('A'); add_items(doc, p['A'], mode)
    sec('B')
    for n, (area, items) in enumerate(p['B'], 1):
        doc.add_heading(f'B{n} {AREAS.get(area, area)}', level=3); add_items(doc, items, mode)
    sec('C'); add_items(doc, p['C'], mode)
    sec('D'); add_items(doc, p['D'], mode)
    sec('E')
    n = 0
    for n, (area, outs) in enumerate(p['E'], 1):
        doc.add_heading(f'E{n} {AREAS.get(area, area)}', level=3)
        for o in outs: doc.add_paragraph(o, style='List Number')
    if p.get('EH'):
        n += 1; doc.add_heading(f'E{n} Health', level=3)
        for o in p['EH']: doc.add_paragraph(o, style='List Number')
    if p.get('ES'):
        n += 1; doc.add_heading(f'E{n} Social care', level=3)
        for o in p['ES']: doc.add_paragraph(o, style='List Number')
    sec('F')
    for item in p.get('Fintro', []): doc.add_paragraph(item)
    for n, (area, rows) in enumerate(p['F'], 1):
        doc.add_heading(f'F{n} {AREAS.get(area, area)}', level=3); table(doc, PCOLS, rows)
    for s in ['G', 'H1', 'H2', 'I', 'J']:
        sec(s); add_items(doc, p[s], mode)
        if s == 'G': add_items(doc, signoff_lines(p), mode)
    sec('K')
    if p.get('k_appendix'):
        doc.add_paragraph('The advice and information listed in Appendix 1 was gathered during the assessment and is attached to this plan.')
        doc.add_heading('Appendix 1: Advice and information', level=2)
    table(doc, ['Advice', 'Given by', 'Date'], k_rows(p))
    return doc

# ---------------------------------------------------------------- layout 2

def ef_table(p):
    doc = Document()
    doc.add_heading(p['council'] + ' \u2013 EHC Plan', level=1)
    front_table(doc, p)
    def sec(key):
        doc.add_heading(f'{TITLES[key][0]} \u2013 {SHORT[key]}', level=2)
    for s in ['A', 'B', 'C', 'D']:
        sec(s); add_items(doc, p[s] if s != 'B' else b_items(p), 'word')
    doc.add_heading('Sections E and F \u2013 Outcomes and special educational provision', level=2)
    for item in p.get('Fintro', []): doc.add_paragraph(item)
    t = table(doc, ['Outcome', 'Provision', 'Frequency', 'Who'], [])
    fmap = dict(p['F'])
    for area, outs in p['E']:
        hdr = t.add_row().cells; m = hdr[0].merge(hdr[3]); m.text = ''
        m.paragraphs[0].add_run(AREAS.get(area, area)).bold = True; shade(m, 'EDEDED')
        rows = fmap.get(area, [])
        start = len(t.rows)
        for prov, staff, freq, who in rows:
            c = t.add_row().cells
            c[1].text = prov; c[2].text = freq; c[3].text = f'{who} ({staff})' if staff else who
        if not rows:
            c = t.add_row().cells
        top = t.rows[start].cells[0]; bottom = t.rows[len(t.rows) - 1].cells[0]
        mc = top.merge(bottom) if len(t.rows) - 1 > start else top
        mc.text = '\n\n'.join(outs)
    for area, rows in p['F']:
        if area not in [a for a, _ in p['E']]:
            hdr = t.add_row().cells; m = hdr[0].merge(hdr[3]); m.text = ''
            m.paragraphs[0].add_run(AREAS.get(area, area)).bold = True
            for prov, staff, freq, who in rows:
                c = t.add_row().cells; c[1].text = prov; c[2].text = freq; c[3].text = f'{who} ({staff})' if staff else who
    if p.get('EH') or p.get('ES'):
        doc.add_paragraph().add_run('Health and social care outcomes').bold = True
        for o in p.get('EH', []) + p.get('ES', []): doc.add_paragraph(o, style='List Bullet')
    for s in ['G', 'H1', 'H2', 'I', 'J']:
        sec(s); add_items(doc, p[s], 'word')
        if s == 'G': add_items(doc, signoff_lines(p), 'word')
    sec('K')
    if p.get('k_appendix'):
        doc.add_paragraph('See the appendix at the end of this plan for the list of advice.')
        doc.add_heading('Appendix: Advice received', level=2)
    table(doc, ['Advice', 'Given by', 'Date'], k_rows(p))
    return doc

# ---------------------------------------------------------------- layout 3

def letter_column(p):
    doc = Document()
    h = doc.add_paragraph(); r = h.add_run(p['council'].upper() + '\nEDUCATION, HEALTH AND CARE PLAN'); r.bold = True; r.font.size = Pt(14)
    front_table(doc, p, fill='F2F2F2')
    doc.add_paragraph()
    def block(letter, title, filler):
        t = doc.add_table(rows=1, cols=2); t.style = 'Table Grid'
        left = t.rows[0].cells[0]; right = t.rows[0].cells[1]
        right.text = ''; right.paragraphs[0].add_run(title).bold = True
        filler(t)
        # merge letter column down whole block
        top = t.rows[0].cells[0]; bot = t.rows[len(t.rows) - 1].cells[0]
        m = top.merge(bot) if len(t.rows) > 1 else top
        m.text = ''; rr = m.paragraphs[0].add_run(letter); rr.bold = True; rr.font.size = Pt(20); shade(m, 'DDEBF7')
        doc.add_paragraph()
    def rows_filler(items):
        def f(t):
            for it in items:
                c = t.add_row().cells
                if it.startswith('# '):
                    c[1].text = ''; c[1].paragraphs[0].add_run(it[2:]).bold = True
                elif it.startswith('- '):
                    c[1].text = '- ' + it[2:]
                else:
                    c[1].text = it
        return f
    for s in ['A', 'B', 'C', 'D']:
        block(s, TITLES[s][1], rows_filler(p[s] if s != 'B' else b_items(p)))
    block('E', TITLES['E'][1], rows_filler(e_items(p)))
    def f_fill(t):
        for it in p.get('Fintro', []):
            t.add_row().cells[1].text = it
        for area, rows in p['F']:
            c = t.add_row().cells; c[1].text = ''; c[1].paragraphs[0].add_run(AREAS.get(area, area)).bold = True
            c = t.add_row().cells; c[1].text = ''
            table(c[1], PCOLS, rows)
    block('F', TITLES['F'][1], f_fill)
    for s in ['G', 'H1', 'H2', 'I', 'J']:
        items = p[s] + (signoff_lines(p) if s == 'G' else [])
        block(s, TITLES[s][1], rows_filler(items))
    if p.get('k_appendix'):
        block('K', TITLES['K'][1], rows_filler(['The advice received is listed in the appendix table at the end of this plan.']))
        doc.add_paragraph().add_run('APPENDIX \u2013 ADVICE AND INFORMATION (SECTION K)').bold = True
        table(doc, ['Advice', 'Given by', 'Date'], k_rows(p))
    else:
        def k_fill(t):
            c = t.add_row().cells; c[1].text = ''; table(c[1], ['Advice', 'Given by', 'Date'], k_rows(p))
        block('K', TITLES['K'][1], k_fill)
    return doc

# ---------------------------------------------------------------- layout 4

def bold_statutory(p):
    doc = Document()
    t = doc.add_paragraph(); t.add_run(p['council'] + '\nEducation, Health and Care Plan').bold = True
    for k, v in p['front']:
        q = doc.add_paragraph(); q.add_run(k + ': ').bold = True; q.add_run(v)
    bul = p.get('bullet', '\u2022')
    def sec(s):
        q = doc.add_paragraph(); q.add_run(f'{TITLES[s][0]}: {TITLES[s][1]}').bold = True
    def items(lst):
        for it in lst:
            if it.startswith('# '):
                q = doc.add_paragraph(); q.add_run(it[2:]).underline = True
            elif it.startswith('- '):
                doc.add_paragraph(f'{bul}  {it[2:]}')
            else:
                doc.add_paragraph(it)
    for s in ['A', 'B', 'C', 'D']:
        sec(s); items(p[s] if s != 'B' else b_items(p))
    sec('E'); items(e_items(p))
    sec('F'); items(p.get('Fintro', []))
    for area, rows in p['F']:
        q = doc.add_paragraph(); q.add_run(AREAS.get(area, area)).underline = True
        for prov, staff, freq, who in rows:
            doc.add_paragraph(f'{bul}  {prov} \u2013 {staff}; {freq}; {who}.'.replace('..', '.'))
    for s in ['G', 'H1', 'H2', 'I', 'J']:
        sec(s); items(p[s] + (signoff_lines(p) if s == 'G' else []))
    sec('K')
    if p.get('k_appendix'):
        doc.add_paragraph('Listed in the appendix below.')
        q = doc.add_paragraph(); q.add_run('Appendix A: Advice and information').bold = True
        table(doc, ['Advice', 'Given by', 'Date'], k_rows(p), hdr_fill=None)
    else:
        for a, who, d in p['K']:
            doc.add_paragraph(f'{bul}  {a} \u2013 {who}' + (f', {d}' if d else ''))
    return doc

# ---------------------------------------------------------------- layout 5

def shaded_heading_table(p):
    doc = Document()
    doc.add_paragraph().add_run(p['council'] + ' \u2013 Education, Health and Care Plan').bold = True
    front_table(doc, p)
    fill = p.get('fill', 'BDD7EE')
    def sec(s):
        doc.add_paragraph()
        t = doc.add_table(rows=1, cols=1); t.style = 'Table Grid'
        c = t.rows[0].cells[0]; c.text = ''; r = c.paragraphs[0].add_run(f'{TITLES[s][0]} \u2013 {TITLES[s][1]}'); r.bold = True
        shade(c, fill)
    for s in ['A', 'B', 'C', 'D']:
        sec(s); add_items(doc, p[s] if s != 'B' else b_items(p), 'word')
    sec('E'); add_items(doc, e_items(p), 'word')
    sec('F'); add_items(doc, p.get('Fintro', []), 'word')
    allrows = []
    for area, rows in p['F']:
        allrows.append([AREAS.get(area, area), '', '', ''])
        allrows += [list(r) for r in rows]
    t = table(doc, PCOLS, allrows)
    for row in t.rows[1:]:
        if row.cells[1].text == '' and row.cells[2].text == '':
            m = row.cells[0].merge(row.cells[3]); shade(m, 'F2F2F2')
            txt = m.text.strip(); m.text = ''; m.paragraphs[0].add_run(txt).bold = True
    for s in ['G', 'H1', 'H2', 'I', 'J']:
        sec(s); add_items(doc, p[s] + (signoff_lines(p) if s == 'G' else []), 'word')
    sec('K')
    if p.get('k_appendix'):
        doc.add_paragraph('Please see Appendix 1.')
        doc.add_paragraph().add_run('Appendix 1 \u2013 Advice and information gathered').bold = True
    table(doc, ['Advice', 'Given by', 'Date'], k_rows(p))
    return doc

# ---------------------------------------------------------------- layout 6
TEMPLATE = '/work/shared/reference/national-ehcp-template.docx'


def set_cell(cell, text):
    paras = cell.paragraphs
    for q in paras[1:]:
        q._element.getparent().remove(q._element)
    q = paras[0]
    for r in q.runs[1:]:
        r._element.getparent().remove(r._element)
    if q.runs:
        q.runs[0].text = text
    else:
        q.add_run(text)


def replace_in_paragraphs(doc, mapping):
    for q in doc.paragraphs:
        for k, v in mapping.items():
            if k in q.text:
                for r in q.runs: r.text = ''
                q.runs[0].text = q.text.replace(k, v) if q.runs else ''


def national_template(p):
    doc = Document(TEMPLATE)
    T = doc.tables
    nt = p['nt']
    # personal details
    fd = dict(p['front'])
    vals = {'{{ name }}': p['name'], '{{ preferred_name }}': p['name'],
            '{{ date_of_birth }}': nt.get('dob', ''), '{{ sex }}': nt.get('sex', ''),
            '{{ ethnicity }}': nt.get('ethnicity', 'Not recorded'),
            '{{ child_or_young_person_first_language': nt.get('lang', 'English'),
            '{{ parent_or_carer_first_language }}': nt.get('plang', 'English'),
            '{{ parent_1_name }}': nt.get('parent1', 'Mum'), '{{ parent_1_relationship }}': nt.get('rel1', 'Mother'),
            '{{ parent_1_email }}': 'Held on file', '{{ parent_1_telephone_number }}': 'Held on file',
            '{{ parent_1_home_address }}': 'Held on file',
            '{{ parent_2_name }}': nt.get('parent2', 'Not applicable'), '{{ parent_2_relationship }}': nt.get('rel2', ''),
            '{{ parent_2_email }}': '', '{{ parent_2_telephone_number }}': '',
            '{{ parent_2_home_address_if_different_to': ''}
    for t in T[:2]:
        for row in t.rows:
            seen = set()
            for c in row.cells:
                if id(c._tc) in seen: continue
                seen.add(id(c._tc))
                for k, v in vals.items():
                    if c.text.strip().startswith(k):
                        set_cell(c, v)
    svc = {'{{ education_setting }}': nt['setting'], '{{ gp_and_key_health_professional_where_': nt.get('gp', 'GP: held on file'),
           '{{ nhs_number_if_available }}': 'Held on file', '{{ known_to_social_care }}': nt.get('known_sc', 'No'),
           '{{ other_professionals_involved_with_thi': nt.get('others', ''),
           '{{ currently_a_looked_after_child }}': nt.get('lac', 'No'), '{{ has_been_a_looked_after_child }}': nt.get('was_lac', 'No'),
           '{{ is_there_a_one_page_profile_received_': nt.get('opp', 'Yes'),
           '{{ child_or_young_person_moving_to_area_': 'No'}
    for row in T[1].rows:
        c = row.cells[1]
        for k, v in svc.items():
            if c.text.strip().startswith(k): set_cell(c, v)
    # dates of plan: add a paragraph table after heading
    h1 = [q for q in doc.paragraphs if q.text.strip()][0]
    dt = doc.add_table(rows=0, cols=2); dt.style = T[0].style
    for k, v in p['front']:
        c = dt.add_row().cells; c[0].text = k; c[1].text = v
    h1._p.addnext(dt._tbl)
    # A1 and A2
    set_cell(T[2].rows[1].cells[1], '\n'.join(x.lstrip('#- ') for x in nt['history']))
    a2 = T[3]
    set_cell(a2.rows[3].cells[0], '\n'.join(x.lstrip('#- ') if not x.startswith('- ') else '\u2022 ' + x[2:] for x in nt['views']))
    set_cell(a2.rows[5].cells[0], nt['interests'])
    set_cell(a2.rows[7].cells[0], nt['strengths'])
    set_cell(a2.rows[9].cells[0], nt['aspirations'])
    # B/F/E area tables
    amap = {'CI': T[4], 'CL': T[5], 'SEMH': T[6], 'SP': T[7]}
    for area, t in amap.items():
        a = nt['areas'].get(area)
        rows = t.rows
        if a is None:
            set_cell(rows[2].cells[0], 'No needs identified in this area.')
            for r in rows[4:]:
                r._tr.getparent().remove(r._tr)
            continue
        set_cell(rows[2].cells[0], a['strengths'])
        trips = a['rows']
        for i, r in enumerate(rows[4:]):
            if i < len(trips):
                for j in range(3): set_cell(r.cells[j], trips[i][j])
            else:
                r._tr.getparent().remove(r._tr)
    # health table
    t = T[8]
    set_cell(t.rows[1].cells[0], nt['health_strengths'])
    for i, r in enumerate(t.rows[3:]):
        if i < len(nt['health']):
            for j in range(3): set_cell(r.cells[j], nt['health'][i][j])
        else:
            r._tr.getparent().remove(r._tr)
    t = T[9]
    set_cell(t.rows[1].cells[0], nt['sc_strengths'])
    for i, r in enumerate(t.rows[3:]):
        if i < len(nt['social']):
            for j in range(4): set_cell(r.cells[j], nt['social'][i][j])
        else:
            r._tr.getparent().remove(r._tr)
    # I, J
    set_cell(T[10].rows[0].cells[1], nt['placement_name'])
    set_cell(T[10].rows[1].cells[1], nt['placement_type'])
    set_cell(T[11].rows[0].cells[1], nt['pb_details'])
    set_cell(T[11].rows[1].cells[1], nt['pb_arr'])
    # K rows: rows 1-9 ; nt['k'] list of (rowindex or None, label, date, who, appended)
    kt = T[12]
    for idx, label, date, who, app in nt['k']:
        r = kt.rows[idx]
        if label is not None: set_cell(r.cells[0], label)
        set_cell(r.cells[1], date); set_cell(r.cells[2], who); set_cell(r.cells[3], app)
    st = T[13]
    set_cell(st.rows[1].cells[0], nt['officer']); set_cell(st.rows[1].cells[1], nt['officer'] + ' (signed electronically)'); set_cell(st.rows[1].cells[2], nt['signed'])
    if nt.get('signoff'):
        # place health sign-off after health table
        q = doc.add_paragraph(nt['signoff'])
        t8 = T[8]._tbl; t8.addnext(q._p)
    return doc

RENDER = {'heading2-numbered': heading2_numbered, 'ef-table': ef_table, 'letter-column': letter_column,
          'bold-statutory': bold_statutory, 'shaded-heading-table': shaded_heading_table,
          'national-template': national_template}
