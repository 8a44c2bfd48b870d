"""crosscheck.py --all-rules: every rule of the catalogue, compared between
genaudit, oracle.py and the generator's model (random_all_registers.py).
Between genaudit and the oracle also what the numbers rest on: each share
indicator's numerator and denominator, each finding rule's coverage.

Compared per CATALOGUE.md's contract: the set of (rule, subject, period) of
all findings; each indicator's status, value (within 1e-9, or both null) and
target; the set of skipped rules; the exit status (1 exactly when there are
findings or unmet indicators, else 0). A failure lists the genaudit command.
"""

import json
import os
import shlex
import subprocess

import oracle as all_oracle
import period as periods
import random_all_registers
from values import RegisterError

TOLERANCE = 1e-9


def numbers_differ(e, a):
    if e is None or a is None:
        return (e is None) != (a is None)
    return not isinstance(a, (int, float)) or isinstance(a, bool) or abs(e - a) > TOLERANCE


def compare_all(expected, actual, label):
    """Differences in findings, indicators and skipped rules, as lines."""
    diffs = []
    key = lambda f: (f.get("rule"), f.get("subject"), f.get("period"))  # noqa: E731
    act_list = [key(f) for f in actual.get("findings", [])]
    exp_set, act_set = {key(f) for f in expected["findings"]}, set(act_list)
    if len(act_list) != len(act_set):
        diffs.append(f"{label}: some findings are listed more than once")
    evidence = {key(f): {k: v for k, v in f.items() if k not in ("rule", "subject", "period")}
                for f in expected["findings"]}
    for f in sorted(exp_set - act_set, key=str):
        diffs.append(f"{label}: missing finding {f}" + (f" {evidence[f]}" if evidence.get(f) else ""))
    for f in sorted(act_set - exp_set, key=str):
        diffs.append(f"{label}: unexpected finding {f}")

    act_ind = {}
    for i in actual.get("indicators", []):
        act_ind.setdefault(i.get("rule"), []).append(i)
    exp_ind = {i["rule"]: i for i in expected["indicators"]}
    for rule in sorted(set(act_ind) - set(exp_ind), key=str):
        diffs.append(f"{label}: unexpected indicator {rule}")
    for rule, e in exp_ind.items():
        got = act_ind.get(rule, [])
        if len(got) != 1:
            diffs.append(f"{label}: expected one {rule} indicator, got {len(got)}")
            continue
        a = got[0]
        if a.get("status") != e["status"]:
            diffs.append(f"{label}: {rule} status {a.get('status')!r}, expected {e['status']!r}"
                         f" (value {e['value']!r})")
        if numbers_differ(e["value"], a.get("value")):
            detail = f" ({e['numerator']}/{e['denominator']})" if "numerator" in e else ""
            diffs.append(f"{label}: {rule} value {a.get('value')!r}, expected {e['value']!r}{detail}")
        if numbers_differ(e["target"], a.get("target")):
            diffs.append(f"{label}: {rule} target {a.get('target')!r}, expected {e['target']!r}")

    exp_skip = {x["rule"] for x in expected.get("skipped", [])}
    act_skip = {x.get("rule") for x in actual.get("skipped", []) if isinstance(x, dict)}
    for rule in sorted(exp_skip - act_skip, key=str):
        diffs.append(f"{label}: {rule} not skipped, though a register it reads is absent")
    for rule in sorted(act_skip - exp_skip, key=str):
        diffs.append(f"{label}: {rule} skipped, though its registers are present")
    return diffs


