// The intake section's content; see intake_texts.h.
#include "reports/intake_texts.h"

#include <set>
#include <string_view>

#include "adapters/registers/province_registers.h"
#include "reports/human_values.h"
#include "reports/messages.h"

namespace genaudit {
namespace {


std::string count_text(long n, Language lang) {
  return plain_number(static_cast<double>(n), lang);
}

std::string recognised_by_text(RecognisedBy by, Language lang) {
  switch (by) {
    case RecognisedBy::kName:
      return std::string(message(MessageId::kIntakeRecognisedByName, lang));
    case RecognisedBy::kMapping:
      return std::string(message(MessageId::kIntakeRecognisedByMapping, lang));
    case RecognisedBy::kHeader:
      return std::string(message(MessageId::kIntakeRecognisedByHeader, lang));
  }
  return "";
}

std::string unread_reason_text(UnreadReason reason, Language lang) {
  switch (reason) {
    case UnreadReason::kNotARegisterFormat:
      return std::string(message(MessageId::kUnreadNotARegisterFormat, lang));
    case UnreadReason::kNoRegisterHeader:
      return std::string(message(MessageId::kUnreadNoRegisterHeader, lang));
    case UnreadReason::kMappingFile:
      return std::string(message(MessageId::kUnreadMappingFile, lang));
    case UnreadReason::kRejectedRowsFile:
      return std::string(message(MessageId::kUnreadRejectedRowsFile, lang));
    case UnreadReason::kHidden:
      return std::string(message(MessageId::kUnreadHidden, lang));
  }
  return "";
}

std::string rejected_text(const IntakeFile& f, Language lang) {
  return f.rejected_to.empty()
             ? std::string(message(MessageId::kIntakeRejectedNowhere, lang))
             : format_message(MessageId::kIntakeRejectedTo, lang, {f.rejected_to});
}

// How a file was read: its sheet, its header row when not the first, how
// it was recognised, and (with `rejected`) where its rows left out went.
std::string how_read(const IntakeFile& f, bool rejected, Language lang) {
  std::vector<std::string> parts;
  if (!f.sheet.empty()) parts.push_back(format_message(MessageId::kIntakeSheet, lang, {f.sheet}));
  if (f.header_row != 1) {
    parts.push_back(
        format_message(MessageId::kIntakeHeaderRow, lang, {std::to_string(f.header_row)}));
  }
  parts.push_back(recognised_by_text(f.recognised_by, lang));
  if (rejected && f.rows_left_out > 0) parts.push_back(rejected_text(f, lang));
  return joined(parts, "; ");
}

// The header a field has in the register's template (the Vietnamese one,
// as the template files write it), or the field's name when unknown.
std::string template_header(const std::string& register_name, const std::string& field) {
  const RegisterSchema* schema = find_register(register_name);
  const FieldSchema* f = schema != nullptr ? schema->find_field(field) : nullptr;
  return f != nullptr ? f->vi_header : field;
}

bool is_absent(const IntakeReport& intake, std::string_view register_name,
               std::string_view field) {
  for (const AbsentColumn& a : intake.columns_absent) {
    if (a.register_name == register_name && a.field == field) return true;
  }
  return false;
}

// The ids of the rules skipped for want of `register_name`.
std::vector<std::string> rules_skipped_for(const AuditReport& report,
                                           const std::string& register_name) {
  std::vector<std::string> ids;
  for (const SkippedRule& s : report.skipped) {
    for (const std::string& missing : s.missing_registers) {
      if (missing == register_name) {
        ids.push_back(rule_or_empty(s.rule).id);
        break;
      }
    }
  }
  return ids;
}

std::string agency_code_text(const std::string& code, Language lang) {
  return code.empty() ? std::string(message(MessageId::kIntakeNoAgencyCode, lang)) : code;
}

std::string file_prefix(const std::string& file) { return file.empty() ? "" : file + ": "; }

std::string kind_name(IntakeFactKind kind, Language lang) {
  switch (kind) {
    case IntakeFactKind::kWarning:
      return std::string(message(MessageId::kIntakeKindWarning, lang));
    case IntakeFactKind::kFile:
      return std::string(message(MessageId::kIntakeKindFile, lang));
    case IntakeFactKind::kRowsLeftOut:
      return std::string(message(MessageId::kIntakeKindRowsLeftOut, lang));
    case IntakeFactKind::kAgencyRowsLeftOut:
      return std::string(message(MessageId::kIntakeKindAgencyRowsLeftOut, lang));
    case IntakeFactKind::kColumnByNote:
      return std::string(message(MessageId::kIntakeKindColumnByNote, lang));
    case IntakeFactKind::kColumnIgnored:
      return std::string(message(MessageId::kIntakeKindColumnIgnored, lang));
    case IntakeFactKind::kColumnAbsent:
      return std::string(message(MessageId::kIntakeKindColumnAbsent, lang));
    case IntakeFactKind::kRegisterMissing:
      return std::string(message(MessageId::kIntakeKindRegisterMissing, lang));
    case IntakeFactKind::kFileNotRead:
      return std::string(message(MessageId::kIntakeKindFileNotRead, lang));
    case IntakeFactKind::kAgencyWithoutStaff:
      return std::string(message(MessageId::kIntakeKindAgencyWithoutStaff, lang));
  }
  return "";
}

// A fact of one of the lists: its flat row and its sentence in the list.
struct ListedFact {
  IntakeFact fact;
  std::string item;
};

struct ListedKind {
  IntakeFactKind kind;
  MessageId heading;
};

constexpr ListedKind kListed[] = {
    {IntakeFactKind::kAgencyRowsLeftOut, MessageId::kIntakeAgencyRowsHeading},
    {IntakeFactKind::kColumnByNote, MessageId::kIntakeColumnsByNoteHeading},
    {IntakeFactKind::kColumnIgnored, MessageId::kIntakeColumnsIgnoredHeading},
    {IntakeFactKind::kColumnAbsent, MessageId::kIntakeColumnsAbsentHeading},
    {IntakeFactKind::kRegisterMissing, MessageId::kIntakeRegistersMissingHeading},
    {IntakeFactKind::kFileNotRead, MessageId::kIntakeFilesNotReadHeading},
    {IntakeFactKind::kAgencyWithoutStaff, MessageId::kIntakeAgenciesWithoutStaffHeading},
};

// The facts of the lists, in the order of kListed.
std::vector<ListedFact> listed_facts(const AuditReport& report, Language lang) {
  const IntakeReport& intake = report.intake;
  std::vector<ListedFact> out;
  auto add = [&](IntakeFactKind kind, std::string register_name, std::string file,
                 std::string detail, std::optional<long> count, std::string item) {
    out.push_back({{kind, kind_name(kind, lang), std::move(register_name), std::move(file),
                    std::move(detail), count},
                   std::move(item)});
  };
  for (const AgencyRowsLeftOut& a : intake.rows_left_out_by_agency) {
    const std::string code = agency_code_text(a.agency_code, lang);
    add(IntakeFactKind::kAgencyRowsLeftOut, a.register_name, "", code, a.rows,
        format_message(MessageId::kIntakeAgencyRowsItem, lang,
                       {a.register_name, code, count_text(a.rows, lang)}));
  }
  for (const IntakeColumn& c : intake.columns_by_note) {
    const std::string detail =
        format_message(MessageId::kIntakeColumnByNoteItem, lang,
                       {c.header, template_header(c.register_name, c.field), c.field});
    add(IntakeFactKind::kColumnByNote, c.register_name, c.file, detail, std::nullopt,
        file_prefix(c.file) + detail);
  }
  for (const IntakeColumn& c : intake.columns_ignored) {
    const std::string detail = format_message(MessageId::kIntakeColumnIgnoredItem, lang, {c.header});
    add(IntakeFactKind::kColumnIgnored, c.register_name, c.file, detail, std::nullopt,
        file_prefix(c.file) + detail);
  }
  for (const AbsentColumn& a : intake.columns_absent) {
    const std::string field = a.register_name + "." + a.field;
    const std::string header = template_header(a.register_name, a.field);
    const std::string detail = field + (header != a.field ? " (“" + header + "”)" : "") + ": " +
                               absent_column_consequence(intake, a, lang);
    add(IntakeFactKind::kColumnAbsent, a.register_name, "", detail, std::nullopt, detail);
  }
  for (const std::string& name : intake.registers_missing) {
    const std::vector<std::string> skipped = rules_skipped_for(report, name);
    const std::string detail =
        skipped.empty()
            ? std::string(message(MessageId::kIntakeRegisterMissingNoRule, lang))
            : format_message(MessageId::kIntakeRegisterMissingSkips, lang, {joined(skipped, ", ")});
    add(IntakeFactKind::kRegisterMissing, name, "", detail, static_cast<long>(skipped.size()),
        name + ": " + detail);
  }
  for (const UnreadFile& u : intake.files_not_read) {
    std::string detail = unread_reason_text(u.reason, lang);
    if (!u.detail.empty()) detail += " — " + u.detail;
    add(IntakeFactKind::kFileNotRead, "", u.file, detail, std::nullopt,
        file_prefix(u.file) + detail);
  }
  for (const AgencyWithoutStaff& a : intake.agencies_without_staff) {
    const std::string detail = a.name.empty() ? a.code : a.code + " — " + a.name;
    add(IntakeFactKind::kAgencyWithoutStaff, "agencies", "", detail, std::nullopt, detail);
  }
  return out;
}

}  // namespace

std::vector<std::string> intake_warnings(const AuditReport& report, Language lang) {
  std::vector<std::string> out;
  const long left_out = report.intake.rows_left_out();
  if (left_out > 0) {
    long files = 0;
    for (const IntakeFile& f : report.intake.files) files += f.rows_left_out > 0 ? 1 : 0;
    out.push_back(format_message(MessageId::kIntakeLenientWarning, lang,
                                 {count_text(left_out, lang), count_text(files, lang)}));
  }
  if (report.period_outside_plan) {
    out.push_back(format_message(MessageId::kPeriodOutsidePlanWarning, lang, {report.period}));
  }
  return out;
}

std::vector<std::string> intake_summary(const AuditReport& report, Language lang) {
  const IntakeReport& intake = report.intake;
  std::vector<std::string> out;
  if (intake.files.empty()) {
    out.push_back(std::string(message(
        report.registers.empty() ? MessageId::kIntakeNoFiles : MessageId::kIntakeNoFileFacts,
        lang)));
  } else {
    std::set<std::string> registers;
    long rows = 0;
    for (const IntakeFile& f : intake.files) {
      registers.insert(f.register_name);
      rows += f.rows;
    }
    out.push_back(format_message(MessageId::kIntakeSummary, lang,
                                 {count_text(static_cast<long>(intake.files.size()), lang),
                                  count_text(static_cast<long>(registers.size()), lang),
                                  count_text(rows, lang)}));
  }
  if (intake.lenient && intake.rows_left_out() == 0) {
    out.push_back(std::string(message(MessageId::kIntakeLenientNothingLeftOut, lang)));
  }
  return out;
}

IntakeTable intake_file_table(const AuditReport& report, Language lang) {
  const IntakeReport& intake = report.intake;
  const bool left_out = intake.lenient || intake.rows_left_out() > 0;
  IntakeTable t;
  t.headers = {std::string(message(MessageId::kColumnRegister, lang)),
               std::string(message(MessageId::kColumnFile, lang)),
               std::string(message(MessageId::kIntakeColumnHow, lang)),
               std::string(message(MessageId::kColumnRows, lang))};
  t.right = {false, false, false, true};
  if (left_out) {
    t.headers.push_back(std::string(message(MessageId::kIntakeColumnLeftOut, lang)));
    t.right.push_back(true);
  }
  for (const IntakeFile& f : intake.files) {
    std::vector<std::string> row = {f.register_name, f.file, how_read(f, true, lang),
                                    count_text(f.rows, lang)};
    if (left_out) row.push_back(count_text(f.rows_left_out, lang));
    t.rows.push_back(std::move(row));
  }
  return t;
}

std::vector<IntakeList> intake_lists(const AuditReport& report, Language lang) {
  const std::vector<ListedFact> facts = listed_facts(report, lang);
  std::vector<IntakeList> out;
  for (const ListedKind& kind : kListed) {
    IntakeList list{std::string(message(kind.heading, lang)), {}};
    for (const ListedFact& f : facts) {
      if (f.fact.kind == kind.kind) list.items.push_back(f.item);
    }
    if (!list.items.empty()) out.push_back(std::move(list));
  }
  return out;
}

std::vector<IntakeFact> intake_facts(const AuditReport& report, Language lang) {
  std::vector<IntakeFact> out;
  for (std::string& w : intake_warnings(report, lang)) {
    out.push_back({IntakeFactKind::kWarning, kind_name(IntakeFactKind::kWarning, lang), "", "",
                   std::move(w), std::nullopt});
  }
  for (const IntakeFile& f : report.intake.files) {
    out.push_back({IntakeFactKind::kFile, kind_name(IntakeFactKind::kFile, lang), f.register_name,
                   f.file, how_read(f, false, lang), f.rows});
    if (f.rows_left_out > 0) {
      out.push_back({IntakeFactKind::kRowsLeftOut, kind_name(IntakeFactKind::kRowsLeftOut, lang),
                     f.register_name, f.file, rejected_text(f, lang), f.rows_left_out});
    }
  }
  for (ListedFact& f : listed_facts(report, lang)) out.push_back(std::move(f.fact));
  return out;
}

std::vector<std::string> intake_fact_headers(Language lang) {
  return {std::string(message(MessageId::kIntakeColumnKind, lang)),
          std::string(message(MessageId::kColumnRegister, lang)),
          std::string(message(MessageId::kColumnFile, lang)),
          std::string(message(MessageId::kIntakeColumnDetail, lang)),
          std::string(message(MessageId::kIntakeColumnCount, lang))};
}

const char* recognised_by_code(RecognisedBy by) {
  switch (by) {
    case RecognisedBy::kName:
      return "name";
    case RecognisedBy::kMapping:
      return "mapping";
    case RecognisedBy::kHeader:
      return "header";
  }
  return "";
}

const char* unread_reason_code(UnreadReason reason) {
  switch (reason) {
    case UnreadReason::kNotARegisterFormat:
      return "not_a_register_format";
    case UnreadReason::kNoRegisterHeader:
      return "no_register_header";
    case UnreadReason::kMappingFile:
      return "mapping_file";
    case UnreadReason::kRejectedRowsFile:
      return "rejected_rows_file";
    case UnreadReason::kHidden:
      return "hidden";
  }
  return "";
}

std::string absent_column_consequence(const IntakeReport& intake, const AbsentColumn& absent,
                                      Language lang) {
  // What the shipped rule pack (rules/pack/*.rules) does without the column.
  struct Consequence {
    std::string_view register_name;
    std::string_view field;
    MessageId text;
  };
  static constexpr Consequence kConsequences[] = {
      {"staff", "start_date", MessageId::kAbsentStartDate},
      {"staff", "end_date", MessageId::kAbsentEndDate},
      {"staff", "degree", MessageId::kAbsentDegree},
      {"staff", "birth_date", MessageId::kAbsentBirthDate},
      {"staff", "gender", MessageId::kAbsentStaffGender},
      {"staff", "position", MessageId::kAbsentPosition},
      {"enterprises", "director_gender", MessageId::kAbsentDirectorGender},
      {"enterprises", "status", MessageId::kAbsentEnterpriseStatus},
      {"statistics", "reported_on", MessageId::kAbsentReportedOn},
      {"statistics", "reported_by", MessageId::kAbsentNotUsed},
      {"segments", "duration_min", MessageId::kAbsentDuration},
      {"agencies", "parent_code", MessageId::kAbsentNotUsed},
      {"agencies", "district", MessageId::kAbsentNotUsed},
      {"outlets", "district", MessageId::kAbsentNotUsed},
  };
  if (absent.register_name == "staff" && absent.field == "key_leader") {
    return std::string(message(is_absent(intake, "staff", "position")
                                   ? MessageId::kAbsentKeyLeaderNorPosition
                                   : MessageId::kAbsentKeyLeader,
                               lang));
  }
  for (const Consequence& c : kConsequences) {
    if (c.register_name == absent.register_name && c.field == absent.field) {
      return std::string(message(c.text, lang));
    }
  }
  return std::string(message(MessageId::kAbsentOther, lang));
}

std::vector<std::string> agency_rows_left_out_notes(const IntakeReport& intake,
                                                    const std::string& agency_code,
                                                    Language lang) {
  std::vector<std::string> out;
  if (agency_code.empty()) return out;
  for (const AgencyRowsLeftOut& a : intake.rows_left_out_by_agency) {
    if (a.agency_code != agency_code || a.rows <= 0) continue;
    out.push_back(format_message(MessageId::kRecordRowsLeftOut, lang,
                                 {count_text(a.rows, lang), a.register_name}));
  }
  return out;
}

}  // namespace genaudit
