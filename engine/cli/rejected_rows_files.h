// The files of rows a lenient import left out, one per register file, for
// the user to fix and import again as they are:
//
//   - CSV, UTF-8 with a BOM: the original header and cells as written (a
//     column is neither renamed nor converted), then the reason column
//     ("Lý do bị loại" / "Reason rejected") listing every problem of the
//     row with its original file, row, column, value and what was expected.
//     The register reader skips that column without a word.
//   - A cell that would start a formula gets a leading apostrophe, which the
//     register reader drops again: the values re-import unchanged.
//   - Named so the import finds the register again: `<register>.csv`; for a
//     file read through a mapping, `<its name>.rejected.csv` with its own
//     `<register>.rejected.mapping.toml` beside it (the same mapping, for
//     this file, the header now on row 1).
//
// Files are written beside their final name and moved into place by
// commit(), once the import is; otherwise they are removed.
#pragma once

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "engine/store/register_importer.h"
#include "rules/language/rule_pack.h"

namespace genaudit::cli {

class RejectedRowsFiles : public RejectedRowsSink {
 public:
  RejectedRowsFiles(std::filesystem::path folder, rules::Language lang)
      : folder_(std::move(folder)), lang_(lang) {}
  ~RejectedRowsFiles() override;
  RejectedRowsFiles(const RejectedRowsFiles&) = delete;
  RejectedRowsFiles& operator=(const RejectedRowsFiles&) = delete;

  // Throw std::runtime_error when a file cannot be written.
  void begin(const std::filesystem::path& file, const RegisterSchema& schema,
             const RecordSourceOptions& source, const std::vector<std::string>& header) override;
  void row(const std::vector<std::string>& cells, const InputErrors& problems) override;
  void end() override;

  // Moves every file into place. False, with the reason in `error`, when
  // one cannot be.
  bool commit(std::string* error);

  struct Written {
    std::string register_name;
    std::filesystem::path source;  // the register file the rows come from
    std::filesystem::path path;    // the rows' file
    long rows = 0;
  };
  // The files written, in the order of the imports.
  const std::vector<Written>& written() const { return written_; }

 private:
  struct Pending {
    std::filesystem::path temporary;
    std::filesystem::path target;
  };
  std::filesystem::path stage(const std::filesystem::path& target);
  void write_mapping(const RegisterSchema& schema, const RecordSourceOptions& source,
                     const std::string& rows_file);

  std::filesystem::path folder_;
  rules::Language lang_;
  std::ofstream out_;
  std::filesystem::path out_path_;
  std::vector<std::size_t> kept_columns_;  // the original columns written
  std::vector<Pending> pending_;
  std::vector<Written> written_;
};

}  // namespace genaudit::cli