def compare_parts(oracle, actual, label):
    """Differences in what the numbers rest on: each share indicator's
    numerator and denominator (null for a reported figure) and each finding
    rule's coverage (cases checked, breached, without data), as lines."""
    diffs = []
    act_ind = {i.get("rule"): i for i in actual.get("indicators", [])}
    for e in oracle["indicators"]:
        a = act_ind.get(e["rule"])
        if a is None:
            continue  # compare_all says it is missing
        for part in ("numerator", "denominator"):
            if numbers_differ(e.get(part), a.get(part)):
                diffs.append(f"{label}: {e['rule']} {part} {a.get(part)!r}, "
                             f"expected {e.get(part)!r}")
    act_cov = {c.get("rule"): c for c in actual.get("rule_coverage", []) if isinstance(c, dict)}
    exp_cov = {c["rule"]: c for c in oracle["coverage"]}
    for rule in sorted(set(act_cov) ^ set(exp_cov), key=str):
        diffs.append(f"{label}: coverage of {rule} " +
                     ("unexpected" if rule in act_cov else "missing"))
    for rule in sorted(set(act_cov) & set(exp_cov)):
        for count in ("subjects_checked", "checked", "breached", "without_data"):
            if act_cov[rule].get(count) != exp_cov[rule][count]:
                diffs.append(f"{label}: {rule} {count} {act_cov[rule].get(count)!r}, "
                             f"expected {exp_cov[rule][count]!r}")
    return diffs


def expected_status(result):
    """1 when there are findings or unmet indicators, else 0."""
    return int(bool(result["findings"]) or
               any(i["status"] == "not_met" for i in result["indicators"]))


def audit_command(binary, data_dir, period, as_of, out_json):
    cmd = [binary, "audit", "--data", data_dir, "--period", period]
    if as_of is not None:
        cmd += ["--as-of", as_of.isoformat()]
    return cmd + ["--format", "json", "--output", out_json]


def run_audit(cmd):
    """((result, exit status) or None, problems)."""
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    except subprocess.TimeoutExpired:
        return None, ["binary timed out after 300 s"]
    except OSError as e:
        return None, [f"cannot run {cmd[0]}: {e}"]
    if proc.returncode not in (0, 1):
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-5:]
        return None, [f"binary exit status {proc.returncode}: " + " | ".join(tail)]
    try:
        with open(cmd[cmd.index("--output") + 1], encoding="utf-8") as f:
            return (json.load(f), proc.returncode), []
    except (OSError, ValueError) as e:
        return None, [f"binary wrote no readable JSON ({e})"]


def check_binary_all(binary, data_dir, period, as_of, expected, oracle, out_json, label):
    """Runs the binary (as_of None: let it default) and compares with
    `expected`, and what its numbers rest on with the oracle's."""
    cmd = audit_command(binary, data_dir, period, as_of, out_json)
    ran, problems = run_audit(cmd)
    if ran is not None:
        result, status = ran
        problems = compare_all(expected, result, label)
        problems += compare_parts(oracle, result, "binary vs oracle")
        if status != expected_status(expected):
            problems.append(f"binary exit status {status}, expected {expected_status(expected)}")
    if problems:
        problems.insert(0, "command: " + " ".join(shlex.quote(c) for c in cmd))
    return problems


def check_seed_all(seed, binary, work):
    data = os.path.join(work, f"seed-{seed}")
    meant = random_all_registers.generate(data, seed)
    period, as_of = meant["period"], meant["as_of"]
    try:
        oracle = all_oracle.evaluate(data, periods.parse_period(period), as_of)
    except RegisterError as e:
        return [f"HARNESS: oracle rejects generated registers: {e}"]
    where = f"period {period}, as-of {as_of}" + ("" if meant["as_of_given"] else " (default)")
    problems = compare_all(meant, oracle, "HARNESS oracle vs generator")
    if problems:
        return [where] + problems
    if binary is None:
        return []
    return check_binary_all(binary, data, period, as_of if meant["as_of_given"] else None,
                            oracle, oracle, os.path.join(work, f"seed-{seed}.json"),
                            "binary vs oracle")


def check_example_all(folder, binary, work):
    with open(os.path.join(folder, "expected-all.json"), encoding="utf-8") as f:
        expected = json.load(f)
    period = periods.parse_period("2025")
    try:
        oracle = all_oracle.evaluate(folder, period, periods.last_day(period))
    except RegisterError as e:
        return [f"HARNESS: oracle rejects the sample: {e}"]
    problems = compare_all(expected, oracle, "HARNESS oracle vs expected-all.json")
    if binary is None:
        return problems
    return problems + check_binary_all(binary, folder, "2025", None, expected, oracle,
                                       os.path.join(work, os.path.basename(folder) + "-all.json"),
                                       "binary vs expected-all.json")
