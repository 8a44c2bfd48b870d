// The workspace's parts that need no HTTP: sessions and their expiry, the
// sign-in throttle, file names from uploads, redirect targets, and the
// pages' words and texts complete in both languages.
#include <gtest/gtest.h>

#include <regex>
#include <set>
#include <string>

#include "server/embedded_files.h"
#include "server/page_frame.h"
#include "server/page_words.h"
#include "server/random_token.h"
#include "server/server_texts.h"
#include "server/session_store.h"
#include "server/sign_in_throttle.h"
#include "server/upload_import.h"

namespace genaudit::server {
namespace {

using std::chrono::minutes;
using std::chrono::seconds;

TEST(SessionStoreTest, ASessionEndsWhenIdleOrOld) {
  SessionStore store({seconds(60), seconds(3600)});
  const Clock::time_point t0 = Clock::now();
  const Session s = store.open("an", t0);
  EXPECT_NE(s.token, s.csrf);
  EXPECT_EQ(s.token.size(), 64u);
  ASSERT_TRUE(store.use(s.token, t0 + seconds(59)));
  ASSERT_TRUE(store.use(s.token, t0 + seconds(118)));  // each use counts
  EXPECT_FALSE(store.use(s.token, t0 + seconds(179)));  // idle 61 s
  EXPECT_FALSE(store.use(s.token, t0 + seconds(180)));  // and forgotten
  const Session old = store.open("an", t0);
  for (int m = 1; m < 60; ++m) ASSERT_TRUE(store.use(old.token, t0 + minutes(m)));
  EXPECT_FALSE(store.use(old.token, t0 + minutes(60) + seconds(1)));  // lifetime
}

TEST(SessionStoreTest, ClosingAUserEndsAllTheirSessions) {
  SessionStore store({});
  const Session a = store.open("an");
  const Session b = store.open("an");
  const Session c = store.open("binh");
  store.close_user("an");
  EXPECT_FALSE(store.use(a.token));
  EXPECT_FALSE(store.use(b.token));
  EXPECT_TRUE(store.use(c.token));
  store.close(c.token);
  EXPECT_FALSE(store.use(c.token));
  EXPECT_FALSE(store.use(""));
}

TEST(SignInThrottleTest, FiveFailuresWaitTheWindowForTheNameAndTheAddress) {
  SignInThrottle throttle;
  const Clock::time_point t0 = Clock::now();
  for (int i = 0; i < 4; ++i) throttle.failed("an", "10.0.0.1", t0);
  EXPECT_EQ(throttle.wait("an", "10.0.0.1", t0).count(), 0);
  throttle.failed("an", "10.0.0.1", t0);
  EXPECT_GT(throttle.wait("an", "10.0.0.2", t0).count(), 0);    // the name, anywhere
  EXPECT_GT(throttle.wait("binh", "10.0.0.1", t0).count(), 0);  // the address, any name
  EXPECT_EQ(throttle.wait("binh", "10.0.0.2", t0).count(), 0);
  EXPECT_EQ(throttle.wait("an", "10.0.0.2", t0 + SignInThrottle::kWindow).count(), 0);
  throttle.succeeded("an");
  EXPECT_EQ(throttle.wait("an", "10.0.0.3", t0).count(), 0);
}

TEST(UploadNamesTest, OnlyPlainFileNamesAreKept) {
  EXPECT_EQ(safe_file_name("staff.csv"), "staff.csv");
  EXPECT_EQ(safe_file_name("../../etc/staff.csv"), "staff.csv");
  EXPECT_EQ(safe_file_name("C:\\Users\\a\\Danh sách cán bộ.xlsx"), "Danh sách cán bộ.xlsx");
  EXPECT_FALSE(safe_file_name(""));
  EXPECT_FALSE(safe_file_name(".."));
  EXPECT_FALSE(safe_file_name("a/.."));
  EXPECT_FALSE(safe_file_name("bad\nname.csv"));
  EXPECT_FALSE(safe_file_name("bad\xff.csv"));
  EXPECT_FALSE(safe_file_name(std::string(256, 'a')));
  EXPECT_TRUE(is_import_id(random_token(12)));
  EXPECT_FALSE(is_import_id("../../../../../../../../.."));
  EXPECT_FALSE(is_import_id(random_token(12) + "0"));
}

TEST(RedirectTargetsTest, OnlyPathsOfThisSite) {
  EXPECT_EQ(local_path("/runs/3"), "/runs/3");
  EXPECT_EQ(local_path("//evil.example/x"), "/");
  EXPECT_EQ(local_path("https://evil.example/"), "/");
  EXPECT_EQ(local_path("/\\evil.example"), "/");
  EXPECT_EQ(local_path("/a\r\nSet-Cookie: x"), "/");
  EXPECT_EQ(local_path(""), "/");
  EXPECT_EQ(url_encoded("/runs?x=1&y=ả"), "/runs%3Fx%3D1%26y%3D%E1%BA%A3");
}

TEST(TokensTest, ComparedWhole) {
  EXPECT_TRUE(same_token("abc", "abc"));
  EXPECT_FALSE(same_token("abc", "abd"));
  EXPECT_FALSE(same_token("abc", "ab"));
  EXPECT_NE(random_token(), random_token());
}

TEST(ServerTextsTest, TheCatalogueIsComplete) {
  EXPECT_EQ(server_texts().problems(), std::vector<std::string>{});
}

// Every {{t.KEY}} of a template has a row, written in both languages; every
// row is used by a template or named in the code (the keys the code makes,
// "status_" + a status, are listed here).
TEST(PageWordsTest, EveryWordUsedIsWrittenInBothLanguages) {
  std::set<std::string> rows;
  for (const PageWord& w : page_words()) {
    EXPECT_TRUE(rows.insert(std::string(w.key)).second) << "twice: " << w.key;
    EXPECT_TRUE(w.wording.complete()) << w.key;
  }
  std::set<std::string> used;
  const std::regex key(R"(\{\{[#^/]?t\.([a-z_]+)\}\})");
  for (const auto& [name, content] : embedded_files()) {
    if (!name.starts_with("templates/")) continue;
    const std::string text(content);
    for (std::sregex_iterator it(text.begin(), text.end(), key), end; it != end; ++it) {
      used.insert((*it)[1]);
    }
  }
  for (const std::string& k : used) EXPECT_TRUE(rows.count(k)) << "no row for {{t." << k << "}}";
  for (const char* prefix :
       {"status_", "role_", "action_", "outcome_", "unread_", "waivers_", "diff_", "file_"}) {
    for (const std::string& r : rows) {
      if (r.starts_with(prefix)) used.insert(r);
    }
  }
  for (const char* code_key : {"forbidden", "not_found", "bad_request", "server_error", "no_profile", "enabled",
                               "disabled", "no_explanation"}) {
    used.insert(code_key);
  }
  for (const std::string& r : rows) EXPECT_TRUE(used.count(r)) << "unused word: " << r;
}

TEST(EmbeddedFilesTest, TheTemplatesAndAssetsAreBuiltIn) {
  const auto& files = embedded_files();
  for (const char* name : {"templates/layout.mustache", "templates/login.mustache",
                           "assets/style.css", "assets/app.js"}) {
    ASSERT_TRUE(files.count(name)) << name;
    EXPECT_FALSE(files.at(name).empty()) << name;
  }
}

}  // namespace
}  // namespace genaudit::server
