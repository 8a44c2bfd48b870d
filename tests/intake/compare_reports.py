#!/usr/bin/env python3
"""Audit messy register folders and check they give exactly the clean answer.

    compare_reports.py GENAUDIT CLEAN_DIR MESSY_DIR... [--period P]
    compare_reports.py --json CLEAN.json MESSY.json     (compare two reports)
    compare_reports.py --self-test GENAUDIT CLEAN_DIR   (the comparison can fail)

For the clean folder and each messy folder (tests/data/intake/*, made by
make_messy_folders.py) it runs the real binary

    genaudit audit --data DIR --period P --format json --output X.json

and compares the messy report with the clean one:
  - the exit status;
  - findings, matched by (rule, subject, period): every field (title, lead,
    severity, evidence values, status, ...) except where the source rows are:
    of `rows` only each row's register is compared (as a multiset), not its
    file, sheet or row number;
  - indicators, matched by rule: every field (status, value, target,
    comparison, evidence ...);
  - skipped rules: exactly;
  - the rows read per register (run.registers, summed by register).
Numbers compare within 1e-9 (relative) and lists inside evidence compare as
multisets: splitting a register into files changes the order rows are read
in, never what they mean. Prints the differences; exits 1 when there are any,
2 when the binary could not be run or rejected a folder.

--self-test copies CLEAN_DIR, makes the first female key leader in
staff.csv a man (one cell) and checks that the comparison reports it.

Only the standard library; the fixtures are committed files.
"""

import csv
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unicodedata

TOLERANCE = 1e-9


def canonical(v):
    """A value with lists sorted, so that order never counts."""
    if isinstance(v, dict):
        return {k: canonical(x) for k, x in v.items()}
    if isinstance(v, list):
        items = [canonical(x) for x in v]
        return sorted(items, key=lambda x: json.dumps(x, sort_keys=True, ensure_ascii=False))
    return v


def same(a, b):
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return a == b or abs(a - b) <= TOLERANCE * max(1.0, abs(a), abs(b))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    return a == b


def without_locations(finding):
    """A finding with its source rows reduced to the registers they are in."""
    f = dict(finding)
    f["rows"] = sorted(r.get("register", "") for r in finding.get("rows", []))
    return canonical(f)


def keyed(items, key, label, diffs):
    out = {}
    for item in items:
        k = key(item)
        if k in out:
            diffs.append(f"{label}: {k} listed more than once")
        out[k] = item
    return out


def show(v):
    return json.dumps(v, ensure_ascii=False, sort_keys=True)


def compare_dicts(e, a, where, diffs):
    for k in sorted(set(e) | set(a)):
        if k not in a:
            diffs.append(f"{where}: field {k!r} missing (clean: {show(e[k])})")
        elif k not in e:
            diffs.append(f"{where}: unexpected field {k!r} = {show(a[k])}")
        elif not same(e[k], a[k]):
            diffs.append(f"{where}: {k} is {show(a[k])}, clean gives {show(e[k])}")


def rows_by_register(report):
    totals = {}
    for r in report.get("run", {}).get("registers", []):
        totals[r.get("register")] = totals.get(r.get("register"), 0) + (r.get("rows") or 0)
    return totals


def compare(clean, messy, label):
    """The differences between two audit reports, as lines."""
    diffs = []
    fkey = lambda f: (f.get("rule"), f.get("subject"), f.get("period"))  # noqa: E731
    ef = keyed(clean.get("findings", []), fkey, label + " (clean findings)", diffs)
    af = keyed(messy.get("findings", []), fkey, label + " findings", diffs)
    for k in sorted(set(ef) - set(af), key=str):
        diffs.append(f"{label}: missing finding {k} {show(ef[k].get('evidence'))}")
    for k in sorted(set(af) - set(ef), key=str):
        diffs.append(f"{label}: unexpected finding {k} {show(af[k].get('evidence'))}")
    for k in sorted(set(ef) & set(af), key=str):
        compare_dicts(without_locations(ef[k]), without_locations(af[k]),
                      f"{label}: finding {k}", diffs)

    ikey = lambda i: i.get("rule")  # noqa: E731
    ei = keyed(clean.get("indicators", []), ikey, label + " (clean indicators)", diffs)
    ai = keyed(messy.get("indicators", []), ikey, label + " indicators", diffs)
    for k in sorted(set(ei) - set(ai), key=str):
        diffs.append(f"{label}: missing indicator {k}")
    for k in sorted(set(ai) - set(ei), key=str):
        diffs.append(f"{label}: unexpected indicator {k}")
    for k in sorted(set(ei) & set(ai), key=str):
        compare_dicts(canonical(ei[k]), canonical(ai[k]), f"{label}: indicator {k}", diffs)

    es = keyed(clean.get("skipped", []), ikey, label + " (clean skipped)", diffs)
    as_ = keyed(messy.get("skipped", []), ikey, label + " skipped", diffs)
    for k in sorted(set(as_) - set(es), key=str):
        diffs.append(f"{label}: {k} skipped ({as_[k].get('reason')}), clean runs it")
    for k in sorted(set(es) - set(as_), key=str):
        diffs.append(f"{label}: {k} runs, clean skips it ({es[k].get('reason')})")
    for k in sorted(set(es) & set(as_), key=str):
        compare_dicts(canonical(es[k]), canonical(as_[k]), f"{label}: skipped {k}", diffs)

    er, ar = rows_by_register(clean), rows_by_register(messy)
    if er != ar:
        diffs.append(f"{label}: rows read per register {show(ar)}, clean gives {show(er)}")
    return diffs


