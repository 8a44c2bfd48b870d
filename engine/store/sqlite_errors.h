// SQLite's exceptions as the store's errors (store_error.h), for the two
// layers that speak SQLite: the store and the importer. Each public
// function of theirs that the layers above call ends in
//
//   } catch (const SQLite::Exception& e) {
//     throw store_error(e);
//   }
//
// (a function-try-block), so that no SQLite::Exception leaves them.
#pragma once

#include <SQLiteCpp/Exception.h>

#include "engine/store/store_error.h"

namespace genaudit {

// `e` as a StoreError: its kind from SQLite's primary result code, its
// detail SQLite's message, word for word.
StoreError store_error(const SQLite::Exception& e);

}  // namespace genaudit
