-- The rule pack of KH 11983/UBND-KGVX as SQL for DuckDB, straight from the CSV
-- registers (end to end: files in, results out). bench/sql/rules.sql adapted: the
-- registers are read with read_csv under their Vietnamese headers, and the template's
-- canonical value forms (Nữ/Nam, tỉnh/huyện/xã, đài tỉnh/đài huyện/báo/cổng thông tin,
-- doanh nghiệp/hợp tác xã, hoạt động or empty, Tiến sĩ/Thạc sĩ, x) and dd/mm/yyyy dates
-- are mapped with plain SQL. A person's gender is the known gender on their rows and
-- their degree the highest on their rows.
--
-- run.mjs replaces {{DATA}} (the folder of CSV files), {{PERIOD_START}},
-- {{PERIOD_END}}, {{AS_OF}} (YYYY-MM-DD) and {{OUT}} (the CSV written), then runs it
-- all in one in-memory DuckDB. Output as bench/sql/rules.sql's: kind, rule, subject,
-- period, value, status.

CREATE TEMP TABLE params AS
SELECT DATE '{{PERIOD_START}}' AS period_start, DATE '{{PERIOD_END}}' AS period_end,
       DATE '{{AS_OF}}' AS as_of;

-- The registers.
CREATE TEMP TABLE agencies AS
SELECT "Mã đơn vị" AS agency_code,
       CASE "Cấp" WHEN 'tỉnh' THEN 'province' WHEN 'huyện' THEN 'district'
                  WHEN 'xã' THEN 'commune' END AS level
FROM read_csv('{{DATA}}/agencies.csv', header = true, all_varchar = true);

CREATE TEMP TABLE staff AS
SELECT "Mã cán bộ" AS staff_id, "Mã đơn vị" AS agency_code,
       CASE "Giới tính" WHEN 'Nữ' THEN 'female' WHEN 'Nam' THEN 'male' END AS gender,
       "Chức vụ" AS position,
       -- The template has the key_leader column, so it decides (empty = not a key leader).
       coalesce("Lãnh đạo chủ chốt" = 'x', false) AS key_leader,
       strptime("Ngày bắt đầu", '%d/%m/%Y')::DATE AS start_date,
       strptime("Ngày kết thúc", '%d/%m/%Y')::DATE AS end_date,
       CASE "Trình độ" WHEN 'Tiến sĩ' THEN 2 WHEN 'Thạc sĩ' THEN 1 ELSE 0 END AS degree_rank
FROM read_csv('{{DATA}}/staff.csv', header = true, all_varchar = true);

CREATE TEMP TABLE outlets AS
SELECT "Mã cơ quan" AS outlet_code,
       CASE "Loại hình" WHEN 'đài tỉnh' THEN 'provincial_broadcaster'
                        WHEN 'đài huyện' THEN 'district_broadcaster'
                        WHEN 'báo' THEN 'newspaper' WHEN 'cổng thông tin' THEN 'portal' END AS kind
FROM read_csv('{{DATA}}/outlets.csv', header = true, all_varchar = true);

CREATE TEMP TABLE segments AS
SELECT "Mã cơ quan" AS outlet_code, strptime("Ngày phát sóng", '%d/%m/%Y')::DATE AS air_date,
       "Chủ đề" AS topic
FROM read_csv('{{DATA}}/segments.csv', header = true, all_varchar = true);

CREATE TEMP TABLE news AS
SELECT "Mã đơn vị" AS agency_code, strptime("Ngày đăng", '%d/%m/%Y')::DATE AS published_on,
       "Chủ đề" AS topic
FROM read_csv('{{DATA}}/news.csv', header = true, all_varchar = true);

CREATE TEMP TABLE reports AS
SELECT "Mã đơn vị" AS agency_code, CAST("Năm báo cáo" AS INTEGER) AS year,
       strptime("Ngày gửi", '%d/%m/%Y')::DATE AS submitted_on
FROM read_csv('{{DATA}}/reports.csv', header = true, all_varchar = true);

CREATE TEMP TABLE enterprises AS
SELECT CASE "Giới tính người đứng đầu" WHEN 'Nữ' THEN 'female' WHEN 'Nam' THEN 'male' END
         AS director_gender,
       CASE WHEN "Tình trạng" IS NULL OR "Tình trạng" = 'hoạt động' THEN 'active'
            ELSE 'inactive' END AS status
