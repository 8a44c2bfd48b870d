// What the workspace says, data only: one row per ServerText; see
// server_texts.h.
#include "server/server_texts.h"

namespace genaudit::server {
namespace {

constexpr TextRow<ServerText> kRows[] = {
    {ServerText::kNotSignedIn,
     {"Chưa đăng nhập, hoặc phiên làm việc đã hết hạn: hãy đăng nhập lại.",
      "Not signed in, or the session has expired: sign in again."}},
    {ServerText::kRoleMayNot,
     {"Tài khoản này không có quyền làm việc này (cần vai trò \"{0}\").",
      "This account may not do this (it needs the role \"{0}\")."}},
    {ServerText::kBadCsrfToken,
     {"Yêu cầu thiếu mã xác nhận (CSRF) hoặc mã không đúng: hãy tải lại trang rồi làm lại.",
      "The request lacks its confirmation (CSRF) token, or the token is wrong: reload the page"
      " and try again."}},
    {ServerText::kBadCredentials,
     {"Tên đăng nhập hoặc mật khẩu không đúng.", "Wrong user name or password."}},
    {ServerText::kThrottled,
     {"Đã nhập sai quá nhiều lần: hãy thử lại sau {0} giây.",
      "Too many failed attempts: try again in {0} seconds."}},
    {ServerText::kBadJson,
     {"Nội dung yêu cầu không phải JSON hợp lệ.", "The request's body is not valid JSON."}},
    {ServerText::kMissingField,
     {"Thiếu trường \"{0}\" (một chuỗi ký tự).", "The field \"{0}\" (a string) is missing."}},
    {ServerText::kBadPeriod,
     {"Kỳ kiểm tra \"{0}\" không hợp lệ: dùng năm 2025, quý 2025-Q1, tháng 2025-03 hoặc một"
      " khoảng 2025-Q1..2025-Q3.",
      "The audit period \"{0}\" is not valid: use the year 2025, the quarter 2025-Q1, the month"
      " 2025-03 or a range 2025-Q1..2025-Q3."}},
    {ServerText::kBadAsOf,
     {"Ngày tính \"{0}\" không hợp lệ: dùng 31/12/2025 hoặc 2025-12-31.",
      "The as-of date \"{0}\" is not valid: use 31/12/2025 or 2025-12-31."}},
    {ServerText::kNoSuchRun,
     {"Không có lần kiểm tra số {0}.", "There is no run {0}."}},
    {ServerText::kNoSuchProfile,
     {"Không có hồ sơ tuỳ chỉnh \"{0}\" (xem danh sách trên trang Kiểm tra).",
      "There is no profile \"{0}\" (see the list on the Runs page)."}},
    {ServerText::kNoReportKept,
     {"Lần kiểm tra số {0} do một phiên bản genaudit cũ ghi, không lưu báo cáo: hãy chạy lại"
      " kiểm tra.",
      "Run {0} was recorded by an earlier genaudit, which kept no report: run the audit"
      " again."}},
    {ServerText::kNoFiles,
     {"Chưa chọn tệp nào để nhập.", "No file was chosen to import."}},
    {ServerText::kUploadTooLarge,
     {"Các tệp gửi lên vượt quá giới hạn {0} MiB: không nhập gì. Hãy gửi ít tệp hơn mỗi lần.",
      "The files sent are over the {0} MiB limit: nothing was imported. Send fewer files at a"
      " time."}},
    {ServerText::kBadFileName,
     {"Tên tệp \"{0}\" không dùng được: không nhập gì. Hãy đổi tên tệp rồi gửi lại.",
      "The file name \"{0}\" cannot be used: nothing was imported. Rename the file and send it"
      " again."}},
    {ServerText::kDatabaseBusy,
     {"Cơ sở dữ liệu đang bận (một lần nhập khác đang ghi): hãy thử lại sau ít phút.",
      "The database is busy (another import is writing): try again in a few minutes."}},
    {ServerText::kDatabaseError,
     {"Lỗi cơ sở dữ liệu: {0}", "Database error: {0}"}},
    {ServerText::kServerError,
     {"Không làm được việc này: {0}. Không có gì thay đổi.",
      "This could not be done: {0}. Nothing changed."}},
    {ServerText::kNotFound, {"Không tìm thấy trang này.", "No such page."}},
    {ServerText::kSignedOut, {"Đã đăng xuất.", "Signed out."}},
};

}  // namespace

const TextCatalogue<ServerText>& server_texts() {
  static const TextCatalogue<ServerText> catalogue({kRows}, ServerText::kSignedOut);
  return catalogue;
}

std::string server_text(ServerText id, Language lang, const std::vector<std::string>& args) {
  return server_texts().format(id, lang, args);
}

}  // namespace genaudit::server
