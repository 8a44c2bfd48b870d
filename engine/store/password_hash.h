// Passwords as the `accounts` table keeps them: Argon2id hashes made by
// libsodium's crypto_pwhash_str, with its INTERACTIVE limits (2 passes over
// 64 MiB: about a tenth of a second of one core per hash or check). The
// hash is a self-describing text ("$argon2id$v=19$m=65536,t=2,p=1$salt$hash")
// holding its own random salt and parameters, so a hash made under other
// limits still checks. libsodium is initialised (sodium_init, once per
// process, thread-safe) by the first call of any function here.
//
// Thread-safe. Each call takes the memory above for its duration: whoever
// checks passwords for many people at once bounds how many run together.
#pragma once

#include <string>
#include <string_view>

namespace genaudit {

// The hash of `password`. Throws StoreError (kOther) when libsodium cannot
// be initialised or the memory for the hash cannot be had.
std::string hash_password(std::string_view password);

// Whether `hash` (from hash_password()) is the hash of `password`; false
// for a text that is no such hash, and when the memory for the check
// cannot be had (a check that cannot be made lets nobody in). The first
// call of a process also makes a hash (spend_password_check()'s), and
// throws as hash_password() does when that fails.
bool password_matches(const std::string& hash, std::string_view password);

// The work of password_matches() on a hash made by hash_password(), its
// answer thrown away: what checking a password costs when there is no
// account to check it against, so that the time taken does not tell
// whether a name has an account.
void spend_password_check(std::string_view password);

}  // namespace genaudit
