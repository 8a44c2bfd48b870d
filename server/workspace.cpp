#include "server/workspace.h"

#include <httplib.h>
#include <sys/socket.h>

#include <unordered_map>

#include "engine/store/store_error.h"
#include "server/http_exchange.h"
#include "server/page_frame.h"
#include "server/page_words.h"
#include "server/server_texts.h"
#include "server/routes.h"
#include "server/store_failure.h"

namespace genaudit::server {
namespace {

// Connections beyond the pool's threads wait their turn; people on a
// department's network are tens, each browser holding a few connections.
constexpr std::size_t kThreads = 32;

// An idle browser's connection holds a pool thread until it has been idle
// this long or has carried this many requests: short enough that a few
// dozen open tabs do not starve the pool, and that a stop() waits at most
// this long for idle connections to close.
constexpr time_t kKeepAliveSeconds = 2;
constexpr std::size_t kKeepAliveRequests = 100;
// How long a request may pause while it is read (a slow upload's next
// packet): a stop() waits at most this long for such a request.
constexpr time_t kReadTimeoutSeconds = 20;

// `db_path` + ".workspace": the workspace's own files, beside the database.
std::filesystem::path files_beside(const std::string& db_path) {
  return std::filesystem::path(db_path + ".workspace");
}

}  // namespace

Workspace::Workspace(WorkspaceOptions options, std::map<std::string, rules::RulePack> packs)
    : options_(std::move(options)),
      packs_(std::move(packs)),
      http_(std::make_unique<httplib::Server>()),
      sessions_(options_.sessions),
      files_(files_beside(options_.db_path)) {
  store();  // opens (creates, brings up to date) the database now: errors before serving
  std::filesystem::create_directories(files_);
  http_->new_task_queue = [] { return new httplib::ThreadPool(kThreads); };
  http_->set_payload_max_length(options_.max_upload_bytes);
  http_->set_keep_alive_timeout(kKeepAliveSeconds);
  http_->set_keep_alive_max_count(kKeepAliveRequests);
  http_->set_read_timeout(kReadTimeoutSeconds);
  http_->set_socket_options([this](int socket) {
    httplib::default_socket_options(socket);  // SO_REUSEADDR, as without this callback
    listening_socket_ = socket;  // the last socket made is the one bound (see bind())
  });
  http_->set_post_routing_handler(
      [](const httplib::Request&, httplib::Response& response) { add_safety_headers(response); });
  http_->set_exception_handler(
      [this](const httplib::Request& request, httplib::Response& response, std::exception_ptr e) {
        answer_failure(request, response, e);
      });
  add_routes();
}

Workspace::~Workspace() = default;

const rules::RulePack* Workspace::pack(const std::string& profile) const {
  const auto found = packs_.find(profile);
  return found == packs_.end() ? nullptr : &found->second;
}

AuditStore& Workspace::store() {
  // One connection per thread and workspace; they live as long as the
  // thread (the pool's threads live as long as the server).
  thread_local std::unordered_map<const Workspace*, std::unique_ptr<AuditStore>> stores;
  std::unique_ptr<AuditStore>& store = stores[this];
  if (!store) store = std::make_unique<AuditStore>(options_.db_path);
  return *store;
}

// cpp-httplib 0.11 as Debian builds it listens with a backlog of 5
// (CPPHTTPLIB_LISTEN_BACKLOG, fixed in the shared library): a burst of
// connections beyond what the pool accepts at once would be reset. POSIX
// lets listen() be called again on a listening socket to change its
// backlog; the socket is the last one httplib made (its socket options
// callback saw it), bound to our port when bind_to_port succeeded.
bool Workspace::bind() {
  listening_socket_ = -1;
  if (options_.port == 0) {
    port_ = http_->bind_to_any_port(options_.host);
    if (port_ <= 0) return false;
  } else {
    port_ = options_.port;
    if (!http_->bind_to_port(options_.host, options_.port)) return false;
  }
  return listening_socket_ >= 0 && ::listen(listening_socket_, SOMAXCONN) == 0;
}

void Workspace::serve() { http_->listen_after_bind(); }

void Workspace::stop() { http_->stop(); }

std::string Workspace::client_address(const httplib::Request& request) const {
  if (!options_.trusted_proxy.empty() && request.remote_addr == options_.trusted_proxy &&
      request.has_header("X-Forwarded-For")) {
    // The proxy appends the address it saw last: that one it vouches for.
    const std::string chain = request.get_header_value("X-Forwarded-For");
    const std::size_t comma = chain.find_last_of(',');
    std::string last = comma == std::string::npos ? chain : chain.substr(comma + 1);
    const std::size_t first = last.find_first_not_of(' ');
    return first == std::string::npos ? request.remote_addr : last.substr(first);
  }
  return request.remote_addr;
}

Language Workspace::language_of(const httplib::Request& request) const {
  return request_language(request, options_.lang);
}

bool Workspace::over_https(const httplib::Request& request) const {
  return !options_.trusted_proxy.empty() && request.remote_addr == options_.trusted_proxy &&
         request.get_header_value("X-Forwarded-Proto") == "https";
}

// A handler that threw: the database failed (busy: 503, to be tried
// again), or a file could not be written. Said in the person's language;
// the server goes on.
void Workspace::answer_failure(const httplib::Request& request, httplib::Response& response,
                               std::exception_ptr failure) {
  const Language lang = language_of(request);
  StoreFailure answer{500, "server", ""};
  try {
    std::rethrow_exception(failure);
  } catch (const StoreError& e) {
    answer = store_failure(e, lang);
  } catch (const std::exception& e) {
    answer.message = server_text(ServerText::kServerError, lang, {e.what()});
  } catch (...) {
    answer.message = server_text(ServerText::kServerError, lang, {"?"});
  }
  const int status = answer.status;
  const std::string& message = answer.message;
  add_retry_after(response, status);
  if (request.path.rfind("/api/", 0) == 0) {
    send_error(response, status, answer.code, message);
  } else {
    send_error_page(response, request, std::nullopt, lang, status,
                    page_word("server_error", lang), message);
  }
}

void Workspace::add_routes() {
  add_api_routes(*this, *http_);
  add_page_routes(*this, *http_);
}

}  // namespace genaudit::server
