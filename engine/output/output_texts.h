// What staging and publishing outputs say, in Vietnamese and English: a
// catalogue keyed by OutputText, its rows data only in output_texts.cpp.
// Each sentence names a path ({0}, quoted) and is followed by why or by
// kNothingWritten; see staged_outputs.h.
#pragma once

#include "engine/core/text_catalogue.h"

namespace genaudit {

enum class OutputText {
  kNothingWritten,
  // Why a file cannot be made or written.
  kCannotWrite,  // {0} the path; the reason follows
  kFolderMissingOrReadOnly,
  kDiskFull,
  kCannotCreateFolder,  // {0} the folder
  // A path that is no file genaudit may write, after the path.
  kIsFolder,
  kIsBlockDevice,
  kIsSocket,
  kIsFifo,
  kIsDevice,
  kIsStandardOutput,
  kIsNotRegularFile,
  kNotAFile,
  // An output that is one of the command's inputs.
  kWouldReplaceInput,  // {0} the path, {1} the input's role, {2} the input as given
  kRoleDatabase,
  kRoleRegister,
  kRoleRules,
  kRoleProfile,
  kRoleMapping,
  kRoleWaivers,
  kRoleInspection,  // keep last (the catalogue's last id)
};

// The catalogue of every OutputText, kNothingWritten to kRoleInspection.
const TextCatalogue<OutputText>& output_texts();

}  // namespace genaudit
