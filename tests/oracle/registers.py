"""The eight registers of REGISTERS.md: their columns, and loading each one
into plain Python values, validated as the engine validates (RegisterError on
anything it must refuse).

A reference (staff -> agencies, segments -> outlets, news / reports /
statistics.reported_by -> agencies) is checked when the register it points
into is present; with that register absent the rules reading both are skipped,
so the reference cannot matter.
"""

from csvread import find_register, read_register
from textnorm import cell, free_text
from values import (KIND, LEVEL, ENTERPRISE_TYPE, RegisterError, coded, parse_date,
                    parse_degree, parse_gender, parse_integer, parse_key_leader,
                    parse_number, parse_status_active)

# field -> Vietnamese header, in template order.
FIELDS = {
    "agencies": {"agency_code": "Mã đơn vị", "agency_name": "Tên đơn vị", "level": "Cấp",
                 "parent_code": "Mã đơn vị cấp trên", "district": "Huyện, thị xã, thành phố"},
    "staff": {"staff_id": "Mã cán bộ", "full_name": "Họ và tên", "gender": "Giới tính",
              "birth_date": "Ngày sinh", "agency_code": "Mã đơn vị", "position": "Chức vụ",
              "key_leader": "Lãnh đạo chủ chốt", "start_date": "Ngày bắt đầu",
              "end_date": "Ngày kết thúc", "degree": "Trình độ"},
    "outlets": {"outlet_code": "Mã cơ quan", "outlet_name": "Tên cơ quan", "kind": "Loại hình",
                "district": "Huyện, thị xã, thành phố"},
    "segments": {"outlet_code": "Mã cơ quan", "air_date": "Ngày phát sóng",
                 "title": "Tên chuyên mục", "topic": "Chủ đề",
                 "duration_min": "Thời lượng (phút)"},
    "news": {"agency_code": "Mã đơn vị", "published_on": "Ngày đăng", "title": "Tiêu đề",
             "topic": "Chủ đề"},
    "reports": {"agency_code": "Mã đơn vị", "year": "Năm báo cáo", "submitted_on": "Ngày gửi"},
    "enterprises": {"enterprise_code": "Mã số doanh nghiệp", "enterprise_name": "Tên doanh nghiệp",
                    "type": "Loại hình", "director_gender": "Giới tính người đứng đầu",
                    "status": "Tình trạng"},
    "statistics": {"indicator": "Mã chỉ tiêu", "year": "Năm", "value": "Giá trị",
                   "reported_by": "Đơn vị báo cáo", "reported_on": "Ngày báo cáo"},
}
# Fields whose value must be filled in (and so whose column must be there).
REQUIRED_VALUE = {
    "agencies": ["agency_code", "agency_name", "level"],
    "staff": ["staff_id", "full_name", "agency_code"],
    "outlets": ["outlet_code", "outlet_name", "kind"],
    "segments": ["outlet_code", "air_date", "title", "topic"],
    "news": ["agency_code", "published_on", "title", "topic"],
    "reports": ["agency_code", "year", "submitted_on"],
    "enterprises": ["enterprise_code", "enterprise_name", "type"],
    "statistics": ["indicator", "year", "value"],
}
# "yes (column)": the column must be there, a cell may be empty (unknown).
REQUIRED_COLUMN_ONLY = {"staff": ["gender"], "enterprises": ["director_gender"]}

# Key-leader posts when staff has no key_leader column: a plain prefix of the
# normalized position, diacritics kept ("Trưởng bản" is not "Trưởng ban").
KEY_LEADER_PREFIXES = [
    "Giám đốc", "Phó Giám đốc", "Chủ tịch", "Phó Chủ tịch", "Trưởng ban",
    "Phó Trưởng ban", "Chánh Văn phòng", "Chánh Thanh tra", "Cục trưởng",
    "Phó Cục trưởng",
]
NAMES = list(FIELDS)


def _read(path, name):
    """Rows of a register with its required values checked."""
    required_columns = REQUIRED_VALUE[name] + REQUIRED_COLUMN_ONLY.get(name, [])
    rows, present = read_register(path, FIELDS[name], required_columns)
    for r in rows:
        r["_where"] = f"{path}:{r['_row']}"
        for f in REQUIRED_VALUE[name]:
            if cell(r[f]) is None:
                raise RegisterError(f"{r['_where']}: {f} is empty")
    return rows, present


def _unique(rows, field):
    """{code: row}; a duplicate is reported at the later row."""
    seen = {}
    for r in rows:
        code = cell(r[field])
        if code in seen:
            raise RegisterError(f"{r['_where']}: duplicate {field} {code}")
        seen[code] = r
    return seen


def _refers(r, field, codes, into):
    code = cell(r[field])
    if codes is not None and code is not None and code not in codes:
        raise RegisterError(f"{r['_where']}: {field} {code} is not in {into}")
    return code


