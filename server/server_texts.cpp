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
    {ServerText::kBadInspection,
     {"{0} lỗi trong tệp thông tin cuộc kiểm tra: chưa kiểm tra, không ghi gì. Hãy sửa tệp"
      " (xem docs/inspection-file.md) rồi gửi lại.",
      "{0} problem(s) in the inspection file: no audit was run, nothing was recorded. Fix the"
      " file (see docs/inspection-file.md) and send it again."}},
    {ServerText::kInspectionTooLarge,
     {"Tệp thông tin cuộc kiểm tra vượt quá {0} KiB: chưa kiểm tra, không ghi gì. Tệp này chỉ"
      " cần vài trang TOML.",
      "The inspection file is over {0} KiB: no audit was run, nothing was recorded. It needs"
      " only a few pages of TOML."}},
    {ServerText::kServerError,
     {"Không làm được việc này: {0}. Không có gì thay đổi.",
      "This could not be done: {0}. Nothing changed."}},
    {ServerText::kAccountAdded, {"Đã thêm tài khoản \"{0}\".", "The account \"{0}\" was added."}},
    {ServerText::kAccountNameTaken,
     {"Tên \"{0}\" đã có tài khoản (kể cả tài khoản đã khoá): chọn tên khác.",
      "The name \"{0}\" already has an account (a disabled one counts): choose another."}},
    {ServerText::kAccountBadName,
     {"Tên đăng nhập cần 1–64 byte, không có ký tự điều khiển hay ký tự ẩn, không có khoảng"
      " trắng ở đầu hay cuối; vai trò là một trong bốn vai trò.",
      "A user name is 1–64 bytes, without control or invisible characters, without spaces at"
      " either end; the role is one of the four."}},
    {ServerText::kAccountBadPassword,
     {"Mật khẩu cần từ 8 đến 1024 byte.", "A password is 8 to 1024 bytes."}},
    {ServerText::kAccountDisabled,
     {"Đã khoá tài khoản \"{0}\": các phiên đang mở của tài khoản này đã kết thúc.",
      "The account \"{0}\" is disabled: its open sessions have ended."}},
    {ServerText::kNoSuchAccount, {"Không có tài khoản \"{0}\".", "There is no account \"{0}\"."}},
    {ServerText::kWaiverBadRule,
     {"\"{0}\" không phải một quy tắc phát hiện vi phạm của bộ quy tắc.",
      "\"{0}\" is not a finding rule of the pack."}},
    {ServerText::kWaiverBadSubject,
     {"Cần mã đối tượng (mã cơ quan, đơn vị…), tối đa 100 byte.",
      "The subject's code (an agency's code...) is needed, at most 100 bytes."}},
    {ServerText::kWaiverBadPeriod,
     {"Kỳ \"{0}\" không hợp lệ: một năm 2025, một quý 2025-Q1 hoặc một tháng 2025-03; để trống"
      " nếu miễn trừ cho mọi kỳ.",
      "The period \"{0}\" is not valid: a year 2025, a quarter 2025-Q1 or a month 2025-03; leave"
      " it empty for every period."}},
    {ServerText::kWaiverBadJustification,
     {"Cần lý do miễn trừ, tối đa 2000 byte.", "A justification is needed, at most 2000 bytes."}},
    {ServerText::kWaiverProposed,
     {"Đã gửi đề nghị miễn trừ số {0}: chờ trưởng đoàn duyệt.",
      "Waiver request {0} was sent: it waits for a team lead's decision."}},
    {ServerText::kWaiverApproved,
     {"Đã duyệt miễn trừ số {0}: áp dụng từ lần kiểm tra sau.",
      "Waiver {0} is approved: it applies from the next audit."}},
    {ServerText::kWaiverRejected, {"Đã từ chối đề nghị miễn trừ số {0}.", "Waiver request {0} was rejected."}},
    {ServerText::kNoSuchWaiver, {"Không có đề nghị miễn trừ số {0}.", "There is no waiver request {0}."}},
    {ServerText::kWaiverDecided,
     {"Đề nghị miễn trừ số {0} đã được quyết định rồi.", "Waiver request {0} was decided already."}},
    {ServerText::kWaiverOwnRequest,
     {"Không tự duyệt đề nghị của chính mình (số {0}): một trưởng đoàn khác cần quyết định.",
      "One does not decide one's own request ({0}): another team lead must."}},
    {ServerText::kNoSuchAgency,
     {"Không có cơ quan, đơn vị mã \"{0}\" trong sổ danh mục đang lưu.",
      "There is no agency coded \"{0}\" in the agencies register as stored."}},
    {ServerText::kBadPageNumber,
     {"Số trang \"{0}\" không hợp lệ: dùng một số nguyên từ 1 trở lên (số lớn hơn số trang sẽ"
      " mở trang cuối).",
      "The page number \"{0}\" is not valid: use a whole number from 1 up (a number past the"
      " last page opens the last page)."}},
    {ServerText::kPageOf, {"Trang {0}/{1}", "Page {0} of {1}"}},
    {ServerText::kFindingsShown, {"Vi phạm {0}–{1} trong {2}", "Findings {0}–{1} of {2}"}},
    {ServerText::kFindingsShownFiltered,
     {"Vi phạm {0}–{1} trong {2} vi phạm khớp bộ lọc (cả lần kiểm tra: {3})",
      "Findings {0}–{1} of the {2} that match the filter (in the whole run: {3})"}},
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
