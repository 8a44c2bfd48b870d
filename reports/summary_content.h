// The province summary report (báo cáo tổng hợp) as content: every word
// and number it shows, decided here once, in sections of headings,
// paragraphs and tables, so that each document that renders it (HTML now,
// Word later) only lays it out. The numbers are the audit's: the
// evaluator's results, coverage and breakdowns (engine/audit/summary_facts.h),
// the history's statuses, the intake report; counting findings into groups
// is the only arithmetic done here.
//
// Its sections, in order:
//   indicators      each indicator with numerator and denominator, then,
//                   for each share, its breakdown by district and by level
//                   (or why there is none)
//   findings        counts by objective, lead agency and district
//   changes         what changed since the previous run (with --db)
//   intake          what was read of the registers and what was not
//   recommendations per lead agency: the remedies of its findings' rules
//                   and of its unmet indicators
#pragma once

#include <string>
#include <vector>

#include "engine/audit/audit_report.h"
#include "engine/core/language.h"

namespace genaudit {

struct SummaryTable {
  std::vector<std::string> headers;
  std::vector<bool> numeric;  // per column: right-aligned
  std::vector<std::vector<std::string>> rows;
};

struct SummaryBlock {
  enum class Kind { kSubheading, kParagraph, kTable };
  Kind kind = Kind::kParagraph;
  std::string text;  // kSubheading, kParagraph
  SummaryTable table;  // kTable
};

struct SummarySection {
  std::string id;  // "indicators", "findings", "changes", "intake", "recommendations"
  std::string heading;
  std::vector<SummaryBlock> blocks;
};

struct SummaryContent {
  std::string title;
  std::string intro;
  std::vector<SummarySection> sections;
};

// The summary of `report` in `lang`. Without report.summary (the facts were
// not made) the indicators section says the breakdown is not there.
SummaryContent summary_content(const AuditReport& report, Language lang);

}  // namespace genaudit
