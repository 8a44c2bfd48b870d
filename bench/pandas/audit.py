#!/usr/bin/python3
"""The pandas baseline of bench/run: the whole rule pack over the CSV registers.

    /usr/bin/python3 bench/pandas/audit.py DATA_DIR OUT.csv PERIOD_START PERIOD_END AS_OF

Dates are YYYY-MM-DD: the first day of the period, its last day, the as-of date.
Writes OUT.csv with the columns of bench/sql/rules.sql (kind, rule, subject, period,
value, status). Plain, idiomatic pandas (Debian's python3-pandas): read each CSV with
its Vietnamese headers, map the template's canonical value forms, group and join.
Like the SQL baselines it expects the canonical forms bench/generate.py writes.
"""

import csv
import datetime
import sys

import pandas as pd

GE = ("bình đẳng giới", "gender equality")
STATS = {  # rule: (comparison, target)
    "O2.T1": (">=", 50), "O2.T2": ("<", 30), "O3.T1": ("<=", 1.7), "O3.T2a": (">=", 80),
    "O3.T2b": (">=", 50), "O3.T3": (">=", 100), "O3.T4": (">=", 70), "O4.T1": ("<=", 111),
    "O4.T2": ("<=", 42), "O4.T3": ("<=", 18), "O4.T4": (">=", 1), "O5.T1a": (">=", 1),
    "O5.T1b": (">=", 1), "O5.T2a": (">", 90), "O5.T2b": (">=", 85), "O5.T3": (">", 30),
    "O6.T1": (">=", 60), "O6.T2": (">=", 100),
}
MEETS = {">=": lambda v, t: v >= t, ">": lambda v, t: v > t,
         "<=": lambda v, t: v <= t, "<": lambda v, t: v < t}


def read(data, name, columns):
    return pd.read_csv(f"{data}/{name}.csv", dtype=str, keep_default_na=False, na_values=[""],
                       usecols=columns)


def dates(series):
    return pd.to_datetime(series, format="%d/%m/%Y")


def is_ge(topics):
    lower = topics.str.lower()
    return lower.str.contains(GE[0], regex=False) | lower.str.contains(GE[1], regex=False)


def status(value, comparison, target):
    if value is None:
        return "no_data"
    return "met" if MEETS[comparison](value, target) else "not_met"


