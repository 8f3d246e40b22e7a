"""Body text by readability-lxml (Debian's python3-readability) for eval:extract.

Reads a JSON list of file paths on stdin, prints a JSON object {path: text} and the seconds spent.
Used only to compare extractors side by side; Mirsad does not depend on it.
"""
import json
import sys
import time

import lxml.html
from readability import Document

paths = json.load(sys.stdin)
out = {}
start = time.perf_counter()
for p in paths:
    try:
        with open(p, 'rb') as f:
            raw = f.read()
        summary = Document(raw).summary(html_partial=True)
        out[p] = lxml.html.fromstring(summary).text_content() if summary.strip() else ''
    except Exception:  # a page readability cannot parse counts as empty
        out[p] = ''
json.dump({'texts': out, 'seconds': time.perf_counter() - start}, sys.stdout, ensure_ascii=False)