FROM read_csv('{{DATA}}/enterprises.csv', header = true, all_varchar = true);

CREATE TEMP TABLE statistics AS
SELECT "Mã chỉ tiêu" AS indicator, CAST("Năm" AS INTEGER) AS year,
       CAST("Giá trị" AS DOUBLE) AS value,
       strptime("Ngày báo cáo", '%d/%m/%Y')::DATE AS reported_on
FROM read_csv('{{DATA}}/statistics.csv', header = true, all_varchar = true);

-- The calendar.
CREATE TEMP TABLE period_months AS
SELECT m_start, (m_start + INTERVAL 1 MONTH - INTERVAL 1 DAY)::DATE AS m_end
FROM (SELECT unnest(generate_series(period_start, period_end, INTERVAL 1 MONTH))::DATE AS m_start
      FROM params);

CREATE TEMP TABLE months AS
SELECT strftime(m_start, '%Y-%m') AS ym, m_start, m_end
FROM period_months, params WHERE m_end <= as_of;

CREATE TEMP TABLE quarters AS
SELECT strftime(m_start, '%Y') || '-Q' || quarter(m_start) AS yq
FROM period_months, params
WHERE month(m_start) IN (1, 4, 7, 10)
  AND (m_start + INTERVAL 3 MONTH - INTERVAL 1 DAY)::DATE <= period_end
  AND (m_start + INTERVAL 3 MONTH - INTERVAL 1 DAY)::DATE <= as_of;

CREATE TEMP TABLE report_years AS
SELECT DISTINCT year(m_start) AS y, make_date(year(m_start), 12, 10) AS deadline
FROM period_months, params
WHERE make_date(year(m_start), 12, 10) <= as_of;

-- Staff: each person's gender (known on any row) and highest degree, then the
-- assignments active on the as-of date.
CREATE TEMP TABLE persons AS
SELECT staff_id, max(gender) AS gender, max(degree_rank) AS degree_rank
FROM staff GROUP BY staff_id;

CREATE TEMP TABLE active_posts AS
SELECT s.staff_id, s.agency_code, p.gender, p.degree_rank,
       s.key_leader
FROM staff s JOIN persons p USING (staff_id), params
WHERE (s.start_date IS NULL OR s.start_date <= as_of)
  AND (s.end_date IS NULL OR s.end_date >= as_of);

CREATE TEMP TABLE staffed_agencies AS
SELECT a.agency_code,
       count(DISTINCT CASE WHEN s.gender IS NOT NULL THEN s.staff_id END) AS known,
       count(DISTINCT CASE WHEN s.gender = 'female' THEN s.staff_id END) AS women,
       max(CASE WHEN s.key_leader AND s.gender = 'female' THEN 1 ELSE 0 END) AS female_key_leader
FROM agencies a JOIN active_posts s ON s.agency_code = a.agency_code
GROUP BY a.agency_code;

-- Media.
CREATE TEMP TABLE ge_segment_months AS
SELECT DISTINCT outlet_code, strftime(air_date, '%Y-%m') AS ym
FROM segments
WHERE contains(lower(topic), 'bình đẳng giới') OR contains(lower(topic), 'gender equality');

CREATE TEMP TABLE ge_news_quarters AS
SELECT agency_code, strftime(published_on, '%Y') || '-Q' || quarter(published_on) AS yq,
       count(*) AS items
FROM news
WHERE contains(lower(topic), 'bình đẳng giới') OR contains(lower(topic), 'gender equality')
GROUP BY ALL;

CREATE TEMP TABLE first_reports AS
SELECT agency_code, year, min(submitted_on) AS first_sent FROM reports GROUP BY ALL;

-- Statistics: the latest revision for the period's last year (an undated row is older
-- than any dated one). DuckDB's CSV reader gives no row number, so a tie on
-- reported_on is not broken by file order here (the generator writes none).
CREATE TEMP TABLE stat_targets(rule VARCHAR, comparison VARCHAR, target DOUBLE);
INSERT INTO stat_targets VALUES
  ('O2.T1', '>=', 50), ('O2.T2', '<', 30), ('O3.T1', '<=', 1.7), ('O3.T2a', '>=', 80),
  ('O3.T2b', '>=', 50), ('O3.T3', '>=', 100), ('O3.T4', '>=', 70), ('O4.T1', '<=', 111),
  ('O4.T2', '<=', 42), ('O4.T3', '<=', 18), ('O4.T4', '>=', 1), ('O5.T1a', '>=', 1),
  ('O5.T1b', '>=', 1), ('O5.T2a', '>', 90), ('O5.T2b', '>=', 85), ('O5.T3', '>', 30),
  ('O6.T1', '>=', 60), ('O6.T2', '>=', 100);

