// Argon2id hashes through libsodium; see password_hash.h.
#include "engine/store/password_hash.h"

#include <sodium.h>

#include "engine/store/store_error.h"

namespace genaudit {
namespace {

// sodium_init() once per process: it picks the fastest implementations
// for this CPU and opens the random source the salts come from.
void ensure_sodium() {
  static const bool ready = sodium_init() >= 0;  // 1: already initialised, also fine
  if (!ready) throw StoreError(StoreError::Kind::kOther, "libsodium could not be initialised");
}

// A hash of a random password nobody knows, made once, with this
// program's limits: checking against it costs what checking against an
// account's hash costs.
const std::string& nobodys_hash() {
  static const std::string hash = [] {
    unsigned char secret[32];
    randombytes_buf(secret, sizeof secret);
    std::string made =
        hash_password(std::string_view(reinterpret_cast<const char*>(secret), sizeof secret));
    sodium_memzero(secret, sizeof secret);
    return made;
  }();
  return hash;
}

}  // namespace

std::string hash_password(std::string_view password) {
  ensure_sodium();
  char hash[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str(hash, password.data(), password.size(),
                        crypto_pwhash_OPSLIMIT_INTERACTIVE,
                        crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
    throw StoreError(StoreError::Kind::kOther, "no memory to hash a password");
  }
  return hash;
}

bool password_matches(const std::string& hash, std::string_view password) {
  ensure_sodium();
  // Made before the check whatever its outcome, so that the first check of
  // a process costs the same for a name with an account and without.
  (void)nobodys_hash();
  return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

void spend_password_check(std::string_view password) {
  (void)password_matches(nobodys_hash(), password);
}

}  // namespace genaudit
