"""Self-check: word counts, quotes in labels.yaml found in the .docx text, woolly words in F."""
import re, sys, yaml
from docx import Document
sys.path.insert(0, '.')
from generate import PLANS

def all_text(doc):
    out = []
    def walk(el):
        for child in el.iterchildren():
            tag = child.tag.split('}')[1]
            if tag == 'p':
                t = ''.join(x.text or '' for x in child.iter() if x.tag.endswith('}t'))
                out.append(t)
            elif tag in ('tbl', 'tr', 'tc', 'sdt', 'sdtContent'):
                walk(child)
    walk(doc.element.body)
    return out

def block_text(blocks):
    t = []
    for b in blocks:
        if b[0] in ('sub', 'p'): t.append(b[1])
        elif b[0] == 'bp': t.append(b[1] + b[2])
        elif b[0] in ('ul', 'ol'):
            for it in b[1]: t.append(it if isinstance(it, str) else it[0] + it[1])
        elif b[0] == 'table':
            for row in [b[1]] + b[2]: t.extend(row)
    return t

WOOLLY = ["access to", "opportunit", "as required", "as appropriate", "regular", "where possible",
          "up to", "would benefit", "should", " may ", "as needed", "when needed", "if needed", "when required", "ad hoc", "flexib"]
def main():
  labels = yaml.safe_load(open('labels.yaml'))
  lab = {p['file']: p for p in labels['plans']}
  for p in PLANS:
      doc = Document('plans/' + p['file'])
      paras = all_text(doc)
      text = '\n'.join(paras)
      flat = ' '.join(paras)
      words = len(re.findall(r"[A-Za-z0-9'£%]+", flat))
      fails = [c for c, v in lab[p['file']]['labels'].items() if v == 'fail']
      print(f"{p['file']} {p['layout']:22s} words={words} fails={fails}")
      ftext = ' '.join(block_text(p['sections']['F']['blocks'])).lower()
      hits = [w for w in WOOLLY if w in ' ' + ftext + ' ']
      if hits: print('   woolly in F:', hits)
      for crit, why in lab[p['file']].get('why', {}).items():
          for q in re.findall(r'"([^"]+)"', why):
              for part in re.split(r' \| | \.\.\. ', q):
                  part = part.strip()
                  if part and part not in flat:
                      print(f'   QUOTE NOT FOUND [{crit}]: {part!r}')

if __name__ == '__main__':
    main()
