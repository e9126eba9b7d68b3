"""File formats: one module per format, readers and writers over core records.

The registry of formats and :func:`~claimmark.formats.registry.export` are in
``registry``, not here: a package's ``__init__`` runs at the import of any of its
modules, and the window's first paint reads the lexicon file (``formats.lexicon``)
but writes no format (every format module imported, 11 ms of a start).
"""
