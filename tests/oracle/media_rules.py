"""The rules reading the media registers: O6.T4 (broadcasters' monthly
gender-equality segment) and O6.T3 (communes' quarterly news items).

Only the topic decides whether a segment or news item is on gender equality:
its normalized form (NFC, case-folded, trimmed, spaces collapsed, diacritics
kept) contains "bình đẳng giới" or "gender equality". The title never counts.
"""

from period import audited_months, audited_quarters, month_label, quarter_label
from textnorm import free_text

GE_PHRASES = [free_text("bình đẳng giới"), free_text("gender equality")]
BROADCASTER_KINDS = {"provincial", "district"}
MIN_NEWS_PER_QUARTER = 4


def on_gender_equality(topic):
    t = free_text(topic)
    return any(p in t for p in GE_PHRASES)


def o6_t4(outlets, segments, period, as_of):
    """A finding per broadcaster and audited month without a GE segment."""
    aired = {(s["outlet"], s["date"].year, s["date"].month)
             for s in segments if on_gender_equality(s["topic"])}
    findings = []
    for code, kind in outlets.items():
        if kind not in BROADCASTER_KINDS:
            continue
        for y, m in audited_months(period, as_of):
            if (code, y, m) not in aired:
                findings.append({"rule": "O6.T4", "subject": code, "period": month_label(y, m)})
    return findings


def o6_t3(agencies, news, period, as_of):
    """A finding per commune and audited quarter with fewer than 4 GE items."""
    count = {}
    for n in news:
        if on_gender_equality(n["topic"]):
            key = (n["agency"], n["date"].year, (n["date"].month - 1) // 3 + 1)
            count[key] = count.get(key, 0) + 1
    findings = []
    for code, level in agencies.items():
        if level != "commune":
            continue
        for y, q in audited_quarters(period, as_of):
            c = count.get((code, y, q), 0)
            if c < MIN_NEWS_PER_QUARTER:
                findings.append({"rule": "O6.T3", "subject": code,
                                 "period": quarter_label(y, q), "count": c})
    return findings
