#!/usr/bin/env python3
"""Cross-checks genaudit against the independent oracle: O1.S4 and O1.T1 by
default, every rule of the catalogue with --all-rules.

    crosscheck.py GENAUDIT_BINARY --seeds 1..N [--keep DIR] [--show K]
    crosscheck.py --oracle-only --seeds 1..N
    crosscheck.py GENAUDIT_BINARY --examples [--seeds ...]
    crosscheck.py GENAUDIT_BINARY --all-rules [--examples] [--seeds ...]

For each seed: random_registers.py writes agencies.csv + staff.csv, the
oracle (o1_oracle.py) evaluates them, and the binary is run as

    GENAUDIT_BINARY audit --data DIR --period 2025 --format json --output OUT.json

(as-of defaults to the end of the period, 2025-12-31). Compared, per the
contract in CATALOGUE.md: the set of (rule, subject) of O1.S4 findings (each
with period null), and O1.T1's status, value (within 1e-9) and target. Exit
status 0 or 1 is accepted, but must be 1 when the oracle finds an O1.S4
finding or O1.T1 not met; 2 or anything else is a failure.

Every seed is also checked oracle-versus-generator (the generator knows what
it meant to write): a disagreement there is a bug in this harness, reported
as such. --oracle-only runs just that check, no binary needed.

--examples also checks every examples/*/ folder that has an expected-o1.json
(hand-checked results of the committed samples) against the oracle and, given
a binary, against the binary.

--all-rules checks every rule of the catalogue instead, against oracle.py:
each seed's registers come from random_all_registers.py (any subset of the
eight, with a random period and as-of date), and the binary is run as

    GENAUDIT_BINARY audit --data DIR --period P [--as-of D] --format json --output OUT.json

Compared: the set of (rule, subject, period) of all findings; every
indicator's status, value (within 1e-9, or both null) and target; the set of
skipped rules; the exit status (1 exactly when there are findings or unmet
indicators, else 0). With --examples it checks examples/*/expected-all.json
(period 2025, default as-of). Failures print the genaudit command used.

--seeds takes ranges and lists: "1..200", "5", "1..10,42,77".
Prints "N passed, M failed"; exits 1 on any failure. Failing data folders are
kept (under --keep, or a temporary folder) for a closer look.
"""

import argparse
import datetime
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import o1_oracle          # noqa: E402
import random_registers   # noqa: E402
from crosscheck_all import check_example_all, check_seed_all  # noqa: E402

AS_OF = datetime.date(2025, 12, 31)
TOLERANCE = 1e-9


def parse_seeds(text):
    seeds = []
    for part in text.split(","):
        part = part.strip()
        if ".." in part:
            lo, hi = part.split("..", 1)
            seeds.extend(range(int(lo), int(hi) + 1))
        elif part:
            seeds.append(int(part))
    if not seeds:
        raise argparse.ArgumentTypeError(f"no seeds in {text!r}")
    return seeds


def o1_view(result):
    """The part of a result both sides must agree on."""
    findings = sorted((f["rule"], f["subject"]) for f in result.get("findings", [])
                      if f.get("rule") == "O1.S4")
    t1 = [i for i in result.get("indicators", []) if i.get("rule") == "O1.T1"]
    return findings, t1


def compare(expected, actual, label):
    """Differences between two results, as lines (empty when they agree)."""
    diffs = []
    exp_f, exp_t1 = o1_view(expected)
    act_f, act_t1 = o1_view(actual)
    missing = sorted(set(exp_f) - set(act_f))
    extra = sorted(set(act_f) - set(exp_f))
    if len(act_f) != len(set(act_f)):
        diffs.append(f"{label}: O1.S4 findings listed more than once")
    evidence = {f["subject"]: f for f in expected.get("findings", [])}
    for _, subject in missing:
        e = evidence.get(subject, {})
        diffs.append(f"{label}: missing O1.S4 finding {subject} "
                     f"(expected: {e.get('women')} women of {e.get('known')} known)")
    for _, subject in extra:
        diffs.append(f"{label}: unexpected O1.S4 finding {subject}")
    for f in actual.get("findings", []):
        if f.get("rule") == "O1.S4" and f.get("period", "absent") is not None:
            diffs.append(f"{label}: O1.S4 finding {f.get('subject')} has period "
                         f"{f.get('period', 'absent')!r}, expected null")
    if len(act_t1) != 1:
        diffs.append(f"{label}: expected one O1.T1 indicator, got {len(act_t1)}")
        return diffs
    e, a = exp_t1[0], act_t1[0]
    if e["status"] != a.get("status"):
        diffs.append(f"{label}: O1.T1 status {a.get('status')!r}, expected {e['status']!r}")
    ev, av = e["value"], a.get("value")
    if (ev is None) != (av is None) or \
            (ev is not None and not (isinstance(av, (int, float)) and abs(ev - av) <= TOLERANCE)):
        detail = f" ({e.get('numerator')}/{e.get('denominator')})" if ev is not None else ""
        diffs.append(f"{label}: O1.T1 value {av!r}, expected {ev!r}{detail}")
    if a.get("target") != 60:
        diffs.append(f"{label}: O1.T1 target {a.get('target')!r}, expected 60")
    return diffs


