#!/usr/bin/env python3
"""Independent reference implementation of rules O1.S4 and O1.T1.

Written straight from /work/shared/plan/CATALOGUE.md and
/work/shared/registers/REGISTERS.md, sharing no code with the C++ engine, so
that the two can be cross-checked (see crosscheck.py). It reads the agencies
and staff registers as CSV (UTF-8 with or without BOM, UTF-16 with BOM;
',', ';' or tab; Vietnamese or English headers) and prints:

  {"findings":   [{"rule": "O1.S4", "subject": CODE, "period": null,
                   "women": n, "known": n}, ...],          # sorted by subject
   "indicators": [{"rule": "O1.T1", "value": percent-or-null,
                   "status": "met"|"not_met"|"no_data", "target": 60}]}

Usage: o1_oracle.py DATA_DIR [--as-of YYYY-MM-DD]   (default 2025-12-31)

Input the spec calls an error (unknown coded value, bad date, dangling
reference, conflicting genders, ...) makes it exit with status 2 and a
message, mirroring the engine, which imports nothing from a bad register.
Python 3 standard library only.
"""

import argparse
import csv
import datetime
import io
import json
import os
import re
import sys
import unicodedata

AS_OF_DEFAULT = "2025-12-31"
TARGET_O1T1 = 60      # percent, "at least"
THRESHOLD_O1S4 = 30   # percent of women, "at least"

# Key-leader positions, used only when the staff register has no key_leader
# column (REGISTERS.md, staff). Compared as normalized free text: a plain
# prefix, diacritics kept, so "Trưởng bản" is not "Trưởng ban".
KEY_LEADER_PREFIXES = [
    "Giám đốc", "Phó Giám đốc", "Chủ tịch", "Phó Chủ tịch", "Trưởng ban",
    "Phó Trưởng ban", "Chánh Văn phòng", "Chánh Thanh tra", "Cục trưởng",
    "Phó Cục trưởng",
]


class RegisterError(Exception):
    """A mistake in an input file: the engine would refuse the register."""


# --------------------------------------------------------------------------
# Normalization. Three different comparisons, as REGISTERS.md defines them.

def fold(s):
    """Header / coded-value key: no case, no diacritics (đ counts as d), no
    Unicode-form difference, '_' equal to space, spaces collapsed."""
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    s = s.replace("đ", "d").replace("Đ", "D")
    s = s.casefold().replace("_", " ")
    return " ".join(s.split())


def code_key(s):
    """Coded values ignore spaces altogether ('N ữ' is odd but harmless)."""
    return fold(s).replace(" ", "")


def free_text(s):
    """Free text compared by rules: NFC, case-folded, trimmed, inner spaces
    collapsed; diacritics kept. NFC again after casefold in case folding
    produced a decomposed sequence."""
    s = unicodedata.normalize("NFC", s)
    s = unicodedata.normalize("NFC", s.casefold())
    return " ".join(s.split())


def cell(value):
    """Surrounding spaces trimmed; an empty or all-space cell is missing."""
    if value is None:
        return None
    v = value.strip()
    return v if v else None


# --------------------------------------------------------------------------
# Coded values and dates.

GENDER_FORMS = {
    "female": {"nu", "f", "female"},
    "male": {"nam", "m", "male"},
}
KEY_LEADER_TRUE = {"x", "co", "yes", "1", "true"}
KEY_LEADER_FALSE = {"khong", "no", "0", "false"}
LEVEL_FORMS = {
    "tinh": "province", "province": "province",
    "huyen": "district", "district": "district",
    "xa": "commune", "commune": "commune",
}


def parse_gender(raw, where):
    v = cell(raw)
    if v is None:
        return None
    k = code_key(v)
    for gender, forms in GENDER_FORMS.items():
        if k in forms:
            return gender
    raise RegisterError(f"{where}: gender {raw!r} is not Nữ/Nam/F/M/female/male/empty")


def parse_key_leader(raw, where):
    v = cell(raw)
    if v is None:
        return False
    k = code_key(v)
    if k in KEY_LEADER_TRUE:
        return True
    if k in KEY_LEADER_FALSE:
        return False
    raise RegisterError(f"{where}: key_leader {raw!r} is not x/có/yes/1/true/không/no/0/false/empty")


def parse_level(raw, where):
    k = code_key(raw)
    if k not in LEVEL_FORMS:
        raise RegisterError(f"{where}: level {raw!r} is not tỉnh/huyện/xã")
    return LEVEL_FORMS[k]


