"""Random outlets, segments and news, and what they mean for O6.T4 / O6.T3.

The model knows, for every row it writes, whether its topic is on gender
equality (it picks the topic from one list or the other), so the expected
findings come from the model, not from reading the files back. Boundaries:
  - months with no gender-equality (GE) segment, with exactly one, with one on
    the first or last day of the month, or only next door (the last day of the
    month before, the first of the month after);
  - GE only in the title (does not count); near misses in the topic
    ("Binh dang gioi" without diacritics, "bình đẳng" alone, "bạo lực trên cơ
    sở giới", "Biên giới"); GE topics in capitals, with doubled spaces,
    padded, in NFD, in English;
  - outlets that are newspapers or portals (never audited), broadcasters with
    no segment at all;
  - communes with 0..6 GE news items a quarter, 3 and exactly 4 often, items on
    the first and last day of a quarter.
"""

import unicodedata

from gen_calendar import DAY, month_end, quarter, quarter_first, quarter_last, random_day, span
from gen_write import number_text, write_register

GE_TOPICS = ["Bình đẳng giới", "bình đẳng giới", "BÌNH ĐẲNG GIỚI", "Bình Đẳng  Giới",
             "  Bình đẳng giới ", "Bình  đẳng   giới", "Bình đẳng giới và phòng, chống bạo lực gia đình",
             "Tháng hành động vì bình đẳng giới", "Phụ nữ và bình đẳng giới",
             "Bình đẳng giới trong lao động, việc làm", "Gender equality", "GENDER EQUALITY",
             "Gender  Equality", "Promoting gender equality",
             "Truyền thông bình đẳng giới vùng đồng bào dân tộc thiểu số",
             unicodedata.normalize("NFD", "Bình đẳng giới"),
             unicodedata.normalize("NFD", "Tuyên truyền Luật Bình đẳng giới")]
NEAR_MISS_TOPICS = ["Binh dang gioi", "Bình đẳng", "Phòng, chống bạo lực trên cơ sở giới",
                    "Bình đẳng trong giáo dục", "Biên giới, biển đảo", "Giới thiệu sản phẩm OCOP",
                    "Gender-based violence", "Equality before the law", "Hôn nhân và gia đình"]
OTHER_TOPICS = ["Thời sự", "An toàn giao thông", "Cải cách hành chính", "Chuyển đổi số",
                "Xây dựng nông thôn mới", "Du lịch biển đảo", "Phòng, chống thiên tai",
                "Sức khỏe cộng đồng", "Giảm nghèo bền vững", "Pháp luật và đời sống",
                "Dân tộc và miền núi", "Quốc phòng toàn dân", "Văn hóa - Thể thao"]
GE_TITLES = ["Chuyên đề: Bình đẳng giới trong gia đình", "Vì bình đẳng giới",
             "Gender equality talk show", "Hỏi đáp về bình đẳng giới"]
PLAIN_TITLES = ["Bản tin thời sự", "Chuyên mục pháp luật", "Nông thôn mới hôm nay",
                "Sống khỏe mỗi ngày", "Đất và người Khánh Hòa", "Tin hoạt động xã",
                'Phóng sự "Biển đảo quê hương", kỳ 2', "Ghi chép:\nmột ngày ở bản"]

KIND_FORMS = {
    "provincial": ["Đài tỉnh", "đài tỉnh", "ĐÀI TỈNH", "dai tinh", "Đài  tỉnh",
                   "provincial broadcaster", "Provincial Broadcaster"],
    "district": ["Đài huyện", "đài huyện", "ĐÀI HUYỆN", "dai huyen", "district broadcaster",
                 "District broadcaster"],
    "newspaper": ["Báo", "báo", "BÁO", "bao", "newspaper", "Newspaper"],
    "portal": ["Cổng thông tin", "cổng thông tin", "cong thong tin", "CỔNG THÔNG TIN",
               "portal", "Portal"],
}
OUTLET_FIELDS = [("outlet_code", "Mã cơ quan", True), ("outlet_name", "Tên cơ quan", True),
                 ("kind", "Loại hình", True), ("district", "Huyện, thị xã, thành phố", False)]
SEGMENT_FIELDS = [("outlet_code", "Mã cơ quan", True), ("air_date", "Ngày phát sóng", True),
                  ("title", "Tên chuyên mục", True), ("topic", "Chủ đề", True),
                  ("duration_min", "Thời lượng (phút)", False)]
NEWS_FIELDS = [("agency_code", "Mã đơn vị", True), ("published_on", "Ngày đăng", True),
               ("title", "Tiêu đề", True), ("topic", "Chủ đề", True)]
PLACES = ["Nha Trang", "Cam Ranh", "Ninh Hòa", "Vạn Ninh", "Diên Khánh", "Khánh Vĩnh",
          "Khánh Sơn", "Cam Lâm"]


