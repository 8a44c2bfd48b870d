-- The whole rule pack of KH 11983/UBND-KGVX (docs/catalogue.md), by hand, as
-- plain SQL for the sqlite3 command-line shell, over the audit database that
-- `genaudit import --db FILE DIR` writes (one table per register, canonical codes,
-- dates as 'YYYY-MM-DD' text, a person's gender and highest degree on each of their
-- staff rows, _row = the row as a spreadsheet shows it).
--
--   sqlite3 -cmd "CREATE TEMP TABLE params AS SELECT '2025-01-01' AS period_start,
--                 '2025-12-31' AS period_end, '2025-12-31' AS as_of" DB < rules.sql
--
-- period_start is the first day of the period's first month, period_end the last day
-- of its last month, as_of the date the registers are read at. Without the -cmd the
-- period is 2025, as of 2025-12-31.
--
-- Output (CSV with a header): kind, rule, subject, period, value, status
--   finding   rows: rule, subject, period ('YYYY', 'YYYY-MM', 'YYYY-Qn' or empty)
--   indicator rows: rule, value (empty with no data), status (met/not_met/no_data)
--
-- This is the baseline of bench/run: naive, set-based SQL with no index and no tuning.
-- Where it is simpler than genaudit (see bench/README.md): topics are matched with
-- LIKE, which folds ASCII letters only, statistics codes must be written exactly,
-- and every register is assumed present (no rule is ever "skipped").

.bail on
.headers on
.mode csv

CREATE TEMP TABLE IF NOT EXISTS params AS
  SELECT '2025-01-01' AS period_start, '2025-12-31' AS period_end, '2025-12-31' AS as_of;

-- The calendar: the period's months; a month or quarter is audited when it lies wholly
-- inside the period and ends on or before the as-of date.
CREATE TEMP TABLE period_months AS
WITH RECURSIVE m(m_start) AS (
  SELECT period_start FROM params
  UNION ALL
  SELECT date(m_start, '+1 month') FROM m, params WHERE date(m_start, '+1 month') <= period_end
)
SELECT m_start, date(m_start, '+1 month', '-1 day') AS m_end FROM m;

CREATE TEMP TABLE months AS
SELECT strftime('%Y-%m', m_start) AS ym, m_start, m_end
FROM period_months, params WHERE m_end <= as_of;

CREATE TEMP TABLE quarters AS
SELECT strftime('%Y', m_start) || '-Q' || ((CAST(strftime('%m', m_start) AS INTEGER) + 2) / 3) AS yq,
       m_start AS q_start, date(m_start, '+3 months', '-1 day') AS q_end
FROM period_months, params
WHERE CAST(strftime('%m', m_start) AS INTEGER) IN (1, 4, 7, 10)
  AND date(m_start, '+3 months', '-1 day') <= period_end
  AND date(m_start, '+3 months', '-1 day') <= as_of;

-- V.19: every year with a month in the period whose deadline (10 December) is on or
-- before the as-of date.
CREATE TEMP TABLE report_years AS
SELECT DISTINCT CAST(strftime('%Y', m_start) AS INTEGER) AS y,
       strftime('%Y', m_start) || '-12-10' AS deadline
FROM period_months, params
WHERE strftime('%Y', m_start) || '-12-10' <= as_of;

-- Staff: the assignments active on the as-of date. The key_leader column decides when
-- the register had it; without it (all NULL) the position's prefix does.
CREATE TEMP TABLE active_posts AS
SELECT s.staff_id, s.agency_code, s.gender, s.degree,
       COALESCE(s.key_leader,
                s.position LIKE 'Giám đốc%' OR s.position LIKE 'Phó Giám đốc%'
                OR s.position LIKE 'Chủ tịch%' OR s.position LIKE 'Phó Chủ tịch%'
                OR s.position LIKE 'Trưởng ban%' OR s.position LIKE 'Phó Trưởng ban%'
                OR s.position LIKE 'Chánh Văn phòng%' OR s.position LIKE 'Chánh Thanh tra%'
                OR s.position LIKE 'Cục trưởng%' OR s.position LIKE 'Phó Cục trưởng%') AS key_leader
FROM staff s, params p
WHERE (s.start_date IS NULL OR s.start_date <= p.as_of)
  AND (s.end_date IS NULL OR s.end_date >= p.as_of);

-- One row per agency with at least one active assignment.
CREATE TEMP TABLE staffed_agencies AS
SELECT a.agency_code,
       COUNT(DISTINCT CASE WHEN s.gender IS NOT NULL THEN s.staff_id END) AS known,
       COUNT(DISTINCT CASE WHEN s.gender = 'female' THEN s.staff_id END) AS women,
       MAX(CASE WHEN s.key_leader AND s.gender = 'female' THEN 1 ELSE 0 END) AS female_key_leader
