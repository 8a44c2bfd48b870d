#include "engine/ingest/intake_plan.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "adapters/registers/header_matcher.h"
#include "adapters/registers/register_reader.h"

namespace genaudit {
namespace {

namespace fs = std::filesystem;

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

bool is_mapping_file(const fs::path& path) {
  const std::string name = lower(path.filename().string());
  return name.size() > 13 && name.ends_with(".mapping.toml");
}

// Office's lock and owner files, and hidden files: never data.
bool is_hidden(const fs::path& path) {
  const std::string name = path.filename().string();
  return name.starts_with(".") || name.starts_with("~$");
}

// A file found, with the name the user will see it by and the folder its
// mappings' `file` is relative to.
struct Found {
  fs::path path;
  std::string display_name;
};

// Whether `relative` lies in a folder `rejected`: rows an earlier lenient
// run left out, which would otherwise be read again as registers.
bool in_rejected_folder(const fs::path& relative) {
  for (const fs::path& part : relative.parent_path()) {
    if (lower(part.string()) == "rejected") return true;
  }
  return false;
}

// The regular files below `folder` (subfolders included, links to folders
// not followed), and the mapping files. Past kMaxIntakeFiles files or
// kMaxIntakeDepth levels of folders it stops with kFolderLimitExceeded:
// nothing below is left unread without a word.
void walk(const fs::path& folder, std::vector<Found>* files, std::vector<fs::path>* mappings,
          IntakePlan* plan) {
  auto over = [&](const std::string& limit) {
    InputError e{};
    e.kind = InputErrorKind::kFolderLimitExceeded;
    e.file = folder.string();
    e.expected = limit;
    plan->errors.push_back(std::move(e));
  };
  std::error_code ec;
  fs::recursive_directory_iterator it(folder, fs::directory_options::skip_permission_denied, ec);
  std::size_t seen = 0;
  for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    const fs::directory_entry& entry = *it;
    if (entry.is_directory(ec)) {
      if (it.depth() + 1 >= kMaxIntakeDepth) {
        return over("max_folder_depth = " + std::to_string(kMaxIntakeDepth));
      }
      continue;
    }
    if (!entry.is_regular_file(ec)) continue;
    if (++seen > kMaxIntakeFiles) return over("max_folder_files = " + std::to_string(kMaxIntakeFiles));
    const fs::path relative = entry.path().lexically_relative(folder);
    if (in_rejected_folder(relative)) {
      plan->not_read.push_back({relative.generic_string(), UnreadReason::kRejectedRowsFile, ""});
    } else if (is_mapping_file(entry.path())) {
      mappings->push_back(entry.path());
      plan->not_read.push_back({relative.generic_string(), UnreadReason::kMappingFile, ""});
    } else {
      files->push_back({entry.path(), relative.generic_string()});
    }
  }
}

// The mappings of `files` (each file's `file` relative to its own folder)
// and of `extra` (relative to `base`); a register's file mapped twice is a
// problem.
struct LoadedMapping {
  RegisterMapping mapping;
  fs::path file;  // the mapped file, resolved
};
std::vector<LoadedMapping> load_mappings(const std::vector<fs::path>& own,
                                         const std::vector<fs::path>& extra, const fs::path& base,
                                         std::vector<MappingProblem>* problems) {
  std::vector<LoadedMapping> out;
  auto load = [&](const fs::path& mapping_file, const fs::path& relative_to) {
    MappingLoad load = load_mapping_file(mapping_file);
    problems->insert(problems->end(), load.problems.begin(), load.problems.end());
    for (RegisterMapping& m : load.mappings) {
      if (std::optional<MappingProblem> refused = check_mapped_file(m, relative_to)) {
        problems->push_back(std::move(*refused));
        continue;
      }
      const fs::path file = (relative_to / m.file).lexically_normal();
      const bool twice = std::any_of(out.begin(), out.end(),
                                     [&](const LoadedMapping& o) { return o.file == file; });
      if (twice) {
        problems->push_back({m.mapping_file, 0, 0, "the file `" + m.file + "` is mapped twice", ""});
      }
      out.push_back({std::move(m), file});
    }
  };
  for (const fs::path& m : extra) load(m, base);
  std::vector<fs::path> sorted = own;
  std::sort(sorted.begin(), sorted.end());
  for (const fs::path& m : sorted) load(m, m.parent_path());
  return out;
}

// What the top rows of one sheet hold, as header texts.
struct SheetTop {
  std::string sheet;
  std::vector<long> rows;                       // spreadsheet row of each
  std::vector<std::vector<std::string>> texts;  // trimmed, without formula guards
};

// The top rows of every sheet of `path` (one for CSV), or the error that
// stops it being read.
std::vector<SheetTop> read_tops(const fs::path& path, const std::string& display_name,
                                const std::string& only_sheet, std::optional<InputError>* error) {
  std::vector<SheetTop> tops;
  RecordSourceOptions options;
  options.sheet = only_sheet;
  InputError open_error{};
  auto source = open_record_source(path, display_name, options, &open_error);
  if (!source) {
    *error = open_error;
    return tops;
  }
  std::vector<std::string> sheets =
      only_sheet.empty() ? source->sheet_names() : std::vector<std::string>{};
  if (sheets.empty()) sheets.push_back(source->sheet());
  for (std::size_t i = 0; i < sheets.size(); ++i) {
    if (i > 0 || (!sheets[i].empty() && sheets[i] != source->sheet())) {
      options.sheet = sheets[i];
      source = open_record_source(path, display_name, options, &open_error);
      if (!source) {
        *error = open_error;
        return tops;
      }
    }
    SheetTop top{source->sheet(), {}, {}};
    CsvRecord record;
    while (source->next(record) && record.row <= RegisterReader::kHeaderSearchRows) {
      std::vector<std::string> texts = header_texts(record);
      if (std::all_of(texts.begin(), texts.end(), [](const std::string& t) { return t.empty(); })) {
        continue;
      }
      top.rows.push_back(record.row);
      top.texts.push_back(std::move(texts));
    }
    // A sheet that cannot be read to its top is the reader's to report.
    tops.push_back(std::move(top));
  }
  return tops;
}

// Where `schema`'s header is in `tops`.
struct HeaderPlace {
  std::string sheet;
  long row = 0;
};
std::vector<HeaderPlace> header_places(const RegisterSchema& schema,
                                       const std::vector<SheetTop>& tops,
                                       const std::vector<std::pair<std::string, std::string>>& aliases) {
  std::vector<HeaderPlace> places;
  for (const SheetTop& top : tops) {
    const HeaderSearch search = find_header(schema, top.texts, aliases);
    if (search.header >= 0) places.push_back({top.sheet, top.rows[static_cast<std::size_t>(search.header)]});
  }
  return places;
}

std::string list_places(const std::vector<HeaderPlace>& places) {
  std::string out;
  for (const HeaderPlace& p : places) {
    if (!out.empty()) out += ", ";
    out += "\"" + p.sheet + "\"";
  }
  return out;
}

InputError file_error(InputErrorKind kind, const std::string& file) {
  InputError e{};
  e.kind = kind;
  e.file = file;
  return e;
}

// Places a file whose register is known (by name or mapping): on the sheet
// that holds its header. With none, or a mapping that says where, the
// reader finds (or fails to find, and reports) the header itself.
void place_known(IntakeSource source, IntakePlan* plan, std::vector<IntakeSource>* placed) {
  const bool mapped_sheet = source.mapping && !source.mapping->sheet.empty();
  const bool mapped_row = source.mapping && source.mapping->layout.header_row > 0;
  if (!mapped_row) {
    std::optional<InputError> error;
    const std::vector<SheetTop> tops = read_tops(
        source.path, source.display_name, mapped_sheet ? source.mapping->sheet : "", &error);
    if (!error) {
      const auto aliases = source.mapping ? source.mapping->layout.columns
                                          : std::vector<std::pair<std::string, std::string>>{};
      const std::vector<HeaderPlace> places = header_places(*source.schema, tops, aliases);
      if (places.size() > 1) {
        InputError e = file_error(InputErrorKind::kAmbiguousHeader, source.display_name);
        e.column = source.schema->name;
        e.value = list_places(places);
        plan->errors.push_back(std::move(e));
        return;
      }
      if (places.size() == 1) {
        source.sheet = places[0].sheet;
        source.header_row = places[0].row;
      }
    }
    // An error opening the file: the reader reports it, with the others.
  }
  placed->push_back(std::move(source));
}

// Places a file known by nothing but its contents: the register whose
// header it has, or not read.
void place_by_header(const Found& file, IntakePlan* plan, std::vector<IntakeSource>* placed) {
  std::optional<InputError> error;
  const std::vector<SheetTop> tops = read_tops(file.path, file.display_name, "", &error);
  if (error) {
    // A .txt or .tsv that is no text table is simply not a register; a
    // spreadsheet that cannot be read may well be one: say so.
    const std::string ext = lower(file.path.extension().string());
    if (ext == ".txt" || ext == ".tsv") {
      plan->not_read.push_back({file.display_name, UnreadReason::kNoRegisterHeader, ""});
    } else {
      plan->errors.push_back(*error);
    }
    return;
  }
  std::vector<std::pair<const RegisterSchema*, std::vector<HeaderPlace>>> matches;
  const RegisterSchema* closest = nullptr;
  std::size_t closest_found = 0;
  for (const RegisterSchema& schema : all_registers()) {
    std::vector<HeaderPlace> places = header_places(schema, tops, {});
    if (!places.empty()) {
      matches.emplace_back(&schema, std::move(places));
      continue;
    }
    for (const SheetTop& top : tops) {
      const HeaderSearch search = find_header(schema, top.texts, {});
      // Found fields beyond those every register shares count.
      if (search.fields_found > closest_found) {
        closest_found = search.fields_found;
        closest = &schema;
      }
    }
  }
  if (matches.size() > 1) {
    InputError e = file_error(InputErrorKind::kAmbiguousRegister, file.display_name);
    for (const auto& [schema, places] : matches) {
      if (!e.value.empty()) e.value += ", ";
      e.value += schema->name;
    }
    plan->errors.push_back(std::move(e));
    return;
  }
  if (matches.empty()) {
    // Half the required columns of a register or more: meant to be one.
    if (closest && closest_found >= 2 && 2 * closest_found >= closest->required_column_count()) {
      placed->push_back({closest, file.path, file.display_name, RecognisedBy::kHeader,
                         std::nullopt, "", 0});
      return;  // the reader says what the header lacks, and where
    }
    plan->not_read.push_back({file.display_name, UnreadReason::kNoRegisterHeader,
                              closest && closest_found > 0 ? closest->name : ""});
    return;
  }
  const auto& [schema, places] = matches.front();
  if (places.size() > 1) {
    InputError e = file_error(InputErrorKind::kAmbiguousHeader, file.display_name);
    e.column = schema->name;
    e.value = list_places(places);
    plan->errors.push_back(std::move(e));
    return;
  }
  placed->push_back({schema, file.path, file.display_name, RecognisedBy::kHeader, std::nullopt,
                     places[0].sheet, places[0].row});
}

}  // namespace

