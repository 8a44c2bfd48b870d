// What `import --lenient` and `audit --data DIR --lenient` share: where the
// rejected rows may go, and the summary of what was kept and left out.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "engine/ingest/data_folder.h"
#include "app/rejected_rows_files.h"
#include "rules/language/rule_pack.h"

namespace genaudit::cli {

// False, with a usage error printed, when `folder` is the folder of one of
// `inputs` (files or folders): the rejected rows' files would replace the
// registers they came from.
bool rejected_folder_is_safe(const std::filesystem::path& folder,
                             const std::vector<std::string>& inputs, Language lang);

// On standard error, per register: rows imported, rows rejected and the
// file they are in ("staff: đã nhập 120 dòng, loại 3 dòng → rejected/staff.csv").
void print_lenient_summary(const std::vector<RegisterCount>& counts,
                           const app::RejectedRowsFiles& files, Language lang);

// On standard error, per register: whether its files replaced what was
// stored or were added to it, how many files and rows ("staff: thay bằng 2
// tệp, 40 dòng").
void print_import_summary(const std::vector<RegisterCount>& counts, Language lang);

}  // namespace genaudit::cli