def load_agencies(path):
    """{agency_code: level} with level province / district / commune."""
    rows, _ = _read(path, "agencies")
    by_code = _unique(rows, "agency_code")
    levels = {code: coded(r["level"], LEVEL, "level", r["_where"]) for code, r in by_code.items()}
    for r in rows:
        _refers(r, "parent_code", levels, "agencies")
    return levels


def load_staff(path, agencies):
    """(assignments, gender_of): assignments are dicts staff_id, agency, key,
    start, end, degree; gender_of maps a staff_id to its known gender."""
    rows, present = _read(path, "staff")
    prefixes = [free_text(p) for p in KEY_LEADER_PREFIXES]
    assignments, gender_of = [], {}
    for r in rows:
        where = r["_where"]
        sid = cell(r["staff_id"])
        gender = parse_gender(r["gender"], where)
        if gender is not None and gender_of.setdefault(sid, gender) != gender:
            raise RegisterError(f"{where}: staff_id {sid} has two genders")
        if "key_leader" in present:           # the column decides every row
            key = parse_key_leader(r["key_leader"], where)
        else:
            pos = cell(r["position"])
            key = pos is not None and any(free_text(pos).startswith(p) for p in prefixes)
        parse_date(r["birth_date"], where)    # validated only
        assignments.append({"staff_id": sid, "agency": _refers(r, "agency_code", agencies, "agencies"),
                            "key": key, "start": parse_date(r["start_date"], where),
                            "end": parse_date(r["end_date"], where),
                            "degree": parse_degree(r["degree"])})
    return assignments, gender_of


def load_outlets(path):
    """{outlet_code: kind} with kind provincial / district / newspaper / portal."""
    rows, _ = _read(path, "outlets")
    return {code: coded(r["kind"], KIND, "kind", r["_where"])
            for code, r in _unique(rows, "outlet_code").items()}


def load_segments(path, outlets):
    """[{outlet, date, topic}], topic as raw text."""
    rows, _ = _read(path, "segments")
    out = []
    for r in rows:
        duration = parse_number(r["duration_min"], r["_where"])
        if duration is not None and duration < 0:
            raise RegisterError(f"{r['_where']}: a duration cannot be negative: {duration}")
        out.append({"outlet": _refers(r, "outlet_code", outlets, "outlets"),
                    "date": parse_date(r["air_date"], r["_where"]), "topic": cell(r["topic"])})
    return out


def load_news(path, agencies):
    rows, _ = _read(path, "news")
    return [{"agency": _refers(r, "agency_code", agencies, "agencies"),
             "date": parse_date(r["published_on"], r["_where"]), "topic": cell(r["topic"])}
            for r in rows]


def load_reports(path, agencies):
    rows, _ = _read(path, "reports")
    return [{"agency": _refers(r, "agency_code", agencies, "agencies"),
             "year": parse_integer(r["year"], r["_where"]),
             "date": parse_date(r["submitted_on"], r["_where"])} for r in rows]


def load_enterprises(path):
    """[{active, type, gender}] (gender None when unknown)."""
    rows, _ = _read(path, "enterprises")
    _unique(rows, "enterprise_code")
    return [{"type": coded(r["type"], ENTERPRISE_TYPE, "type", r["_where"]),
             "gender": parse_gender(r["director_gender"], r["_where"]),
             "active": parse_status_active(r["status"])} for r in rows]


def load_statistics(path, agencies):
    """[{indicator, year, value, reported_on, order}], order = row in the file."""
    rows, _ = _read(path, "statistics")
    out = []
    for r in rows:
        _refers(r, "reported_by", agencies, "agencies")
        out.append({"indicator": cell(r["indicator"]),
                    "year": parse_integer(r["year"], r["_where"]),
                    "value": parse_number(r["value"], r["_where"]),
                    "reported_on": parse_date(r["reported_on"], r["_where"]),
                    "order": r["_row"]})
    return out


class Registers:
    """Every register of a data folder; an absent register is None."""

    def __init__(self, data_dir):
        path = {name: find_register(data_dir, name) for name in NAMES}
        self.present = {name for name, p in path.items() if p is not None}
        load = lambda name, f, *args: f(path[name], *args) if path[name] else None  # noqa: E731
        self.agencies = load("agencies", load_agencies)
        staff = load("staff", load_staff, self.agencies)
        self.assignments, self.gender_of = staff if staff else (None, None)
        self.outlets = load("outlets", load_outlets)
        self.segments = load("segments", load_segments, self.outlets)
        self.news = load("news", load_news, self.agencies)
        self.reports = load("reports", load_reports, self.agencies)
        self.enterprises = load("enterprises", load_enterprises)
        self.statistics = load("statistics", load_statistics, self.agencies)
