"""Reading a text file whose encoding nobody said: UTF-8, UTF-16 with BOM, cp1252, Latin-1."""

from __future__ import annotations

from dataclasses import dataclass

# German news files come in these; without this list charset-normalizer took
# German cp1252 text for cp1250 (Central European).
_CANDIDATES = ["utf_8", "utf_16", "cp1252", "iso8859_15", "latin_1"]
_BOMS = ((b"\xef\xbb\xbf", "utf_8_sig"), (b"\xff\xfe", "utf_16"), (b"\xfe\xff", "utf_16"))


@dataclass(frozen=True, slots=True)
class Decoded:
    """A file's text and the encoding it was read in."""

    text: str
    encoding: str


def decode(data: bytes) -> Decoded | None:
    """Return the text of ``data`` and its encoding, or ``None`` if it is not text.

    A byte order mark decides; then strict UTF-8; then the best of the Western
    encodings above, as charset-normalizer judges.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(encoding), encoding.replace("_sig", "") + " (BOM)")
            except UnicodeDecodeError:
                return None  # a byte order mark, then bytes that are not that encoding
    try:
        return Decoded(data.decode("utf-8"), "utf_8")
    except UnicodeDecodeError:
        pass
    # Imported here, for the rare file that is not UTF-8: 7 ms of every command's start.
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=_CANDIDATES).best()
    if best is None:
        return None
    return Decoded(str(best), best.encoding)
