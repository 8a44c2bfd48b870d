#!/usr/bin/env python3
"""Every folder of tests/data/intake/errors must stop the audit with exit
status 2, write no report, and say on stderr the text of its
expected-error.txt (Vietnamese, the default language).

    error_folders.py GENAUDIT ERRORS_DIR
"""
import pathlib
import subprocess
import sys
import tempfile


def main() -> int:
    genaudit, errors_dir = sys.argv[1], pathlib.Path(sys.argv[2])
    passed = failed = 0
    for folder in sorted(p for p in errors_dir.iterdir() if p.is_dir()):
        expected = (folder / "expected-error.txt").read_text(encoding="utf-8").strip()
        with tempfile.TemporaryDirectory() as out:
            report = pathlib.Path(out) / "report.json"
            run = subprocess.run(
                [genaudit, "audit", "--data", str(folder), "--period", "2025",
                 "--format", "json", "--output", str(report)],
                capture_output=True, text=True, timeout=120)
            problems = []
            if run.returncode != 2:
                problems.append(f"exit status {run.returncode}, expected 2")
            if expected not in run.stderr:
                problems.append(f"stderr lacks {expected!r}:\n{run.stderr}")
            if report.exists():
                problems.append("a report was written")
        if problems:
            failed += 1
            print(f"FAIL {folder.name}: " + "; ".join(problems))
        else:
            passed += 1
            print(f"ok   {folder.name}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed or not passed else 0


if __name__ == "__main__":
    sys.exit(main())
