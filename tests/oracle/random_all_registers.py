#!/usr/bin/env python3
"""Seeded random registers for all eight templates, with a period, an as-of
date and the result the generator meant, for cross-checking every rule.

    random_all_registers.py OUT_DIR --seed N [--expect FILE]

Prints the audit's period and as-of date (JSON) and writes into OUT_DIR any
subset of agencies, staff, outlets, segments, news, reports, enterprises and
statistics (.csv, in random valid file forms; absent registers make their rules
skipped). Agencies and staff come from random_registers.Generator (its O1
boundary cases, at this seed's as-of date) with degrees planned here to put
O5.T4a at exactly 50% or just under, O5.T4b at exactly 30%, a doctor who also
lists a master's; gen_media.py and gen_returns.py draw the rest (see their
docstrings for the boundaries). Periods: a year, a partial year such as
2025-02..2025-11 (only wholly-inside quarters), across a new year, one month,
three years; as-of dates: the default, inside the period (month ends, the day
before, 9/10/11 December), after it, before it.

--expect FILE writes what the generator meant, from its model, in oracle.py's
format ({"findings", "indicators", "skipped"} plus "period" and "as_of").
"""

import argparse
import datetime
import json
import os
import random
import sys

from gen_calendar import DAY, month_end, random_day, shift, span
from gen_media import Media
from gen_returns import STATS, Returns
from random_registers import Generator

REGISTERS = ["agencies", "staff", "outlets", "segments", "news", "reports", "enterprises",
             "statistics"]
READS = {"O1.S4": ("agencies", "staff"), "O1.T1": ("agencies", "staff"),
         "O5.T4a": ("agencies", "staff"), "O5.T4b": ("agencies", "staff"),
         "O6.T4": ("outlets", "segments"), "O6.T3": ("agencies", "news"),
         "V.19": ("agencies", "reports"), "O2.T3": ("enterprises",)}
READS.update({rule: ("statistics",) for rule in STATS})

DEGREE_FORMS = {
    "doctor": ["Tiến sĩ", "Tiến sỹ", "TS", "PhD", "doctor", "TIẾN SĨ", "tien si", "Tiến  sĩ"],
    "master": ["Thạc sĩ", "Thạc sỹ", "ThS", "master", "THẠC SĨ", "thac sy", "Master", "THS"],
    "other": ["", "", "Cử nhân", "Kỹ sư", "Đại học", "Cao đẳng", "Trung cấp", "Bác sĩ CKII"],
}
RANK = {"other": 0, "master": 1, "doctor": 2}


class StaffWithDegrees(Generator):
    """The O1 generator at another as-of date, with each person's highest
    degree planned (and written on one of their rows, lower ones elsewhere)."""

    def __init__(self, seed, as_of, rng):
        super().__init__(seed, None, as_of)
        self.deg_rng = rng

    def plan_degrees(self):
        r = self.deg_rng
        persons = {a.person.sid: a.person for a in self.assignments}
        active = {a.person.sid for a in self.assignments if a.active(self.as_of)}
        pool = {g: [p for p in persons.values() if p.sid in active and p.gender == g]
                for g in "FM"}
        for g in pool:
            r.shuffle(pool[g])
        self.top, steered = {}, set()
        k = r.randint(1, 4)
        wants = {"master": {"exact": (k, k), "under": (k - 1, k), "over": (k, k - 1)},
                 "doctor": {"exact": (3, 7), "under": (2, 5), "over": (3, 6)}}
        for degree in ("master", "doctor"):
            need = wants[degree].get(r.choice(["random", "exact", "exact", "under", "over"]))
            if need and len(pool["F"]) >= need[0] and len(pool["M"]) >= need[1]:
                steered.add(degree)
                for g, n in zip("FM", need):
                    for p in pool[g][:n]:
                        self.top[p.sid] = degree
                    pool[g] = pool[g][n:]
        free = [c for c in ("other", "master", "doctor") if c == "other" or c not in steered]
        for p in pool["F"] + pool["M"]:       # active, known gender, not steered
            self.top[p.sid] = r.choice(free)
        for sid in persons:                   # inactive or unknown: anything
            self.top.setdefault(sid, r.choices(list(RANK), [55, 28, 17])[0])
        self.designated = {}
        for a in self.assignments:
            self.designated.setdefault(a.person.sid, a)

    def degree_cell(self, a):
        r = self.deg_rng
        top = self.top[a.person.sid]
        cat = top if self.designated[a.person.sid] is a else \
            r.choice([c for c in RANK if RANK[c] <= RANK[top]])
        return self.text(r.choice(DEGREE_FORMS[cat]))

    def o5_t4(self):
        active = {a.person for a in self.assignments if a.active(self.as_of)}
        out = []
        for rule, degree, target in (("O5.T4a", "master", 50), ("O5.T4b", "doctor", 30)):
            known = [p for p in active if p.gender and "degree" in self.staff_columns
                     and self.top[p.sid] == degree]
            women = sum(1 for p in known if p.gender == "F")
            out.append({"rule": rule, "status": "no_data", "value": None, "target": target}
                       if not known else
                       {"rule": rule, "status": "met" if women * 100 >= target * len(known)
                        else "not_met", "value": 100.0 * women / len(known), "target": target})
        return out


