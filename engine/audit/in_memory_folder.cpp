#include "engine/audit/in_memory_folder.h"

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <functional>
#include <memory>
#include <optional>

#include "adapters/registers/read_ahead.h"
#include "adapters/registers/register_reader.h"
#include "engine/audit/folder_digests.h"
#include "engine/audit/side_lane.h"
#include "engine/audit/tables_in_progress.h"
#include "engine/core/file_digest.h"
#include "engine/core/unicode_text.h"
#include "engine/ingest/cross_row_checks.h"
#include "engine/ingest/person_groups.h"

namespace genaudit {
namespace {

// Rows read between two looks at the tables being finished (a mask).
constexpr std::uint32_t kRowsBetweenCollections = (1u << 16) - 1;

const std::string* text_of(const Cell& cell) { return std::get_if<std::string>(&cell); }

// About how many records a CSV file holds, from the lines in its first
// 64 KiB: room is made in the columns before they are filled, where
// doubling them copied every column and faulted in twice its memory (a
// twentieth of the filling thread at national size). A guess: too low
// costs a doubling, too high address space never touched. 0 when unknown.
std::size_t estimated_records(const std::filesystem::path& path) {
  constexpr std::size_t kSample = 64 * 1024;
  constexpr double kMostRecords = 64.0 * 1024 * 1024;
  std::error_code error;
  // Only a regular file is read twice (a pipe's bytes would be taken).
  if (!std::filesystem::is_regular_file(path, error)) return 0;
  std::ifstream in(path, std::ios::binary);
  std::vector<char> start(kSample);
  in.read(start.data(), static_cast<std::streamsize>(kSample));
  const auto sampled = static_cast<std::size_t>(in.gcount());
  const auto lines = static_cast<std::size_t>(std::count(start.begin(), start.begin() + sampled, '\n'));
  const std::uintmax_t size = std::filesystem::file_size(path, error);
  if (error || lines == 0) return 0;
  if (sampled < kSample) return lines;
  return static_cast<std::size_t>(std::min(kMostRecords, static_cast<double>(size) / sampled * lines));
}

// A cell as AuditStore::load reads it back from the database: integers as
// numbers, every other kind as itself.
void push_cell(Column& column, ColumnTextCache& texts, const Cell& cell) {
  std::visit(
      [&](const auto& v) {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, NoValue>) {
          column.push_missing();
        } else if constexpr (std::is_same_v<T, std::string>) {
          column.push_text(texts.get(v));
        } else if constexpr (std::is_same_v<T, double>) {
          column.push_number(v);
        } else if constexpr (std::is_same_v<T, long long>) {
          column.push_number(static_cast<double>(v));
        } else if constexpr (std::is_same_v<T, bool>) {
          column.push_bool(v);
        } else {
          column.push_date(v);
        }
      },
      cell);
}

// The importer's checks of codes across rows (cross_row_checks.h), as a
// yes or no: unique codes are unique, references name a known code.
class CodeChecks {
 public:
  CodeChecks(const RegisterSchema& schema, const KnownKeys& known)
      : schema_(schema), unique_(schema) {
    // Keys are kept only when a register refers to this one (itself
    // included): at national size, staff ids would be two million more.
    const bool keep_keys = is_referenced(schema);
    for (std::size_t f = 0; f < schema.fields.size(); ++f) {
      const FieldSchema& field = schema.fields[f];
      if (keep_keys && field.name == schema.key_field) key_field_ = static_cast<int>(f);
      if (field.references == schema.name) {
        self_references_.push_back(f);
      } else if (!field.references.empty()) {
        // A register not read is not checked against, as the importer does.
        auto target = known.find(field.references);
        if (target != known.end()) references_.push_back({f, &target->second, {}});
      }
    }
  }

  // Room for about `rows` more rows' codes. A set's buckets are written
  // when made, unlike a column's room: a guess is trusted up to 4 million.
  void reserve(std::size_t rows) {
    rows = std::min<std::size_t>(rows, 4u << 20);
    unique_.reserve(rows);
    if (key_field_ >= 0) keys_.reserve(keys_.size() + rows);
  }

  // Takes one row's codes; false when one repeats an earlier row's or
  // names an unknown code.
  bool add(const std::vector<Cell>& cells) {
    if (unique_.add(cells)) return false;
    for (Reference& reference : references_) {
      const std::string* code = text_of(cells[reference.field]);
      if (!code || *code == reference.last_known) continue;
      if (!reference.targets->count(text::normalize_free_text(*code))) return false;
      reference.last_known = *code;
    }
    if (key_field_ >= 0) {
      if (const std::string* key = text_of(cells[static_cast<std::size_t>(key_field_)])) {
        keys_.insert(text::normalize_free_text(*key));
      }
    }
    for (std::size_t field : self_references_) {
      if (const std::string* code = text_of(cells[field])) {
        self_codes_.push_back(text::normalize_free_text(*code));
      }
    }
    return true;
  }

