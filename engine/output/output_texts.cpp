// What staging and publishing outputs say, data only: one row per
// OutputText; see output_texts.h.
#include "engine/output/output_texts.h"

namespace genaudit {
namespace {

constexpr TextRow<OutputText> kRows[] = {
    {OutputText::kNothingWritten, {"; chưa ghi gì", "; nothing was written"}},

    // Why a file cannot be made or written.
    {OutputText::kCannotWrite, {"không ghi được tệp {0}: ", "cannot write {0}: "}},
    {OutputText::kFolderMissingOrReadOnly,
     {"thư mục không tồn tại hoặc không ghi được",
      "the folder does not exist or cannot be written"}},
    {OutputText::kDiskFull, {"ổ đĩa đã đầy", "the disk is full"}},
    {OutputText::kCannotCreateFolder,
     {"không tạo được thư mục {0}", "cannot create the folder {0}"}},

    // A path that is no file genaudit may write, after the path.
    {OutputText::kIsFolder, {"là một thư mục", "is a folder"}},
    {OutputText::kIsBlockDevice, {"là một thiết bị khối", "is a block device"}},
    {OutputText::kIsSocket, {"là một socket", "is a socket"}},
    {OutputText::kIsFifo, {"là một FIFO (đường ống có tên)", "is a FIFO (named pipe)"}},
    {OutputText::kIsDevice, {"là một thiết bị", "is a device"}},
    {OutputText::kIsStandardOutput, {"là đầu ra chuẩn", "is the standard output"}},
    {OutputText::kIsNotRegularFile, {"không phải tệp thường", "is not a regular file"}},
    {OutputText::kNotAFile,
     {", không phải tệp — hãy chọn tên tệp khác", ", not a file — choose another file name"}},

    // An output that is one of the command's inputs.
    {OutputText::kWouldReplaceInput,
     {"không ghi được {0}: đó là {1} {2} mà lệnh này đọc — ghi ra sẽ làm mất nó; hãy chọn "
      "tên khác",
      "will not write {0}: it is the {1} {2} this command reads — writing it would destroy "
      "it; choose another name"}},
    {OutputText::kRoleDatabase, {"cơ sở dữ liệu", "database"}},
    {OutputText::kRoleRegister, {"tệp sổ", "register file"}},
    {OutputText::kRoleRules, {"tệp quy tắc", "rule file"}},
    {OutputText::kRoleProfile, {"tệp cấu hình", "profile"}},
    {OutputText::kRoleMapping, {"tệp ánh xạ", "mapping"}},
    {OutputText::kRoleWaivers, {"tệp miễn trừ", "waiver file"}},
    {OutputText::kRoleInspection, {"tệp thông tin cuộc kiểm tra", "inspection file"}},
};

}  // namespace

const TextCatalogue<OutputText>& output_texts() {
  static const TextCatalogue<OutputText> catalogue({kRows}, OutputText::kRoleInspection);
  return catalogue;
}

}  // namespace genaudit