def main(argv):
    data, out, p_start, p_end, as_of_s = argv
    period_start = datetime.date.fromisoformat(p_start)
    period_end = datetime.date.fromisoformat(p_end)
    as_of = pd.Timestamp(as_of_s)

    # The calendar: audited months and quarters, and V.19's years.
    months = []
    y, m = period_start.year, period_start.month
    while (y, m) <= (period_end.year, period_end.month):
        months.append((y, m))
        y, m = y + (m == 12), m % 12 + 1
    def month_end(y, m):
        return pd.Timestamp(datetime.date(y + (m == 12), m % 12 + 1, 1)) - pd.Timedelta(days=1)
    audited_months = [(y, m) for y, m in months if month_end(y, m) <= as_of]
    quarters = [(y, (m + 2) // 3) for y, m in months
                if m in (1, 4, 7, 10) and (y, m + 2) in months and month_end(y, m + 2) <= as_of]
    report_years = sorted({y for y, _ in months if pd.Timestamp(y, 12, 10) <= as_of})

    findings = []   # (rule, subject, period)
    indicators = []  # (rule, value, status)

    # ---- staff: O1.S4, O1.T1, O5.T4a/b
    agencies = read(data, "agencies", ["Mã đơn vị", "Cấp"])
    agencies["level"] = agencies["Cấp"].map({"tỉnh": "province", "huyện": "district", "xã": "commune"})
    staff = read(data, "staff", ["Mã cán bộ", "Giới tính", "Mã đơn vị", "Lãnh đạo chủ chốt",
                                 "Ngày bắt đầu", "Ngày kết thúc", "Trình độ"])
    staff.columns = ["staff_id", "gender", "agency_code", "key_leader", "start", "end", "degree"]
    staff["gender"] = staff["gender"].map({"Nữ": "female", "Nam": "male"})
    staff["rank"] = staff["degree"].map({"Tiến sĩ": 2, "Thạc sĩ": 1}).fillna(0)
    # A person's gender is the known gender on their rows; their degree the highest.
    person_gender = staff.dropna(subset=["gender"]).drop_duplicates("staff_id").set_index("staff_id")["gender"]
    person_rank = staff.groupby("staff_id")["rank"].max()
    start, end = dates(staff["start"]), dates(staff["end"])
    active = staff[(start.isna() | (start <= as_of)) & (end.isna() | (end >= as_of))].copy()
    active = active[active["agency_code"].isin(agencies["Mã đơn vị"])]
    active["gender"] = active["staff_id"].map(person_gender)
    active["rank"] = active["staff_id"].map(person_rank)
    active["female_key_leader"] = (active["key_leader"] == "x") & (active["gender"] == "female")

    by_agency = active.groupby("agency_code")
    per_agency = pd.DataFrame({
        "known": active[active["gender"].notna()].groupby("agency_code")["staff_id"].nunique(),
        "women": active[active["gender"] == "female"].groupby("agency_code")["staff_id"].nunique(),
        "female_key_leader": by_agency["female_key_leader"].any(),
    }, index=by_agency.size().index)
    per_agency[["known", "women"]] = per_agency[["known", "women"]].fillna(0)
    hit = per_agency[(per_agency["known"] > 0)
                     & (100.0 * per_agency["women"] / per_agency["known"].where(per_agency["known"] > 0) >= 30)
                     & ~per_agency["female_key_leader"]]
    findings += [("O1.S4", code, "") for code in hit.index]
    n = len(per_agency)
    value = 100.0 * per_agency["female_key_leader"].sum() / n if n else None
    indicators.append(("O1.T1", value, status(value, ">=", 60)))

    people = active.drop_duplicates("staff_id")
    people = people[people["gender"].notna()]
    for rule, rank, target in (("O5.T4a", 1, 50), ("O5.T4b", 2, 30)):
        holders = people[people["rank"] == rank]
        value = 100.0 * (holders["gender"] == "female").sum() / len(holders) if len(holders) else None
        indicators.append((rule, value, status(value, ">=", target)))

    # ---- O2.T3
    ent = read(data, "enterprises", ["Giới tính người đứng đầu", "Tình trạng"])
    ent["gender"] = ent["Giới tính người đứng đầu"].map({"Nữ": "female", "Nam": "male"})
    counted = ent[(ent["Tình trạng"].isna() | (ent["Tình trạng"] == "hoạt động")) & ent["gender"].notna()]
    value = 100.0 * (counted["gender"] == "female").sum() / len(counted) if len(counted) else None
    indicators.append(("O2.T3", value, status(value, ">=", 27)))

    # ---- O6.T4: broadcasters' months
    outlets = read(data, "outlets", ["Mã cơ quan", "Loại hình"])
    broadcasters = outlets.loc[outlets["Loại hình"].isin(["đài tỉnh", "đài huyện"]), "Mã cơ quan"]
    seg = read(data, "segments", ["Mã cơ quan", "Ngày phát sóng", "Chủ đề"])
    seg = seg[is_ge(seg["Chủ đề"])]
    air = dates(seg["Ngày phát sóng"])
    covered = set(zip(seg["Mã cơ quan"], air.dt.year, air.dt.month))
    for code in broadcasters:
        for y, m in audited_months:
            if (code, y, m) not in covered:
                findings.append(("O6.T4", code, f"{y}-{m:02d}"))

    # ---- O6.T3: communes' quarters
    news = read(data, "news", ["Mã đơn vị", "Ngày đăng", "Chủ đề"])
    news = news[is_ge(news["Chủ đề"])]
    pub = dates(news["Ngày đăng"])
    counts = news.groupby([news["Mã đơn vị"], pub.dt.year, pub.dt.quarter]).size().to_dict()
    for code in agencies.loc[agencies["level"] == "commune", "Mã đơn vị"]:
        for y, q in quarters:
            if counts.get((code, y, q), 0) < 4:
                findings.append(("O6.T3", code, f"{y}-Q{q}"))

    # ---- V.19: annual reports
    rep = read(data, "reports", ["Mã đơn vị", "Năm báo cáo", "Ngày gửi"])
    rep["year"] = rep["Năm báo cáo"].astype(int)
    rep["sent"] = dates(rep["Ngày gửi"])
    first = rep.groupby(["Mã đơn vị", "year"])["sent"].min().to_dict()
    for code in agencies.loc[agencies["level"].isin(["province", "district"]), "Mã đơn vị"]:
        for y in report_years:
            sent = first.get((code, y))
            if sent is None or sent > pd.Timestamp(y, 12, 10):
                findings.append(("V.19", code, str(y)))

    # ---- statistics: the latest revision for the period's last year
    st = read(data, "statistics", ["Mã chỉ tiêu", "Năm", "Giá trị", "Ngày báo cáo"])
    st["row"] = range(len(st))
    st = st[st["Năm"].astype(int) == period_end.year].copy()
    st["value"] = st["Giá trị"].astype(float)
    st["reported_on"] = dates(st["Ngày báo cáo"])
    st["dated"] = st["reported_on"].notna()
    latest = (st.sort_values(["dated", "reported_on", "row"], na_position="first")
              .drop_duplicates("Mã chỉ tiêu", keep="last").set_index("Mã chỉ tiêu")["value"])
    for rule, (comparison, target) in STATS.items():
        value = float(latest[rule]) if rule in latest.index else None
        indicators.append((rule, value, status(value, comparison, target)))

    with open(out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["kind", "rule", "subject", "period", "value", "status"])
        for rule, subject, period in sorted(findings):
            w.writerow(["finding", rule, subject, period, "", ""])
        for rule, value, st_ in sorted(indicators, key=lambda r: r[0]):
            w.writerow(["indicator", rule, "", "", "" if value is None else repr(float(value)), st_])
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 6:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1:]))
