#!/usr/bin/env python3
"""An audit of a database says what was read as an audit of the folder does.

    db_intake.py GENAUDIT FOLDER

Imports FOLDER into a fresh database, audits it, and checks that the JSON
report's `intake` (files, how each was recognised, sheets, header rows,
columns read by their notes, ignored and absent, files not read) and its
findings equal those of `audit --data FOLDER`. Then imports one register's
first file again with --add into a copy of the sample's agencies and checks
that the register's files are both listed, the added one last.
"""
import json
import pathlib
import shutil
import subprocess
import sys
import tempfile


def run(*args):
    return subprocess.run(list(args), capture_output=True, text=True, timeout=300)


def report(genaudit, *args, out):
    r = run(genaudit, "audit", "--period", "2025", "--format", "json", "--output", str(out), *args)
    if r.returncode not in (0, 1):
        raise SystemExit(f"audit {args} failed ({r.returncode}):\n{r.stderr}")
    return json.loads(out.read_text(encoding="utf-8"))


def main() -> int:
    genaudit, folder = sys.argv[1], pathlib.Path(sys.argv[2])
    failed = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        db = tmp / "audit.db"
        r = run(genaudit, "import", "--db", str(db), str(folder))
        if r.returncode != 0:
            raise SystemExit(f"import failed ({r.returncode}):\n{r.stderr}")
        from_db = report(genaudit, "--db", str(db), out=tmp / "db.json")
        from_folder = report(genaudit, "--data", str(folder), out=tmp / "data.json")
        for key in from_folder["intake"]:
            if from_db["intake"][key] != from_folder["intake"][key]:
                failed.append(f"intake.{key} differs:\n  --db   {from_db['intake'][key]}\n"
                              f"  --data {from_folder['intake'][key]}")
        # A recorded audit adds each finding's status against the run before.
        recorded = [{k: v for k, v in f.items() if k != "status"} for f in from_db["findings"]]
        if recorded != from_folder["findings"]:
            failed.append("findings differ between --db and --data")

        # One more agency's list, added to what is stored.
        extra = tmp / "extra"
        extra.mkdir()
        (extra / "Danh sach bo sung.csv").write_text(
            "Mã đơn vị,Tên đơn vị,Cấp\nZZ-BOSUNG,Đơn vị bổ sung,tỉnh\n", encoding="utf-8")
        r = run(genaudit, "import", "--add", "--db", str(db), str(extra))
        if r.returncode != 0 or "agencies: thêm 1 tệp, 1 dòng" not in r.stderr:
            failed.append(f"import --add: exit {r.returncode}, stderr:\n{r.stderr}")
        added = report(genaudit, "--db", str(db), out=tmp / "added.json")
        agencies = [f for f in added["intake"]["files"] if f["register"] == "agencies"]
        before = [f for f in from_db["intake"]["files"] if f["register"] == "agencies"]
        if [f["file"] for f in agencies] != [f["file"] for f in before] + ["Danh sach bo sung.csv"]:
            failed.append(f"after --add the agencies files are {[f['file'] for f in agencies]}")
        if agencies and agencies[-1]["recognised_by"] != "header":
            failed.append(f"the added file is recognised by {agencies[-1]['recognised_by']}")
    for f in failed:
        print("FAIL " + f)
    print(f"{0 if failed else 1} passed, {1 if failed else 0} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