bool is_register_format(const fs::path& path) { return file_format_of(path) != FileFormat::kOther; }

RecordSourceOptions IntakeSource::source(RecordSourceOptions base) const {
  if (mapping) {
    base.sheet = mapping->sheet;
    base.layout = mapping->layout;
    base.mapping_file = mapping->mapping_file;
  }
  if (!sheet.empty()) base.sheet = sheet;
  if (header_row > 0) base.layout.header_row = header_row;
  return base;
}

const IntakeRegister* IntakePlan::find(const std::string& register_name) const {
  for (const IntakeRegister& r : registers) {
    if (r.schema->name == register_name) return &r;
  }
  return nullptr;
}

IntakePlan plan_intake(const std::vector<fs::path>& paths,
                       const std::vector<fs::path>& mapping_files) {
  IntakePlan plan;
  std::vector<Found> files;
  std::vector<fs::path> own_mappings;
  fs::path base = ".";
  bool base_set = false;
  for (const fs::path& p : paths) {
    plan.looked_in.push_back(p.string());
    std::error_code ec;
    if (fs::is_directory(p, ec)) {
      if (!base_set) base = p, base_set = true;
      walk(p, &files, &own_mappings, &plan);
    } else if (fs::is_regular_file(p, ec)) {
      if (is_mapping_file(p)) {
        own_mappings.push_back(p);
      } else {
        files.push_back({p, p.string()});
      }
    } else {
      InputError e = file_error(InputErrorKind::kCannotOpen, p.string());
      plan.errors.push_back(std::move(e));
    }
  }
  const std::vector<LoadedMapping> mappings =
      load_mappings(own_mappings, mapping_files, base, &plan.mapping_problems);
  if (!plan.mapping_problems.empty()) return plan;
  std::sort(files.begin(), files.end(),
            [](const Found& a, const Found& b) { return a.display_name < b.display_name; });

  std::vector<IntakeSource> placed;
  std::set<fs::path> mapped_found;
  for (const Found& file : files) {
    const fs::path normal = file.path.lexically_normal();
    auto mapped = std::find_if(mappings.begin(), mappings.end(),
                               [&](const LoadedMapping& m) { return m.file == normal; });
    if (mapped != mappings.end()) {
      const RegisterSchema* schema = find_register(mapped->mapping.register_name);
      mapped_found.insert(mapped->file);
      place_known({schema, file.path, file.display_name, RecognisedBy::kMapping, mapped->mapping, "", 0},
                  &plan, &placed);
      continue;
    }
    if (is_hidden(file.path)) {
      plan.not_read.push_back({file.display_name, UnreadReason::kHidden, ""});
      continue;
    }
    if (!is_register_format(file.path)) {
      plan.not_read.push_back({file.display_name, UnreadReason::kNotARegisterFormat, ""});
      continue;
    }
    const std::string ext = lower(file.path.extension().string());
    const RegisterSchema* named = find_register(lower(file.path.stem().string()));
    if (named && ext != ".txt") {
      place_known({named, file.path, file.display_name, RecognisedBy::kName, std::nullopt, "", 0},
                  &plan, &placed);
      continue;
    }
    place_by_header(file, &plan, &placed);
  }
  // A mapping naming a file that is not there.
  for (const LoadedMapping& m : mappings) {
    if (!mapped_found.count(m.file)) {
      InputError e = file_error(InputErrorKind::kCannotOpen, m.mapping.file);
      e.expected = m.mapping.mapping_file;
      plan.errors.push_back(std::move(e));
    }
  }
  for (const RegisterSchema& schema : all_registers()) {
    IntakeRegister r{&schema, {}};
    for (IntakeSource& s : placed) {
      if (s.schema == &schema) r.files.push_back(std::move(s));
    }
    if (!r.files.empty()) plan.registers.push_back(std::move(r));
  }
  return plan;
}

}  // namespace genaudit