FROM agencies a JOIN active_posts s ON s.agency_code = a.agency_code
GROUP BY a.agency_code;

-- Media: the (outlet, month) and (agency, quarter) with gender-equality items (the topic
-- decides, never the title).
CREATE TEMP TABLE ge_segment_months AS
SELECT DISTINCT outlet_code, substr(air_date, 1, 7) AS ym
FROM segments
WHERE topic LIKE '%bình đẳng giới%' OR topic LIKE '%gender equality%';

CREATE TEMP TABLE ge_news_quarters AS
SELECT agency_code,
       substr(published_on, 1, 4) || '-Q' || ((CAST(substr(published_on, 6, 2) AS INTEGER) + 2) / 3) AS yq,
       COUNT(*) AS items
FROM news
WHERE topic LIKE '%bình đẳng giới%' OR topic LIKE '%gender equality%'
GROUP BY 1, 2;

CREATE TEMP TABLE first_reports AS
SELECT agency_code, year, MIN(submitted_on) AS first_sent
FROM reports GROUP BY agency_code, year;

-- Statistics: the value for the period's last year, the latest revision (by reported_on;
-- an undated row is older than any dated one; on a tie, the later row).
CREATE TEMP TABLE stat_targets(rule TEXT, comparison TEXT, target REAL);
INSERT INTO stat_targets VALUES
  ('O2.T1', '>=', 50), ('O2.T2', '<', 30), ('O3.T1', '<=', 1.7), ('O3.T2a', '>=', 80),
  ('O3.T2b', '>=', 50), ('O3.T3', '>=', 100), ('O3.T4', '>=', 70), ('O4.T1', '<=', 111),
  ('O4.T2', '<=', 42), ('O4.T3', '<=', 18), ('O4.T4', '>=', 1), ('O5.T1a', '>=', 1),
  ('O5.T1b', '>=', 1), ('O5.T2a', '>', 90), ('O5.T2b', '>=', 85), ('O5.T3', '>', 30),
  ('O6.T1', '>=', 60), ('O6.T2', '>=', 100);

CREATE TEMP TABLE stat_values AS
SELECT indicator, value FROM (
  SELECT st.indicator, st.value,
         ROW_NUMBER() OVER (PARTITION BY st.indicator
                            ORDER BY st.reported_on IS NULL, st.reported_on DESC, st._row DESC) AS rn
  FROM statistics st, params p
  WHERE st.year = CAST(substr(p.period_end, 1, 4) AS INTEGER)
) WHERE rn = 1;

-- The computed indicators' (value, target, comparison): NULL value = no data.
CREATE TEMP TABLE computed AS
SELECT 'O1.T1' AS rule,
       CASE WHEN COUNT(*) > 0 THEN 100.0 * SUM(female_key_leader) / COUNT(*) END AS value,
       60.0 AS target, '>=' AS comparison
FROM staffed_agencies
UNION ALL
SELECT 'O2.T3',
       CASE WHEN COUNT(*) > 0 THEN 100.0 * SUM(director_gender = 'female') / COUNT(*) END, 27.0, '>='
FROM enterprises WHERE status = 'active' AND director_gender IS NOT NULL
UNION ALL
SELECT 'O5.T4a',
       CASE WHEN COUNT(DISTINCT staff_id) > 0 THEN
         100.0 * COUNT(DISTINCT CASE WHEN gender = 'female' THEN staff_id END) / COUNT(DISTINCT staff_id) END,
       50.0, '>='
FROM active_posts WHERE degree = 'master' AND gender IS NOT NULL
UNION ALL
SELECT 'O5.T4b',
       CASE WHEN COUNT(DISTINCT staff_id) > 0 THEN
         100.0 * COUNT(DISTINCT CASE WHEN gender = 'female' THEN staff_id END) / COUNT(DISTINCT staff_id) END,
       30.0, '>='
FROM active_posts WHERE degree = 'doctor' AND gender IS NOT NULL
UNION ALL
SELECT t.rule, v.value, t.target, t.comparison
FROM stat_targets t LEFT JOIN stat_values v ON v.indicator = t.rule;

-- The results.
SELECT 'finding' AS kind, 'O1.S4' AS rule, agency_code AS subject, NULL AS period,
       NULL AS value, NULL AS status
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
WHERE a.level = 'commune' AND COALESCE(g.items, 0) < 4

UNION ALL
SELECT 'finding', 'V.19', a.agency_code, CAST(y.y AS TEXT), NULL, NULL
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

ORDER BY 1, 2, 3, 4;
