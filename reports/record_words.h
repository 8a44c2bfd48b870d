// The words every document fills with the inspection file's facts: a fact
// the file gives, or a dotted blank to fill by hand (never an invented
// value); dates as a sentence writes them ("ngày 12 tháng 11 năm 2025").
// Shared by the records (agency_record_content.h) and the province
// summary as Word (summary_docx.h).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "engine/audit/inspection.h"
#include "engine/core/date.h"
#include "engine/core/language.h"
#include "reports/human_values.h"
#include "reports/record_texts.h"

namespace genaudit {

// Who signs for `people`: the first marked to sign (`lead` of the team,
// `signs` of an agency's representatives); "" when none is, to sign by hand.
inline std::string signer(const std::vector<InspectionPerson>& people) {
  for (const InspectionPerson& p : people) {
    if (p.signs) return p.name;
  }
  return "";
}

// Fills the documents' sentences, each fact from the inspection file or
// a dotted blank.
class RecordWords {
 public:
  explicit RecordWords(Language lang) : lang_(lang) {}

  std::string operator()(RecordText id, const std::vector<std::string>& args = {}) const {
    return record_text(id, lang_, args);
  }
  std::string or_blank(const std::string& fact) const {
    return fact.empty() ? (*this)(RecordText::kBlank) : fact;
  }
  std::string date(const std::optional<Date>& d) const {
    if (!d) return (*this)(RecordText::kBlankDate);
    auto two = [](int n) { return (n < 10 ? "0" : "") + std::to_string(n); };
    return (*this)(RecordText::kDate, {two(d->day()), two(d->month()), std::to_string(d->year())});
  }
  std::string short_date(const std::optional<Date>& d) const {
    return d ? date_text(*d, lang_) : (*this)(RecordText::kBlank);
  }
  std::string time(const std::string& hh_mm) const {
    if (hh_mm.size() != 5) return (*this)(RecordText::kBlankTime);
    return (*this)(RecordText::kTime, {hh_mm.substr(0, 2), hh_mm.substr(3, 2)});
  }
  // "Nơi nhận" lines: "- " and each recipient, or three blanks to fill.
  std::vector<std::string> recipients(const std::vector<std::string>& names) const {
    std::vector<std::string> out;
    for (const std::string& r : names) out.push_back("- " + r);
    if (out.empty()) out.assign(3, "- " + (*this)(RecordText::kBlank));
    return out;
  }
  // People with their roles, or three blank lines for names written by hand.
  std::vector<std::string> people(const std::vector<InspectionPerson>& list) const {
    std::vector<std::string> out;
    for (const InspectionPerson& p : list) {
      out.push_back((*this)(RecordText::kPerson, {or_blank(p.name), or_blank(p.role)}));
    }
    if (out.empty()) out.assign(3, (*this)(RecordText::kBlankLine));
    return out;
  }

 private:
  Language lang_;
};

}  // namespace genaudit