  // After the last row: whether every reference within the register names
  // one of its rows.
  bool self_references_known() const {
    for (const std::string& code : self_codes_) {
      if (!keys_.count(code)) return false;
    }
    return true;
  }

  KeySet take_keys() { return std::move(keys_); }

  // Whether add() looks at field `f` of a row.
  bool reads(std::size_t f) const {
    if (schema_.fields[f].unique || static_cast<int>(f) == key_field_) return true;
    for (const Reference& reference : references_) {
      if (reference.field == f) return true;
    }
    for (std::size_t field : self_references_) {
      if (field == f) return true;
    }
    return false;
  }

 private:
  const RegisterSchema& schema_;
  RepeatedCodes unique_;  // the importer's own pre-check
  // A field referring to another register, and the last code found there:
  // rows come in runs of one agency, whose code is then looked up once.
  struct Reference {
    std::size_t field;
    const KeySet* targets;
    std::string last_known;
  };
  std::vector<Reference> references_;
  std::vector<std::size_t> self_references_;
  std::vector<std::string> self_codes_;
  int key_field_ = -1;
  KeySet keys_;
};

// The rows of each person of a per-assignment register (staff: a person
// with several posts has several rows), for the importer's two duties
// across them: the values that must agree do (a person has one gender),
// and each person-level value is filled into all of the person's rows.
class PersonRows {
 public:
  explicit PersonRows(const RegisterSchema& schema) : schema_(schema) {
    for (std::size_t f = 0; f < schema.fields.size(); ++f) {
      if (schema.fields[f].name == schema.person_field) person_field_ = static_cast<int>(f);
    }
  }

  // Whether add() looks at field `f` of a row.
  bool reads(std::size_t f) const { return static_cast<int>(f) == person_field_; }

  // Takes the row just added to `table` as `cells`. The id's normalized
  // form is its text's when the column is loaded (made as it was filled).
  void add(const std::vector<Cell>& cells, const Table& table) {
    if (person_field_ < 0) return;
    const auto field = static_cast<std::size_t>(person_field_);
    if (table.loaded(field)) {
      if (const TextPtr id = table.column_text(table.row_count() - 1, field)) {
        groups_.add_normalized(id->normalized());
      } else {
        groups_.add_none();
      }
    } else if (const std::string* id = text_of(cells[field])) {
      groups_.add(*id);
    } else {
      groups_.add_none();
    }
  }

  // False when two rows of a person disagree where they must not; else
  // fills each person's values into their rows (the person-level fields
  // must be loaded in `table`).
  bool agree_and_fill(Table& table) const {
    if (person_field_ < 0) return true;
    for (const auto& rows : groups_.repeated()) {
      for (std::size_t f = 0; f < schema_.fields.size(); ++f) {
        const FieldSchema& field = schema_.fields[f];
        if (field.person_level == PersonLevel::kNone) continue;
        Column& column = table.column(f);
        TextPtr value = nullptr;
        if (field.person_level == PersonLevel::kAgree) {
          if (!agreed_value(column, rows, &value)) return false;
        } else {
          value = highest_value(field, column, rows);
        }
        if (value == nullptr) continue;
        for (std::uint32_t row : rows) column.set_text(row, value);
      }
    }
    return true;
  }

 private:
  // False when two of the values given differ; else `first` is the first
  // given (null when none is).
  static bool agreed_value(const Column& column, const std::vector<std::uint32_t>& rows,
                           TextPtr* first) {
    for (std::uint32_t row : rows) {
      const TextPtr value = column.text(row);
      if (value == nullptr) continue;
      if (*first == nullptr) {
        *first = value;
      } else if (value->original != (*first)->original) {
        return false;
      }
    }
    return true;
  }

  // The highest value: earlier in the field's codes; a value of no listed
  // code after them; the first row's among equals.
  static TextPtr highest_value(const FieldSchema& field, const Column& column,
                               const std::vector<std::uint32_t>& rows) {
    TextPtr best = nullptr;
    std::size_t best_rank = 0;
    for (std::uint32_t row : rows) {
      const TextPtr value = column.text(row);
      if (value == nullptr) continue;
      const std::size_t rank = field.code_rank(value->original);
      if (best == nullptr || rank < best_rank) {
        best = value;
        best_rank = rank;
      }
    }
    return best;
  }

