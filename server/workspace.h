// `genaudit serve`: the inspection team's workspace, one process serving
// pages and a small JSON interface over HTTP from the audit database.
//
// Everything a request does goes through the layers the command line uses
// (app/ for imports and audits, reports/ for documents): the workspace
// adds people — accounts and roles, sessions, CSRF tokens, throttled
// sign-in, an activity log — and pages.
//
// Threads: cpp-httplib serves each connection on a thread of its pool.
// Each thread has its own connection to the database (AuditStore is not
// thread-safe); imports and audits that record a run take the workspace's
// writer lock in turn, so that two started at once both succeed, one
// after the other, instead of one failing on SQLite's busy timeout.
#pragma once

#include <cstddef>
#include <exception>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "engine/core/language.h"
#include "engine/store/audit_store.h"
#include "rules/language/rule_pack.h"
#include "server/parsed_reports.h"
#include "server/session_store.h"
#include "server/sign_in_throttle.h"

namespace httplib {
class Server;
struct Request;
struct Response;
}  // namespace httplib

namespace genaudit::server {

struct WorkspaceOptions {
  std::string db_path;
  std::string host = "127.0.0.1";
  int port = 8080;  // 0: any free port (tests), see Workspace::port()
  // The reverse proxy's address: only its X-Forwarded-Proto and
  // X-Forwarded-For are believed (cookies Secure behind HTTPS, throttling
  // by the real client). Empty: no proxy.
  std::string trusted_proxy;
  std::size_t max_upload_bytes = std::size_t{64} << 20;  // a whole request
  SessionLimits sessions;
  std::string rules_path;  // "" the built-in pack (recorded with each run)
  Language lang = Language::kVietnamese;  // until a person chooses
};

class Workspace {
 public:
  // Opens the database (created if missing, its tables brought up to
  // date). `packs`: the rule pack as each profile tailors it, by the
  // profile's name ("" the pack without a profile, always there). Throws
  // StoreError.
  Workspace(WorkspaceOptions options, std::map<std::string, rules::RulePack> packs);
  ~Workspace();
  Workspace(const Workspace&) = delete;
  Workspace& operator=(const Workspace&) = delete;

  // Binds the address and listens with the system's largest backlog
  // (SOMAXCONN), so that bursts of connections wait instead of being
  // reset; false when it cannot (in use, not an address).
  bool bind();
  // Serves until stop() (another thread, or a signal's handler thread).
  // Once stopped, it returns when the requests being answered are: idle
  // kept-alive connections are closed within a few seconds.
  void serve();
  void stop();
  int port() const { return port_; }

  const WorkspaceOptions& options() const { return options_; }
  // The pack tailored by `profile` ("" none); nullptr when there is no
  // such profile.
  const rules::RulePack* pack(const std::string& profile = "") const;
  const std::map<std::string, rules::RulePack>& packs() const { return packs_; }
  // This thread's connection to the database.
  AuditStore& store();
  SessionStore& sessions() { return sessions_; }
  SignInThrottle& throttle() { return throttle_; }
  std::mutex& writer() { return writer_; }
  // The runs' JSON reports, parsed once (parsed_reports.h).
  ParsedReports& reports() { return reports_; }
  // Where uploads wait to be imported and rejected rows are kept: a folder
  // beside the database, `NAME.workspace/`.
  const std::filesystem::path& files() const { return files_; }

  // The client's address: the proxy's X-Forwarded-For when the request
  // comes from the trusted proxy, else the peer's.
  std::string client_address(const httplib::Request& request) const;
  // The language of the answer to `request`: its `lang` parameter, else
  // the person's language cookie, else the workspace's (--lang).
  Language language_of(const httplib::Request& request) const;
  // Whether the person's browser reached us over HTTPS (the trusted
  // proxy's X-Forwarded-Proto says so): cookies are then Secure.
  bool over_https(const httplib::Request& request) const;

 private:
  void add_routes();
  void answer_failure(const httplib::Request& request, httplib::Response& response,
                      std::exception_ptr failure);

  WorkspaceOptions options_;
  std::map<std::string, rules::RulePack> packs_;
  std::unique_ptr<httplib::Server> http_;
  SessionStore sessions_;
  SignInThrottle throttle_;
  std::mutex writer_;
  ParsedReports reports_;
  std::filesystem::path files_;
  int port_ = 0;
  int listening_socket_ = -1;  // set by httplib's socket options callback
};

}  // namespace genaudit::server
