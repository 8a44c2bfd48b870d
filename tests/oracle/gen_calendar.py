"""Calendar arithmetic for the random generators (kept apart from the
oracle's period.py on purpose: the generator's model and the oracle should not
share a mistake). Months are (year, month) pairs."""

import datetime

DAY = datetime.timedelta(days=1)


def month_end(y, m):
    return (datetime.date(y + (m == 12), m % 12 + 1, 1)) - DAY


def shift(ym, k):
    """The month k months after ym (k may be negative)."""
    n = ym[0] * 12 + ym[1] - 1 + k
    return (n // 12, n % 12 + 1)


def span(first, last):
    """Every month from first to last inclusive."""
    out, ym = [], first
    while ym <= last:
        out.append(ym)
        ym = shift(ym, 1)
    return out


def quarter(m):
    return (m - 1) // 3 + 1


def quarter_first(y, q):
    return datetime.date(y, 3 * q - 2, 1)


def quarter_last(y, q):
    return month_end(y, 3 * q)


def random_day(rng, first, last):
    return datetime.date.fromordinal(rng.randint(first.toordinal(), last.toordinal()))
