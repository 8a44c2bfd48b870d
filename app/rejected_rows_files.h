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
// Files are staged in the command's StagedOutputs and appear with its other
// outputs once the import (and, for an audit, the whole run) has
// succeeded; otherwise they are discarded. None replaces an input.
#pragma once

#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <vector>

#include "engine/output/staged_outputs.h"
#include "engine/ingest/register_importer.h"
#include "rules/language/rule_pack.h"

namespace genaudit::app {

class RejectedRowsFiles : public RejectedRowsSink {
 public:
  RejectedRowsFiles(std::filesystem::path folder, Language lang, StagedOutputs& outputs)
      : folder_(std::move(folder)), lang_(lang), outputs_(outputs) {}
  RejectedRowsFiles(const RejectedRowsFiles&) = delete;
  RejectedRowsFiles& operator=(const RejectedRowsFiles&) = delete;

  // Throw std::runtime_error when a file cannot be written, its what() a
  // sentence in the user's language that names the file.
  void begin(const std::filesystem::path& file, const RegisterSchema& schema,
             const RecordSourceOptions& source, const std::vector<std::string>& header) override;
  void row(const std::vector<std::string>& cells, const InputErrors& problems) override;
  void end() override;

  struct Written {
    std::string register_name;
    std::filesystem::path source;  // the register file the rows come from
    std::filesystem::path path;    // the rows' file, once published
    long rows = 0;
  };
  // The files written, in the order of the imports.
  const std::vector<Written>& written() const { return written_; }

 private:
  void write_mapping(const RegisterSchema& schema, const RecordSourceOptions& source,
                     const std::string& rows_file);
  std::string cannot_write(const std::filesystem::path& path) const;  // in lang_

  std::filesystem::path folder_;
  Language lang_;
  StagedOutputs& outputs_;
  std::ofstream out_;  // the staged file of the rows being written
  std::vector<std::size_t> kept_columns_;  // the original columns written
  std::vector<Written> written_;
};

}  // namespace genaudit::app
