"""Cells to values, as REGISTERS.md defines them, and the error for a cell the
engine must refuse (RegisterError: the whole register is then not imported).

Coded values match their listed forms ignoring case, Unicode form, diacritics
and spaces; a value outside its list is an error, except in degree and status,
whose tables say what anything else means. Dates: dd/mm/yyyy, d/m/yyyy,
dd-mm-yyyy, yyyy-mm-dd, never mm/dd/yyyy. Numbers: '12.5' or '12,5'.
"""

import datetime
import re

from textnorm import cell, code_key


class RegisterError(Exception):
    """A mistake in an input file: the engine would refuse the register."""


def _forms(table):
    """{meaning: [written forms]} -> {code_key(form): meaning}."""
    return {code_key(f): meaning for meaning, forms in table.items() for f in forms}


GENDER = _forms({"female": ["Nữ", "F", "female"], "male": ["Nam", "M", "male"]})
KEY_LEADER = _forms({True: ["x", "có", "yes", "1", "true"],
                     False: ["không", "no", "0", "false"]})
LEVEL = _forms({"province": ["tỉnh", "province"], "district": ["huyện", "district"],
                "commune": ["xã", "commune"]})
KIND = _forms({"provincial": ["đài tỉnh", "provincial broadcaster"],
               "district": ["đài huyện", "district broadcaster"],
               "newspaper": ["báo", "newspaper"],
               "portal": ["cổng thông tin", "portal"]})
ENTERPRISE_TYPE = _forms({"enterprise": ["doanh nghiệp", "enterprise"],
                          "cooperative": ["hợp tác xã", "cooperative"]})
STATUS_ACTIVE = {code_key(f) for f in ["hoạt động", "active"]}
DEGREE = _forms({"doctor": ["Tiến sĩ", "Tiến sỹ", "TS", "PhD", "doctor"],
                 "master": ["Thạc sĩ", "Thạc sỹ", "ThS", "master"]})
DEGREE_RANK = {"other": 0, "master": 1, "doctor": 2}


def coded(raw, table, field, where, empty=None):
    """The meaning of a coded cell; `empty` when the cell is missing."""
    v = cell(raw)
    if v is None:
        return empty
    k = code_key(v)
    if k not in table:
        raise RegisterError(f"{where}: {field} {raw!r} is not one of its listed forms")
    return table[k]


def parse_gender(raw, where):
    return coded(raw, GENDER, "gender", where)


def parse_key_leader(raw, where):
    return coded(raw, KEY_LEADER, "key_leader", where, empty=False)


def parse_status_active(raw):
    """Empty, 'hoạt động' or 'active' = active; anything else = not active."""
    v = cell(raw)
    return v is None or code_key(v) in STATUS_ACTIVE


def parse_degree(raw):
    """doctor, master, or other (anything else, empty included)."""
    v = cell(raw)
    return "other" if v is None else DEGREE.get(code_key(v), "other")


_DMY_SLASH = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
_DMY_DASH = re.compile(r"^(\d{2})-(\d{2})-(\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_NUMBER = re.compile(r"^[+-]?\d+(?:[.,]\d+)?$")
_INTEGER = re.compile(r"^[+-]?\d+$")


def parse_date(raw, where):
    v = cell(raw)
    if v is None:
        return None
    m = _DMY_SLASH.match(v) or _DMY_DASH.match(v)
    if m:
        d, mo, y = (int(x) for x in m.groups())
    else:
        m = _ISO.match(v)
        if not m:
            raise RegisterError(f"{where}: date {raw!r} is not dd/mm/yyyy, dd-mm-yyyy or yyyy-mm-dd")
        y, mo, d = (int(x) for x in m.groups())
    try:
        return datetime.date(y, mo, d)
    except ValueError:
        raise RegisterError(f"{where}: {raw!r} is not a real date") from None


def parse_number(raw, where):
    v = cell(raw)
    if v is None:
        return None
    if not _NUMBER.match(v):
        raise RegisterError(f"{where}: {raw!r} is not a number (12.5 or 12,5)")
    return float(v.replace(",", "."))


def parse_integer(raw, where):
    v = cell(raw)
    if v is None:
        return None
    if not _INTEGER.match(v):
        raise RegisterError(f"{where}: {raw!r} is not an integer")
    return int(v)