  const RegisterSchema& schema_;
  int person_field_ = -1;
  PersonGroups groups_;
};

// Reads the files of one register into `out`, as one table; false at the
// first problem. A register of persons is finished (their values filled
// across their rows) in `in_progress` and joins `out`'s dataset from there;
// `between_batches` is called every so many rows (to collect those
// finished) and stops the reading when it says false. The files' digests
// are left to `digests`. With `read_ahead`, rows are read on a second
// thread while this one stores them (ReadAhead); without, this thread does
// both, for a register read beside another (SideLane).
bool read_register(const IntakeRegister& files, const FieldSelection& fields, KnownKeys* known,
                   InMemoryFolder* out, TablesInProgress* in_progress, FolderDigests* digests,
                   bool read_ahead, const std::function<bool()>& between_batches) {
  const RegisterSchema& schema = *files.schema;
  const std::size_t n = schema.fields.size();
  const auto selected = fields.find(schema.name);
  std::vector<bool> wanted(n, false);
  Table table(schema);
  for (std::size_t f = 0; f < n; ++f) {
    const FieldSchema& field = schema.fields[f];
    wanted[f] = selected != fields.end() && selected->second.count(field.name);
    // Person-level values are filled across rows before the rules see them.
    table.set_loaded(f, wanted[f] || field.person_level != PersonLevel::kNone);
  }
  std::vector<ColumnTextCache> texts(n, ColumnTextCache(&table, /*normalize_distinct=*/true));
  CodeChecks codes(schema, *known);
  PersonRows persons(schema);
  std::vector<std::vector<std::string>> absent_per_file;
  std::uint32_t rows_read = 0;
  for (const IntakeSource& file : files.files) {
    InputErrors errors;
    auto reader = RegisterReader::open(schema, file.path, file.display_name, &errors, file.source({}));
    if (!reader || reader->header().has_rejection_reason) return false;
    // The values neither the rules nor the checks below read are not made.
    std::vector<bool> unused(n);
    for (std::size_t f = 0; f < n; ++f) {
      unused[f] = !table.loaded(f) && !codes.reads(f) && !persons.reads(f) &&
                  schema.fields[f].code_when_empty.empty();
    }
    reader->set_values_unused(std::move(unused));
    // The file's digest, for the report, made while a core is idle; started
    // once the file passed its reader's limits, abandoned with the folder.
    auto digest = std::make_unique<FileDigest>(file.path, FileDigest::Priority::kWhenIdle);
    std::vector<std::size_t> absent_with_default;
    std::vector<std::string> absent;
    for (std::size_t f = 0; f < n; ++f) {
      if (reader->has_column(f)) continue;
      if (!schema.fields[f].code_when_empty.empty()) absent_with_default.push_back(f);
      if (!schema.fields[f].required_column) absent.push_back(schema.fields[f].name);
    }
    const std::uint32_t file_index = table.add_file({file.display_name, reader->sheet()});
    if (reader->sheet().empty()) {
      const std::size_t records = estimated_records(file.path);
      table.reserve(table.row_count() + records);
      codes.reserve(records);
    }
    RegisterRow row;
    std::uint32_t file_rows = 0;
    {
      std::optional<ReadAhead> ahead;
      if (read_ahead) ahead.emplace(*reader);
      const auto next = [&] {
        return ahead ? ahead->next(&row, &errors) : reader->next(&row, &errors);
      };
      while (next()) {
        if (!errors.empty() || !row.valid) return false;
        for (std::size_t f : absent_with_default) row.cells[f] = schema.fields[f].code_when_empty;
        if (!codes.add(row.cells)) return false;
        for (std::size_t f = 0; f < n; ++f) {
          if (table.loaded(f)) push_cell(table.column(f), texts[f], row.cells[f]);
        }
        table.add_source({file_index, static_cast<std::uint32_t>(row.row)});
        persons.add(row.cells, table);
        if ((++file_rows & kRowsBetweenCollections) == 0 && !between_batches()) return false;
      }
    }
    if (!errors.empty()) return false;
    rows_read += file_rows;
    digests->add_file(out->intake.files.size(), std::move(digest));
    IntakeFile f;
    f.register_name = schema.name;
    f.file = file.display_name;
    f.sheet = reader->sheet();
    f.header_row = reader->header_row();
    f.recognised_by = file.recognised_by;
    f.rows = file_rows;  // its sha256 written by `digests`
    out->intake.files.push_back(std::move(f));
    for (const HeaderField& h : reader->header().by_note) {
      out->intake.columns_by_note.push_back({schema.name, file.display_name, h.header, h.field});
    }
    for (const std::string& h : reader->header().ignored_columns) {
      out->intake.columns_ignored.push_back({schema.name, file.display_name, h, ""});
    }
    if (!reader->header().ignored_columns.empty()) {
      out->ignored.push_back({file.display_name, reader->header().ignored_columns});
    }
    absent_per_file.push_back(std::move(absent));
  }
  if (!codes.self_references_known()) return false;
  if (is_referenced(schema)) (*known)[schema.name] = codes.take_keys();
  digests->end_register(out->registers.size());
  out->registers.push_back({schema.name, "", "", rows_read});  // its log line: `digests`
  add_absent_columns(schema.name, absent_per_file, &out->intake);
  // The persons' values filled, then the columns loaded only for them
  // dropped: on a thread of its own for a register of persons.
  auto finish = [shared_persons = std::make_shared<PersonRows>(std::move(persons)),
                 wanted](Table& t) {
    if (!shared_persons->agree_and_fill(t)) return false;
    for (std::size_t f = 0; f < wanted.size(); ++f) {
      if (wanted[f] || !t.loaded(f)) continue;
      t.column(f).clear();
      t.set_loaded(f, false);
    }
    return true;
  };
  if (schema.person_field.empty()) {
    if (!finish(table)) return false;
    out->dataset.add(std::move(table));
  } else {
    in_progress->start(std::move(table), std::move(finish));
  }
  return true;
}

}  // namespace

