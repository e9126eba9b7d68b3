"""The claim detector: rules over tokens, numbers and a lexicon; what confirmed spans teach.

Pure Python like ``core``: no Qt, no SQL, no file I/O. Nothing is imported here, so
that the store can use ``learning`` without loading the rules and their number words.
"""
