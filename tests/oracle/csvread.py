"""Reading one CSV register: encoding, delimiter, header matching, records.

UTF-8 with or without BOM, or UTF-16 with a BOM; ',', ';' or tab, detected
from the header record; RFC 4180 quoting; headers in Vietnamese or English
(the field name), matched with textnorm.fold; unknown columns ignored.
Rows are numbered as a spreadsheet shows them: the header is row 1.
"""

import csv
import io
import os

from textnorm import cell, fold
from values import RegisterError


def decode(path):
    with open(path, "rb") as f:
        data = f.read()
    if not data:
        raise RegisterError(f"{path}: empty file")
    if data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
        return data.decode("utf-16")          # the BOM picks the byte order
    try:
        return data.decode("utf-8-sig")        # strips a UTF-8 BOM if present
    except UnicodeDecodeError:
        raise RegisterError(f"{path}: not UTF-8 (or UTF-16 with BOM)") from None


def detect_delimiter(text):
    """The one of ',', ';', tab most frequent in the header record outside
    quotes: a quoted header such as "Huyện, thị xã, thành phố" hides commas."""
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
    return best if counts[best] else ","      # a one-column file


def read_register(path, fields, required):
    """fields: {field: Vietnamese header}; required: fields whose COLUMN must
    be present. Returns (rows, present_fields); each row maps every field to
    its raw cell (None when the column is absent), '_row' to its row number."""
    text = decode(path)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=detect_delimiter(text),
                        strict=True)
    try:
        records = list(reader)
    except csv.Error as e:
        raise RegisterError(f"{path}: malformed CSV: {e}") from None
    if not records:
        raise RegisterError(f"{path}: no header row")

    by_key = {}
    for field, vi in fields.items():
        by_key[fold(vi)] = field
        by_key[fold(field)] = field            # English header = the field name
    column_of = {}
    for i, header in enumerate(records[0]):
        field = by_key.get(fold(header))
        if field is None:
            continue                            # STT, Ghi chú, ...: ignored
        if field in column_of:
            raise RegisterError(f"{path}: two columns name {field}")
        column_of[field] = i
    for field in required:
        if field not in column_of:
            raise RegisterError(f"{path}: missing column {field} ({fields[field]})")

    rows = []
    # A quoted line break keeps a record on one row: count records, not lines.
    for n, rec in enumerate(records[1:], start=2):
        if all(cell(v) is None for v in rec):
            continue                            # blank line (e.g. at the end)
        if len(rec) > len(records[0]):
            raise RegisterError(f"{path}:{n}: {len(rec)} cells, header has {len(records[0])}")
        row = {"_row": n}
        for field in fields:
            i = column_of.get(field)
            row[field] = rec[i] if i is not None and i < len(rec) else None
        rows.append(row)
    return rows, set(column_of)


def find_register(data_dir, name):
    """Path of NAME.csv in the folder, or None when the register is absent."""
    path = os.path.join(data_dir, name + ".csv")
    if os.path.exists(path):
        return path
    if os.path.exists(os.path.join(data_dir, name + ".xlsx")):
        raise RegisterError(f"{name}.xlsx: the oracle reads CSV only")
    return None
