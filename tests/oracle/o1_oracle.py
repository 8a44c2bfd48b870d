#!/usr/bin/env python3
"""Independent reference implementation of rules O1.S4 and O1.T1.

Written straight from docs/catalogue.md and
docs/registers.md, sharing no code with the C++ engine, so
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
Only agencies and staff are read; oracle.py covers every rule and register.
Python 3 standard library only.
"""

import argparse
import datetime
import json
import sys

from csvread import find_register
from registers import load_agencies, load_staff
from staff_rules import o1_s4, o1_t1
from values import RegisterError

AS_OF_DEFAULT = "2025-12-31"


def evaluate(data_dir, as_of):
    ag_path = find_register(data_dir, "agencies")
    st_path = find_register(data_dir, "staff")
    if ag_path is None or st_path is None:
        return {"findings": [], "indicators": [], "skipped": ["O1.S4", "O1.T1"]}
    assignments, gender_of = load_staff(st_path, load_agencies(ag_path))
    return {"findings": o1_s4(assignments, gender_of, as_of),
            "indicators": [o1_t1(assignments, gender_of, as_of)]}


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
