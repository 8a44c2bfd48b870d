"""The three text comparisons of REGISTERS.md, and what counts as an empty cell.

- fold():      headers and coded values: no case, no diacritics ('đ' is 'd'),
               no Unicode-form difference, '_' equal to space, spaces collapsed;
- code_key():  coded values, which ignore spaces altogether;
- free_text(): free text compared by rules (position, topic): NFC, case-folded,
               trimmed, inner spaces collapsed, diacritics KEPT.
Python 3 standard library only; shares nothing with the C++ engine.
"""

import unicodedata


def fold(s):
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    s = s.replace("đ", "d").replace("Đ", "D")
    s = s.casefold().replace("_", " ")
    return " ".join(s.split())


def code_key(s):
    """'N ữ' is odd but harmless: coded values ignore spaces."""
    return fold(s).replace(" ", "")


def free_text(s):
    """NFC again after casefold in case folding produced a decomposed sequence."""
    s = unicodedata.normalize("NFC", s)
    s = unicodedata.normalize("NFC", s.casefold())
    return " ".join(s.split())


def cell(value):
    """Surrounding spaces trimmed; an empty or all-space cell is missing (None)."""
    if value is None:
        return None
    v = value.strip()
    return v if v else None