def run_binary(binary, data_dir, out_json):
    cmd = [binary, "audit", "--data", data_dir, "--period", "2025",
           "--format", "json", "--output", out_json]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    except subprocess.TimeoutExpired:
        return None, ["binary timed out after 300 s"]
    except OSError as e:
        return None, [f"cannot run {binary}: {e}"]
    problems = []
    if proc.returncode not in (0, 1):
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-5:]
        problems.append(f"binary exit status {proc.returncode}: " + " | ".join(tail))
        return None, problems
    try:
        with open(out_json, encoding="utf-8") as f:
            result = json.load(f)
    except (OSError, ValueError) as e:
        return None, [f"binary wrote no readable JSON ({e})"]
    skipped = {s.get("rule") for s in result.get("skipped", []) if isinstance(s, dict)}
    for rule in ("O1.S4", "O1.T1"):
        if rule in skipped:
            problems.append(f"binary skipped {rule} although agencies and staff are present")
    return (result, proc.returncode), problems


def check_seed(seed, binary, work):
    """Lines describing what went wrong for this seed (empty = passed)."""
    data = os.path.join(work, f"seed-{seed}")
    meant = random_registers.generate(data, seed)
    try:
        oracle = o1_oracle.evaluate(data, AS_OF)
    except o1_oracle.RegisterError as e:
        return [f"HARNESS: oracle rejects generated registers: {e}"]
    problems = compare(meant, oracle, "HARNESS oracle vs generator")
    if problems or binary is None:
        return problems
    ran, problems = run_binary(binary, data, os.path.join(work, f"seed-{seed}.json"))
    if ran is None:
        return problems
    result, status = ran
    problems += compare(oracle, result, "binary vs oracle")
    return problems + exit_status_problems(oracle, status)


def exit_status_problems(expected, status):
    """Exit 0 promises no findings and no unmet indicator."""
    exp_f, exp_t1 = o1_view(expected)
    if status == 0 and (exp_f or exp_t1[0]["status"] == "not_met"):
        return ["binary exit status 0, but there are O1.S4 findings or O1.T1 is not met"]
    return []


EXAMPLES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "examples")


def check_example(folder, binary, work):
    with open(os.path.join(folder, "expected-o1.json"), encoding="utf-8") as f:
        expected = json.load(f)
    try:
        oracle = o1_oracle.evaluate(folder, AS_OF)
    except o1_oracle.RegisterError as e:
        return [f"HARNESS: oracle rejects the sample: {e}"]
    problems = compare(expected, oracle, "HARNESS oracle vs expected-o1.json")
    if binary is None:
        return problems
    ran, more = run_binary(binary, folder, os.path.join(work, os.path.basename(folder) + ".json"))
    if ran is None:
        return problems + more
    return problems + more + compare(expected, ran[0], "binary vs expected-o1.json") + \
        exit_status_problems(expected, ran[1])


def main():
    ap = argparse.ArgumentParser(description="Cross-check genaudit against the oracle.")
    ap.add_argument("binary", nargs="?", help="path to the genaudit executable")
    ap.add_argument("--seeds", type=parse_seeds, default=[], help='e.g. "1..200"')
    ap.add_argument("--examples", action="store_true",
                    help="also check the committed samples against expected-o1.json")
    ap.add_argument("--oracle-only", action="store_true",
                    help="check the oracle against the generator only")
    ap.add_argument("--all-rules", action="store_true",
                    help="every rule of the catalogue, random periods and as-of dates")
    ap.add_argument("--keep", help="folder to keep failing seeds' data in")
    ap.add_argument("--show", type=int, default=5,
                    help="failing seeds whose differences are printed (default 5)")
    args = ap.parse_args()
    if args.binary is None and not args.oracle_only:
        ap.error("give GENAUDIT_BINARY, or --oracle-only")
    if not args.seeds and not args.examples:
        ap.error("give --seeds, --examples or both")
    binary = None if args.oracle_only else os.path.abspath(args.binary)
    if binary and not os.access(binary, os.X_OK):
        ap.error(f"{binary} is not an executable file")

    work = tempfile.mkdtemp(prefix="o1-crosscheck-")
    keep = args.keep or work
    passed = failed = 0
    expected_name = "expected-all.json" if args.all_rules else "expected-o1.json"
    samples = sorted(os.path.join(EXAMPLES, d) for d in os.listdir(EXAMPLES)
                     if os.path.exists(os.path.join(EXAMPLES, d, expected_name))) \
        if args.examples else []
    check_one_example = check_example_all if args.all_rules else check_example
    check_one_seed = check_seed_all if args.all_rules else check_seed
    for folder in samples:
        problems = check_one_example(folder, binary, work)
        name = os.path.relpath(folder, os.path.join(EXAMPLES, ".."))
        if problems:
            failed += 1
            print(f"{name}: FAILED")
            for line in problems[:10]:
                print(f"  {line}")
        else:
            passed += 1
    for seed in args.seeds:
        problems = check_one_seed(seed, binary, work)
        if not problems:
            passed += 1
            shutil.rmtree(os.path.join(work, f"seed-{seed}"), ignore_errors=True)
            continue
        failed += 1
        if args.keep:
            os.makedirs(keep, exist_ok=True)
            dest = os.path.join(keep, f"seed-{seed}")
            shutil.rmtree(dest, ignore_errors=True)
            shutil.move(os.path.join(work, f"seed-{seed}"), dest)
            if os.path.exists(os.path.join(work, f"seed-{seed}.json")):
                shutil.move(os.path.join(work, f"seed-{seed}.json"), dest + ".json")
        if failed <= args.show:
            print(f"seed {seed}: FAILED (data in {os.path.join(keep, f'seed-{seed}')})")
            for line in problems[:10]:
                print(f"  {line}")
            if len(problems) > 10:
                print(f"  ... and {len(problems) - 10} more")
    if failed == 0 or args.keep:
        shutil.rmtree(work, ignore_errors=True)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
