// Recognising a workbook saved with a password to open it. Excel then
// encrypts the whole workbook and stores it, whatever its extension
// (.xlsx, .xlsm, even .xls), in an OLE compound file (the container of the
// old .xls format) holding an "EncryptionInfo" stream beside the
// "EncryptedPackage" (MS-OFFCRYPTO 2.3.4). No reader can read it; the user
// is told to save it again without the password.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "adapters/input_error.h"

namespace genaudit::sheets {

// True when file `path` is an OLE compound file whose directory has a
// stream "EncryptionInfo". Reads the header and the directory only; false
// for anything else, a damaged compound file included.
bool is_encrypted_workbook(const std::filesystem::path& path);
// The same for a file held in memory.
bool is_encrypted_workbook_bytes(std::string_view bytes);

// The kPasswordProtected error of `file`.
InputError password_protected(const std::string& file);

}  // namespace genaudit::sheets
