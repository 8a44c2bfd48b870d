#!/usr/bin/env python3
"""Lenient intake of two agencies' lists of one register.

    lenient_intake.py GENAUDIT

Two staff files, each with one bad row: the audit runs on the good rows; each
file's rejected rows go to a file of their own (the second named after its
source, so neither replaces the other); the JSON report's intake says, per
file, the rows kept and left out and where they went, and the rows left out
per agency. Fixed and imported into the database as they are, the rejected
files add their rows to the register. A code in two agencies files leaves
out its row in both, each naming the other file's row.
"""
import csv
import json
import pathlib
import subprocess
import sys
import tempfile

AGENCIES = "Mã đơn vị,Tên đơn vị,Cấp\nSNV,Sở Nội vụ,tỉnh\nSYT,Sở Y tế,tỉnh\n"
HEADER = "Mã cán bộ,Họ và tên,Giới tính,Mã đơn vị,Ngày sinh\n"


def run(*args):
    return subprocess.run([str(a) for a in args], capture_output=True, text=True, timeout=300)


def main() -> int:
    genaudit = sys.argv[1]
    failed = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        data, rejected = tmp / "data", tmp / "rejected"
        (data / "SNV").mkdir(parents=True)
        (data / "SYT").mkdir()
        (data / "agencies.csv").write_text(AGENCIES, encoding="utf-8")
        (data / "SNV" / "staff.csv").write_text(
            HEADER + "K1,An,Nữ,SNV,31/02/1990\nK2,Bình,Nam,SNV,\n", encoding="utf-8")
        (data / "SYT" / "staff.csv").write_text(
            HEADER + "K3,Chi,Nữ,SYT,xx\nK4,Dũng,Nam,SYT,\n", encoding="utf-8")
        out = tmp / "report.json"
        r = run(genaudit, "audit", "--data", data, "--lenient", "--rejected", rejected,
                "--period", "2025", "--format", "json", "--output", out)
        if r.returncode not in (0, 1):
            raise SystemExit(f"audit failed ({r.returncode}):\n{r.stderr}")
        intake = json.loads(out.read_text(encoding="utf-8"))["intake"]
        staff = {f["file"]: f for f in intake["files"] if f["register"] == "staff"}
        expected_to = {"SNV/staff.csv": rejected / "staff.csv",
                       "SYT/staff.csv": rejected / "staff (SYT-staff).csv"}
        for name, to in expected_to.items():
            f = staff.get(name)
            if not f or (f["rows"], f["rows_left_out"], f["rejected_to"]) != (1, 1, str(to)):
                failed.append(f"intake of {name}: {f}")
            if not to.exists():
                failed.append(f"{to} was not written")
        by_agency = sorted((a["agency_code"], a["rows"]) for a in intake["rows_left_out_by_agency"])
        if by_agency != [("SNV", 1), ("SYT", 1)]:
            failed.append(f"rows left out by agency: {by_agency}")
        if not intake["lenient"]:
            failed.append("the intake does not say the read was lenient")

        # Fixed in place and imported as they are: the rows are added.
        for to in expected_to.values():
            if not to.exists():
                continue
            rows = list(csv.reader(to.open(encoding="utf-8-sig")))
            birth = rows[0].index("Ngày sinh")
            for row in rows[1:]:
                row[birth] = "01/02/1990"
            with to.open("w", encoding="utf-8-sig", newline="") as f:
                csv.writer(f).writerows(rows)
        db = tmp / "audit.db"
        r = run(genaudit, "import", "--lenient", "--rejected", tmp / "again", "--db", db, data)
        if r.returncode != 0:
            failed.append(f"import of the folder: {r.returncode}\n{r.stderr}")
        r = run(genaudit, "import", "--db", db, rejected)
        if r.returncode != 0 or "staff: thêm 2 tệp, 2 dòng" not in r.stderr:
            failed.append(f"import of the fixed rejected rows: {r.returncode}\n{r.stderr}")
        out = tmp / "db.json"
        run(genaudit, "audit", "--db", db, "--period", "2025", "--format", "json", "--output", out)
        if out.exists():
            files = json.loads(out.read_text(encoding="utf-8"))["intake"]["files"]
            rows = sum(f["rows"] for f in files if f["register"] == "staff")
            if rows != 4:
                failed.append(f"after the fixed rows are added, staff has {rows} rows, not 4")
        else:
            failed.append("the audit of the database wrote no report")
        # A code in two files of one register: both rows left out.
        two = tmp / "two"
        (two / "A").mkdir(parents=True)
        (two / "B").mkdir()
        (two / "A" / "agencies.csv").write_text(AGENCIES, encoding="utf-8")
        (two / "B" / "agencies.csv").write_text(
            "Mã đơn vị,Tên đơn vị,Cấp\nSTP,Sở Tư pháp,tỉnh\nsyt,Sở Y tế,tỉnh\n", encoding="utf-8")
        out = tmp / "two.json"
        r = run(genaudit, "audit", "--data", two, "--lenient", "--rejected", tmp / "two-rejected",
                "--period", "2025", "--format", "json", "--output", out)
        files = {f["file"]: (f["rows"], f["rows_left_out"])
                 for f in json.loads(out.read_text(encoding="utf-8"))["intake"]["files"]}
        if files != {"A/agencies.csv": (1, 1), "B/agencies.csv": (1, 1)}:
            failed.append(f"a code in two files: {files}")
        reasons = "".join(p.read_text(encoding="utf-8-sig") for p in (tmp / "two-rejected").iterdir())
        for said in ("dòng 3 của tệp A/agencies.csv", "dòng 3 của tệp B/agencies.csv"):
            if said not in reasons:
                failed.append(f"the rejected rows do not say {said!r}:\n{reasons}")
    for f in failed:
        print("FAIL " + f)
    print(f"{0 if failed else 1} passed, {1 if failed else 0} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
