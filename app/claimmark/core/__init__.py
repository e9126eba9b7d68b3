"""Pure Python: text, spans, the interval index, labels, articles, plans and suggestions.

No Qt, no SQL, no file I/O beyond what is passed in; the detector (``detector/``) and
team work's rules (``team/``) build on it.
"""
