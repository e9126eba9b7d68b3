"""sqlite-utils, imported without pandas and numpy.

sqlite-utils imports pandas and numpy whenever they are installed, only to map
their types to columns; Claimmark never stores either. Where they are installed
(the test extra brings them) that import was 0.6 s of a 1 s start. They are
hidden while sqlite-utils is first imported, and importable again afterwards.
"""

from __future__ import annotations

import sys

_OPTIONAL = ("pandas", "numpy")

_hidden = [name for name in _OPTIONAL if name not in sys.modules]
for _name in _hidden:
    sys.modules[_name] = None  # type: ignore[assignment] # makes the import fail
try:
    import sqlite_utils
    from sqlite_utils import Database
    from sqlite_utils import Migrations
finally:
    for _name in _hidden:
        if sys.modules.get(_name) is None:
            del sys.modules[_name]

__all__ = ["Database", "Migrations", "sqlite_utils"]