class Media:
    """outlets: dicts code, name, kind, district; segments and news: dicts
    code, date, ge (the truth), title, topic (the text to write)."""

    def __init__(self, rng, window, communes):
        self.rng = rng
        self.window = window              # (first month, last month) of data
        self.communes = communes          # agency codes of level commune
        self.outlets, self.segments, self.news = [], [], []

    # -- drawing --------------------------------------------------------
    def item(self, code, date, ge, trap_p=0.3):
        r = self.rng
        if ge:
            topic, title = r.choice(GE_TOPICS), r.choice(GE_TITLES + PLAIN_TITLES)
        elif r.random() < trap_p:         # a title on GE, or a topic that nearly is
            topic = r.choice(NEAR_MISS_TOPICS + OTHER_TOPICS)
            title = r.choice(GE_TITLES)
        else:
            topic, title = r.choice(NEAR_MISS_TOPICS if r.random() < 0.2 else OTHER_TOPICS), \
                r.choice(PLAIN_TITLES)
        return {"code": code, "date": date, "ge": ge, "topic": topic, "title": title}

    def make_outlets(self):
        r = self.rng
        n = r.randint(1, 9)
        for i in range(n):
            kind = r.choices(["provincial", "district", "newspaper", "portal"], [2, 5, 2, 1])[0]
            place = r.choice(PLACES)
            name = {"provincial": "Đài Phát thanh và Truyền hình Khánh Hòa",
                    "district": f"Đài Truyền thanh - Truyền hình {place}",
                    "newspaper": "Báo Khánh Hòa",
                    "portal": "Cổng thông tin điện tử tỉnh Khánh Hòa"}[kind]
            self.outlets.append({"code": r.choice(["DAI", "D-", "BAO", "O"]) + f"{i + 1:02d}",
                                 "name": name, "kind": kind,
                                 "district": f"Huyện {place}" if kind == "district" else ""})

    def make_segments(self):
        r = self.rng
        for o in self.outlets:
            if r.random() < 0.08:
                continue                  # an outlet with no segment at all
            for y, m in span(*self.window):
                first, last = month_end(y, m).replace(day=1), month_end(y, m)
                ge = r.choices([0, 1, 2, 3], [25, 35, 25, 15])[0]
                for _ in range(ge):
                    where = r.random()
                    day = first if where < 0.15 else last if where < 0.3 else \
                        random_day(r, first, last)
                    self.segments.append(self.item(o["code"], day, True))
                for _ in range(r.randint(0, 4)):
                    self.segments.append(self.item(o["code"], random_day(r, first, last), False))
                if ge == 0 and r.random() < 0.3:    # GE right next door, not in the month
                    edge = first - DAY if r.random() < 0.5 else last + DAY
                    self.segments.append(self.item(o["code"], edge, True))
        r.shuffle(self.segments)

    def make_news(self):
        r = self.rng
        quarters = sorted({(y, quarter(m)) for y, m in span(*self.window)})
        for code in self.communes:
            if r.random() < 0.08:
                continue                  # a commune that posts nothing
            for y, q in quarters:
                first, last = quarter_first(y, q), quarter_last(y, q)
                ge = r.choices([0, 1, 2, 3, 4, 5, 6], [8, 4, 6, 25, 32, 15, 10])[0]
                for _ in range(ge):
                    where = r.random()
                    day = first if where < 0.1 else last if where < 0.2 else \
                        random_day(r, first, last)
                    self.news.append(self.item(code, day, True))
                for _ in range(r.randint(0, 3)):
                    self.news.append(self.item(code, random_day(r, first, last), False))
        r.shuffle(self.news)

    # -- expected ------------------------------------------------------
    def o6_t4(self, audited_months):
        ge = {(s["code"], s["date"].year, s["date"].month) for s in self.segments if s["ge"]}
        return [("O6.T4", o["code"], f"{y:04d}-{m:02d}") for o in self.outlets
                if o["kind"] in ("provincial", "district")
                for y, m in audited_months if (o["code"], y, m) not in ge]

    def o6_t3(self, audited_quarters):
        count = {}
        for n in self.news:
            if n["ge"]:
                k = (n["code"], n["date"].year, quarter(n["date"].month))
                count[k] = count.get(k, 0) + 1
        return [("O6.T3", c, f"{y:04d}-Q{q}") for c in self.communes
                for y, q in audited_quarters if count.get((c, y, q), 0) < 4]

    # -- writing -------------------------------------------------------
    def write_outlets(self, w, out_dir):
        r = w.rng
        rows = [{"outlet_code": w.text(o["code"], 0, 0.1), "outlet_name": w.text(o["name"]),
                 "kind": w.text(r.choice(KIND_FORMS[o["kind"]]), 0.2, 0.1),
                 "district": w.text(o["district"], pad_p=0)} for o in self.outlets]
        write_register(w, out_dir, "outlets", OUTLET_FIELDS, rows)

    def write_segments(self, w, out_dir):
        r = w.rng
        rows = [{"outlet_code": w.text(s["code"], 0, 0.1), "air_date": w.text(w.date(s["date"]), 0, 0.1),
                 "title": w.text(s["title"]), "topic": w.text(s["topic"], 0.2, 0),
                 "duration_min": number_text(r, r.choice([5, 10, 15, 30, 12.5, 7.5]))
                 if r.random() < 0.8 else ""} for s in self.segments]
        write_register(w, out_dir, "segments", SEGMENT_FIELDS, rows)

    def write_news(self, w, out_dir):
        rows = [{"agency_code": w.text(n["code"], 0, 0.1),
                 "published_on": w.text(w.date(n["date"]), 0, 0.1),
                 "title": w.text(n["title"]), "topic": w.text(n["topic"], 0.2, 0)}
                for n in self.news]
        write_register(w, out_dir, "news", NEWS_FIELDS, rows)
