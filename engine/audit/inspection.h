// The facts of an inspection that genaudit cannot know from the registers
// (docs/inspection-file.md): the issuing body, the decision that set up the
// team, its members, when and where each agency was inspected and who
// represented it, the deadline for remedies, the record's number, symbol,
// copies and recipients. The documents (reports/) print these facts; a fact
// left out is printed as a dotted blank to fill by hand, never invented, so
// every field here may be empty.
//
// Read from a TOML file (`audit --inspection FILE`) by read_inspection();
// with `--db` its text is kept with the recorded run (engine/store
// run_inspections) and read again by whoever renders that run's records.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "engine/core/date.h"
#include "engine/core/language.h"

namespace genaudit {

struct InspectionPerson {
  std::string name;
  std::string role;  // "Phó Giám đốc Sở Nội vụ", "Trưởng đoàn", ...
  bool signs = false;  // signs the record (team: the lead; agency: its representative)
};

// One agency's visit, by its code in the registers (the subject's code).
struct InspectionVisit {
  std::string place;
  std::optional<Date> date;
  std::string start_time;  // "08:00"; empty: not given
  std::string end_time;
  std::vector<InspectionPerson> representatives;
};

// The province summary report (`audit --format docx`): its number and
// symbol, date, addressees ("Kính gửi") and recipients. Signed by the
// team's lead.
struct InspectionSummary {
  std::string number;  // "25"; empty: "......"
  std::string symbol;  // "BC-ĐKT"
  std::optional<Date> date;
  std::vector<std::string> addressees;  // "Ủy ban nhân dân tỉnh Khánh Hòa"
  std::vector<std::string> recipients;
};

struct Inspection {
  // The issuing body (cơ quan ban hành) and the body above it, as printed top
  // left: "UBND TỈNH KHÁNH HÒA" / "ĐOÀN KIỂM TRA LIÊN NGÀNH".
  std::string superior_body;
  std::string issuing_body;
  // The decision that set up the team.
  std::string decision_number;  // "123/QĐ-UBND"
  std::optional<Date> decision_date;
  std::string decision_signer;  // "Chủ tịch UBND tỉnh Khánh Hòa"
  std::vector<InspectionPerson> team;
  std::map<std::string, InspectionVisit> visits;  // by subject code as written
  std::optional<Date> remedy_deadline;
  // The record itself.
  std::string record_number;  // "15"; empty: "......"
  std::string record_symbol;  // "BB-ĐKT"
  std::string place_name;     // địa danh: "Khánh Hòa"
  std::optional<int> copies;  // copies the record is made in
  std::vector<std::string> recipients;
  InspectionSummary summary;  // the province summary as Word
};

// A problem of an inspection file: where, and what, worded in the reader's
// language.
struct InspectionProblem {
  int line = 0;
  int column = 0;
  std::string message;
};

struct InspectionFile {
  Inspection inspection;                  // empty when there are problems
  std::vector<InspectionProblem> problems;  // in file order
};

// Reads the inspection file `text`. Any problem — TOML that does not parse,
// an unknown table or key, a value of the wrong kind, a date that is not a
// real day, a time that is not HH:MM, the same agency twice — is listed
// with its line and column, and then no fact is kept.
InspectionFile read_inspection(const std::string& name, const std::string& text, Language lang);

// "file:line:column: message", one line per problem.
std::string inspection_problems_text(const std::string& name, const InspectionFile& file);

// The visit of `subject`, matched as the registers match codes (case,
// spacing and Unicode form ignored); nullptr when the file has none.
const InspectionVisit* visit_of(const Inspection& inspection, const std::string& subject);

}  // namespace genaudit