# dd/mm/yyyy and d/m/yyyy (one or two digits), dd-mm-yyyy, yyyy-mm-dd.
# Never mm/dd/yyyy.
_DMY_SLASH = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
_DMY_DASH = re.compile(r"^(\d{2})-(\d{2})-(\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


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


# --------------------------------------------------------------------------
# Reading a CSV register.

AGENCY_FIELDS = {
    "agency_code": "Mã đơn vị",
    "agency_name": "Tên đơn vị",
    "level": "Cấp",
    "parent_code": "Mã đơn vị cấp trên",
    "district": "Huyện, thị xã, thành phố",
}
AGENCY_REQUIRED = ["agency_code", "agency_name", "level"]

STAFF_FIELDS = {
    "staff_id": "Mã cán bộ",
    "full_name": "Họ và tên",
    "gender": "Giới tính",
    "birth_date": "Ngày sinh",
    "agency_code": "Mã đơn vị",
    "position": "Chức vụ",
    "key_leader": "Lãnh đạo chủ chốt",
    "start_date": "Ngày bắt đầu",
    "end_date": "Ngày kết thúc",
    "degree": "Trình độ",
}
STAFF_REQUIRED = ["staff_id", "full_name", "gender", "agency_code"]


def decode(path):
    data = open(path, "rb").read()
    if not data:
        raise RegisterError(f"{path}: empty file")
    if data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
        text = data.decode("utf-16")          # the BOM picks the byte order
    else:
        try:
            text = data.decode("utf-8-sig")   # strips a UTF-8 BOM if present
        except UnicodeDecodeError:
            raise RegisterError(f"{path}: not UTF-8 (or UTF-16 with BOM)") from None
    return text


def detect_delimiter(text):
    """The delimiter is the one of ',', ';', tab most frequent in the header
    record outside quotes: headers never contain a bare delimiter, while a
    quoted header such as "Huyện, thị xã, thành phố" may hide commas."""
    counts = {",": 0, ";": 0, "\t": 0}
    in_quotes = False
    for ch in text:
        if ch == '"':
            in_quotes = not in_quotes
        elif not in_quotes:
            if ch in "\r\n":
                break
            if ch in counts:
                counts[ch] += 1
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","   # a one-column file


def read_register(path, fields, required):
    """Rows of the register as dicts field -> raw cell (or None when the
    column is absent), with the spreadsheet row number under '_row'.
    Returns (rows, present_fields)."""
    text = decode(path)
    delim = detect_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delim, strict=True)
    try:
        records = list(reader)
    except csv.Error as e:
        raise RegisterError(f"{path}: malformed CSV: {e}") from None
    if not records:
        raise RegisterError(f"{path}: no header row")

    by_key = {}
    for field, vi in fields.items():
        by_key[fold(vi)] = field
        by_key[fold(field)] = field          # English header = the field name
    column_of = {}
    for i, header in enumerate(records[0]):
        field = by_key.get(fold(header))
        if field is None:
            continue                          # STT, Ghi chú, ...: ignored
        if field in column_of:
            raise RegisterError(f"{path}: two columns name {field}")
        column_of[field] = i
    for field in required:
        if field not in column_of:
            raise RegisterError(f"{path}: missing column {field} ({fields[field]})")

    rows = []
    # Spreadsheet row numbers: header is row 1. A quoted line break keeps a
    # record on one row, so count records, not physical lines.
    for n, rec in enumerate(records[1:], start=2):
        if all(cell(v) is None for v in rec):
            continue                          # blank line (e.g. at the end)
        if len(rec) > len(records[0]):
            raise RegisterError(f"{path}:{n}: {len(rec)} cells, header has {len(records[0])}")
        row = {"_row": n}
        for field in fields:
            i = column_of.get(field)
            row[field] = rec[i] if i is not None and i < len(rec) else None
        rows.append(row)
    return rows, set(column_of)


def find_register(data_dir, name):
    path = os.path.join(data_dir, name + ".csv")
    if os.path.exists(path):
        return path
    if os.path.exists(os.path.join(data_dir, name + ".xlsx")):
        raise RegisterError(f"{name}.xlsx: the oracle reads CSV only")
    return None


# --------------------------------------------------------------------------
# The rules.

