// The province summary as content; see summary_content.h.
#include "reports/summary_content.h"

#include <algorithm>
#include <array>
#include <map>
#include <set>

#include "reports/coverage_texts.h"
#include "reports/document_texts.h"
#include "reports/finding_groups.h"
#include "reports/human_values.h"
#include "reports/intake_texts.h"
#include "reports/messages.h"
#include "reports/summary_texts.h"

namespace genaudit {
namespace {

using Kind = SummaryBlock::Kind;

class Builder {
 public:
  Builder(const AuditReport& report, Language lang) : report_(report), lang_(lang) {}

  SummaryContent build() {
    SummaryContent content;
    content.title = text(SummaryText::kTitle);
    content.intro = text(SummaryText::kIntro);
    content.sections.push_back(indicators());
    content.sections.push_back(findings());
    content.sections.push_back(changes());
    content.sections.push_back(intake());
    content.sections.push_back(recommendations());
    return content;
  }

 private:
  std::string text(SummaryText id, const std::vector<std::string>& args = {}) const {
    return summary_text(id, lang_, args);
  }
  std::string msg(MessageId id) const { return std::string(message(id, lang_)); }
  std::string count(std::size_t n) const { return plain_number(static_cast<double>(n), lang_); }

  static SummaryBlock paragraph(std::string t) { return {Kind::kParagraph, std::move(t), {}}; }
  static SummaryBlock subheading(std::string t) { return {Kind::kSubheading, std::move(t), {}}; }
  static SummaryBlock table(SummaryTable t) { return {Kind::kTable, "", std::move(t)}; }

  // ---- Indicators ----------------------------------------------------------

  SummarySection indicators() {
    SummarySection s{"indicators", text(SummaryText::kIndicatorsHeading), {}};
    if (report_.indicators.empty()) {
      s.blocks.push_back(paragraph(msg(MessageId::kNoIndicators)));
      return s;
    }
    SummaryTable t{{msg(MessageId::kColumnRule), msg(MessageId::kColumnTitle),
                    msg(MessageId::kColumnValue), coverage_text(CoverageText::kColumnParts, lang_),
                    msg(MessageId::kColumnTarget), msg(MessageId::kColumnStatus),
                    msg(MessageId::kLead)},
                   {false, false, true, true, true, false, false},
                   {}};
    std::vector<std::string> reported;
    for (const IndicatorResult& i : report_.indicators) {
      const rules::RuleInfo& rule = rule_or_empty(i.rule);
      t.rows.push_back({rule.id, rule.title.in(lang_), indicator_value_text(i, lang_),
                        indicator_parts_text(i, lang_), indicator_target_text(i, lang_),
                        std::string(status_name(i.status, lang_)), report_.responsibility.lead_of(rule)});
      if (!i.ratio) reported.push_back(rule.id);
    }
    s.blocks.push_back(table(std::move(t)));
    if (!report_.summary) {
      s.blocks.push_back(paragraph(text(SummaryText::kBreakdownNotComputed)));
    } else {
      bool any_table = false;
      const SummaryFacts& facts = *report_.summary;
      for (std::size_t n = 0; n < facts.by_district.size(); ++n) {
        any_table |= breakdown(facts.by_district[n], &s);
        if (n < facts.by_level.size()) any_table |= breakdown(facts.by_level[n], &s);
      }
      if (any_table) s.blocks.push_back(paragraph(text(SummaryText::kBreakdownOverlapNote)));
    }
    if (!reported.empty()) {
      s.blocks.push_back(paragraph(text(SummaryText::kReportedFiguresNote, {joined(reported, ", ")})));
    }
    return s;
  }

  std::string level_name(const std::string& code) const {
    if (code == "province") return text(SummaryText::kLevelProvince);
    if (code == "district") return text(SummaryText::kLevelDistrict);
    if (code == "commune") return text(SummaryText::kLevelCommune);
    return code;
  }

