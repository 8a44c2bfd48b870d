"""V.19: each province- or district-level agency sends its annual report for
year Y on or before 10 December of Y. Audited: each year with at least one
month in the period whose deadline is on or before the as-of date. No report
for Y, or an earliest report for Y sent after the deadline, is a finding.
"""

from period import audited_report_years, report_deadline

SUBJECT_LEVELS = {"province", "district"}


def v19(agencies, reports, period, as_of):
    earliest = {}
    for r in reports:
        key = (r["agency"], r["year"])
        if key not in earliest or r["date"] < earliest[key]:
            earliest[key] = r["date"]
    findings = []
    for code, level in agencies.items():
        if level not in SUBJECT_LEVELS:
            continue
        for y in audited_report_years(period, as_of):
            sent = earliest.get((code, y))
            if sent is None:
                findings.append({"rule": "V.19", "subject": code, "period": f"{y:04d}",
                                 "missing": True})
            elif sent > report_deadline(y):
                findings.append({"rule": "V.19", "subject": code, "period": f"{y:04d}",
                                 "days_late": (sent - report_deadline(y)).days})
    return findings