def audit(binary, folder, period, out_json):
    cmd = [binary, "audit", "--data", folder, "--period", period,
           "--format", "json", "--output", out_json]
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode not in (0, 1) or not os.path.exists(out_json):
        return None, p.returncode, cmd, p.stderr
    with open(out_json, encoding="utf-8") as f:
        return json.load(f), p.returncode, cmd, p.stderr


def perturb_one_gender(folder):
    """Turn the first female key leader of folder/staff.csv into a man."""
    path = os.path.join(folder, "staff.csv")
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    nfc = lambda s: unicodedata.normalize("NFC", s).strip().lower()  # noqa: E731
    head = [unicodedata.normalize("NFC", h).strip() for h in rows[0]]
    g, k = head.index("Giới tính"), head.index("Lãnh đạo chủ chốt")
    for row in rows[1:]:
        if nfc(row[g]) in ("nữ", "nu", "f") and nfc(row[k]) in ("x", "yes", "có", "1"):
            row[g] = "Nam"
            break
    else:
        raise SystemExit("self-test: no female key leader to change in " + path)
    buf = io.StringIO(newline="")
    csv.writer(buf, lineterminator="\n").writerows(rows)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())
    return row[head.index("Mã cán bộ")]


def self_test(binary, clean_dir, period):
    with tempfile.TemporaryDirectory(prefix="genaudit-intake-self-") as tmp:
        copy = os.path.join(tmp, "perturbed")
        shutil.copytree(clean_dir, copy)
        who = perturb_one_gender(copy)
        clean, _, cmd, err = audit(binary, clean_dir, period, os.path.join(tmp, "clean.json"))
        messy, _, cmd2, err2 = audit(binary, copy, period, os.path.join(tmp, "perturbed.json"))
        if clean is None or messy is None:
            print(f"self-test: genaudit failed\n{err}{err2}")
            return 2
        same_copy = compare(clean, json.loads(json.dumps(clean)), "copy")
        diffs = compare(clean, messy, "perturbed")
        if same_copy:
            print("self-test FAIL: a report differs from itself:\n  " + "\n  ".join(same_copy))
            return 1
        if not diffs:
            print(f"self-test FAIL: the gender of {who} changed and the comparison saw nothing")
            return 1
        print(f"self-test ok: the gender of {who} changed gives {len(diffs)} differences, e.g.\n  "
              + "\n  ".join(diffs[:5]))
        return 0


def main(argv):
    if len(argv) == 3 and argv[0] == "--json":
        loaded = []
        for path in argv[1:]:
            with open(path, encoding="utf-8") as f:
                loaded.append(json.load(f))
        diffs = compare(loaded[0], loaded[1], os.path.basename(argv[2]))
        print("\n".join(diffs) if diffs else "same answer")
        return 1 if diffs else 0

    period = "2025"
    if "--period" in argv:
        i = argv.index("--period")
        period = argv[i + 1]
        argv = argv[:i] + argv[i + 2:]
    if len(argv) == 3 and argv[0] == "--self-test":
        return self_test(argv[1], argv[2], period)
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    binary, clean_dir, messy_dirs = argv[0], argv[1], argv[2:]

    with tempfile.TemporaryDirectory(prefix="genaudit-intake-") as tmp:
        clean, clean_rc, cmd, err = audit(binary, clean_dir, period, os.path.join(tmp, "clean.json"))
        if clean is None:
            print(f"the clean folder failed (exit {clean_rc}): {' '.join(cmd)}\n{err}")
            return 2
        failed = 0
        for n, folder in enumerate(messy_dirs):
            label = os.path.basename(os.path.normpath(folder))
            messy, rc, cmd, err = audit(binary, folder, period, os.path.join(tmp, f"messy{n}.json"))
            if messy is None:
                print(f"FAIL {label}: genaudit exited {rc}, wrote no report\n  {' '.join(cmd)}")
                print("  " + "\n  ".join(err.strip().splitlines()[:20]))
                failed += 1
                continue
            diffs = compare(clean, messy, label)
            if rc != clean_rc:
                diffs.insert(0, f"{label}: exit status {rc}, clean gives {clean_rc}")
            if diffs:
                failed += 1
                print(f"FAIL {label}: {len(diffs)} differences from {clean_dir}")
                for d in diffs[:60]:
                    print("  " + d)
                if len(diffs) > 60:
                    print(f"  ... and {len(diffs) - 60} more")
            else:
                print(f"ok   {label}: the same answer as {clean_dir} "
                      f"({len(messy.get('findings', []))} findings, "
                      f"{len(messy.get('indicators', []))} indicators, "
                      f"{len(messy.get('skipped', []))} skipped)")
        print(f"{len(messy_dirs) - failed} passed, {failed} failed")
        return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