CREATE TEMP TABLE stat_values AS
SELECT indicator, value FROM (
  SELECT st.indicator, st.value,
         row_number() OVER (PARTITION BY st.indicator ORDER BY st.reported_on DESC NULLS LAST) AS rn
  FROM statistics st, params p
  WHERE st.year = year(p.period_end)
) WHERE rn = 1;

CREATE TEMP TABLE computed AS
SELECT 'O1.T1' AS rule,
       CASE WHEN count(*) > 0 THEN 100.0 * sum(female_key_leader) / count(*) END AS value,
       60.0 AS target, '>=' AS comparison
FROM staffed_agencies
UNION ALL
SELECT 'O2.T3',
       CASE WHEN count(*) > 0 THEN 100.0 * count(*) FILTER (director_gender = 'female') / count(*) END,
       27.0, '>='
FROM enterprises WHERE status = 'active' AND director_gender IS NOT NULL
UNION ALL
SELECT 'O5.T4a',
       CASE WHEN count(DISTINCT staff_id) > 0 THEN
         100.0 * count(DISTINCT CASE WHEN gender = 'female' THEN staff_id END) / count(DISTINCT staff_id) END,
       50.0, '>='
FROM active_posts WHERE degree_rank = 1 AND gender IS NOT NULL
UNION ALL
SELECT 'O5.T4b',
       CASE WHEN count(DISTINCT staff_id) > 0 THEN
         100.0 * count(DISTINCT CASE WHEN gender = 'female' THEN staff_id END) / count(DISTINCT staff_id) END,
       30.0, '>='
FROM active_posts WHERE degree_rank = 2 AND gender IS NOT NULL
UNION ALL
SELECT t.rule, v.value, t.target, t.comparison
FROM stat_targets t LEFT JOIN stat_values v ON v.indicator = t.rule;

COPY (
  SELECT 'finding' AS kind, 'O1.S4' AS rule, agency_code AS subject, NULL AS period,
         NULL::DOUBLE AS value, NULL AS status
  FROM staffed_agencies
  WHERE known > 0 AND 100.0 * women / known >= 30 AND female_key_leader = 0

  UNION ALL
  SELECT 'finding', 'O6.T4', o.outlet_code, m.ym, NULL, NULL
  FROM outlets o CROSS JOIN months m
  LEFT JOIN ge_segment_months g ON g.outlet_code = o.outlet_code AND g.ym = m.ym
  WHERE o.kind IN ('provincial_broadcaster', 'district_broadcaster') AND g.outlet_code IS NULL

  UNION ALL
  SELECT 'finding', 'O6.T3', a.agency_code, q.yq, NULL, NULL
  FROM agencies a CROSS JOIN quarters q
  LEFT JOIN ge_news_quarters g ON g.agency_code = a.agency_code AND g.yq = q.yq
  WHERE a.level = 'commune' AND coalesce(g.items, 0) < 4

  UNION ALL
  SELECT 'finding', 'V.19', a.agency_code, CAST(y.y AS VARCHAR), NULL, NULL
  FROM agencies a CROSS JOIN report_years y
  LEFT JOIN first_reports r ON r.agency_code = a.agency_code AND r.year = y.y
  WHERE a.level IN ('province', 'district')
    AND (r.first_sent IS NULL OR r.first_sent > y.deadline)

  UNION ALL
  SELECT 'indicator', rule, NULL, NULL, value,
         CASE WHEN value IS NULL THEN 'no_data'
              WHEN comparison = '>=' AND value >= target THEN 'met'
              WHEN comparison = '>' AND value > target THEN 'met'
              WHEN comparison = '<=' AND value <= target THEN 'met'
              WHEN comparison = '<' AND value < target THEN 'met'
              ELSE 'not_met' END
  FROM computed
  ORDER BY 1, 2, 3, 4
) TO '{{OUT}}' (HEADER, DELIMITER ',');
