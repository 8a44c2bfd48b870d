#include "server/store_failure.h"

#include <httplib.h>

#include "server/http_exchange.h"
#include "server/server_texts.h"

namespace genaudit::server {

StoreFailure store_failure(const StoreError& error, Language lang) {
  if (error.kind() == StoreError::Kind::kBusy) {
    return {503, "busy", server_text(ServerText::kDatabaseBusy, lang)};
  }
  return {500, "database", server_text(ServerText::kDatabaseError, lang, {error.what()})};
}

void add_retry_after(httplib::Response& response, int status) {
  if (status == 503) response.set_header("Retry-After", "30");
}

void send_store_failure(httplib::Response& response, const StoreError& error, Language lang) {
  const StoreFailure failure = store_failure(error, lang);
  add_retry_after(response, failure.status);
  send_error(response, failure.status, failure.code, failure.message);
}

}  // namespace genaudit::server
