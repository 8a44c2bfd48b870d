"""Province-wide indicators from the enterprises and statistics registers.

O2.T3: share of active enterprises and cooperatives (status empty, 'hoạt
động' or 'active') whose head is a woman, over those whose head's gender is
known; at least 27%.

The statistics indicators: the value reported for the period's LAST year; of
several rows for one indicator and year, the one with the latest reported_on
wins, a row without reported_on is older than any dated row, and on a tie the
later row in the file wins. No row for that year: no data, whatever earlier
years hold. Compared exactly as the catalogue says: at least >=, above >,
below <, at most <=.
"""

import datetime
import operator

from period import last_year
from staff_rules import share_indicator

TARGET_O2T3 = 27

AT_LEAST, ABOVE, BELOW, AT_MOST = ">=", ">", "<", "<="
COMPARE = {AT_LEAST: operator.ge, ABOVE: operator.gt, BELOW: operator.lt,
           AT_MOST: operator.le}

# id -> (comparator, target), in the catalogue's order.
STATISTICS = {
    "O2.T1": (AT_LEAST, 50), "O2.T2": (BELOW, 30), "O3.T1": (AT_MOST, 1.7),
    "O3.T2a": (AT_LEAST, 80), "O3.T2b": (AT_LEAST, 50), "O3.T3": (AT_LEAST, 100),
    "O3.T4": (AT_LEAST, 70), "O4.T1": (AT_MOST, 111), "O4.T2": (AT_MOST, 42),
    "O4.T3": (AT_MOST, 18), "O4.T4": (AT_LEAST, 1), "O5.T1a": (AT_LEAST, 1),
    "O5.T1b": (AT_LEAST, 1), "O5.T2a": (ABOVE, 90), "O5.T2b": (AT_LEAST, 85),
    "O5.T3": (ABOVE, 30), "O6.T1": (AT_LEAST, 60), "O6.T2": (AT_LEAST, 100),
}


def o2_t3(enterprises):
    known = [e for e in enterprises if e["active"] and e["gender"] is not None]
    women = sum(1 for e in known if e["gender"] == "female")
    return share_indicator("O2.T3", women, len(known), TARGET_O2T3)


def _recency(row):
    """Sort key: undated rows before any dated one, then file order."""
    return (row["reported_on"] is not None, row["reported_on"] or datetime.date.min, row["order"])


def statistics(rows, period):
    year = last_year(period)
    result = []
    for rule, (comparator, target) in STATISTICS.items():
        candidates = [r for r in rows if r["indicator"] == rule and r["year"] == year]
        if not candidates:
            result.append({"rule": rule, "value": None, "status": "no_data", "target": target})
            continue
        value = max(candidates, key=_recency)["value"]
        met = COMPARE[comparator](value, target)
        result.append({"rule": rule, "value": value, "status": "met" if met else "not_met",
                       "target": target, "year": year})
    return result
