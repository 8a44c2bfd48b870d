"""The rules reading agencies and staff: O1.S4, O1.T1, O5.T4a, O5.T4b.

An assignment is active on D when (start empty or start <= D) and (end empty
or end >= D): end_date is the last day in the post. Persons are distinct
staff_ids; a person's gender is the known gender on any of their rows; a
person's degree is the highest on any of their rows. Comparisons are exact
integer arithmetic, so 3 of 10 is 30% and meets "at least 30%".
"""

from values import DEGREE_RANK

THRESHOLD_O1S4 = 30   # percent of women, "at least"
TARGET_O1T1 = 60      # "at least"
TARGET_O5T4A = 50     # "at least", masters
TARGET_O5T4B = 30     # "at least", doctors


def is_active(a, as_of):
    return (a["start"] is None or a["start"] <= as_of) and \
           (a["end"] is None or a["end"] >= as_of)


def share_indicator(rule, numerator, denominator, target):
    """A share in percent against an "at least" target; no data on 0/0."""
    if denominator == 0:
        return {"rule": rule, "value": None, "status": "no_data", "target": target,
                "numerator": numerator, "denominator": denominator}
    met = numerator * 100 >= target * denominator
    return {"rule": rule, "value": 100.0 * numerator / denominator,
            "status": "met" if met else "not_met", "target": target,
            "numerator": numerator, "denominator": denominator}


def by_agency(assignments, gender_of, as_of):
    """agency -> (active persons, has an active key-leader post held by a woman)."""
    persons, female_leader = {}, {}
    for a in assignments:
        if not is_active(a, as_of):
            continue
        persons.setdefault(a["agency"], set()).add(a["staff_id"])
        female_leader.setdefault(a["agency"], False)
        if a["key"] and gender_of.get(a["staff_id"]) == "female":
            female_leader[a["agency"]] = True
    return persons, female_leader


def o1_s4(assignments, gender_of, as_of):
    persons, female_leader = by_agency(assignments, gender_of, as_of)
    findings = []
    for agency in sorted(persons):
        known = [p for p in persons[agency] if p in gender_of]
        women = sum(1 for p in known if gender_of[p] == "female")
        if not known:
            continue                          # all unknown: no data, no finding
        if women * 100 >= THRESHOLD_O1S4 * len(known) and not female_leader[agency]:
            findings.append({"rule": "O1.S4", "subject": agency, "period": None,
                             "women": women, "known": len(known)})
    return findings


def o1_s4_undecided(assignments, gender_of, as_of):
    """The agencies O1.S4 cannot decide: active persons, none of known gender
    (their share of women is no data, and none of them is a female leader)."""
    persons, _female_leader = by_agency(assignments, gender_of, as_of)
    return sum(1 for agency in persons if not any(p in gender_of for p in persons[agency]))


def o1_t1(assignments, gender_of, as_of):
    """Denominator: agencies of any level with at least one active assignment."""
    _persons, female_leader = by_agency(assignments, gender_of, as_of)
    return share_indicator("O1.T1", sum(female_leader.values()), len(female_leader), TARGET_O1T1)


def o5_t4(assignments, gender_of, as_of):
    """[O5.T4a, O5.T4b]: women among active persons of known gender whose
    highest degree is a master's (resp. a doctorate). Active = at least one
    active assignment anywhere; a doctor is not among the masters."""
    active = {a["staff_id"] for a in assignments if is_active(a, as_of)}
    highest = {}
    for a in assignments:                     # every row counts for the degree
        sid = a["staff_id"]
        if DEGREE_RANK[a["degree"]] >= DEGREE_RANK[highest.get(sid, "other")]:
            highest[sid] = a["degree"]
    result = []
    for rule, degree, target in (("O5.T4a", "master", TARGET_O5T4A),
                                 ("O5.T4b", "doctor", TARGET_O5T4B)):
        known = [p for p in active if p in gender_of and highest[p] == degree]
        women = sum(1 for p in known if gender_of[p] == "female")
        result.append(share_indicator(rule, women, len(known), target))
    return result