def choose_period(r):
    """(text, first month, last month)."""
    y = r.choice([2023, 2024, 2025, 2025, 2025])
    kind = r.choices(["year", "year_range", "partial", "across", "month", "three_years"],
                     [35, 8, 25, 15, 8, 9])[0]
    if kind in ("year", "year_range"):
        first, last = (y, 1), (y, 12)
    elif kind == "partial":
        first, last = ((2025, 2), (2025, 11)) if r.random() < 0.25 else \
            sorted([(y, r.randint(1, 12)), (y, r.randint(1, 12))])
    elif kind == "across":
        first, last = (y - 1, r.randint(2, 12)), (y, r.randint(1, 11))
    elif kind == "month":
        first = last = (y, r.randint(1, 12))
    else:
        first, last = (y - 2, r.randint(1, 12)), (y, r.randint(1, 12))
    text = str(y) if kind == "year" else f"{first[0]}-{first[1]:02d}..{last[0]}-{last[1]:02d}"
    return text, first, last


def choose_as_of(r, first, last):
    """(as-of date, whether to pass it to the engine or let it default)."""
    start, end = datetime.date(*first, 1), month_end(*last)
    kind = r.choices(["default", "last_day", "inside", "month_edge", "december", "after",
                      "before"], [33, 5, 18, 12, 12, 12, 8])[0]
    if kind == "default":
        return end, False
    if kind == "inside":
        return random_day(r, start, end), True
    if kind == "month_edge":
        y, m = r.choice(span(first, last))
        return month_end(y, m) - DAY * r.choice([0, 0, 1]), True
    if kind == "december":
        return datetime.date(r.choice(range(first[0], last[0] + 1)), 12, r.choice([9, 10, 11])), True
    if kind == "after":
        return end + DAY * r.randint(1, 500), True
    if kind == "before":
        return start - DAY * r.randint(1, 200), True
    return end, True


def audited(first, last, as_of):
    """(months, quarters, report years) audited, worked out independently."""
    months = [(y, m) for y, m in span(first, last) if month_end(y, m) <= as_of]
    quarters = [(y, (m + 2) // 3) for y, m in span(first, last)
                if m % 3 == 1 and shift((y, m), 2) <= last and month_end(*shift((y, m), 2)) <= as_of]
    years = [y for y in range(first[0], last[0] + 1) if datetime.date(y, 12, 10) <= as_of]
    return months, quarters, years


def generate(out_dir, seed):
    """Writes the registers; returns the model's expected result with the
    audit's "period" (text), "as_of" (date) and "as_of_given" (bool)."""
    r = random.Random(f"genaudit-all-rules-{seed}")
    period, first, last = choose_period(r)
    as_of, given = choose_as_of(r, first, last)
    present = set(REGISTERS) if r.random() < 0.45 else \
        {name for name in REGISTERS if r.random() < 0.75}

    staff = StaffWithDegrees(seed, as_of, random.Random(f"degrees-{seed}"))
    staff.build()
    staff.plan_degrees()
    agencies = [{"code": a["code"], "level": a["level"]} for a in staff.agencies]
    media = Media(random.Random(f"media-{seed}"), (shift(first, -2), shift(last, 2)),
                  [a["code"] for a in agencies if a["level"] == "commune"])
    media.make_outlets()
    media.make_segments()
    media.make_news()
    returns = Returns(random.Random(f"returns-{seed}"), list(range(first[0] - 1, last[0] + 2)),
                      agencies, last[0])
    returns.make_reports()
    returns.make_enterprises()
    returns.make_statistics()

    os.makedirs(out_dir, exist_ok=True)
    staff.write(out_dir)                      # agencies.csv and staff.csv
    for name in ("agencies", "staff"):
        if name not in present:
            os.remove(os.path.join(out_dir, name + ".csv"))
    writers = {"outlets": media.write_outlets, "segments": media.write_segments,
               "news": media.write_news, "reports": returns.write_reports,
               "enterprises": returns.write_enterprises, "statistics": returns.write_statistics}
    for name, write in writers.items():
        if name in present:
            write(staff, out_dir)

    runs = {rule for rule, needs in READS.items() if set(needs) <= present}
    months, quarters, years = audited(first, last, as_of)
    findings, indicators = [], []
    if "O1.S4" in runs:
        o1 = staff.expected()
        findings += [(f["rule"], f["subject"], None) for f in o1["findings"]]
        indicators += [{k: i[k] for k in ("rule", "status", "value", "target")}
                       for i in o1["indicators"]] + staff.o5_t4()
    if "O6.T4" in runs:
        findings += media.o6_t4(months)
    if "O6.T3" in runs:
        findings += media.o6_t3(quarters)
    if "V.19" in runs:
        findings += returns.v19(years)
    if "O2.T3" in runs:
        indicators.append(returns.o2_t3())
    if "O2.T1" in runs:
        indicators += returns.statistics()
    return {"findings": [{"rule": f[0], "subject": f[1], "period": f[2]}
                         for f in sorted(findings, key=lambda f: (f[0], f[1], f[2] or ""))],
            "indicators": indicators,
            "skipped": [{"rule": rule} for rule in sorted(set(READS) - runs)],
            "period": period, "as_of": as_of, "as_of_given": given}


def main():
    ap = argparse.ArgumentParser(description="Seeded random registers for every rule.")
    ap.add_argument("out_dir")
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--expect", help="also write the generator's expected result here")
    args = ap.parse_args()
    meant = generate(args.out_dir, args.seed)
    meant["as_of"] = meant["as_of"].isoformat()
    print(json.dumps({"period": meant["period"], "as_of": meant["as_of"],
                      "as_of_given": meant["as_of_given"]}))
    if args.expect:
        with open(args.expect, "w", encoding="utf-8") as f:
            json.dump(meant, f, ensure_ascii=False, indent=2)
            f.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