std::optional<InMemoryFolder> read_clean_folder(
    const std::filesystem::path& folder, const FieldSelection& fields,
    const std::vector<std::filesystem::path>& mapping_files, AuditEvaluation* evaluation) {
  return read_clean_folder(plan_intake({folder}, mapping_files), fields, evaluation);
}

std::optional<InMemoryFolder> read_clean_folder(const IntakePlan& plan,
                                                const FieldSelection& fields,
                                                AuditEvaluation* evaluation,
                                                const InMemoryReadOptions& options) {
  if (!plan.ok()) return std::nullopt;
  InMemoryFolder result;
  // Given up (or thrown), the tables go with `result`: the evaluation lets
  // go of them first (this is destroyed before `result`).
  struct LetGo {
    AuditEvaluation* evaluation;
    bool kept = false;
    ~LetGo() {
      if (evaluation && !kept) evaluation->abandon();
    }
  } let_go{evaluation};
  // Declared after `let_go`: gone first, waiting for their threads; their
  // tables were never handed to the evaluation.
  TablesInProgress in_progress;
  FolderDigests digests;
  SideLane side_lane;
  // The registers finished so far join the dataset, and the evaluation.
  const auto collect = [&](bool wait) {
    std::size_t added = 0;
    if (!in_progress.collect(&result.dataset, wait, &added)) return false;
    if (!side_lane.collect(&result.dataset, wait, &added)) return false;
    if (added > 0 && evaluation) evaluation->registers_read(result.dataset);
    return true;
  };
  const std::function<bool()> between_batches = [&] { return collect(false); };
  const SideLanePlan beside = plan_side_lane(plan, options.side_lane_min_bytes);
  KnownKeys known;
  add_plan_to_intake(plan, &result.intake);
  for (std::size_t i = 0; i < plan.registers.size(); ++i) {
    const IntakeRegister& files = plan.registers[i];
    if (beside.lane != nullptr && i == beside.start) {
      side_lane.start(*beside.lane->schema, known,
                      [lane = beside.lane, &fields](KnownKeys* lane_known, InMemoryFolder* out,
                                                    TablesInProgress* progress,
                                                    FolderDigests* lane_digests,
                                                    const std::function<bool()>& between) {
                        return read_register(*lane, fields, lane_known, out, progress,
                                             lane_digests, /*read_ahead=*/false, between);
                      });
    }
    if (&files == beside.lane && side_lane.started()) {
      side_lane.turn_comes(result);
      continue;
    }
    if (!read_register(files, fields, &known, &result, &in_progress, &digests,
                       /*read_ahead=*/!side_lane.reading(), between_batches)) {
      return std::nullopt;
    }
    if (!collect(false)) return std::nullopt;
    if (evaluation) evaluation->registers_read(result.dataset);
  }
  if (!collect(true)) return std::nullopt;
  // The digests last: made meanwhile on the cores the reading left idle.
  if (!digests.settle(&result.registers, &result.intake.files)) return std::nullopt;
  if (!side_lane.join_entries(&result)) return std::nullopt;
  let_go.kept = true;
  return result;
}

}  // namespace genaudit
