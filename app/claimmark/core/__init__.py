"""Pure Python: text, spans, labels, numbers and the detector; no Qt, no SQL."""