def load(data_dir):
    """Agencies (code -> level) and assignments, validated as the engine would."""
    ag_path = find_register(data_dir, "agencies")
    st_path = find_register(data_dir, "staff")
    if ag_path is None or st_path is None:
        return None                           # the staff rules are skipped

    agency_rows, _ = read_register(ag_path, AGENCY_FIELDS, AGENCY_REQUIRED)
    agencies = {}
    for r in agency_rows:
        where = f"{ag_path}:{r['_row']}"
        code = cell(r["agency_code"])
        for f in AGENCY_REQUIRED:
            if cell(r[f]) is None:
                raise RegisterError(f"{where}: {f} is empty")
        if code in agencies:
            raise RegisterError(f"{where}: duplicate agency_code {code}")
        agencies[code] = parse_level(r["level"], where)
    for r in agency_rows:
        parent = cell(r["parent_code"])
        if parent is not None and parent not in agencies:
            raise RegisterError(f"{ag_path}:{r['_row']}: parent_code {parent} is not an agency")

    staff_rows, present = read_register(st_path, STAFF_FIELDS, STAFF_REQUIRED)
    has_key_leader_column = "key_leader" in present
    prefixes = [free_text(p) for p in KEY_LEADER_PREFIXES]
    assignments = []
    gender_of = {}                            # staff_id -> known gender
    for r in staff_rows:
        where = f"{st_path}:{r['_row']}"
        for f in ["staff_id", "full_name", "agency_code"]:
            if cell(r[f]) is None:
                raise RegisterError(f"{where}: {f} is empty")
        sid = cell(r["staff_id"])
        agency = cell(r["agency_code"])
        if agency not in agencies:
            raise RegisterError(f"{where}: agency_code {agency} is not in agencies")
        gender = parse_gender(r["gender"], where)
        if gender is not None:
            # A blank on one row never overrides a known gender on another;
            # two different known genders are an error in the register.
            if gender_of.setdefault(sid, gender) != gender:
                raise RegisterError(f"{where}: staff_id {sid} has two genders")
        if has_key_leader_column:
            key = parse_key_leader(r["key_leader"], where)
        else:
            pos = cell(r["position"])
            key = pos is not None and any(free_text(pos).startswith(p) for p in prefixes)
        start = parse_date(r["start_date"], where)
        end = parse_date(r["end_date"], where)
        parse_date(r["birth_date"], where)    # validated only: a bad date is an error
        assignments.append({"staff_id": sid, "agency": agency, "key": key,
                            "start": start, "end": end})
    return agencies, assignments, gender_of


def is_active(a, as_of):
    # end_date is the last day in the post, so a post ending on as_of is active.
    return (a["start"] is None or a["start"] <= as_of) and \
           (a["end"] is None or a["end"] >= as_of)


def evaluate(data_dir, as_of):
    loaded = load(data_dir)
    if loaded is None:
        return {"findings": [], "indicators": [], "skipped": ["O1.S4", "O1.T1"]}
    _agencies, assignments, gender_of = loaded

    persons = {}          # agency -> set of staff_id with an active assignment there
    female_leader = {}    # agency -> True when an active key-leader post is held by a woman
    for a in assignments:
        if not is_active(a, as_of):
            continue
        persons.setdefault(a["agency"], set()).add(a["staff_id"])
        female_leader.setdefault(a["agency"], False)
        if a["key"] and gender_of.get(a["staff_id"]) == "female":
            female_leader[a["agency"]] = True

    findings = []
    for agency in sorted(persons):
        known = [p for p in persons[agency] if p in gender_of]
        women = sum(1 for p in known if gender_of[p] == "female")
        if not known:
            continue                          # all unknown: no data, no finding
        # Exact integer comparison: 3 of 10 is 30% and meets "at least 30%".
        if women * 100 >= THRESHOLD_O1S4 * len(known) and not female_leader[agency]:
            findings.append({"rule": "O1.S4", "subject": agency, "period": None,
                             "women": women, "known": len(known)})

    denominator = len(persons)                # agencies with >= 1 active assignment
    numerator = sum(1 for v in female_leader.values() if v)
    if denominator == 0:
        indicator = {"rule": "O1.T1", "value": None, "status": "no_data",
                     "target": TARGET_O1T1}
    else:
        met = numerator * 100 >= TARGET_O1T1 * denominator
        indicator = {"rule": "O1.T1", "value": 100.0 * numerator / denominator,
                     "status": "met" if met else "not_met", "target": TARGET_O1T1,
                     "numerator": numerator, "denominator": denominator}
    return {"findings": findings, "indicators": [indicator]}


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data_dir")
    ap.add_argument("--as-of", default=AS_OF_DEFAULT)
    args = ap.parse_args(argv)
    try:
        as_of = datetime.date.fromisoformat(args.as_of)
    except ValueError:
        print(f"--as-of {args.as_of!r} is not YYYY-MM-DD", file=sys.stderr)
        return 2
    try:
        result = evaluate(args.data_dir, as_of)
    except (RegisterError, OSError) as e:
        print(f"o1_oracle: {e}", file=sys.stderr)
        return 2
    json.dump(result, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
