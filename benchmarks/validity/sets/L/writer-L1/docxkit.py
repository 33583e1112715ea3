"""Small python-docx helpers shared by the three layout renderers (writer L1)."""
import copy
import re

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

BOLD_RE = re.compile(r"(\*\*.+?\*\*)")


def add_runs(p, text, bold=False, italic=False, size=None, caps=False):
    """Write text into paragraph p; **x** marks bold spans."""
    for part in BOLD_RE.split(text):
        if not part:
            continue
        b = bold
        if part.startswith("**") and part.endswith("**"):
            part = part[2:-2]
            b = True
        r = p.add_run(part)
        r.bold = b
        if italic:
            r.italic = True
        if size:
            r.font.size = Pt(size)
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def new_doc(font="Arial", size=11):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), font)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(2.0)
        s.top_margin = s.bottom_margin = Cm(1.8)
    return doc


def cell_write(cell, content, bold=False, size=None, bullet_style=None, hand_bullet=None):
    """Write str or list of str/('b', str) blocks into a table cell."""
    if isinstance(content, str):
        content = [content]
    first = True
    for item in content:
        if isinstance(item, tuple) and item[0] == "b":
            text = item[1]
            if hand_bullet:
                text = hand_bullet + " " + text
                style = None
            else:
                style = bullet_style
        else:
            text = item
            style = None
        if first:
            p = cell.paragraphs[0]
            if style:
                p.style = style
            first = False
        else:
            p = cell.add_paragraph(style=style) if style else cell.add_paragraph()
        add_runs(p, text, bold=bold, size=size)
    return cell


def table(doc, headers, rows, widths=None, header_fill="D9D9D9", style="Table Grid",
          bold_first_col=False, size=None):
    ncols = len(headers) if headers else len(rows[0])
    t = doc.add_table(rows=0, cols=ncols)
    t.style = style
    if headers:
        hr = t.add_row()
        for i, h in enumerate(headers):
            cell_write(hr.cells[i], h, bold=True, size=size)
            if header_fill:
                shade(hr.cells[i], header_fill)
    for row in rows:
        r = t.add_row()
        for i, val in enumerate(row):
            cell_write(r.cells[i], val if val is not None else "", bold=(bold_first_col and i == 0), size=size)
    if widths:
        for r in t.rows:
            for i, w in enumerate(widths):
                r.cells[i].width = Cm(w)
    return t


def hand_bullet_para(doc, char, text, level=0):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.left_indent = Cm(0.75 + 0.75 * level)
    pf.first_line_indent = Cm(-0.5)
    pf.space_after = Pt(2)
    add_runs(p, char + "\t" + text)
    return p


def insert_paragraph_after(elem, text, style=None, bold=False):
    """Insert a new paragraph after an arbitrary body element (e.g. a table)."""
    new_p = OxmlElement("w:p")
    elem.addnext(new_p)
    from docx.text.paragraph import Paragraph
    para = Paragraph(new_p, None)
    add_runs(para, text, bold=bold)
    return para


def body_text(doc):
    """All visible text: paragraphs and table cells in document order (deduplicated merged cells)."""
    out = []
    body = doc.element.body
    for el in body.iter():
        if el.tag == qn("w:p"):
            texts = [t.text for t in el.iter(qn("w:t")) if t.text]
            if texts:
                out.append("".join(texts))
    return "\n".join(out)
