// How the workspace answers when the database failed (a StoreError): busy
// — another writer held it past SQLite's timeout — is 503, to be tried
// again (Retry-After); anything else is 500. One mapping for the JSON
// interface, the audit form and the handlers' last resort
// (Workspace::answer_failure).
#pragma once

#include <string>

#include "engine/core/language.h"
#include "engine/store/store_error.h"

namespace httplib {
struct Response;
}

namespace genaudit::server {

struct StoreFailure {
  int status = 500;     // 503 busy, else 500
  std::string code;     // "busy" or "database", for scripts
  std::string message;  // for people, in `lang`
};

StoreFailure store_failure(const StoreError& error, Language lang);

// Retry-After on a 503 answer (the database was busy); nothing otherwise.
void add_retry_after(httplib::Response& response, int status);

// store_failure() answered as JSON ({"error": code, "message": ...}).
void send_store_failure(httplib::Response& response, const StoreError& error, Language lang);

}  // namespace genaudit::server