  // One indicator's breakdown: a table, or why there is none. True for a table.
  bool breakdown(const IndicatorBreakdown& b, SummarySection* s) const {
    const rules::RuleInfo& rule = rule_or_empty(b.rule);
    const bool district = b.field == BreakdownField::kDistrict;
    const std::string by = text(district ? SummaryText::kByDistrict : SummaryText::kByLevel);
    s->blocks.push_back(
        subheading(text(SummaryText::kBreakdownHeading, {rule.id, rule.title.in(lang_), by})));
    if (!b.not_splittable.empty()) {
      s->blocks.push_back(paragraph(
          text(SummaryText::kBreakdownNotSplittable, {by, joined(b.not_splittable, ", ")})));
      return false;
    }
    if (b.field_not_recorded) {
      const std::string column =
          text(district ? SummaryText::kColumnDistrict : SummaryText::kColumnLevel);
      s->blocks.push_back(paragraph(text(SummaryText::kBreakdownNotRecorded, {by, column})));
      return false;
    }
    SummaryTable t{{text(district ? SummaryText::kColumnDistrict : SummaryText::kColumnLevel),
                    text(SummaryText::kColumnAgencies),
                    coverage_text(CoverageText::kColumnParts, lang_), msg(MessageId::kColumnValue),
                    text(SummaryText::kStatusColumnAgainst)},
                   {false, true, true, true, false},
                   {}};
    for (const BreakdownGroup& g : b.groups) {
      const std::string key = g.key.empty() ? text(SummaryText::kNotRecorded)
                              : district    ? g.key
                                            : level_name(g.key);
      t.rows.push_back({key, count(g.agencies), indicator_parts_text(g.result, lang_),
                        indicator_value_text(g.result, lang_),
                        std::string(status_name(g.result.status, lang_))});
    }
    s->blocks.push_back(table(std::move(t)));
    return true;
  }

  // ---- Findings --------------------------------------------------------------

  SummaryTable counts_table(const std::string& key_header,
                            const std::vector<std::pair<std::string, std::size_t>>& counts) const {
    SummaryTable t{{key_header, text(SummaryText::kColumnFindings)}, {false, true}, {}};
    for (const auto& [key, n] : counts) t.rows.push_back({key, count(n)});
    return t;
  }

  SummarySection findings() {
    SummarySection s{"findings", text(SummaryText::kFindingsHeading), {}};
    if (report_.findings.empty()) {
      s.blocks.push_back(paragraph(msg(MessageId::kNoFindings)));
      return s;
    }
    s.blocks.push_back(paragraph(text(SummaryText::kFindingCounts,
                                      {count(report_.findings.size()),
                                       count(group_by_subject(report_).size())})));
    std::vector<std::pair<std::string, std::size_t>> counts;
    for (const FindingGroup& g : group_by_objective(report_)) {
      counts.emplace_back(objective_name(g.key, lang_), g.findings.size());
    }
    s.blocks.push_back(subheading(text(SummaryText::kByObjectiveHeading)));
    s.blocks.push_back(table(counts_table(text(SummaryText::kColumnObjective), counts)));
    counts.clear();
    for (const FindingGroup& g : group_by_lead(report_)) counts.emplace_back(g.key, g.findings.size());
    s.blocks.push_back(subheading(text(SummaryText::kByLeadHeading)));
    s.blocks.push_back(table(counts_table(text(SummaryText::kColumnLead), counts)));
    s.blocks.push_back(subheading(text(SummaryText::kByDistrictHeading)));
    if (!report_.summary) {
      s.blocks.push_back(paragraph(text(SummaryText::kBreakdownNotComputed)));
    } else {
      s.blocks.push_back(table(counts_table(text(SummaryText::kColumnDistrict), by_district())));
    }
    return s;
  }

  // Findings by their subject's district: the named districts in order,
  // then the blank ones, then the subjects of registers with no district.
  std::vector<std::pair<std::string, std::size_t>> by_district() const {
    std::map<std::string, std::size_t> named;
    std::size_t blank = 0;
    std::map<std::string, std::size_t> unknown;  // by register
    const SubjectDistricts& districts = report_.summary->subject_districts;
    for (const Finding& f : report_.findings) {
      const std::string reg = f.rule != nullptr ? f.rule->subject_register : "";
      const auto of = districts.find(reg);
      if (of == districts.end()) {
        ++unknown[reg];
        continue;
      }
      const auto d = of->second.find(f.subject);
      if (d == of->second.end() || d->second.empty()) {
        ++blank;
      } else {
        ++named[d->second];
      }
    }
    std::vector<std::pair<std::string, std::size_t>> out(named.begin(), named.end());
    if (blank > 0) out.emplace_back(text(SummaryText::kNotRecorded), blank);
    for (const auto& [reg, n] : unknown) {
      out.emplace_back(text(SummaryText::kDistrictUnknown, {reg}), n);
    }
    return out;
  }

  // ---- Changes -------------------------------------------------------------

