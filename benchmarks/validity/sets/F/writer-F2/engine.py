"""Rendering engine for set F2 (three layouts)."""
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

COUNCIL = "Saltmarsh County Council - SEND Statutory Assessment and Review Service"

def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd'); shd.set(qn('w:val'), 'clear'); shd.set(qn('w:color'), 'auto'); shd.set(qn('w:fill'), fill)
    tcPr.append(shd)

def add_table(container, rows, header=True, style='Table Grid'):
    t = container.add_table(rows=0, cols=len(rows[0]))
    t.style = style
    for i, r in enumerate(rows):
        cells = t.add_row().cells
        for j, v in enumerate(r):
            cells[j].text = ''
            run = cells[j].paragraphs[0].add_run(str(v))
            if header and i == 0:
                run.bold = True; shade(cells[j], 'D9E2F3')
    return t

def put_block(container, b, bullet_style='List Bullet', num_style='List Number'):
    """container: Document or cell. Returns nothing."""
    if isinstance(b, tuple):
        kind, rows = b
        add_table(container, rows)
        container.add_paragraph('')
        return
    if b.startswith('## '):
        p = container.add_paragraph(); r = p.add_run(b[3:]); r.bold = True
    elif b.startswith('**'):
        p = container.add_paragraph(); r = p.add_run(b[2:]); r.bold = True; r.italic = True
    elif b.startswith('* '):
        container.add_paragraph(b[2:], style=bullet_style)
    elif b.startswith('1. '):
        container.add_paragraph(b[3:], style=num_style)
    else:
        container.add_paragraph(b)

def front(doc, plan):
    doc.add_paragraph(COUNCIL).runs[0].bold = True
    add_table(doc, [["Detail", "Information"]] + plan['front'])
    doc.add_paragraph('')

def render_heading2(plan, path):
    doc = Document()
    doc.add_heading(f"Education, Health and Care Plan for {plan['name']}", level=1)
    front(doc, plan)
    for letter, title, blocks in plan['sections']:
        doc.add_heading(f"Section {letter}: {title}", level=2)
        for b in blocks:
            if isinstance(b, str) and b.startswith('## '):
                doc.add_heading(b[3:], level=3)
            else:
                put_block(doc, b)
    doc.save(path)

def render_letter(plan, path):
    doc = Document()
    p = doc.add_paragraph(); r = p.add_run(f"EDUCATION, HEALTH AND CARE PLAN - {plan['name'].upper()}"); r.bold = True; r.font.size = Pt(14)
    front(doc, plan)
    t = doc.add_table(rows=0, cols=2); t.style = 'Table Grid'
    for letter, title, blocks in plan['sections']:
        rows = []
        first = t.add_row(); rows.append(first)
        c = first.cells[1]; c.text = ''
        rr = c.paragraphs[0].add_run(title); rr.bold = True
        shade(c, 'EDEDED')
        for b in blocks:
            row = t.add_row(); rows.append(row)
            cell = row.cells[1]; cell.text = ''
            # first paragraph of cell is empty; write block then drop the empty paragraph
            put_block(cell, b)
            first_p = cell.paragraphs[0]
            if first_p.text == '' and len(cell.paragraphs) > 1 and not isinstance(b, tuple):
                first_p._element.getparent().remove(first_p._element)
        top = rows[0].cells[0]
        merged = top.merge(rows[-1].cells[0]) if len(rows) > 1 else top
        merged.text = ''
        rl = merged.paragraphs[0].add_run(letter); rl.bold = True; rl.font.size = Pt(20)
        shade(merged, 'BDD7EE')
    doc.save(path)

def render_shaded(plan, path):
    doc = Document()
    p = doc.add_paragraph(); r = p.add_run(f"Education, Health and Care Plan: {plan['name']}"); r.bold = True; r.font.size = Pt(16)
    front(doc, plan)
    for letter, title, blocks in plan['sections']:
        t = doc.add_table(rows=1, cols=1); t.style = 'Table Grid'
        c = t.rows[0].cells[0]; c.text = ''
        rr = c.paragraphs[0].add_run(f"Section {letter} - {title}"); rr.bold = True; rr.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shade(c, '1F4E79')
        doc.add_paragraph('')
        for b in blocks:
            put_block(doc, b)
    doc.save(path)

RENDER = {'heading2-numbered': render_heading2, 'letter-column': render_letter, 'shaded-heading-table': render_shaded}
