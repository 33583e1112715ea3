"""Self-check: dump plan text in reading order, count words, list acronyms' first use, flag vague words."""
import sys, re, glob, os
import docx
from docx.table import Table
from docx.text.paragraph import Paragraph

def iter_text(d):
    out = []
    for el in d.element.body.iterchildren():
        tag = el.tag.split('}')[1]
        if tag == 'p':
            out.append(Paragraph(el, d).text)
        elif tag == 'tbl':
            t = Table(el, d)
            for r in t.rows:
                seen = []
                cells = []
                for c in r.cells:
                    if c._tc in seen: continue
                    seen.append(c._tc)
                    cells.append(c.text.replace('\n', ' / '))
                out.append(' | '.join(cells))
    return out

TEMPLATE_ACR = set()
if __name__ == '__main__':
    files = sys.argv[1:] or sorted(glob.glob('plans/*.docx'))
    for f in files:
        d = docx.Document(f)
        lines = iter_text(d)
        text = '\n'.join(lines)
        words = len(re.findall(r"[A-Za-z0-9£%'’-]+", text))
        print('=' * 20, f, 'words', words)
        if '-v' in os.environ.get('V', ''):
            print(text)
        # acronyms
        acr = {}
        for m in re.finditer(r'\b([A-Z][A-Za-z]*[A-Z][A-Za-z]*)\b', text):
            a = m.group(1)
            if a not in acr:
                acr[a] = text[max(0, m.start()-40):m.end()+3].replace('\n', ' ')
        print('ACR:', {k: v for k, v in acr.items()})
        un = [k for k, v in acr.items() if '(' + k + ')' not in v and '(' + k + "'" not in v]
        print('NOT-EXPANDED-AT-FIRST:', un)
        # F region vague words
        low = text
        for w in ['access to', 'opportunit', 'as required', 'as appropriate', 'regular', 'where possible', 'up to', 'would benefit', 'should', ' may ', 'May ', 'as needed', 'and when']:
            for m in re.finditer(re.escape(w), low):
                print('  VAGUE?', repr(w), '...', low[max(0, m.start()-60):m.end()+40].replace('\n', ' '))
        for w in ['ize', 'color', 'center', 'behavior', 'program ', 'mom', 'favor', 'labor', 'analyz', 'practice ', 'licence', 'license']:
            for m in re.finditer(w, low):
                print('  SPELL?', repr(w), '...', low[max(0, m.start()-40):m.end()+30].replace('\n', ' '))
