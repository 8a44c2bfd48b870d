"""The audit period and what of it is audited (CATALOGUE.md, common terms).

A period is whole months: 'YYYY' or 'YYYY-MM..YYYY-MM'. A month or quarter is
audited when it lies wholly inside the period and ends on or before the as-of
date. V.19 audits each year with at least one month in the period whose
deadline (10 December of that year) is on or before the as-of date.
"""

import datetime
import re


class UsageError(Exception):
    """A bad --period or --as-of: the engine exits 2 and writes nothing."""


_YEAR = re.compile(r"^(\d{4})$")
_RANGE = re.compile(r"^(\d{4})-(\d{2})\.\.(\d{4})-(\d{2})$")


def parse_period(text):
    """(first, last) as (year, month) pairs."""
    m = _YEAR.match(text)
    if m:
        y = int(m.group(1))
        return (y, 1), (y, 12)
    m = _RANGE.match(text)
    if not m:
        raise UsageError(f"period {text!r} is not YYYY or YYYY-MM..YYYY-MM")
    y0, m0, y1, m1 = (int(x) for x in m.groups())
    if not (1 <= m0 <= 12 and 1 <= m1 <= 12) or (y0, m0) > (y1, m1):
        raise UsageError(f"period {text!r} is not a range of months")
    return (y0, m0), (y1, m1)


def months(period):
    """Every (year, month) of the period, in order."""
    (y, m), last = period
    out = []
    while (y, m) <= last:
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def month_end(y, m):
    nxt = datetime.date(y + 1, 1, 1) if m == 12 else datetime.date(y, m + 1, 1)
    return nxt - datetime.timedelta(days=1)


def last_day(period):
    """The default as-of date."""
    return month_end(*period[1])


def audited_months(period, as_of):
    return [(y, m) for y, m in months(period) if month_end(y, m) <= as_of]


def audited_quarters(period, as_of):
    """(year, quarter 1..4) whose three months are all in the period."""
    inside = set(months(period))
    out = []
    for y, m in months(period):
        if m % 3 == 1 and {(y, m), (y, m + 1), (y, m + 2)} <= inside \
                and month_end(y, m + 2) <= as_of:
            out.append((y, (m - 1) // 3 + 1))
    return out


def report_deadline(year):
    return datetime.date(year, 12, 10)


def audited_report_years(period, as_of):
    years = sorted({y for y, _ in months(period)})
    return [y for y in years if report_deadline(y) <= as_of]


def last_year(period):
    """The year whose statistics the indicators read."""
    return period[1][0]


def month_label(y, m):
    return f"{y:04d}-{m:02d}"


def quarter_label(y, q):
    return f"{y:04d}-Q{q}"
