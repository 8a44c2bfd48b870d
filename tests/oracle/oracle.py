#!/usr/bin/env python3
"""Independent reference implementation of every rule of the catalogue.

    oracle.py DATA_DIR --period P [--as-of YYYY-MM-DD]

Written straight from docs/catalogue.md and
docs/registers.md, sharing no code with the C++ engine. It
reads whichever of the eight registers the folder holds (CSV only: UTF-8 with
or without BOM, UTF-16 with BOM; ',', ';' or tab; Vietnamese or English
headers; NFC or NFD) and prints, P being YYYY or YYYY-MM..YYYY-MM and the
as-of date by default the period's last day:

  {"findings":   [{"rule", "subject", "period", ...evidence}, ...],  # sorted
   "indicators": [{"rule", "status", "value", "target", ...}, ...],
   "skipped":    [{"rule", "reason"}, ...],
   "coverage":   [{"rule", "subjects_checked", "checked", "breached",
                   "without_data"}, ...]}   # each finding rule run

A share indicator also has "numerator" and "denominator" (0/0 included).
Coverage counts cases: a subject in the rule's scope for each window the
rule is read for (every month / quarter of the audit, every year with a month
in the period, whether or not its deadline has passed); "without_data" are
the cases the rule cannot decide (O1.S4: active staff all of unknown gender).

Shares are percent (0-100); statistics as reported. Exit status 2, with a
message, on a register the engine must refuse or a bad period / date.
"""

import argparse
import datetime
import json
import sys

from indicator_rules import STATISTICS, o2_t3, statistics
from media_rules import BROADCASTER_KINDS, o6_t3, o6_t4
from period import UsageError, audited_months, audited_quarters, last_day, months, parse_period
from registers import Registers
from report_rules import v19
from staff_rules import o1_s4, o1_s4_undecided, o1_t1, o5_t4
from values import RegisterError

STAFF_RULES = ["O1.S4", "O1.T1", "O5.T4a", "O5.T4b"]
# rule -> the registers it reads (absent register: skipped).
READS = {rule: ("agencies", "staff") for rule in STAFF_RULES}
READS.update({"O6.T4": ("outlets", "segments"), "O6.T3": ("agencies", "news"),
              "V.19": ("agencies", "reports"), "O2.T3": ("enterprises",)})
READS.update({rule: ("statistics",) for rule in STATISTICS})
INDICATOR_ORDER = ["O1.T1", "O2.T3", "O5.T4a", "O5.T4b"] + list(STATISTICS)


def finding_key(f):
    return (f["rule"], f["subject"], f["period"] or "")


def evaluate(data_dir, period, as_of):
    """The result for a data folder; period as parse_period returns it."""
    reg = Registers(data_dir)
    runs = {r for r, needs in READS.items() if all(n in reg.present for n in needs)}
    findings, indicators = [], []
    if "O1.S4" in runs:
        findings += o1_s4(reg.assignments, reg.gender_of, as_of)
        indicators.append(o1_t1(reg.assignments, reg.gender_of, as_of))
        indicators += o5_t4(reg.assignments, reg.gender_of, as_of)
    if "O6.T4" in runs:
        findings += o6_t4(reg.outlets, reg.segments, period, as_of)
    if "O6.T3" in runs:
        findings += o6_t3(reg.agencies, reg.news, period, as_of)
    if "V.19" in runs:
        findings += v19(reg.agencies, reg.reports, period, as_of)
    if "O2.T3" in runs:
        indicators.append(o2_t3(reg.enterprises))
    if "statistics" in reg.present:
        indicators += statistics(reg.statistics, period)
    indicators.sort(key=lambda i: INDICATOR_ORDER.index(i["rule"]))
    coverage = []

    def covered(rule, subjects, windows, undecided=0):
        breached = sum(1 for f in findings if f["rule"] == rule)
        coverage.append({"rule": rule, "subjects_checked": subjects,
                         "checked": subjects * windows, "breached": breached,
                         "without_data": undecided})

    if "O1.S4" in runs:
        covered("O1.S4", len(reg.agencies), 1,
                o1_s4_undecided(reg.assignments, reg.gender_of, as_of))
    if "O6.T3" in runs:
        communes = sum(1 for level in reg.agencies.values() if level == "commune")
        covered("O6.T3", communes, len(audited_quarters(period, as_of)))
    if "O6.T4" in runs:
        broadcasters = sum(1 for kind in reg.outlets.values() if kind in BROADCASTER_KINDS)
        covered("O6.T4", broadcasters, len(audited_months(period, as_of)))
    if "V.19" in runs:
        subjects = sum(1 for level in reg.agencies.values() if level in ("province", "district"))
        covered("V.19", subjects, len({y for y, _ in months(period)}))
    skipped = [{"rule": r, "reason": "missing register: " +
                ", ".join(n for n in READS[r] if n not in reg.present)}
               for r in READS if r not in runs]
    return {"findings": sorted(findings, key=finding_key), "indicators": indicators,
            "skipped": sorted(skipped, key=lambda s: s["rule"]),
            "coverage": sorted(coverage, key=lambda c: c["rule"])}


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data_dir")
    ap.add_argument("--period", required=True, help="YYYY or YYYY-MM..YYYY-MM")
    ap.add_argument("--as-of", help="YYYY-MM-DD (default: the period's last day)")
    args = ap.parse_args(argv)
    try:
        period = parse_period(args.period)
        try:
            as_of = datetime.date.fromisoformat(args.as_of) if args.as_of else last_day(period)
        except ValueError:
            raise UsageError(f"--as-of {args.as_of!r} is not YYYY-MM-DD") from None
        result = evaluate(args.data_dir, period, as_of)
    except (UsageError, RegisterError, OSError) as e:
        print(f"oracle: {e}", file=sys.stderr)
        return 2
    json.dump(result, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