  SummarySection changes() {
    SummarySection s{"changes", text(SummaryText::kChangesHeading), {}};
    if (!report_.history) {
      s.blocks.push_back(paragraph(text(SummaryText::kChangesNotRecorded)));
      return s;
    }
    const RunHistoryFacts& h = *report_.history;
    if (!h.previous_run) {
      s.blocks.push_back(paragraph(text(SummaryText::kChangesFirstRun, {std::to_string(h.run_id)})));
      return s;
    }
    // By rule: new, regressed, persisting, resolved; rules in pack order.
    std::map<std::string, std::array<std::size_t, 4>> by_rule;
    std::vector<std::string> order;
    const auto row = [&](const std::string& rule) -> std::array<std::size_t, 4>& {
      auto [it, added] = by_rule.try_emplace(rule, std::array<std::size_t, 4>{});
      if (added) order.push_back(rule);
      return it->second;
    };
    std::array<std::size_t, 4> total{};
    for (const Finding& f : report_.findings) {
      const std::size_t column = f.status == FindingStatus::kNew          ? 0
                                 : f.status == FindingStatus::kRegressed  ? 1
                                 : f.status == FindingStatus::kPersisting ? 2
                                                                          : 4;
      if (column == 4) continue;
      ++row(rule_or_empty(f.rule).id)[column];
      ++total[column];
    }
    for (const FindingKey& k : h.resolved) {
      ++row(k.rule)[3];
      ++total[3];
    }
    s.blocks.push_back(paragraph(text(
        SummaryText::kChangesLine, {std::to_string(h.run_id), std::to_string(*h.previous_run),
                                    count(total[0]), count(total[1]), count(total[2]),
                                    count(total[3])})));
    if (order.empty()) return s;
    SummaryTable t{{msg(MessageId::kColumnRule), text(SummaryText::kColumnNew),
                    text(SummaryText::kColumnRegressed), text(SummaryText::kColumnPersisting),
                    text(SummaryText::kColumnResolved)},
                   {false, true, true, true, true},
                   {}};
    for (const std::string& rule : order) {
      const std::array<std::size_t, 4>& n = by_rule[rule];
      t.rows.push_back({rule, count(n[0]), count(n[1]), count(n[2]), count(n[3])});
    }
    s.blocks.push_back(table(std::move(t)));
    return s;
  }

  // ---- Intake --------------------------------------------------------------

  SummarySection intake() {
    SummarySection s{"intake", text(SummaryText::kIntakeHeading), {}};
    for (const std::string& line : intake_warnings(report_, lang_)) s.blocks.push_back(paragraph(line));
    for (const std::string& line : intake_summary(report_, lang_)) s.blocks.push_back(paragraph(line));
    for (const IntakeList& list : intake_lists(report_, lang_)) {
      s.blocks.push_back(paragraph(
          text(SummaryText::kIntakeListCount, {list.heading, count(list.items.size())})));
    }
    return s;
  }

  // ---- Recommendations -----------------------------------------------------

  SummarySection recommendations() {
    SummarySection s{"recommendations", text(SummaryText::kRecommendationsHeading), {}};
    // Leads in the order first seen: findings' leads, then unmet indicators'.
    std::vector<std::string> leads;
    std::map<std::string, std::vector<std::string>> items;
    const auto add = [&](const std::string& lead, std::string item) {
      if (!items.count(lead)) leads.push_back(lead);
      items[lead].push_back(std::move(item));
    };
    for (const FindingGroup& lead : group_by_lead(report_)) {
      for (const FindingGroup& group : group_by_rule(lead.findings)) {
        const rules::RuleInfo& rule = rule_or_empty(group.findings.front()->rule);
        add(lead.key, text(SummaryText::kRecommendFinding,
                           {rule.title.in(lang_), count(group.findings.size()),
                            report_.responsibility.remedy_of(rule).in(lang_)}));
      }
    }
    for (const IndicatorResult& i : report_.indicators) {
      if (i.status != IndicatorStatus::kNotMet) continue;
      const rules::RuleInfo& rule = rule_or_empty(i.rule);
      add(report_.responsibility.lead_of(rule), text(SummaryText::kRecommendIndicator,
                          {rule.title.in(lang_), indicator_value_text(i, lang_),
                           indicator_target_text(i, lang_), report_.responsibility.remedy_of(rule).in(lang_)}));
    }
    if (leads.empty()) s.blocks.push_back(paragraph(text(SummaryText::kRecommendationsNone)));
    for (const std::string& lead : leads) {
      s.blocks.push_back(subheading(lead));
      for (std::string& item : items[lead]) s.blocks.push_back(paragraph(std::move(item)));
    }
    return s;
  }

  const AuditReport& report_;
  Language lang_;
};

}  // namespace

SummaryContent summary_content(const AuditReport& report, Language lang) {
  return Builder(report, lang).build();
}

}  // namespace genaudit
